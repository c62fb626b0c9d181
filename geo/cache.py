"""The on-disk result cache: processed articles keyed by content, code and gazetteer.

:class:`ResultCache` is SQLite with two tables: ``results`` (content key →
pickled :class:`~geo.pipeline.ArticleResult`) and ``files`` (a file as it
stands on disk → its content key), so an unchanged file is found without
reading it.  Keys are made in :mod:`geo.pipeline` (``content_key``).
"""

from __future__ import annotations

import io
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

from geo.errors import StoreError
from geo.model import Article, ArticleResult, Figure, Mention, Place
from geo.pickling import INTERNED_FIELDS
from geo.store import Store, report


def intern_result(result: ArticleResult) -> ArticleResult:
    """Share the strings that repeat across a corpus (kinds, ids, names, units, themes).

    The fields of :data:`geo.pickling.INTERNED_FIELDS`; values are unchanged
    (same type, equal), only shared.  Results read back from pickles are
    already so (they are interned as they are unpickled); this is for
    results made in this process.
    """
    intern = sys.intern
    setattr_ = object.__setattr__
    for items, names in ((result.mentions, INTERNED_FIELDS[Mention]),
                         (result.figures, INTERNED_FIELDS[Figure])):
        for item in items:
            for name in names:
                value = getattr(item, name)
                if type(value) is str:
                    setattr_(item, name, intern(value))
    return result


#: Version of the tables below; a file of another version is emptied.
SCHEMA_VERSION = 1
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, blob BLOB)",
    "CREATE TABLE IF NOT EXISTS files (skey TEXT PRIMARY KEY, key TEXT)",
)


#: New entries are written in batches of this many, or after this many seconds:
#: another process sharing the cache waits for a short write only, never for a
#: whole run, and a killed run keeps every batch written before it died.
BATCH_SIZE, BATCH_SECONDS = 16, 1.0


