"""The view in the URL: the selected place, the filters, the map's centre and zoom.

Read once per session, written on change.  ``?place=<id>`` opens that
place's panel; the filters follow in ``articles``, ``kinds``, ``themes``,
``from``/``to`` and ``undated``, the map's view in ``lat``, ``lon`` and
``zoom``, the Charts view's theme and unit in ``chart`` and ``unit``, the
map's layers on request in ``layers`` (see
:class:`geo.app.share.SharedView`); the view is the URL's path.  A reload
or a shared link restores them.

The map's view has two values in the session: ``map_view``, where the map
is (st_folium reports it after every move; it goes to the URL), and
``center``/``zoom``, where the app asks the map to go (a link, a place
chosen by search; :func:`geo_app.state.select`).  Only the second is given
to the map: the map is never sent back where it was a moment ago (which
would fight a user who is still moving it), and with neither in the URL the
map opens on the selection (the place, or the places the filters select:
:mod:`geo_app.views.map_view`).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode, urlsplit

import streamlit as st

from geo.app.filters import Filters
from geo.app.share import SharedView
from geo.model import Gazetteer
from geo_app import state
from geo_app.context import AppCorpus, MapOptions


def restore(gazetteer: Gazetteer, data: AppCorpus) -> None:
    """Once per session, before the sidebar: take the place and filters from the URL."""
    ss = st.session_state
    if ss.get("url_read"):
        return
    ss.url_read = True
    view = SharedView.from_query(st.query_params.to_dict(), data.options())
    for key, values in (("f_articles", view.articles), ("f_kinds", view.kinds),
                        ("f_themes", view.themes)):
        if values:
            ss[key] = list(values)
    if view.date_from and view.date_to:
        # defaults of the date and undated widgets (see geo_app.sidebar)
        ss.url_dates = (dt.date.fromisoformat(view.date_from),
                        dt.date.fromisoformat(view.date_to))
    ss.url_undated = view.undated
    ss.url_layers = view.layers  # defaults of the layer switches (geo_app.sidebar)
    if view.place:
        place = gazetteer.get(view.place)
        if place is None:
            state.select(view.place)  # the panel says what it knows (maybe nothing)
        else:
            state.select(place.id, lat=place.lat, lon=place.lon, precision=place.precision)
    if view.chart:  # the Charts view checks them against what it offers
        ss["chart_theme"] = view.chart
        if view.unit is not None:
            ss[f"chart_unit_{view.chart}"] = view.unit
    if view.map_view:  # the link's own view wins over the place's
        lat, lon, zoom = view.map_view
        ss.center, ss.zoom, ss.map_view = (lat, lon), zoom, view.map_view


def current(filters: Filters, options: MapOptions) -> SharedView:
    """Return the view of this session.

    The selected place, *filters*, the map's *options* (its layers on
    request) and where the map is.
    """
    ss = st.session_state
    lat, lon, zoom = ss.get("map_view") or (None, None, None)
    chart = ss.get("chart_theme")
    return SharedView(
        place=ss.get("selected"), articles=filters.articles or (),
        kinds=filters.kinds or (), themes=filters.themes or (), date_from=filters.date_from,
        date_to=filters.date_to, undated=filters.include_undated, lat=lat, lon=lon, zoom=zoom,
        chart=chart, unit=ss.get(f"chart_unit_{chart}") if chart else None,
        layers=tuple(sorted(options.layers)))


def link(view: SharedView) -> str:
    """Return the whole URL of *view* on the page shown (relative when the page is unknown)."""
    base = st.context.url or ""  # scheme, host, port and the page's path; no query
    if base and not urlsplit(base).path:
        base += "/"
    query = urlencode(view.to_query(), safe=":,")
    return f"{base}?{query}" if query else (base or "?")


def publish(filters: Filters, options: MapOptions) -> None:
    """Put the selected place, *filters* and the map's view in the URL (when they changed)."""
    want = current(filters, options).to_query()
    if st.query_params.to_dict() != want:
        st.query_params.from_dict(want)
