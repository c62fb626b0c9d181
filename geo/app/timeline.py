"""The timeline: articles, mentions and figures per month of publication, and the range chosen.

:func:`article_counts` reduces a corpus index to one small record per
article (its date, body mentions of a place, figures); :func:`timeline`
bins them by month and marks the months the date filter keeps.  Articles
dated to the year only ("2023") fall in no month: they are counted apart
(``year_only``), as are undated articles (``undated``) — never spread over
months they may not belong to.

The records are small and plain, so the map snapshot keeps them
(:class:`geo.app.snapshot.MapSnapshot`): the timeline of the whole corpus
shows without reading the corpus.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from geo.app.filters import Filters
from geo.app.index import CorpusIndex
from geo.reading.datebounds import date_bounds

__all__ = ["ArticleCount", "Month", "Timeline", "article_counts", "corpus_counts", "timeline",
           "timeline_svg"]

#: Colours of the months in and out of the range.
IN, OUT = "#1d4ed8", "#cbd5e1"
#: The rows of the timeline, top to bottom.
MEASURES = ("articles", "mentions", "figures")


@dataclass(frozen=True, slots=True)
class ArticleCount:
    """One article as the timeline counts it."""

    article: str
    date: str | None  # the article's (maybe partial) ISO date
    mentions: int  # body mentions resolved to a place (what the map counts)
    figures: int


@dataclass(frozen=True, slots=True)
class Month:
    """One month of the timeline (or the articles without a month)."""

    month: str  # "2024-08"; "undated" / "year only" for the buckets apart
    articles: int = 0
    mentions: int = 0
    figures: int = 0
    in_range: bool = True  # kept by the date filter


@dataclass(frozen=True)
class Timeline:
    """Per month, what the corpus holds; the months kept by the range; the buckets apart."""

    months: tuple[Month, ...]
    undated: Month
    year_only: Month
    included: Month  # the total the filters keep (months in range and kept buckets)


def article_counts(index: CorpusIndex) -> tuple[ArticleCount, ...]:
    """Return one :class:`ArticleCount` per article of *index*, in corpus order."""
    out = []
    for aid, article in index.articles.items():
        mentions = sum(1 for m in index.mentions.get(aid, ()) if m.in_body and m.place_id)
        out.append(ArticleCount(aid, article.date, mentions, len(index.figures.get(aid, ()))))
    return tuple(out)


def corpus_counts(results) -> tuple[ArticleCount, ...]:
    """Return :func:`article_counts` of processed results directly (no index to build)."""
    return tuple(
        ArticleCount(r.article.id, r.article.date,
                     sum(1 for m in r.mentions if m.in_body and m.place_id), len(r.figures))
        for r in results)


def _kept(date: str | None, filters: Filters) -> bool:
    if date is None:
        return filters.include_undated
    first, last = date_bounds(date)
    return not ((filters.date_from and last < filters.date_from)
                or (filters.date_to and first > filters.date_to))


def timeline(counts: Iterable[ArticleCount], filters: Filters) -> Timeline:
    """Bin *counts* by month of publication; mark what the date filter of *filters* keeps.

    Parameters
    ----------
    counts : iterable of ArticleCount
        The articles (as the other filters select them).
    filters : Filters
        Only ``date_from``, ``date_to`` and ``include_undated`` are read: a
        month is in range when any of its days is (as
        :meth:`Filters.apply <geo.app.filters.Filters.apply>` keeps a
        partial date).

    Returns
    -------
    Timeline
        Every month from the first to the last dated article, empty months
        included (a gap in the news shows as a gap).
    """
    bins: dict[str, list[int]] = {}
    undated, year_only, included = [0, 0, 0], [0, 0, 0], [0, 0, 0]
    year_kept = False
    for c in counts:
        if c.date is None:
            bucket = undated
        elif len(c.date) >= 7:
            bucket = bins.setdefault(c.date[:7], [0, 0, 0])
        else:
            bucket = year_only
            year_kept = year_kept or _kept(c.date, filters)
        for acc in (bucket, included) if _kept(c.date, filters) else (bucket,):
            acc[0] += 1
            acc[1] += c.mentions
            acc[2] += c.figures
    months = []
    if bins:
        first, last = min(bins), max(bins)
        y, m = int(first[:4]), int(first[5:7])
        while f"{y:04d}-{m:02d}" <= last:
            key = f"{y:04d}-{m:02d}"
            a, n, f = bins.get(key, (0, 0, 0))
            months.append(Month(key, a, n, f, _kept(key, filters)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return Timeline(
        tuple(months),
        Month("undated", *undated, in_range=filters.include_undated),
        Month("year only", *year_only, in_range=year_kept),
        Month("included", *included),
    )


def timeline_svg(tl: Timeline, *, width: int = 220, row: int = 30) -> str:
    """Return *tl* as an inline SVG: one row of bars per measure, months across.

    Each row has its own scale (its largest month is full height, the number
    beside it); months of the range are blue, the others grey; the first and
    last months are written under the bars.  Every bar says what it is to a
    screen reader and on hover (``aria-label`` ``month: 2024-03; measure:
    articles; count: 2; in_range: in range`` and a ``<title>``).  No chart
    library: the sidebar draws it at once, on every filter change.
    """
    left, right, gap, axis = 60.0, 4.0, 6.0, 15.0
    n = max(1, len(tl.months))
    step = (width - left - right) / n
    bar = max(1.0, step * (0.8 if step > 3 else 1.0))
    height = len(MEASURES) * (row + gap) + axis
    out = [f'<svg class="geo-timeline" viewBox="0 0 {width} {height:g}" width="100%" '
           f'role="group" aria-label="Articles, mentions and figures per month; the months '
           f'of the date range in blue" font-family="sans-serif" font-size="11">']
    for i, measure in enumerate(MEASURES):
        top = i * (row + gap)
        most = max((getattr(m, measure) for m in tl.months), default=0)
        out.append(f'<text x="0" y="{top + 12:g}" fill="#334155">{measure}</text>'
                   f'<text x="0" y="{top + 25:g}" fill="#64748b">max {most:,}</text>')
        for j, m in enumerate(tl.months):
            count = getattr(m, measure)
            h = row * count / most if most else 0.0
            state = "in range" if m.in_range else "outside the range"
            out.append(
                f'<rect x="{left + j * step:.1f}" y="{top + row - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" fill="{IN if m.in_range else OUT}" role="graphics-symbol" '
                f'aria-roledescription="bar" aria-label="month: {html.escape(m.month)}; '
                f'measure: {measure}; count: {count}; in_range: {state}">'
                f'<title>{html.escape(m.month)}: {count:,} {measure} ({state})</title></rect>')
    if tl.months:
        y = height - 3
        out.append(f'<text x="{left:g}" y="{y:g}" fill="#64748b">'
                   f'{html.escape(tl.months[0].month)}</text>')
        if len(tl.months) > 1:
            out.append(f'<text x="{width - right:g}" y="{y:g}" fill="#64748b" '
                       f'text-anchor="end">{html.escape(tl.months[-1].month)}</text>')
    out.append("</svg>")
    return "".join(out)
