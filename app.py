"""The Điện Biên border news map: a Streamlit page over the processed corpus.

Run ``streamlit run app.py``.  The page gathers input, calls :mod:`geo` and
shows results; data preparation lives in :mod:`geo.app.data` (panels,
passages, reader, filters, tables) and :mod:`geo.app.files` (files), layers in
:mod:`geo.layers.build`, the map in :mod:`geo.mapping.folium_map`.

Environment: ``GEO_CORPUS`` (corpus folder, default ``seeds/``),
``GEO_OVERRIDES`` (user override CSV, default ``data/overrides.csv``),
``GEO_CACHE_DIR`` (processed-article cache, default ``~/.cache/geo-dienbien``).
"""

from __future__ import annotations

import copy
import functools
import gc
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.app import data as appdata
from geo.app import files as appio
from geo.errors import GeoError, OverrideError
from geo.settings import Settings

APP_DIR = Path(__file__).resolve().parent
SETTINGS = Settings.from_env()
CORPUS_DIR = SETTINGS.corpus_dir
OVERRIDES = SETTINGS.overrides
CACHE_DIR = SETTINGS.cache_dir
ASSET_BASE = "/app/static"
VIEWS = ("Map", "Read an article", "Tables", "Unresolved names", "Add an article", "Export")
RETURNED = ["last_active_drawing", "last_clicked"]
PASSAGES_SHOWN = 20
#: The filters as the page opens: the map then comes from the saved snapshot.
DEFAULT_FILTERS = {"articles": None, "kinds": None, "themes": None, "date_from": None,
                   "date_to": None, "include_undated": True}
_md = appdata.escape_markdown  # every untrusted string shown through markdown

st.set_page_config(page_title="Điện Biên border news map", page_icon="🗺️", layout="wide")


# --------------------------------------------------------------------- caches


@st.cache_resource(show_spinner=False)
def _assets():
    from geo.mapping.assets import materialise_assets

    return materialise_assets(APP_DIR / "static", base=ASSET_BASE)


@st.cache_resource(show_spinner="Loading the gazetteer…", max_entries=4)
def _gazetteer(overrides: str, digest: str):
    """Return ``(gazetteer, problems)``: bad override rows are reported and left out.

    If the good rows still cannot be applied, the built-in gazetteer is used.
    """
    from geo.gazetteer import load_gazetteer, read_overrides_lenient

    if not digest:
        return load_gazetteer(), []
    rows, errors = read_overrides_lenient(Path(overrides))
    problems = [f"User override ignored: {err}" for err in errors]
    try:
        return load_gazetteer(overrides=rows), problems
    except OverrideError as err:
        return load_gazetteer(), [*problems, f"User overrides ignored: {err}"]


@st.cache_resource(show_spinner=False, max_entries=4)
def _names(gazetteer_version: str, _gazetteer):
    """Return the folded names of the gazetteer (of that version) for the place search."""
    return appdata.name_table(_gazetteer)


@st.cache_data(show_spinner=False, max_entries=256)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    return appio.file_digest(path)


@st.cache_resource(show_spinner="Processing the corpus…", max_entries=4)
def _process(folder: str, fingerprint: tuple, gazetteer_key: str, _gazetteer):
    """Process the corpus folder; cached by file contents and gazetteer version."""
    from geo.cache import ResultCache
    from geo.pipeline import process_corpus

    cache = None
    try:
        cache = ResultCache(CACHE_DIR)
    except Exception:  # an unusable cache must not stop the app
        cache = None
    try:
        return process_corpus([folder], _gazetteer, workers=1 if len(fingerprint) < 64 else None,
                              cache=cache)
    finally:
        if cache is not None:
            cache.close()