class ResultCache:
    """Processed articles on disk, keyed by :func:`geo.pipeline.content_key` (SQLite).

    A re-run over an unchanged corpus reads results back instead of
    processing; a change to an article, the gazetteer or the code changes
    the key, so stale entries are simply never read.  A second table maps
    each file as it stands on disk (path, size, times, inode: see
    ``geo.work.stat_key``) to its content key, so an unchanged file is found without
    reading it; a file whose stat changed is read and looked up by content.

    Several processes may share one cache (the app and the command line):
    new entries are written in short batches (:data:`BATCH_SIZE`), so none
    holds the write lock for long.  The cache is never fatal: an unreadable
    file is moved aside and rebuilt (:class:`geo.store.Store`), and any other
    problem met during a run (a read-only file, a lock held too long) is
    said in one line through *warn*, after which the cache is left out: reads
    miss, writes are dropped.

    Parameters
    ----------
    directory : path-like
        The cache folder (``results.sqlite`` in it).
    warn : callable, optional
        Takes a one-line message; default: a line on stderr.

    Raises
    ------
    geo.errors.StoreError
        When the cache cannot be opened at all (a read-only folder...).
    """

    def __init__(self, directory, *, warn: Callable[[str], None] | None = None) -> None:
        self.path = Path(directory) / "results.sqlite"
        self._warn = warn or report
        self._db: Store | None = Store(self.path, schema=_SCHEMA, version=SCHEMA_VERSION,
                                       warn=self._warn)
        self._results: dict[str, bytes] = {}  # written at the next flush
        self._files: dict[str, str] = {}
        self._flushed = time.monotonic()

    def _use(self, op: Callable[[Store], object], default):
        """Run *op* on the store; on a problem, say it once and go on without the cache."""
        if self._db is None:
            return default
        try:
            return op(self._db)
        except StoreError as err:
            if not err.rebuilt:  # rebuilt: said by the store, and usable again (empty)
                self._warn(f"cache disabled: {err}")
                self._db.abandon()
                self._db = None
            return default

    @property
    def enabled(self) -> bool:
        """Whether the cache is still in use (a problem during the run leaves it out)."""
        return self._db is not None

    def get(self, key: str) -> ArticleResult | None:
        """Return the cached result for *key*, or ``None``."""
        blob = self.get_blob(key)
        if blob is None:
            return None
        try:
            return pickle.loads(blob)
        except Exception:  # an entry from an incompatible version: treat as a miss
            return None

    def keys(self) -> frozenset[str]:
        """Return every content key held."""
        held = self._use(lambda db: db.rows("SELECT key FROM results"), [])
        return frozenset(k for (k,) in held) | frozenset(self._results)

    def get_blob(self, key: str) -> bytes | None:
        """Return the pickled result for *key*, or ``None``."""
        if key in self._results:
            return self._results[key]
        found = self._use(lambda db: db.rows("SELECT blob FROM results WHERE key = ?", (key,)),
                          [])
        return found[0][0] if found else None

    def get_by_stat(self, skeys: dict, each=None) -> dict:
        """Return ``{id: result}`` for the ids whose file key (``{id: skey}``) is cached.

        One query per 500 keys; unreadable entries are left out (misses).
        *each* (``result -> result``), if given, is applied to each result
        read, and what it returns is kept.
        """
        by_skey: dict[str, list] = {}
        for ident, skey in skeys.items():
            by_skey.setdefault(skey, []).append(ident)
        out: dict = {}

        def read(db: Store) -> None:  # a chunk of blobs at a time, not all (400 MB at 10k)
            for skey, blob in db.select_in(
                    "SELECT f.skey, r.blob FROM files f JOIN results r ON r.key = f.key "
                    "WHERE f.skey IN ({marks})", by_skey):
                try:
                    result = pickle.loads(blob)
                except Exception:
                    continue
                if each is not None:
                    result = each(result)
                for ident in by_skey[skey]:
                    out[ident] = result

        self._use(read, None)  # a problem midway: what was read is kept, the rest are misses
        return out

    def content_keys(self, skeys) -> dict[str, str]:
        """Return ``{file key: content key}`` for the file keys the cache knows."""
        return dict(self._use(lambda db: list(db.select_in(
            "SELECT f.skey, f.key FROM files f JOIN results r ON r.key = f.key "
            "WHERE f.skey IN ({marks})", skeys)), []))

    def put(self, key: str, result: ArticleResult) -> None:
        """Store *result* under *key* (written with the next batch)."""
        self.put_blob(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_blob(self, key: str, blob: bytes) -> None:
        """Store an already pickled result under *key* (written with the next batch)."""
        if self._db is not None:
            self._results[key] = blob
            self._maybe_flush()

    def put_stat(self, skey: str, key: str) -> None:
        """Remember that the file with key *skey* has the content key *key*."""
        if self._db is not None:
            self._files[skey] = key
            self._maybe_flush()

    def _maybe_flush(self) -> None:
        pending = len(self._results) + len(self._files)
        if pending >= BATCH_SIZE or time.monotonic() - self._flushed >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Write pending entries to disk, in one short transaction."""
        results, files = self._results, self._files
        self._results, self._files = {}, {}
        self._flushed = time.monotonic()
        if not (results or files):
            return

        def write(db: Store) -> None:
            with db.transaction():
                db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", results.items())
                db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?)", files.items())

        self._use(write, None)

    def close(self) -> None:
        """Write pending entries and close the database."""
        self.commit()
        db, self._db = self._db, None
        if db is not None:
            try:
                db.close()
            except StoreError as err:
                self._warn(f"cache disabled: {err}")

    def articles(self, keys) -> dict[str, Article]:
        """Return ``{content key: Article}`` for the *keys* the cache holds.

        Lets a caller keep only content keys (see
        :func:`geo.pipeline.content_key`) and read an article's text back
        when it is needed; unreadable or missing entries are left out.
        """
        out: dict[str, Article] = {}
        rows = self._use(lambda db: list(db.select_in(
            "SELECT key, blob FROM results WHERE key IN ({marks})", keys)), [])
        for key, blob in rows:
            try:
                out[key] = article_of(blob)
            except Exception:
                continue
        return out


class _Stop(Exception):
    """The article is read: the rest of the pickle is not needed."""


class _ArticleOnly(pickle.Unpickler):
    """Read the article of a pickled :class:`~geo.model.ArticleResult`, and stop there.

    A result pickles as ``ArticleResult(article, mentions, figures)``, each
    object as its class and values (:mod:`geo.model`), the article first: the
    article is made before any mention's class is looked up, and reading
    stops at that look-up, so the mentions and figures (most of the time of
    a whole read) are never made.
    """

    article: Article | None = None

    def find_class(self, module, name):
        cls = super().find_class(module, name)
        if cls is Article:
            return self._article
        if cls is Mention or cls is Figure:
            raise _Stop
        return cls

    def _article(self, *values) -> Article:
        self.article = Article(*values)
        return self.article


def article_of(blob: bytes) -> Article:
    """Return the article of a pickled result without making its mentions and figures.

    Raises
    ------
    Exception
        Whatever unpickling raises for a blob that is not a pickled result.
    """
    reader = _ArticleOnly(io.BytesIO(blob))
    try:
        result = reader.load()
    except _Stop:
        if reader.article is None:
            raise
        return reader.article
    if not isinstance(result, ArticleResult):
        raise TypeError(f"not a pickled result: {type(result).__name__}")
    return result.article


#: The name automaton beside the results: ``automaton-<key>.pickle`` (see :func:`save_automaton`).
AUTOMATON_FILES = "automaton-*.pickle"


def _automaton_path(directory, key: str) -> Path:
    return Path(directory) / f"automaton-{key}.pickle"


def save_automaton(directory, gazetteer, key: str) -> bool:
    """Write the name automaton of *gazetteer* (if built) into the cache folder under *key*.

    *key* names the code and the gazetteer (``geo.pipeline.automaton_key``).
    Places are written as their ids and read back as the gazetteer's own
    objects, so the file is small (1.6 MB) and loading it (0.05-0.1 s) is
    much cheaper than building (0.45 s).  Older keys' files are removed.
    Returns whether the file is there; a failure is never an error.
    """
    import io

    from geo.files import atomic_write_bytes
    from geo.mentions._index import MEMO_KEY

    index = gazetteer.memo.get(MEMO_KEY)
    path = _automaton_path(directory, key)
    if index is None:
        return path.is_file()
    if path.is_file():
        return True
    buf = io.BytesIO()
    try:
        _PlacePickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(index)
        atomic_write_bytes(path, buf.getvalue())
    except Exception:  # a cache: never fatal
        return False
    for stale in Path(directory).glob(AUTOMATON_FILES):
        if stale != path:
            stale.unlink(missing_ok=True)
    return True


def load_automaton(directory, gazetteer, key: str) -> bool:
    """Put the automaton saved under *key* into ``gazetteer.memo``; return whether it is there.

    An unreadable file is left alone (the automaton is built as usual).
    """
    import io

    from geo.mentions._index import MEMO_KEY, NameAutomaton

    if MEMO_KEY in gazetteer.memo:
        return True
    try:
        data = _automaton_path(directory, key).read_bytes()
        index = _PlaceUnpickler(io.BytesIO(data), gazetteer).load()
    except Exception:
        return False
    if not isinstance(index, NameAutomaton):
        return False
    gazetteer.memo.setdefault(MEMO_KEY, index)
    return True


class _PlacePickler(pickle.Pickler):
    """Pickles each :class:`~geo.model.Place` as its id."""

    def persistent_id(self, obj):
        """Return the place id of a place, ``None`` (pickle as usual) for anything else."""
        return obj.id if type(obj) is Place else None


class _PlaceUnpickler(pickle.Unpickler):
    """Reads the places of :class:`_PlacePickler` back from the gazetteer."""

    def __init__(self, file, gazetteer) -> None:
        super().__init__(file)
        self._gazetteer = gazetteer

    def persistent_load(self, pid):
        """Return the gazetteer's place *pid*; a missing one makes the file unusable."""
        place = self._gazetteer.get(pid)
        if place is None or place.id != pid:
            raise pickle.UnpicklingError(f"no place {pid!r}")
        return place
