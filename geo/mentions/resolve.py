"""Resolution rules: pure functions from a name's candidates and context to a place.

Each rule is one small function over plain values (places, strings, an era)
so it can be tested alone; :mod:`geo.mentions.find` strings them together.  Every
rule that decides something also says why, in words a reader of the map
understands ("dated 2024: legacy commune").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from geo.mentions.triggers import (
    CITY,
    EVENT_WORDS,
    HONORIFICS,
    QUALIFIERS,
    SPEECH,
    looks_vietnamese,
)
from geo.model import CURRENT, LEGACY, MERGER_DATE, Kind, Place
from geo.text import fold

HOME_PROVINCE = "11"  # Điện Biên, in both the legacy and the 2025 codes
NEIGHBOUR_PROVINCES = frozenset({"12", "14"})  # Lai Châu, Sơn La
NEIGHBOUR_COUNTRIES = frozenset({"LA", "CN"})
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
# One pattern per phrase, each starting with a literal: the regex engine then
# skips ahead to that literal, where one alternation of them all is tried at
# every position of the body (about three times slower).
_NEW_ERA_WORDS = tuple(re.compile(p) for p in (
    r"two[- ](?:level|tier) (?:local )?government", r"\((?:new|former)\)", r"former communes?",
    r"newly (?:merged|established) commune",
    r"after (?:the )?(?:merger|rearrangement|reorganisation|reorganization)",
    r"since (?:1 july 2025|july 1, 2025)", r"from 1 july 2025"))


def region_rank(place: Place) -> int:
    """Rank a place for the Điện Biên bias: 0 Điện Biên (and Vietnam), 1 neighbours, 2 the rest.

    Neighbours are Lai Châu, Sơn La, Laos and China.
    """
    if place.country != "VN":
        return 1 if place.country in NEIGHBOUR_COUNTRIES else 2
    if place.province is None:
        return 0
    code = place.province.rsplit(":", 1)[-1]
    if code == HOME_PROVINCE:
        return 0
    return 1 if code in NEIGHBOUR_PROVINCES else 2


def era_of_date(date: str | None) -> str | None:
    """Return the era of an ISO date: ``"legacy"`` before 1 July 2025, ``"2025"`` from it."""
    if not date:
        return None
    return LEGACY if date[:10] < MERGER_DATE else CURRENT


def era_from_words(folded_body: str) -> str | None:
    """Return ``"2025"`` if the text speaks of the 2025 reorganisation as done, else ``None``.

    ("the two-tier local government model", "(new) Pú Nhung commune", "former communes").
    """
    return CURRENT if any(p.search(folded_body) for p in _NEW_ERA_WORDS) else None


def decide_era(date: str | None, votes: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """Decide the era an article writes in, and say why.

    Parameters
    ----------
    date : str or None
        The article's ISO date; decisive when known.
    votes : sequence of (era, reason)
        Evidence from the text (a district named, a commune that exists in
        one era only, a village placed in its 2025 commune...).

    Returns
    -------
    (str, str)
        The era (``"legacy"`` or ``"2025"``) and the reason.  Without a
        date or evidence the era is 2025: a 2025 commune contains the legacy
        commune(s) it was merged from, so it is never wrong, only coarser.
    """
    era = era_of_date(date)
    if era is not None:
        return era, f"dated {date[:4]}"
    n_legacy = sum(1 for e, _ in votes if e == LEGACY)
    n_current = sum(1 for e, _ in votes if e == CURRENT)
    if n_legacy != n_current:
        era = LEGACY if n_legacy > n_current else CURRENT
        reason = next(r for e, r in votes if e == era)
        return era, f"undated; {reason}"
    return CURRENT, "undated and no sign of the era: the 2025 unit (contains the legacy one)"


def compatible(place: Place, implied: str | None, kind: str) -> bool:
    """Return whether *place* can be what a trigger of *kind* names.

    *implied* is the kind the matched alias itself carried ("Tả Ló San
    Border Post" names an outpost of kind ``other``).
    """
    if implied == kind:
        return True
    if kind == Kind.BORDER_POST and implied == Kind.BORDER_POST:
        return True
    return place.kind in COMPATIBLE.get(kind, (kind,))


def _source_rank(place: Place) -> int:
    return 2 if place.era == LEGACY else 1 if place.era else 0


def _type_mismatch(place: Place, trigger_word: str | None, kind: str) -> bool:
    want = _TYPE_OF_TRIGGER.get(trigger_word or "", _TYPE_OF_TRIGGER.get(kind))
    have = place.attr("type")
    return bool(want and have and have != want)


def choose_by_trigger(cands: Sequence[tuple[Place, str | None]], kind: str, era: str, *,
                      trigger_word: str | None = None) -> Place | None:
    """Choose the place a name with a trigger of *kind* means.

    Order: Điện Biên before neighbours before the rest; the place's own kind
    before a merely compatible one; the unit type the word names ("commune"
    → Xã, "town" → Thị trấn); the article's era; curated entries before
    2025 units before legacy ones.  ``None`` when no candidate fits.
    """
    fits = [(p, imp) for p, imp in cands if compatible(p, imp, kind)]
    if not fits:
        return None
    own = kind if kind != CITY else Kind.OTHER

    def key(item):
        p, imp = item
        return (region_rank(p), p.kind != own, imp != kind, _type_mismatch(p, trigger_word, kind),
                p.era is not None and p.era != era, _source_rank(p), p.id)

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
    countries, places across the border and provinces; a commune elsewhere
    in Vietnam needs its trigger word.  One-word names need a trigger unless
    they name a country, or a foreign place of five letters or more ("May"
    is a month before it is a Lao district).
    """
    if not multiword and not (place.kind == Kind.COUNTRY or (
            place.kind == Kind.FOREIGN_PLACE and len(place.name_ascii) >= 5)):
        return False
    if place.kind not in ADMIN_KINDS or place.kind == Kind.PROVINCE:
        return True
    return region_rank(place) == 0


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
                                    p.era is not None and p.era != era, _source_rank(p), p.id))


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


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of *a* and *b*, or ``limit + 1`` once it exceeds *limit*."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def fuzzy_limit(name: str) -> int:
    """Edit distance allowed for a folded name: 1 for short names (≤ 6 letters), else 2."""
    return 1 if len(name.replace(" ", "")) <= 6 else 2


def best_fuzzy(name: str, entries: Iterable[tuple[str, Place]]) -> tuple[Place, str, int] | None:
    """Return the closest ``(place, core, distance)`` to *name* within the allowed distance.

    Ties go to the Điện Biên bias.  ``None`` when nothing is close enough.
    """
    limit = fuzzy_limit(name)
    best = None
    for core, place in entries:
        if core[:1] != name[:1]:
            continue  # a first letter is rarely misspelt; this bounds the work
        d = edit_distance(name, core, limit)
        if d <= limit and (best is None or (d, region_rank(place)) < (best[2],
                                                                       region_rank(best[0]))):
            best = (place, core, d)
    return best
