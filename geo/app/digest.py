"""The corpus digest: what the map needs of a corpus under filters of dates, articles and themes.

A filter that keeps every mention of the articles it keeps
(:attr:`Filters.keeps_mentions <geo.app.filters.Filters.keeps_mentions>`:
dates, articles, themes) changes the map only through which articles stay
and which of their figures.  The map's place layers then need, per place,
its mentions, the articles naming it and its figures, counted
(:func:`geo.layers.build.build_layers` with ``map_only`` embeds no passage
and no list): no text and no mention of any article.

A :class:`CorpusDigest` holds the corpus as columns: per article its id and
date bounds; per (article, place) the body mentions of the place in the
article (:func:`geo.layers.count_articles`); per figure its article, place
and theme.  A selection is a mask over the articles, and the counts per
place are sums over it (``numpy.bincount``): at 100,000 articles, 1.2
million (article, place) rows and 1.4 million figures, a few tens of
megabytes and a few tenths of a second, against the gigabytes and minutes
of the processed corpus.  It is saved with the map snapshot
(:func:`geo.app.snapshot.write_snapshot`), so that the first filter change
after a start reads it instead of every result; one place's panel under
such filters reads that place's row and articles only.  A layer that reads
the figures themselves (the figures layer,
:attr:`Layer.reads_figures <geo.layers.spec.Layer.reads_figures>`) is drawn
from the processed corpus.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from geo.app.filters import Filters
from geo.app.timeline import ArticleCount, corpus_counts
from geo.layers import ArticleCounts
from geo.layers._stats import PlaceStats, _canonical
from geo.model import Corpus, Place
from geo.reading.datebounds import date_bounds

__all__ = ["CorpusDigest", "corpus_digest"]


@dataclass(frozen=True, eq=False)
class CorpusDigest:
    """A processed corpus as the columns the map counts (see the module's docstring)."""

    #: article ids, in corpus order (index ``a`` below)
    articles: tuple[str, ...]
    #: each article's (maybe partial) ISO date, ``None`` if undated
    dates: tuple[str | None, ...]
    #: place ids (index ``p`` below): the gazetteer's, or a context place's
    places: tuple[str, ...]
    #: themes of the figures (index ``t`` below)
    themes: tuple[str, ...]
    #: one row per (article, place) the article's body mentions: a, p, mentions
    pair_article: np.ndarray
    pair_place: np.ndarray
    pair_count: np.ndarray
    #: one row per figure: a, p (-1: about no place), t
    figure_article: np.ndarray
    figure_place: np.ndarray
    figure_theme: np.ndarray
    #: body mentions resolved to a place, per article (what the timeline counts)
    mentions: np.ndarray
    #: places the text states but the gazetteer lacks, by id (drawn at their unit's point)
    context: dict[str, Place] = field(default_factory=dict)

    @staticmethod
    def draws(layers: Iterable) -> bool:
        """Return whether the map's *layers* (declarations) can be drawn from a digest."""
        return not any(layer.reads_figures for layer in layers)

    def kept(self, filters: Filters) -> np.ndarray:
        """Return the articles *filters* keep, as a mask (they must keep mentions).

        The same articles as :meth:`Filters.apply <geo.app.filters.Filters.apply>`.
        """
        if not filters.keeps_mentions:
            raise ValueError("a digest has no mentions to filter by kind")
        n = len(self.articles)
        mask = np.ones(n, dtype=bool)
        if filters.articles is not None:
            wanted = set(filters.articles)
            mask &= np.fromiter((a in wanted for a in self.articles), dtype=bool, count=n)
        dated, first, last = self._days
        if not filters.include_undated:
            mask &= dated
        if filters.date_from or filters.date_to:
            out = np.zeros(n, dtype=bool)
            if filters.date_from:
                out |= dated & (last < filters.date_from)
            if filters.date_to:
                out |= dated & (first > filters.date_to)
            mask &= ~out
        return mask

    @functools.cached_property
    def _days(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Whether each article is dated, and the first and last day its date may mean."""
        bounds = [date_bounds(d) if d else ("", "") for d in self.dates]
        first = np.array([b[0] for b in bounds], dtype="U10")
        return first != "", first, np.array([b[1] for b in bounds], dtype="U10")

    def _figures(self, mask: np.ndarray, filters: Filters) -> np.ndarray:
        """Return the figures of the articles of *mask* that *filters*' themes keep, as a mask."""
        kept = mask[self.figure_article]
        if filters.themes is not None:
            wanted = set(filters.themes)
            themes = np.fromiter((t in wanted for t in self.themes), dtype=bool,
                                 count=len(self.themes))
            kept &= themes[self.figure_theme]
        return kept

    def stats(self, filters: Filters) -> PlaceStats:
        """Return the counts of each place the map draws as *filters* select the corpus.

        Those :func:`geo.layers._stats.collect_stats` makes of the selected
        corpus, counted only: ``mentions``, ``article_counts``,
        ``figure_counts`` and ``context_places`` (no passage, no list).
        """
        mask = self.kept(filters)
        pairs = mask[self.pair_article]
        n = len(self.places)
        mentions = np.bincount(self.pair_place[pairs], weights=self.pair_count[pairs],
                               minlength=n)
        articles = np.bincount(self.pair_place[pairs], minlength=n)
        figures = self._figures(mask, filters) & (self.figure_place >= 0)
        per_place = np.bincount(self.figure_place[figures], minlength=n)
        stats = PlaceStats()
        stats.mentions = Counter({self.places[i]: int(mentions[i])
                                  for i in np.flatnonzero(mentions)})
        stats.article_counts = {self.places[i]: int(articles[i])
                                for i in np.flatnonzero(articles)}
        stats.figure_counts = {self.places[i]: int(per_place[i])
                               for i in np.flatnonzero(per_place)}
        stats.context_places = {pid: place for pid, place in self.context.items()
                                if pid in stats.mentions}
        return stats

    def kept_ids(self, filters: Filters) -> set[str]:
        """Return the ids of the articles *filters* keep."""
        return {self.articles[i] for i in np.flatnonzero(self.kept(filters))}

    def article_counts(self, filters: Filters) -> tuple[ArticleCount, ...]:
        """Return the timeline's counts of the articles *filters* keep (their figures too)."""
        mask = self.kept(filters)
        figures = np.bincount(self.figure_article[self._figures(mask, filters)],
                              minlength=len(self.articles))
        return tuple(ArticleCount(self.articles[i], self.dates[i], int(self.mentions[i]),
                                  int(figures[i]))
                     for i in np.flatnonzero(mask))


def corpus_digest(corpus: Corpus, counted: Mapping[str, ArticleCounts],
                  gazetteer) -> CorpusDigest:
    """Return the :class:`CorpusDigest` of *corpus*.

    *counted* is :func:`geo.layers.count_articles` of its results with
    *gazetteer*, which also gives a figure's place id as the layers count it.
    """
    places: dict[str, int] = {}
    themes: dict[str, int] = {}
    canonical = _canonical(gazetteer)  # a figure's place as collect_stats counts it
    context: dict[str, Place] = {}
    pa, pp, pc, fa, fp, ft = [], [], [], [], [], []
    for a, r in enumerate(corpus.results):
        counts = counted[r.article.id]
        for pid, n in counts.mentions.items():
            pa.append(a)
            pp.append(places.setdefault(pid, len(places)))
            pc.append(n)
        for pid, place in counts.context.items():
            context.setdefault(pid, place)
        for f in r.figures:
            p = -1
            if f.place_id:
                p = places.setdefault(canonical(f.place_id) or f.place_id, len(places))
            fa.append(a)
            fp.append(p)
            ft.append(themes.setdefault(f.theme, len(themes)))
    mentions = [c.mentions for c in corpus_counts(corpus.results)]
    return CorpusDigest(
        articles=tuple(r.article.id for r in corpus.results),
        dates=tuple(r.article.date for r in corpus.results),
        places=tuple(places), themes=tuple(themes),
        pair_article=np.array(pa, dtype=np.int32), pair_place=np.array(pp, dtype=np.int32),
        pair_count=np.array(pc, dtype=np.int32),
        figure_article=np.array(fa, dtype=np.int32), figure_place=np.array(fp, dtype=np.int32),
        figure_theme=np.array(ft, dtype=np.int32),
        mentions=np.array(mentions, dtype=np.int32), context=context)
