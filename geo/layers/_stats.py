"""One pass over a corpus: counts, articles, first passages and figures per place.

Private helper of :mod:`geo.layers.build`.  Everything is dict counting over plain
objects, so 10,000 articles × 40 mentions aggregate in well under a second.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from geo.layers._summary import summarise_place_figures
from geo.mentions import context_place_id
from geo.model import Figure, Kind, Mention, Place, Precision
from geo.text import strip_diacritics

#: Longest first passage kept in a layer (characters); the app looks up the
#: full passages on click.
PASSAGE_CHARS = 280

_SPACES = re.compile(r"\s+")


def as_json(value) -> str:
    """Return *value* as the compact JSON text of the layers' JSON columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class PlaceStats:
    """Per place id: mentions, articles, first passage and figures."""

    #: summarise_place_figures of each place, made once (place and figure layers share it)
    summaries: dict[str, list[dict]] = field(default_factory=dict)
    mentions: Counter = field(default_factory=Counter)
    articles: dict[str, list[str]] = field(default_factory=dict)
    article_info: dict[str, dict] = field(default_factory=dict)
    #: each article's ``article_info`` as JSON, made once (it appears in every
    #: place the article mentions: about 12 at 10,000 articles)
    article_json: dict[str, str] = field(default_factory=dict)
    first_passage: dict[str, tuple[str, str]] = field(default_factory=dict)
    figures: dict[str, list[Figure]] = field(default_factory=dict)
    #: places the text states but the gazetteer lacks ("Nậm Cáy village, Mường Nhé
    #: commune"), drawn at their unit's point: id ``context:<unit id>:<name>``
    context_places: dict[str, Place] = field(default_factory=dict)
    #: articles and figures per place id when counted only, without their lists
    #: (geo.app.digest); else the lengths of ``articles`` and ``figures``
    article_counts: dict[str, int] = field(default_factory=dict)
    figure_counts: dict[str, int] = field(default_factory=dict)

    def article_count(self, pid: str) -> int:
        """Return the number of articles mentioning *pid*."""
        found = self.articles.get(pid)
        return len(found) if found is not None else self.article_counts.get(pid, 0)

    def figure_count(self, pid: str) -> int:
        """Return the number of figures about *pid*."""
        found = self.figures.get(pid)
        return len(found) if found is not None else self.figure_counts.get(pid, 0)

    def figure_places(self) -> set[str]:
        """Return the ids of the places with figures."""
        return set(self.figures) | set(self.figure_counts)

    def theme_units(self) -> dict[str, str]:
        """Return, per theme, the unit most figures of that theme use.

        Proportional symbols of a theme are scaled in that unit only: like
        with like.
        """
        counts: dict[str, Counter] = {}
        for figures in self.figures.values():
            for fig in figures:
                if fig.value is not None:
                    counts.setdefault(fig.theme or "other", Counter())[fig.unit or ""] += 1
        return {
            theme: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            for theme, c in counts.items()
        }

    def articles_json(self, pid: str) -> str:
        """Return the JSON list of the ``article_info`` of the articles mentioning *pid*."""
        known = self.article_json
        parts = []
        for aid in self.articles.get(pid, ()):
            found = known.get(aid)
            if found is None:
                found = known[aid] = as_json(self.article_info[aid])
            parts.append(found)
        return f"[{','.join(parts)}]"

    def summary(self, pid: str) -> list[dict]:
        """Return :func:`summarise_place_figures` of the figures of *pid* (computed once)."""
        found = self.summaries.get(pid)
        if found is None:
            found = self.summaries[pid] = summarise_place_figures(self.figures.get(pid, []))
        return found


