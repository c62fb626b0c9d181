"""One thin wrapper over SQLite for the product's on-disk stores.

The result cache (:mod:`geo.cache`) and the app's map snapshot
(:mod:`geo.app`) are both SQLite files; :class:`Store` owns their
connection, pragmas and schema version so that callers never open SQLite
themselves.  Both stores are caches, so a file written by another schema
version is emptied and rebuilt, never migrated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

#: Keys per ``IN (...)`` query: well under SQLite's variable limit.
CHUNK = 500


class Store:
    """An SQLite database file with a versioned schema.

    Parameters
    ----------
    path : path-like
        The database file; its folder is created.
    schema : sequence of str
        ``CREATE TABLE IF NOT EXISTS ...`` statements.
    version : int
        Schema version (SQLite's ``user_version``).  A file holding another
        version has its tables dropped and made again from *schema*.
    timeout : float
        Seconds a writer waits for another connection's lock before
        :class:`sqlite3.OperationalError`.

    Notes
    -----
    Opened in WAL mode, so readers (the app) never block a writer (the CLI)
    and the reverse.  Writes are grouped by :meth:`transaction` or ended by
    :meth:`commit`.
    """

    def __init__(self, path: str | os.PathLike, *, schema: Sequence[str], version: int,
                 timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=timeout)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._db.execute("PRAGMA journal_mode = WAL")
            found = self._db.execute("PRAGMA user_version").fetchone()[0]
            if found != version:
                with self._db:
                    for (table,) in self._db.execute(
                            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                        self._db.execute(f'DROP TABLE IF EXISTS "{table}"')
                    self._db.execute(f"PRAGMA user_version = {int(version)}")
            with self._db:
                for statement in schema:
                    self._db.execute(statement)
        except BaseException:
            self._db.close()
            raise

    def execute(self, sql: str, params: Sequence = ()) -> sqlite3.Cursor:
        """Run one statement; return its cursor."""
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> sqlite3.Cursor:
        """Run one statement for every row of parameters."""
        return self._db.executemany(sql, rows)

    def select_in(self, sql: str, keys: Iterable) -> Iterator[tuple]:
        """Yield the rows of *sql* for *keys*, ``CHUNK`` keys per query.

        *sql* holds one ``{marks}`` where the ``?`` placeholders go, as in
        ``"SELECT key, blob FROM results WHERE key IN ({marks})"``.
        """
        items = list(dict.fromkeys(keys))
        for i in range(0, len(items), CHUNK):
            part = items[i:i + CHUNK]
            yield from self._db.execute(sql.format(marks=",".join("?" * len(part))), part)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group writes: committed together on success, rolled back on error."""
        with self._db:
            yield self

    def commit(self) -> None:
        """Write pending changes to disk."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close the connection."""
        try:
            self._db.commit()
        finally:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