@st.cache_resource(show_spinner=False, max_entries=16)
def _indexed(folder: str, fingerprint: tuple, gazetteer_key: str, extra_key: tuple,
             _gazetteer, _extra: tuple):
    # Reading 10,000 results back makes millions of objects that all stay: the
    # collector would walk them again and again while they are made (half of
    # the time), and again at every full collection afterwards (a second per
    # click).  So: no collection while loading, then the lot frozen (still
    # freed by reference counting when a cache entry goes).
    gc.disable()
    try:
        corpus = _process(folder, fingerprint, gazetteer_key, _gazetteer)
        if _extra:
            corpus = replace(corpus, results=corpus.results + tuple(_extra))
        index = appdata.index_corpus(corpus)
    finally:
        gc.freeze()
        gc.enable()
    return corpus, index


def _filtered(corpus_key: tuple, filters: dict, corpus):
    """Return ``(filter_key, corpus)``: the corpus as the filters select it."""
    chosen = {k: v for k, v in filters.items() if k != "tiles"}
    fkey = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(chosen.items()))
    return fkey, _filter_corpus(corpus_key, fkey, corpus, chosen)


@st.cache_resource(show_spinner=False, max_entries=16)
def _filter_corpus(corpus_key: tuple, filter_key: tuple, _corpus, _chosen: dict):
    return appdata.filter_corpus(_corpus, **_chosen)


@st.cache_resource(show_spinner=False, max_entries=16)
def _options(corpus_key: tuple, _index):
    return appdata.filter_options(_index)


@st.cache_resource(show_spinner=False, max_entries=16)
def _filtered_index(corpus_key: tuple, filter_key: tuple, _corpus):
    return appdata.index_corpus(_corpus)


@st.cache_resource(show_spinner="Building the map layers…", max_entries=16)
def _layers(corpus_key: tuple, filter_key: tuple, _corpus, _gazetteer):
    from geo.layers.build import build_layers

    return build_layers(_corpus, _gazetteer)


@st.cache_resource(show_spinner=False, max_entries=16)
def _base_map(corpus_key: tuple, filter_key: tuple, tiles: bool, _layers):
    from geo.mapping.folium_map import build_map

    return build_map(_layers, tiles="OpenStreetMap" if tiles else None, asset_base=ASSET_BASE)


def _folium_map(corpus_key: tuple, filter_key: tuple, tiles: bool, layers):
    """Return a fresh copy of the cached Folium map of *layers*.

    st_folium renders the map it is given and changes it while doing so: the
    same map object rendered twice gives a different script, and the map
    blanks.  So the cached map is never given to it, only a copy (a copy
    renders to the same script each time, so the map is not remounted).
    """
    return copy.deepcopy(_base_map(corpus_key, filter_key, tiles, layers))


# ---------------------------------------------------------------------- state


def _state_defaults() -> None:
    ss = st.session_state
    ss.setdefault("selected", None)  # place id shown in the panel
    ss.setdefault("seen_drawing", None)  # last map click already acted on
    ss.setdefault("last_point", None)  # (lat, lon) of the last click on empty map
    ss.setdefault("center", None)
    ss.setdefault("zoom", None)
    ss.setdefault("reader", None)
    ss.setdefault("extra", [])  # ArticleResults added in this session, not saved
    ss.setdefault("view", VIEWS[0])


def _select(place_id: str | None, *, view: str | None = None, lat=None, lon=None,
            precision: str | None = None) -> None:
    st.session_state.selected = place_id
    if lat is not None and lon is not None:
        st.session_state.center = (lat, lon)
        st.session_state.zoom = appdata.zoom_for(precision)
    if view:
        st.session_state.view = view


def _open_article(article_id: str) -> None:
    st.session_state.reader = article_id
    st.session_state.view = "Read an article"


# ---------------------------------------------------------------------- data


