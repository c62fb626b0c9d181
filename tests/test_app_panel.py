"""geo.app.panel: what a click on a place shows (record, figures, passages) as a PlacePanel."""

from __future__ import annotations

import pytest
from _app_fixtures import TEXT, AppGazetteer, make_corpus

from geo.app.index import Passage, index_corpus
from geo.app.panel import FigureRow, PlacePanel, UnitRef, format_figure, place_panel, zoom_for


@pytest.fixture
def index():
    return index_corpus(make_corpus())


def test_panel_has_names_units_coordinates_and_passages(index):
    info = place_panel("post:tay-trang", index, AppGazetteer())
    assert isinstance(info, PlacePanel)
    assert info.name == "Tây Trang Border Post" and info.name_ascii == "Tay Trang Border Post"
    assert info.legacy_unit == UnitRef("vnold:c:9", "Na Ư")
    assert info.successor == UnitRef("vn2025:c:1", "Sam Mứn")
    assert info.precision == "commune" and info.coord_source.startswith("commune:")
    assert info.approximate
    # body mentions only: two in article a1, one in b2; the teaser is furniture
    assert [p.article for p in info.passages] == ["a1", "a1", "b2"]
    first = info.passages[0]
    assert isinstance(first, Passage)
    assert first.title == "Border work in Điện Biên" and first.date == "2024-08-15"
    assert first.html == ('Guards of the <mark class="geo-mention">Tây Trang Border Post</mark>'
                          " help Na Ư commune.")
    assert info.furniture_mentions == 1


def test_panel_shows_disagreeing_figures_side_by_side(index):
    info = place_panel("post:tay-trang", index, AppGazetteer())
    assert [f.value for f in info.figures] == [12, 15]
    assert len(info.disagreements) == 1
    assert {f.article for f in info.disagreements[0]} == {"a1", "b2"}


def test_figure_row_as_a_table_row(index):
    row = place_panel("post:tay-trang", index, AppGazetteer()).figures[0]
    assert isinstance(row, FigureRow)
    assert row.to_row() == {
        "figure": "12 patrol", "article": "a1", "title": "Border work in Điện Biên",
        "date": "2024-08-15", "quote": "12 patrols", "value": 12, "value_high": None,
        "unit": "patrol", "subject": "patrols", "theme": "patrols", "qualifier": None,
        "period": None, "place_id": "post:tay-trang", "place_name": "Tây Trang Border Post",
        # "In 2024 the Tây Trang post held 12 patrols.": the figure where the text has it
        "start": TEXT.index("12 patrols"), "end": TEXT.index("12 patrols") + 10,
        "scope_reason": ""}


def test_panel_unknown_place_is_none(index):
    assert place_panel("post:nowhere", index, AppGazetteer()) is None


def test_panel_of_a_place_known_to_the_corpus_only(index):
    info = place_panel("post:tay-trang", index, None)
    assert info.name == "Tây Trang Border Post" and info.kind == "border_post"
    assert info.coord_source == "" and len(info.passages) == 3


@pytest.mark.parametrize(("args", "kw", "expected"), [
    ((17_400_000_000, "VND"), {"qualifier": "over"}, "over 17,400,000,000 VND"),
    ((408.616, "km"), {}, "408.616 km"),
    ((59.7, "kg"), {}, "59.7 kg"),
    ((2500, "MW"), {"value_high": 3000}, "2,500–3,000 MW"),
    ((None, "individuals"), {"qualifier": "thousands of"}, "thousands of (no number) individuals"),
    ((12.0, ""), {}, "12"),
])
def test_format_figure(args, kw, expected):
    assert format_figure(*args, **kw) == expected


def test_zoom_grows_with_precision():
    zooms = [zoom_for(p) for p in ("country", "province", "district", "commune", "point")]
    assert zooms == sorted(zooms) and zoom_for(None) == 10
