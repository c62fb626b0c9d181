"""The app's saved map snapshot: a click answered from it equals one answered from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.app import data as appdata
from geo.app import files as appio
from geo.cache import ResultCache, load_articles
from geo.layers.build import build_layers
from geo.pipeline import process_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def world(tmp_path_factory, gaz):
    cache_dir = tmp_path_factory.mktemp("cache")
    cache = ResultCache(cache_dir)
    corpus = process_corpus([SEEDS], gaz, workers=1, cache=cache)
    cache.close()
    index = appdata.index_corpus(corpus)
    return gaz, corpus, index, cache_dir


def test_snapshot_round_trip_answers_a_click_like_the_full_corpus(world):
    gaz, corpus, index, cache_dir = world
    layers = build_layers(corpus, gaz)
    snapshot = appdata.map_snapshot(corpus, index, layers)
    entries = appdata.place_entries(index, gaz.version)
    key = appio.snapshot_key(str(SEEDS), [("000", 1, 2)], gaz.version)
    assert appio.write_snapshot(cache_dir, key, snapshot, entries)

    saved = appio.read_snapshot(cache_dir, key)
    assert saved is not None and saved.article_count == 5
    assert set(saved.layers) == set(layers)

    entry = appio.read_snapshot_place(cache_dir, key, "post:tay-trang")
    cache = ResultCache(cache_dir)
    try:
        by_key = load_articles(cache, entry[2].values())
    finally:
        cache.close()
    articles = {a.id: a for a in by_key.values()}
    small = appdata.place_index("post:tay-trang", entry, articles)

    full = appdata.place_panel("post:tay-trang", index, gaz)
    quick = appdata.place_panel("post:tay-trang", small, gaz)
    assert quick == full
    # 000: "Border guards from the Tây Trang International Border Post assist locals in Na Ư
    # commune (Điện Biên district) in developing their economy."
    assert "assist locals in Na Ư" in str(quick)


def test_another_key_replaces_the_old_snapshot_and_a_missing_one_is_none(world, tmp_path):
    gaz, corpus, index, _ = world
    snapshot = appdata.map_snapshot(corpus, index, {})
    assert appio.write_snapshot(tmp_path, "a", snapshot, {"x": ((), (), {})})
    assert appio.write_snapshot(tmp_path, "b", snapshot, {})
    assert appio.read_snapshot(tmp_path, "a") is None
    assert appio.read_snapshot_place(tmp_path, "a", "x") is None
    assert appio.read_snapshot(tmp_path, "b") is not None
    assert appio.read_snapshot(tmp_path / "nowhere" / "deeper", "b") is None
