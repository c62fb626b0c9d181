"""Figures whose noun is left out because the sentence just said it.

Private to :mod:`geo.figures.extract`.  "Across the province the programme
supports 286 pupils, up from 241 a year ago"; "1,260 patrols, 214 of them
joint patrols"; "14 pairs of villages with Phongsaly and another 5 with
Luang Prabang": the bare number counts what the figure before it in the
same sentence counts; "19 of the wives", "74 of the province's cases": the
things named after it.  Only these forms are read (a number after "up/down
from", "compared with/to", "against", "another", "a further", or before "of
them/these/those", which may also look back over one sentence end: "It
sponsors 34 of them"), and only with a figure shortly before; any other
bare number still counts nothing.
"""

from __future__ import annotations

import re

from geo.figures.numbers import Quantity

__all__ = ["elided"]

_BEFORE = re.compile(r"(?:\b(?:up|down)[^\S\n]+from|\bcompared[^\S\n]+(?:with|to)|\bagainst"
                     r"|\bversus|\banother|\ba[^\S\n]+further)[^\S\n]+$", re.IGNORECASE)
_OF_THEM = re.compile(r"[^\S\n]+of[^\S\n]+(?:them|these|those)\b")
# "19 of the wives", "14 of the 52 households", "74 of the province's cases": a part of
# the things named after it
_PARTITIVE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the|these|those|its|their|our)[^\S\n]+"
                        r"(?:[\w-]+['’]s[^\S\n]+)?(?:[\d][\d,.]*[^\S\n]+)?"
                        r"(?P<noun>(?:[a-z-]+[^\S\n]+)?[a-z-]{2,}s)\b")
#: How far back the figure whose noun is meant may stand.
_REACH = 200
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[^\S\n]+[A-Z\"“]|\n")


def elided(text: str, q: Quantity, prev) -> tuple[str, str, int, None] | None:
    """Return ``(subject, unit, end, None)`` for a bare number that repeats *prev*'s noun.

    A part of things named right after it ("19 of the wives", "14 of the 52
    households") counts those, whatever came before.

    *prev* is the figure found before (``(quantity, subject, unit, end, rate)``)
    or ``None``.

    >>> from geo.figures.numbers import QUANTITY, parse_quantity
    >>> text = "It supports 286 pupils, up from 241 a year ago."
    >>> q = [parse_quantity(m) for m in QUANTITY.finditer(text)]
    >>> elided(text, q[1], (q[0], "pupils", "pupils", 22, None))
    ('pupils', 'pupils', 35, None)
    """
    if q.vague or q.unit or q.value is None:
        return None
    part = _PARTITIVE.match(text, q.end)
    if part and not part["noun"].endswith(("ss", "us", "is")):
        noun = part["noun"]
        return noun, noun.split()[-1], part.end(), None
    if prev is None:
        return None
    _, subject, unit, p_end, _ = prev
    if p_end > q.start or q.start - p_end > _REACH:
        return None
    ends = len(_SENTENCE_END.findall(text, p_end, q.start))
    of = _OF_THEM.match(text, q.end)
    if of and ends <= 1:
        return subject, unit, of.end(), None
    if ends == 0 and _BEFORE.search(text, max(p_end, q.start - 24), q.start):
        return subject, unit, q.end, None
    return None
