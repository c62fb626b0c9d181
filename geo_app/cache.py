"""Every Streamlit cache of the app, each keyed by a :class:`~geo.app.keys.CacheKey`.

The key is narrowed to what each cache depends on (the gazetteer: the
override file; the processed folder: corpus files and gazetteer; the layers:
that and the uploads and filters).  Arguments whose name starts with ``_``
are not hashed: they are the objects the key stands for.

Everything is ``st.cache_resource`` (shared, not copied, not pickled) except
the export files (bytes, ``st.cache_data``).  The work itself is done by
:mod:`geo.app`; this module only decides what is kept.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field, replace

import streamlit as st

from geo.app import sources
from geo.app.config import AppConfig
from geo.app.digest import CorpusDigest
from geo.app.filters import NO_FILTERS, FilterOptions, filter_options
from geo.app.index import CorpusIndex, index_corpus
from geo.app.keys import CacheKey
from geo.app.search import NameTable, name_table
from geo.app.snapshot import MapSnapshot, load_place_index, map_snapshot, read_digest, read_snapshot
from geo.model import ArticleResult, Corpus, Gazetteer


@st.cache_resource(show_spinner=False)
def assets(static_dir: str, base: str):
    """Copy the map's JavaScript and CSS into the served *static_dir* (once per folder)."""
    from geo.mapping.assets import materialise_assets

    return materialise_assets(static_dir, base=base)


@st.cache_resource(show_spinner=False, max_entries=8)
def corpus_key(corpus: str, tree: str, overrides: str, overrides_stamp: tuple,
               extra: tuple[str, ...]) -> CacheKey:
    """Return ``CacheKey.of(corpus, overrides, extra=extra)``, once per state of the folder.

    *tree* is :func:`geo.app.files.tree_stamp` of *corpus*, *overrides_stamp*
    the override file's :func:`~geo.app.files.file_stamp`: while they are the
    same, so is the key (the pipeline's walk and the stamps of 10,000 files
    take a second, on every page load without this).
    """
    return CacheKey.of(corpus, overrides, extra=extra)


@st.cache_resource(show_spinner="Loading the gazetteer…", max_entries=4)
def gazetteer(key: CacheKey) -> tuple[Gazetteer, list[str]]:
    """Return ``(gazetteer, problems)`` of ``key.gazetteer_key()`` (see ``load_app_gazetteer``)."""
    return sources.load_app_gazetteer(key.overrides_path)


@st.cache_resource(show_spinner=False, max_entries=4)
def names(key: CacheKey, _gazetteer: Gazetteer) -> NameTable:
    """Return the folded names of the gazetteer of *key*, for the place search."""
    return name_table(_gazetteer)


@st.cache_resource(show_spinner="Processing the corpus…", max_entries=4)
def processed(key: CacheKey, _gazetteer: Gazetteer, _config: AppConfig) -> Corpus:
    """Return the processed corpus folder of ``key.corpus_key()``."""
    return sources.process_folder(key.corpus, _gazetteer, cache_dir=_config.cache_dir,
                                  files=key.files)


@st.cache_resource(show_spinner=False, max_entries=16)
def indexed(key: CacheKey, _gazetteer: Gazetteer, _extra: tuple[ArticleResult, ...],
            _config: AppConfig) -> tuple[Corpus, CorpusIndex]:
    """Return the corpus of ``key.unfiltered()`` (folder and uploads) and its index."""
    # Reading 10,000 results back makes millions of objects that all stay: the
    # collector would walk them again and again while they are made (half of
    # the time), and again at every full collection afterwards (a second per
    # click).  So: no collection while loading, then the lot frozen (still
    # freed by reference counting when a cache entry goes).
    gc.disable()
    try:
        corpus = processed(key.corpus_key(), _gazetteer, _config)
        if _extra:
            corpus = replace(corpus, results=corpus.results + tuple(_extra))
        index = index_corpus(corpus)
    finally:
        gc.freeze()
        gc.enable()
    return corpus, index


@st.cache_resource(show_spinner=False, max_entries=16)
def options(key: CacheKey, _index: CorpusIndex) -> FilterOptions:
    """Return the filter options of the corpus of *key*."""
    return filter_options(_index)


@st.cache_resource(show_spinner=False, max_entries=16)
def filtered(key: CacheKey, _corpus: Corpus) -> Corpus:
    """Return the corpus as ``key.filters`` select it."""
    return key.filters.apply(_corpus)


@st.cache_resource(show_spinner=False, max_entries=16)
def filtered_index(key: CacheKey, _corpus: Corpus) -> CorpusIndex:
    """Return the index of the filtered corpus of *key*."""
    return index_corpus(_corpus)


