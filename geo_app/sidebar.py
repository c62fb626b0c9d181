"""The sidebar of every view: corpus and warnings, the place search, the filters, the tiles."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from geo.app.config import AppConfig
from geo.app.filters import Filters
from geo.app.labels import kind_label, theme_label
from geo.app.markup import escape_markdown as md
from geo.app.search import search_places
from geo.model import Gazetteer
from geo_app import state
from geo_app.context import AppCorpus


def draw(config: AppConfig, gazetteer: Gazetteer, data: AppCorpus,
         warnings: list[str]) -> tuple[Filters, bool]:
    """Draw the sidebar; return the filters chosen and whether tiles are on."""
    sb = st.sidebar
    sb.title("Điện Biên border news")
    sb.caption(f"{data.article_count} article(s) from {md(config.corpus_dir.name)}")
    for w in warnings:
        sb.warning(md(w), icon="⚠️")
    _search(gazetteer, data)
    filters = _filters(data)
    sb.subheader("Map")
    tiles = sb.toggle("OpenStreetMap background (online)", value=False, key="tiles",
                      help="Off: the map works offline, with no background tiles. On: tiles "
                           "are fetched from tile.openstreetmap.org.")
    return filters, tiles


def _search(gazetteer: Gazetteer, data: AppCorpus) -> None:
    sb = st.sidebar
    sb.subheader("Find a place")
    query = sb.text_input("Name, with or without diacritics", key="search",
                          placeholder="e.g. Tay Trang, Nậm Pồ")
    if not query:
        return
    hits = search_places(query, gazetteer, names=data.names(), **data.search_scope())
    if not hits:
        sb.info("No place of that name.")
        return
    labels = {h.id: h.label for h in hits}
    pick = sb.selectbox("Matches", list(labels), format_func=labels.get, key="search_pick")
    place = gazetteer.get(pick) if pick else None
    sb.button("Show on map", key="search_go", on_click=state.select, args=(pick,),
              kwargs={"view": "map", "lat": getattr(place, "lat", None),
                      "lon": getattr(place, "lon", None),
                      "precision": getattr(place, "precision", None)})


def _filters(data: AppCorpus) -> Filters:
    sb = st.sidebar
    sb.subheader("Filters")
    opts = data.options()
    labels = dict(opts.articles)
    arts = sb.multiselect("Articles", list(labels), format_func=labels.get, key="f_articles",
                          placeholder="All articles")
    kinds = sb.multiselect("Kinds of place", opts.kinds, key="f_kinds", placeholder="All kinds",
                           format_func=kind_label)
    themes = sb.multiselect("Themes of figures", opts.themes, key="f_themes",
                            placeholder="All themes", format_func=theme_label)
    date_from = date_to = None
    undated = True
    if opts.dates:
        first, last = (dt.date.fromisoformat(d[:10]) for d in opts.dates)
        # the default is the same on every run (a widget whose default changes is
        # a new widget): the link's range (geo_app.url) or every date
        start = st.session_state.get("url_dates") or (first, last)
        rng = sb.date_input("Published between", value=start, key="f_dates")
        if isinstance(rng, tuple) and len(rng) == 2 and rng != (first, last):
            date_from, date_to = rng[0].isoformat(), rng[1].isoformat()
        undated = sb.checkbox("Include undated articles", key="f_undated",
                              value=st.session_state.get("url_undated", True))
    return Filters(articles=arts or None, kinds=kinds or None, themes=themes or None,
                   date_from=date_from, date_to=date_to, include_undated=undated)
