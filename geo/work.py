"""One file's work: read it, key it, process it, here or in a worker process.

What :func:`geo.pipeline.process_corpus` runs per file, in its own process,
in a pool worker (:func:`work_file`) or on a Dask worker
(:mod:`geo.cluster`): reading, the cache keys (:func:`content_key`,
:func:`stat_key`), a time budget, the per-article function it is given
(:func:`geo.pipeline.process_article`), and storing a new result in the
cache from the pool worker itself.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from pathlib import Path

from geo.errors import GeoError, TimeBudgetError
from geo.model import Article, ArticleResult, Failure, Gazetteer


def content_key(article: Article, gazetteer_version: str) -> str:
    """Return the cache key of *article*: its content, metadata, code and gazetteer."""
    h = hashlib.sha256()
    for part in (code_version(), gazetteer_version, article.id, article.path or "",
                 article.date or "", article.title or "", article.outlet or "",
                 article.encoding, article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _safe_process(article: Article, gazetteer, process) -> ArticleResult | Failure:
    """Process one article; any error becomes a Failure naming it, so a batch goes on."""
    name = article.path or article.id
    try:
        return process(article, gazetteer)
    except TimeBudgetError:
        raise  # said by process_file
    except GeoError as err:
        reason = str(err)
    except Exception as err:  # a bug met on one article must not stop the batch
        reason = f"unexpected error: {type(err).__name__}: {err}"
    reason = " ".join(reason.split())  # one line
    return Failure(name, reason if reason.startswith(name) else f"{name}: {reason}")


#: What became of one file (see :func:`process_file`).
NEW, HIT, READ_FAILED, FAILED = "new", "hit", "read-failed", "failed"


def stat_key(path: str, meta, max_bytes: int, version: str) -> str | None:
    """Key of a file as it stands on disk (path, size, times, inode) and its manifest row.

    An unchanged file keeps its key, so a re-run finds its result without
    reading the file; any change to the file (or to its row, the code or the
    gazetteer) gives a new key, and the file is read and keyed by content.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    if st.st_size > max_bytes:
        return None  # read it: reading reports the size limit
    h = hashlib.sha256()
    for part in (code_version(), version, path, repr(sorted((meta or {}).items())),
                 f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def process_file(path: str, meta, max_bytes: int, gazetteer, version: str, lookup, process,
                  budget: float | None = None, *, pickled: bool = True):
    """Read, key and process one file: ``(status, result or failure, content key, pickle)``.

    *process* is the per-article function (``process_article``).  With
    *lookup* (content key → pickled result or ``None``), a file whose content
    is already in the cache is not processed again (status ``HIT``).
    Past *budget* seconds (reading and processing), the file is a failure.
    Without *pickled* (no cache to store it, no process to send it to), a new
    result's pickle is ``None``.
    """
    from geo.budget import time_budget

    try:
        with time_budget(budget, path):
            return _read_and_process(path, meta, max_bytes, gazetteer, version, lookup,
                                     process, pickled)
    except TimeBudgetError as err:
        return FAILED, Failure(path, str(err)), None, None


def _read_and_process(path: str, meta, max_bytes: int, gazetteer, version: str, lookup,
                      process, pickled: bool = True):
    from geo.errors import ArticleError
    from geo.reading.read import read_article

    try:
        article = read_article(path, max_bytes=max_bytes, meta=meta)
    except TimeBudgetError:
        raise
    except ArticleError as err:
        return READ_FAILED, Failure(path, str(err)), None, None
    except Exception as err:  # a bug or a library failure on one file: report, go on
        return (READ_FAILED, Failure(path, f"{path}: unexpected error: "
                                            f"{type(err).__name__}: {err}"), None, None)
    key = content_key(article, version)
    blob = lookup(key) if lookup is not None else None
    if blob is not None:
        return HIT, None, key, blob
    outcome = _safe_process(article, gazetteer, process)
    if isinstance(outcome, Failure):
        return FAILED, outcome, None, None
    return NEW, outcome, key, (pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
                               if pickled else None)


_WORKER_GAZETTEER = None
_WORKER_STATE: dict = {}


def init_worker(gazetteer, max_bytes: int | None = None, known=frozenset(),
                 parent: int | None = None, budget: float | None = None,
                 cache_dir: str | None = None, process=None) -> None:
    """Set up a pool worker: its gazetteer, limits, the cache's keys, its own cache connection."""
    global _WORKER_GAZETTEER  # one gazetteer per worker process, set once
    if parent is not None:
        _die_with_parent(parent)
    _WORKER_GAZETTEER = gazetteer
    _WORKER_STATE.clear()
    _WORKER_STATE.update(max_bytes=max_bytes, known=known, budget=budget, cache=None,
                         process=process)
    if cache_dir is not None:
        _WORKER_STATE["cache"] = _worker_cache(cache_dir)


def _worker_cache(cache_dir: str):
    """Open this worker's own connection to the result cache; written at the worker's exit.

    Several workers write at once: SQLite in WAL mode takes one writer at a
    time and the others wait (busy timeout) for a short batch
    (:data:`geo.cache.BATCH_SIZE`), never for a whole run.
    """
    from multiprocessing import util

    from geo.cache import ResultCache
    from geo.errors import StoreError

    try:
        cache = ResultCache(cache_dir)
    except StoreError:
        return None  # said by the parent's own cache, if at all: the parent stores then
    util.Finalize(cache, cache.close, exitpriority=10)
    return cache


def _die_with_parent(parent: int) -> None:
    """Have the kernel end this worker when the parent dies (Linux), even by ``kill -9``.

    Without it, a killed run's workers go on with their chunk for seconds.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return
    if os.getppid() != parent:  # the parent died before the request: go now
        os._exit(1)


def _known(key: str) -> bytes | None:
    # the cache's keys as the run started: a key it holds comes back as a hit,
    # and the parent reads its entry
    return b"" if key in _WORKER_STATE["known"] else None


def work_file(job):
    """Process one ``(position, path, manifest row, file key)`` job in a pool worker.

    Returns ``(status, failure or None, content key, pickled result, stored)``.
    """
    _, path, meta, skey = job
    status, outcome, key, blob = process_file(
        path, meta, _WORKER_STATE["max_bytes"], _WORKER_GAZETTEER,
        _WORKER_GAZETTEER.version, _known, _WORKER_STATE["process"], _WORKER_STATE["budget"])
    # the worker stores a new result itself (its own connection to the cache), so
    # the parent writes nothing; the result travels once, already pickled, and
    # only failures travel as objects
    cache = _WORKER_STATE["cache"]
    stored = cache is not None and cache.enabled and status in (NEW, HIT)
    if stored:
        if status == NEW:
            cache.put_blob(key, blob)
        if skey is not None:
            cache.put_stat(skey, key)
    return status, outcome if status in (READ_FAILED, FAILED) else None, key, blob, stored


def automaton_key(gazetteer: Gazetteer) -> str:
    """Return the key of *gazetteer*'s name automaton on disk: geo's code and the gazetteer."""
    return hashlib.sha256(f"{code_version()}\0{gazetteer.version}".encode()).hexdigest()[:24]


@functools.cache
def code_version() -> str:
    """Return the hash of geo's source code (part of every cache key).

    Computed on first use, not at import: importing the pipeline reads no file.
    """
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
