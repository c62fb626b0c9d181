"""Reading's fast paths give what the plain code they replace gives.

Each test writes the plain version (the code before the fast path) and
checks that the module agrees with it on texts that take the fast path and
on texts that do not.  Behaviour only: nothing here is timed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from geo.errors import ArticleError
from geo.reading import _decoding, _furniture
from geo.reading.read import read_article

SEED = (Path(__file__).resolve().parent.parent / "seeds"
        / "001_ecd96f9a6b292574.txt").read_text(encoding="utf-8")

# --- mojibake and control characters (geo/reading/_decoding.py) -------------

PLAIN_MOJIBAKE = re.compile(f"[Ã-ßĂĐƠƯ][{_decoding._CONT}]|[à-ïăđơư][{_decoding._CONT}]{{2}}")
PLAIN_CONTROL = re.compile("[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def test_mojibake_pattern_finds_what_the_plain_alternation_finds():
    alphabet = "aÃßĂĐƠƯàïăđơưÂâê€‚’“”–—\x80\xbf\xc0 é\n"
    rng = random.Random(16)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
             for _ in range(20_000)] + [SEED, SEED.encode("utf-8").decode("cp1252", "replace")]
    for text in texts:
        assert _decoding._MOJIBAKE.findall(text) == PLAIN_MOJIBAKE.findall(text), text
        new, plain = _decoding._MOJIBAKE.search(text), PLAIN_MOJIBAKE.search(text)
        assert (new and new.span()) == (plain and plain.span()), text


@pytest.mark.parametrize("text", [
    "Plain ASCII text, no mojibake possible.",
    SEED,
    SEED + " CafÃ© Ã© Ã©",  # three pairs: refused
    SEED + " CafÃ© Ã©",  # two pairs: kept (valid UTF-8 needs three)
    SEED + " Äiá»‡n BiÃªn" * 2,  # triples: refused
    "x" * 700 + "\x01" * 9,  # nine controls in 709 characters: refused
    "x" * 1000 + "\x01" * 10,  # ten in 1,010: kept
    "ệ" * 1000 + "\x01\x1f\x7f" * 4,  # non-ASCII text: each control counted once
    "ệ\x1b" * 200,  # ESC is not counted
    "x" * 200_000 + "\x01" * 3000,  # controls past 200,000 characters not counted
])
def test_check_text_refuses_what_the_plain_scans_refuse(text):
    def plain(text: str) -> str | None:
        matches = PLAIN_MOJIBAKE.findall(text, 0, 200_000)
        triples = sum(len(m) == 3 for m in matches)
        if triples >= 2 or len(matches) - triples >= 3:
            return "mojibake"
        controls = len(PLAIN_CONTROL.findall(text, 0, 200_000))
        if controls > max(8, len(text[:200_000]) // 100):
            return f"{controls} control characters"
        return None

    expected = plain(text)
    if expected is None:
        _decoding._check_text(text, "a.txt", "utf-8")
    else:
        with pytest.raises(ArticleError, match=re.escape(expected)):
            _decoding._check_text(text, "a.txt", "utf-8")


def test_entities_in_ascii_and_non_ascii_text_are_read(tmp_path):
    for name, text in [("ascii.txt", "Title\n\nTom &amp; Jerry&nbsp;went home.\n"),
                       ("vi.txt", "Điện Biên\n\nTom &amp; Jerry&#39;s home.\n")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        article = read_article(path)
        assert "&amp;" not in article.text and "Tom & Jerry" in article.text
        assert any("HTML entities" in w for w in article.warnings)


def test_mojibake_in_a_non_ascii_file_is_still_refused(tmp_path):
    path = tmp_path / "moji.txt"
    path.write_bytes(SEED.encode("utf-8").decode("cp1252", "replace").encode("utf-8"))
    with pytest.raises(ArticleError, match="mojibake"):
        read_article(path)


# --- line keys and line classifiers (geo/reading/_furniture.py) -------------

_TABLE = str.maketrans({**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
                        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " "})


def plain_line_key(raw: str) -> str:
    if len(raw) > 4 * _furniture.MAX_SHORT_LINE:
        return raw.strip()
    if raw[:1] == "#" or "**" in raw:
        raw = _furniture._MARKDOWN_MARKS.sub("", raw)
    raw = _furniture._LEAD_EMPHASIS.sub(r"\1\3", raw)
    if "](" in raw:
        raw = _furniture._MARKDOWN_LINK.sub(r"\1", _furniture._MARKDOWN_LINK.sub(r"\1", raw))
    return " ".join(unicodedata.normalize("NFC", raw).translate(_TABLE).split())


def test_line_key_is_the_plain_key():
    spaces = [c for c in map(chr, range(0x3001)) if c.isspace()]
    alphabet = list("ab #*[]()!:") + spaces + list(
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u202f\u2018\u2019\u201c\u201d\u2013\u2014"
    ) + ["e\u0301", "\u0301", "ệ", "Đ", "\u200e", "\x01", "  ", "**", "]("]
    rng = random.Random(16)
    raws = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
            for _ in range(20_000)] + SEED.splitlines()
    raws += ["  Điện Biên’s  “border”\u00a0post – 2024 ", "a\u200bb", "x\u200b y", "\tTags:\u202fA"]
    for raw in raws:
        assert _furniture.line_key(raw) == plain_line_key(raw), repr(raw)


_PLAIN_SEPARATOR = re.compile(r"\d+ ?/ ?\d+|characters?", re.IGNORECASE)


@pytest.mark.parametrize("key", [
    "Comments", "Your comment (0)", "Tags: Điện Biên", "Related news", "Most read",
    "You have 500/500 characters left", "500 characters left", "Only 500 characters left",
    "Please enter 5 or more characters", "Please enter your name", "1.2K reactions",
    "Like · Comment", "View 12 more comments", "Ten characters left", "The news", "",
])
def test_section_header_is_the_plain_search(key):
    plain = bool(_furniture._SECTION_HEADER.match(key) or _furniture._TAGS.match(key)
                 or (_furniture._COMMENT_BOX.search(key) and not _PLAIN_SEPARATOR.search(key)))
    assert _furniture.is_section_header(key) == plain


@pytest.mark.parametrize("key", [
    "— Page 2 of 4", "Page 3", "page 12/40", "- 12 -", "– 7 –", "Annual report — Page 2 of 4",
    "Page 3 \t", "Page ٣", "Page 2 of 4 more", "Read more: Điện Biên border", "See also: x",
    "The page 2", "homepage 2", "-", "", "x" * 400 + " page 2",
])
def test_inline_furniture_is_the_plain_search(key):
    plain = len(key) <= _furniture.MAX_SHORT_LINE and bool(
        _furniture._INLINE.match(key) or _furniture._PAGE_LINE.search(key))
    assert _furniture.is_inline_furniture(key) == plain
