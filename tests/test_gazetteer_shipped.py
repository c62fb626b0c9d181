"""The administrative units ship prebuilt (geo/data/admin_units.json.gz), current and loadable.

If a test here fails after upgrading ``vietnamadminunits`` or editing
``geo/gazetteer/admin.py``, run ``python scripts/make_admin_units.py``.
"""

from __future__ import annotations

import pytest

from geo.gazetteer import admin
from geo.gazetteer.shipped import FORMAT, decode, encode, read_shipped, shipped_key
from geo.model import Place


def test_the_shipped_units_are_loadable_and_versioned():
    found = read_shipped()
    assert found is not None, "geo/data/admin_units.json.gz is missing or unreadable"
    key, places = found
    assert key == shipped_key(), "stale: run python scripts/make_admin_units.py"
    assert len(places) > 10_000 and all(isinstance(p, Place) for p in places)
    ids = {p.id for p in places}
    assert len(ids) == len(places)
    # Điện Biên province in both eras, with a point
    assert {"vnold:p:11", "vn2025:p:11"} <= ids


def test_the_gazetteer_uses_them_without_writing_to_an_empty_cache(tmp_path):
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer(cache_dir=tmp_path / "empty")
    assert gaz.get("vnold:p:11") is not None
    assert not (tmp_path / "empty").exists() or not any((tmp_path / "empty").iterdir())


def test_encoding_round_trips_and_is_deterministic():
    places = (Place("x:1", "Nà Hỳ", "Na Hy", "commune", 22.1, 102.9, "commune", 3000.0, "test",
                    alt_names=("Xã Nà Hỳ",), bbox=(102.8, 22.0, 103.0, 22.2),
                    attrs=(("series", "VN-LA"),)),
              Place("x:2", "B", "B", "village", None, None, "commune", None, "test"))
    data = encode(places, "k")
    assert encode(places, "k") == data
    assert decode(data) == ("k", places)


def test_a_file_of_another_format_is_refused():
    import gzip
    import json

    data = gzip.compress(json.dumps({"format": FORMAT + 1, "key": "k", "fields": [],
                                     "places": []}).encode())
    with pytest.raises(ValueError):
        decode(data)


@pytest.mark.slow
def test_the_shipped_units_equal_a_fresh_build():
    key, places = read_shipped()
    assert places == admin.build_admin_places(), "stale: run python scripts/make_admin_units.py"
