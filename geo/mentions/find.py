"""Find and resolve the place mentions of an article.

:func:`find_mentions` folds the article text once, runs one Aho-Corasick
pass over it (names and trigger words together, see
:mod:`geo.mentions._index`), reads the words around each name (trigger
words, lists that share one, parentheses and "in X commune" containers,
persons, events), decides the era the article writes in, and resolves each
name with the pure rules of :mod:`geo.mentions.resolve`.  Numbered markers come from
:mod:`geo.mentions.markers`.

Decisions worth knowing:

- Mentions outside the body (title, page furniture, signature) are reported
  too, with ``in_body=False``; they take no part in deciding the era.
- The surface of a border post or gate runs over its designator ("Pa Thơm
  Border Post"); lower-case type words ("commune") are not part of it.
- Countries are mentioned by their names ("Vietnam", "Laos", "China", also
  inside "Vietnam-China" or an organisation's name); the adjectives "Lao",
  "Chinese", "Vietnamese" and the ethnic group "Lào" are not mentions.
- An event named after a place ("the Điện Biên Phủ Victory") is reported as
  the place with kind ``other`` and a low score.
- "Northwest" and like words are regions; with no gazetteer entry they are
  unresolved mentions of kind ``region``.
- A marker range is one mention: ``marker_numbers`` lists every number,
  ``place_id`` is the first number's entry.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from geo.mentions._context import annotate
from geo.mentions._index import NameHit, index_for, scan
from geo.mentions.markers import (
    find_marker_phrases,
    marker_place_id,
    series_from_number,
    series_from_words,
)
from geo.mentions.resolve import (
    ADMIN_KINDS,
    bare_reason,
    choose_bare,
    choose_by_trigger,
    choose_in_container,
    compatible,
    decide_era,
    era_from_words,
)
from geo.mentions.triggers import CITY
from geo.model import CURRENT, LEGACY, Article, Kind, Mention, Place, Span
from geo.text import Folded, Passages

_RANK = {Kind.VILLAGE: 1, Kind.BORDER_POST: 1, Kind.BORDER_GATE: 1, Kind.OTHER: 1,
         Kind.COMMUNE: 2, Kind.WARD: 2, Kind.DISTRICT: 3, Kind.PROVINCE: 4, Kind.COUNTRY: 5,
         Kind.FOREIGN_PLACE: 3, Kind.REGION: 5}


def find_mentions(article: Article, gazetteer, *, furniture: bool = True,
                  passages: Passages | None = None) -> list[Mention]:
    """Find every place mention of *article* and resolve it against *gazetteer*.

    Parameters
    ----------
    article : Article
        The article as read (:func:`geo.reading.read.read_article`).  An article
        whose body span is empty is read as all body.
    gazetteer : geo.gazetteer.Gazetteer
        Anything with ``aliases()``, ``get(id)``, ``version`` and ``len()``.
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
    folded = Folded.of(text)
    ft = folded.text
    index = index_for(gazetteer)
    hits, triggers = scan(ft, index)
    get = gazetteer.get
    annotate(text, folded, hits, triggers, index)
    in_body = [_in(body, folded, h.start) or _in_title(article, folded, h.start) for h in hits]
    era, era_why = _article_era(article, ft, folded, body, hits, in_body, get)
    for h in hits:
        if not h.skip:
            _choose(h, era, index.choices)
    _apply_containers(hits, get)
    if passages is None:
        passages = Passages(article.text)
    out = [_mention(article, folded, h, body, era, era_why, get, passages, index.facts)
           for h in hits if not h.skip]
    out.extend(_marker_mentions(article, folded, body, hits, get, index.marker_series, passages))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _in(body: Span, folded: Folded, pos: int) -> bool:
    o, _ = folded.to_original(pos, pos + 1)
    return body.start <= o < body.end


def _in_title(article: Article, folded: Folded, pos: int) -> bool:
    t = article.title_span
    return t is not None and _in(t, folded, pos)


