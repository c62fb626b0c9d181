"""Compare what the product read with the gold: counts per kind, misses and false hits.

Pure functions over :class:`~geo.model.ArticleResult` and
:class:`~geo.scoring.gold.GoldArticle`.  What is compared (see
``docs/SCORING.md``):

- **places**: body mentions other than border markers, as
  ``(surface, kind, name)``; ``name`` is ``None`` for a mention the
  gazetteer did not resolve.  A mention found with the right surface but the
  wrong kind or place is one miss and one false hit.
- **markers**: the set of marker numbers of each article's body mentions;
  the series is checked for every number found.
- **figures**: values (to 1e-9 relative); of the matched ones, the place
  (``place_name``) where the gold says which.  Vague figures (no value) are
  not scored.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from geo.model import ArticleResult, Kind
from geo.scoring.gold import GoldArticle, GoldFigure, nfc

PLACES, MARKERS, FIGURES, FIGURE_PLACES = "places", "markers", "figures", "figure places"
DATES = "date"


@dataclass
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Error:
    """One miss (expected, not found) or false hit (found, not expected)."""

    article: str
    what: str  # PLACES | MARKERS | FIGURES | FIGURE_PLACES
    kind: str  # "miss" | "false" | "wrong"
    detail: str


@dataclass
class Score:
    """The scores of a set of articles and every error behind them."""

    places: dict[str, Tally] = field(default_factory=dict)  # by kind
    markers: Tally = field(default_factory=Tally)
    series: Tally = field(default_factory=Tally)  # tp: right series, fp: wrong series
    figures: Tally = field(default_factory=Tally)
    figure_places: Tally = field(default_factory=Tally)  # tp: right place, fp: wrong place
    dates: Tally = field(default_factory=Tally)  # tp: right publication date, fp: wrong or none
    errors: list[Error] = field(default_factory=list)
    articles: int = 0

    @property
    def places_all(self) -> Tally:
        """The place tallies of every kind added up."""
        t = Tally()
        for k in self.places.values():
            t.tp, t.fp, t.fn = t.tp + k.tp, t.fp + k.fp, t.fn + k.fn
        return t

    def kind(self, kind: str) -> Tally:
        """Return the tally of place *kind*, made on first use."""
        return self.places.setdefault(kind, Tally())


def score_article(gold: GoldArticle, result: ArticleResult, score: Score | None = None
                  ) -> Score:
    """Add the comparison of one article's *result* with its *gold* to *score*.

    Returns
    -------
    Score
        *score*, or a new one when none is given.
    """
    score = score if score is not None else Score()
    score.articles += 1
    _places(gold, result, score)
    _markers(gold, result, score)
    _figures(gold, result, score)
    if gold.date is not None:
        found = result.article.date
        if found == gold.date:
            score.dates.tp += 1
        else:
            score.dates.fp += 1
            score.errors.append(Error(gold.article, DATES, "wrong",
                                      f"publication date {found or 'none'}, not {gold.date}"))
    return score


def _found_key(m) -> tuple[str, str, str | None]:
    return nfc(m.surface), m.kind, nfc(m.name) if m.place_id else None


def _places(gold: GoldArticle, result: ArticleResult, score: Score) -> None:
    want = Counter()
    for g in gold.places:
        want[(g.surface, g.kind, g.name)] += g.count
    found = Counter(_found_key(m) for m in result.mentions
                    if m.in_body and m.kind != Kind.BORDER_MARKER)
    hit = want & found
    by_surface: dict[str, list[str]] = {}
    for surface, kind, name in found - want:
        by_surface.setdefault(surface, []).append(f"{kind} {name or '(unresolved)'}")
    for (_, kind, _), n in hit.items():
        score.kind(kind).tp += n
    for (surface, kind, name), n in (want - found).items():
        score.kind(kind).fn += n
        seen = by_surface.get(surface)
        also = f"; found as {', '.join(seen)}" if seen else ""
        score.errors.append(Error(gold.article, PLACES, "miss",
                                  f"{surface!r} {kind} {name or '(unresolved)'} x{n}{also}"))
    for (surface, kind, name), n in (found - want).items():
        score.kind(kind).fp += n
        score.errors.append(Error(gold.article, PLACES, "false",
                                  f"{surface!r} {kind} {name or '(unresolved)'} x{n}"))


def _markers(gold: GoldArticle, result: ArticleResult, score: Score) -> None:
    want: dict[int, str | None] = {}
    for n, series in gold.markers:
        want[n] = series or want.get(n)
    found: dict[int, str | None] = {}
    for m in result.mentions:
        if m.in_body and m.kind == Kind.BORDER_MARKER:
            for n in m.marker_numbers:
                found.setdefault(n, m.marker_series)
    for n in sorted(want.keys() & found.keys()):
        score.markers.tp += 1
        if want[n] is not None:
            if found[n] == want[n]:
                score.series.tp += 1
            else:
                score.series.fp += 1
                score.errors.append(Error(gold.article, MARKERS, "wrong",
                                          f"marker {n}: series {found[n]}, not {want[n]}"))
    for n in sorted(want.keys() - found.keys()):
        score.markers.fn += 1
        score.errors.append(Error(gold.article, MARKERS, "miss", f"marker {n}"))
    for n in sorted(found.keys() - want.keys()):
        score.markers.fp += 1
        score.errors.append(Error(gold.article, MARKERS, "false", f"marker {n}"))


def _same_value(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def _place_ok(g: GoldFigure, place_name: str | None) -> bool:
    if g.places is None:
        return True
    return nfc(place_name) in g.places if g.places else place_name is None


def _figures(gold: GoldArticle, result: ArticleResult, score: Score) -> None:
    left = [f for f in result.figures if f.value is not None]
    for g in gold.figures:
        same = [f for f in left if _same_value(f.value, g.value)]
        if not same:
            score.figures.fn += 1
            score.errors.append(Error(gold.article, FIGURES, "miss",
                                      f"{_number(g.value)} {g.unit or ''}".rstrip()))
            continue
        # among equal values, the one with the right place, then the right unit
        best = min(same, key=lambda f: (not _place_ok(g, f.place_name),
                                        (g.unit or f.unit) != f.unit))
        left.remove(best)
        score.figures.tp += 1
        if g.places is None:
            continue
        if _place_ok(g, best.place_name):
            score.figure_places.tp += 1
        else:
            score.figure_places.fp += 1
            want = " or ".join(g.places) if g.places else "no place"
            score.errors.append(Error(gold.article, FIGURE_PLACES, "wrong",
                                      f"{_number(g.value)} {best.unit}: place "
                                      f"{best.place_name or 'none'}, not {want}"))
    for f in left:
        score.figures.fp += 1
        score.errors.append(Error(gold.article, FIGURES, "false",
                                  f"{_number(f.value)} {f.unit} ({f.quote!r})"))


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
