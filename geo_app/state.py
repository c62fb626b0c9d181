"""The app's session state: which place is selected, where the map looks, where to go next.

Views never switch pages themselves: they ask for a view by its registry
key (:func:`go`), and the page follows the request at the start of the next
run (:func:`geo_app.page.run`), before anything is loaded.
"""

from __future__ import annotations

import streamlit as st

from geo.app.panel import zoom_for

#: Session-state key of the view asked for by :func:`go`.
GOTO = "goto"
#: Session-state key: the map reported from the browser once in this session.
MAP_DRAWN = "map_drawn"


def defaults() -> None:
    """Set every session-state value the views read, once per session."""
    ss = st.session_state
    ss.setdefault("selected", None)  # place id shown in the panel
    ss.setdefault("here", ())  # every place under the last click (geo.app.here.HerePlace)
    ss.setdefault("seen_drawing", None)  # last map click already acted on
    ss.setdefault("last_point", None)  # (lat, lon) of the last click on the map
    ss.setdefault("center", None)  # where the app asks the map to go (geo_app.url)
    ss.setdefault("zoom", None)
    ss.setdefault("map_view", None)  # (lat, lon, zoom) where the map is, as it reports
    ss.setdefault("map_shown", None)  # what the map on the page shows (filters, tiles)
    ss.setdefault("reader", None)  # article shown by the reader
    ss.setdefault("reader_focus", None)  # (article id, start, end) of the passage to show
    ss.setdefault("extra", [])  # ArticleResults added in this session, not saved
    ss.setdefault("view", None)  # registry key of the view shown
    ss.setdefault(MAP_DRAWN, False)  # the browser drew the map once (geo_app.page)


def go(view: str) -> None:
    """Ask for the view registered under *view* (see :data:`geo_app.views.VIEWS`)."""
    from geo_app.views import view_by_key

    st.session_state[GOTO] = view_by_key(view).key


def select(place_id: str | None, *, view: str | None = None, lat: float | None = None,
           lon: float | None = None, precision: str | None = None) -> None:
    """Show *place_id* in the panel; centre the map on it if its point is given."""
    st.session_state.selected = place_id
    if all(h.id != place_id for h in st.session_state.get("here", ())):
        st.session_state.here = ()
    if lat is not None and lon is not None:
        ask_view(lat, lon, zoom_for(precision))
    if view:
        go(view)


def ask_view(lat: float, lon: float, zoom: float) -> None:
    """Ask the map to go to (*lat*, *lon*) at *zoom* (st_folium's ``center`` and ``zoom``).

    st_folium moves the map only to a centre, and only to a zoom, other than
    the last it was asked for: the same view asked again (the map moved
    since) is asked a hair apart (Leaflet rounds the zoom to a whole one).
    """
    ss = st.session_state
    if ss.get("center") == (lat, lon):
        lat += 1e-7
    if ss.get("zoom") == zoom:
        zoom += 1e-6
    ss.center, ss.zoom = (lat, lon), zoom


def select_place(place_id: str | None, gazetteer, *, view: str | None = None) -> None:
    """:func:`select` *place_id*, the map centred on its gazetteer point (if it has one)."""
    place = gazetteer.get(place_id) if place_id else None
    select(place_id, view=view, lat=getattr(place, "lat", None), lon=getattr(place, "lon", None),
           precision=getattr(place, "precision", None))


def open_article(article_id: str, start: int | None = None, end: int | None = None) -> None:
    """Show *article_id* in the reader, scrolled to the passage *start*–*end* if given."""
    st.session_state.reader = article_id
    st.session_state.reader_focus = (article_id, start, end) if start is not None else None
    go("reader")


#: Session-state key of the figure the reader shows first: ``(article, start, end)``.
READER_FIGURE = "reader_figure"
#: Set by a callback that opens the reader; the page then runs whole (see the panel).
OPEN_NOW = "open_now"


def open_figure(article_id: str, start: int, end: int) -> None:
    """Show *article_id* in the reader, the figure at ``start:end`` in its sentence first."""
    st.session_state[READER_FIGURE] = (article_id, start, end)
    st.session_state[OPEN_NOW] = True
    open_article(article_id)