@dataclass(slots=True)
class ArticleCounts:
    """One article's share of :class:`PlaceStats`: what its body mentions, once worked out.

    A filter that keeps an article's mentions as they are (dates, articles,
    themes) keeps its counts: the app works them out once per corpus
    (:func:`count_articles`) and gives them to :func:`collect_stats`.
    """

    #: mentions in the body per place id, in the order the places first appear
    mentions: dict[str, int] = field(default_factory=dict)
    #: the first mention of each place id (its passage is made if the layers need it)
    first: dict[str, Mention] = field(default_factory=dict)
    #: places the text states but the gazetteer lacks (see :func:`context_place`)
    context: dict[str, Place] = field(default_factory=dict)
    #: the first mention's passage per place id, when counted with the text at hand
    #: (:func:`article_counter` with ``passages=True``): the text need not be kept
    passages: dict[str, str] = field(default_factory=dict)


def _canonical(gazetteer):
    """Return ``canonical(pid)``, each id looked up once.

    It gives the gazetteer's own id for *pid* (ids may have aliases), None if unknown.
    """
    known: dict[str, str | None] = {}

    def canonical(pid: str) -> str | None:
        if pid not in known:
            place = gazetteer.get(pid)
            known[pid] = place.id if place is not None else None
        return known[pid]

    return canonical


def count_articles(results, gazetteer) -> dict[str, ArticleCounts]:
    """Return the :class:`ArticleCounts` of every result of *results*, by article id."""
    count = article_counter(gazetteer)
    return {r.article.id: count(r) for r in results}


def article_counter(gazetteer, *, passages: bool = False):
    """Return ``count(result) -> ArticleCounts``, for results met one at a time.

    With *passages*, each place's first passage is made from the text then
    (``ArticleCounts.passages``), so a caller may drop the text afterwards
    (``geo export`` does, as results arrive, to hold 10,000 articles in a
    fraction of the memory).
    """
    canonical = _canonical(gazetteer)

    def count(result) -> ArticleCounts:
        counts = _count_article(result, canonical)
        if passages:
            text = result.article.text
            counts.passages = {pid: passage(text, m) for pid, m in counts.first.items()}
        return counts

    return count


def keep_first_passages(results, counted: Mapping[str, ArticleCounts]) -> None:
    """Keep in *counted* the passages :func:`collect_stats` uses: each place's first article's.

    *results* in corpus order, counted by :func:`article_counter` with
    ``passages=True``; the passages of a place's later articles are dropped
    (at 10,000 articles, 117,000 passages of which 3,000 are used).
    """
    seen: set[str] = set()
    for result in results:
        counts = counted[result.article.id]
        counts.passages = {pid: p for pid, p in counts.passages.items() if pid not in seen}
        seen.update(counts.mentions)


def _count_article(result, canonical) -> ArticleCounts:
    counts = ArticleCounts()
    for mention in result.mentions:
        if not mention.in_body:
            continue
        ids = _place_ids(mention, canonical)
        if not ids and mention.lon is not None and (cid := context_place_id(mention)):
            if cid not in counts.context:
                counts.context[cid] = context_place(mention, cid)
            ids = [cid]
        for pid in ids:
            if pid in counts.mentions:
                counts.mentions[pid] += 1
            else:
                counts.mentions[pid] = 1
                counts.first[pid] = mention
    return counts


def collect_stats(results, gazetteer, *, counted: Mapping[str, ArticleCounts] | None = None,
                  passages: bool = True) -> PlaceStats:
    """Aggregate the mentions and figures of *results* per place id.

    Only mentions in an article's body count (places in "Recent news" teasers
    belong to other articles).  A marker range mention ("markers 107 to 111")
    counts once for each numbered marker the gazetteer knows.

    Parameters
    ----------
    results : iterable of geo.pipeline.ArticleResult
    gazetteer : geo.gazetteer.Gazetteer
    counted : mapping of str to ArticleCounts, optional
        The counts of each article worked out already (:func:`count_articles`),
        valid for results whose mentions are the ones counted (a filter of
        dates, articles or themes keeps them; one of kinds does not); any
        article missing from it is counted now.
    passages : bool, optional
        Whether to make each place's first passage (``first_passage``: the
        export's; the map does not embed it).  Without, the results need no
        text and counts no first mentions (:mod:`geo.app.digest`).

    Returns
    -------
    PlaceStats
    """
    stats = PlaceStats()
    article_sets: dict[str, dict[str, None]] = {}
    canonical = _canonical(gazetteer)
    counted = counted or {}
    for result in results:
        article = result.article
        aid = article.id
        stats.article_info[aid] = {"id": aid, "title": article.title, "date": article.date}
        counts = counted.get(aid) or _count_article(result, canonical)
        for pid, n in counts.mentions.items():
            stats.mentions[pid] += n
            article_sets.setdefault(pid, {})[aid] = None
            if passages and pid not in stats.first_passage:
                first = counts.passages.get(pid)
                if first is None:
                    first = passage(article.text, counts.first[pid])
                stats.first_passage[pid] = (aid, first)
        for pid, place in counts.context.items():
            stats.context_places.setdefault(pid, place)
        for fig in result.figures:
            if fig.place_id:
                pid = canonical(fig.place_id) or fig.place_id
                stats.figures.setdefault(pid, []).append(fig)
    stats.articles = {pid: list(ids) for pid, ids in article_sets.items()}
    return stats


