"""One figure per fact in an article: repeats become quotes of one figure.

Private helper of :mod:`geo.figures.extract`.  A wire story says "15 kg of
heroin" in its title, its lead, a photo caption and its body: one seizure,
one figure with four quotes.  Two figures of one article are the same fact
when they count the same thing the same way:

- same value (and range end), same unit, same subject, and no conflict of
  period or day (a figure's own ``date``): "1,480 households" in the title
  and "In 2022, ... 1,480 households" are one fact, "1,520 patrols" of
  2020-2025 and of 2024 are two; vague figures ("thousands of ...") and
  small counts (one or two of something, without a measurement unit: "two
  suspects" in two separate cases) are never merged;
- and places that agree: the same place, a place and the commune it lies
  in, or one of the two is coarse (the
  province or a country: "border guards of Điện Biên seized 15 kg" in the
  lead, "the Nậm Kè Border Post seized 15 kg" in the body), or took its
  place by a fallback (the paragraph's actor, the article's province), not
  from its own clause or sentence.

A figure written with "the" before it ("found the 36 heroin cakes" after
"seizing 36 cakes of heroin" in the lead) points back to one said before:
it joins the last earlier fact of the same value and unit, whatever its
subject's words and its place, if period and day agree.

The merged figure keeps the occurrence with the most specific place (a
place its own clause or sentence names first, even the province, over one
taken by a fallback; then a place finer than the province or a country; then
by the rules of :mod:`geo.figures._context`, ``own phrase`` first) as its quote, start, end
and scope; ``quotes`` lists every occurrence in text order (title
occurrences too, which never make a figure on their own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from geo.model import Figure

#: Scope rules from most to least specific (prefixes of ``scope_reason``).
_RULES = ("own phrase", "table row", "list item head", "clause location", "where clause",
          "clause subject", "table total", "sentence place", "paragraph actor",
          "previous paragraph actor", "article main place", "article main actor")
#: From this rule on, the place was not named by the figure's own sentence: the fallbacks.
_FALLBACK = _RULES.index("paragraph actor")
FALLBACK_RULES = frozenset(_RULES[_FALLBACK:])
#: Counts this small (without a measurement unit) repeat by chance.
_SMALL = 2
_MEASURES = frozenset({"km", "m", "mm", "kg", "g", "tonnes", "ha", "%", "VND", "USD", "MW", "kW",
                       "kWh", "CNY", "LAK", "THB", "EUR"})


_RANKS = {rule: i for i, rule in enumerate(_RULES)}
#: What comes before a scope reason's details.
_RULE_OF = re.compile(r"[^:;→(]*")


def rule_rank(reason: str) -> int:
    """Return the rank of a scope reason: 0 for ``own phrase`` ... 10 for the article's."""
    return _RANKS.get(reason.partition(":")[0], len(_RULES))


def rule_of(reason: str) -> str:
    """Return a scope reason's rule: what comes before its details ("clause subject: 'X' → ...")."""
    return _RULE_OF.match(reason)[0].strip()


def fact_key(f: Figure) -> tuple | None:
    """Return what makes two figures the same fact (but place, period, day), or ``None``."""
    if f.vague or f.value is None:
        return None
    if f.unit not in _MEASURES and f.value <= _SMALL:
        return None
    return (f.value, f.value_high, f.unit, f.subject)


def _narrows(a: str, b: str) -> bool:
    """Tell whether one subject is the other with words before it ("border communes").

    Not words that make other things of them: "former communes", "new markers".
    """
    wa, wb = a.split(), b.split()
    if wa == wb or not wa or not wb:
        return False
    longer, shorter = (wa, wb) if len(wa) > len(wb) else (wb, wa)
    return longer[-len(shorter):] == shorter and not _OTHER_THINGS.intersection(
        longer[:-len(shorter)])


#: Words before a subject that make other things of it: "3 former communes" are not "3 communes".
_OTHER_THINGS = frozenset({"former", "old", "new", "other", "remaining", "more", "additional",
                           "merged", "existing", "upgraded", "damaged"})


#: The rules that take a figure's place from beyond its sentence (every other rule reads
#: the sentence: "Tua Chua with 22" is Tủa Chùa's, not a fallback to merge across).
_FALLBACKS = FALLBACK_RULES | {"under a summary's heading"}


