"""The map snapshot: what the app's first view needs, saved so that a warm start skips the corpus.

A :class:`MapSnapshot` holds the unfiltered layers, the filter options and
per-place mention counts; beside it, per place, that place's mentions and
figures and the result-cache keys of the articles they come from
(:func:`place_entries`).  Both are saved in ``app-snapshot.sqlite`` in the
cache folder (a :class:`geo.store.Store`) under the key's
:attr:`~geo.app.keys.CacheKey.snapshot_id`, so a start with a snapshot shows
the map without reading the corpus, and a click reads one place's row and
its few articles back (:func:`load_place_index`).

The store is a cache: every read that fails is ``None`` (the caller builds
again), every write that fails is ``False``; an unreadable file is moved
aside and rebuilt by :class:`geo.store.Store`, with one line on stderr.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from geo.app.digest import CorpusDigest
from geo.app.filters import FilterOptions, filter_options
from geo.app.index import CorpusIndex
from geo.app.timeline import article_counts
from geo.layers.registry import LAYERS
from geo.model import Article, Corpus, Figure, Mention
from geo.store import Store

__all__ = ["SNAPSHOT_FILE", "MapSnapshot", "PlaceEntry", "load_place_index", "map_snapshot",
           "narrow_entry", "needed_articles", "place_entries", "place_index", "read_digest",
           "read_snapshot", "read_snapshot_place", "write_snapshot"]

#: The snapshot's file in the cache folder.
SNAPSHOT_FILE = "app-snapshot.sqlite"
#: Version of the tables below; a file of another version is emptied.
SCHEMA_VERSION = 4  # 2: the timeline's article counts; 3: the digest; 4: PlaceEntry
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, blob BLOB)",
    "CREATE TABLE IF NOT EXISTS digests (key TEXT PRIMARY KEY, blob BLOB)",
    "CREATE TABLE IF NOT EXISTS places (key TEXT, place TEXT, blob BLOB, "
    "PRIMARY KEY (key, place))",
)

#: Body mentions (and as many furniture mentions, and figures) one place's row keeps: the
#: first ones, in corpus order.  The panel shows the first passages and figures of a
#: place and how many there are in all; a place of 41,000 mentions and 111,000 figures
#: (the province, at 10,000 articles) is then read in milliseconds, not seconds.
ENTRY_LIMIT = 1000


@dataclass(frozen=True)
class PlaceEntry:
    """One place's row of the snapshot: its first mentions and figures, and how many in all.

    ``keys`` gives the result-cache content key of the article of every
    mention and figure kept (the passages' articles are read back from
    it); ``titles`` their ``(title, date)`` (a figure's row needs no more).
    """

    mentions: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    body: int = 0  # body mentions in all
    furniture: int = 0  # furniture mentions in all
    figure_count: int = 0  # figures in all

    @property
    def complete(self) -> bool:
        """Whether every mention and figure of the place is kept."""
        return (len(self.mentions) == self.body + self.furniture
                and len(self.figures) == self.figure_count)

    def totals(self) -> tuple[int, int, int]:
        """Return ``(body mentions, furniture mentions, figures)`` of the place in all."""
        return self.body, self.furniture, self.figure_count


@dataclass(frozen=True)
class MapSnapshot:
    """What the first view of the app needs, without the corpus itself."""

    layers: dict  # every layer, the columns its map embeds only
    options: FilterOptions
    article_count: int
    failures: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # mentions per place (search)
    #: per article: date, mentions, figures (the timeline, geo.app.timeline)
    articles: tuple = ()


def map_snapshot(corpus: Corpus, index: CorpusIndex, layers: Mapping) -> MapSnapshot:
    """Return the :class:`MapSnapshot` of a processed corpus and its unfiltered layers.

    The snapshot keeps the columns the map embeds (``Layer.map_columns``):
    the export's own (a place's articles and figure groups as JSON) are a
    few hundred megabytes at 100,000 articles, and the exports are made
    from the corpus.
    """
    return MapSnapshot(
        layers=LAYERS.map_only(layers),
        options=filter_options(index),
        article_count=len(index.articles),
        failures=tuple(f.message() for f in corpus.failures),
        counts=index.mention_counts(),
        articles=article_counts(index),
    )


def place_entries(index: CorpusIndex, gazetteer_version: str, *, limit: int = ENTRY_LIMIT,
                  keys: Mapping[str, str] | None = None) -> dict[str, PlaceEntry]:
    """Return the :class:`PlaceEntry` of every place the corpus mentions or has figures about.

    Each keeps the first *limit* body mentions, furniture mentions and
    figures of its place.  The content keys are those of the result cache
    (:func:`geo.pipeline.content_key`): the articles are read back from it
    on a click (:func:`load_place_index`); given as *keys* when the index's
    articles are held without their texts (the key hashes the text).
    """
    from geo.pipeline import content_key

    keys = dict(keys or {})

    def key(aid: str) -> str:
        if aid not in keys:
            keys[aid] = content_key(index.articles[aid], gazetteer_version)
        return keys[aid]

    out: dict[str, PlaceEntry] = {}
    for pid in set(index.mentions_by_place) | set(index.figures_by_place):
        mentions = index.mentions_by_place.get(pid, ())
        body = [m for m in mentions if m.in_body]
        furniture = [m for m in mentions if not m.in_body]
        figures = index.figures_by_place.get(pid, ())
        kept = tuple(body[:limit]) + tuple(furniture[:limit])
        shown = tuple(figures[:limit])
        aids = [a for a in dict.fromkeys([m.article for m in kept] + [f.article for f in shown])
                if a in index.articles]
        out[pid] = PlaceEntry(
            kept, shown, {a: key(a) for a in aids},
            {a: (index.articles[a].title, index.articles[a].date) for a in aids},
            len(body), len(furniture), len(figures))
    return out


def place_index(place_id: str, entry: PlaceEntry | None,
                articles: Mapping[str, Article]) -> CorpusIndex:
    """Return a :class:`CorpusIndex` of one place: enough for :func:`geo.app.panel.place_panel`.

    Parameters
    ----------
    place_id : str
        The place.
    entry : PlaceEntry or None
        The place's entry from :func:`place_entries`; its totals go with the
        index when it keeps the first mentions and figures only.
    articles : mapping
        ``{article id: Article}`` of the articles whose passages the panel
        shows (see :func:`needed_articles`); the other articles of the entry
        are given by their title and date only.
    """
    entry = entry or PlaceEntry()
    known = entry.keys
    mentions = tuple(m for m in entry.mentions if m.article in known)
    figures = tuple(f for f in entry.figures if f.article in known)
    records = {aid: Article(id=aid, text="", title=title, date=date)
               for aid, (title, date) in entry.titles.items() if aid not in articles}
    records.update(articles)
    return CorpusIndex(records, {}, {},
                       {place_id: mentions} if mentions else {},
                       {place_id: figures} if figures else {},
                       totals={} if entry.complete else {place_id: entry.totals()})


def narrow_entry(entry: PlaceEntry, articles: Collection[str] | None = None,
                 themes: Collection[str] | None = None) -> PlaceEntry | None:
    """Return what filters keeping *articles* and figures of *themes* leave of *entry*.

    ``None`` keeps every article, every theme.  What :meth:`Filters.apply
    <geo.app.filters.Filters.apply>` keeps of one place when it keeps
    mentions (no kind filter).  ``None`` when *entry* keeps the first
    mentions and figures only (their numbers under the filters are unknown).
    """
    if not entry.complete:
        return None
    mentions, figures, keys = entry.mentions, entry.figures, entry.keys
    if articles is not None:
        keys = {aid: k for aid, k in keys.items() if aid in articles}
        mentions = tuple(m for m in mentions if m.article in keys)
    figures = tuple(f for f in figures
                    if f.article in keys and (themes is None or f.theme in themes))
    body = sum(1 for m in mentions if m.in_body)
    titles = {aid: t for aid, t in entry.titles.items() if aid in keys}
    return PlaceEntry(mentions, figures, keys, titles, body, len(mentions) - body, len(figures))


def needed_articles(entry: PlaceEntry, passages: int | None = None) -> list[str]:
    """Return the ids of the articles whose passages the panel of *entry* shows.

    Those of its body passages, or with *passages*, of the first *passages*
    of them (a figure's row needs its article's title and date only: the
    entry has them).
    """
    body = [m for m in entry.mentions if m.in_body and m.article in entry.keys]
    return list(dict.fromkeys(m.article for m in body[:passages]))


def _store(directory: str | os.PathLike) -> Store:
    return Store(Path(directory) / SNAPSHOT_FILE, schema=_SCHEMA, version=SCHEMA_VERSION,
                 timeout=5)


def _has_snapshot(directory: str | os.PathLike, key: str) -> bool:
    path = Path(directory) / SNAPSHOT_FILE
    if not path.is_file():
        return False
    try:
        with _store(directory) as db:
            return db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None
    except Exception:  # a cache problem is never an error of the app
        return False


def _read(directory: str | os.PathLike, sql: str, params: tuple):
    path = Path(directory) / SNAPSHOT_FILE
    if not path.is_file():
        return None
    try:
        with _store(directory) as db:  # an unreadable file is moved aside and rebuilt
            found = db.rows(sql, params)
        return pickle.loads(found[0][0]) if found else None
    except Exception:  # a cache problem is never an error of the app
        return None


def read_snapshot(directory: str | os.PathLike, key: str) -> MapSnapshot | None:
    """Return the saved :class:`MapSnapshot` of *key*, or ``None``."""
    found = _read(directory, "SELECT blob FROM meta WHERE key = ?", (key,))
    return found if isinstance(found, MapSnapshot) else None


def read_digest(directory: str | os.PathLike, key: str) -> CorpusDigest | None:
    """Return the :class:`~geo.app.digest.CorpusDigest` saved with snapshot *key*, or ``None``."""
    found = _read(directory, "SELECT blob FROM digests WHERE key = ?", (key,))
    return found if isinstance(found, CorpusDigest) else None


def read_snapshot_place(directory: str | os.PathLike, key: str,
                        place_id: str) -> PlaceEntry | None:
    """Return the saved :class:`PlaceEntry` of *place_id* in snapshot *key*, or ``None``."""
    found = _read(directory, "SELECT blob FROM places WHERE key = ? AND place = ?",
                  (key, place_id))
    return found if isinstance(found, PlaceEntry) else None


def write_snapshot(directory: str | os.PathLike, key: str, snapshot: MapSnapshot,
                   places: Mapping[str, PlaceEntry], digest: CorpusDigest | None = None) -> bool:
    """Save *snapshot*, its place entries and the corpus's *digest* under *key*; older ones go.

    Without a *digest*, filter changes read the whole corpus.

    Returns ``False`` (and leaves the file as it was) when it cannot be written.
    """
    dump = pickle.HIGHEST_PROTOCOL
    try:
        with _store(directory) as db, db.transaction():
            db.execute("DELETE FROM meta WHERE key != ?", (key,))
            db.execute("DELETE FROM places WHERE key != ?", (key,))
            db.execute("DELETE FROM digests WHERE key != ?", (key,))
            db.executemany("INSERT OR REPLACE INTO places VALUES (?, ?, ?)",
                           ((key, pid, pickle.dumps(entry, protocol=dump))
                            for pid, entry in places.items()))
            if digest is not None:
                db.execute("INSERT OR REPLACE INTO digests VALUES (?, ?)",
                           (key, pickle.dumps(digest, protocol=dump)))
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                       (key, pickle.dumps(snapshot, protocol=dump)))
        return True
    except Exception:
        return False


def load_place_index(directory: str | os.PathLike, key: str, place_id: str, *,
                     passages: int | None = None, articles: Collection[str] | None = None,
                     themes: Collection[str] | None = None) -> CorpusIndex | None:
    """Return the index of one place read from snapshot *key* and the result cache.

    With *passages*, only the articles of the first *passages* passages are
    read (a place of 1,500 articles whose panel shows 20 passages: 1,500
    reads otherwise; a figure's row takes its article's title and date from
    the entry); give the panel the same limit.  A place the snapshot does
    not know gets an empty index (the panel then shows the gazetteer's
    record).  ``None`` when snapshot *key* is not (or no longer) in the
    store — another key's snapshot replaced it, e.g. while the override file
    was edited and put back —, when its articles cannot all be read back, or
    when more is asked than the place's row keeps (every passage of a place
    of more than :data:`ENTRY_LIMIT` mentions, or such a place under
    filters): the caller uses the whole corpus.

    *articles* and *themes* narrow the place to what filters of dates,
    articles and themes keep of it (see :func:`narrow_entry`).
    """
    from geo.cache import ResultCache

    entry = read_snapshot_place(directory, key, place_id)
    if entry is None:
        if not _has_snapshot(directory, key):
            return None
        return place_index(place_id, None, {})
    wanted_body = entry.body if passages is None else min(passages, entry.body)
    if wanted_body > sum(1 for m in entry.mentions if m.in_body):
        return None  # more passages asked for than the row keeps
    if articles is not None or themes is not None:
        entry = narrow_entry(entry, articles, themes)
        if entry is None:
            return None
    wanted = {aid: entry.keys[aid] for aid in needed_articles(entry, passages)}
    try:
        cache = ResultCache(directory)
        try:
            by_key = cache.articles(wanted.values())
        finally:
            cache.close()
    except Exception:  # an unusable cache: the caller uses the whole corpus
        return None
    read = {aid: by_key[k] for aid, k in wanted.items() if k in by_key}
    if len(read) < len(wanted):
        return None
    return place_index(place_id, entry, read)