class _Data:
    """The corpus of this run: its snapshot first, the whole corpus only when a view needs it.

    The map as the page opens (no filter) and a click on it need only the
    snapshot (:class:`geo.app.data.MapSnapshot`: layers, filter options,
    counts; one place's passages read on a click); the reader, tables,
    unresolved names, exports and filters load the processed corpus.
    """

    def __init__(self, gaz, files, gkey: str, extra: tuple) -> None:
        self.gaz, self.files, self.gkey, self.extra = gaz, files, gkey, extra
        self.snap_key: str | None = None
        self.snapshot = None
        if files and not extra:
            stamps = tuple(appio.file_stamp(p) for p in files)
            self.snap_key = appio.snapshot_key(str(CORPUS_DIR), stamps, gkey)
            self._held = _snapshot(self.snap_key, self)
            self.snapshot = self._held["snapshot"]

    @functools.cached_property
    def _full(self):
        fingerprint = tuple((p.name, _digest(*appio.file_stamp(p))) for p in self.files)
        extra_key = tuple(r.article.id for r in self.extra)
        corpus, index = _indexed(str(CORPUS_DIR), fingerprint, self.gkey, extra_key, self.gaz,
                                 self.extra)
        return corpus, index, (str(CORPUS_DIR), fingerprint, self.gkey, extra_key)

    @property
    def corpus(self):
        return self._full[0]

    @property
    def index(self):
        return self._full[1]

    @property
    def corpus_key(self) -> tuple:
        return self._full[2]

    @property
    def article_count(self) -> int:
        return self.snapshot.article_count if self.snapshot else len(self.index.articles)

    @property
    def failures(self) -> tuple[str, ...]:
        if self.snapshot:
            return self.snapshot.failures
        return tuple(f.message() for f in self.corpus.failures)

    def options(self) -> dict:
        if self.snapshot:
            return self.snapshot.options
        return _options(self.corpus_key, self.index)

    def counts(self) -> dict | None:
        return self.snapshot.counts if self.snapshot else None

    def search_index(self):
        return None if self.snapshot else self.index

    def map_layers(self, filters: dict):
        """Return ``(map_key, layers)`` of the map as *filters* select it."""
        chosen = {k: v for k, v in filters.items() if k != "tiles"}
        if self.snapshot is not None and chosen == DEFAULT_FILTERS:
            return (("snapshot", self.snap_key), ()), self.snapshot.layers
        fkey, filtered = _filtered(self.corpus_key, filters, self.corpus)
        return (self.corpus_key, fkey), _layers(self.corpus_key, fkey, filtered, self.gaz)

    def save_snapshot(self) -> None:
        """Save a snapshot built in this run (after the page is drawn: it takes a while)."""
        held = getattr(self, "_held", None)
        if held is None or held["saved"]:
            return
        with held["lock"]:
            if not held["saved"]:
                held["saved"] = True
                held["written"] = appio.write_snapshot(
                    CACHE_DIR, self.snap_key, held["snapshot"],
                    appdata.place_entries(self.index, self.gaz.version))

    def place_index(self, place_id: str):
        """Return an index holding what the panel of *place_id* shows."""
        if self.snapshot is not None and self._held["written"]:  # else: not on disk (yet)
            idx = _place_index(self.snap_key, place_id)
            if idx is not None:
                return idx
        return self.index


@st.cache_resource(show_spinner="Processing the corpus…", max_entries=4)
def _snapshot(snap_key: str, _data: _Data) -> dict:
    """Return ``{"snapshot", "saved", "written", "lock"}``: the saved snapshot, or one built now.

    A snapshot built now is saved by :meth:`_Data.save_snapshot` at the end of the run.
    """
    snap = appio.read_snapshot(CACHE_DIR, snap_key)
    saved = snap is not None
    if snap is None:
        corpus, index, corpus_key = _data._full
        fkey, filtered = _filtered(corpus_key, {**DEFAULT_FILTERS, "tiles": False}, corpus)
        snap = appdata.map_snapshot(corpus, index,
                                    _layers(corpus_key, fkey, filtered, _data.gaz))
    return {"snapshot": snap, "saved": saved, "written": saved, "lock": threading.Lock()}


@st.cache_resource(show_spinner=False, max_entries=64)
def _place_index(snap_key: str, place_id: str):
    """Return the index of one place read from the snapshot, or ``None`` (use the corpus)."""
    from geo.cache import ResultCache, load_articles

    entry = appio.read_snapshot_place(CACHE_DIR, snap_key, place_id)
    if entry is None:
        return appdata.place_index(place_id, None, {})
    try:
        cache = ResultCache(CACHE_DIR)
        try:
            by_key = load_articles(cache, entry[2].values())
        finally:
            cache.close()
    except Exception:  # an unusable cache: the caller uses the whole corpus
        return None
    articles = {aid: by_key[k] for aid, k in entry[2].items() if k in by_key}
    if len(articles) < len(entry[2]):
        return None
    return appdata.place_index(place_id, entry, articles)


