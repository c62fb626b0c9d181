"""Hypothesis strategies for article-like text: seed sentences, mutated.

Sentences come from the bodies of the five seed articles (``seeds/``); a
generated article is a title line and a few paragraphs of those sentences,
each possibly mutated the way copied text gets mutated in the wild:

- diacritics stripped ("Điện Biên" → "Dien Bien") or the whole text in NFD;
- place names swapped for other gazetteer names;
- numbers reformatted ("2,650" → "2650", "2.650", "2 650", "2\u00a0650");
- junk inserted: NBSP, zero-width characters, curly quotes, HTML-ish
  fragments, entities, stray combining marks, random unicode.

Nothing here reads ``/work/shared``; the gazetteer is the package's own.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from geo.reading.articles import parse_article
from geo.text import sentence_spans, strip_diacritics

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: Multiply every ``max_examples`` by ``$GEO_FUZZ_SCALE`` (default 1) for a deep local run.
SCALE = max(1, int(os.environ.get("GEO_FUZZ_SCALE", "1") or 1))
#: ``GEO_FUZZ_RANDOM=1`` draws fresh examples on each run (a local bug hunt, not CI).
RANDOM = os.environ.get("GEO_FUZZ_RANDOM", "") not in ("", "0")


def ci_settings(max_examples: int) -> settings:
    """Return reproducible settings for CI: derandomized, no database, bounded examples.

    No deadline: a timing check would make the suite flaky on a loaded
    machine; the number of examples bounds the run time instead.
    """
    return settings(
        max_examples=max_examples * SCALE,
        derandomize=not RANDOM,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
    )


# --- material from the seeds ------------------------------------------------


@cache
def seed_sentences() -> tuple[str, ...]:
    """Every sentence of the seed article bodies (one line each, stripped)."""
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = parse_article(text, article_id=path.stem)
        for span in sentence_spans(text, article.body.start, article.body.end):
            sentence = " ".join(text[span.start:span.end].split())
            if len(sentence) > 10:
                out.append(sentence)
    assert len(out) > 200, "the seeds should give a few hundred sentences"
    return tuple(out)


@cache
def seed_titles() -> tuple[str, ...]:
    """The titles of the seed articles."""
    titles = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        titles.append(parse_article(text, article_id=path.stem).title or "Untitled")
    return tuple(titles)


@cache
def gazetteer():
    """The built-in gazetteer (loaded once per process)."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@cache
def place_names() -> tuple[str, ...]:
    """Names of places near the border: posts, gates, markers' communes, villages, countries.

    Only places in Điện Biên (legacy province 11 / its 2025 successor) and
    curated entries: a few hundred names the mention finder knows well.
    """
    names = set()
    for place in gazetteer().places:
        curated = place.id.split(":")[0] in {"post", "gate", "village", "country", "foreign"}
        local = (place.province or "").endswith(":11") or place.id.endswith(":11")
        if curated or (local and place.kind in {"district", "commune", "ward", "province"}):
            names.add(place.name)
    return tuple(sorted(names))


@cache
def seed_names() -> tuple[str, ...]:
    """Names (as written) that occur in the seed sentences: the ones a swap replaces."""
    text = "\n".join(seed_sentences())
    present = [n for n in place_names() if len(n) > 3 and n in text]
    return tuple(sorted(present, key=len, reverse=True))


# --- mutations ----------------------------------------------------------------


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _reformat(number: str, style: int) -> str:
    digits = number.replace(",", "")
    whole, _, frac = digits.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    seps = [",", "", ".", " ", "\u00a0", "\u202f", "'"]
    sep = seps[style % len(seps)]
    if sep == "." and frac:
        sep = ","
        return sep.join(groups) + "." + frac  # never two dots
    out = sep.join(groups)
    return out + ("." + frac if frac else "")


@st.composite
def reformat_numbers(draw, text: str) -> str:
    """Reformat some numbers of *text* (thousands separators, none, NBSP...)."""
    def repl(m: re.Match) -> str:
        return _reformat(m.group(0), draw(st.integers(0, 6)))

    if not _NUMBER.search(text):
        return text
    return _NUMBER.sub(repl, text, count=draw(st.integers(1, 4)))


@st.composite
def swap_names(draw, text: str) -> str:
    """Replace names of places in *text* by other gazetteer names."""
    present = [n for n in seed_names() if n in text]
    if not present:
        return text
    for _ in range(draw(st.integers(1, 3))):
        old = draw(st.sampled_from(present))
        new = draw(st.sampled_from(place_names()))
        text = text.replace(old, new, 1)
    return text


JUNK = (
    "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202f",
    "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026",
    "<b>", "</b>", "<p>", "</p>", "<br/>", "<a href='javascript:alert(1)'>", "</a>",
    "<script>alert(1)</script>", "<!-- c -->", "&nbsp;", "&amp;", "&#8217;", "\"><svg onload=x>",
    "\u0301", "\u0323", "\u0300\u0303", "\u200e", "\u202e", "\U0001f600", "\t", "\r\n", "\n",
    "\n\n", "\u2028", "\u0085", "\x0c", " ", "  ", "ĐBP - ", "(VNA) - ", "Comment", "Recent news",
    "marker 108", "markers 107 to 111", "1,220,030", "VND 17.4 billion", "59.7kg", "over 2,650",
    "2021-2026 term", "Decree No.03/2019/NĐ-CP", "Military Region 2", "Lào",
)


@st.composite
def insert_junk(draw, text: str) -> str:
    """Insert a few junk fragments at arbitrary positions (inside words too)."""
    for _ in range(draw(st.integers(1, 5))):
        pos = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(st.sampled_from(JUNK), st.text(min_size=1, max_size=4)))
        text = text[:pos] + piece + text[pos:]
    return text


@st.composite
def mutated_sentence(draw) -> str:
    """One seed sentence with zero or more mutations applied."""
    text = draw(st.sampled_from(seed_sentences()))
    if draw(st.booleans()):
        text = draw(swap_names(text))
    if draw(st.booleans()):
        text = draw(reformat_numbers(text))
    if draw(st.integers(0, 4)) == 0:
        text = strip_diacritics(text)
    if draw(st.booleans()):
        text = draw(insert_junk(text))
    return text


@st.composite
def article_texts(draw, *, max_paragraphs: int = 4) -> str:
    """An article-like text: a title, an optional dateline, paragraphs of mutated sentences.

    Sometimes followed by furniture ("Comment", "Recent news" teasers), and
    sometimes as a whole in NFD.
    """
    title = draw(st.one_of(st.sampled_from(seed_titles()), mutated_sentence()))
    paragraphs = draw(st.lists(st.lists(mutated_sentence(), min_size=1, max_size=3),
                               min_size=1, max_size=max_paragraphs))
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    if draw(st.booleans()):
        body = draw(st.sampled_from(["ĐBP - ", "DBP - ", "(VNA) - ", ""])) + body
    tail = draw(st.sampled_from([
        "", "\n\nHà Linh", "\n\nComment\n\nYou have 500/500 characters left",
        "\n\nRecent news\n\n- Border guards of Nậm Pồ help villagers\n\nSOCIAL AFFAIRS -",
    ]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = (title + "\n\n" + body + tail).replace("\n", newline)
    if draw(st.integers(0, 5)) == 0:
        text = unicodedata.normalize("NFD", text)
    return text


def nfc_article_texts(**kwargs):
    """Article texts in NFC (for comparing with their NFD form)."""
    return article_texts(**kwargs).map(lambda t: unicodedata.normalize("NFC", t))


#: Any text at all, to make sure the parser survives what is not an article.
any_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
)
