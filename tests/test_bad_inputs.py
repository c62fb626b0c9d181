"""Inputs of issue 8 not covered elsewhere: the whole pipeline on odd but valid text.

See ``docs/INPUTS.md`` for every input, what the product does with it and
the test that proves it.  The tests here cover what the reading and parsing
tests do not: the same *mentions and figures* for NFD, NBSP, zero-width and
curly-quoted seeds; huge articles (thousands of names or numbers, one
enormous line) that must finish with sane output and do work linear in
their size; and a messy corpus folder through the command line.

"Linear" is asserted on behaviour, never on time: the number of Python
function calls made (a deterministic count) may at most roughly double when
the input doubles, and the text a step reads per figure stays bounded.
"""

from __future__ import annotations

import pathlib
import sys
import unicodedata
from pathlib import Path

import pytest

import geo.cli as cli
from geo.figures.extract import extract_figures
from geo.mentions.find import find_mentions
from geo.pipeline import process_article
from geo.reading.articles import parse_article
from geo.reading.read import read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
INPUTS = Path(__file__).resolve().parent / "data" / "inputs"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def pipeline(text: str, gaz, article_id: str = "a"):
    article = parse_article(text, article_id=article_id)
    result = process_article(article, gaz)
    for m in result.mentions:
        assert text[m.start:m.end] == m.surface
    for f in result.figures:
        assert text[f.start:f.end] == f.quote
    return result


def signature(result):
    return ([(m.place_id, m.kind, m.in_body, m.marker_numbers) for m in result.mentions],
            [(f.value, f.unit, f.place_id, f.period) for f in result.figures])


