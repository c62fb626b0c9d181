"""geo.app.share: a view (place, filters) to and from URL query parameters."""

from __future__ import annotations

import pytest

from geo.app.filters import FilterOptions
from geo.app.share import SharedView

OPTIONS = FilterOptions(articles=(("a1", "A one"), ("b2", "B two")),
                        kinds=("border_post", "commune"), themes=("patrols",),
                        dates=("2024-08-01", "2024-08-31"))


def test_default_view_is_an_empty_query():
    assert SharedView().to_query() == {}
    assert SharedView.from_query({}) == SharedView()


def test_round_trip():
    view = SharedView(place="post:tay-trang", articles=("a1",), kinds=("border_post", "commune"),
                      themes=("patrols",), date_from="2024-08-02", date_to="2024-08-20",
                      undated=False)
    query = view.to_query()
    assert query == {"place": "post:tay-trang", "articles": "a1",
                     "kinds": "border_post,commune", "themes": "patrols",
                     "from": "2024-08-02", "to": "2024-08-20", "undated": "no"}
    assert SharedView.from_query(query, OPTIONS) == view


@pytest.mark.parametrize(("params", "expected"), [
    ({"kinds": "border_post,castle"}, SharedView(kinds=("border_post",))),
    ({"articles": "zz,b2,b2"}, SharedView(articles=("b2",))),
    ({"from": "2024-08-20", "to": "2024-08-01"}, SharedView()),  # reversed: dropped
    ({"from": "yesterday", "to": "2024-08-01"}, SharedView()),
    ({"from": "2024-08-01"}, SharedView()),  # half a range: dropped
    ({"place": "  "}, SharedView()),
    ({"undated": "0"}, SharedView(undated=False)),
])
def test_bad_or_foreign_values_are_dropped_not_errors(params, expected):
    assert SharedView.from_query(params, OPTIONS) == expected


def test_map_view_round_trip():
    view = SharedView(place="marker:vn-la:108", lat=21.123456, lon=102.654321, zoom=13)
    query = view.to_query()
    assert query == {"place": "marker:vn-la:108", "lat": "21.12346", "lon": "102.65432",
                     "zoom": "13"}
    back = SharedView.from_query(query, OPTIONS)
    assert back.map_view == (21.12346, 102.65432, 13.0)
    assert back.place == "marker:vn-la:108"


@pytest.mark.parametrize("params", [
    {"lat": "21.3", "lon": "102.9"},  # no zoom: no view
    {"lat": "21.3", "lon": "102.9", "zoom": "40"},  # beyond the map's zooms
    {"lat": "121.3", "lon": "102.9", "zoom": "9"},  # not a latitude
    {"lat": "nan", "lon": "102.9", "zoom": "9"},
    {"lat": "21.3", "lon": "inf", "zoom": "9"},
    {"lat": "north", "lon": "102.9", "zoom": "9"},
])
def test_bad_map_views_are_dropped(params):
    view = SharedView.from_query(params, OPTIONS)
    assert view.map_view is None and view.to_query() == {}


def test_chart_theme_and_unit_round_trip_and_unknown_themes_are_dropped():
    view = SharedView(chart="patrols", unit="patrol")
    assert view.to_query() == {"chart": "patrols", "unit": "patrol"}
    assert SharedView.from_query(view.to_query(), OPTIONS) == view
    assert SharedView(chart="patrols", unit="").to_query() == {"chart": "patrols", "unit": ""}
    assert SharedView.from_query({"chart": "castles", "unit": "km"}, OPTIONS) == SharedView()
    assert SharedView(unit="km").to_query() == {}  # a unit without its theme says nothing


def test_layers_on_request_round_trip_and_other_names_are_dropped():
    view = SharedView(layers=("figures", "mention_density"))
    assert view.to_query() == {"layers": "figures,mention_density"}
    assert SharedView.from_query(view.to_query(), OPTIONS) == view
    # a place layer, an unknown one: not layers on request
    assert SharedView.from_query({"layers": "villages,castles"}, OPTIONS) == SharedView()
