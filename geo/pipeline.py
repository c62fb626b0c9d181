"""Process articles into mentions and figures: one article, or a whole corpus.

:func:`process_article` is the per-article function: pure, picklable inputs
and outputs, so it runs unchanged in a process pool or under Dask.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import pickle
import sys
from pathlib import Path

from geo.budget import DEFAULT_TIME_BUDGET
from geo.cache import intern_result
from geo.errors import GeoError, TimeBudgetError
from geo.model import Article, ArticleResult, Corpus, Failure, Gazetteer


def process_article(article: Article, gazetteer: Gazetteer) -> ArticleResult:
    """Find the mentions and figures of one article.

    Parameters
    ----------
    article : Article
        An article as read by :func:`geo.reading.read.read_article`.
    gazetteer : geo.gazetteer.Gazetteer
        The gazetteer to resolve names against.

    Returns
    -------
    ArticleResult
    """
    from geo.figures.extract import extract_figures
    from geo.mentions.find import find_mentions
    from geo.text import Passages

    # sentences are split once, for mentions and figures both
    passages = Passages(article.text)
    # places in page furniture (teasers of other articles) are not this
    # article's: read only the title and body
    mentions = tuple(find_mentions(article, gazetteer, furniture=False, passages=passages))
    figures = tuple(extract_figures(article, mentions, passages=passages))
    return ArticleResult(article, mentions, figures)


def process_corpus(
    paths,
    gazetteer: Gazetteer,
    *,
    workers: int | None = None,
    cache=None,
    progress: bool = False,
    max_bytes: int | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> Corpus:
    """Read and process every article under *paths*.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and/or corpus directories.
    gazetteer : geo.gazetteer.Gazetteer
        The gazetteer to resolve against; its ``version`` keys the cache.
    workers : int, optional
        Processes to use; ``None`` means one per core, ``1`` runs in-process.
    cache : ResultCache, optional
        Results of articles already processed, keyed by content and
        gazetteer version; new results are added to it.
    progress : bool
        Show a progress bar on stderr.
    max_bytes : int, optional
        Refuse article files bigger than this (default: the reader's limit).
    time_budget : float or None
        Seconds of reading and processing allowed per file (default
        :data:`geo.budget.DEFAULT_TIME_BUDGET`); a file that takes longer is
        a failure and the others go on.  ``None``: no limit.  Enforced in
        the main thread and in pool workers (see :mod:`geo.budget`).

    Returns
    -------
    Corpus
        Results in file order, and one :class:`Failure` per file that could
        not be read or processed; a failure never stops the others.
    """
    from geo.reading.read import DEFAULT_MAX_BYTES, iter_corpus_files

    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    version = gazetteer.version
    # Walk the corpus without reading it: each file is (position, path, manifest
    # row); folder and manifest problems keep their place among read failures.
    jobs: list[tuple[int, str, dict | None]] = []
    early: list[tuple[int, Failure]] = []  # failures met before processing, by position
    for pos, item in enumerate(iter_corpus_files([str(p) for p in paths])):
        if isinstance(item, Failure):
            early.append((pos, item))
        else:
            jobs.append((pos, str(item[0]), item[1]))

    results: dict[int, ArticleResult] = {}
    skeys: dict[int, str] = {}
    todo = jobs
    if cache is not None and jobs:
        skeys = {pos: k for pos, path, meta in jobs
                 if (k := _stat_key(path, meta, limit, version)) is not None}
        for pos, result in cache.get_by_stat(skeys).items():
            results[pos] = result
        todo = [job for job in jobs if job[0] not in results]

    late: list[Failure] = []  # failures while processing, after the read failures
    meta_of = {pos: meta for pos, _, meta in todo}
    for (pos, path, _), (status, payload, key, blob, stored) in zip(
            todo, _run_files(todo, gazetteer, limit, workers=workers, progress=progress,
                             cache=cache, budget=time_budget, skeys=skeys), strict=True):
        if status == _HIT:  # same content already cached (the file was touched or moved)
            try:
                payload = intern_result(pickle.loads(blob))
            except Exception:  # an unreadable entry: process the file again, here
                status, payload, key, blob = _process_file(path, meta_of[pos], limit,
                                                           gazetteer, version, None,
                                                           time_budget)
                stored = False
        if status == _READ_FAILED:
            early.append((pos, payload))
            continue
        if status == _FAILED:
            late.append(payload)
            continue
        results[pos] = payload
        if cache is not None and not stored:  # pool workers store their own results
            if status == _NEW:
                cache.put_blob(key, blob)
            if pos in skeys:
                cache.put_stat(skeys[pos], key)
    if cache is not None:
        cache.commit()
    early.sort(key=lambda t: t[0])
    return Corpus(
        tuple(results[pos] for pos in sorted(results)),
        tuple(f for _, f in early) + tuple(late),
        version,
    )


def corpus_fingerprint(paths, gazetteer: Gazetteer, cache, *,
                       max_bytes: int | None = None) -> str | None:
    """Return a fingerprint of the corpus under *paths* from the cache alone, or ``None``.

    Nothing is read but file metadata and the cache: the fingerprint exists
    only when every file is unchanged since it was processed (its stat key
    is in *cache*) and the walk met no failure.  Equal fingerprints mean the
    same results (same contents, manifest rows, code and gazetteer), so a
    caller may skip work whose output it already has.
    """
    from geo.reading.read import DEFAULT_MAX_BYTES, iter_corpus_files

    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    version = gazetteer.version
    skeys = []
    for item in iter_corpus_files([str(p) for p in paths]):
        if isinstance(item, Failure):
            return None  # failures must be reported again
        skey = _stat_key(str(item[0]), item[1], limit, version)
        if skey is None:
            return None
        skeys.append(skey)
    known = cache.content_keys(skeys)
    if not skeys or len(known) < len(set(skeys)):
        return None
    h = hashlib.sha256(f"{code_version()}\0{version}".encode())
    for skey in skeys:
        h.update(f"\0{skey}:{known[skey]}".encode())
    return h.hexdigest()


def content_key(article: Article, gazetteer_version: str) -> str:
    """Return the cache key of *article*: its content, metadata, code and gazetteer."""
    h = hashlib.sha256()
    for part in (code_version(), gazetteer_version, article.id, article.path or "",
                 article.date or "", article.title or "", article.outlet or "",
                 article.encoding, article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def _safe_process(article: Article, gazetteer) -> ArticleResult | Failure:
    """Process one article; any error becomes a Failure naming it, so a batch goes on."""
    name = article.path or article.id
    try:
        return process_article(article, gazetteer)
    except TimeBudgetError:
        raise  # said by _process_file
    except GeoError as err:
        reason = str(err)
    except Exception as err:  # a bug met on one article must not stop the batch
        reason = f"unexpected error: {type(err).__name__}: {err}"
    reason = " ".join(reason.split())  # one line
    return Failure(name, reason if reason.startswith(name) else f"{name}: {reason}")


_NEW, _HIT, _READ_FAILED, _FAILED = "new", "hit", "read-failed", "failed"


def _stat_key(path: str, meta, max_bytes: int, version: str) -> str | None:
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


def _process_file(path: str, meta, max_bytes: int, gazetteer, version: str, lookup,
                  budget: float | None = None):
    """Read, key and process one file: ``(status, result or failure, content key, pickle)``.

    With *lookup* (content key → pickled result or ``None``), a file whose
    content is already in the cache is not processed again (status ``_HIT``).
    Past *budget* seconds (reading and processing), the file is a failure.
    """
    from geo.budget import time_budget

    try:
        with time_budget(budget, path):
            return _read_and_process(path, meta, max_bytes, gazetteer, version, lookup)
    except TimeBudgetError as err:
        return _FAILED, Failure(path, str(err)), None, None


def _read_and_process(path: str, meta, max_bytes: int, gazetteer, version: str, lookup):
    from geo.errors import ArticleError
    from geo.reading.read import read_article

    try:
        article = read_article(path, max_bytes=max_bytes, meta=meta)
    except TimeBudgetError:
        raise
    except ArticleError as err:
        return _READ_FAILED, Failure(path, str(err)), None, None
    except Exception as err:  # a bug or a library failure on one file: report, go on
        return (_READ_FAILED, Failure(path, f"{path}: unexpected error: "
                                            f"{type(err).__name__}: {err}"), None, None)
    key = content_key(article, version)
    blob = lookup(key) if lookup is not None else None
    if blob is not None:
        return _HIT, None, key, blob
    outcome = _safe_process(article, gazetteer)
    if isinstance(outcome, Failure):
        return _FAILED, outcome, None, None
    return _NEW, outcome, key, pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)


_WORKER_GAZETTEER = None
_WORKER_STATE: dict = {}


def _init_worker(gazetteer, max_bytes: int | None = None, known=frozenset(),
                 parent: int | None = None, budget: float | None = None,
                 cache_dir: str | None = None) -> None:
    global _WORKER_GAZETTEER  # one gazetteer per worker process, set once
    if parent is not None:
        _die_with_parent(parent)
    _WORKER_GAZETTEER = gazetteer
    _WORKER_STATE.clear()
    _WORKER_STATE.update(max_bytes=max_bytes, known=known, budget=budget, cache=None)
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


def _work_file(job):
    _, path, meta, skey = job
    status, outcome, key, blob = _process_file(
        path, meta, _WORKER_STATE["max_bytes"], _WORKER_GAZETTEER,
        _WORKER_GAZETTEER.version, _known, _WORKER_STATE["budget"])
    # the worker stores a new result itself (its own connection to the cache), so
    # the parent writes nothing; the result travels once, already pickled, and
    # only failures travel as objects
    cache = _WORKER_STATE["cache"]
    stored = cache is not None and cache.enabled and status in (_NEW, _HIT)
    if stored:
        if status == _NEW:
            cache.put_blob(key, blob)
        if skey is not None:
            cache.put_stat(skey, key)
    return status, outcome if status in (_READ_FAILED, _FAILED) else None, key, blob, stored


def _run_files(jobs, gazetteer, max_bytes: int, *, workers: int | None, progress: bool,
               cache=None, budget: float | None = None, skeys=None):
    """Yield ``(status, result or failure, key, blob, stored)`` per job, in order.

    ``stored``: a pool worker already wrote the result (and its file key) to
    the cache.
    """
    from tqdm import tqdm

    n = len(jobs)
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    version = gazetteer.version
    bar = tqdm(total=n, unit="article", disable=not progress or n == 0, file=sys.stderr)
    from geo.mentions._index import index_for

    if n:  # built once, here, in gazetteer.memo: not charged to the first file's time
        index_for(gazetteer)  # budget, and inherited by forked workers
    try:
        if workers == 1 or n < 64:
            lookup = cache.get_blob if cache is not None else None
            for _, path, meta in jobs:
                status, outcome, key, blob = _process_file(path, meta, max_bytes, gazetteer,
                                                           version, lookup, budget)
                if status == _NEW:
                    outcome = intern_result(outcome)
                yield status, outcome, key, blob, False
                bar.update()
            return
        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        known = cache.keys() if cache is not None else frozenset()
        cache_dir = str(cache.path.parent) if cache is not None and cache.enabled else None
        if cache_dir is not None:
            cache.commit()  # nothing of the parent's pending while the workers write
        skeys = skeys or {}
        work = [(pos, path, meta, skeys.get(pos)) for pos, path, meta in jobs]
        chunk = max(1, min(32, n // (workers * 16)))
        with ctx.Pool(workers, initializer=_init_worker,
                      initargs=(gazetteer, max_bytes, known, os.getpid(), budget,
                                cache_dir)) as pool:
            for status, outcome, key, blob, stored in pool.imap(_work_file, work,
                                                                chunksize=chunk):
                if status == _NEW:
                    outcome = intern_result(pickle.loads(blob))
                elif status == _HIT:
                    blob = cache.get_blob(key)
                yield status, outcome, key, blob, stored
                bar.update()
            pool.close()  # workers exit normally and write their last batch
            pool.join()
    finally:
        bar.close()


@functools.cache
def code_version() -> str:
    """Return the hash of geo's source code (part of every cache key).

    Computed on first use, not at import: importing the pipeline reads no file.
    """
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]
