"""Say a :class:`~geo.scoring.compare.Score` in words: tables, then every error."""

from __future__ import annotations

from geo.scoring.compare import DATES, FIGURE_PLACES, FIGURES, MARKERS, PLACES, Score, Tally


def _row(label: str, t: Tally) -> str:
    return (f"{label:<16} {t.tp:>5} {t.fp:>5} {t.fn:>5}  {t.precision:6.3f} {t.recall:6.3f} "
            f"{t.f1:6.3f}")


def format_score(score: Score, *, errors: bool = True) -> str:
    """Return the report ``geo score`` prints.

    Parameters
    ----------
    score : Score
        What :func:`geo.scoring.compare.score_article` added up.
    errors : bool, default True
        Also list every miss, false hit and wrong series or figure place.
    """
    head = f"{'':<16} {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}"
    lines = [f"{score.articles} article(s)", "", "places (surface, kind, name)", head]
    for kind in sorted(score.places):
        lines.append(_row(kind, score.places[kind]))
    lines.append(_row("all places", score.places_all))
    lines += ["", head, _row("marker numbers", score.markers), _row("figure values",
                                                                   score.figures)]
    s, fp = score.series, score.figure_places
    lines.append(f"marker series right: {s.tp} of {s.tp + s.fp} numbers found with a gold series")
    lines.append(f"figure places right: {fp.tp} of {fp.tp + fp.fp} figures found with a gold "
                 "place")
    if score.dates.tp + score.dates.fp:
        d = score.dates
        lines.append(f"publication dates right: {d.tp} of {d.tp + d.fp} articles with a gold date")
    if errors and score.errors:
        lines += ["", "errors"]
        order = {PLACES: 0, MARKERS: 1, FIGURES: 2, FIGURE_PLACES: 3, DATES: 4}
        for e in sorted(score.errors, key=lambda e: (e.article, order[e.what], e.kind)):
            lines.append(f"{e.article}  {e.what:<13} {e.kind:<5}  {e.detail}")
    return "\n".join(lines) + "\n"


def score_row(score: Score) -> dict:
    """Return the headline numbers as one flat dict (``geo score --json``)."""
    p = score.places_all
    row = {"articles": score.articles,
           "places": _numbers(p), "markers": _numbers(score.markers),
           "figures": _numbers(score.figures),
           "marker_series_right": score.series.tp,
           "marker_series_checked": score.series.tp + score.series.fp,
           "figure_places_right": score.figure_places.tp,
           "figure_places_checked": score.figure_places.tp + score.figure_places.fp,
           "dates_right": score.dates.tp, "dates_checked": score.dates.tp + score.dates.fp,
           "by_kind": {k: _numbers(t) for k, t in sorted(score.places.items())},
           "errors": [{"article": e.article, "what": e.what, "kind": e.kind,
                       "detail": e.detail} for e in score.errors]}
    return row


def _numbers(t: Tally) -> dict:
    return {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 4),
            "recall": round(t.recall, 4), "f1": round(t.f1, 4)}
