"""The view in the URL: the selected place and the filters, read once, written on change.

``?place=<id>`` opens that place's panel; the filters follow in
``articles``, ``kinds``, ``themes``, ``from``/``to`` and ``undated`` (see
:class:`geo.app.share.SharedView`); the view is the URL's path.  A reload
or a shared link restores them.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from geo.app.filters import Filters
from geo.app.share import SharedView
from geo.model import Gazetteer
from geo_app import state
from geo_app.context import AppCorpus


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
    if view.place:
        place = gazetteer.get(view.place)
        if place is None:
            state.select(view.place)  # the panel says what it knows (maybe nothing)
        else:
            state.select(place.id, lat=place.lat, lon=place.lon, precision=place.precision)


def publish(filters: Filters) -> None:
    """Put the selected place and *filters* in the URL (only when they changed)."""
    view = SharedView(
        place=st.session_state.get("selected"), articles=filters.articles or (),
        kinds=filters.kinds or (), themes=filters.themes or (), date_from=filters.date_from,
        date_to=filters.date_to, undated=filters.include_undated)
    want = view.to_query()
    if st.query_params.to_dict() != want:
        st.query_params.from_dict(want)
