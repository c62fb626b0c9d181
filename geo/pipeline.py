"""Process articles into mentions and figures: one article, or a whole corpus.

:func:`process_article` is the per-article function: pure, picklable inputs
and outputs, so it runs unchanged in a process pool or under Dask.
:func:`process_corpus` runs it over a corpus with the result cache, on every
core or on a Dask cluster; the per-file work is in :mod:`geo.work`.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import sys

from geo.budget import DEFAULT_TIME_BUDGET
from geo.cache import intern_result
from geo.model import Article, ArticleResult, Corpus, Failure, Gazetteer
from geo.work import (
    FAILED,
    HIT,
    NEW,
    READ_FAILED,
    automaton_key,
    code_version,
    content_key,
    init_worker,
    process_file,
    stat_key,
    work_file,
)

__all__ = ["automaton_key", "code_version", "content_key", "corpus_fingerprint",
           "process_article", "process_corpus"]

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
    places = {pid: place for pid in {m.place_id for m in mentions if m.place_id}
              if (place := gazetteer.get(pid)) is not None}  # each place looked up once
    countries = {pid: place.country for pid, place in places.items()}
    districts = {pid: d for pid, place in places.items()
                 if (d := legacy_district(gazetteer, place)) is not None}
    figures = tuple(extract_figures(article, mentions, passages=passages, countries=countries,
                                    districts=districts))
    return ArticleResult(article, mentions, figures)


def legacy_district(gazetteer: Gazetteer, place) -> tuple[str, str] | None:
    """Return the legacy (pre-2025) district *place* is or lies in and its province (ids)."""
    if place.kind == "district" and place.era == "legacy":
        district = place
    else:
        unit = gazetteer.get(place.legacy_unit) if place.legacy_unit else None
        district = gazetteer.get(unit.parent) if unit is not None and unit.parent else None
    if district is None or district.kind != "district" or not district.parent:
        return None
    return district.id, district.parent


def process_corpus(
    paths,
    gazetteer: Gazetteer,
    *,
    workers: int | None = None,
    cache=None,
    progress: bool = False,
    max_bytes: int | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    scheduler: str | None = None,
    each=None,
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
    scheduler : str, optional
        Process on a Dask cluster instead of a local pool: a scheduler
        address (``tcp://HOST:PORT``), or ``"local"`` for a ``LocalCluster``
        of *workers* processes (see :mod:`geo.cluster`).  Same results.
    each : callable, optional
        ``result -> result``, called on every result as it is obtained (from
        the cache or processed, in no set order); the corpus keeps what it
        returns.  ``geo export`` counts each article and keeps it without
        its text (:func:`geo.export.counted_without_text`), so the results of
        10,000 articles are never all held with their texts.

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
                 if (k := stat_key(path, meta, limit, version)) is not None}
        for pos, result in cache.get_by_stat(skeys, each).items():
            results[pos] = result
        todo = [job for job in jobs if job[0] not in results]

    late: list[Failure] = []  # failures while processing, after the read failures
    meta_of = {pos: meta for pos, _, meta in todo}
    for (pos, path, _), (status, payload, key, blob, stored) in zip(
            todo, _run_files(todo, gazetteer, limit, workers=workers, progress=progress,
                             cache=cache, budget=time_budget, skeys=skeys,
                             scheduler=scheduler), strict=True):
        if status == HIT:  # same content already cached (the file was touched or moved)
            try:
                payload = pickle.loads(blob)  # interned as unpickled
            except Exception:  # an unreadable entry: process the file again, here
                status, payload, key, blob = process_file(path, meta_of[pos], limit,
                                                          gazetteer, version, None,
                                                          process_article, time_budget)
                stored = False
        if status == READ_FAILED:
            early.append((pos, payload))
            continue
        if status == FAILED:
            late.append(payload)
            continue
        results[pos] = payload if each is None else each(payload)
        if cache is not None and not stored:  # pool workers store their own results
            if status == NEW:
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
        skey = stat_key(str(item[0]), item[1], limit, version)
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


def _run_files(jobs, gazetteer, max_bytes: int, *, workers: int | None, progress: bool,
               cache=None, budget: float | None = None, skeys=None,
               scheduler: str | None = None):
    """Yield ``(status, result or failure, key, blob, stored)`` per job, in order.

    ``stored``: a pool worker already wrote the result (and its file key) to
    the cache.
    """
    from tqdm import tqdm

    n = len(jobs)
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    version = gazetteer.version
    bar = tqdm(total=n, unit="article", disable=not progress or n == 0, file=sys.stderr)
    from geo.cache import load_automaton, save_automaton
    from geo.mentions._index import index_for

    if n and scheduler is None:  # built once, here, in gazetteer.memo: not charged to the
        # first file's time budget, and inherited by forked workers (Dask workers
        # build their own); read from the cache folder when a
        # run with the same code and gazetteer saved it there, else built and saved
        folder = cache.path.parent if cache is not None and cache.enabled else None
        if folder is not None:
            load_automaton(folder, gazetteer, automaton_key(gazetteer))
        index_for(gazetteer)
        if folder is not None:
            save_automaton(folder, gazetteer, automaton_key(gazetteer))
    try:
        if scheduler is not None and n:
            from geo.cluster import run_on_cluster

            for status, outcome, key, blob in run_on_cluster(
                    jobs, gazetteer, max_bytes, scheduler=scheduler, workers=workers,
                    budget=budget, process=process_article):
                if status == NEW:
                    outcome = pickle.loads(blob)  # interned as unpickled
                yield status, outcome, key, blob, False
                bar.update()
            return
        if workers == 1 or n < 64:
            lookup = cache.get_blob if cache is not None else None
            keep = cache is not None and cache.enabled  # else no one reads the pickle
            for _, path, meta in jobs:
                status, outcome, key, blob = process_file(path, meta, max_bytes, gazetteer,
                                                          version, lookup, process_article,
                                                          budget, pickled=keep)
                if status == NEW:
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
        with ctx.Pool(workers, initializer=init_worker,
                      initargs=(gazetteer, max_bytes, known, os.getpid(), budget,
                                cache_dir, process_article)) as pool:
            for status, outcome, key, blob, stored in pool.imap(work_file, work,
                                                                chunksize=chunk):
                if status == NEW:
                    outcome = pickle.loads(blob)  # interned as unpickled
                elif status == HIT:
                    blob = cache.get_blob(key)
                yield status, outcome, key, blob, stored
                bar.update()
            pool.close()  # workers exit normally and write their last batch
            pool.join()
    finally:
        bar.close()
