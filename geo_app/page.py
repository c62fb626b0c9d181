"""The page: Streamlit wired to the registered views and the view models of :mod:`geo.app`.

Each run: session defaults, the navigation of :data:`geo_app.views.VIEWS`
(following a view asked for by :func:`geo_app.state.go`), the map's
scripts, the gazetteer and corpus (:mod:`geo_app.context`), the sidebar,
then the view.  A map snapshot built in the run is saved at its end.

The map comes first.  A new visitor's first runs on the Map view draw the
map alone, with the sidebar's head and no widget
(:func:`geo_app.sidebar.head`, the filters the widgets will start with:
:func:`geo_app.sidebar.start`); when the map reports from the browser
(it is drawn), the whole page runs (:mod:`geo_app.views.map_view`).  The
browser loads each kind of widget's code the first time a run has one,
and the map's frame waits for that code: with the sidebar's widgets drawn
in the same run, a new visitor waited about 1.5 times as long for the map
as on a page with the map alone (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import functools
import os

import streamlit as st

from geo.app.config import AppConfig
from geo.app.markup import escape_markdown
from geo.errors import GeoError
from geo_app import cache, sidebar, state, url, views
from geo_app.context import Context, load

CSS = """<style>
[data-testid="stMainBlockContainer"] { padding: 4.25rem 1.5rem 2rem; max-width: none; }
mark.geo-mention { background: #ffe08a; padding: 0 .1em; border-radius: .2em; }
.geo-passage { line-height: 1.5; }
.geo-article p { line-height: 1.6; margin: 0 0 .8em; }
.geo-article p.geo-furniture { color: #9a9a9a; font-size: .9em; border-left: 3px solid #ddd;
  padding-left: .6em; }
.geo-article p.geo-furniture mark.geo-mention { background: #eee; }
.geo-article p.geo-title { font-weight: 600; font-size: 1.2em; }
.geo-article p.geo-focus { background: #fff7d6; box-shadow: -.6em 0 0 #fff7d6, .6em 0 0 #fff7d6;
  border-left: 4px solid #f59e0b; padding-left: .5em; }
.geo-article mark.geo-focus-mention { background: #fbbf24; outline: 2px solid #b45309; }
</style>"""


def run(app_dir: str | os.PathLike) -> None:
    """Draw the app whose entry script lives in *app_dir* (its ``static/`` is served).

    Errors of :mod:`geo` become a message, never a traceback.
    """
    st.set_page_config(page_title="Điện Biên border news map", page_icon="🗺️", layout="wide")
    try:
        _run(AppConfig.from_env(app_dir))
    except GeoError as err:
        st.error(escape_markdown(str(err)))


def _show(view: views.View, ready: dict[str, Context]) -> None:
    view.render(ready["ctx"])


def _run(config: AppConfig) -> None:
    state.defaults()
    ready: dict[str, Context] = {}  # filled below, before the page runs
    pages = {v.key: st.Page(functools.partial(_show, v, ready), title=v.title, url_path=v.key,
                            default=i == 0) for i, v in enumerate(views.VIEWS)}
    current = st.navigation(list(pages.values()), position="top")
    shown = next(k for k, p in pages.items() if p is current)
    asked = st.session_state.pop(state.GOTO, None)
    if asked and asked != shown:
        st.switch_page(pages[asked])  # runs the page again, on that view
    if st.session_state.view != shown:
        st.session_state.map_fresh = True  # the map, when shown, is in a new frame
    st.session_state.view = shown
    st.html(CSS)
    try:
        cache.assets(str(config.static_dir), config.asset_base)
    except GeoError as err:
        st.error(escape_markdown(f"The map's scripts could not be prepared: {err}"))
        return
    gazetteer, data, warnings = load(config, tuple(st.session_state.extra))
    url.restore(gazetteer, data)
    if st.session_state[state.MAP_DRAWN] or shown != "map":
        filters, options = sidebar.draw(config, gazetteer, data, warnings)
    else:  # the map first (see the module's docstring)
        sidebar.head(config, data, warnings)
        filters, options = sidebar.start(data)
    ready["ctx"] = Context(config, gazetteer, data, filters, options)
    try:
        current.run()
        url.publish(filters, options)
    finally:
        data.save_snapshot()
        data.warm()  # the first filter change finds the digest read