def _specific(f: Figure, coarse: frozenset[str]) -> str | None:
    """Return the place its own clause or sentence names, finer than the province, or None."""
    if f.place_id is None or f.place_id in coarse or rule_of(f.scope_reason) in _FALLBACKS:
        return None
    return f.place_id


@dataclass(slots=True)
class _Group:
    """Figures taken for one fact, and the places, periods and days they state."""

    members: list[Figure] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    def admits(self, place: str | None, f: Figure, related: Mapping[str, frozenset[str]],
               ) -> bool:
        """Whether *f* agrees with every member: place, period and day (unstated agrees)."""
        return ((place is None or self.places <= {place}
                 or all(p in related.get(place, ()) or place in related.get(p, ())
                        for p in self.places if p != place))
                and (f.period is None or self.periods <= {f.period})
                and (f.date is None or self.dates <= {f.date}))

    def add(self, place: str | None, f: Figure) -> None:
        self.members.append(f)
        for known, value in ((self.places, place), (self.periods, f.period),
                             (self.dates, f.date)):
            if value is not None:
                known.add(value)


def merge_repeats(figures: Sequence[Figure],
                  extra: Iterable[tuple[tuple, tuple[int, int, str]]] = (), *,
                  coarse: frozenset[str] = frozenset(),
                  related: Mapping[str, frozenset[str]] | None = None,
                  definite: frozenset[int] = frozenset()) -> list[Figure]:
    """Merge the repeats of each figure of one article into one figure.

    Parameters
    ----------
    figures : sequence of Figure
        The article's figures, in text order.
    extra : iterable of (key, (start, end, quote))
        Occurrences outside the body (the title), by :func:`fact_key`: they
        join the first body figure with that key as quotes and never stand
        alone.
    coarse : frozenset of str
        Place ids of the article's province and countries.
    related : mapping, optional
        Place id → the units it lies in or is (a post's commune, legacy and
        2025): "in Nậm Kè commune" and "the Nậm Kè Border Post" agree.
    definite : frozenset of int
        Starts of the figures written after "the": repeats of a figure said
        before with the same value and unit.

    Returns
    -------
    list of Figure
        One per fact, in the text order of their kept quotes; ``quotes``
        set on every figure with a repeat (empty, meaning its own quote
        alone, on the others: :meth:`geo.model.Figure.to_row` lists it).
        A merged figure without a period or day of its own takes the one a
        repeat states.
    """
    groups: list[_Group] = []
    by_key: dict[tuple, list[_Group]] = {}
    by_value: dict[tuple, _Group] = {}  # (value, range end, unit) → the last fact of them
    for f in figures:
        key = fact_key(f)
        place = _specific(f, coarse)
        group = None
        if key is not None:
            group = next((g for g in by_key.get(key, ()) if g.admits(place, f, related or {})),
                         None)
            last = by_value.get(key[:3]) if group is None else None
            if last is not None and f.start in definite:  # "the 36 heroin cakes": said before
                group = last if last.admits(None, f, {}) else None
            elif last is not None and _narrows(last.members[0].subject, f.subject) \
                    and last.admits(place, f, related or {}):
                group = last  # "from the 27 border communes" ... "across 27 communes"
        if group is None:
            group = _Group()
            groups.append(group)
            if key is not None:
                by_key.setdefault(key, []).append(group)
        if key is not None:
            by_value[key[:3]] = group
        group.add(place, f)
    titles: dict[tuple, list[tuple[int, int, str]]] = {}
    for key, occurrence in extra:
        titles.setdefault(key, []).append(occurrence)
    out = []
    for group in groups:
        members = group.members
        if len(members) == 1 and not titles:
            out.append(members[0])  # no repeat: ``quotes`` stays empty (its own quote only)
            continue
        best = min(members, key=lambda f: (
            f.place_id is None, rule_rank(f.scope_reason) >= _FALLBACK, f.place_id in coarse,
            rule_rank(f.scope_reason), f.start))
        key = fact_key(best)
        title = titles.pop(key, []) if key is not None else []
        if len(members) == 1 and not title:
            out.append(best)
            continue
        quotes = title + [(f.start, f.end, f.quote) for f in members]
        out.append(replace(best, quotes=tuple(sorted(quotes)),
                           period=best.period or next(iter(group.periods), None),
                           date=best.date or next(iter(group.dates), None)))
    if len(out) < len(figures):
        out.sort(key=lambda f: f.start)
    return out
