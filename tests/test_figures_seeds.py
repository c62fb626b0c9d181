"""Acceptance: the figures of the five seeds, against data written by reading them."""

from __future__ import annotations

import unicodedata

import pytest
from _figures_fixtures import SEEDS, hand_mentions, read_expected

from geo.figures.extract import extract_figures
from geo.reading.read import read_article

SEED_IDS = [p.stem for p in SEEDS]


def _num(s: str):
    if s == "":
        return None
    v = float(s)
    return int(v) if v.is_integer() else v


def _found_rows(figures):
    return [(f.value, f.value_high, f.unit, f.subject, f.theme, f.qualifier, f.period, f.vague)
            for f in figures]


def _expected_rows(rows):
    return [(_num(r["value"]), _num(r["value_high"]), r["unit"], r["subject"], r["theme"],
             r["qualifier"] or None, r["period"] or None, r["vague"] == "1") for r in rows]


@pytest.fixture(scope="module", params=SEEDS, ids=SEED_IDS)
def seed(request):
    article = read_article(request.param)
    return article, extract_figures(article, hand_mentions(article))


def test_seed_figures_match_expected(seed):
    article, figures = seed
    assert _found_rows(figures) == _expected_rows(read_expected(article.id))


def test_seed_scopes_match_expected(seed):
    article, figures = seed
    expected = read_expected(article.id)
    assert len(figures) == len(expected)
    wrong = [(f.quote, f.place_id, row["scope"], f.scope_reason)
             for f, row in zip(figures, expected, strict=True)
             if f.place_id not in row["scope"].split("|")]
    assert wrong == []


def test_seed_numbers_as_written_are_in_quotes(seed):
    article, figures = seed
    for f, row in zip(figures, read_expected(article.id), strict=True):
        assert row["number"].lower() in f.quote.lower()


def test_seed_quotes_are_exact_spans_in_body(seed):
    article, figures = seed
    for f in figures:
        assert article.text[f.start:f.end] == f.quote
        assert article.in_body(f.start, f.end)


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_seed_nfd_gives_the_same_figures(path):
    nfc = read_article(path)
    nfd_text = unicodedata.normalize("NFD", nfc.text)
    from dataclasses import replace

    from geo.model import Span

    def nfd_span(s: Span) -> Span:
        return Span(len(unicodedata.normalize("NFD", nfc.text[:s.start])),
                    len(unicodedata.normalize("NFD", nfc.text[:s.end])))

    nfd = replace(nfc, text=nfd_text, body=nfd_span(nfc.body),
                  furniture=tuple(map(nfd_span, nfc.furniture)))
    a = extract_figures(nfc, hand_mentions(nfc))
    d = extract_figures(nfd, hand_mentions(nfd))
    assert _found_rows(d) == _found_rows(a)
    assert [f.place_id for f in d] == [f.place_id for f in a]
    assert [unicodedata.normalize("NFC", f.quote) for f in d] == [f.quote for f in a]
    assert all(nfd.text[f.start:f.end] == f.quote for f in d)


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_seed_figures_with_the_real_mention_finder(path, gaz):
    """Integration: read_article + find_mentions + extract_figures against the expected data."""
    mentions = pytest.importorskip("geo.mentions.find")
    article = read_article(path)
    figures = extract_figures(article, mentions.find_mentions(article, gaz))
    expected = read_expected(article.id)
    assert _found_rows(figures) == _expected_rows(expected)
    wrong = [(f.quote, f.place_id, row["scope"], f.scope_reason)
             for f, row in zip(figures, expected, strict=True)
             if f.place_id not in row["scope"].split("|")]
    assert wrong == []