def _load():
    """Return ``(gazetteer, data, warnings)`` for this run."""
    warnings: list[str] = []
    stamp = appio.file_stamp(OVERRIDES)
    gaz, problems = _gazetteer(str(OVERRIDES), _digest(*stamp) if stamp[1] >= 0 else "")
    warnings.extend(problems)
    files = appio.corpus_files(CORPUS_DIR)
    gkey = str(getattr(gaz, "version", "")) + (_digest(*stamp) if stamp[1] >= 0 else "")
    data = _Data(gaz, files, gkey, tuple(st.session_state.extra))
    warnings.extend(data.failures)
    if not files:
        warnings.append(f"No articles in {CORPUS_DIR}: add one under “Add an article”.")
    return gaz, data, warnings


# -------------------------------------------------------------------- sidebar


def _sidebar(gaz, data: _Data, warnings) -> dict:
    sb = st.sidebar
    sb.title("Điện Biên border news")
    sb.caption(f"{data.article_count} article(s) from {_md(CORPUS_DIR.name)}")
    for w in warnings:
        sb.warning(_md(w), icon="⚠️")

    sb.subheader("Find a place")
    query = sb.text_input("Name, with or without diacritics", key="search",
                          placeholder="e.g. Tay Trang, Nậm Pồ")
    if query:
        hits = appdata.search_places(query, gaz, data.search_index(), counts=data.counts(),
                                     names=_names(gaz.version, gaz))
        if not hits:
            sb.info("No place of that name.")
        else:
            labels = {h["id"]: f"{h['name']} · {h['kind']}"
                      + (f" · {h['in_corpus']} mention(s)" if h["in_corpus"] else "")
                      for h in hits}
            pick = sb.selectbox("Matches", list(labels), format_func=labels.get, key="search_pick")
            place = gaz.get(pick) if pick else None
            sb.button("Show on map", key="search_go", on_click=_select,
                      args=(pick,), kwargs={"view": "Map",
                                            "lat": getattr(place, "lat", None),
                                            "lon": getattr(place, "lon", None),
                                            "precision": getattr(place, "precision", None)})

    sb.subheader("Filters")
    opts = data.options()
    labels = dict(opts["articles"])
    arts = sb.multiselect("Articles", list(labels), format_func=labels.get, key="f_articles",
                          placeholder="All articles")
    kinds = sb.multiselect("Kinds of place", opts["kinds"], key="f_kinds", placeholder="All kinds")
    themes = sb.multiselect("Themes of figures", opts["themes"], key="f_themes",
                            placeholder="All themes")
    date_from = date_to = None
    undated = True
    if opts["dates"]:
        import datetime as dt

        first, last = (dt.date.fromisoformat(d[:10]) for d in opts["dates"])
        rng = sb.date_input("Published between", value=(first, last), key="f_dates")
        if isinstance(rng, tuple) and len(rng) == 2 and rng != (first, last):
            date_from, date_to = rng[0].isoformat(), rng[1].isoformat()
        undated = sb.checkbox("Include undated articles", value=True, key="f_undated")

    sb.subheader("Map")
    tiles = sb.toggle("OpenStreetMap background (online)", value=False, key="tiles",
                      help="Off: the map works offline, with no background tiles. On: tiles "
                           "are fetched from tile.openstreetmap.org.")
    return {"articles": arts or None, "kinds": kinds or None, "themes": themes or None,
            "date_from": date_from, "date_to": date_to, "include_undated": undated,
            "tiles": tiles}


# ------------------------------------------------------------------------ map


