"""The mentions a figure's place may come from, and lists of places (private to figures).

A place mention of the body, resolved, that is not a border marker, not a
place inside an event's name ("the Điện Biên Phủ Victory"), not a donor's
home ("a Hà Nội-based fund") and not where a person comes from ("a
34-year-old man from Nghệ An province", "Lê Văn Cường, 39, of Mường Lát
district, Thanh Hóa province": the place and the units it lies in;
"volunteers from Hà Nội brought 150 jackets for the children of Tàng Phon",
"the money came from a company in Hà Nội", "its readers in Hồ Chí Minh City",
"paid for by businesses in Hà Nội",
"a youth group from Hà Nội", "a company in Bình Dương province donated",
"a teacher who came from Thái Bình province", "two couriers, both from Mường
Tùng commune"), and not where a document was signed ("under an agreement signed
in Vientiane").
"""

from __future__ import annotations

import re
from collections import Counter

from geo.figures._scope import LOCATION_KINDS, WEAK_KINDS, Scope, holds
from geo.model import MERGER_DATE, Mention, Span
from geo.region import (
    CAPITAL_CITIES,
    HOME_PROVINCE,
    KIND_SIZE,
    OLD_HOME_PROVINCE,
    is_province_abroad,
    province_code,
)

__all__ = ["CHAIN_GAP", "LIST_GAP", "article_province", "home_province", "listed_places",
           "main_place", "next_free", "partner_places", "title_place", "usable_places"]

