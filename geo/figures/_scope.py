"""A figure's scope and the sizes the scope rules compare (private to geo.figures).

:class:`Scope` is what :class:`geo.figures._context.ArticleContext` answers
for each figure: the place, its kind and the rule that chose it.  The
tables say how coarse a place is: a village is finer than a post, a commune
or a gate ("In Tàng Phon village, ..., the Nậm Kè Border Post": the
village), and a count of units is never about a unit as small as those it
counts ("29 communes" is no commune's).
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.figures._actors import Actor
from geo.model import Mention

__all__ = ["COUNTED_SIZE", "UNIT_SIZE", "WEAK_KINDS", "Scope", "rank", "scope_of",
           "strong_first"]

#: Kinds that are a figure's place only when nothing finer is named.
WEAK_KINDS = frozenset({"country"})
#: Counted units ("29 communes") and the size a place must exceed to hold them.
COUNTED_SIZE = {"villages": 1, "hamlets": 1, "communes": 2, "wards": 2, "posts": 2,
                "districts": 3, "provinces": 4}
#: The size of an administrative unit, in the scale of :data:`COUNTED_SIZE`.
UNIT_SIZE = {"village": 1, "commune": 2, "ward": 2, "district": 3, "province": 4}
#: How coarse a scope is: a village is finer than a post, a commune or a gate.
_RANK = {"village": 0, "border_post": 1, "border_gate": 1, "commune": 1, "ward": 1,
         "post": 1, "gate": 1, "district": 2, "foreign_place": 2}


@dataclass(frozen=True, slots=True)
class Scope:
    """The place a figure is about, its kind and the rule that chose it."""

    place_id: str | None
    place_name: str | None
    reason: str
    kind: str | None = None


def rank(found: Mention | Actor) -> int:
    """Return how coarse a place or an actor phrase is (0 for a village)."""
    return _RANK.get(found.kind, 3)


def strong_first(mentions) -> Mention | None:
    """Return the first of *mentions* that is no country, or ``None``."""
    return next((m for m in mentions if m.kind not in WEAK_KINDS), None)


def scope_of(m: Mention, reason: str) -> Scope:
    """Return *m* as a figure's scope, the rule's *reason* naming its surface."""
    return Scope(m.place_id, m.name, f"{reason}: {m.surface!r}", m.kind)