def _article_era(article, ft, folded, body, hits, in_body, get) -> tuple[str, str]:
    votes: list[tuple[str, str]] = []
    fb = folded_span(folded, body)
    if era_from_words(ft[fb[0]:fb[1]]):
        votes.append((CURRENT, "speaks of the 2025 reorganisation as done"))
    for h, inside in zip(hits, in_body, strict=True):
        if not inside or h.skip or h.kind is None:
            continue
        local = [p for p, imp in h.entry.cands if compatible(p, imp, h.kind)
                 and p.country == "VN" and (p.province or "").endswith(":11")]
        eras = {p.era for p in local if p.kind in ADMIN_KINDS and p.kind != Kind.PROVINCE}
        name = _surface(article.text, folded, h.start, h.end)
        if h.kind == Kind.DISTRICT and LEGACY in eras:
            votes.append((LEGACY, f"names {name} district (districts ended on 1 July 2025)"))
        elif h.kind in (Kind.COMMUNE, Kind.WARD) and len(eras) == 1:
            e = eras.pop()
            when = "before" if e == LEGACY else "after"
            votes.append((e, f"{name} {h.kind} exists only {when} the 2025 merger"))
        if h.container is not None and h.container.kind in (Kind.COMMUNE, Kind.WARD):
            fit = _container_eras(h, h.container, get)
            if len(fit) == 1:
                e = fit.pop()
                where = _surface(article.text, folded, h.container.start, h.container.end)
                unit = "legacy" if e == LEGACY else "2025"
                votes.append((e, f"{name} lies in the {unit} {where} {h.container.kind}"))
    votes.sort(key=lambda v: not v[1].startswith("names"))  # a district is the clearest sign
    return decide_era(article.date, votes)


def _surface(text: str, folded: Folded, s: int, e: int) -> str:
    os_, oe = folded.to_original(s, e)
    return text[os_:oe]


def folded_span(folded: Folded, span: Span) -> tuple[int, int]:
    """Map an original span to the folded text (the inverse of ``to_original``)."""
    if folded.index is None:
        return span.start, span.end
    idx = folded.index
    return bisect_right(idx, span.start - 1), bisect_right(idx, span.end - 1)


def _fits(h: NameHit) -> list[Place]:
    if h.kind in (None, "event"):
        return [p for p, _ in h.entry.cands]
    return [p for p, imp in h.entry.cands if compatible(p, imp, h.kind)]


def _container_eras(child: NameHit, cont: NameHit, get) -> set[str]:
    out = set()
    for c in _fits(cont):
        if c.era and choose_in_container(_fits(child), [c], get):
            out.add(c.era)
    return out


def _choose(h: NameHit, era: str, choices: dict[tuple, tuple]) -> None:
    """Resolve a hit by the rules of :mod:`geo.mentions.resolve` (place, or why not).

    The rules depend only on the name, its kind and trigger word and the
    era, so each decision is kept in *choices* (one dict per gazetteer).
    """
    if h.how in ("fuzzy", "unresolved"):
        return
    key = (h.entry.key, h.kind, h.trigger_word, era)
    found = choices.get(key)
    if found is None:
        found = choices[key] = _decide(h.entry, h.kind, h.trigger_word, era)
    h.place, kind, how, why, skip = found
    if kind is not None:
        h.kind = kind
    if how is not None:
        h.how = how
    if why is not None:
        h.why = why
    if skip is not None:
        h.skip = skip


def _decide(entry, kind: str | None, trigger_word: str | None, era: str) -> tuple:
    """Return ``(place, kind, how, why, skip)`` for a name; ``None`` leaves a field as it is."""
    cands = entry.cands
    if kind == "event":
        return choose_by_trigger(cands, CITY, era), None, None, None, None
    if kind is not None:
        place = choose_by_trigger(cands, kind, era, trigger_word=trigger_word)
        if place is None:
            return (None, None, "unresolved",
                    f"no {kind.replace('_', ' ')} of that name is known", None)
        return place, None, None, None, None
    places = [p for p, _ in cands]
    place = choose_bare(places, era, multiword=entry.multiword)
    if place is not None:
        return place, None, None, bare_reason(place, places), None
    if entry.region is not None:
        return (None, entry.region[0], "unresolved",
                f"a region ({entry.region[1]}); no gazetteer entry", None)
    return None, None, None, None, "no trigger word and no place that may be named bare"


