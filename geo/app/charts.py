"""The Charts view's data: figures of one theme and one unit, by place and by time.

Like with like (:func:`geo.figures.summary.group_like_figures`): a bar is
one group of figures about the same place, subject, unit and period, never
a sum.  Two groups of one place (another subject, another period) are two
bars, side by side, not stacked.  When the sources of a group disagree the
bar spans the reported values (a range) and lists every source; the time
chart shows every report as its own point, at its article's date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from geo.app.index import CorpusIndex
from geo.app.panel import format_figure
from geo.figures.summary import group_like_figures
from geo.model import Figure
from geo.reading.datebounds import date_bounds

__all__ = ["ChartBar", "ChartPoint", "FigureChart", "chart_choices", "figure_chart"]


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One report of a figure: a point of the time chart."""

    place_id: str
    place_name: str
    subject: str
    period: str | None
    value: float
    value_high: float | None
    figure: str  # as a reader writes it
    article: str
    title: str
    date: str | None  # the article's (maybe partial) ISO date
    day: str | None  # where the point sits: the first day the date may mean
    quote: str
    start: int


@dataclass(frozen=True, slots=True)
class ChartBar:
    """One group of like figures: a bar of the chart by place (a range when they disagree)."""

    place_id: str
    place_name: str
    subject: str
    period: str | None
    unit: str
    low: float
    high: float
    agree: bool
    sources: tuple[ChartPoint, ...]

    @property
    def label(self) -> str:
        """The bar's name: place, and what it counts when that is not the unit itself."""
        what = "" if self.subject in ("", self.unit) else f" · {self.subject}"
        return f"{self.place_name}{what}" + (f" ({self.period})" if self.period else "")

    @property
    def text(self) -> str:
        """The value (or the range of values) as a reader writes it, with its source count."""
        value = format_figure(self.low, self.unit, value_high=self.high
                              if self.high != self.low else None)
        n = len({s.article for s in self.sources})
        return value + (f" ({n} articles disagree)" if not self.agree else
                        f" ({n} article{'s' if n != 1 else ''})")

    def to_row(self) -> dict:
        """Return the bar as a chart row (plain values)."""
        return {"place_id": self.place_id, "place": self.place_name, "label": self.label,
                "subject": self.subject, "period": self.period or "", "unit": self.unit,
                "start": 0.0 if self.agree else self.low, "low": self.low, "high": self.high,
                "agree": "sources agree" if self.agree else "sources disagree",
                "value": self.text,
                "sources": " | ".join(f"{s.figure} — {s.title}" + (f" ({s.date})" if s.date
                                                                    else "")
                                      for s in self.sources)}


@dataclass(frozen=True)
class FigureChart:
    """Figures of one theme and unit: bars by place, points by date, what is left out."""

    theme: str
    unit: str
    bars: tuple[ChartBar, ...]  # largest first
    points: tuple[ChartPoint, ...]  # dated reports, in date order
    undated: tuple[ChartPoint, ...]  # reports whose article has no date
    unplaced: int  # figures of the theme and unit tied to no place
    vague: int  # figures without a value ("hundreds of ...")

    def point_rows(self) -> list[dict]:
        """Return the time chart's rows (one per dated report)."""
        return [{"place_id": p.place_id, "place": p.place_name, "subject": p.subject,
                 "period": p.period or "", "value": p.value, "figure": p.figure,
                 "title": p.title, "date": p.date, "day": p.day, "quote": p.quote}
                for p in self.points]


def _usable(f: Figure, theme: str | None = None, unit: str | None = None) -> bool:
    return ((theme is None or (f.theme or "other") == theme)
            and (unit is None or (f.unit or "") == unit))


def chart_choices(figures: Iterable[Figure]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Return, per theme, its units with the number of placed figures with a value, most first.

    Only the figures a chart can draw count (a value and a place).
    """
    counts: dict[str, Counter] = {}
    for f in figures:
        if f.value is not None and f.place_id:
            counts.setdefault(f.theme or "other", Counter())[f.unit or ""] += 1
    return {theme: tuple(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
            for theme, c in sorted(counts.items())}


def _point(index: CorpusIndex, f: Figure) -> ChartPoint:
    article = index.articles.get(f.article)
    date = (article.date if article is not None else None) or f.article_date
    return ChartPoint(
        place_id=f.place_id or "", place_name=f.place_name or f.place_id or "",
        subject=f.subject or "", period=f.period, value=float(f.value),
        value_high=None if f.value_high is None else float(f.value_high),
        figure=format_figure(f.value, f.unit, qualifier=f.qualifier, value_high=f.value_high),
        article=f.article, title=(article.title if article else None) or f.article,
        date=date, day=date_bounds(date)[0] if date else None, quote=f.quote, start=f.start)


def figure_chart(index: CorpusIndex, theme: str, unit: str) -> FigureChart:
    """Return the figures of *theme* in *unit* of the corpus in *index*, like with like.

    Parameters
    ----------
    index : CorpusIndex
        The corpus as the filters select it.
    theme, unit : str
        As offered by :func:`chart_choices`.

    Returns
    -------
    FigureChart
    """
    figures = [f for fs in index.figures.values() for f in fs if _usable(f, theme, unit)]
    placed = [f for f in figures if f.place_id]
    bars = []
    for (pid, subject, u, period), members in group_like_figures(placed).items():
        points = tuple(_point(index, f) for f in members)
        values = {(p.value, p.value_high) for p in points}
        low = min(p.value for p in points)
        high = max(max(p.value, p.value_high or p.value) for p in points)
        bars.append(ChartBar(pid, points[0].place_name, subject or "", period, u or "", low,
                             high, len(values) <= 1, points))
    bars.sort(key=lambda b: (-b.high, b.label))
    reports = [p for b in bars for p in b.sources]
    dated = sorted((p for p in reports if p.day), key=lambda p: (p.day, p.place_name))
    return FigureChart(
        theme=theme, unit=unit, bars=tuple(bars), points=tuple(dated),
        undated=tuple(p for p in reports if not p.day),
        unplaced=sum(1 for f in figures if not f.place_id and f.value is not None),
        vague=sum(1 for f in figures if f.value is None))
