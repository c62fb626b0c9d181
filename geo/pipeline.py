"""Process articles into mentions and figures: one article, or a whole corpus.

:func:`process_article` is the per-article function: pure, picklable inputs
and outputs, so it runs unchanged in a process pool or under Dask.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from geo.errors import GeoError
from geo.model import Article, Figure, Mention


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article with the place mentions and figures found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be processed, and why (one line)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The processed corpus: results in file order, failures, gazetteer version."""

    results: tuple[ArticleResult, ...]
    failures: tuple[Failure, ...] = ()
    gazetteer_version: str = ""


def process_article(article: Article, gazetteer) -> ArticleResult:
    """Find the mentions and figures of one article.

    Parameters
    ----------
    article : Article
        An article as read by :func:`geo.reading.read_article`.
    gazetteer : geo.gazetteer.Gazetteer
        The gazetteer to resolve names against.

    Returns
    -------
    ArticleResult
    """
    from geo.figures import extract_figures
    from geo.mentions import find_mentions

    # places in page furniture (teasers of other articles) are not this
    # article's: read only the title and body
    mentions = tuple(find_mentions(article, gazetteer, furniture=False))
    figures = tuple(extract_figures(article, mentions))
    return ArticleResult(article, mentions, figures)


def process_corpus(
    paths,
    gazetteer,
    *,
    workers: int | None = None,
    cache=None,
    progress: bool = False,
    max_bytes: int | None = None,
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

    Returns
    -------
    Corpus
        Results in file order, and one :class:`Failure` per file that could
        not be read or processed; a failure never stops the others.
    """
    from geo.reading import iter_corpus

    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in iter_corpus([str(p) for p in paths], **kwargs):
        (failures if isinstance(item, Failure) else articles).append(item)

    version = getattr(gazetteer, "version", "")
    results: list[ArticleResult | None] = [None] * len(articles)
    keys = [content_key(a, version) for a in articles]
    todo: list[int] = []
    for i, key in enumerate(keys):
        hit = cache.get(key) if cache is not None else None
        if hit is not None:
            results[i] = hit
        else:
            todo.append(i)

    done = _run(
        [articles[i] for i in todo], gazetteer, workers=workers, progress=progress
    )
    for i, outcome in zip(todo, done, strict=True):
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            results[i] = outcome
            if cache is not None:
                cache.put(keys[i], outcome)
    if cache is not None:
        cache.commit()
    return Corpus(
        tuple(r for r in results if r is not None), tuple(failures), version
    )


def content_key(article: Article, gazetteer_version: str) -> str:
    """Return the cache key of *article*: its content, metadata, code and gazetteer."""
    h = hashlib.sha256()
    for part in (_CODE_VERSION, gazetteer_version, article.id, article.path or "",
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
    except GeoError as err:
        reason = str(err)
    except Exception as err:  # a bug met on one article must not stop the batch
        reason = f"unexpected error: {type(err).__name__}: {err}"
    reason = " ".join(reason.split())  # one line
    return Failure(name, reason if reason.startswith(name) else f"{name}: {reason}")


_WORKER_GAZETTEER = None


def _init_worker(gazetteer) -> None:
    global _WORKER_GAZETTEER  # one gazetteer per worker process, set once
    _WORKER_GAZETTEER = gazetteer


def _work(article: Article) -> ArticleResult | Failure:
    return _safe_process(article, _WORKER_GAZETTEER)


def _run(articles: list[Article], gazetteer, *, workers: int | None, progress: bool):
    from tqdm import tqdm

    n = len(articles)
    workers = (os.cpu_count() or 1) if workers is None else max(1, workers)
    bar = tqdm(total=n, unit="article", disable=not progress or n == 0, file=sys.stderr)
    out = []
    if workers == 1 or n < 64:
        for a in articles:
            out.append(_safe_process(a, gazetteer))
            bar.update()
    else:
        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ctx.Pool(workers, initializer=_init_worker, initargs=(gazetteer,)) as pool:
            for r in pool.imap(_work, articles, chunksize=max(1, min(64, n // (workers * 8)))):
                out.append(r)
                bar.update()
    bar.close()
    return out


class ResultCache:
    """Processed articles on disk, keyed by :func:`content_key` (SQLite).

    A re-run over an unchanged corpus reads results back instead of
    processing; a change to an article, the gazetteer or the code changes
    the key, so stale entries are simply never read.
    """

    def __init__(self, directory) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "results.sqlite"
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, blob BLOB)")

    def get(self, key: str) -> ArticleResult | None:
        """Return the cached result for *key*, or ``None``."""
        row = self._db.execute("SELECT blob FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # an entry from an incompatible version: treat as a miss
            return None

    def put(self, key: str, result: ArticleResult) -> None:
        """Store *result* under *key* (committed by :meth:`commit`)."""
        self._db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?)",
            (key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)),
        )

    def commit(self) -> None:
        """Write pending entries to disk."""
        self._db.commit()

    def close(self) -> None:
        """Commit and close the database."""
        self._db.commit()
        self._db.close()


def _code_version() -> str:
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


_CODE_VERSION = _code_version()
