"""A new visitor's first runs: the map alone, then the whole page once the map is drawn.

The sidebar's widgets and the buttons under the map wait for the map's
first report from the browser (``geo_app.page``).  Through ``AppTest`` on
dated seeds: what the first run draws and leaves out, that the map the
first run sends is the one the whole page sends (the browser keeps its
frame), also under a link's filters, and that other views open whole.
"""

from __future__ import annotations

import pytest
from _apptest import APP, app_env, app_test, dated_copy, map_args
from streamlit.testing.v1 import AppTest

from geo_app import mapframe
from geo_app.state import MAP_DRAWN

REAL_SEND = mapframe.send
#: A link: border posts, figures drawn, 12 March to May 2024 (two seeds), no undated.
LINK = {"kinds": "border_post", "from": "2024-03-12", "to": "2024-05-31", "undated": "no",
        "layers": "figures"}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    work = tmp_path_factory.mktemp("firstruns")
    with app_env(work, dated_copy(work / "corpus")):
        yield work


@pytest.fixture(autouse=True)
def _module_cache(env, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(env / "cache"))


def _new_visitor(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=300)
    at.query_params.update(query or {})
    return at


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _widgets(at: AppTest) -> int:
    return sum(len(getattr(at.sidebar, kind)) for kind in
               ("text_input", "multiselect", "slider", "checkbox", "toggle", "selectbox"))


def _map_reports(monkeypatch) -> None:
    """Make the map report from the browser as st_folium does once it is drawn."""
    def fake(**args):
        REAL_SEND(**args)
        return {**args["default"], "center": {"lat": 21.7, "lng": 102.7}, "zoom": 9}

    monkeypatch.setattr(mapframe, "send", fake)


def test_the_first_run_draws_the_map_and_no_widget(env):
    at = _run(_new_visitor())
    assert map_args(at)["script"]  # the map is sent
    assert at.sidebar.title[0].value == "Điện Biên border news"
    assert "article(s) from corpus" in at.sidebar.caption[0].value
    assert _widgets(at) == 0
    assert not at.button and not at.get("download_button") and not at.get("button_group")
    assert at.session_state[MAP_DRAWN] is False
    at = _run(at)  # the map has not reported: still the map alone
    assert _widgets(at) == 0


def test_the_maps_report_draws_the_whole_page_around_the_same_map(env, monkeypatch):
    at = _run(_new_visitor())
    first = map_args(at)
    _map_reports(monkeypatch)
    at = _run(at)
    assert at.session_state[MAP_DRAWN] is True
    assert at.sidebar.multiselect(key="f_kinds") is not None
    assert at.sidebar.slider(key="f_dates").value is not None
    assert any(b.key == "fit" for b in at.button)
    # the same base map and layers: the browser keeps the frame it drew
    assert map_args(at) == first


def test_a_links_filters_hold_from_the_first_run(env, monkeypatch):
    at = _run(_new_visitor(LINK))
    first = map_args(at)
    assert dict(at.query_params) == LINK  # the first run keeps the link
    assert "figure" in (first["feature_group"] or "")  # the figures layer the link asked for
    whole = app_test()  # a page whose map has reported, from the same link
    whole.query_params.update(LINK)
    whole = _run(whole)
    assert map_args(whole)["feature_group"] == first["feature_group"]
    _map_reports(monkeypatch)
    at = _run(at)
    assert at.sidebar.multiselect(key="f_kinds").value == ["border_post"]
    assert [d.isoformat() for d in at.sidebar.slider(key="f_dates").value] == \
        ["2024-03-12", "2024-05-31"]
    assert at.sidebar.checkbox(key="f_undated").value is False
    assert map_args(at)["feature_group"] == first["feature_group"]


def test_other_views_open_whole(env):
    at = _new_visitor()
    at.session_state["goto"] = "tables"
    at = _run(at)
    assert at.session_state.view == "tables"
    assert at.sidebar.multiselect(key="f_kinds") is not None
