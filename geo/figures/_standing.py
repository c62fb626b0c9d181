"""Where a number stands that makes it no figure: a short quotation, a heading, a marker.

Private to :mod:`geo.figures.extract`.  A number inside a short quotation is
part of a slogan or a name ("the “3 nos” campaign"); one in an
upper-case heading of a page of briefs ("6,000 METH PILLS SEIZED NEAR LAO
BORDER") is the brief's headline, which its text then reports; one inside
a marker mention ("markers 103 and 104") is a marker's number; one glued to
a network's generation or a voltage ("4G", "35 kV lines") names a kind of thing.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

__all__ = ["after_kind", "in_heading", "in_short_quote", "in_spans", "kind_number"]

#: The longest line read as a heading.
_HEADING_CHARS = 160


#: A numbered section's heading: "3.1 Routes", "2.4.1 Prices" (its words in title case, short,
#: no sentence)
_SECTION_NUMBER = re.compile(r"[^\S\n]*#*[^\S\n]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[^\S\n]+[A-Z][a-z]+"
                             r"(?:,?[^\S\n]+[\w–-]+){0,5}[^\S\n]*$")
#: What may come before a section's number on its line: indent, a Markdown heading's "### "
_SECTION_LEAD = re.compile(r"[^\S\n]*#*[^\S\n]*")

#: A numbered section's heading run into its first paragraph: "**3.2 Costs.** The total ...",
#: "3.4 Mobile phones: before the project ..." (a few words closed by a point or colon)
_RUN_IN_SECTION = re.compile(r"[^\S\n]*(?:\*\*|__)?\d{1,2}(?:\.\d{1,2}){1,3}\.?[^\S\n]+[A-Z][a-z]+"
                             r"(?:[^\S\n]+[\w–-]+){0,3}[.:](?:\*\*|__)?(?:[^\S\n]|$)")


def in_heading(text: str, pos: int) -> bool:
    """Tell a heading line ("6,000 METH PILLS SEIZED NEAR LAO BORDER").

    In upper case, or a report's numbered section for the number opening it ("3.1 Routes",
    also run into its paragraph: "**3.2 Costs.** The total ...").
    """
    start = text.rfind("\n", max(0, pos - _HEADING_CHARS), pos) + 1
    if pos - start < 6 and _RUN_IN_SECTION.match(text, start):
        return True  # "**3.2 Costs.** The total project budget was ..."
    end = text.find("\n", pos, pos + _HEADING_CHARS)
    if (start == 0 and pos >= _HEADING_CHARS) or end < 0 and len(text) - pos >= _HEADING_CHARS:
        return False  # a line that long is no heading (and is not read whole: linear time)
    line = text[start:end if end >= 0 else len(text)]
    if _SECTION_NUMBER.match(line) and _SECTION_LEAD.fullmatch(text, start, pos):
        return True  # a report's numbered section: "3.1 Routes", "3.2 Seizures, 2008–2010"
    return line.upper() == line and 3 <= len(line.split()) <= 12 and not line.rstrip().endswith(
        (".", "!", "?", ";", ",")) and sum(c.isalpha() for c in line) >= 10


#: After a number, what makes it a name of a kind of thing: a mobile network's generation
#: ("3G", "4G LTE"; grams are "g"), a power line's voltage class ("35 kV lines", "110kV")
_KIND_NUMBER = re.compile(r"G\b|[^\S\n]?[kK][vV]\b")
_CONTAINER = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+)?containers?\b")
#: Such a number between a count and its noun: "312 5G base stations", "20 35kV lines"
_KIND_BETWEEN = re.compile(rf"[^\S\n]+\d{{1,3}}(?:{_KIND_NUMBER.pattern})")


def kind_number(text: str, q) -> bool:
    """Tell a number that names a kind of thing, not a measure of a place.

    *q* is a :class:`geo.figures.numbers.Quantity`: "4G coverage", "35 kV
    lines" (a digit glued to its generation or voltage), "a 40-foot
    container" (a size of box).
    """
    if q.unit == "ft" and _CONTAINER.match(text, q.end):
        return True
    return not q.is_word and _KIND_NUMBER.match(text, q.num_end) is not None


def after_kind(text: str, pos: int) -> int:
    """Return *pos*, or past a kind's number there: the count's words follow it."""
    between = _KIND_BETWEEN.match(text, pos)
    return between.end() if between else pos


def in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` sits in a short quotation (a slogan, a name)."""
    for left, right in (("“", "”"), ('"', '"')):
        o = text.rfind(left, max(0, start - 40), start)
        if o < 0 or text.rfind(right, o + 1, start) >= 0:
            continue
        c = text.find(right, end, o + 42)
        if c >= 0 and "\n" not in text[o:c]:
            return True
    return False


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Tell whether *pos* lies in one of *spans* (sorted, not overlapping), in log time."""
    k = bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and pos < spans[k][1]
