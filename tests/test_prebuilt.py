"""geo export leaves the app's map snapshot and the name automaton beside the results.

The app's first start on an exported folder then reads the snapshot (one row)
instead of every result, and a run that processes articles reads the
automaton instead of building it; both are keyed, so a change of gazetteer,
override file, corpus files or code is never served a stale one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from geo import cli
from geo.app.index import index_corpus
from geo.app.keys import CacheKey
from geo.app.snapshot import map_snapshot, read_digest, read_snapshot
from geo.cache import ResultCache, load_automaton
from geo.gazetteer import load_gazetteer
from geo.layers.build import build_layers
from geo.mentions._index import MEMO_KEY, index_for, scan
from geo.pipeline import automaton_key, process_corpus
from geo.settings import Settings
from geo.text import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _export(corpus: Path, out: Path, cache: Path, *extra: str) -> None:
    assert cli.main(["export", str(corpus), "--out", str(out), "--cache-dir", str(cache),
                     "--quiet", *extra]) == 0


def _app_key(corpus: Path, overrides: Path, version: str) -> str:
    return CacheKey.of(str(corpus.resolve()), overrides).with_gazetteer(version).snapshot_id


def test_export_saves_the_snapshot_the_app_would_build(tmp_path, gaz, capsys):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    overrides = Settings.from_env().overrides  # the app's; absent in the tests
    assert not overrides.is_file()
    _export(corpus, tmp_path / "out", cache)
    capsys.readouterr()
    saved = read_snapshot(cache, _app_key(corpus, overrides, gaz.version))
    assert saved is not None
    # what the app builds on a first start without it
    processed = process_corpus([corpus], gaz, workers=1)
    built = map_snapshot(processed, index_corpus(processed), build_layers(processed, gaz))
    assert (saved.options, saved.article_count, saved.failures, saved.counts) == \
        (built.options, built.article_count, built.failures, built.counts)
    assert saved.layers.keys() == built.layers.keys()
    for name, frame in built.layers.items():
        assert saved.layers[name].to_json() == frame.to_json(), name
    # and the digest filter changes are answered from: every article and figure
    digest = read_digest(cache, _app_key(corpus, overrides, gaz.version))
    assert list(digest.articles) == [r.article.id for r in processed.results]
    assert len(digest.figure_article) == sum(len(r.figures) for r in processed.results)
    # another override file, another key: not served the export's snapshot
    other = tmp_path / "overrides.csv"
    other.write_text("id,name,kind,lat,lon\n", encoding="utf-8")
    assert read_snapshot(cache, _app_key(corpus, other, gaz.version)) is None


def test_a_changed_file_changes_the_key(tmp_path, gaz, capsys):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    none = Settings.from_env().overrides
    _export(corpus, tmp_path / "out", cache)
    key = _app_key(corpus, none, gaz.version)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert _app_key(corpus, none, gaz.version) != key
    assert read_snapshot(cache, _app_key(corpus, none, gaz.version)) is None


def test_no_cache_no_snapshot(tmp_path, capsys):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    _export(corpus, tmp_path / "out", cache, "--no-cache")
    assert not cache.exists()


def test_the_automaton_is_saved_and_read_back(tmp_path, gaz):
    corpus, cache_dir = tmp_path / "corpus", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    fresh = load_gazetteer()  # its own memo: the automaton is built in this run
    cache = ResultCache(cache_dir)
    try:
        process_corpus([corpus], fresh, workers=1, cache=cache)
    finally:
        cache.close()
    (saved,) = cache_dir.glob("automaton-*.pickle")
    assert automaton_key(fresh) in saved.name
    again = load_gazetteer()
    assert MEMO_KEY not in again.memo
    assert load_automaton(cache_dir, again, automaton_key(again))
    loaded = again.memo[MEMO_KEY]
    text = fold("Border guards of Pa Thơm commune and Si Pa Phìn met in Mường Nhé district.")
    want, _ = scan(text, index_for(gaz))
    got, _ = scan(text, loaded)
    assert [(h.start, h.end, h.entry.key) for h in got] == \
        [(h.start, h.end, h.entry.key) for h in want]
    # places are the gazetteer's own objects, not copies
    place = got[0].entry.cands[0][0]
    assert again.get(place.id) is place
    # another key (code or gazetteer): not read
    other = load_gazetteer()
    assert not load_automaton(cache_dir, other, "another-key")
    assert MEMO_KEY not in other.memo


def test_the_exported_snapshot_reads_a_places_passages_back_from_the_cache(tmp_path, gaz,
                                                                          capsys):
    """The export holds its results without their texts: the keys it saves must still be the
    cache's, so a click reads the passages back instead of the whole corpus."""
    from geo.app.index import passage
    from geo.app.snapshot import load_place_index

    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    shutil.copytree(SEEDS, corpus)
    overrides = Settings.from_env().overrides
    _export(corpus, tmp_path / "out", cache)
    capsys.readouterr()
    key = _app_key(corpus, overrides, gaz.version)
    # 000: "Pa Xa Lào village in Pa Thơm commune"
    index = load_place_index(cache, key, "village:pa-xa-lao", passages=20)
    assert index is not None  # None: the articles could not be read back by their keys
    shown = [passage(index, m) for m in index.mentions_by_place["village:pa-xa-lao"]]
    assert shown and all("Pa Xa Lào" in p.html for p in shown)
