"""The places under a click (geo.app.here) and every marker of a range with its passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.app.here import HerePlace, places_here
from geo.app.index import index_corpus, passages_for
from geo.app.labels import display_name, kind_label, theme_label
from geo.app.panel import place_panel

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
RANGE = 'five border markers (from <mark class="geo-mention">markers 107 to 111</mark>)'


@pytest.fixture(scope="module")
def seeds_index(gaz):
    from geo.pipeline import process_corpus

    return index_corpus(process_corpus([SEEDS], gaz, workers=1))


def test_a_gate_under_its_post_is_listed_after_it(gaz):
    here = places_here(["gate:tay-trang", "post:tay-trang", "gate:tay-trang"], gaz)
    assert [h.id for h in here] == ["post:tay-trang", "gate:tay-trang"]
    assert here[1].label == "Tây Trang International Border Gate (border gate)"


def test_markers_on_one_stretch_come_in_their_order(gaz):
    ids = ["vnold:c:03340", "marker:vn-la:111", "marker:vn-la:108", "marker:vn-la:107",
           "post:pa-thom", "marker:vn-la:110", "marker:vn-la:109"]
    here = places_here(ids, gaz)
    assert [h.id for h in here] == [
        "post:pa-thom", "marker:vn-la:107", "marker:vn-la:108", "marker:vn-la:109",
        "marker:vn-la:110", "marker:vn-la:111", "vnold:c:03340"]


def test_unknown_ids_and_non_strings_are_dropped(gaz):
    assert places_here(["nope:1", None, 3], gaz) == ()
    assert places_here([], gaz) == ()


@pytest.mark.parametrize(("name", "shown"), [
    ("Tây Trang International Border Gate Border Post", "Tây Trang Border Post"),
    ("Huổi Puốc Border Gate Border Post", "Huổi Puốc Border Post"),
    ("Tây Trang International Border Gate", "Tây Trang International Border Gate"),
    ("Pa Thơm Border Post", "Pa Thơm Border Post"),
    ("Nậm Kè", "Nậm Kè"),
])
def test_display_names_have_no_doubled_designator(name, shown):
    assert display_name(name) == shown


def test_labels_are_words_not_codes():
    assert kind_label("border_post") == "border post"
    assert kind_label("foreign_place") == "place across the border"
    assert kind_label("new_kind") == "new kind"
    assert theme_label("drugs_crime") == "Drugs and crime"
    assert HerePlace("x", "X", "border_marker").label == "X (border marker)"


@pytest.mark.parametrize("number", [107, 108, 109, 110, 111])
def test_every_marker_of_a_range_shows_the_range_passage(seeds_index, gaz, number):
    # "markers 107 to 111" counts for each marker on the map; each marker's
    # panel must then show the passage its popup quotes (marker 111 said 0).
    pid = f"marker:vn-la:{number}"
    passages = passages_for(seeds_index, pid)
    assert len(passages) == 1
    assert RANGE in passages[0].html
    info = place_panel(pid, seeds_index, gaz)
    assert info is not None and len(info.passages) == 1
