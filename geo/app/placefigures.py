"""A place's figures over time (the panel's sparklines) and a figure in its sentence (the reader).

A sparkline draws the reports of one unit only (like with like: tonnes and
kilometres never share an axis), each at its article's date; a place with
figures in several units has one sparkline per unit, most reported first.
Reports from undated articles are counted, not placed.  A sparkline is drawn
as a small inline SVG (:func:`sparkline_svg`): no chart library to load
when a place is clicked.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from geo.app.index import CorpusIndex
from geo.app.markup import highlight
from geo.app.panel import FigureRow
from geo.reading.datebounds import date_bounds

__all__ = ["Sparkline", "figure_passage", "sparkline_svg", "sparklines"]


@dataclass(frozen=True)
class Sparkline:
    """The reports of one unit about one place, in date order."""

    unit: str
    points: tuple[dict, ...]  # {"day", "value", "figure", "subject", "title"}
    undated: int  # reports in this unit from undated articles

    @property
    def reports(self) -> int:
        """Every report in this unit, dated or not."""
        return len(self.points) + self.undated


def sparklines(rows: Sequence[FigureRow], *, limit: int = 3) -> tuple[Sparkline, ...]:
    """Return up to *limit* sparklines of a place's figures, one per unit, most reported first.

    Figures without a value ("hundreds of households") have no point.
    """
    by_unit: dict[str, list[FigureRow]] = {}
    for r in rows:
        if r.value is not None:
            by_unit.setdefault(r.unit or "", []).append(r)
    out = []
    for unit, members in by_unit.items():
        dated = sorted((r for r in members if r.date), key=lambda r: (date_bounds(r.date)[0],
                                                                      r.article, r.start))
        points = tuple({"day": date_bounds(r.date)[0], "value": float(r.value),
                        "figure": r.figure, "subject": r.subject or "", "title": r.title}
                       for r in dated)
        out.append(Sparkline(unit, points, len(members) - len(dated)))
    out.sort(key=lambda s: (-s.reports, s.unit))
    return tuple(out[:limit])


def sparkline_svg(line: Sparkline, *, width: int = 300, height: int = 48) -> str:
    """Return *line* as an inline SVG: its reports joined in date order, each a point.

    Time runs left to right (by day), values bottom to top (from the
    smallest to the largest report; all alike: mid-height).  Each point's
    tooltip (``<title>``) gives the figure, its subject, article and day,
    escaped.  The SVG stretches to its container's width.
    """
    pad = 4.0
    days = [dt.date.fromisoformat(p["day"][:10]).toordinal() for p in line.points]
    values = [float(p["value"]) for p in line.points]
    d0, d1 = (min(days), max(days)) if days else (0, 0)
    v0, v1 = (min(values), max(values)) if values else (0.0, 0.0)

    def x(day: int) -> float:
        return pad + (width - 2 * pad) * ((day - d0) / (d1 - d0) if d1 > d0 else 0.5)

    def y(value: float) -> float:
        return pad + (height - 2 * pad) * (1 - ((value - v0) / (v1 - v0) if v1 > v0 else 0.5))

    xy = [(round(x(d), 1), round(y(v), 1)) for d, v in zip(days, values, strict=True)]
    dots = "".join(
        f'<circle cx="{cx}" cy="{cy}" r="2.5"><title>'
        + html.escape(f"{p['figure']} · {p['subject']} · {p['title']} ({p['day'][:10]})")
        + "</title></circle>" for (cx, cy), p in zip(xy, line.points, strict=True))
    path = " ".join(f"{cx},{cy}" for cx, cy in xy)
    return (f'<svg class="geo-sparkline" viewBox="0 0 {width} {height}" width="100%" '
            f'height="{height}" preserveAspectRatio="none" role="img" '
            f'aria-label="{html.escape(line.unit or "(no unit)")} over time">'
            f'<polyline points="{path}" fill="none" stroke="#0369a1" stroke-width="1.5" '
            'vector-effect="non-scaling-stroke"/>'
            f'<g fill="#0369a1">{dots}</g></svg>')


def figure_passage(index: CorpusIndex, article_id: str, start: int, end: int) -> str | None:
    """Return the sentence of the figure at ``start:end`` of *article_id*, figure marked.

    Escaped HTML with the figure in ``<mark class="geo-mention">``; ``None``
    when the article is not in *index* or the offsets are not in its text.
    """
    article = index.articles.get(article_id)
    if article is None or not (0 <= start < end <= len(article.text)):
        return None
    sent = index.sentence_of(article_id, start)
    lo, hi = min(sent.start, start), max(sent.end, end)
    return highlight(article.text, lo, hi, [(start, end)])
