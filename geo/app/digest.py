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
its figures and its mention counts: at 10,000 articles a few megabytes of
pickle against the hundreds the processed corpus takes.  It is saved with
the map snapshot (:func:`geo.app.snapshot.write_snapshot`), so that the
first filter change after a start reads it instead of every result, and
one place's panel under such filters reads that place's articles only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geo.app.filters import Filters
from geo.app.timeline import ArticleCount, corpus_counts
from geo.layers import ArticleCounts
from geo.model import Article, ArticleResult, Corpus

__all__ = ["CorpusDigest", "corpus_digest"]


@dataclass(frozen=True)
class CorpusDigest:
    """A processed corpus without its texts and mentions (see the module's docstring)."""

    #: every article (no text, no spans), no mention, every figure; no failure
    corpus: Corpus
    #: each article's mention counts, without first mentions (no passage is made)
    counted: dict[str, ArticleCounts]
    #: body mentions resolved to a place, per article (what the timeline counts)
    mentions: dict[str, int]

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


def _bare(article: Article) -> Article:
    """Return *article*'s record as filters and layers read it: no text, no spans."""
    return Article(id=article.id, text="", path=article.path, title=article.title,
                   date=article.date, outlet=article.outlet, date_source=article.date_source,
                   date_precision=article.date_precision)


def corpus_digest(corpus: Corpus, counted: Mapping[str, ArticleCounts]) -> CorpusDigest:
    """Return the :class:`CorpusDigest` of *corpus*.

    *counted* is :func:`geo.layers.count_articles` of its results (with the
    same gazetteer as the layers).
    """
    results = tuple(ArticleResult(_bare(r.article), (), r.figures) for r in corpus.results)
    counts = {aid: ArticleCounts(mentions=c.mentions, context=c.context)
              for aid, c in counted.items()}
    mentions = {c.article: c.mentions for c in corpus_counts(corpus.results)}
    return CorpusDigest(Corpus(results, (), corpus.gazetteer_version), counts, mentions)
