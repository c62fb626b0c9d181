"""The sidebar of every view: corpus and warnings, the place search, the filters, the tiles.

A new visitor's first page on the Map view draws only the sidebar's head
(:func:`head`) and takes the filters its widgets start with (:func:`start`):
the browser loads the code of the widgets (the text input, the
multiselects, the slider, the switches) once the map is drawn, not before
it (see :mod:`geo_app.page`).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from geo.app.config import AppConfig
from geo.app.filters import Filters, find_articles
from geo.app.labels import kind_label, theme_label
from geo.app.markup import escape_markdown as md
from geo.app.search import search_places
from geo.layers.registry import LAYERS
from geo.model import Gazetteer
from geo_app import state, timeline
from geo_app.context import AppCorpus, MapOptions

#: Articles the Articles filter lists at most; beyond, a title search narrows them.
ARTICLES_LISTED = 200


def draw(config: AppConfig, gazetteer: Gazetteer, data: AppCorpus,
         warnings: list[str]) -> tuple[Filters, MapOptions]:
    """Draw the sidebar; return the filters and the map's options chosen."""
    head(config, data, warnings)
    sb = st.sidebar
    _search(gazetteer, data)
    filters = _filters(data)
    sb.subheader("Map")
    linked = _linked_layers()
    asked = frozenset(
        layer.name for layer in LAYERS.on_request
        if sb.toggle(layer.title, value=layer.name in linked, key=f"layer_{layer.name}",
                     help="Drawn when switched on (it is heavy on a large corpus), then "
                          "in the map's layer control too; the exports always have it."))
    tiles = sb.toggle("OpenStreetMap background (online)", value=False, key="tiles",
                      help="Off: the map works offline, with no background tiles. On: tiles "
                           "are fetched from tile.openstreetmap.org.")
    return filters, MapOptions(tiles=tiles, layers=asked)


def head(config: AppConfig, data: AppCorpus, warnings: list[str]) -> None:
    """Draw the sidebar's title, what the corpus is and its warnings (no widget)."""
    sb = st.sidebar
    sb.title("Điện Biên border news")
    sb.caption(f"{data.article_count} article(s) from {md(config.corpus_dir.name)}")
    for w in warnings:
        sb.warning(md(w), icon="⚠️")


def start(data: AppCorpus) -> tuple[Filters, MapOptions]:
    """Return the filters and map options the sidebar's widgets start with.

    What a link asked for (:func:`geo_app.url.restore`), or no filter: the
    values :func:`draw` shows when its widgets are first drawn.
    """
    ss = st.session_state
    opts = data.options()
    date_from = date_to = None
    dates = _date_bounds(opts)
    if dates:
        first, last = dates
        lo, hi = _clamped(ss.get("url_dates"), first, last)
        if (lo, hi) != (first, last):
            date_from, date_to = lo.isoformat(), hi.isoformat()
    filters = Filters(articles=ss.get("f_articles") or None, kinds=ss.get("f_kinds") or None,
                      themes=ss.get("f_themes") or None, date_from=date_from, date_to=date_to,
                      include_undated=_linked_undated())
    return filters, MapOptions(tiles=False, layers=_linked_layers())


def _linked_undated() -> bool:
    """Return whether a link keeps undated articles (it does unless it says not)."""
    return st.session_state.get("url_undated", True)


def _linked_layers() -> frozenset[str]:
    """Return the layers on request a link switched on."""
    linked = st.session_state.get("url_layers") or ()
    return frozenset(layer.name for layer in LAYERS.on_request if layer.name in linked)


def _date_bounds(opts) -> tuple[dt.date, dt.date] | None:
    """Return the corpus's first and last dates when they differ (the slider's bounds)."""
    if not opts.dates:
        return None
    first, last = (dt.date.fromisoformat(d[:10]) for d in opts.dates)
    return (first, last) if first < last else None


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
    sb.button("Show on map", key="search_go", on_click=state.select_place,
              args=(pick, gazetteer), kwargs={"view": "map"})


def _filters(data: AppCorpus) -> Filters:
    sb = st.sidebar
    sb.subheader("Filters")
    opts = data.options()
    arts = _articles(opts)
    kinds = sb.multiselect("Kinds of place", opts.kinds, key="f_kinds", placeholder="All kinds",
                           format_func=kind_label)
    themes = sb.multiselect("Themes of figures", opts.themes, key="f_themes",
                            placeholder="All themes", format_func=theme_label)
    date_from = date_to = None
    dates = _date_bounds(opts)
    if dates:
        first, last = dates
        # the default is the same on every run (a widget whose default changes is
        # a new widget): the link's range (geo_app.url) or every date
        rng = sb.slider("Published between", min_value=first, max_value=last,
                        value=_clamped(st.session_state.get("url_dates"), first, last),
                        key="f_dates", format="YYYY-MM-DD",
                        help="Moves the map, the tables, the place panel and the charts "
                             "together. An article dated to a month or a year only is "
                             "kept when any of its days is in the range.")
        if isinstance(rng, tuple) and len(rng) == 2 and rng != (first, last):
            date_from, date_to = rng[0].isoformat(), rng[1].isoformat()
    elif opts.dates:
        sb.caption(f"Every dated article is of {opts.dates[0][:10]}.")
    undated = sb.checkbox("Include undated articles", key="f_undated",
                          value=_linked_undated(),
                          help="Articles whose date could be read neither from the manifest "
                               "nor from their page; kept or left out whatever the range.")
    filters = Filters(articles=arts or None, kinds=kinds or None, themes=themes or None,
                      date_from=date_from, date_to=date_to, include_undated=undated)
    timeline.draw(data.timeline(filters))
    return filters


def _articles(opts) -> list[str]:
    """Draw the Articles filter; return the articles chosen.

    Every article is offered or, beyond :data:`ARTICLES_LISTED`, those a search
    of their titles finds (and those chosen already).

    Ten thousand titles in one list would go to the browser on every run
    (860 kB at 10,000 articles) and could not be read through anyway.
    """
    sb = st.sidebar
    labels = dict(opts.articles)
    offered = list(labels)
    if len(labels) > ARTICLES_LISTED:
        query = sb.text_input("Find articles by title", key="f_article_query",
                              placeholder=f"{len(labels):,} articles: words of a title",
                              help="Case and diacritics aside; the articles found are offered "
                                   f"below (the first {ARTICLES_LISTED:,}).")
        chosen = [a for a in st.session_state.get("f_articles") or () if a in labels]
        offered = list(dict.fromkeys(chosen + find_articles(opts.articles, query,
                                                           ARTICLES_LISTED)))
    return sb.multiselect("Articles", offered, format_func=labels.get, key="f_articles",
                          placeholder="All articles")


def _clamped(rng, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """Return the link's range *rng* within the corpus's dates (every date without one)."""
    if not rng:
        return first, last
    lo, hi = max(first, min(rng[0], last)), min(last, max(rng[1], first))
    return (lo, hi) if lo <= hi else (first, last)
