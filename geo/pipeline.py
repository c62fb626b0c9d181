"""Process articles into mentions and figures: one article, or a whole corpus.

:func:`process_article` is the per-article function: pure, picklable inputs
and outputs, so it runs unchanged in a process pool or under Dask.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.model import Article, Figure, Mention


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article with the place mentions and figures found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be processed, and why (one line)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The processed corpus: results in file order, failures, gazetteer version."""

    results: tuple[ArticleResult, ...]
    failures: tuple[Failure, ...] = ()
    gazetteer_version: str = ""


def process_article(article: Article, gazetteer) -> ArticleResult:
    """Find the mentions and figures of one article.

    Parameters
    ----------
    article : Article
        An article as read by :func:`geo.reading.read_article`.
    gazetteer : geo.gazetteer.Gazetteer
        The gazetteer to resolve names against.

    Returns
    -------
    ArticleResult
    """
    from geo.figures import extract_figures
    from geo.mentions import find_mentions

    mentions = tuple(find_mentions(article, gazetteer))
    figures = tuple(extract_figures(article, mentions))
    return ArticleResult(article, mentions, figures)
