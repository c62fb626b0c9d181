"""geo.app.digest: the map, timeline and panel under filters of dates, articles and themes.

Answered from the digest saved with the map snapshot (no text, no mention),
they must be what the whole corpus gives under the same filters.
"""

from __future__ import annotations

import pickle

import pytest
from _app_fixtures import seeds_in_cache

from geo.app.digest import CorpusDigest, corpus_digest
from geo.app.filters import Filters
from geo.app.index import index_corpus
from geo.app.panel import place_panel
from geo.app.snapshot import (
    load_place_index,
    map_snapshot,
    place_entries,
    read_digest,
    write_snapshot,
)
from geo.app.timeline import corpus_counts
from geo.layers import LAYERS, build_layers, count_articles

KEY = "seeds-key"
#: the seed article of 2024-08-15 (manifest) and the first seed
DATED, FIRST = "003_6e08b6e2bc4add28", "000_dedc6cf91859ad52"

FILTERS = [
    Filters(date_from="2024-01-01", date_to="2024-12-31"),
    Filters(date_from="2024-01-01", date_to="2024-12-31", include_undated=False),
    Filters(articles=(FIRST, "002_f447b384136a2931")),
    Filters(include_undated=False),
    Filters(themes=("drugs_crime",)),
    Filters(themes=("households", "border"), date_to="2030-01-01"),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory, gaz):
    cache_dir = tmp_path_factory.mktemp("cache")
    corpus, index = seeds_in_cache(cache_dir, gaz)
    digest = corpus_digest(corpus, count_articles(corpus.results, gaz), gaz)
    assert write_snapshot(cache_dir, KEY, map_snapshot(corpus, index, build_layers(corpus, gaz)),
                          place_entries(index, gaz.version), digest)
    return gaz, corpus, index, cache_dir


def _frames_equal(a: dict, b: dict) -> None:
    assert list(a) == list(b)
    for name in a:
        left = a[name].reset_index(drop=True)
        right = b[name].reset_index(drop=True)
        assert list(left.columns) == list(right.columns), name
        assert left.drop(columns="geometry").to_dict("records") == \
            right.drop(columns="geometry").to_dict("records"), name
        assert left.geometry.to_wkt().tolist() == right.geometry.to_wkt().tolist(), name


def test_the_saved_digest_holds_every_article_and_figure_and_is_small(world):
    gaz, corpus, _, cache_dir = world
    digest = read_digest(cache_dir, KEY)
    assert isinstance(digest, CorpusDigest)
    assert list(digest.articles) == [r.article.id for r in corpus.results]
    assert dict(zip(digest.articles, digest.dates, strict=True))[DATED] == "2024-08-15"
    figures = [(digest.articles[a], digest.places[p] if p >= 0 else None, digest.themes[t])
               for a, p, t in zip(digest.figure_article, digest.figure_place,
                                  digest.figure_theme, strict=True)]
    assert figures == [(f.article, f.place_id, f.theme) for r in corpus.results
                       for f in r.figures]
    assert len(pickle.dumps(digest)) * 20 < len(pickle.dumps(corpus))
    assert read_digest(cache_dir, "another key") is None


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_map_and_timeline_from_the_digest_are_the_corpus_ones(world, filters):
    gaz, corpus, _, cache_dir = world
    digest = read_digest(cache_dir, KEY)
    asked = frozenset(layer.name for layer in LAYERS.on_request if not layer.reads_figures)
    assert asked and CorpusDigest.draws(LAYERS.for_map(asked))
    light = build_layers(None, gaz, registry=LAYERS.for_map(asked), map_only=True,
                         stats=digest.stats(filters))
    full = build_layers(filters.apply(corpus), gaz, registry=LAYERS.for_map(asked),
                        map_only=True)
    _frames_equal(light, full)
    assert digest.article_counts(filters) == corpus_counts(filters.apply(corpus).results)
    assert digest.kept_ids(filters) == {r.article.id for r in filters.apply(corpus).results}


def test_filters_change_the_map_as_the_articles_say(world):
    # 000 names "the Tây Trang International Border Post" twice in its body
    # (its lines 15 and 19); 003 is the only article dated 2024 (the manifest)
    # and does not name it
    gaz, _, _, cache_dir = world
    digest = read_digest(cache_dir, KEY)

    def posts(filters):
        layers = build_layers(None, gaz, registry=LAYERS.for_map(), map_only=True,
                              stats=digest.stats(filters))
        return layers["border_posts"].set_index("id")

    first = posts(Filters(articles=(FIRST,)))
    assert first.loc["post:tay-trang", "mention_count"] == 2
    assert first.loc["post:tay-trang", "article_count"] == 1
    only_2024 = Filters(date_from="2024-01-01", date_to="2024-12-31", include_undated=False)
    assert digest.kept_ids(only_2024) == {DATED}
    dated = posts(only_2024)
    assert dated.loc["post:tay-trang", "mention_count"] == 0  # still drawn: a post
    assert dated["article_count"].max() == 1


def test_a_kind_filter_and_the_figures_layer_are_not_answered_by_the_digest(world):
    _, _, _, cache_dir = world
    with pytest.raises(ValueError):
        read_digest(cache_dir, KEY).kept(Filters(kinds=("border_post",)))
    # the figures layer reads each figure's value and subject: the digest keeps
    # its place and theme only
    assert not CorpusDigest.draws(LAYERS.for_map(frozenset({"figures"})))


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_a_click_under_filters_reads_the_place_only_and_matches_the_corpus(world, filters):
    gaz, corpus, _, cache_dir = world
    digest = read_digest(cache_dir, KEY)
    kept = digest.kept_ids(filters)
    filtered = index_corpus(filters.apply(corpus))
    for pid in ("post:tay-trang", "gate:tay-trang", "vnold:p:11", "vn2025:p:11"):
        small = load_place_index(cache_dir, KEY, pid, articles=kept, themes=filters.themes)
        assert place_panel(pid, small, gaz) == place_panel(pid, filtered, gaz)
        assert set(small.articles) <= kept


def test_the_first_seed_alone_shows_its_own_tay_trang_passage(world):
    # 000: "Border guards from the Tây Trang International Border Post assist locals
    # in Na Ư commune (Điện Biên district) in developing their economy."
    gaz, _, _, cache_dir = world
    small = load_place_index(cache_dir, KEY, "post:tay-trang", articles={FIRST})
    panel = place_panel("post:tay-trang", small, gaz)
    assert "assist locals in Na Ư" in str(panel)
    assert set(small.articles) == {FIRST}


def test_narrowing_a_place_drops_the_other_articles_passages(world):
    gaz, corpus, index, cache_dir = world
    pid = next(p for p, ms in index.mentions_by_place.items()
               if FIRST in {m.article for m in ms if m.in_body}
               and len({m.article for m in ms if m.in_body}) > 1)
    whole = place_panel(pid, index, gaz)
    alone = place_panel(pid, load_place_index(cache_dir, KEY, pid, articles={FIRST}), gaz)
    assert 0 < alone.passage_count < whole.passage_count
