"""The seed articles against their expected mentions (tests/data/expected_mentions).

The expectations were written by reading the articles, not by running the code.
"""

import csv
from collections import Counter
from pathlib import Path

import pytest

from geo.mentions.find import find_mentions
from geo.reading.read import read_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = Path(__file__).parent / "data" / "expected_mentions"


def _expected(article_id):
    with open(EXPECTED / f"{article_id}.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _found(path, gaz):
    article = read_article(path)
    return article, find_mentions(article, gaz)


def _key(m):
    return (m.surface, m.kind, m.place_id or "")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_every_expected_mention_is_found(path, gaz):
    article, mentions = _found(path, gaz)
    body = Counter(_key(m) for m in mentions if m.in_body)
    anywhere = Counter(_key(m) for m in mentions)
    missing = []
    for row in _expected(article.id):
        key = (row["surface"], row["kind"], row["place_id"])
        want = int(row["count"])
        pool = body if row["where"] == "body" else anywhere
        if pool[key] < want:
            missing.append((row["where"], *key, f"want {want}, found {pool[key]}"))
        if row["where"] == "body":
            body[key] -= want
        anywhere[key] -= want
    assert not missing


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_no_false_places_in_the_body(path, gaz):
    article, mentions = _found(path, gaz)
    expected = Counter()
    for row in _expected(article.id):
        if row["where"] == "body":
            expected[(row["surface"], row["kind"], row["place_id"])] += int(row["count"])
    found = Counter(_key(m) for m in mentions if m.in_body)
    extra = found - expected
    assert not extra


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_markers_and_methods(path, gaz):
    article, mentions = _found(path, gaz)
    for row in _expected(article.id):
        same = [m for m in mentions if _key(m) == (row["surface"], row["kind"], row["place_id"])]
        if row["marker_numbers"]:
            numbers = tuple(int(n) for n in row["marker_numbers"].split())
            assert same and all(m.marker_numbers == numbers for m in same)
            assert all(m.marker_series == "VN-LA" for m in same)
        if row["method"]:
            assert same and all(m.method == row["method"] for m in same)


def test_markers_name_the_commune_they_lie_in(gaz):
    """Seed 000: "In Pa Thơm commune (Điện Biên district), five border markers (from
    markers 107 to 111) ..." -- the markers stand in the legacy commune Pa Thơm, and
    their mention names it, as the mention of the commune itself does."""
    path = next(p for p in SEEDS if p.name.startswith("000_"))
    _, mentions = _found(path, gaz)
    markers = next(m for m in mentions if m.surface == "markers 107 to 111")
    commune = next(m for m in mentions if m.surface == "Pa Thơm" and m.kind == "commune"
                   and m.sentence == markers.sentence)
    assert markers.legacy_unit == commune.place_id == commune.legacy_unit == "vnold:c:03340"
    assert markers.legacy_name == commune.legacy_name == "Pa Thơm"
    assert markers.successor == commune.successor
    assert markers.successor_name == commune.successor_name == gaz.get(
        commune.successor).name


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_offsets_passages_and_reasons(path, gaz):
    article, mentions = _found(path, gaz)
    for m in mentions:
        assert article.text[m.start:m.end] == m.surface
        assert m.sentence is not None and m.sentence.start <= m.start < m.sentence.end
        assert m.paragraph is not None and m.paragraph.start <= m.start < m.paragraph.end
        assert m.why, m
        row = m.to_row()
        assert row["article"] == article.id and isinstance(row["marker_numbers"], list)


def _traps():
    with open(EXPECTED / "traps.csv", encoding="utf-8") as fh:
        return [(r["article"], r["context"], r["text"]) for r in csv.DictReader(fh)]


@pytest.mark.parametrize(("prefix", "context", "trap"), _traps())
def test_traps_produce_no_place(prefix, context, trap, gaz):
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    article, mentions = _found(path, gaz)
    text = article.text
    spans = []
    pos = text.find(context)
    while pos >= 0:
        s = pos + context.index(trap)
        spans.append((s, s + len(trap)))
        pos = text.find(context, pos + 1)
    assert spans, f"{context!r} not in {prefix}"
    hit = [m for m in mentions for s, e in spans if m.start < e and s < m.end]
    assert not hit


def test_undated_article_reports_both_units(gaz):
    path = next(p for p in SEEDS if p.name.startswith("000"))
    _, mentions = _found(path, gaz)
    si_pa_phin = [m for m in mentions if m.place_id == "vnold:c:03199"]
    assert si_pa_phin
    for m in si_pa_phin:
        assert m.legacy_unit == "vnold:c:03199" and m.successor == "vn2025:c:03199"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_lazy_passages_equal_whole_text_split(path):
    from geo.mentions.find import Passages
    from geo.text import sentence_spans, span_containing

    text = read_article(path).text
    passages = Passages(text)
    whole = sentence_spans(text)
    for pos in range(0, len(text), 7):
        sentence, _ = passages.at(pos)
        if sentence is not None:
            assert sentence == span_containing(whole, pos)
