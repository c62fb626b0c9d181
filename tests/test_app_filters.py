"""geo.app.filters: Filters select the corpus; FilterOptions list what can be chosen."""

from __future__ import annotations

import pytest
from _app_fixtures import make_corpus

from geo.app.filters import NO_FILTERS, FilterOptions, Filters, filter_corpus, filter_options
from geo.app.index import index_corpus


@pytest.fixture
def corpus():
    return make_corpus()


def test_filters(corpus):
    assert len(filter_corpus(corpus).results) == 2
    only_b = filter_corpus(corpus, articles=["b2"])
    assert [r.article.id for r in only_b.results] == ["b2"]
    communes = filter_corpus(corpus, kinds=["commune"])
    assert [m.surface for r in communes.results for m in r.mentions] == ["Na Ư"]
    none = filter_corpus(corpus, themes=["drugs"])
    assert not any(r.figures for r in none.results)
    dated = filter_corpus(corpus, date_from="2025-01-01", date_to="2025-12-31")
    assert [r.article.id for r in dated.results] == ["b2"]


def test_kind_filter_filters_figures_by_their_place(corpus):
    # the fixture's figures are about the Tây Trang post: they stay with
    # border posts and go with communes (the figures table used to keep them)
    figures = [f for r in corpus.results for f in r.figures]
    assert figures and all(f.place_id == "post:tay-trang" for f in figures)
    posts = filter_corpus(corpus, kinds=["border_post"])
    assert [f.quote for r in posts.results for f in r.figures] == [f.quote for f in figures]
    communes = filter_corpus(corpus, kinds=["commune"])
    assert not any(r.figures for r in communes.results)
    index = index_corpus(communes)
    from geo.app.tables import figures_rows

    assert figures_rows(index) == []


def test_filters_object_and_keywords_agree(corpus):
    assert filter_corpus(corpus, Filters(kinds=("commune",))) == filter_corpus(
        corpus, kinds=["commune"])


def test_filters_are_hashable_and_equal_by_value():
    assert Filters(kinds=["commune"]) == Filters(kinds=("commune",))
    assert hash(Filters(kinds=["commune"])) == hash(Filters(kinds=("commune",)))
    assert Filters().selects_all and NO_FILTERS.selects_all
    assert not Filters(include_undated=False).selects_all


def test_filter_options(corpus):
    opts = filter_options(index_corpus(corpus))
    assert isinstance(opts, FilterOptions)
    assert opts.kinds == ("border_post", "commune", "village")
    assert opts.themes == ("patrols",)
    assert opts.dates == ("2024-08-15", "2025-01-02")
    assert dict(opts.articles)["a1"] == "Border work in Điện Biên (2024-08-15)"


def test_partially_dated_articles_are_in_a_range_that_meets_them(corpus):
    """An article dated "2025" (year only, as read from its page) is in any 2025 range."""
    from dataclasses import replace

    from geo.app.index import index_corpus as index

    results = tuple(replace(r, article=replace(r.article, date="2025", date_precision="year"))
                    if r.article.id == "b2" else r for r in corpus.results)
    partial = replace(corpus, results=results)
    march = filter_corpus(partial, date_from="2025-03-01", date_to="2025-03-31")
    assert [r.article.id for r in march.results] == ["b2"]
    before = filter_corpus(partial, date_from="2024-01-01", date_to="2024-12-31",
                           include_undated=False)
    assert "b2" not in [r.article.id for r in before.results]
    first, last = filter_options(index(partial)).dates
    assert len(first) == len(last) == 10 and first <= "2025-01-01" and last >= "2025-12-31"


def test_find_articles_by_words_of_their_titles():
    from geo.app.filters import find_articles

    articles = (("000_dedc", "Building firm whole people’s border defense posture in Điện Biên"),
                ("001_ecd9",
                 "Điện Biên border guards practice “good mass mobilization” (2024-05-20)"),
                ("003_6e08", "Dien Bien Provincial Border Guard promotes its core role"))
    assert find_articles(articles, "mass mobilization", 10) == ["001_ecd9"]
    assert find_articles(articles, "DIEN bien", 10) == ["000_dedc", "001_ecd9", "003_6e08"]
    assert find_articles(articles, "dien bien", 2) == ["000_dedc", "001_ecd9"]  # at most 2
    assert find_articles(articles, "", 1) == ["000_dedc"]  # no query: the first ones
    assert find_articles(articles, "003_6e", 10) == ["003_6e08"]  # a file name finds it too
    assert find_articles(articles, "mobilization posture", 10) == []  # every word, one title