@st.fragment
def _map_view(gaz, data: _Data, filters) -> None:
    (mkey, fkey), layers = data.map_layers(filters)
    fmap = _folium_map(mkey, fkey, filters["tiles"], layers)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        # render=False: st_folium renders the map for its own use anyway; the
        # extra whole-page render it does by default doubles the time of every
        # click and gives the very same component arguments.
        out = st_folium(fmap, key="map", height=640, use_container_width=True,
                        returned_objects=RETURNED, center=st.session_state.center,
                        zoom=st.session_state.zoom, render=False) or {}
        drawing = out.get("last_active_drawing")
        if drawing and drawing != st.session_state.seen_drawing:
            st.session_state.seen_drawing = drawing
            props = drawing.get("properties") or {}
            pid = props.get("id") or props.get("place_id")
            if pid:
                st.session_state.selected = pid
        clicked = out.get("last_clicked")
        if clicked:
            st.session_state.last_point = (clicked.get("lat"), clicked.get("lng"))
        st.caption("Hollow symbols and shaded circles: the place is only known to within "
                   "its commune, district or province. Click a place to read its passages.")
    with right:
        _panel(gaz, data)


def _panel(gaz, data: _Data) -> None:
    pid = st.session_state.selected
    if not pid:
        st.info("Click a place on the map, or find one by name in the sidebar.")
        return
    info = appdata.place_panel(pid, data.place_index(pid), gaz)
    if info is None:
        st.warning("That place is not in the gazetteer or the corpus.")
        return
    e = appdata.escape_markdown
    st.subheader(e(info["name"]), anchor=False)
    st.caption(f"{e(info['name_ascii'])} · {e(info['kind'])} · id {e(info['id'])}")
    rows = []
    if info.get("legacy_unit"):
        rows.append(("Legacy unit (before 1 July 2025)", info["legacy_unit"]["name"]))
    if info.get("successor") and info["successor"]["id"] != info["id"]:
        rows.append(("2025 successor", info["successor"]["name"]))
    if info["lat"] is not None:
        rows.append(("Coordinates", f"{info['lat']:.5f} N, {info['lon']:.5f} E"))
    rows.append(("Precision", f"{info['precision']}"
                 + (f" (± {info['uncertainty_m'] / 1000:.1f} km)" if info["uncertainty_m"]
                    else "")))
    rows.append(("Coordinate source", info.get("coord_source") or "—"))
    if info.get("source") and info["source"] != info.get("coord_source"):
        rows.append(("Source", info["source"]))
    st.markdown("  \n".join(f"**{k}:** {e(v)}" for k, v in rows))
    if info["precision"] not in ("point", None):
        st.caption(f"⚠️ The point is approximate: precision “{e(info['precision'])}”.")

    if info["figures"]:
        st.markdown(f"**Figures** ({len(info['figures'])})")
        st.dataframe(info["figures"], hide_index=True, width="stretch",
                     column_order=("figure", "subject", "period", "theme", "quote", "title",
                                   "date"))
        for group in info["disagreements"]:
            st.markdown(f"**The articles disagree** on {e(group[0]['subject'] or 'a figure')}"
                        + (f" ({e(group[0]['period'])})" if group[0]["period"] else "") + ":")
            st.dataframe(group, hide_index=True, width="stretch",
                         column_order=("figure", "title", "date", "quote"))

    passages = info["passages"]
    st.markdown(f"**Passages** ({len(passages)})")
    if not passages:
        st.caption("No passage of the article bodies mentions it.")
    show_all = len(passages) <= PASSAGES_SHOWN or st.toggle(
        f"Show all {len(passages)}", key=f"all_{pid}")
    for i, p in enumerate(passages if show_all else passages[:PASSAGES_SHOWN]):
        with st.container(border=True):
            st.html(f'<div class="geo-passage">{p["html"]}</div>')
            st.caption(e(p["title"]) + (f" · {e(p['date'])}" if p["date"] else ""))
            if st.button("Open the article", key=f"open_{pid}_{i}"):
                # the view switch waits for the next run of the whole page (the
                # button sits in the map fragment, after the view widget)
                st.session_state.goto_article = p["article"]
                st.rerun(scope="app")


# --------------------------------------------------------------------- reader