@st.cache_resource(show_spinner=False, max_entries=16)
def article_counts(key: CacheKey, _corpus: Corpus) -> tuple:
    """Return the timeline's per-article counts of the (filtered) corpus of *key*."""
    from geo.app.timeline import corpus_counts

    return corpus_counts(_corpus.results)


@st.cache_resource(show_spinner=False, max_entries=32)
def timeline(key: CacheKey, _counts):
    """Return the timeline of ``key.filters``: *_counts()* binned, their date range marked.

    *_counts* returns the timeline's counts of the articles ``key.filters``
    but their dates select (0.3 s to count and bin at 100,000 articles:
    once per filters).
    """
    from geo.app.timeline import timeline as bin_months

    return bin_months(_counts(), key.filters)


@st.cache_resource(show_spinner="Building the layers…", max_entries=4)
def layers(key: CacheKey, _corpus: Corpus, _gazetteer: Gazetteer) -> dict:
    """Return every layer, every column, of the (filtered) corpus of *key* (the exports')."""
    from geo.layers.build import build_layers

    return build_layers(_corpus, _gazetteer)


@st.cache_resource(show_spinner=False, max_entries=4)
def article_mentions(key: CacheKey, _corpus: Corpus, _gazetteer: Gazetteer) -> dict:
    """Return each article's mention counts in the (unfiltered) corpus of *key*.

    Filters of dates, articles or themes keep an article's mentions: the map's
    layers are then summed from these (``geo.layers.count_articles``).
    """
    from geo.layers import count_articles

    return count_articles(_corpus.results, _gazetteer)


@st.cache_resource(show_spinner="Building the map layers…", max_entries=16)
def map_layers(key: CacheKey, _corpus: Corpus | None, _gazetteer: Gazetteer,
               asked: frozenset[str], _counted: dict | None = None, _stats=None) -> dict:
    """Return the map's layers of the (filtered) corpus of *key*: those on request if *asked*.

    *_counted*: the articles' mention counts of :func:`article_mentions`,
    when the filters keep every mention of the articles they keep; or
    *_stats*, the per-place counts of :func:`digest_stats` (no corpus then).
    """
    from geo.layers.build import build_layers
    from geo.layers.registry import LAYERS

    return build_layers(_corpus, _gazetteer, registry=LAYERS.for_map(asked), map_only=True,
                        counted=_counted, stats=_stats)


@st.cache_resource(show_spinner=False, max_entries=16)
def far(key: CacheKey, asked: frozenset[str], _layers: dict, _window):
    """Return the places the map of *_layers* (those of *key*, *asked*) leaves out."""
    from geo.app.far import far_places

    return far_places(_layers, _window)


def _new_map(tiles: bool, asset_base: str, layers: dict, window, labels, asked):
    from geo.mapping.folium_map import build_map

    return build_map(layers, tiles="OpenStreetMap" if tiles else None, asset_base=asset_base,
                     window=window, labels=labels, show=asked)


@st.cache_resource(show_spinner=False, max_entries=16)
def map_frame(key: CacheKey, tiles: bool, asset_base: str, _layers: dict, window, labels=(),
              *, frame_key: str, height: int, returned: tuple[str, ...]):
    """Return the :class:`~geo_app.mapframe.MapFrame` of the base map of *key*.

    The base map (:func:`geo.mapping.folium_map.base_map`) is what no filter
    changes: *_layers* are those of every article of *key* (the first view
    and the boundary come from them).  Made once per base map and component
    (*frame_key*, *height*, *returned*): each run then only sends it, with
    the layers of its filters (:func:`layers_script`).
    """
    from geo.mapping.folium_map import base_map
    from geo_app import mapframe

    fmap = base_map(_layers, tiles="OpenStreetMap" if tiles else None, asset_base=asset_base,
                    window=window, labels=labels)
    return mapframe.frame(fmap, key=frame_key, height=height, returned_objects=list(returned))


@st.cache_resource(show_spinner=False, max_entries=16)
def layers_script(key: CacheKey, asked: frozenset[str], _layers: dict, window) -> str | None:
    """Return the script that puts *_layers* (those of *key*, *asked*) on a base map drawn.

    st_folium sends it as the first of its ``feature_group_to_add``
    (:func:`geo.mapping.folium_map.layers_group`): a filter change swaps the
    layers of the map in the browser, which stays.
    """
    from geo.mapping.folium_map import host_map, layers_group, seal
    from geo_app import mapframe

    return seal(mapframe.feature_group(host_map(), layers_group(_layers, window=window,
                                                                 show=asked)))


@st.cache_resource(show_spinner=False, max_entries=16)
def fitted_view(key: CacheKey, asked: frozenset[str], _layers: dict, window):
    """Return ``(lat, lon, zoom)`` that shows the places of *_layers* (those of *key*, *asked*).

    The places the map draws inside *window* (:func:`geo.app.view.fit_view`),
    or the window when the selection has none there.
    """
    from geo.app.view import fit_view
    from geo.mapping.folium_map import view_bounds

    bounds = view_bounds(_layers, window=window)
    return fit_view([[float(v) for v in corner] for corner in bounds] if bounds else None)


