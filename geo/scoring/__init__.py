"""Score the product against hand annotations: ``geo score GOLD_DIR [ARTICLES...]``.

:mod:`geo.scoring.gold` reads the annotations (format: ``docs/SCORING.md``),
:mod:`geo.scoring.compare` counts hits, misses and false hits,
:mod:`geo.scoring.report` says them.
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.model import ArticleResult
from geo.scoring.compare import Score, Tally, score_article
from geo.scoring.gold import GoldArticle, load_gold, load_gold_dir
from geo.scoring.report import format_score, score_row

__all__ = ["GoldArticle", "Score", "Tally", "format_score", "load_gold", "load_gold_dir",
           "score_article", "score_results", "score_row"]


def score_results(golds: Iterable[GoldArticle], results: Iterable[ArticleResult]
                  ) -> tuple[Score, list[str], list[str]]:
    """Score every result that has a gold annotation.

    Returns
    -------
    (Score, list of str, list of str)
        The score, the ids of gold articles with no result (not read), and
        the ids of results with no gold (not scored).
    """
    by_id = {g.article: g for g in golds}
    score = Score()
    done: set[str] = set()
    unscored = []
    for r in results:
        g = by_id.get(r.article.id)
        if g is None:
            unscored.append(r.article.id)
            continue
        score_article(g, r, score)
        done.add(g.article)
    return score, sorted(set(by_id) - done), unscored
