"""The on-disk result cache: processed articles keyed by content, code and gazetteer.

:class:`ResultCache` is SQLite with two tables: ``results`` (content key →
pickled :class:`~geo.pipeline.ArticleResult`) and ``files`` (a file as it
stands on disk → its content key), so an unchanged file is found without
reading it.  Keys are made in :mod:`geo.pipeline` (``content_key``).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from geo.model import Article, Figure, Mention
from geo.store import Store

if TYPE_CHECKING:
    from geo.model import ArticleResult


_INTERNED = {
    Mention: ("kind", "precision", "method", "place_id", "name", "legacy_unit", "legacy_name",
              "successor", "successor_name", "marker_series"),
    Figure: ("unit", "subject", "theme", "qualifier", "period", "date", "place_name",
             "scope_reason"),
}


def intern_result(result: ArticleResult) -> ArticleResult:
    """Share the strings that repeat across a corpus (kinds, ids, names, units, themes).

    Results unpickled one by one each carry their own copies; at 10,000
    articles that is a few hundred thousand small strings.  Values are
    unchanged (same type, equal), only shared.
    """
    intern = sys.intern
    setattr_ = object.__setattr__
    for items, names in ((result.mentions, _INTERNED[Mention]),
                         (result.figures, _INTERNED[Figure])):
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


class ResultCache:
    """Processed articles on disk, keyed by :func:`geo.pipeline.content_key` (SQLite).

    A re-run over an unchanged corpus reads results back instead of
    processing; a change to an article, the gazetteer or the code changes
    the key, so stale entries are simply never read.  A second table maps
    each file as it stands on disk (path, size, times, inode: see
    ``geo.pipeline._stat_key``) to its content key, so an unchanged file is found without
    reading it; a file whose stat changed is read and looked up by content.
    """

    def __init__(self, directory) -> None:
        self.path = Path(directory) / "results.sqlite"
        self._db = Store(self.path, schema=_SCHEMA, version=SCHEMA_VERSION)

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
        return frozenset(k for (k,) in self._db.execute("SELECT key FROM results"))

    def get_blob(self, key: str) -> bytes | None:
        """Return the pickled result for *key*, or ``None``."""
        row = self._db.execute("SELECT blob FROM results WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def get_by_stat(self, skeys: dict) -> dict:
        """Return ``{id: result}`` for the ids whose file key (``{id: skey}``) is cached.

        One query per 500 keys; unreadable entries are left out (misses).
        """
        by_skey: dict[str, list] = {}
        for ident, skey in skeys.items():
            by_skey.setdefault(skey, []).append(ident)
        out: dict = {}
        rows = self._db.select_in(
            "SELECT f.skey, r.blob FROM files f JOIN results r ON r.key = f.key "
            "WHERE f.skey IN ({marks})", by_skey)
        for skey, blob in rows:
            try:
                result = intern_result(pickle.loads(blob))
            except Exception:
                continue
            for ident in by_skey[skey]:
                out[ident] = result
        return out

    def content_keys(self, skeys) -> dict[str, str]:
        """Return ``{file key: content key}`` for the file keys the cache knows."""
        return dict(self._db.select_in(
            "SELECT f.skey, f.key FROM files f JOIN results r ON r.key = f.key "
            "WHERE f.skey IN ({marks})", skeys))

    def put(self, key: str, result: ArticleResult) -> None:
        """Store *result* under *key* (committed by :meth:`commit`)."""
        self.put_blob(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_blob(self, key: str, blob: bytes) -> None:
        """Store an already pickled result under *key*."""
        self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, blob))

    def put_stat(self, skey: str, key: str) -> None:
        """Remember that the file with key *skey* has the content key *key*."""
        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (skey, key))

    def commit(self) -> None:
        """Write pending entries to disk."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close the database."""
        self._db.close()

    def articles(self, keys) -> dict[str, Article]:
        """Return ``{content key: Article}`` for the *keys* the cache holds.

        Lets a caller keep only content keys (see
        :func:`geo.pipeline.content_key`) and read an article's text back
        when it is needed; unreadable or missing entries are left out.
        """
        out: dict[str, Article] = {}
        for key, blob in self._db.select_in(
                "SELECT key, blob FROM results WHERE key IN ({marks})", keys):
            try:
                out[key] = pickle.loads(blob).article
            except Exception:
                continue
        return out


def load_articles(cache: ResultCache, keys) -> dict[str, Article]:
    """Return ``{content key: Article}`` for *keys* (see :meth:`ResultCache.articles`)."""
    return cache.articles(keys)
