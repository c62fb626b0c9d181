"""Find and resolve the place mentions of an article.

:func:`find_mentions` strings the stages together and decides nothing
itself: it folds the article text once, runs one Aho-Corasick pass over it
(names and trigger words together, see :mod:`geo.mentions._index`), reads
the words around each name (:mod:`geo.mentions._context`: trigger words,
lists that share one, parentheses and "in X commune" containers, persons,
events, firms), asks :mod:`geo.mentions.era` for the era the article writes
in, resolves each name with the pure rules of :mod:`geo.mentions.resolve`
(a bare name keeping the sense the article gave it before:
:mod:`geo.mentions._discourse`), and builds the mentions.  Numbered markers
come from :mod:`geo.mentions.markers`.

Decisions worth knowing:

- Mentions outside the body (title, page furniture, signature) are reported
  too, with ``in_body=False``; they take no part in deciding the era.
- The surface of a border post or gate runs over its designator ("Pa Thơm
  Border Post"); lower-case type words ("commune") are not part of it.
- Countries are mentioned by their names ("Vietnam", "Laos", "China", also
  inside "Vietnam-China" or an organisation's name); the adjectives "Lao",
  "Chinese", "Vietnamese" and the ethnic group "Lào" are not mentions.
- An event named after a place ("the Điện Biên Phủ Victory") is the place
  with kind ``other`` and a low score; "Northwest" and like words are regions.
- A marker range is one mention: ``marker_numbers`` lists every number,
  ``place_id`` is the first number's entry.
"""

from __future__ import annotations

import unicodedata
from functools import partial

from geo.mentions import _discourse as discourse
from geo.mentions._context import annotate
from geo.mentions._index import NameHit, index_for, scan
from geo.mentions._unknown import AREA, marker_name, places_in, stated_unit, stretch_fields
from geo.mentions.era import article_era
from geo.mentions.markers import marker_place_id, marker_series, table_marker_phrases
from geo.mentions.resolve import (
    ADMIN_KINDS,
    Decision,
    decide,
    fit_container,
    fits,
    shown_units,
)
from geo.mentions.triggers import CITY
from geo.model import LEGACY, Article, Gazetteer, Kind, Mention, Place, Span
from geo.text import Folded, Passages
from geo.text.tables import find_tables


def find_mentions(article: Article, gazetteer: Gazetteer, *, furniture: bool = True,
                  passages: Passages | None = None) -> list[Mention]:
    """Find every place mention of *article* and resolve it against *gazetteer*.

    Parameters
    ----------
    article : Article
        The article as read (:func:`geo.reading.read.read_article`).  An article
        whose body span is empty is read as all body.
    gazetteer : geo.model.Gazetteer
        Its ``aliases()`` and ``get(id)`` are used; what is built from it
        once (the name automaton, resolution memos) is kept in its ``memo``.
    furniture : bool, default True
        Also report mentions outside the body and title (page furniture,
        signature) with ``in_body=False``; ``False`` reads only the title
        and body, about twice as fast on pages with long teaser lists.
    passages : Passages, optional
        The article's sentence and paragraph spans, when the caller shares
        them with :func:`geo.figures.extract.extract_figures` (as
        :func:`geo.pipeline.process_article` does); made here otherwise.

    Returns
    -------
    list of Mention
        In text order; ``text[m.start:m.end] == m.surface`` for each.
    """
    text = article.text
    if not text:
        return []
    body = article.body if article.body.end > article.body.start else Span(0, len(text))
    if not furniture:
        lo = min(body.start, article.title_span.start if article.title_span else body.start)
        text = text[:body.end]
        if lo > 0:
            # blank, not cut: offsets stay those of the article; line feeds, not
            # spaces, so that folding keeps lengths (see geo.text.Folded.of)
            text = "\n" * lo + text[lo:]
        for f in article.furniture:  # a headline box saved inside the body: blanked too
            if lo <= f.start < body.end:
                end = min(f.end, body.end)
                text = text[:f.start] + "\n" * (end - f.start) + text[end:]
    folded = Folded.of(text)
    ft = folded.text
    index = index_for(gazetteer)
    memo = memo_for(gazetteer)
    hits, triggers = scan(ft, index)
    get = gazetteer.get
    annotate(text, folded, hits, triggers, index)
    in_body = [_in(body, folded, h.start, article) or _in_title(article, folded, h.start)
               for h in hits]
    fb = folded.to_folded(body.start, body.end)
    era, era_why = article_era(article.date, ft[fb[0]:fb[1]], hits, in_body,
                               partial(_surface, article.text, folded), get)
    for h in hits:
        if not h.skip:
            _choose(h, era, memo.choices)
    _apply_containers(hits, get)
    discourse.carry_typed_sense(hits)
    discourse.carry_list_kind(hits, ft)
    discourse.carry_colon_list(hits, ft)
    discourse.carry_gate_name(hits)
    discourse.carry_counterpart(hits)
    discourse.no_gate_unsaid(hits, ft)
    if passages is None:
        passages = Passages(article.text)
    out = [_mention(article, folded, h, body, era, era_why, get, passages, memo.facts)
           for h in hits if not h.skip]
    out.extend(_marker_mentions(article, folded, body, hits, gazetteer, index.marker_series,
                                passages, memo.facts))
    out.sort(key=lambda m: (m.start, m.end))
    return out