def calls(fn) -> int:
    """Count the Python and built-in function calls *fn* makes (deterministic work)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def assert_linear(make_text, gaz, n: int) -> None:
    """The work for 2n items is at most ~2.3 times the work for n items (not 4: quadratic)."""
    def run(k):
        article = parse_article(make_text(k), article_id="big")
        return calls(lambda: extract_figures(article, find_mentions(article, gaz)))

    run(n)  # warm caches (the name index) so both counts see the same work
    small, big = run(n), run(2 * n)
    assert big <= 2.3 * small, f"work grows {big / small:.2f}x when the input doubles"


# --- Unicode forms and invisible characters: the same mentions and figures --------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_nfd_seed_file_gives_the_same_mentions_and_figures(tmp_path, gaz, path):
    nfd = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    copy = tmp_path / path.name
    copy.write_bytes(nfd.encode("utf-8"))
    a_nfd, a_nfc = read_article(copy), read_article(path)
    assert a_nfd.text == nfd  # as read: not normalised
    r_nfd, r_nfc = process_article(a_nfd, gaz), process_article(a_nfc, gaz)
    for m in r_nfd.mentions:
        assert nfd[m.start:m.end] == m.surface
    for f in r_nfd.figures:
        assert nfd[f.start:f.end] == f.quote
    assert signature(r_nfd) == signature(r_nfc)
    assert r_nfc.mentions and [unicodedata.normalize("NFC", m.surface)
                               for m in r_nfd.mentions] == [m.surface for m in r_nfc.mentions]


def _invisible_junk(text: str) -> str:
    """NBSP between words, zero-width characters inside names, straight → curly quotes."""
    text = text.replace("Pa Thơm", "Pa\u00a0Thơm").replace("Nậm Pồ", "Nậm\u200b Pồ")
    text = text.replace("Điện Biên", "Điện\u00a0Biên")
    text = text.replace("Si Pa Phìn", "Si Pa Ph\u00adì\u200dn")
    text = text.replace(" border ", " border\u00a0").replace("'", "\u2019")
    return text.replace(' "', " \u201c").replace('" ', "\u201d ")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_nbsp_zero_width_and_curly_quotes_give_the_same_places(gaz, path):
    text = path.read_text(encoding="utf-8")
    junk = _invisible_junk(text)
    assert junk != text
    clean, dirty = pipeline(text, gaz), pipeline(junk, gaz)
    assert [(m.place_id, m.kind) for m in dirty.mentions] == \
        [(m.place_id, m.kind) for m in clean.mentions]
    assert [f.value for f in dirty.figures] == [f.value for f in clean.figures]


# --- huge articles: finish, sane output, linear work ------------------------------------


def test_thousands_of_figures_in_thousands_of_sentences(gaz):
    n = 3000
    body = " ".join(f"In Pa Thơm commune, border guards made {2100 + i * 13:,} patrols."
                    for i in range(n))
    result = pipeline("Patrol log\n\nĐBP - " + body, gaz)
    assert [f.value for f in result.figures] == [2100 + i * 13 for i in range(n)]
    assert {f.unit for f in result.figures} == {"patrols"}
    assert len(result.mentions) == n
    assert {m.name for m in result.mentions} == {"Pa Thơm"}
    assert {f.place_name for f in result.figures} == {"Pa Thơm"}


def _names_line(k: int) -> str:
    names = ["Pa Thơm", "Nậm Kè", "Chà Nưa", "Si Pa Phìn"] * (k // 4)
    return "Border communes\n\nThe communes of " + ", ".join(names) + " and Na Ư."


def test_thousands_of_names_in_one_sentence(gaz):
    """Regression (_mention_context._lists): the list joined every name once per name."""
    result = pipeline(_names_line(4000), gaz)
    body = [m for m in result.mentions if m.in_body]
    assert len(body) == 4001
    assert {m.kind for m in body} == {"commune"}
    assert all(m.place_id for m in body)
    assert_linear(_names_line, gaz, 1000)


def _first_numbers(k: int) -> list[int]:
    return [1 + 5 * (i % 199) for i in range(k)]  # marker numbers have at most 3 digits


def _marker_line(k: int) -> str:
    return "Markers\n\n" + " ".join(f"markers {i} to {i + 4} on the Laos border,"
                                     for i in _first_numbers(k)) + " were repaired."


def test_thousands_of_marker_ranges_in_one_sentence(gaz, monkeypatch):
    """Regression (mentions.markers.marker_series): each range rescanned its whole sentence."""
    import geo.mentions.markers

    read = []
    real = geo.mentions.markers.series_from_words

    def spy(text):
        read.append(len(text))
        return real(text)

    monkeypatch.setattr(geo.mentions.markers, "series_from_words", spy)
    k = 1500
    text = _marker_line(k)
    result = pipeline(text, gaz)
    assert sum(read) <= 3 * len(text)  # the sentence is read once, not once per range
    markers = [m for m in result.mentions if m.kind == "border_marker"]
    assert len(markers) == k
    assert [m.marker_numbers for m in markers] == [tuple(range(i, i + 5))
                                                   for i in _first_numbers(k)]
    assert {m.place_id.split(":")[1] for m in markers if m.place_id} <= {"vn-la"}
    assert_linear(_marker_line, gaz, 500)


def test_one_enormous_line_through_the_whole_pipeline(gaz):
    """Over 600,000 characters on one line, no line break: every mention and figure found.

    The same sentence 6,000 times reports two facts: two figures, each with
    6,000 quotes (a repeated figure is one figure, see geo.figures._dedup).
    """
    sentence = ("Border guards of “Pa Thơm Border Post” made 1,234 patrols with "
                "VND\u00a017.4 billion in Nậm Pồ district. ")
    n = 6000
    text = "ĐBP - " + sentence * n
    assert "\n" not in text and len(text) > 600_000
    result = pipeline(text, gaz)
    posts = [m for m in result.mentions if m.kind == "border_post"]
    assert len(posts) == n and {m.place_id for m in posts} == {"post:pa-thom"}
    values = sorted({f.value for f in result.figures})
    assert values == [1234, 17_400_000_000]
    assert len(result.figures) == 2
    assert [len(f.quotes) for f in result.figures] == [n, n]


def _numbers_line(k: int) -> str:
    return "Tally\n\nThe post counted " + " and ".join(f"{1000 + i:,} patrols" for i in range(k))


def test_thousands_of_numbers_in_one_unpunctuated_sentence_finish(gaz):
    result = pipeline(_numbers_line(1500), gaz)
    assert [f.value for f in result.figures] == [1000 + i for i in range(1500)]


def test_text_read_per_figure_is_bounded(gaz, monkeypatch):
    import geo.figures.extract as figures

    read = []
    real = figures.theme_for

    def spy(subject, unit="", context=""):
        read.append(len(context))
        return real(subject, unit, context)

    monkeypatch.setattr(figures, "theme_for", spy)
    text = _numbers_line(2000)
    pipeline(text, gaz)
    assert len(read) == 2000
    assert sum(read) <= 20 * len(text), "context read per figure grows with the sentence"


# --- a messy corpus folder through the command line ----------------------------------


def test_messy_folder_on_the_command_line(tmp_path, monkeypatch, capsys):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a_good.txt").write_bytes(SEED_FILES[1].read_bytes())
    (root / "b_photo.txt").write_bytes(PNG)
    (root / "c_photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")  # not an article name: skipped
    (root / "d_notes.json").write_text("{}")
    (root / "e_locked.txt").write_bytes(SEED_FILES[2].read_bytes())
    (root / "f_link.txt").symlink_to(root / "a_good.txt")  # the same file: read once
    (root / "g_broken.txt").symlink_to(root / "gone.txt")
    (root / ".hidden.txt").write_bytes(b"")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "sub" / "page.html").write_bytes((INPUTS / "page_with_script.html").read_bytes())
    real_open = pathlib.Path.open

    def deny(self, *args, **kwargs):
        if self.name == "e_locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", deny)
    code = cli.main(["mentions", str(root), "--json", "--no-cache", "--quiet"])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"geo: warning: {root / 'sub' / 'page.html'}: publication date " \
        "2025-08-01 from the page's markup"
    assert lines[1:] == [
        f"geo: {root / 'b_photo.txt'}: not a text file (looks like a PNG image)",
        f"geo: {root / 'e_locked.txt'}: cannot read (Permission denied)",
        f"geo: {root / 'g_broken.txt'}: broken symbolic link",
        "geo: 3 file(s) failed, 2 processed",
    ]
    import json

    articles = {json.loads(line)["article"] for line in out.splitlines()}
    assert articles == {"a_good", "page"}
