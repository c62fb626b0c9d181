"""Process a corpus on a Dask cluster: the same per-file work as the process pool.

``geo export --scheduler tcp://HOST:PORT`` (or ``process_corpus(...,
scheduler=...)``) sends the files to the workers of a running
``dask.distributed`` scheduler; ``--scheduler local`` starts a
``LocalCluster`` of ``--workers`` processes on this machine first.  The
client (this process) walks the corpus, looks up the result cache and sends
only the misses; each task reads a batch of files *on the worker* (the
paths must be readable there: a shared folder, or object storage mounted at
the same path) and returns, per file, what a pool worker returns
(:func:`geo.work.process_file`: status, failure, content key, pickled
result).  The client writes new results to its cache and builds the
outputs, exactly as a single-machine run does, so the outputs are the same.

The gazetteer is scattered once to every worker (``broadcast``); each
worker builds the name automaton on its first batch.  Batches are sent a
few at a time ahead of the one being read back (:data:`AHEAD` per worker),
so the results waiting on workers stay bounded whatever the corpus size.
Dask is not a dependency of ``geo``: ``pip install "dask[distributed]"``
where a cluster is used (the ``test`` and ``bench`` extras have it).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator

from geo.errors import GeoError
from geo.model import Gazetteer
from geo.work import FAILED, READ_FAILED, process_file

#: Files per task: enough to hide the scheduler's per-task cost (about a millisecond).
BATCH = 64
#: Batches in flight per worker, ahead of the one the client is reading.
AHEAD = 4
#: ``--scheduler`` value that starts a LocalCluster on this machine.
LOCAL = "local"


def process_batch(jobs, gazetteer: Gazetteer, max_bytes: int, budget: float | None,
                  process) -> list[tuple]:
    """Read, key and process a batch of ``(position, path, manifest row)`` jobs on a worker.

    Returns ``(status, failure or None, content key, pickled result)`` per
    job, in order.  The time budget holds where the worker runs tasks in its
    main thread; Dask's worker threads cannot be interrupted by a timer.
    """
    out = []
    for _, path, meta in jobs:
        status, outcome, key, blob = process_file(path, meta, max_bytes, gazetteer,
                                                  gazetteer.version, None, process, budget)
        out.append((status, outcome if status in (READ_FAILED, FAILED) else None, key, blob))
    return out


def run_on_cluster(jobs, gazetteer: Gazetteer, max_bytes: int, *, scheduler: str,
                   workers: int | None, budget: float | None,
                   process) -> Iterator[tuple]:
    """Yield ``(status, failure or None, key, blob)`` per job, in order, computed on Dask.

    *process* is the per-article function (``geo.pipeline.process_article``;
    pickled by reference: the workers import it).

    Raises
    ------
    geo.errors.GeoError
        When Dask is not installed or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise GeoError("--scheduler needs Dask: pip install 'dask[distributed]'") from err
    cluster = None
    try:
        if scheduler == LOCAL:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=10)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise GeoError(f"--scheduler {scheduler}: cannot reach the scheduler: {err}") from err
    try:
        yield from _stream(client, jobs, gazetteer, max_bytes, budget, process)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _stream(client, jobs, gazetteer, max_bytes, budget, process) -> Iterator[tuple]:
    # scattered once: every batch refers to the same copy on each worker
    gaz = client.scatter(gazetteer, broadcast=True)
    batches = [jobs[i:i + BATCH] for i in range(0, len(jobs), BATCH)]
    width = max(1, AHEAD * len(client.scheduler_info().get("workers", {}) or [None]))
    pending: deque = deque()
    sent = 0
    while sent < len(batches) or pending:
        while sent < len(batches) and len(pending) < width:
            pending.append(client.submit(process_batch, batches[sent], gaz, max_bytes, budget,
                                         process, pure=False))
            sent += 1
        future = pending.popleft()
        yield from future.result()
        future.release()  # its results leave the worker's memory
