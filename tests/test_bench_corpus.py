"""The benchmark's synthetic corpus generator: deterministic, seed-like, readable."""

from __future__ import annotations

import pytest

from benchmarks import corpus as synth

NAMES = ("Mường Toong", "Chà Tở", "Leng Su Sìn", "Nà Hỳ")


def test_same_arguments_give_identical_files(tmp_path):
    a = synth.generate_corpus(tmp_path / "a", 30, seed=3, names=NAMES)
    b = synth.generate_corpus(tmp_path / "b", 30, seed=3, names=NAMES)
    assert [p.name for p in a] == [p.name for p in b]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_another_seed_gives_another_corpus(tmp_path):
    a = synth.generate_corpus(tmp_path / "a", 10, seed=3, names=NAMES)
    b = synth.generate_corpus(tmp_path / "b", 10, seed=4, names=NAMES)
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in b]


def test_seeds_split_into_header_body_closing_and_furniture():
    seeds = synth.load_seeds()
    assert len(seeds) == 5
    for s in seeds:
        assert s.header and len(s.body) >= 5
        assert "Comment" in s.tail
        assert all("You have 500/500" not in p for p in s.body)
    # the dated seed keeps both datelines and its title in the header
    dated = next(s for s in seeds if s.header[0].startswith("Friday"))
    assert "Dien Bien Provincial Border Guard" in dated.header[-1]


def test_articles_are_seed_like_and_swap_names(tmp_path):
    paths = synth.generate_corpus(tmp_path, 60, seed=7, names=NAMES)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    mean = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
    assert 8_000 < mean < 25_000  # the seeds average about 14 kB
    assert all("\ufffd" not in t and t.endswith("\n") for t in texts)
    assert sum("Comment" in t for t in texts) == len(texts)  # furniture kept
    assert any("Recent news" in t for t in texts)
    joined = "\n".join(texts)
    assert any(n in joined or synth.strip_diacritics(n) in joined for n in NAMES)
    assert "Dien Bien" in joined and "Điện Biên" in joined  # with and without diacritics


def test_strip_diacritics_keeps_case():
    assert synth.strip_diacritics("Điện Biên Phủ, Nà Bủng") == "Dien Bien Phu, Na Bung"


def test_generated_articles_are_readable(tmp_path):
    reading = pytest.importorskip("geo.reading.read")
    paths = synth.generate_corpus(tmp_path, 12, seed=7, names=NAMES)
    for path in paths:
        article = reading.read_article(path)
        assert article.text == path.read_text(encoding="utf-8")
        assert article.body.end > article.body.start
        assert article.title
