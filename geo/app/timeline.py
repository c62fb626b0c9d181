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

from collections.abc import Iterable
from dataclasses import dataclass

from geo.app.filters import Filters
from geo.app.index import CorpusIndex
from geo.reading.dates import date_bounds

__all__ = ["ArticleCount", "Month", "Timeline", "article_counts", "corpus_counts", "timeline"]


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

    def rows(self) -> list[dict]:
        """Return long rows ``{month, measure, count, in_range}`` for a chart."""
        return [{"month": m.month, "measure": measure, "count": getattr(m, measure),
                 "in_range": "in range" if m.in_range else "outside the range"}
                for m in self.months for measure in ("articles", "mentions", "figures")]


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
