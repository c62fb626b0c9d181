"""One thin wrapper over SQLite for the product's on-disk stores.

The result cache (:mod:`geo.cache`) and the app's map snapshot
(:mod:`geo.app`) are both SQLite files; :class:`Store` owns their
connection, pragmas and schema version so that callers never open SQLite
themselves.  Both stores are caches, so a file written by another schema
version is emptied and rebuilt, never migrated, and a cache is never fatal:

- an unreadable file (garbled pages, a truncated or random file, tables of
  another layout) is moved aside as ``<name>.corrupt-<time>`` (see
  :func:`quarantine`) and made again, empty; one line on stderr says so;
- any other problem (a read-only file or folder, a lock held too long) is
  :class:`~geo.errors.StoreError`, whose one-line message the caller reports
  before going on without the cache.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from geo.errors import StoreError

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
                 timeout: float = 30.0, warn: Callable[[str], None] | None = None) -> None:
        self.path = Path(path)
        self._schema, self._version, self._timeout = tuple(schema), version, timeout
        self._warn = warn or report
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"{self.path.parent}: {err.strerror or err}") from err
        try:
            self._db = self._open()
        except sqlite3.Error as err:
            if not unreadable(err):
                raise StoreError(f"{self.path}: {_reason(err)}") from err
            self._db = self._rebuild(err)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self._timeout)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never corrupt
            found = db.execute("PRAGMA user_version").fetchone()[0]
            if found != self._version:
                with db:
                    for (table,) in db.execute(
                            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                        db.execute(f'DROP TABLE IF EXISTS "{table}"')
                    db.execute(f"PRAGMA user_version = {int(self._version)}")
            with db:
                for statement in self._schema:
                    db.execute(statement)
            _check_layout(db, self._schema)
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, err: sqlite3.Error) -> sqlite3.Connection:
        """Move the unreadable file aside, say so in one line, open a new one."""
        with contextlib.suppress(Exception):
            self._db.close()
        try:
            moved = quarantine(self.path)
            db = self._open()
        except (OSError, sqlite3.Error) as again:
            raise StoreError(f"{self.path}: unreadable ({_reason(err)}) and could not be "
                             f"rebuilt: {_reason(again)}") from again
        self._warn(f"cache {self.path}: unreadable ({_reason(err)}); moved aside as "
                   f"{moved.name} and rebuilt")
        return db

    def _failed(self, err: sqlite3.Error) -> StoreError:
        """Return the :class:`StoreError` of *err*, after rebuilding an unreadable file."""
        if unreadable(err):
            self._db = self._rebuild(err)
            return StoreError(f"{self.path}: {_reason(err)}", rebuilt=True)
        return StoreError(f"{self.path}: {_reason(err)}")

    def execute(self, sql: str, params: Sequence = ()) -> sqlite3.Cursor:
        """Run one statement; return its cursor (fetch its rows with :meth:`rows`)."""
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as err:
            raise self._failed(err) from err

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Return every row of one query."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise self._failed(err) from err

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> sqlite3.Cursor:
        """Run one statement for every row of parameters."""
        try:
            return self._db.executemany(sql, rows)
        except sqlite3.Error as err:
            raise self._failed(err) from err

    def select_in(self, sql: str, keys: Iterable) -> Iterator[tuple]:
        """Yield the rows of *sql* for *keys*, ``CHUNK`` keys per query.

        *sql* holds one ``{marks}`` where the ``?`` placeholders go, as in
        ``"SELECT key, blob FROM results WHERE key IN ({marks})"``.
        """
        items = list(dict.fromkeys(keys))
        for i in range(0, len(items), CHUNK):
            part = items[i:i + CHUNK]
            yield from self.rows(sql.format(marks=",".join("?" * len(part))), part)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group writes: committed together on success, rolled back on error."""
        try:
            with self._db:
                yield self
        except sqlite3.Error as err:
            raise self._failed(err) from err

    def commit(self) -> None:
        """Write pending changes to disk."""
        try:
            self._db.commit()
        except sqlite3.Error as err:
            raise self._failed(err) from err

    def close(self) -> None:
        """Commit and close the connection."""
        try:
            self._db.commit()
        except sqlite3.Error as err:
            raise self._failed(err) from err
        finally:
            self._db.close()

    def abandon(self) -> None:
        """Close the connection without writing anything more (after a failure)."""
        with contextlib.suppress(Exception):
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def unreadable(err: BaseException) -> bool:
    """Whether *err* says the file is not a usable database of ours (not: locked, read-only)."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    return isinstance(err, _LayoutError)


def quarantine(path: str | os.PathLike) -> Path:
    """Move an unreadable cache file (and its ``-wal``/``-shm``) aside; return its new path.

    The new name is ``<name>.corrupt-<UTC time>``: kept for a post-mortem,
    never read again, safe to delete.
    """
    path = Path(path)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    for side in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.replace(f"{path}{side}", f"{target}{side}")
    return target


def report(message: str) -> None:
    """Say one line on stderr about a cache (the default of :class:`Store`'s ``warn``)."""
    print(f"geo: {' '.join(message.split())}", file=sys.stderr)


class _LayoutError(sqlite3.DatabaseError):
    """The file's tables are not those of the schema (a file of another program or version)."""


def _check_layout(db: sqlite3.Connection, schema: Sequence[str]) -> None:
    reference = sqlite3.connect(":memory:")
    try:
        for statement in schema:
            reference.execute(statement)
        tables = [t for (t,) in reference.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            want = [r[1:3] for r in reference.execute(f'PRAGMA table_info("{table}")')]
            have = [r[1:3] for r in db.execute(f'PRAGMA table_info("{table}")')]
            if have != want:
                raise _LayoutError(f"table {table} has columns {[c for c, _ in have]}, "
                                   f"not {[c for c, _ in want]}")
    finally:
        reference.close()


def _reason(err: BaseException) -> str:
    return " ".join(str(getattr(err, "strerror", None) or err).split())