def context_place(mention: Mention, pid: str | None = None) -> Place | None:
    """Return the place of a mention placed by its context, at its unit's point, or None.

    A village stated with its commune ("Nậm Cáy village, Mường Nhé commune")
    that the gazetteer lacks has no point of its own: it is drawn at the
    commune's point with the commune's precision and uncertainty, and says so
    (``coord_source`` ``commune:<id>``, attribute ``placed_by`` ``context``).
    *pid* is its :func:`geo.mentions.context_place_id` when worked out already.
    """
    pid = pid or context_place_id(mention)
    if pid is None or mention.lon is None:
        return None
    unit = mention.legacy_unit or mention.successor
    name = mention.name or mention.surface
    level = mention.precision or Precision.COMMUNE.value
    unit_name = mention.legacy_name or mention.successor_name or unit
    return Place(
        id=pid, name=name, name_ascii=strip_diacritics(name),
        kind=mention.kind or Kind.VILLAGE, lat=mention.lat, lon=mention.lon,
        precision=level, uncertainty_m=mention.uncertainty_m,
        coord_source=f"{'commune' if level == 'commune' else level}:{unit}",
        parent=unit, legacy_unit=mention.legacy_unit, successor=mention.successor,
        attrs=(("placed_by", "context"),),
        notes=f"not in the gazetteer; the text places it in {unit_name}: drawn at that "
              f"unit's point (no point of its own)",
    )


def _place_ids(mention: Mention, canonical) -> list[str]:
    """Place ids one mention counts for: its place, or each numbered marker of a range."""
    first = (canonical(mention.place_id) or mention.place_id) if mention.place_id else None
    ids = [first] if first else []
    if mention.marker_numbers and mention.marker_series:
        series = mention.marker_series.lower()
        markers = []
        for number in mention.marker_numbers:
            pid = canonical(f"marker:{series}:{number}")
            if pid and pid not in markers:
                markers.append(pid)
        if markers:  # a range counts for each numbered marker, not for the range as such
            ids = markers
    return ids


def passage(text: str, mention: Mention, *, limit: int = PASSAGE_CHARS) -> str:
    """Return the sentence around *mention*, whitespace collapsed, at most *limit* chars.

    Parameters
    ----------
    text : str
        The article text as read.
    mention : Mention
        Its ``sentence`` span is used when present, else a window around it.
    limit : int
        Longest passage returned; a longer sentence is cut around the mention
        with ``…`` marking the cuts.

    Returns
    -------
    str
    """
    if mention.sentence is not None:
        start, end = mention.sentence.start, mention.sentence.end
    else:
        start, end = max(0, mention.start - limit // 2), min(len(text), mention.end + limit // 2)
    if end - start > limit:
        centre = (mention.start + mention.end) // 2
        start = max(start, centre - limit // 2)
        end = min(end, start + limit)
        start = max(0, min(start, end - limit))
        snippet = text[start:end]
        prefix = "…" if start > 0 else ""
        return prefix + _SPACES.sub(" ", snippet).strip() + "…"
    return _SPACES.sub(" ", text[start:end]).strip()