@st.cache_resource(show_spinner=False, max_entries=256)
def selection_script(place_id: str | None, serial: int = 0) -> str | None:
    """Return the script that pins the shape of *place_id* on a shown map (see PinPlace).

    Sent after the layers' script (:func:`layers_script`), as the second of
    st_folium's ``feature_group_to_add``; *serial* numbers the sendings.
    """
    from geo.mapping.folium_map import blank_group, host_map, selection_group
    from geo_app import mapframe

    return mapframe.feature_group(host_map(), selection_group(place_id, serial),
                                  before=[blank_group()])


@st.cache_data(show_spinner=False, max_entries=8)
def map_html(key: CacheKey, tiles: bool, asset_base: str, _layers: dict, window,
             labels=(), asked: frozenset[str] = frozenset()) -> bytes:
    """Return the map of *key* as one self-contained HTML file (opens with no server)."""
    from geo.mapping.standalone import standalone_html

    fmap = _new_map(tiles, asset_base, _layers, window, labels, asked)
    return standalone_html(fmap, asset_base=asset_base).encode("utf-8")


@st.cache_data(show_spinner="Preparing the exports…", max_entries=8)
def exports(key: CacheKey, _layers: dict, _corpus: Corpus) -> dict[str, bytes]:
    """Return every export file of the (filtered) corpus of *key*: name → bytes."""
    from geo.app.files import export_files

    return export_files(_layers, [f for r in _corpus.results for f in r.figures])


@dataclass
class HeldSnapshot:
    """A map snapshot held in memory, and whether it is on disk (see :func:`snapshot`)."""

    snapshot: MapSnapshot
    saved: bool  # saved already, or being saved: nobody else saves it
    written: bool  # on disk: a click can read its place rows
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


@st.cache_resource(show_spinner="Processing the corpus…", max_entries=4)
def snapshot(key: CacheKey, _data) -> HeldSnapshot:
    """Return the saved map snapshot of *key*, or one built now from *_data*'s whole corpus.

    A snapshot built now is saved by ``AppCorpus.save_snapshot`` at the end
    of the run (it takes a while; the page is drawn first).
    """
    snap = read_snapshot(_data.config.cache_dir, key.snapshot_id)
    if snap is not None:
        return HeldSnapshot(snap, saved=True, written=True)
    _, built = _data.layers(NO_FILTERS)
    return HeldSnapshot(map_snapshot(_data.corpus, _data.index, built), saved=False,
                        written=False)


@st.cache_resource(show_spinner=False, max_entries=4)  # (also read outside a run: warm_digest)
def digest(key: CacheKey, _config: AppConfig) -> CorpusDigest | None:
    """Return the corpus digest saved with the snapshot of *key*, or ``None``."""
    return read_digest(_config.cache_dir, key.snapshot_id)


_WARMED: set[str] = set()
_WARMED_LOCK = threading.Lock()


def warm_digest(key: CacheKey, config: AppConfig) -> None:
    """Read the digest of *key* in a background thread, once per snapshot, if not read yet.

    Started when a page is drawn: the first filter change then finds it read
    (Streamlit's compute lock makes a run that asks meanwhile wait for it).
    """
    with _WARMED_LOCK:
        if key.snapshot_id in _WARMED:
            return
        _WARMED.add(key.snapshot_id)
    threading.Thread(target=digest, args=(key, config), name="geo-digest", daemon=True).start()


@st.cache_resource(show_spinner=False, max_entries=16)
def digest_stats(key: CacheKey, _digest: CorpusDigest):
    """Return the per-place counts of the map as ``key.filters`` select it (from the digest)."""
    return _digest.stats(key.filters)


@st.cache_resource(show_spinner=False, max_entries=16)
def digest_kept(key: CacheKey, _digest: CorpusDigest) -> frozenset[str]:
    """Return the ids of the articles ``key.filters`` keep (from the digest)."""
    return frozenset(_digest.kept_ids(key.filters))


@st.cache_resource(show_spinner=False, max_entries=64)
def place_index(key: CacheKey, place_id: str, passages: int | None, _config: AppConfig,
                _kept: frozenset[str] | None = None) -> CorpusIndex | None:
    """Return the index of one place read from the snapshot of *key*, or ``None``.

    With *passages*, enough for that many passages (see ``load_place_index``).
    With *_kept*, the ids of the articles ``key.filters`` keep (they keep
    mentions, :func:`digest_kept`): the place as they select it.
    """
    return load_place_index(_config.cache_dir, key.snapshot_id, place_id, passages=passages,
                            articles=_kept, themes=key.filters.themes)