class ResolutionMemo:
    """What :func:`find_mentions` works out once per gazetteer, kept in ``gazetteer.memo``.

    Attributes
    ----------
    choices : dict
        ``(name key, kind, trigger word, era)`` → what the resolution rules
        decide for a name (see :func:`_choose`).
    facts : dict
        Place id → what every mention of the place shows, and its names
        (see :func:`_facts`).

    Both only grow, filled as names and places are met, and each value
    depends on its key and the gazetteer alone: threads filling them at
    once at worst work a value out twice.
    """

    __slots__ = ("choices", "facts")

    def __init__(self) -> None:
        self.choices: dict[tuple, Decision] = {}
        self.facts: dict[str, tuple[tuple, str]] = {}


#: Key of the :class:`ResolutionMemo` in ``Gazetteer.memo``.
MEMO_KEY = "geo.mentions.resolution"


def memo_for(gazetteer: Gazetteer) -> ResolutionMemo:
    """Return the resolution memo of *gazetteer*, made on first use."""
    memo = gazetteer.memo.get(MEMO_KEY)
    if memo is None:
        memo = gazetteer.memo.setdefault(MEMO_KEY, ResolutionMemo())  # atomic: one memo wins
    return memo


def _in(body: Span, folded: Folded, pos: int, article: Article | None = None) -> bool:
    o, _ = folded.to_original(pos, pos + 1)
    return body.start <= o < body.end and not (article and article.in_furniture(o, o + 1))


def _in_title(article: Article, folded: Folded, pos: int) -> bool:
    return article.title_span is not None and _in(article.title_span, folded, pos)


def _surface(text: str, folded: Folded, s: int, e: int) -> str:
    os_, oe = folded.to_original(s, e)
    return text[os_:oe]


def _choose(h: NameHit, era: str, choices: dict[tuple, Decision]) -> None:
    """Resolve a hit by the rules of :mod:`geo.mentions.resolve` (place, or why not).

    The rules depend only on the name, its kind and trigger word and the
    era, so each decision is kept in *choices* (one dict per gazetteer).
    """
    if h.how in ("fuzzy", "unresolved"):
        return
    key = (h.entry.key, h.kind, h.trigger_word, era)
    found = choices.get(key)
    if found is None:
        entry = h.entry
        found = choices[key] = decide(entry.cands, h.kind, h.trigger_word, era,
                                      multiword=entry.multiword, known_as=entry.known_as)
    h.place, kind, how, why, skip = found
    if kind is not None:
        h.kind = kind
    if how is not None:
        h.how = how
    if why is not None:
        h.why = why
    if skip is not None:
        h.skip = skip