def _apply_containers(hits: list[NameHit], get) -> None:
    """Make a name agree with the unit it lies in ("Pa Thơm commune (Điện Biên district)")."""
    for h in hits:
        cont = h.container
        if h.skip or cont is None or cont.skip or h.place is None or cont.place is None:
            continue
        if _RANK.get(cont.place.kind, 0) <= _RANK.get(h.place.kind, 0):
            continue
        kids = [h.place] + [p for p in _fits(h) if p is not h.place and p.kind == h.place.kind]
        conts = [cont.place] + [p for p in _fits(cont) if p is not cont.place
                                and p.kind == cont.place.kind]
        pair = choose_in_container(kids, conts, get)
        if pair is None:
            continue
        child, parent = pair
        where = f"in {cont.place.name if parent is cont.place else parent.name}"
        if child is not h.place:
            h.place, h.why = child, f"{h.why}; {where} ({parent.era or parent.kind} unit)"
        elif not h.why.endswith(where):
            h.why = f"{h.why}; {where}"
        if parent is not cont.place:
            cont.place = parent
            cont.why = f"{cont.why}; the unit that holds {child.name}"


def _mention(article, folded, h: NameHit, body, era, era_why, get, passages,
             facts: dict[str, tuple]) -> Mention:
    start, end = folded.to_original(h.start, h.surface_end)
    sentence, paragraph = passages.at(start, end)
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
        return Mention(
            article.id, surface, start, end, body.start <= start and end <= body.end, str(kind),
            None, h.fuzzy_name or (h.entry.region[1] if h.entry.region else surface),
            None, None, None, None, method=_method(h, surface, None, ""),
            score=_score(h, None), why=why.strip("; "), sentence=sentence, paragraph=paragraph)
    if place.kind in ADMIN_KINDS and place.era:
        why = f"{why}; {era_why}: {'legacy' if place.era == LEGACY else '2025'} {place.kind}" \
            if place.era == era else f"{why}; {place.era} {place.kind} (the only fit)"
    f = facts.get(place.id)
    if f is None:
        f = facts[place.id] = _facts(place, get)
    return Mention(
        article.id, surface, start, end, body.start <= start and end <= body.end, str(kind),
        *f[:-1], method=_method(h, surface, place, f[-1]), score=_score(h, place),
        why=why.strip("; "), sentence=sentence, paragraph=paragraph)


def _facts(place: Place, get) -> tuple:
    """Return what every mention of *place* shows, worked out once per gazetteer.

    ``(place_id, name, lat, lon, precision, uncertainty_m, legacy_unit,
    legacy_name, successor, successor_name, names)``: the Mention fields in
    their order, then the place's names joined, NFC and case-folded (for
    :func:`_method`).
    """
    legacy, successor = _units(place, get)
    names = unicodedata.normalize("NFC", " | ".join((place.name, *place.alt_names)).casefold())
    return (place.id, place.name, place.lat, place.lon, place.precision, place.uncertainty_m,
            legacy.id if legacy else None, legacy.name if legacy else None,
            successor.id if successor else None, successor.name if successor else None, names)


def _units(place: Place | None, get) -> tuple[Place | None, Place | None]:
    if place is None:
        return None, None
    legacy_id = place.legacy_unit or (place.id if place.era == LEGACY else None)
    succ_id = place.successor or (place.id if place.era == CURRENT else None)
    if place.kind == Kind.PROVINCE and place.era == LEGACY and not place.successor:
        succ_id = place.id.replace("vnold:", "vn2025:")
    legacy = get(legacy_id) if legacy_id else None
    successor = get(succ_id) if succ_id else None
    if place.kind in (Kind.COMMUNE, Kind.WARD) and place.era == CURRENT and legacy is None:
        legacy = None  # a 2025 commune merges several legacy ones: no single legacy unit
    return legacy, successor


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


_SENTENCE_CUT = re.compile(r"\. |\n")


