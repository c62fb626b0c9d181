"""The result cache: unchanged files are found by their stat, touched ones by content."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from geo.cache import ResultCache
from geo.pipeline import process_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _rows(cache_dir: Path, table: str) -> int:
    with sqlite3.connect(cache_dir / "results.sqlite") as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _run(corpus_dir, gaz, cache_dir, workers=1):
    cache = ResultCache(cache_dir)
    try:
        return process_corpus([corpus_dir], gaz, workers=workers, cache=cache)
    finally:
        cache.close()


def test_rerun_touch_and_edit(tmp_path, gaz):
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus_dir)
    cache_dir = tmp_path / "cache"
    plain = process_corpus([corpus_dir], gaz, workers=1, cache=None)
    first = _run(corpus_dir, gaz, cache_dir)
    assert first == plain
    assert _rows(cache_dir, "results") == 5 and _rows(cache_dir, "files") == 5
    assert _run(corpus_dir, gaz, cache_dir) == plain  # found by stat

    # touched: new stat, same content → read, found by content, not processed again
    victim = sorted(corpus_dir.glob("*.txt"))[1]
    st = victim.stat()
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert _run(corpus_dir, gaz, cache_dir) == plain
    assert _rows(cache_dir, "results") == 5 and _rows(cache_dir, "files") == 6

    # edited: processed again, the others still come from the cache
    victim.write_text(victim.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    edited = _run(corpus_dir, gaz, cache_dir)
    assert edited == process_corpus([corpus_dir], gaz, workers=1, cache=None)
    assert _rows(cache_dir, "results") == 6
    assert edited.results[0] == plain.results[0]


def test_pool_with_cache_gives_the_single_process_output(tmp_path, gaz):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(70):  # above the in-process threshold (64)
        shutil.copy(seeds[i % len(seeds)], corpus_dir / f"{i:03d}.txt")
    (corpus_dir / "bad.txt").write_bytes(b"\x00\x01binary")
    plain = process_corpus([corpus_dir], gaz, workers=1, cache=None)
    cache_dir = tmp_path / "cache"
    pooled = _run(corpus_dir, gaz, cache_dir, workers=2)
    assert pooled == plain and len(plain.failures) == 1
    for p in corpus_dir.glob("0*.txt"):  # every stat changes: hits by content, in workers
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert _run(corpus_dir, gaz, cache_dir, workers=2) == plain
    assert _run(corpus_dir, gaz, cache_dir, workers=2) == plain


def test_pool_workers_write_the_cache_themselves(tmp_path, gaz, monkeypatch):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(70):  # above the in-process threshold (64); distinct contents
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (corpus_dir / f"{i:03d}.txt").write_text(f"{text}\nCopy {i}.\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cache = ResultCache(cache_dir)
    written = []
    monkeypatch.setattr(cache, "put_blob", lambda key, blob: written.append(key))
    monkeypatch.setattr(cache, "put_stat", lambda skey, key: written.append(skey))
    try:
        pooled = process_corpus([corpus_dir], gaz, workers=2, cache=cache)
    finally:
        cache.close()
    assert written == []  # the parent wrote nothing
    assert len(pooled.results) == 70
    # the workers did: every result and every file key is in the cache, by the end
    assert _rows(cache_dir, "results") == 70 and _rows(cache_dir, "files") == 70
    again = _run(corpus_dir, gaz, cache_dir, workers=2)  # found by stat, nothing processed
    assert again == pooled


def test_articles_read_back_without_their_mentions_are_the_articles(tmp_path, gaz):
    # a click reads the articles of one place back from the cache: only the
    # articles, equal to those of the whole results, also for an article with
    # no mention and no figure; a blob that is no result is left out
    import pickle
    from dataclasses import replace

    from geo.cache import article_of
    from geo.pipeline import content_key

    corpus = process_corpus([SEEDS], gaz, workers=1, cache=None)
    bare = replace(corpus.results[0], mentions=(), figures=())
    for result in (*corpus.results, bare):
        assert result.mentions or result is bare
        assert article_of(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)) \
            == result.article
    cache = ResultCache(tmp_path / "cache")
    try:
        keys = {r.article.id: content_key(r.article, gaz.version) for r in corpus.results}
        for r in corpus.results:
            cache.put(keys[r.article.id], r)
        cache.put_blob("junk", pickle.dumps({"not": "a result"}))
        cache.commit()
        got = cache.articles([*keys.values(), "junk", "missing"])
    finally:
        cache.close()
    assert got == {keys[r.article.id]: r.article for r in corpus.results}


def test_results_read_back_share_their_repeated_strings(tmp_path, gaz):
    """Each article's pickle carries its own copies; read back, a kind or unit is one string."""
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus_dir)
    _run(corpus_dir, gaz, tmp_path / "cache")
    again = _run(corpus_dir, gaz, tmp_path / "cache")  # every result from the cache
    mentions = [m for r in again.results for m in r.mentions]
    figures = [f for r in again.results for f in r.figures]
    kinds = {m.kind for m in mentions}
    assert {"commune", "border_post"} <= kinds  # the seeds name both in several articles
    for kind in kinds:
        assert len({id(m.kind) for m in mentions if m.kind == kind}) == 1, kind
    assert len({id(f.unit) for f in figures if f.unit == "kg"}) == 1
    assert len({r.article.id for r in again.results
                for f in r.figures if f.unit == "kg"}) > 1  # from more than one pickle
    assert again == process_corpus([corpus_dir], gaz, workers=1, cache=None)
