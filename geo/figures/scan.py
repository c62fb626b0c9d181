"""The fast scan for candidate quantities: :func:`iter_quantities`.

:data:`geo.figures.numbers.QUANTITY` tried at every position of a text is
slow; one Aho-Corasick pass finds where a number can start (a digit or a
number word's stem) and the pattern is tried there only.  Three readings
of the pattern as a range are undone here, where the text around a match
is at hand: a year followed by a figure ("from 52.3% in 2021 to 38.6%"),
a falling or rising pair ("from 3,820 to 2,610", "rose from 46 to 112") and "X
and Y" without "between".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick

from geo.figures.numbers import BETWEEN, QUALIFIERS, QUANTITY, is_falling

# Fast scan: one Aho-Corasick pass finds every digit and number-word stem (in
# lower, Capitalised and UPPER case); the full pattern is tried only there.  Same
# matches as ``QUANTITY.finditer``, several times faster (the full pattern alone
# tries every position of the text).
_STEMS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirt", "fift", "fort", "twent", "dozen", "hundred", "thousand", "million")
# What may stand right before a number (qualifier, currency, "a" of "a dozen"),
# matched backwards on the reversed text before it: one anchored attempt.
_REV_QUAL = "|".join(q[::-1].replace(" ", r"\s+") for q in QUALIFIERS)
_PREFIX_REV = re.compile(rf"(?:\s+a\b)?(?:\s?(?:DNV\b|ĐNV\b|DSU\b|YNC\b|BMR\b|KAL\b|BHT\b|\$SU"
                         rf"|\$|¥|D\b))?"
                         rf"(?:\s+(?:{_REV_QUAL})\b)?",
                         re.IGNORECASE)


def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for digit in "0123456789":
        auto.add_word(digit, 0)
    for stem in _STEMS:
        for form in (stem, stem.capitalize(), stem.upper()):
            auto.add_word(form, len(form) - 1)
    auto.make_automaton()
    return auto


_TRIGGERS = _automaton()


# a change upwards, before its "from": "the number rose from 46 to 112" (not "from 25 to 30
# people attended": a range)
_RISEN_FROM = re.compile(r"\b(?:rose|risen|rises|rising|increased|increases|increasing|grew|"
                         r"grown|grows|growing|climbed|jumped|soared|went[^\S\n]+up|up)"
                         r"[^\S\n]+from[^\S\n]+$")
_YEAR_NUM = re.compile(r"(?:19|20)\d{2}")


def _a_change(text: str, m: re.Match) -> bool:
    """Tell whether a range the pattern read is a change, two figures, not a range.

    "will fall from 3,820 to 2,610" (any fall), "rose from 46 to 112", "rose from
    12 to 15%", "rose from VND 31 million to VND 46 million"; not "from 25 to 30
    people attended", nor "rose from 5 to 7 million VND" (the scale said once: one
    range) or "grew from 20 to 25 km".
    """
    if is_falling(m.group("num"), m.group("high")):
        return True
    risen = _RISEN_FROM.search(text, max(0, m.start() - 24), m.start()) is not None
    if text[m.end("conn"):m.start("high")].strip():
        return risen  # each end an amount of its own: "from VND 31 million to VND 46 million"
    said_after = m.end() > m.end("high") and not (m.group("unit") or "").lower().startswith(
        ("%", "per"))
    return not said_after and not m.group("scale") and risen


def iter_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """Yield the :data:`QUANTITY` matches of ``text[start:end]``, fast.

    Parameters
    ----------
    text : str
        The text to scan.
    start, end : int, optional
        The span to scan (default: all of *text*).

    Yields
    ------
    re.Match
        The same matches as ``QUANTITY.finditer(text, start, end)`` (number
        words in mixed case such as "fIVE" are not found).
    """
    end = len(text) if end is None else end
    last = start
    for stop, back in _TRIGGERS.iter(text, start, end):
        p = stop - back
        if p < last or (p > 0 and (text[p - 1].isdigit() if back == 0
                                   else text[p - 1].isalpha())):
            continue
        back = _PREFIX_REV.match(text[max(last, p - 24):p][::-1]).end()
        m = QUANTITY.match(text, p - back, end) if back else None
        if m is None or m.end() <= p:
            m = QUANTITY.match(text, p, end)
        if m is not None and m.group("conn") == "and" and not BETWEEN.search(
                text, max(0, m.start() - 12), m.start()):
            # "25 and 30 men": two figures; only "between 25 and 30" is a range
            m = QUANTITY.match(text, m.start(), m.start("conn"))
        if m is not None and m.group("high") and _YEAR_NUM.fullmatch(m.group("num")) \
                and not _YEAR_NUM.fullmatch(m.group("high")):
            # "from 52.3% in 2021 to 38.6%": a year, then the next figure, not a range
            m = QUANTITY.match(text, m.start(), m.start("high"))
        elif m is not None and m.group("high") and _a_change(text, m):
            m = QUANTITY.match(text, m.start(), m.start("high"))
        if m is not None:
            last = m.end()
            yield m
