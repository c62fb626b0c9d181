"""The per-file time budget in the app, whose code runs in a thread of Streamlit's.

``SIGALRM`` only works in a process's main thread, so the app reads and
processes articles in a forked child process (:mod:`geo.app.worker`).  Each
test calls the app's functions from a thread that is not the main one, as
Streamlit does.
"""

from __future__ import annotations

import threading
import time

import pytest

import geo.pipeline as pipeline
from geo.app.sources import process_folder, process_upload
from geo.app.worker import in_child, needs_child
from geo.errors import ArticleError, TimeBudgetError

SLOW_WORDS = "slow-marker-text"


@pytest.fixture
def slow_article(monkeypatch):
    """Processing an article whose text holds SLOW_WORDS takes a minute."""
    real = pipeline.process_article

    def process(article, gazetteer):
        if SLOW_WORDS in article.text:
            time.sleep(60)
        return real(article, gazetteer)

    monkeypatch.setattr(pipeline, "process_article", process)


def in_thread(fn, *args, **kwargs):
    """Run ``fn`` in a thread that is not the main one; return (result or exception, seconds)."""
    box = {}

    def run():
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as err:  # noqa: BLE001 - handed to the test
            box["value"] = err

    start = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=45)
    assert not thread.is_alive(), "the time budget did not stop the work"
    return box["value"], time.monotonic() - start


def _article(words: str) -> bytes:
    return (f"News of the border\n\nBorder guards at Pa Thơm Border Post held 12 patrols "
            f"({words}).\n").encode()


def test_a_thread_needs_the_child_process():
    assert not needs_child()  # pytest runs tests in the main thread
    value, _ = in_thread(needs_child)
    assert value is True


def test_an_upload_over_its_budget_fails_in_one_line(gaz, slow_article):
    value, seconds = in_thread(process_upload, "slow.txt", _article(SLOW_WORDS), gaz,
                               time_budget=1.0)
    assert isinstance(value, TimeBudgetError)
    assert str(value) == ("slow.txt: gave up after 1 s (the time budget per file; see "
                          "--time-budget)")
    assert seconds < 30


def test_an_upload_within_its_budget_is_processed(gaz, slow_article):
    value, _ = in_thread(process_upload, "fine.txt", _article("quiet"), gaz, time_budget=30)
    assert [m.surface for m in value.mentions] == ["Pa Thơm Border Post"]
    assert value.article.id.startswith("upload:fine-")


def test_a_bad_upload_is_the_same_error_from_the_child(gaz):
    value, _ = in_thread(process_upload, "empty.txt", b"", gaz)
    assert isinstance(value, ArticleError) and "empty file" in str(value)


def test_a_corpus_file_over_its_budget_fails_and_the_others_are_processed(
        gaz, slow_article, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, words in (("a", "one"), ("b", SLOW_WORDS), ("c", "three")):
        (folder / f"{name}.txt").write_bytes(_article(words))
    value, seconds = in_thread(process_folder, folder, gaz, cache_dir=tmp_path / "cache",
                               files=3, time_budget=1.0)
    assert [r.article.id for r in value.results] == ["a", "c"]
    (failure,) = value.failures
    assert failure.message() == (f"{folder / 'b.txt'}: gave up after 1 s (the time budget per "
                                 "file; see --time-budget)")
    assert seconds < 30


def test_a_child_that_dies_is_an_error_not_a_hang():
    import os

    value, _ = in_thread(in_child, os._exit, 3)
    assert "stopped without an answer (exit code 3)" in str(value)
