"""The era an article writes in: its date, else what it says."""

import pytest
from _mentions_fixtures import FakeGazetteer

from geo.mentions._context import annotate
from geo.mentions._index import index_for, scan
from geo.mentions.era import article_era, decide_era, era_from_words, era_of_date
from geo.text import Folded

G = FakeGazetteer()


@pytest.mark.parametrize(("date", "era"), [
    ("2025-06-30", "legacy"), ("2025-07-01", "2025"), ("2019-01-01T08:00", "legacy"), (None, None)])
def test_era_of_date(date, era):
    assert era_of_date(date) == era


def test_decide_era():
    assert decide_era("2024-08-15", [("2025", "x")]) == ("legacy", "dated 2024")
    era, why = decide_era(None, [("legacy", "names Nậm Pồ district")])
    assert era == "legacy" and "Nậm Pồ" in why
    era, why = decide_era(None, [])
    assert era == "2025" and "undated" in why
    assert decide_era(None, [("legacy", "a"), ("2025", "b")])[0] == "2025"


def test_era_from_words():
    assert era_from_words("the two-tier local government model") == "2025"
    assert era_from_words("the (new) pu nhung commune") == "2025"
    assert era_from_words("patrols in 2023") is None


def _era(text, date=None):
    folded = Folded.of(text)
    index = index_for(G)
    hits, triggers = scan(folded.text, index)
    annotate(text, folded, hits, triggers, index)
    return article_era(date, folded.text, hits, [True] * len(hits),
                       lambda s, e: text[slice(*folded.to_original(s, e))], G.get)


@pytest.mark.parametrize(("text", "date", "era", "why"), [
    ("Guards of Nậm Pồ district met.", "2025-08-01", "2025", "dated 2025"),
    ("Guards of Nậm Pồ district met.", None, "legacy",
     "undated; names Nậm Pồ district (districts ended on 1 July 2025)"),
    ("Guards of Pa Thơm commune met.", None, "legacy",
     "undated; Pa Thơm commune exists only before the 2025 merger"),
    ("Guards of Sam Mứn commune met.", None, "2025",
     "undated; Sam Mứn commune exists only after the 2025 merger"),
    ("In Pa Xa Lào village, Thanh Yên commune.", None, "2025",
     "undated; Pa Xa Lào lies in the 2025 Thanh Yên commune"),
    ("Under the two-tier local government, guards met.", None, "2025",
     "undated; speaks of the 2025 reorganisation as done"),
    ("Guards met.", None, "2025",
     "undated and no sign of the era: the 2025 unit (contains the legacy one)"),
])
def test_article_era(text, date, era, why):
    assert _era(text, date) == (era, why)


def test_a_district_is_the_clearest_sign():
    text = "Under the two-tier local government, Pa Thơm commune and Nậm Pồ district met."
    assert _era(text) == ("legacy",
                          "undated; names Nậm Pồ district (districts ended on 1 July 2025)")
