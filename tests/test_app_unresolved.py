"""geo.app.unresolved: unresolved names with their passages, and the rows that fix one."""

from __future__ import annotations

import pytest
from _app_fixtures import make_corpus

from geo.app.index import index_corpus
from geo.app.unresolved import FIX_KINDS, alias_fix, point_fix, unresolved_names
from geo.errors import OverrideError
from geo.model import Kind


def test_unresolved_names():
    groups = unresolved_names(index_corpus(make_corpus()))
    assert [(g.name, g.count) for g in groups] == [("Huổi Xyz", 1)]
    assert groups[0].label == "Huổi Xyz (1)" and groups[0].kind == "village"
    assert '<mark class="geo-mention">Huổi Xyz</mark>' in groups[0].passages[0].html


def test_fix_kinds_are_kinds():
    assert all(isinstance(k, Kind) for k in FIX_KINDS) and FIX_KINDS[0] == "village"


@pytest.mark.parametrize(("name", "expected"), [("Huổi Xyz", "user:huoi-xyz"),
                                                ("<>", "user:place")])
def test_point_fix_is_a_user_point(name, expected):
    row = point_fix(name, Kind.VILLAGE, 21.45, 102.85)
    assert row["id"] == expected and row["kind"] == "village" and row["name"] == name
    assert row["precision"] == "point" and row["coord_source"] == "user"


@pytest.mark.parametrize(("lat", "lon"), [(None, None), (21.45, None), (None, 102.85),
                                          (float("nan"), 102.85), (95.0, 102.85),
                                          (21.45, 190.0)])
def test_point_fix_without_both_coordinates_is_refused(lat, lon):
    with pytest.raises(OverrideError, match="Huổi Xyz"):
        point_fix("Huổi Xyz", Kind.VILLAGE, lat, lon)


def test_alias_fix_adds_a_name_to_an_entry():
    row = alias_fix("Huoi Xyz", "post:tay-trang")
    assert row["id"] == "post:tay-trang" and row["alt_names"] == "Huoi Xyz"