def _apply_containers(hits: list[NameHit], get) -> None:
    """Make each name agree with the unit it is said to lie in (see :func:`fit_container`)."""
    for h in hits:
        cont = h.container
        if h.skip or cont is None or cont.skip or h.place is None or cont.place is None:
            continue
        fit = fit_container(h.place, h.why, fits(h.entry.cands, h.kind, h.trigger_word),
                            cont.place, cont.why,
                            fits(cont.entry.cands, cont.kind, cont.trigger_word), get)
        if fit is not None:
            h.place, h.why, cont.place, cont.why = fit


def _mention(article, folded, h: NameHit, body, era, era_why, get, passages,
             facts: dict[str, tuple[tuple, str]]) -> Mention:
    start, end = folded.to_original(h.start, h.surface_end)
    surface = article.text[start:end]
    place = h.place
    kind = h.kind if h.kind not in (None, "event", CITY) else None
    if h.kind == "event":
        kind = Kind.OTHER
    elif place is not None:
        kind = place.kind
    kind = kind or Kind.OTHER
    why = h.why
    if place is None:
        if kind == Kind.VILLAGE and _abroad(h.container):  # "Hua Muc village in Mai district"
            kind, why = Kind.FOREIGN_PLACE, f"{why}; a village of {h.container.place.name}"
        name = h.fuzzy_name or (h.entry.known_as[1] if h.entry.known_as else surface)
        fields, method = (None, name, *_NO_PLACE), _method(h, surface, None, "")
        unit = stated_unit(h)
        if unit is not None:  # "Nậm Cáy village, Mường Nhé commune": at the commune's point
            # the unit it lies in rides in legacy_unit/successor (by its era): the map draws
            # the village there (geo.layers._stats.context_place)
            legacy = (unit.id, unit.name) if unit.era == LEGACY else (None, None)
            current = (None, None) if unit.era == LEGACY else (unit.id, unit.name)
            fields = (None, name, unit.lat, unit.lon, AREA[unit.kind], unit.uncertainty_m,
                      *legacy, *current)
            method = "context"
            why = f"{why}; placed at {unit.name} {unit.kind}, where the text says it lies"
        return _new_mention(article, body, start, end, surface, str(kind), fields, method,
                            _score(h, None), why.strip("; "), passages)
    if place.kind in ADMIN_KINDS and place.era:
        why = f"{why}; {era_why}: {'legacy' if place.era == LEGACY else '2025'} {place.kind}" \
            if place.era == era else f"{why}; {place.era} {place.kind} (the only fit)"
    f = facts.get(place.id)
    if f is None:
        f = facts[place.id] = _facts(place, get)
    return _new_mention(article, body, start, end, surface, str(kind), f[0],
                        _method(h, surface, place, f[1]), _score(h, place), why.strip("; "),
                        passages)


def _abroad(cont: NameHit | None) -> bool:
    """Tell whether a name's stated container is across the border (a Lao district, Laos)."""
    return cont is not None and not cont.skip and cont.place is not None and (
        cont.place.kind == Kind.FOREIGN_PLACE or cont.place.kind == Kind.COUNTRY
        and cont.place.country != "VN")


#: The place fields of a mention after ``place_id`` and ``name`` when it names no known place.
_NO_PLACE = (None,) * 8


def _new_mention(article: Article, body: Span, start: int, end: int, surface: str, kind: str,
                 place_fields: tuple, method: str, score: float, why: str, passages: Passages,
                 marker_numbers: tuple[int, ...] = (), marker_series: str | None = None,
                 ) -> Mention:
    """Make one mention: every mention, of a name or of a marker, is made here.

    *place_fields* are the Mention fields ``place_id`` to ``successor_name``
    in their order: those of :func:`_facts` for a known place, else
    ``(None, name, *_NO_PLACE)``.
    """
    sentence, paragraph = passages.at(start, end)
    return Mention(article.id, surface, start, end, body.start <= start and end <= body.end
                   and not article.in_furniture(start, end),
                   kind, *place_fields, method, score, why, marker_numbers, marker_series,
                   sentence, paragraph, article.date, article.date_source)


