"""geo.app.search: places by name, with or without diacritics, as SearchHits."""

from __future__ import annotations

import pytest
from _app_fixtures import AppGazetteer, make_corpus

from geo.app.index import index_corpus
from geo.app.search import SearchHit, name_table, search_places


@pytest.fixture
def index():
    return index_corpus(make_corpus())


@pytest.mark.parametrize("query", ["Tây Trang", "tay trang", "TAY TRANG BORDER POST",
                                   "Tây Trang International Border Post"])
def test_search_with_or_without_diacritics(index, query):
    hits = search_places(query, AppGazetteer(), index)
    assert isinstance(hits[0], SearchHit)
    assert hits[0].id == "post:tay-trang"
    assert hits[0].in_corpus == 4
    assert hits[0].label == "Tây Trang Border Post · border post · 4 mention(s)"


@pytest.mark.parametrize("query", ["", "   ", "zzz"])
def test_search_nothing(index, query):
    assert search_places(query, AppGazetteer(), index) == []


def test_search_na_u(index):
    assert search_places("Na U", AppGazetteer(), index)[0].id == "vnold:c:9"


def test_search_with_a_prebuilt_name_table(index):
    gaz = AppGazetteer()
    names = name_table(gaz)
    assert search_places("sam mun", gaz, index, names=names)[0].id == "vn2025:c:1"
    assert search_places("sam mun", gaz, index, names=()) == []


def test_search_ranks_by_counts_without_an_index():
    hits = search_places("commune", AppGazetteer(), counts={"vn2025:c:1": 3}, names=(
        (("na u commune",), AppGazetteer().get("vnold:c:9")),
        (("sam mun commune",), AppGazetteer().get("vn2025:c:1"))))
    assert [h.id for h in hits] == ["vn2025:c:1", "vnold:c:9"]
    assert hits[1].label == "Na Ư · commune"