def _reader_view(gaz, index) -> None:
    ids = list(index.articles)
    if not ids:
        st.info("No articles.")
        return
    labels = {a: (index.articles[a].title or a) for a in ids}
    if st.session_state.reader not in labels:
        st.session_state.reader = ids[0]
    aid = st.selectbox("Article", ids, format_func=labels.get, key="reader")
    hide = st.toggle("Hide page furniture", value=False, key="hide_furniture")
    doc = appdata.article_reader(index, aid, show_furniture=not hide)
    st.caption(" · ".join(_md(x) for x in (doc["outlet"], doc["date"], doc["path"] and
                                           Path(doc["path"]).name) if x))
    for w in doc["warnings"]:
        st.warning(_md(w))
    if doc["places"]:
        st.markdown("**Places in this article** (click to show on the map)")
        cols = st.columns(4)
        for i, p in enumerate(doc["places"]):
            place = gaz.get(p["id"])
            cols[i % 4].button(
                f"{_md(p['name'])} · {_md(p['kind'])} ({p['count']})",
                key=f"goto_{aid}_{p['id']}", help=_md(p["id"]), on_click=_select, args=(p["id"],),
                kwargs={"view": "Map", "lat": getattr(place, "lat", None),
                        "lon": getattr(place, "lon", None),
                        "precision": getattr(place, "precision", None)})
    body = "".join(
        f'<p class="{"geo-furniture" if p["furniture"] else "geo-title" if p["title"] else ""}">'
        f'{p["html"]}</p>' for p in doc["paragraphs"])
    st.html(f'<div class="geo-article">{body}</div>')


# --------------------------------------------------------------------- tables


def _tables_view(gaz, index) -> None:
    tabs = st.tabs(["Places", "Mentions", "Figures"])
    for tab, name, rows in (
        (tabs[0], "places", appdata.places_rows(index, gaz)),
        (tabs[1], "mentions", appdata.mentions_rows(index)),
        (tabs[2], "figures", appdata.figures_rows(index)),
    ):
        with tab:
            st.caption(f"{len(rows)} row(s); click a column header to sort.")
            st.dataframe(rows, hide_index=True, width="stretch")
            st.download_button(f"Download {name} (CSV)", appdata.rows_to_csv(rows),
                               file_name=f"{name}.csv", mime="text/csv", key=f"csv_{name}")


# ----------------------------------------------------------------- unresolved


def _unresolved_view(gaz, index, layers, map_key: tuple) -> None:
    groups = appdata.unresolved_names(index)
    if not groups:
        st.success("Every place name in the article bodies was resolved.")
        return
    labels = {g["key"]: f"{g['name']} ({g['count']})" for g in groups}
    key = st.selectbox("Unresolved name", list(labels), format_func=labels.get, key="unres")
    group = next(g for g in groups if g["key"] == key)
    for p in group["passages"][:PASSAGES_SHOWN]:
        with st.container(border=True):
            st.html(f'<div class="geo-passage">{p["html"]}</div>')
            st.caption(appdata.escape_markdown(p["title"]))

    st.markdown("**Fix it** — the fix goes to the user override file "
                f"{_md(str(OVERRIDES))}, with you as its source.")
    how = st.radio("How", ["Set a point on the map", "Choose a gazetteer entry"],
                   horizontal=True, key="fix_how")
    kinds = ["village", "border_post", "border_gate", "border_marker", "commune", "district",
             "foreign_place", "other"]
    if how == "Choose a gazetteer entry":
        hits = appdata.search_places(st.text_input("Search the gazetteer", value=group["name"],
                                                   key="fix_query"), gaz, index,
                                     names=_names(gaz.version, gaz))
        if not hits:
            st.info("No entry of that name; try another spelling.")
            return
        hl = {h["id"]: f"{h['name']} · {h['kind']} · {h['precision']}" for h in hits}
        pid = st.selectbox("Entry", list(hl), format_func=hl.get, key="fix_entry")
        st.caption("The name becomes another name of this entry (its coordinates stay).")
        row = {"id": pid, "alt_names": group["name"],
               "notes": f"name {group['name']!r} added by the user in the app"}
    else:
        st.caption("Click the map where the place is (or type the coordinates).")
        out = st_folium(_folium_map(*map_key, layers), key="fixmap", height=420,
                        use_container_width=True, returned_objects=["last_clicked"],
                        render=False) or {}
        clicked = out.get("last_clicked")
        if clicked and clicked != st.session_state.get("fix_seen_click"):
            st.session_state.fix_seen_click = clicked
            st.session_state.last_point = (clicked.get("lat"), clicked.get("lng"))
            st.session_state.fix_lat, st.session_state.fix_lon = st.session_state.last_point
        point = st.session_state.last_point or (None, None)
        st.session_state.setdefault("fix_lat", point[0])
        st.session_state.setdefault("fix_lon", point[1])
        c1, c2, c3 = st.columns(3)
        lat = c1.number_input("Latitude", format="%.6f", key="fix_lat")
        lon = c2.number_input("Longitude", format="%.6f", key="fix_lon")
        kind = c3.selectbox("Kind", kinds, key="fix_kind")
        row = {"id": f"user:{appio.slugify(group['name']) or 'place'}", "name": group["name"],
               "kind": kind, "lat": lat, "lon": lon, "precision": "point",
               "uncertainty_m": 100, "coord_source": "user",
               "notes": "point set on the map by the user in the app"}
    if st.button("Save the fix", type="primary", key="fix_save"):
        try:
            appio.write_override(OVERRIDES, row)
        except (GeoError, OSError) as err:
            st.error(_md(str(err)))
        else:
            st.session_state.fix_saved = row["id"]
            st.rerun()
    if st.session_state.get("fix_saved"):
        st.success(f"Saved {_md(st.session_state.fix_saved)}; the map now uses it.")


