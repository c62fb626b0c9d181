"""A sum in a country's money that only a fallback placed, in another country: that country's.

Private to :mod:`geo.figures.extract`.  "Dealers paid villagers 1.5 million kip per cubic
metre", in a paragraph whose actor is Điện Biên: kip are paid in Laos, so the sum is
the last place of Laos named before it (Samphanh), else the first one after it in its
paragraph.  Only a place its sentence does not give is moved (a paragraph's or the
article's): "Vietnam gave 23 billion dong to the Pang Hốc gate" stays the gate's, and
"the market sells Lao beer for 20,000 dong" in a Vietnamese commune stays the commune's.
Over the development set and rounds 28-278: 150 figures placed right that were not,
131 wrong that were right (net +19; kip and yuan placed in Điện Biên by a Lao or
Chinese paper's paragraph were most of the gains, a Vietnamese sum moved from a
Lao place to a Vietnamese one the readers did not name most of the losses).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geo.figures._dedup import FALLBACK_RULES, rule_of
from geo.figures._scope import Scope, scope_of
from geo.figures._usable import CHAIN_GAP
from geo.model import Mention, Span

__all__ = ["CURRENCY_COUNTRY", "currency_place"]

#: The country whose money a unit is.
CURRENCY_COUNTRY = {"VND": "VN", "LAK": "LA", "CNY": "CN"}


def currency_place(text: str, found: Scope, unit: str, start: int, end: int,
                   mentions: Sequence[Mention], countries: Mapping[str, str],
                   paragraph: Span | None) -> Scope | None:
    """Return the scope of a sum in *unit* placed by a fallback in another country, or None.

    *mentions*: the article's usable mentions in text order; *countries*: their
    places' countries (ISO codes) by place id; *paragraph*: the figure's.  Of a
    chain ("Samphanh district of Phongsaly province"), its first place.
    """
    country = CURRENCY_COUNTRY.get(unit)
    if country is None or rule_of(found.reason) not in FALLBACK_RULES or (
            found.place_id is not None and countries.get(found.place_id, country) == country):
        return None  # (a place of no known country, as the province no mention names, stays)
    before = [m for m in mentions if m.start < start and countries.get(m.place_id) == country]
    after = [m for m in mentions if paragraph is not None and end <= m.start < paragraph.end
             and countries.get(m.place_id) == country]
    if before:
        k = len(before) - 1
        while k and CHAIN_GAP.fullmatch(text, before[k - 1].end, before[k].start):
            k -= 1
        m = before[k]
    elif after:
        m = after[0]
    else:
        return None
    return scope_of(m, f"{found.reason}; a sum in {unit}: the last place of its country")
