"""A place's figures over time (the panel's sparklines) and a figure in its sentence (the reader).

A sparkline draws the reports of one unit only (like with like: tonnes and
kilometres never share an axis), each at its article's date; a place with
figures in several units has one sparkline per unit, most reported first.
Reports from undated articles are counted, not placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geo.app.index import CorpusIndex
from geo.app.markup import highlight
from geo.app.panel import FigureRow
from geo.reading.dates import date_bounds

__all__ = ["Sparkline", "figure_passage", "sparklines"]


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
