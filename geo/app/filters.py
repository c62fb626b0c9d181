"""Filters: what the sidebar offers (:class:`FilterOptions`) and chose (:class:`Filters`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from geo.app.index import CorpusIndex
from geo.model import Corpus
from geo.reading.datebounds import date_bounds
from geo.text import fold

__all__ = ["NO_FILTERS", "FilterOptions", "Filters", "filter_corpus", "filter_options",
           "find_articles"]


def _frozen(values: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


@dataclass(frozen=True)
class Filters:
    """The filters chosen in the sidebar; ``None`` means "no filter" for each criterion.

    Hashable (lists become tuples), so it is part of the app's cache key
    (:class:`geo.app.keys.CacheKey`).
    """

    articles: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    themes: tuple[str, ...] | None = None
    date_from: str | None = None  # ISO date
    date_to: str | None = None
    include_undated: bool = True

    def __post_init__(self) -> None:
        for name in ("articles", "kinds", "themes"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    @property
    def selects_all(self) -> bool:
        """Whether nothing is filtered out (the map then comes from the saved snapshot)."""
        return self == NO_FILTERS

    @property
    def keeps_mentions(self) -> bool:
        """Whether every article kept keeps all its mentions (no kind is filtered out)."""
        return self.kinds is None

    def without_dates(self) -> Filters:
        """Return these filters with no date criterion (what the timeline is drawn from)."""
        return replace(self, date_from=None, date_to=None, include_undated=True)

    def apply(self, corpus: Corpus) -> Corpus:
        """Return *corpus* as these filters select it (see :func:`filter_corpus`)."""
        if self.selects_all:
            return corpus
        articles = None if self.articles is None else set(self.articles)
        kinds = None if self.kinds is None else set(self.kinds)
        themes = None if self.themes is None else set(self.themes)
        # a figure is about a place: with a kind filter, it stays when its place
        # is mentioned as one of those kinds (figures about no place go)
        places = None if kinds is None else {
            m.place_id for r in corpus.results for m in r.mentions
            if m.place_id and m.kind in kinds}
        kept = []
        for r in corpus.results:
            a = r.article
            if articles is not None and a.id not in articles:
                continue
            if a.date is None:
                if not self.include_undated:  # whatever the range, even none
                    continue
            elif ((self.date_from and date_bounds(a.date)[1] < self.date_from)
                  or (self.date_to and date_bounds(a.date)[0] > self.date_to)):
                continue  # a partial date ("2023") is in range when any of its days is
            if kinds is None and themes is None:
                kept.append(r)  # its mentions and figures all kept: the same result
                continue
            mentions = (r.mentions if kinds is None
                        else tuple(m for m in r.mentions if m.kind in kinds))
            figures = tuple(f for f in r.figures
                            if (themes is None or f.theme in themes)
                            and (places is None or f.place_id in places))
            kept.append(replace(r, mentions=mentions, figures=figures))
        return replace(corpus, results=tuple(kept))


#: The filters as the page opens.
NO_FILTERS = Filters()


def filter_corpus(corpus: Corpus, filters: Filters | None = None, **criteria) -> Corpus:
    """Return a copy of *corpus* keeping only what the filters select.

    Parameters
    ----------
    corpus : geo.model.Corpus
        The processed corpus.
    filters : Filters, optional
        The filters; or give the criteria as keywords (``articles``,
        ``kinds``, ``themes``, ``date_from``, ``date_to``,
        ``include_undated``).

    Returns
    -------
    geo.model.Corpus
        Same type as *corpus*, with filtered results.  Articles outside the
        date range go; undated ones stay unless *include_undated* is false
        (with or without a range);
        mentions of other kinds, figures of other themes and figures about
        places of other kinds go.
    """
    return (filters or Filters(**criteria)).apply(corpus)


@dataclass(frozen=True)
class FilterOptions:
    """The values the filters offer for a corpus."""

    articles: tuple[tuple[str, str], ...] = ()  # (id, label)
    kinds: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    dates: tuple[str, str] | None = None  # first and last ISO date


def filter_options(index: CorpusIndex) -> FilterOptions:
    """Return the values the filters offer: articles, kinds, themes, date range."""
    kinds = sorted({m.kind for ms in index.mentions.values() for m in ms if m.kind})
    themes = sorted({f.theme for fs in index.figures.values() for f in fs if f.theme})
    days = [date_bounds(a.date) for a in index.articles.values() if a.date]
    dates = sorted([d for d, _ in days] + [d for _, d in days])
    articles = tuple((a.id, f"{a.title or a.id}" + (f" ({a.date})" if a.date else ""))
                     for a in index.articles.values())
    return FilterOptions(articles, tuple(kinds), tuple(themes),
                         (dates[0], dates[-1]) if dates else None)


def find_articles(articles: Iterable[tuple[str, str]], query: str,
                  limit: int) -> list[str]:
    """Return the ids of at most *limit* articles whose label has every word of *query*.

    Words are compared folded (case and diacritics aside: ``"tay trang"``
    finds "Tây Trang"); an empty query keeps the first *limit* articles, in
    corpus order.  The label is ``FilterOptions.articles``' (title and date);
    the id counts too, so a file name finds its article.
    """
    words = fold(query or "").split()
    out: list[str] = []
    for aid, label in articles:
        if len(out) >= limit:
            break
        text = fold(f"{label} {aid}")
        if all(w in text for w in words):
            out.append(aid)
    return out
