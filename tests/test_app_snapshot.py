"""geo.app.snapshot: a click answered from the saved map snapshot equals one from the corpus."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from _app_fixtures import seeds_in_cache

from geo.app.panel import place_panel
from geo.app.snapshot import (
    SCHEMA_VERSION,
    SNAPSHOT_FILE,
    MapSnapshot,
    PlaceEntry,
    load_place_index,
    map_snapshot,
    place_entries,
    place_index,
    read_snapshot,
    read_snapshot_place,
    write_snapshot,
)
from geo.cache import ResultCache
from geo.layers.build import build_layers


@pytest.fixture(scope="module")
def world(tmp_path_factory, gaz):
    cache_dir = tmp_path_factory.mktemp("cache")
    corpus, index = seeds_in_cache(cache_dir, gaz)
    return gaz, corpus, index, cache_dir


def test_snapshot_round_trip_answers_a_click_like_the_full_corpus(world):
    gaz, corpus, index, cache_dir = world
    layers = build_layers(corpus, gaz)
    snapshot = map_snapshot(corpus, index, layers)
    entries = place_entries(index, gaz.version)
    key = "seeds-key"
    assert write_snapshot(cache_dir, key, snapshot, entries)

    saved = read_snapshot(cache_dir, key)
    assert isinstance(saved, MapSnapshot) and saved.article_count == 5
    assert set(saved.layers) == set(layers)
    assert saved.options == snapshot.options

    entry = read_snapshot_place(cache_dir, key, "post:tay-trang")
    cache = ResultCache(cache_dir)
    try:
        by_key = cache.articles(entry.keys.values())
    finally:
        cache.close()
    articles = {a.id: a for a in by_key.values()}
    small = place_index("post:tay-trang", entry, articles)

    full = place_panel("post:tay-trang", index, gaz)
    quick = place_panel("post:tay-trang", small, gaz)
    assert quick == full
    # 000: "Border guards from the Tây Trang International Border Post assist locals in Na Ư
    # commune (Điện Biên district) in developing their economy."
    assert "assist locals in Na Ư" in str(quick)
    # the same, read in one call as the app does on a click
    assert place_panel("post:tay-trang", load_place_index(cache_dir, key, "post:tay-trang"),
                       gaz) == full
    unknown = load_place_index(cache_dir, key, "post:nowhere")
    assert unknown is not None and not unknown.mentions_by_place

    # the panel's first passages only: fewer articles read, the same first
    # passages, every passage counted, every figure with its article's title
    pid = max(index.mentions_by_place,
              key=lambda p: len({m.article for m in index.mentions_by_place[p] if m.in_body}))
    whole = place_panel(pid, index, gaz)
    assert len({m.article for m in index.mentions_by_place[pid] if m.in_body}) > 1
    partial = load_place_index(cache_dir, key, pid, passages=1)
    read = [a for a in partial.articles.values() if a.text]  # the others: title and date
    assert len(read) < len([a for a in load_place_index(cache_dir, key, pid).articles.values()
                            if a.text])
    first = place_panel(pid, partial, gaz, limit=1)
    assert first.passages == whole.passages[:1]
    assert first.passage_count == whole.passage_count == len(whole.passages)
    assert first.figures == whole.figures


def test_another_key_replaces_the_old_snapshot_and_a_missing_one_is_none(world, tmp_path):
    gaz, corpus, index, _ = world
    snapshot = map_snapshot(corpus, index, {})
    assert write_snapshot(tmp_path, "a", snapshot, {"x": PlaceEntry()})
    assert write_snapshot(tmp_path, "b", snapshot, {})
    assert read_snapshot(tmp_path, "a") is None
    assert read_snapshot_place(tmp_path, "a", "x") is None
    assert read_snapshot(tmp_path, "b") is not None
    # a click on a place of the replaced snapshot: "use the whole corpus", not an
    # empty index (the panel said "Passages (0)" after the overrides came back)
    assert load_place_index(tmp_path, "a", "x") is None
    assert load_place_index(tmp_path, "b", "x") is not None  # b's own: empty, known
    assert read_snapshot(tmp_path / "nowhere" / "deeper", "b") is None
    assert not (tmp_path / "nowhere").exists()  # reading never creates the cache


def test_the_snapshot_is_a_versioned_store(world, tmp_path):
    """A file of another schema version is emptied, not misread (geo.store.Store)."""
    gaz, corpus, index, _ = world
    assert write_snapshot(tmp_path, "a", map_snapshot(corpus, index, {}), {})
    with sqlite3.connect(tmp_path / SNAPSHOT_FILE) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    assert read_snapshot(tmp_path, "a") is None


def test_an_unwritable_cache_is_false_not_an_error(world, tmp_path):
    gaz, corpus, index, _ = world
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert write_snapshot(blocker, "a", map_snapshot(corpus, index, {}), {}) is False


def test_a_place_of_many_mentions_is_read_by_its_first_ones_and_counted_whole(world, tmp_path):
    # a row keeps the first ENTRY_LIMIT body mentions and figures of its place
    # (here 1, so that the seeds have places over it): the panel shows the
    # first passage and figure, the same as the whole corpus's, and counts them all
    gaz, corpus, index, cache_dir = world
    pid = next(p for p, ms in index.mentions_by_place.items()
               if sum(m.in_body for m in ms) > 1 and len(index.figures_by_place.get(p, ())) > 1)
    entries = place_entries(index, gaz.version, limit=1)
    assert not entries[pid].complete
    assert write_snapshot(cache_dir, "capped", map_snapshot(corpus, index, {}), entries)
    whole = place_panel(pid, index, gaz, limit=1)
    small = load_place_index(cache_dir, "capped", pid, passages=1)
    first = place_panel(pid, small, gaz, limit=1)
    assert first.passages == whole.passages
    assert (first.passage_count, first.furniture_mentions, first.figure_count) == \
        (whole.passage_count, whole.furniture_mentions, len(whole.figures))
    assert first.figures == whole.figures[:1]  # with its article's title and date
    assert len([a for a in small.articles.values() if a.text]) == 1  # one article read
    # every passage, or the place under filters: more than the row keeps, so the
    # caller reads the corpus
    assert load_place_index(cache_dir, "capped", pid) is None
    assert load_place_index(cache_dir, "capped", pid, passages=1,
                            articles=set(index.articles)) is None


def test_the_snapshot_keeps_the_map_columns_the_filtered_map_has(world):
    # the first view's layers (the snapshot's) and a filtered map's (built with
    # map_only) have the same columns and, with no filter, the same values
    gaz, corpus, index, _ = world
    from geo.layers import LAYERS

    saved = map_snapshot(corpus, index, build_layers(corpus, gaz)).layers
    built = build_layers(corpus, gaz, map_only=True)
    assert list(saved) == list(built) == list(LAYERS.names)
    for name, frame in built.items():
        assert list(saved[name].columns) == list(frame.columns), name
        assert "articles" not in saved[name].columns  # the export's JSON: not in the snapshot
        pd.testing.assert_frame_equal(saved[name].drop(columns="geometry"),
                                      frame.drop(columns="geometry"), obj=name)


def test_every_passage_of_a_row_cut_for_its_figures_only_is_read_from_the_row(world):
    # a place whose body mentions all fit its row but whose figures do not: all of
    # its passages come from the row, not from the whole corpus
    gaz, corpus, index, cache_dir = world
    pid = next(p for p, ms in index.mentions_by_place.items()
               if sum(m.in_body for m in ms) == 1 and len(index.figures_by_place.get(p, ())) > 1)
    entries = place_entries(index, gaz.version, limit=1)
    assert not entries[pid].complete
    assert write_snapshot(cache_dir, "figures-cut", map_snapshot(corpus, index, {}), entries)
    small = load_place_index(cache_dir, "figures-cut", pid)
    assert small is not None
    assert place_panel(pid, small, gaz).passages == place_panel(pid, index, gaz).passages
