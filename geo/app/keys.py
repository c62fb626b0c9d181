"""The one key of every cache of the app: corpus files, gazetteer, overrides, uploads, filters.

A :class:`CacheKey` says which corpus (folder and the stamp of every file
in it), which gazetteer (its version and the override file's digest), which
articles the session added and which filters are chosen.  Every Streamlit
cache of the app is keyed by one, narrowed to what that cache depends on
(:meth:`CacheKey.gazetteer_key`, :meth:`CacheKey.corpus_key`,
:meth:`CacheKey.unfiltered`); the map snapshot on disk by
:attr:`CacheKey.snapshot_id`.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from geo.app.files import corpus_files, file_digest, file_stamp
from geo.app.filters import NO_FILTERS, Filters

__all__ = ["CacheKey", "fingerprint"]


def fingerprint(stamps: Iterable[tuple[str, int, int]]) -> str:
    """Return one hash of ``(path, size, mtime_ns)`` stamps (see :func:`~geo.app.files.file_stamp`).

    Like the result cache's file keys: a changed file changes it without
    being read.
    """
    h = hashlib.sha256()
    for stamp in stamps:
        h.update(f"{stamp!r}\0".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@functools.lru_cache(maxsize=64)
def _digest(path: str, size: int, mtime_ns: int) -> str:
    return file_digest(path) if size >= 0 else ""


@dataclass(frozen=True)
class CacheKey:
    """What the app's data depends on; small, hashable, equal when the data is.

    Build it with :meth:`of`; narrow it for each cache.
    """

    corpus: str = ""  # the corpus folder
    files: int = 0  # how many files the pipeline reads there
    stamps: str = ""  # fingerprint() of their stamps
    overrides: str = ""  # the override file
    overrides_digest: str = ""  # SHA-256 of its content; "" when missing or unreadable
    gazetteer: str = ""  # the gazetteer's version
    extra: tuple[str, ...] = ()  # ids of the articles added in this session
    filters: Filters = NO_FILTERS

    @classmethod
    def of(cls, corpus: str | os.PathLike, overrides: str | os.PathLike, *,
           extra: Iterable[str] = ()) -> CacheKey:
        """Return the key of *corpus* and *overrides* as they stand on disk now.

        Stats every corpus file (reads none); the override file is hashed
        once per size and mtime.
        """
        files = corpus_files(corpus)
        return cls(corpus=str(corpus), files=len(files),
                   stamps=fingerprint(file_stamp(p) for p in files),
                   overrides=str(overrides), overrides_digest=_digest(*file_stamp(overrides)),
                   extra=tuple(extra))

    @property
    def overrides_path(self) -> Path | None:
        """Return the override file to read, or ``None`` when there is none."""
        return Path(self.overrides) if self.overrides and self.overrides_digest else None

    def gazetteer_key(self) -> CacheKey:
        """Return the key of the gazetteer alone: the override file and its content."""
        return CacheKey(overrides=self.overrides, overrides_digest=self.overrides_digest)

    def with_gazetteer(self, version: str) -> CacheKey:
        """Return this key with the gazetteer's *version*."""
        return replace(self, gazetteer=version)

    def corpus_key(self) -> CacheKey:
        """Return the key of the processed corpus folder: no uploads, no filters."""
        return replace(self, extra=(), filters=NO_FILTERS)

    def unfiltered(self) -> CacheKey:
        """Return the key of the whole corpus of the session (uploads, no filters)."""
        return replace(self, filters=NO_FILTERS)

    def with_filters(self, filters: Filters) -> CacheKey:
        """Return the key of the corpus as *filters* select it."""
        return replace(self, filters=filters)

    @property
    def snapshot_id(self) -> str:
        """Return the key of the map snapshot on disk: corpus files, gazetteer, geo's code."""
        from geo.pipeline import code_version

        parts = (code_version(), self.corpus, self.stamps, self.gazetteer, self.overrides_digest)
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