def _marker_mentions(article, folded, body, hits, get, by_unit, passages) -> list[Mention]:
    ft = folded.text
    out = []
    around: dict[tuple[int, int], str | None] = {}  # series told by each sentence, once
    cuts: tuple[list[int], list[int]] | None = None
    for ph in find_marker_phrases(ft):
        if cuts is None:  # sentence cuts (". " and line breaks), found once: no rescans
            found = [(m.start(), m.end()) for m in _SENTENCE_CUT.finditer(ft)]
            cuts = [c[0] for c in found], [c[1] for c in found]
        i = bisect_right(cuts[1], ph.start) - 1
        s0 = cuts[0][i] + 1 if i >= 0 else 0
        j = bisect_left(cuts[0], ph.end)
        e0 = cuts[0][j] if j < len(cuts[0]) else len(ft)
        if (s0, e0) not in around:
            around[s0, e0] = (series_from_words(ft[s0:e0])
                              or _series_from_places(hits, s0, e0, by_unit))
        series = (series_from_words(ft[ph.start:ph.end]) or around[s0, e0]
                  or series_from_number(ph.numbers))
        why = f"series {series} from the words around" if series else "series unknown"
        if ph.numbers == (0,):
            series = None
        place = None
        for n in ph.numbers:
            place = get(marker_place_id(series, n)) if (series or n == 0) else None
            if place is not None:
                break
        start, end = folded.to_original(ph.start, ph.end)
        sentence, paragraph = passages.at(start, end)
        out.append(Mention(
            article=article.id, surface=article.text[start:end], start=start, end=end,
            in_body=body.start <= start and end <= body.end, kind=Kind.BORDER_MARKER,
            place_id=place.id if place else None, name=place.name if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None,
            precision=place.precision if place else None,
            uncertainty_m=place.uncertainty_m if place else None,
            legacy_unit=place.legacy_unit if place else None,
            successor=place.successor if place else None,
            method="exact" if place else "unresolved", score=0.9 if place else 0.0,
            why=f"marker number{'s' if len(ph.numbers) > 1 else ''} "
                f"{', '.join(map(str, ph.numbers))}; {why}",
            marker_numbers=ph.numbers, marker_series=series, sentence=sentence,
            paragraph=paragraph))
    return out


def _series_from_places(hits, s0, e0, by_unit: dict[str, str]) -> str | None:
    """Return the series of the known markers in the units named in the same sentence."""
    for h in hits:
        if s0 <= h.start < e0 and h.place is not None and not h.skip:
            for unit in (h.place.id, h.place.legacy_unit, h.place.successor):
                if unit in by_unit:
                    return by_unit[unit]
    return None


def mention_to_dict(m: Mention) -> dict:
    """Return the JSON object of one mention (the ``geo mentions --json`` line).

    Keys: ``article``, ``surface``, ``start``, ``end``, ``in_body``, ``kind``,
    ``place_id``, ``name``, ``lat``, ``lon``, ``precision``,
    ``marker_numbers`` (always a list, empty for non-markers), then
    ``uncertainty_m``, ``legacy_unit``, ``legacy_name``, ``successor``,
    ``successor_name``, ``method``, ``score``, ``why``, ``marker_series``,
    ``sentence`` and ``paragraph`` (``[start, end]`` or null).
    """
    return {
        "article": m.article, "surface": m.surface, "start": m.start, "end": m.end,
        "in_body": m.in_body, "kind": m.kind, "place_id": m.place_id, "name": m.name,
        "lat": m.lat, "lon": m.lon, "precision": m.precision,
        "marker_numbers": list(m.marker_numbers), "uncertainty_m": m.uncertainty_m,
        "legacy_unit": m.legacy_unit, "legacy_name": m.legacy_name, "successor": m.successor,
        "successor_name": m.successor_name, "method": m.method, "score": m.score, "why": m.why,
        "marker_series": m.marker_series,
        "sentence": [m.sentence.start, m.sentence.end] if m.sentence else None,
        "paragraph": [m.paragraph.start, m.paragraph.end] if m.paragraph else None,
    }