_EVENT = re.compile(r"[^\S\n]*(?:Victory|Campaign|Festival|Battle|Historic)\b")
_NO_SCOPE_KINDS = frozenset({"border_marker"})
#: A province named as it was: "the armed police of the former Lai Châu province" (split in
#: 2004) is history, no figure's place
_FORMER_BEFORE = re.compile(r"\b(?:former|old)[^\S\n]+$", re.IGNORECASE)
#: A unit named as a landmark across from something: "marker No. 82 opposite Muong Muon
#: commune" (not a gate: "the Pang Hok gate, opposite Tay Trang" is read by the references)
_OPPOSITE_BEFORE = re.compile(r"\bopposite[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_LANDMARK_KINDS = frozenset({"commune", "ward", "village", "district"})
#: Where a document was signed: "under an agreement signed in Vientiane, ... runs 2,337 km"
#: is no figure's place (nor the paragraph's)
_SIGNED_IN = re.compile(r"\b(?:signed|inked)[^\S\n]+(?:in|at)[^\S\n]+(?:the[^\S\n]+)?$")
#: The words of the only home that ends on a comma ("residing in Huổi Thanh village, ...")
_RESIDES = ("residing", "domiciled", "lives", "live in")
# between a place and the next place of its chain, or "where": a type word, then ", " or
# " in " ("Tàng Phon village, Nậm Kè commune", "the post in Mường Pồn commune", "Nhot Ou
# District in the Lao province of Phongsaly")
CHAIN_GAP = re.compile(r"(?:[^\S\n]+(?:village|hamlet|commune|ward|district|province|town|county|"
                        r"city))?(?:,[^\S\n]*|[^\S\n]+(?:in|of)[^\S\n]+(?:the[^\S\n]+)?"
                        r"(?:(?:China|Laos|Vietnam|Viet[^\S\n]Nam)['’]s?[^\S\n]+"
                        r"|(?:(?:Lao|Laotian|Chinese|Vietnamese|neighbou?ring)[^\S\n]+)?"
                        r"(?:province|district|county|prefecture)[^\S\n]+of[^\S\n]+)?)?$")
# a person's home before the place: "a 34-year-old man from Nghệ An province", "Lê Văn
# Cường, 39, of Mường Lát district", "Vàng A Sua, 34, a resident of Pá Mỳ commune",
# "volunteers from Hà Nội", "who came from Thái Bình", "residing in Nam Dich village"
_HOMETOWN = re.compile(r"(?:\b\d{1,3}-year-old(?:[^\S\n]+[\w’'-]+){0,3}?|,[^\S\n]*\d{1,3},"
                       r"(?:[^\S\n]+an?[^\S\n]+(?:resident|native))?)"
                       r"[^\S\n]+(?:from|of)[^\S\n]+(?:the[^\S\n]+)?$"
                       # "Thao Xay Lo, a resident of Mai district", "a native of Nghệ An",
                       # "Ly A Say and Vang Seng, both residents of Mai district"
                       r"|(?:\ban?|,[^\S\n]*(?:both|all))[^\S\n]+(?:resident|native)s?[^\S\n]+of"
                       r"[^\S\n]+(?:the[^\S\n]+)?$"
                       # "Sung A Chu, 33, residing in Nam Dich village", "who lives in"
                       r"|\b(?:residing|domiciled|who[^\S\n]+lives?)[^\S\n]+(?:in|at)[^\S\n]+"
                       r"(?:the[^\S\n]+)?"
                       # ... "residing in Huổi Thanh village, Mường Nhé commune": the unit of
                       # a home the gazetteer lacks
                       r"(?:(?-i:[A-Z])[\w’'-]*(?:[^\S\n]+(?-i:[A-Z])[\w’'-]*){0,3}"
                       r"(?:[^\S\n]+(?:village|hamlet))?(?:,|[^\S\n]+(?:in|of))[^\S\n]+"
                       r"(?:the[^\S\n]+)?)?$"
                       # "both from Ban Phonsavath in Samphanh district": the unit of a home
                       # the gazetteer lacks
                       r"|\b(?:both|all|each|came|comes|hails|originally)[^\S\n]+from[^\S\n]+"
                       r"(?-i:[A-Z])[\w’'-]*(?:[^\S\n]+(?-i:[A-Z])[\w’'-]*){0,3}(?:[^\S\n]+village)?,?"
                       r"[^\S\n]+(?:in|of)[^\S\n]+(?:the[^\S\n]+)?$"
                       r"|\b(?:volunteers|donors|benefactors|philanthropists|sponsors|"
                       r"businesses|enterprises|companies|firms|artists|group|club|"
                       r"charit(?:y|ies)|came|comes|hails|hailing|originally|both|all|each|"
                       # "built with funds from Vietnam's Dien Bien province": the donor's
                       r"funds|funding|donations|contributions|sponsorship|"
                       r"couriers?|traffickers?)"
                       r"[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?$"
                       # "came from a company in Hà Nội", "from businesses in Thái Nguyên"
                       r"|\bfrom[^\S\n]+(?:(?:a|an|the|local|several|some|\d+)[^\S\n]+)?"
                       r"(?:donors?|sponsors?|businesses|business|enterprises?|compan(?:y|ies)|"
                       r"firms?|benefactors?|people|volunteers)[^\S\n]+(?:based[^\S\n]+)?in"
                       r"[^\S\n]+(?:the[^\S\n]+)?$"
                       # "the contractor, Hung Phat Construction Co. of Dien Bien Phu City"
                       # (not a "Border Defence Company of Mai district": a military unit)
                       r"|\b(?-i:Co\.|Corporation|Corp\.|Ltd\.?|JSC|(?:Stock|Construction|Trading|"
                       r"Investment|Transport)[^\S\n]+Company)[^\S\n]+"
                       r"(?:of|from|based[^\S\n]+in)[^\S\n]+(?:the[^\S\n]+)?$"
                       # "paid for by companies in Hà Nội" (donors and businesses in X are
                       # homes however they are introduced: below)
                       r"|\bby[^\S\n]+(?:(?:local|several|some|\d+)[^\S\n]+)?(?:companies|firms|"
                       r"organi[sz]ations|agencies|units|groups|individuals|charities|schools|"
                       r"universities)[^\S\n]+(?:based[^\S\n]+)?in[^\S\n]+$"
                       # "its readers in Hồ Chí Minh City", "a company in Bình Dương donated",
                       # "paid for by businesses in Hà Nội"
                       r"|\b(?:readers|donors|sponsors|benefactors|philanthropists|businesses|"
                       r"enterprises|an?[^\S\n]+"
                       r"(?:company|firm|business|donor|sponsor|bank|corporation|foundation|"
                       r"charity|fund))[^\S\n]+(?:based[^\S\n]+)?in[^\S\n]+"
                       r"(?:the[^\S\n]+)?$", re.IGNORECASE)


def usable_places(text: str, body: Span, mentions) -> list[Mention]:
    """Return the mentions of *body* a figure's place may be, in text order."""
    return _not_homes(text, sorted(
        (m for m in mentions if m.place_id and body.start <= m.start and m.end <= body.end
         and m.kind not in _NO_SCOPE_KINDS and not _EVENT.match(text, m.end)
         and not text.startswith("-based", m.end)
         and not (m.kind == "province" and _FORMER_BEFORE.search(text, max(0, m.start - 12),
                                                                 m.start))
         and not (m.kind in _LANDMARK_KINDS and _OPPOSITE_BEFORE.search(
             text, max(0, m.start - 14), m.start))
         and not _SIGNED_IN.search(text, max(0, m.start - 16), m.start)),
        key=lambda m: m.start))


#: a home's unit held by the one before it: "Mai district in Laos' Phongsaly province"
_HELD_GAP = re.compile(r"['’]s?[^\S\n]+")
#: ... or named after it, designators capitalised or not: "from Sin Thau Commune, Muong Nhe
#: District"
_HOME_CHAIN = re.compile(CHAIN_GAP.pattern, re.IGNORECASE)
#: ... or another home of the same kind listed with it: "businesses in Hà Nội and Hồ Chí Minh City"
_HOME_AND = re.compile(r"[^\S\n]*(?:,|,?[^\S\n]+(?:and|or))[^\S\n]+")


def _not_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Leave out a person's home and the units it lies in: where someone comes from."""
    out, home_end, home_kind = [], -1, None
    for m in mentions:
        near = text[max(0, m.start - 10):m.start].lower()  # "from/of/in (the) ", "village, "
        if (("from" in near or "of" in near or "in " in near or near.endswith(", ") and any(
                w in text[max(0, m.start - 60):m.start].lower() for w in _RESIDES))
                and _HOMETOWN.search(text, max(0, m.start - 60), m.start)) or (
                home_end >= 0 and (_HOME_CHAIN.fullmatch(text, home_end, m.start)
                                   or _HELD_GAP.fullmatch(text, home_end, m.start)
                                   or m.kind == home_kind and _HOME_AND.fullmatch(
                                       text, home_end, m.start))):  # "in Hà Nội and HCMC"
            home_end, home_kind = m.end, m.kind
            continue
        home_end = -1
        out.append(m)
    return out


LIST_GAP = re.compile(r"(?:[^\S\n]+(?:village|commune|district|province)s?)?"
                       r"[^\S\n]*(?:,|and|or|&|,[^\S\n]*and)[^\S\n]*")
_COMMA_ONLY = re.compile(r",[^\S\n]*$")  # (a gap of LIST_GAP with no "and")


def listed_places(text: str, mentions: list[Mention]) -> frozenset[int]:
    """Return the indices of *mentions* in lists of three places or more, in one pass.

    "in four districts, Mường Nhé, Nậm Pồ, Mường Chà and Điện Biên": a figure
    over them all has none of them for its place ("in Sín Thầu and Sen Thượng
    communes" keeps the first).  Two places follow each other in a list when
    a comma or "and" is between them and the second is no larger ("Nam Dich
    village, Cha Nua commune, Nam Po district" is one place; sizes of
    :data:`geo.region.KIND_SIZE`); a list of three ends at the place after its
    "and" ("the former communes of A, B and C, D, the westernmost commune, has";
    not "A and B, C and D districts").
    """
    out: set[int] = set()
    start = 0
    closed = False  # the list's "and" said: "of A, B and C, D, the westernmost" ends at C
    anded = False  # an "and" in the list: "Laos and China, Muong Nhe district" ends at China
    for i in range(1, len(mentions) + 1):
        a = mentions[i - 1]
        b = mentions[i] if i < len(mentions) else None
        gap = b is not None and KIND_SIZE.get(b.kind, 2) <= KIND_SIZE.get(a.kind, 2) \
            and LIST_GAP.fullmatch(text, a.end, b.start)
        comma = bool(gap) and _COMMA_ONLY.search(gap[0]) is not None
        if gap and not ((closed or anded and KIND_SIZE.get(b.kind, 2) < KIND_SIZE.get(
                a.kind, 2)) and comma):
            closed = closed or not comma and i - start >= 2  # (of three: not "A and B, C")
            anded = anded or not comma
            continue
        if i - start >= 3:
            out.update(range(start, i))
        start, closed, anded = i, False, False
    return frozenset(out)


def next_free(text: str, usable: list[Mention], listed: frozenset[int]
              ) -> tuple[list[int], list[int]]:
    """For each index of *usable*, the first mention from there on that is free, and country.

    Free: neither a country (or region) nor *listed*, nor the holder of the next ("in Điện
    Biên province's Nà Hỳ commune").
    """
    free_next = [len(usable)] * (len(usable) + 1)
    country_next = list(free_next)
    for k in range(len(usable) - 1, -1, -1):
        weak = usable[k].kind in WEAK_KINDS
        held = k + 1 < len(usable) and holds(text, usable[k], usable[k + 1])
        free_next[k] = k if not weak and not held and k not in listed else free_next[k + 1]
        country_next[k] = k if weak else country_next[k + 1]
    return free_next, country_next


#: Who a joint action is with, before the partner's place: "joint patrols with Lao forces
#: from Phongsaly", "with the border forces of", "coordinated with the authorities of"
_PARTNER_BEFORE = re.compile(
    r"\bwith[^\S\n]+(?:the[^\S\n]+)?(?:(?:Lao|Chinese|Vietnamese|border|local|military|armed|"
    r"provincial|security|public|defence|competent)[^\S\n]+){0,3}(?:forces|force|authorities|"
    r"police|counterparts?|soldiers|officers|guards|units|Military[^\S\n]+Command|Border"
    r"[^\S\n]+Guard)[^\S\n]+(?:of|from|in)[^\S\n]+(?:the[^\S\n]+)?$")
#: Partners that are no place of a figure: foreign units, posts and gates (actors elsewhere)
_PARTNER_KINDS = frozenset({"foreign_place", "border_post", "border_gate"})
#: Between partners listed together: "of Phongsaly and Luang Prabang provinces",
#: "Jiangcheng county, Yunnan", "Jiangcheng County in Yunnan Province"
_PARTNER_GAP = re.compile(r"(?:[^\S\n]+(?i:district|province|county)s?)?[^\S\n]*"
                          r"(?:,|and|,[^\S\n]*and|in|of)[^\S\n]*")
#: ... or the partner named first: "with Phongsaly forces", "with the Phongsaly border guards"
_WITH = re.compile(r"\bwith[^\S\n]+(?:the[^\S\n]+)?$")
_PARTNER_AFTER = re.compile(r"(?:[^\S\n]+(?:province|district|county))?(?:['’]s?)?[^\S\n]+"
                            r"(?:(?:provincial|border|military|public)[^\S\n]+)?(?:forces|force|"
                            r"authorities|police|counterparts?|soldiers|officers|guards|units|"
                            r"side)\b")


def partner_places(text: str, mentions: list[Mention]) -> frozenset[int]:
    """Return the indices of *mentions* named as a joint action's partner.

    "ran 12 joint patrols with Phongsaly forces", "46 of them joint patrols
    with Lao forces from Phongsaly": who the action was with, not where it
    was or whose it was.
    """
    out: set[int] = set()
    for k, m in enumerate(mentions):
        if m.kind not in _PARTNER_KINDS:  # "in coordination with the police of Na Sang
            continue  # commune": where the work was done too
        if _PARTNER_BEFORE.search(text, max(0, m.start - 80), m.start) or (
                _WITH.search(text, max(0, m.start - 10), m.start)
                and _PARTNER_AFTER.match(text, m.end)) or (
                k - 1 in out and _PARTNER_GAP.fullmatch(text, mentions[k - 1].end, m.start)):
            out.add(k)  # (and the partners listed with it: "of Phongsaly and Luang Prabang")
    return frozenset(out)


#: When Điện Biên province was made (from Lai Châu's south): before it, Lai Châu is home.
_FOUNDED = "2004"
#: Places on Điện Biên's side of the border: an article naming mostly these is about it.
_HOME_SIDE = frozenset({"commune", "ward", "district", "village", "border_post", "border_gate"})


def article_province(usable: list[Mention], date: str | None = None) -> Mention | None:
    """Return the mention of the article's province, or ``None``.

    Điện Biên (before 2004, *date*, also Lai Châu, which then held the border)
    when the body names it, unless another province is named at least twice
    as often (a court story naming a defendant's Nghệ An); none
    (Điện Biên by :func:`home_province`) when it is not named but its places
    are, three times as often as another province named once or twice (since
    2004, *date*); else the most named. A province across the border
    instead, when the article is told from there (at least as many places
    abroad as on this side) and names it at least twice, opening on it (and
    naming no Vietnamese province more often) or naming it twice as often.
    Hà Nội and Hồ Chí Minh City, where papers, offices and travellers start,
    are not counted beside another province or a place of the border.
    """
    provinces = Counter(m.place_id for m in usable if m.kind == "province")
    abroad = Counter(m.place_id for m in usable if is_province_abroad(m.place_id))
    if abroad and (top := max(abroad.values())) >= 2 and sum(
            m.kind == "foreign_place" for m in usable) >= sum(m.kind in _HOME_SIDE for m in usable):
        # a Lao paper's story of Phongsaly ("Police in Phongsaly province ... The province
        # also recorded 36 cases"): the province it opens on, or named twice as often
        first = next(m for m in usable if m.kind == "province" or m.place_id in abroad)
        most = max(provinces.values(), default=0)
        if abroad.get(first.place_id) == top and top >= most or top >= 2 * most:
            return next(m for m in usable if abroad.get(m.place_id) == top)
    cities = [p for p in provinces if province_code(p) in CAPITAL_CITIES]
    if cities and (len(cities) < len(provinces) or any(m.kind in _HOME_SIDE for m in usable)):
        provinces = Counter({p: n for p, n in provinces.items() if p not in cities})
    if not provinces:
        return None
    homes = (HOME_PROVINCE, OLD_HOME_PROVINCE) if date and date < _FOUNDED else (HOME_PROVINCE,)
    home = [m for m in usable  # (before 2004, Lai Châu held the border: "flights from Hanoi"
            if m.kind == "province" and province_code(m.place_id) in homes]  # are not home)
    named = sum(provinces.values())
    if not home and named <= 2 and sum(m.kind in _HOME_SIDE for m in usable) >= 3 * named \
            and not (date and date < _FOUNDED) and not (date is None and all(
                province_code(p) == OLD_HOME_PROVINCE for p in provinces)):
        return None  # a report on Mường Nhé's villages "by an NGO registered in Ha Noi": the
        # province is Điện Biên (home_province), not the one named in passing (an undated
        # one naming Lai Châu alone may be of its time: "the province of Lai Chau ... its
        # 11 districts", Dien Bien among them)
    top = max(provinces.values())
    if home and 2 * provinces[home[0].place_id] > top:
        return home[0]
    return next(m for m in usable if m.kind == "province" and provinces[m.place_id] == top)


def home_province(usable: list[Mention], date: str | None) -> Scope | None:
    """Return Điện Biên as the province of an article with none (:func:`article_province`).

    "The province", "the units" and totals of a page of the provincial paper
    ("ĐBP - ... the Provincial Border Guard Command ...") that never names
    Điện Biên: when the article's places are mostly on this side of the
    border (communes, posts, gates...), the province is Điện Biên, legacy
    or 2025 as its other places (else its date) say.
    """
    home = sum(m.kind in _HOME_SIDE for m in usable)
    if not home or home <= sum(m.kind == "foreign_place" for m in usable):
        return None
    eras = {(m.place_id or "").partition(":")[0] for m in usable} & {"vnold", "vn2025"}
    legacy = eras == {"vnold"} or (not eras and (date or MERGER_DATE) < MERGER_DATE)
    pid = f"{'vnold' if legacy else 'vn2025'}:p:{HOME_PROVINCE}"
    return Scope(pid, "Điện Biên", "the article's province (not named: its places are "
                 "Điện Biên's)", "province")


def main_place(usable: list[Mention], titled: Mention | None = None) -> Mention | None:
    """Return the place the article is about, or ``None``.

    A place finer than a province named at least twice in the body and at
    least twice as often as any other such place (an article about one post);
    else the one such place the title names (*titled*, :func:`title_place`).
    """
    finer = Counter(m.place_id for m in usable if m.kind in LOCATION_KINDS).most_common(2)
    if finer and finer[0][1] >= 2 and (len(finer) == 1 or finer[0][1] >= 2 * finer[1][1]):
        return next(m for m in usable if m.place_id == finer[0][0])
    return titled


def title_place(usable: list[Mention], mentions, title: Span | None) -> Mention | None:
    """Return the one place finer than a province the *title* names, as the body names it.

    ("Programme 135 changes Mường Chà's villages"; among *mentions*, the
    article's; none when the title names two, or the body not this one.)
    """
    named = {m.place_id for m in mentions if title is not None and m.kind in LOCATION_KINDS
             and title.start <= m.start and m.end <= title.end}
    return next((m for m in usable if m.place_id in named), None) if len(named) == 1 else None
