"""Resolution rules: pure functions from a name's candidates and context to a place.

Each rule is one small function over plain values (places, strings, an era)
so it can be tested alone; :mod:`geo.mentions.find` strings them together.  Every
rule that decides something also says why, in words a reader of the map
understands ("dated 2024: legacy commune").  The era an article writes in is
decided in :mod:`geo.mentions.era`; the Điện Biên bias is
:func:`geo.region.region_rank`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from geo.mentions._fuzzy import best_fuzzy, edit_distance, fuzzy_limit  # noqa: F401 (API)
from geo.mentions.triggers import (
    CITY,
    EVENT_WORDS,
    HONORIFICS,
    QUALIFIERS,
    SPEECH,
    looks_vietnamese,
)
from geo.model import CURRENT, LEGACY, Kind, Place
from geo.region import HOME, KIND_SIZE, NEIGHBOUR, region_rank
from geo.text import fold

ADMIN_KINDS = frozenset({Kind.PROVINCE, Kind.DISTRICT, Kind.COMMUNE, Kind.WARD})

#: Place kinds a trigger kind accepts (beyond places whose alias carried the designator).
COMPATIBLE: dict[str, tuple[str, ...]] = {
    Kind.PROVINCE: (Kind.PROVINCE, Kind.FOREIGN_PLACE),
    Kind.DISTRICT: (Kind.DISTRICT, Kind.FOREIGN_PLACE),
    Kind.COMMUNE: (Kind.COMMUNE, Kind.WARD, Kind.FOREIGN_PLACE),
    Kind.WARD: (Kind.WARD, Kind.COMMUNE),
    CITY: (Kind.OTHER, Kind.DISTRICT, Kind.PROVINCE, Kind.FOREIGN_PLACE, Kind.WARD),
    Kind.VILLAGE: (Kind.VILLAGE, Kind.FOREIGN_PLACE),
    Kind.BORDER_POST: (Kind.BORDER_POST,),
    Kind.BORDER_GATE: (Kind.BORDER_GATE,),
}
#: Vietnamese unit type each English trigger word names (ties between eras).
_TYPE_OF_TRIGGER = {Kind.COMMUNE: "Xã", Kind.WARD: "Phường", "town": "Thị trấn",
                    "township": "Thị trấn"}


class Decision(NamedTuple):
    """What the rules decide for a name: its place, or why none.

    A field left ``None`` leaves what the context said of the name as it is
    (its kind, how it was read, why, whether it is skipped).
    """

    place: Place | None
    kind: str | None = None
    how: str | None = None
    why: str | None = None
    skip: str | None = None


#: Trigger words that name a town: a commune-level township (thị trấn) or a
#: district-level town (thị xã, "Mường Lay town" before 2025) or city (thành phố, a town
#: before it became one).
TOWN_WORDS = frozenset({"town", "towns"})


def compatible(place: Place, implied: str | None, kind: str, word: str | None = None) -> bool:
    """Return whether *place* can be what a trigger of *kind* names.

    *implied* is the kind the matched alias itself carried ("Tả Ló San
    Border Post" names an outpost of kind ``other``); *word* is the trigger
    word as folded: "town" also names a district-level town (thị xã).
    """
    if implied == kind:
        return True
    if kind == Kind.BORDER_POST and implied == Kind.BORDER_POST:
        return True
    if word in TOWN_WORDS and place.kind == Kind.DISTRICT and place.attr("type") in (
            "Thị xã", "Thành phố"):  # "Dien Bien Phu Town" (1997): a city that was a town
        return True
    return place.kind in COMPATIBLE.get(kind, (kind,))


def _source_rank(place: Place) -> int:
    return 2 if place.era == LEGACY else 1 if place.era else 0


def _type_mismatch(place: Place, trigger_word: str | None, kind: str) -> bool:
    want = _TYPE_OF_TRIGGER.get(trigger_word or "", _TYPE_OF_TRIGGER.get(kind))
    have = place.attr("type")
    return bool(want and have and have != want)


def choose_by_trigger(cands: Sequence[tuple[Place, str | None]], kind: str, era: str, *,
                      trigger_word: str | None = None, own: str | None = None) -> Place | None:
    """Choose the place a name with a trigger of *kind* means.

    Order: Điện Biên before neighbours before the rest; the place's own kind
    (*own*, default *kind*) before a merely compatible one; the unit type the
    word names ("commune" → Xã, "town" → Thị trấn); the article's era;
    curated entries before 2025 units before legacy ones.  A city ("Điện
    Biên Phủ city") is the district-level unit in a legacy-era article and
    its ward from 2025.  ``None`` when no candidate fits.
    """
    fits = [(p, imp) for p, imp in cands if compatible(p, imp, kind, trigger_word)]
    if not fits:
        return None
    if own is None:
        own = kind if kind != CITY else Kind.DISTRICT if era == LEGACY else Kind.WARD

    def key(item):
        p, imp = item
        return (region_rank(p), p.kind != own, imp != kind, _type_mismatch(p, trigger_word, kind),
                p.era is not None and p.era != era, _source_rank(p),
                p.kind == Kind.FOREIGN_PLACE and p.precision != _FOREIGN_LEVEL.get(kind, "point"),
                p.id)

    return min(fits, key=key)[0]


def _bare_kind_order(era: str) -> dict[str, int]:
    admin = ([Kind.DISTRICT, Kind.COMMUNE, Kind.WARD] if era == LEGACY
             else [Kind.COMMUNE, Kind.WARD])
    order = [Kind.COUNTRY, Kind.PROVINCE, *admin, Kind.FOREIGN_PLACE, Kind.BORDER_GATE,
             Kind.VILLAGE, Kind.BORDER_POST, Kind.REGION, Kind.OTHER, Kind.DISTRICT]
    return {k: i for i, k in reversed(list(enumerate(order)))}


def bare_allowed(place: Place, multiword: bool) -> bool:
    """Return whether a name with no trigger word may mean *place*.

    Bare names resolve to places in Điện Biên, curated border places,
    countries, places across the border, provinces and the districts of the
    neighbour provinces (Lai Châu, Sơn La); a commune elsewhere in Vietnam
    needs its trigger word.  One-word names need a trigger unless
    they name a country, or a foreign place of five letters or more ("May"
    is a month before it is a Lao district).
    """
    if not multiword and not (place.kind == Kind.COUNTRY or (
            place.kind == Kind.FOREIGN_PLACE and len(place.name_ascii) >= 5)):
        return False
    if place.kind not in ADMIN_KINDS or place.kind == Kind.PROVINCE:
        return True
    rank = region_rank(place)  # a district next door too: "opium sold in Muong Te"
    return rank == HOME or (rank == NEIGHBOUR and place.kind == Kind.DISTRICT)


def choose_bare(cands: Sequence[Place], era: str, *, multiword: bool = True) -> Place | None:
    """Choose the place a name without any trigger means ("In Si Pa Phìn and ...").

    Điện Biên first; then a country, a province, the administrative unit of
    the article's era (a district only in a legacy-era article), a place
    across the border, a gate, a village, a post.  ``None`` when no
    candidate may be named bare (see :func:`bare_allowed`).
    """
    order = _bare_kind_order(era)
    fits = [p for p in cands if bare_allowed(p, multiword)]
    if not fits:
        return None
    return min(fits, key=lambda p: (region_rank(p), order.get(p.kind, 99),
                                    p.era is not None and p.era != era, _source_rank(p),
                                    -_COARSE.get(p.precision, 0), p.id))


#: The precision of a place across the border that a trigger word names ("Oudomxay
#: province" is the province drawn at its capital, not the capital town).
_FOREIGN_LEVEL = {Kind.PROVINCE: "province", Kind.DISTRICT: "district"}
#: Coarser first among equals: a bare "Phongsaly" is the Lao province, not its capital town.
_COARSE = {"country": 5, "province": 4, "district": 3, "commune": 2, "segment": 1}


def bare_reason(place: Place, cands: Sequence[Place]) -> str:
    """Say why a name without a trigger word was read as *place*."""
    kinds = sorted({p.kind for p in cands} - {place.kind})
    what = {Kind.COUNTRY: "a country", Kind.PROVINCE: "the province",
            Kind.DISTRICT: "the district", Kind.COMMUNE: "the commune",
            Kind.WARD: "the ward", Kind.FOREIGN_PLACE: "a place across the border",
            Kind.BORDER_GATE: "the border gate", Kind.VILLAGE: "the village",
            Kind.BORDER_POST: "the border post"}.get(place.kind, place.kind)
    if not kinds:
        return f"no type word; {what}, the only place of that name"
    others = ", ".join(k.replace("_", " ") for k in kinds)
    return f"no type word; {what} rather than the {others} of that name"


def fits(cands: Iterable[tuple[Place, str | None]], kind: str | None,
         word: str | None = None) -> list[Place]:
    """Return the candidates a name read as *kind* may mean (all, for no kind or an event)."""
    if kind in (None, "event"):
        return [p for p, _ in cands]
    return [p for p, imp in cands if compatible(p, imp, kind, word)]


def decide(cands: Sequence[tuple[Place, str | None]], kind: str | None,
           trigger_word: str | None, era: str, *, multiword: bool = True,
           known_as: tuple[str, str] | None = None) -> Decision:
    """Decide the place a name means from its candidates, what the context said, and the era.

    Parameters
    ----------
    cands : sequence of (Place, str or None)
        The places of that name, each with the kind its alias implies.
    kind : str or None
        The kind a trigger word or the context gave the name; ``"event"``
        for an event named after a place; ``None`` for a bare name.
    trigger_word : str or None
        The trigger word as folded ("commune", "town").
    era : str
        The era the article writes in.
    multiword : bool
        Whether the name has more than one word (see :func:`bare_allowed`).
    known_as : (str, str), optional
        ``(kind, name)`` when the name is a place known by name alone: a region
        ("Northwest"), a far foreign place ("Shan State"); that kind whatever
        the trigger ("Bokeo province": a foreign place, not a province of ours)
        but a facility's ("the Mohan port": a gate, unresolved).

    Returns
    -------
    Decision
        Depends on these values alone, so callers may keep it per
        ``(name, kind, trigger word, era)``.
    """
    if kind == "event":  # "the Điện Biên Phủ Victory": the city's curated entry
        return Decision(choose_by_trigger(cands, CITY, era, own=Kind.OTHER))
    if kind is not None:
        place = choose_by_trigger(cands, kind, era, trigger_word=trigger_word)
        if place is None and known_as is not None and kind not in FACILITIES:
            return _known_alone(known_as)
        if place is None:
            return Decision(None, how="unresolved",
                            why=f"no {kind.replace('_', ' ')} of that name is known")
        return Decision(place)
    places = [p for p, _ in cands]
    place = choose_bare(places, era, multiword=multiword)
    if place is not None:
        return Decision(place, why=bare_reason(place, places))
    if known_as is not None:
        named = [p for p in places if p.kind == Kind.REGION]
        if named:  # "the Northwest": the region's own entry
            return Decision(named[0], why=f"a region named as a place ({named[0].name})")
        return _known_alone(known_as)
    return Decision(None, skip="no trigger word and no place that may be named bare")


def _known_alone(known_as: tuple[str, str]) -> Decision:
    """Decide a name known alone ("Northwest", "Shan State"): unresolved, of its own kind."""
    kind, name = known_as
    return Decision(None, kind=kind, how="unresolved",
                    why=f"{_KNOWN_AS[kind]} ({name}); no gazetteer entry")


#: The kinds of the border guard's facilities (a trigger of these names a post or a gate).
FACILITIES = (Kind.BORDER_POST, Kind.BORDER_GATE)
#: What a name known alone is, by its kind (the reason a mention gives).
_KNOWN_AS = {Kind.REGION: "a region", Kind.FOREIGN_PLACE: "a foreign place far from the border",
             Kind.COUNTRY: "a country beyond the region"}

#: Prepositions before a bare name that make it a place, not a person.
_PLACE_PREPOSITIONS = frozenset("in at from near across inside throughout".split())


def person_reason(words_before: Sequence[str], word_after: str | None,
                  left_capitalised: str | None) -> str | None:
    """Say why a bare name is (part of) a person's name, or return ``None``.

    Parameters
    ----------
    words_before : sequence of str
        Up to two words just before the name, lower case, nearest last
        ("said", "major").
    word_after : str or None
        The word just after the name, lower case.
    left_capitalised : str or None
        A capitalised word glued to the left of the name (same run of
        capitalised words), as written; ``None`` if there is none.
    """
    if words_before and words_before[-1] in HONORIFICS:
        return f"'{words_before[-1]}' precedes the name: a person"
    if words_before and words_before[-1] in _PLACE_PREPOSITIONS:
        return None  # "officials in Dien Bien said": a place, whatever verb follows
    if words_before and words_before[-1] in SPEECH:
        return f"'{words_before[-1]}' precedes the name: a person"
    if word_after in SPEECH:
        return f"'{word_after}' follows the name: a person"
    if left_capitalised and left_capitalised.lower().strip(".") not in QUALIFIERS:
        if left_capitalised.lower() in HONORIFICS:
            return f"'{left_capitalised}' precedes the name: a person"
        if looks_vietnamese(fold(left_capitalised)):
            return f"part of a longer Vietnamese name ('{left_capitalised} ...'), likely a person"
    return None


def is_event(word_after: str | None) -> bool:
    """Return whether the word after a name makes it an event ("Điện Biên Phủ Victory")."""
    return word_after is not None and word_after.lower() in EVENT_WORDS


def within(child: Place, container_id: str, get: Callable[[str], Place | None]) -> bool:
    """Return whether *child* lies in the place *container_id*.

    Follows the parent chain (commune → district → province) and the
    legacy unit / 2025 successor of curated places.
    """
    seen = 0
    place: Place | None = child
    while place is not None and seen < 6:
        if container_id in (place.id, place.parent, place.legacy_unit, place.successor,
                            place.province):
            return True
        nxt = place.parent or place.legacy_unit
        place = get(nxt) if nxt and nxt != place.id else None
        seen += 1
    return False


def choose_in_container(children: Sequence[Place], containers: Sequence[Place],
                        get: Callable[[str], Place | None]) -> tuple[Place, Place] | None:
    """Choose a (child, container) pair that fit together, in candidate order.

    "Pa Xa Lào village, Thanh Yên commune": only the 2025 Thanh Yên holds Pa
    Xa Lào, so that is the commune meant.  ``None`` when no pair fits.
    """
    for c in containers:
        for ch in children:
            if within(ch, c.id, get):
                return ch, c
    return None


def fit_container(child: Place, child_why: str, child_fits: Sequence[Place],
                  container: Place, container_why: str, container_fits: Sequence[Place],
                  get: Callable[[str], Place | None]) -> tuple[Place, str, Place, str] | None:
    """Make a name agree with the unit it is said to lie in.

    "Pa Thơm commune (Điện Biên district)": the Pa Thơm that lies in that
    district, and the district that holds it.  A unit across the border
    lets the name be a place of that side ("Na Son in Luang Prabang
    province": the Lao village, not the Vietnamese commune).

    Parameters
    ----------
    child, container : Place
        The places chosen for the name and for the unit after it.
    child_why, container_why : str
        Why each was chosen so far.
    child_fits, container_fits : sequence of Place
        The other places each name may mean (see :func:`fits`).
    get : callable
        Place id → place.

    Returns
    -------
    tuple or None
        ``(child, child_why, container, container_why)``: the pair of the
        same kinds that fit together (the chosen places first), reasons
        extended; ``None`` when the container is not a larger unit or no
        pair fits.
    """
    if KIND_SIZE.get(container.kind, 0) <= KIND_SIZE.get(child.kind, 0):
        return None
    abroad = container.country != child.country  # "Na Son (Phonthong district, Laos)"
    kids = [child] + [p for p in child_fits if p is not child and (
        p.kind == child.kind or (abroad and p.country == container.country))]
    conts = [container] + [p for p in container_fits if p is not container
                           and p.kind == container.kind]
    pair = choose_in_container(kids, conts, get)
    if pair is None:
        return None
    new_child, parent = pair
    where = f"in {container.name if parent is container else parent.name}"
    if new_child is not child:
        child_why = f"{child_why}; {where} ({parent.era or parent.kind} unit)"
    elif not child_why.endswith(where):
        child_why = f"{child_why}; {where}"
    if parent is not container:
        container_why = f"{container_why}; the unit that holds {new_child.name}"
    return new_child, child_why, parent, container_why


def shown_units(place: Place, get: Callable[[str], Place | None]
                ) -> tuple[Place | None, Place | None]:
    """Return the legacy unit and the 2025 successor a mention of *place* shows.

    A legacy unit is its own legacy unit, a 2025 unit its own successor; a
    legacy province without a known successor has the 2025 province of the
    same code.  A 2025 commune merges several legacy ones: it shows no
    legacy unit unless the place names one.  ``None`` when not known.
    """
    legacy_id = place.legacy_unit or (place.id if place.era == LEGACY else None)
    succ_id = place.successor or (place.id if place.era == CURRENT else None)
    if place.kind == Kind.PROVINCE and place.era == LEGACY and not place.successor:
        succ_id = place.id.replace("vnold:", "vn2025:")
    legacy = get(legacy_id) if legacy_id else None
    successor = get(succ_id) if succ_id else None
    return legacy, successor