# ---------------------------------------------------------------- add article


def _add_view(gaz) -> None:
    st.markdown("Upload `.txt`, `.md` or `.html` files, or paste the text of an article.")
    for kind, text in st.session_state.pop("add_report", ()):  # from the run that processed
        getattr(st, kind)(text)
    files = st.file_uploader("Article files", type=["txt", "md", "html", "htm"],
                             accept_multiple_files=True, key="upload")
    pasted = st.text_area("…or paste an article (first line: its title)", key="paste", height=200)
    save = st.checkbox(f"Also save to the corpus folder ({_md(CORPUS_DIR.name)}/)", key="save")
    if not st.button("Process", type="primary", key="process"):
        return
    items = [(f.name, f.getvalue()) for f in files or ()]
    if pasted.strip():
        items.append(("pasted.txt", pasted.encode("utf-8")))
    if not items:
        st.warning("Nothing to process: upload a file or paste some text.")
        return
    bar = st.progress(0.0, text="Processing…")
    report: list[tuple[str, str]] = []
    added = 0
    for i, (name, data) in enumerate(items, 1):
        bar.progress((i - 1) / len(items), text=f"Processing {_md(name)}…")
        try:
            result = _process_upload(name, data, gaz)
            if save:
                path = appio.save_article(CORPUS_DIR, name, data)
                report.append(("success", f"{_md(path.name)}: saved to the corpus folder, "
                                          f"{len(result.mentions)} mention(s)."))
            else:
                st.session_state.extra = [r for r in st.session_state.extra
                                          if r.article.id != result.article.id] + [result]
                report.append(("success", f"{_md(name)}: {len(result.mentions)} mention(s), "
                                          f"{len(result.figures)} figure(s); added for this "
                                          "session."))
            added += 1
        except (GeoError, OSError, UnicodeError, ValueError) as err:
            report.append(("error", _md(f"{name}: {err}")))
    bar.progress(1.0, text=f"Done: {added} of {len(items)} article(s) added.")
    report.append(("info", f"Done: {added} of {len(items)} article(s) added."))
    # run the page again so that the map, filters and tables include them
    st.session_state.add_report = report
    st.rerun()