def _facts(place: Place, get) -> tuple[tuple, str]:
    """Return what every mention of *place* shows, worked out once per gazetteer.

    ``(place_fields, names)``: the Mention fields ``place_id``, ``name``,
    ``lat``, ``lon``, ``precision``, ``uncertainty_m``, ``legacy_unit``,
    ``legacy_name``, ``successor``, ``successor_name`` (units as
    :func:`~geo.mentions.resolve.shown_units` decides), and the place's
    names joined, NFC and case-folded (for :func:`_method`).
    """
    legacy, successor = shown_units(place, get)
    names = unicodedata.normalize("NFC", " | ".join((place.name, *place.alt_names)).casefold())
    return (place.id, place.name, place.lat, place.lon, place.precision, place.uncertainty_m,
            legacy.id if legacy else None, legacy.name if legacy else None,
            successor.id if successor else None,
            successor.name if successor else None), names


def _method(h: NameHit, surface: str, place: Place | None, names: str) -> str:
    """Say how the name was matched; *names* is the place's names, NFC and case-folded."""
    if h.how in ("fuzzy", "unresolved") or place is None:
        return "unresolved" if place is None else "fuzzy"
    if h.how in ("list", "context"):
        return "context"
    name = unicodedata.normalize("NFC", surface).casefold()
    head = name.split(" border ")[0].split(" international ")[0]
    return "exact" if head in names else "folded"


def _score(h: NameHit, place: Place | None) -> float:
    if place is None:
        return 0.0
    base = {"after": 0.95, "before": 0.95, "list": 0.85, "context": 0.75, "bare": 0.8,
            "event": 0.5}.get(h.how, 0.7)
    if h.how == "fuzzy":
        return 0.7
    return round(base, 2)



_BORDER_MARKER = str(Kind.BORDER_MARKER)
_NO_MARKER = (None, None, *_NO_PLACE)  # a marker number the gazetteer lacks


def _marker_mentions(article, folded, body, hits, gazetteer, by_unit, passages,
                     facts: dict[str, tuple[tuple, str]]) -> list[Mention]:
    get = gazetteer.get
    out = []
    stretches: dict[tuple, tuple | None] = {}
    cells = table_marker_phrases(find_tables(article.text, body.start, body.end, words=True),
                                 folded)
    for ph, (s0, e0), series, why in marker_series(folded.text, folded.to_folded(
            body.start, body.end), hits, by_unit, cells):
        place = None
        for n in ph.numbers:
            place = get(marker_place_id(series, n)) if (series or n == 0) else None
            if place is not None:
                break
        method = "exact" if place else "unresolved"
        if place is None:
            if (s0, e0, series) not in stretches:  # once per sentence and series
                stretches[s0, e0, series] = stretch_fields(gazetteer, places_in(hits, s0, e0),
                                                           series)
            fields = _NO_MARKER
            if stretches[s0, e0, series] is not None:
                fields = (None, marker_name(series, ph.numbers), *stretches[s0, e0, series][2:])
                method = "context"
                why = f"{why}; not in the gazetteer: on the {series} line where it crosses the " \
                      "unit named in the sentence"
        else:
            f = facts.get(place.id)
            if f is None:
                f = facts[place.id] = _facts(place, get)
            fields = f[0]
        start, end = folded.to_original(ph.start, ph.end)
        out.append(_new_mention(
            article, body, start, end, article.text[start:end], _BORDER_MARKER, fields,
            method, 0.9 if place else 0.0,
            f"marker number{'s' if len(ph.numbers) > 1 else ''} "
            f"{', '.join(map(str, ph.numbers))}; {why}", passages, ph.numbers, series))
    return out
