"""What every view of a run gets: configuration, gazetteer, the corpus, the chosen filters.

:class:`AppCorpus` is the corpus of one run, loaded no further than the
view needs: the map as the page opens (no filter, no upload) and a click on
it need only the saved snapshot (:class:`geo.app.snapshot.MapSnapshot`:
layers, filter options, counts; one place's passages read on a click); under
filters of dates, articles and themes, the map, the timeline and a click
need only the digest saved with it (:class:`geo.app.digest.CorpusDigest`);
the reader, tables, charts, unresolved names, exports and a filter of kinds
load the processed corpus (:mod:`geo_app.cache`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from geo.app.config import AppConfig
from geo.app.digest import CorpusDigest, corpus_digest
from geo.app.far import FarPlace, map_window
from geo.app.files import file_stamp, tree_stamp
from geo.app.filters import NO_FILTERS, FilterOptions, Filters
from geo.app.geography import map_labels
from geo.app.index import CorpusIndex
from geo.app.keys import CacheKey
from geo.app.search import NameTable
from geo.app.snapshot import place_entries, write_snapshot
from geo.app.timeline import Timeline
from geo.layers.registry import LAYERS
from geo.model import ArticleResult, Corpus, Gazetteer
from geo_app import cache


@dataclass(frozen=True)
class MapOptions:
    """How the map is drawn besides the filters: what the user switched on."""

    tiles: bool = False  # the OpenStreetMap background (online)
    #: the layers on request asked for (geo.layers.spec.Layer.on_request)
    layers: frozenset[str] = field(default_factory=frozenset)


class AppCorpus:
    """The corpus of this run: its snapshot first, the whole corpus only when a view needs it.

    Parameters
    ----------
    config : AppConfig
    gazetteer : Gazetteer
    key : CacheKey
        The key of the corpus folder, the gazetteer and the uploads (no filters).
    extra : tuple of ArticleResult
        Articles added in this session (not saved): no snapshot then.
    """

    def __init__(self, config: AppConfig, gazetteer: Gazetteer, key: CacheKey,
                 extra: tuple[ArticleResult, ...] = ()) -> None:
        self.config, self.gazetteer, self.key, self.extra = config, gazetteer, key, extra
        self._held: cache.HeldSnapshot | None = None
        self.snapshot = None  # (building one reads the whole corpus through self)
        if key.files and not extra:
            self._held = cache.snapshot(key, self)
            self.snapshot = self._held.snapshot

    @functools.cached_property
    def _full(self) -> tuple[Corpus, CorpusIndex]:
        full = cache.indexed(self.key, self.gazetteer, self.extra, self.config)
        self._counted(full[0])  # with the corpus (a second of reading): not at a filter change
        return full

    def _counted(self, corpus: Corpus) -> dict:
        """Return each article's mention counts (``geo.layers.count_articles``) of *corpus*."""
        return cache.article_mentions(self.key, corpus, self.gazetteer)

    def _digest(self, filters: Filters, asked: frozenset[str] = frozenset()
                ) -> CorpusDigest | None:
        """Return the saved digest if *filters* (and the map's *asked* layers) can use it.

        They can when they keep mentions (no kind filter), no layer drawn
        reads the figures themselves, and the snapshot is on disk with its
        digest; else ``None``.
        """
        if (not filters.keeps_mentions or self._held is None or not self._held.written
                or not CorpusDigest.draws(LAYERS.for_map(asked))):
            return None
        return cache.digest(self.key, self.config)

    @property
    def corpus(self) -> Corpus:
        """Return the processed corpus (folder and uploads), loading it if need be."""
        return self._full[0]

    @property
    def index(self) -> CorpusIndex:
        """Return the index of :attr:`corpus`."""
        return self._full[1]

    @property
    def article_count(self) -> int:
        """Return the number of articles."""
        return self.snapshot.article_count if self.snapshot else len(self.index.articles)

    @property
    def failures(self) -> tuple[str, ...]:
        """Return the message of every file that could not be read or processed."""
        if self.snapshot:
            return self.snapshot.failures
        return tuple(f.message() for f in self.corpus.failures)

    def options(self) -> FilterOptions:
        """Return what the filters offer."""
        if self.snapshot:
            return self.snapshot.options
        return cache.options(self.key, self.index)

    def names(self) -> NameTable:
        """Return the gazetteer's folded names, for the place search."""
        return cache.names(self.key.gazetteer_key(), self.gazetteer)

    def search_scope(self) -> dict:
        """Return what :func:`geo.app.search.search_places` ranks by: index or counts."""
        if self.snapshot:
            return {"index": None, "counts": self.snapshot.counts}
        return {"index": self.index, "counts": None}

    def filtered(self, filters: Filters) -> tuple[CacheKey, Corpus]:
        """Return the key and the corpus as *filters* select it."""
        key = self.key.with_filters(filters)
        return key, cache.filtered(key, self.corpus)

    def filtered_index(self, filters: Filters) -> CorpusIndex:
        """Return the index of the corpus as *filters* select it."""
        key, corpus = self.filtered(filters)
        return cache.filtered_index(key, corpus)

    def layers(self, filters: Filters) -> tuple[CacheKey, dict]:
        """Return the key and every layer, every column, of the corpus as *filters* select it.

        What the exports are made of (and a snapshot built in this run); the
        snapshot's layers have the map's columns only.
        """
        key, corpus = self.filtered(filters)
        return key, cache.layers(key, corpus, self.gazetteer)

    def map_layers(self, filters: Filters, asked: frozenset[str] = frozenset()
                   ) -> tuple[CacheKey, dict]:
        """Return the key and the layers the map draws of the corpus as *filters* select it.

        The layers on request are there only when *asked*; built from a
        filtered corpus, only the columns the map embeds are made.
        """
        if self.snapshot is not None and filters.selects_all:  # every layer: those drawn
            drawn = LAYERS.for_map(asked)
            return self.key, {n: frame for n, frame in self.snapshot.layers.items()
                              if n in drawn}
        key = self.key.with_filters(filters)
        digest = self._digest(filters, asked)
        if digest is not None:  # counted from the digest: no corpus
            return key, cache.map_layers(key, None, self.gazetteer, asked,
                                         _stats=cache.digest_stats(key, digest))
        key, corpus = self.filtered(filters)
        counted = self._counted(self.corpus) if filters.keeps_mentions else None
        # the same layers whichever way they are made: one cache entry per key
        return key, cache.map_layers(key, corpus, self.gazetteer, asked, counted)

    def map_frame(self, options: MapOptions, *, key: str, height: int,
                  returned: tuple[str, ...]):
        """Return the base map (on Điện Biên), ready to show: what no filter changes.

        Its first view is that of every article's places; the layers the
        filters select are sent to it (:meth:`layers_script`).  *key*,
        *height* and *returned* are the component's (see
        :func:`geo_app.mapframe.frame`).
        """
        lkey, layers = self.map_layers(NO_FILTERS)
        return cache.map_frame(lkey, options.tiles, self.config.asset_base, layers,
                               map_window(self.gazetteer), map_labels(self.gazetteer),
                               frame_key=key, height=height, returned=returned)

    def layers_script(self, filters: Filters, options: MapOptions) -> str | None:
        """Return the script that puts the layers *filters* select on the base map shown."""
        lkey, layers = self.map_layers(filters, options.layers)
        return cache.layers_script(lkey, options.layers, layers, map_window(self.gazetteer))

    def fitted_view(self, filters: Filters, options: MapOptions):
        """Return ``(lat, lon, zoom)`` that shows the places *filters* select (on the map)."""
        lkey, layers = self.map_layers(filters, options.layers)
        return cache.fitted_view(lkey, options.layers, layers, map_window(self.gazetteer))

    def map_html(self, filters: Filters, options: MapOptions) -> bytes:
        """Return the whole map as *filters* select it (base and layers in one) as an HTML file.

        Self-contained: it opens with no server and no network.
        """
        key, layers = self.map_layers(filters, options.layers)
        return cache.map_html(key, options.tiles, self.config.asset_base, layers,
                              map_window(self.gazetteer), map_labels(self.gazetteer),
                              options.layers)

    def far_places(self, filters: Filters, asked: frozenset[str] = frozenset()
                   ) -> tuple[FarPlace, ...]:
        """Return the mentioned places the map leaves out (far away, countries).

        *asked*: the map's layers on request (its layers are the ones looked at).
        """
        key, layers = self.map_layers(filters, asked)
        return cache.far(key, asked, layers, map_window(self.gazetteer))

    def exports(self, filters: Filters) -> tuple[dict, dict[str, bytes]]:
        """Return the layers as *filters* select them and every export file (name → bytes)."""
        key, corpus = self.filtered(filters)
        _, layers = self.layers(filters)
        return layers, cache.exports(key, layers, corpus)

    def timeline(self, filters: Filters) -> Timeline:
        """Return the timeline of the corpus as *filters* but their dates select it.

        Every month shows (so the range can be moved); the months of the
        range are marked.  With no other filter it comes from the snapshot.
        """
        return cache.timeline(self.key.with_filters(filters),
                              functools.partial(self._timeline_counts, filters.without_dates()))

    def _timeline_counts(self, rest: Filters) -> tuple:
        """Return the timeline's per-article counts of the articles *rest* selects."""
        if rest.selects_all and self.snapshot is not None and self.snapshot.articles:
            return self.snapshot.articles
        digest = self._digest(rest)
        if digest is not None:
            return digest.article_counts(rest)
        key, corpus = self.filtered(rest)
        return cache.article_counts(key, corpus)

    def panel_index(self, place_id: str, filters: Filters, *,
                    passages: int | None = None) -> CorpusIndex:
        """Return an index holding what the panel of *place_id* shows under *filters*.

        With *passages*, it may hold only the articles of the first
        *passages* passages (give ``place_panel`` the same limit).
        """
        if filters.selects_all:
            return self.place_index(place_id, passages=passages)
        digest = self._digest(filters)
        if digest is not None:
            key = self.key.with_filters(filters)
            found = cache.place_index(key, place_id, passages, self.config,
                                      cache.digest_kept(key, digest))
            if found is not None:
                return found
        return self.filtered_index(filters)

    def place_index(self, place_id: str, *, passages: int | None = None) -> CorpusIndex:
        """Return an index holding what the panel of *place_id* shows (see :meth:`panel_index`)."""
        if self._held is not None and self._held.written:  # else: not on disk (yet)
            found = cache.place_index(self.key, place_id, passages, self.config)
            if found is not None:
                return found
        return self.index

    def warm(self) -> None:
        """Start reading the saved digest in the background (after the page is drawn)."""
        if self._held is not None and self._held.written:
            cache.warm_digest(self.key, self.config)

    def save_snapshot(self) -> None:
        """Save a snapshot built in this run (after the page is drawn: it takes a while)."""
        held = self._held
        if held is None or held.saved:
            return
        with held.lock:
            if not held.saved:
                held.saved = True
                held.written = write_snapshot(
                    self.config.cache_dir, self.key.snapshot_id, held.snapshot,
                    place_entries(self.index, self.gazetteer.version),
                    corpus_digest(self.corpus, self._counted(self.corpus), self.gazetteer))


@dataclass(frozen=True)
class Context:
    """What a view is drawn from: every view's ``render`` takes one."""

    config: AppConfig
    gazetteer: Gazetteer
    data: AppCorpus
    filters: Filters = NO_FILTERS
    map_options: MapOptions = MapOptions()


def load(config: AppConfig, extra: tuple[ArticleResult, ...]) -> tuple[Gazetteer, AppCorpus,
                                                                       list[str]]:
    """Return the gazetteer, the corpus and the warnings of this run."""
    key = cache.corpus_key(str(config.corpus_dir), tree_stamp(config.corpus_dir),
                           str(config.overrides), file_stamp(config.overrides),
                           tuple(r.article.id for r in extra))
    gaz, problems = cache.gazetteer(key.gazetteer_key())
    data = AppCorpus(config, gaz, key.with_gazetteer(gaz.version), extra)
    warnings = [*problems, *data.failures]
    if not key.files:
        warnings.append(f"No articles in {config.corpus_dir}: add one under “Add an article”.")
    return gaz, data, warnings