def _process_upload(name: str, data: bytes, gaz):
    """Read an uploaded file as the corpus reader would, then process it."""
    from geo.pipeline import process_article
    from geo.reading.read import read_article

    safe = appio.safe_filename(name)
    with tempfile.TemporaryDirectory(prefix="geo-upload-") as tmp:
        path = Path(tmp) / safe
        path.write_bytes(data)
        article = read_article(path)
    article = replace(article, id=f"upload:{appio.slugify(Path(safe).stem)}-"
                                  f"{appio.bytes_digest(data)[:8]}", path=None)
    return process_article(article, gaz)


# --------------------------------------------------------------------- export


def _export_view(gaz, corpus, corpus_key, filters) -> None:
    from geo.export import safe_name

    fkey, filtered = _filtered(corpus_key, filters, corpus)
    layers = _layers(corpus_key, fkey, filtered, gaz)
    files = _exports(corpus_key, fkey, layers, filtered)
    st.caption("The layers as on the map (filters applied). GeoJSON is RFC 7946 (WGS 84, "
               "longitude first); list-valued properties are JSON text.")
    cols = st.columns(3)
    for i, name in enumerate(layers):
        fname = f"{safe_name(name)}.geojson"
        if fname in files:
            cols[i % 3].download_button(
                f"{name} ({len(layers[name])}) · GeoJSON", files[fname], file_name=fname,
                mime="application/geo+json", key=f"dl_{name}")
    st.divider()
    c1, c2, c3 = st.columns(3)
    for col, suffix, label, mime in (
        (c1, ".zip", "All layers · zip", "application/zip"),
        (c2, ".gpkg", "All layers · GeoPackage", "application/geopackage+sqlite3"),
        (c3, ".csv", "Figures · CSV", "text/csv"),
    ):
        fname = next((f for f in files if f.endswith(suffix)), None)
        if fname:
            col.download_button(label, files[fname], file_name=fname, mime=mime,
                                key=f"dl{suffix}")


@st.cache_data(show_spinner="Preparing the exports…", max_entries=8)
def _exports(corpus_key, filter_key, _layers, _corpus) -> dict[str, bytes]:
    figures = [f for r in _corpus.results for f in r.figures]
    return appio.export_files(_layers, figures)


# ----------------------------------------------------------------------- page


_CSS = """<style>
mark.geo-mention { background: #ffe08a; padding: 0 .1em; border-radius: .2em; }
.geo-passage { line-height: 1.5; }
.geo-article p { line-height: 1.6; margin: 0 0 .8em; }
.geo-article p.geo-furniture { color: #9a9a9a; font-size: .9em; border-left: 3px solid #ddd;
  padding-left: .6em; }
.geo-article p.geo-furniture mark.geo-mention { background: #eee; }
.geo-article p.geo-title { font-weight: 600; font-size: 1.2em; }
</style>"""


def main() -> None:
    """Draw the page."""
    _state_defaults()
    if pending := st.session_state.pop("goto_article", None):
        _open_article(pending)
    st.html(_CSS)
    try:
        _assets()
    except GeoError as err:
        st.error(_md(f"The map's scripts could not be prepared: {err}"))
        return
    gaz, data, warnings = _load()
    filters = _sidebar(gaz, data, warnings)
    view = st.segmented_control("View", VIEWS, key="view", label_visibility="collapsed")
    view = view or VIEWS[0]
    if view == "Map":
        _map_view(gaz, data, filters)
        data.save_snapshot()
        return
    data.save_snapshot()
    corpus, index, corpus_key = data.corpus, data.index, data.corpus_key
    if view == "Read an article":
        _reader_view(gaz, index)
    elif view == "Tables":
        fkey, filtered = _filtered(corpus_key, filters, corpus)
        _tables_view(gaz, _filtered_index(corpus_key, fkey, filtered))
    elif view == "Unresolved names":
        fkey, filtered = _filtered(corpus_key, filters, corpus)
        _unresolved_view(gaz, index, _layers(corpus_key, fkey, filtered, gaz),
                         (corpus_key, fkey, filters["tiles"]))
    elif view == "Add an article":
        _add_view(gaz)
    else:
        _export_view(gaz, corpus, corpus_key, filters)


try:
    main()
except GeoError as err:  # a clear message, never a traceback
    st.error(_md(str(err)))
