"""The one-pass scan sees whole words only, and an article is folded once.

The automaton runs over the folded text's boundary form (every character that
is not a letter or digit a space) with each key between two spaces, so a name
inside a longer word never reaches the Python loop (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import pytest

from geo.mentions._index import boundary_form, index_for, scan
from geo.model import Article, Span
from geo.text import fold


@pytest.mark.parametrize(("text", "expected"), [
    ("dien-bien phu, x?", "dien bien phu  x "),
    ("a_b", "a b"),
    ("m\u00e9o", "m\u00e9o"),                 # a letter outside ASCII stays
    ("a\u2022b ?", "a b  "),                    # a bullet and a question mark do not
    ("\u52d0\u814a\u53bf.", "\u52d0\u814a\u53bf "),  # Chinese letters stay
    ("", ""),
])
def test_boundary_form_keeps_letters_and_digits_only(text, expected):
    assert boundary_form(text) == expected


def _names(gaz, text):
    hits, _ = scan(fold(text), index_for(gaz))
    return [h.entry.key for h in hits]


def test_names_inside_longer_words_are_not_hits(gaz):
    # "Pa Thơm" is a name; "Pa Thơmese" and "xPa Thơm" are not it
    assert _names(gaz, "Pa Thơm commune") == ["pa thom"]
    assert "pa thom" not in _names(gaz, "the Pa Thơmese people and xPa Thơm")


def test_punctuation_is_a_boundary_but_not_a_space_inside_a_name(gaz):
    assert _names(gaz, "(Pa Thơm)") == ["pa thom"]
    # "Pa-Thơm" is not the name "Pa Thơm": a hyphen inside a name is not a space
    assert "pa thom" not in _names(gaz, "Pa-Thơm")


def test_an_article_is_folded_once(gaz, monkeypatch):
    from geo.pipeline import process_article
    from geo.text import folding

    text = "Điện Biên, March 3, 2024. Border guards of Pa Thơm commune seized 2 kg of drugs."
    calls = []
    real = folding.Folded.of.__func__

    def counting(cls, original):
        calls.append(len(original))
        return real(cls, original)

    monkeypatch.setattr(folding.Folded, "of", classmethod(counting))
    process_article(Article("a", text, body=Span(0, len(text))), gaz)
    # small folds of single names may happen; the article's text is folded once
    assert sum(1 for n in calls if n >= len(text) - 1) == 1
