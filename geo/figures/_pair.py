"""A figure of "the two provinces": one of the pair the article names.

Private helper of :mod:`geo.figures._national`.  A report of a meeting
between two provinces says what they did together: "police and border
forces of the two provinces cooperated on 23 drug cases", "the 354.8 km of
border between the two provinces".  Such a figure is the pair's, and the
cascade's place for it (the gate of the paragraph before, a district named
later in the sentence) is not: it takes the province (of Vietnam or
abroad) the article names most, either of the pair a reader would accept
(not the last named: "... the northern Lao provinces of Phongsaly,
Oudomxay and Luang Prabang").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from geo.figures._scope import CLAUSE_BREAK, CLAUSE_WINDOW, Scope
from geo.model import Mention, Span
from geo.text.needles import Needled

__all__ = ["pair_province"]

#: The pair, as a reference: "the two provinces", "both provinces".
_TWO = Needled(re.compile(r"\b(?:the[^\S\n]+two|both)[^\S\n]+provinces\b", re.IGNORECASE), "prov")
#: ... right after a figure's words: "354.8 km of border between the two provinces", "the
#: 76 border markers between the two provinces", "trade of the two provinces".
_AFTER = re.compile(r"[^\S\n]*(?:[^\W\d][\w-]*[^\S\n]+){0,4}(?:between|of|shared[^\S\n]+by)"
                    r"[^\S\n]+(?:the[^\S\n]+two|both)[^\S\n]+provinces\b", re.IGNORECASE)
#: A road's length, which is where the road runs: "to build a 3-km concrete road to the X
#: gate", "12 km of road".
_ROAD = re.compile(r"\d[\d.,]*[^\S\n]?-?[^\S\n]?(?:km|kilomet(?:re|er)s?|m|met(?:re|er)s?)\b"
                   r"(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+(?:roads?|paths?|routes?|trails?|tracks?|"
                   r"highways?)\b", re.IGNORECASE)
#: Rules that found the figure's own place: "seven markers ..., including two in Mai district".
_OWN = ("own phrase", "clause location", "table")


def pair_province(text: str, mentions_in: Callable[[int, int], list[Mention]], found: Scope,
                  start: int, end: int, sent: Span) -> Mention | None:
    """Return the province a figure ``[start, end)`` of "the two provinces" takes, if it is one.

    The pair is the subject of its clause, no place named in the clause
    before the figure ("border forces of the two provinces conducted 48
    joint patrols"), or its words go on to them ("the 354.8 km of border
    between the two provinces").  Not when the place found is a province or
    a country already, nor when the clause names a place of its own ("Trade
    through the Pang Hok checkpoint, the main gateway between the two
    provinces, reached") or the figure's own place was found ("including two
    in Mai district") or it is a road's length ("a 3-km road to the X gate"):
    ``None`` then.
    """
    lo = max(sent.start, start - CLAUSE_WINDOW)  # (bounded: an endless sentence)
    after = _AFTER.match(text, end, sent.end)
    if after is None and not _TWO.search(text, lo, start) or found.kind == "country" or \
            _province(found) or found.reason.startswith(_OWN) or _ROAD.search(
            text, start, min(sent.end, end + 40)):
        return None
    if after is None:
        turns = [b.end() for b in CLAUSE_BREAK.finditer(text, lo, start)]
        clause = turns[-1] if turns else lo
        if not _TWO.search(text, clause, start) or mentions_in(clause, start):
            return None
    elif mentions_in(end, after.end()):
        return None
    provinces = [m for m in mentions_in(0, len(text)) if _province(m)]
    counts = Counter(m.place_id for m in provinces)
    return max(provinces, key=lambda m: counts[m.place_id], default=None)


def _province(place: Mention | Scope) -> bool:
    """Tell a province of Vietnam or abroad ("foreign:phongsaly-province")."""
    return place.kind == "province" or (place.place_id or "").endswith("-province")
