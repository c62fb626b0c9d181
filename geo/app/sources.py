"""What the app reads: the gazetteer with the user's overrides, the corpus folder, an upload.

Each function does what one of the app's caches holds; none of them caches.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from geo.app.files import bytes_digest, safe_filename, slugify
from geo.app.worker import in_child
from geo.budget import DEFAULT_TIME_BUDGET
from geo.budget import time_budget as time_budget_of
from geo.model import ArticleResult, Corpus, Gazetteer

__all__ = ["load_app_gazetteer", "process_folder", "process_upload"]

#: A corpus of fewer files than this is processed in the app's own process.
_IN_PROCESS = 64


def load_app_gazetteer(overrides: str | os.PathLike | None) -> tuple[Gazetteer, list[str]]:
    """Return the gazetteer with the user's overrides, and what went wrong with them.

    Impossible override rows are reported and left out, every one of them;
    the good rows apply; questionable ones (a name other places have, a new
    kind) apply with a warning (see :func:`geo.userplaces.load_user_gazetteer`).

    Parameters
    ----------
    overrides : path-like or None
        The user override CSV; ``None`` for none.

    Returns
    -------
    gazetteer : Gazetteer
    problems : list of str
        One message per ignored or questionable row, for the sidebar.
    """
    from geo.userplaces import load_user_gazetteer

    if overrides is None:
        return load_user_gazetteer(None)[0], []
    gaz, errors, warnings = load_user_gazetteer(overrides, strict=False)
    return gaz, [*(f"User override ignored: {e}" for e in errors),
                 *(f"User override applied with a warning: {w}" for w in warnings)]


def process_folder(folder: str | os.PathLike, gazetteer: Gazetteer, *,
                   cache_dir: str | os.PathLike | None, files: int = 0,
                   time_budget: float | None = DEFAULT_TIME_BUDGET) -> Corpus:
    """Process the corpus *folder*, reading and writing the on-disk result cache.

    Parameters
    ----------
    folder : path-like
        The corpus folder.
    gazetteer : Gazetteer
    cache_dir : path-like or None
        The result cache folder; an unusable cache is left out, never an error.
    files : int
        How many files the folder holds: a small corpus is processed in
        one process (a child process of the app, see :mod:`geo.app.worker`,
        so that the time budget holds), a large one on every core.
    time_budget : float or None
        Seconds allowed per file (:mod:`geo.budget`): a file that takes
        longer is a failure of the corpus, the others are processed.
    """
    if files < _IN_PROCESS:
        _name_index(gazetteer)  # built here, once: the child gets it with the fork
        return in_child(_process_folder, folder, gazetteer, cache_dir, 1, time_budget)
    return _process_folder(folder, gazetteer, cache_dir, None, time_budget)


def _process_folder(folder, gazetteer, cache_dir, workers, time_budget) -> Corpus:
    from geo.cache import ResultCache
    from geo.pipeline import process_corpus

    cache = None
    if cache_dir is not None:
        try:
            cache = ResultCache(cache_dir)
        except Exception:  # an unusable cache must not stop the app
            cache = None
    try:
        return process_corpus([folder], gazetteer, cache=cache, workers=workers,
                              time_budget=time_budget)
    finally:
        if cache is not None:
            cache.close()


def process_upload(name: str, data: bytes, gazetteer: Gazetteer, *,
                   time_budget: float | None = DEFAULT_TIME_BUDGET) -> ArticleResult:
    """Read an uploaded (or pasted) file as the corpus reader would, then process it.

    The article's id is ``upload:<slug of the name>-<8 hex digits of the
    content>``, so the same file uploaded twice replaces itself.  Reading
    and processing run in a child process of the app (:mod:`geo.app.worker`)
    so that the time budget holds.

    Raises
    ------
    geo.errors.GeoError, OSError, UnicodeError, ValueError
        If the file cannot be read as an article, or takes longer than
        *time_budget* seconds (:class:`geo.errors.TimeBudgetError`).
    """
    _name_index(gazetteer)
    return in_child(_process_upload, name, data, gazetteer, time_budget)


def _process_upload(name: str, data: bytes, gazetteer: Gazetteer,
                    time_budget: float | None) -> ArticleResult:
    from geo.pipeline import process_article
    from geo.reading import read_article

    safe = safe_filename(name)
    with time_budget_of(time_budget, name):
        with tempfile.TemporaryDirectory(prefix="geo-upload-") as tmp:
            path = Path(tmp) / safe
            path.write_bytes(data)
            article = read_article(path)
        article = replace(article, id=f"upload:{slugify(Path(safe).stem)}-"
                                      f"{bytes_digest(data)[:8]}", path=None)
        return process_article(article, gazetteer)


def _name_index(gazetteer: Gazetteer) -> None:
    from geo.mentions._index import index_for

    index_for(gazetteer)  # kept in gazetteer.memo
