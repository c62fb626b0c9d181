"""The corpus digest: what the map needs of a corpus under filters of dates, articles and themes.

A filter that keeps every mention of the articles it keeps
(:attr:`Filters.keeps_mentions <geo.app.filters.Filters.keeps_mentions>`:
dates, articles, themes) changes the map only through which articles stay
and which of their figures.  The map's layers are then summed from each
article's mention counts (:func:`geo.layers.count_articles`) and its
figures, and the map embeds no passage
(:func:`geo.layers.build.build_layers` with ``map_only``): the articles'
texts and mentions are not needed.

A :class:`CorpusDigest` keeps, per article, its record without its text,
its mention counts and, of each figure, its place and theme
(:class:`FigureKey`: what a place's figure count and a theme filter read):
at 10,000 articles about 20 MB in memory, read in a few tenths of a second,
against the gigabyte and the seconds of the processed corpus.  It is saved
with the map snapshot (:func:`geo.app.snapshot.write_snapshot`), so that the
first filter change after a start reads it instead of every result, and one
place's panel under such filters reads that place's articles only.  A layer
that reads the figures themselves (the figures layer,
:attr:`Layer.reads_figures <geo.layers.spec.Layer.reads_figures>`) is drawn
from the processed corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from sys import intern
from typing import NamedTuple

from geo.app.filters import Filters
from geo.app.timeline import ArticleCount, corpus_counts
from geo.layers import ArticleCounts
from geo.model import Article, ArticleResult, Corpus

__all__ = ["CorpusDigest", "FigureKey", "corpus_digest"]


class FigureKey(NamedTuple):
    """What the digest keeps of a figure: its article, its place and its theme.

    Read as a :class:`~geo.model.Figure` is by filters (``theme``,
    ``place_id``) and by :func:`geo.layers._stats.collect_stats` (a place's
    figure count); a plain tuple, it is read back ten times faster.
    """

    article: str
    place_id: str | None
    theme: str


@dataclass(frozen=True)
class CorpusDigest:
    """A processed corpus without its texts and mentions (see the module's docstring)."""

    #: every article (no text, no spans), no mention, every figure as a FigureKey;
    #: no failure
    corpus: Corpus
    #: each article's mention counts, without first mentions (no passage is made)
    counted: dict[str, ArticleCounts]
    #: body mentions resolved to a place, per article (what the timeline counts)
    mentions: dict[str, int]

    @staticmethod
    def draws(layers: Iterable) -> bool:
        """Return whether the map's *layers* (declarations) can be drawn from a digest."""
        return not any(layer.reads_figures for layer in layers)

    def select(self, filters: Filters) -> Corpus:
        """Return the digest's corpus as *filters* select it (they must keep mentions)."""
        if not filters.keeps_mentions:
            raise ValueError("a digest has no mentions to filter by kind")
        return filters.apply(self.corpus)

    def article_counts(self, corpus: Corpus) -> tuple[ArticleCount, ...]:
        """Return the timeline's counts of *corpus*, a selection of this digest."""
        return tuple(ArticleCount(r.article.id, r.article.date, self.mentions.get(r.article.id, 0),
                                  len(r.figures))
                     for r in corpus.results)


def _intern(value: str | None) -> str | None:
    return None if value is None else intern(value)


def _bare(article: Article) -> Article:
    """Return *article*'s record as filters and layers read it: no text, no spans."""
    return Article(id=intern(article.id), text="", path=article.path, title=article.title,
                   date=article.date, outlet=article.outlet, date_source=article.date_source,
                   date_precision=article.date_precision)


def corpus_digest(corpus: Corpus, counted: Mapping[str, ArticleCounts]) -> CorpusDigest:
    """Return the :class:`CorpusDigest` of *corpus*.

    *counted* is :func:`geo.layers.count_articles` of its results (with the
    same gazetteer as the layers).
    """
    # ids and themes recur by the hundred thousand: one string object each, so
    # that the pickle stores it once and reading it back makes it once
    results = tuple(ArticleResult(_bare(r.article), (),
                                  tuple(FigureKey(intern(f.article), _intern(f.place_id),
                                                  intern(f.theme)) for f in r.figures))
                    for r in corpus.results)
    counts = {intern(aid): ArticleCounts(mentions={intern(p): n for p, n in c.mentions.items()},
                                         context=c.context)
              for aid, c in counted.items()}
    mentions = {c.article: c.mentions for c in corpus_counts(corpus.results)}
    return CorpusDigest(Corpus(results, (), corpus.gazetteer_version), counts, mentions)
