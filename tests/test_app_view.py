"""Where the map opens: the selection's places (issue 12, "opens on Điện Biên").

``geo.app.view.fit_view`` is Leaflet's ``fitBounds`` in Python (expected
values worked out by hand below).  Through ``AppTest`` on the seeds: a link
whose filters select article 004 (it names Mường Pồn commune and Điện Biên
Phủ city, both within ~35 km of the city, and no border post) opens the map
on those places, not on every article's (the base map's own view, which
reaches Sen Thượng at 22.4° N); a filter change afterwards does not move
the map; "Zoom to the selection" does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _apptest import app_test, map_args
from streamlit.testing.v1 import AppTest

from geo.app.view import MAX_FIT_ZOOM, fit_view
from geo_app import mapframe

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
ARTICLE_004 = "004_254c39c735b64e9a"
REAL_SEND = mapframe.send


def test_fit_view_is_leaflets_fit_bounds():
    # 20° by 20° around (0, 0) on 620 × 620 px: at zoom 5 the box is 455 px wide
    # (20/360 × 256 × 32) and 458 px high; at zoom 6 twice that: too big
    assert fit_view([[-10, -10], [10, 10]], size=(620, 620)) == (0.0, 0.0, 5)
    # one degree of longitude: 364 px at zoom 9, 728 px at 10
    assert fit_view([[-0.1, 100], [0.1, 101]], size=(620, 620)) == (0.0, 100.5, 9)
    # the centre is the middle on the map (Mercator): north of the middle latitude
    lat, lon, _ = fit_view([[20, 100], [22, 102]], size=(620, 620))
    assert 21.0 < lat < 21.05 and lon == 101.0
    # one point: not street level; nothing: no view
    assert fit_view([[21.4, 103.0], [21.4, 103.0]]) == (21.4, 103.0, MAX_FIT_ZOOM)
    assert fit_view(None) is None


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    work = tmp_path_factory.mktemp("appview")
    corpus = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEO_CORPUS", str(corpus))
        mp.setenv("GEO_OVERRIDES", str(work / "overrides.csv"))
        mp.setenv("GEO_CACHE_DIR", str(work / "cache"))
        yield work


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _near_004(args: dict) -> bool:
    """The map is asked to show Mường Pồn and Điện Biên Phủ city closely (not the province)."""
    (lat, lon), zoom = args["center"] or (None, None), args["zoom"]
    return (lat is not None and 21.3 < lat < 21.8 and 102.9 < lon < 103.4
            and zoom is not None and zoom >= 10)


def test_a_link_with_filters_opens_on_the_selection(env):
    at = app_test()
    at.query_params["articles"] = ARTICLE_004
    at = _run(at)
    args = map_args(at)
    assert _near_004(args), (args["center"], args["zoom"])
    first = (args["center"], args["zoom"])
    # a filter change: the layers change, the map stays where it is
    at.multiselect(key="f_kinds").set_value(["commune"])
    at = _run(at)
    assert (map_args(at)["center"], map_args(at)["zoom"]) == first


def test_a_filter_change_keeps_the_view_and_zoom_to_the_selection_moves_it(env, monkeypatch):
    def reports_its_view(**args):  # the map drawn reports where it is (every article's view)
        REAL_SEND(**args)
        return {"last_active_drawing": None, "last_clicked": None,
                "center": {"lat": 21.72123, "lng": 102.72629}, "zoom": 9}

    monkeypatch.setattr(mapframe, "send", reports_its_view)
    at = _run(app_test())
    assert map_args(at)["center"] is None  # every article: the base map's own view
    at.multiselect(key="f_articles").set_value([ARTICLE_004])
    at = _run(at)
    args = map_args(at)
    assert args["center"] is None and args["zoom"] is None  # not moved by the filter
    at.button(key="fit").click()
    at = _run(at)
    args = map_args(at)
    assert _near_004(args), (args["center"], args["zoom"])
    # asked again (the user moved the map since): asked again, a hair apart
    at.button(key="fit").click()
    at = _run(at)
    again = map_args(at)
    assert _near_004(again) and (again["center"], again["zoom"]) != (args["center"],
                                                                      args["zoom"])


def test_a_place_the_map_pinned_itself_leaves_the_maps_arguments_as_they_were(env, monkeypatch):
    # the map pins the nearest place under a click itself (PlacesHere): when the app
    # selects that place too, the map is sent the same arguments, byte for byte
    # (Streamlit then sends the browser a reference, not the map and its layers again)
    report = {"last_active_drawing": None, "last_clicked": None}

    def send(**args):
        REAL_SEND(**args)
        return report

    monkeypatch.setattr(mapframe, "send", send)
    at = _run(app_test())
    before = map_args(at)
    report = {"last_clicked": {"lat": 21.2, "lng": 102.9}, "last_active_drawing": {
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [102.9, 21.2]},
        "properties": {"id": "post:tay-trang", "here": ["post:tay-trang"], "click": 1}}}
    at = _run(_run(at))  # (AppTest: the report is read after the map is sent: one run more)
    assert at.session_state.selected == "post:tay-trang"
    assert map_args(at) == before
    # a place chosen beside the map: sent to it
    at.pills(key="far").set_value("country:la")
    at = _run(at)
    assert '"country:la"' in map_args(at)["feature_group"]
    # the post clicked again (a new click): the map pinned it, the arguments stay
    sent = map_args(at)
    report = {**report, "last_active_drawing": {**report["last_active_drawing"], "properties": {
        "id": "post:tay-trang", "here": ["post:tay-trang"], "click": 2}}}
    at = _run(_run(at))
    assert at.session_state.selected == "post:tay-trang" and map_args(at) == sent
    # two places under a click, the chooser's first not the nearest: the app's choice is sent
    report = {**report, "last_active_drawing": {**report["last_active_drawing"], "properties": {
        "id": "gate:tay-trang", "here": ["gate:tay-trang", "post:tay-trang"], "click": 3}}}
    at = _run(_run(at))
    assert at.session_state.selected == "post:tay-trang"
    assert map_args(at) != sent and '"post:tay-trang"' in map_args(at)["feature_group"]
