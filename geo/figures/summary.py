"""Group like figures with like, keeping disagreeing values side by side.

Figures are alike when they are about the same place and count the same
thing in the same unit over the same period: the key is ``(place_id,
subject, unit, period)``.  Values are never added up: two articles that
report 408.616 km and 455.573 km of border for the province give one
summary with two sources and ``agree=False``, so the map and exports show
the disagreement.  Vague figures ("thousands of individuals") have no
value and are left out of summaries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from geo.model import Figure


@dataclass(frozen=True, slots=True)
class FigureSource:
    """One report of a value: which article, which words, where."""

    article: str
    value: float | int
    value_high: float | int | None
    qualifier: str | None
    quote: str
    start: int
    end: int
    date: str | None = None


@dataclass(frozen=True, slots=True)
class FigureSummary:
    """Like figures (same place, subject, unit and period) and their sources.

    ``value`` is the value all sources agree on, ``None`` when they
    disagree (``agree`` is then ``False`` and ``sources`` holds every
    reported value with its article and quote).
    """

    place_id: str | None
    place_name: str | None
    subject: str
    unit: str
    period: str | None
    theme: str
    sources: tuple[FigureSource, ...]

    @property
    def agree(self) -> bool:
        """Whether every source reports the same value (and range end)."""
        return len({(s.value, s.value_high) for s in self.sources}) <= 1

    @property
    def value(self) -> float | int | None:
        """The agreed value, or ``None`` when the sources disagree."""
        return self.sources[0].value if self.sources and self.agree else None

    @property
    def values(self) -> tuple[float | int, ...]:
        """The distinct reported values, in order of first report."""
        return tuple(dict.fromkeys(s.value for s in self.sources))

    @property
    def articles(self) -> tuple[str, ...]:
        """The distinct articles reporting this figure, in order."""
        return tuple(dict.fromkeys(s.article for s in self.sources))


def group_like_figures(figures: Iterable[Figure]) -> dict[tuple, list[Figure]]:
    """Group figures like with like: same place, subject, unit and period.

    Vague figures (no value) are left out.  Keys are ``(place_id, subject,
    unit, period)`` in order of first appearance.  This is the one rule for
    "like with like"; summaries and map layers both group with it.
    """
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        if f.value is not None:
            groups.setdefault((f.place_id, f.subject, f.unit, f.period), []).append(f)
    return groups


def summarise_figures(figures: Iterable[Figure]) -> list[FigureSummary]:
    """Group figures by place, subject, unit and period, without summing.

    Parameters
    ----------
    figures : iterable of Figure
        Figures of one or many articles.

    Returns
    -------
    list of FigureSummary
        One per ``(place_id, subject, unit, period)``, in order of first
        appearance; vague figures (no value) are left out.

    Examples
    --------
    A province reported with 408.616 km of border in one article and
    455.573 km in another gives one summary with ``agree == False`` and
    ``values == (408.616, 455.573)``.
    """
    out = []
    for (place_id, subject, unit, period), members in group_like_figures(figures).items():
        sources = tuple(FigureSource(f.article, f.value, f.value_high, f.qualifier, f.quote,
                                     f.start, f.end, f.date) for f in members)
        out.append(FigureSummary(place_id, members[0].place_name, subject, unit, period,
                                 members[0].theme, sources))
    return out
