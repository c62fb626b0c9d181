"""Trigger words: the words around a name that say what kind of place it is.

A trigger either *follows* a name ("Pa Thơm commune", "Nà Bủng Border
Post", "Điện Biên provincial Border Guard Command") or *precedes* it ("bản Pa
Xa Lào", "the two communes of Si Pa Phìn and Chà Nưa", "border village, Tàng
Phon").  All phrases are folded (see :func:`geo.text.fold`) so that they go
into the same Aho-Corasick automaton as the gazetteer names.

Besides triggers this module holds the small closed word lists the rules
need: honorifics and speech verbs (persons), event words, designators that
gazetteer names carry and that are stripped to get a name's *core*; and
:func:`header_kind`, the kind a table column's header gives its cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.model import Kind
from geo.text import fold

AFTER = "after"  # the trigger follows the name
BEFORE = "before"  # the trigger precedes the name
CITY = "city"  # pseudo-kind: a city may be a province, a district-level city or a curated place


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger phrase (folded), the kind it gives and where it stands.

    ``in_surface`` is true for designators that are part of a facility's
    name ("Border Post", "International Border Gate"): the mention's
    surface then runs to the end of the trigger.  A plural post designator
    a list shares is part of its last name's ("the A Pa Chải and Leng Su Sìn
    border posts": the gold of the rounds has it so 9 times in 11); a plural
    gate designator is not (once bare: "Tây Trang international and Huổi
    Puốc main border gates").
    """

    phrase: str
    kind: str
    position: str
    plural: bool = False
    in_surface: bool = False


_POST = ("border post", "border guard post", "border guard station", "border station",
         "border defence post", "border defense post", "international border post",
         "border gate border post", "international border gate border post",
         "border control station", "border protection post", "border gate post",
         "border gate station", "station", "post", "outpost")
_GATE = ("border gate", "international border gate", "main border gate", "secondary border gate",
         "auxiliary border gate", "bilateral border gate", "main gate", "secondary gate",
         "auxiliary gate", "international gate", "bilateral gate",
         "border checkpoint", "international border checkpoint", "international checkpoint",
         "main checkpoint", "secondary checkpoint", "border port",
         "international border port", "port of entry")
#: Lone words for a gate after its name ("the Tay Trang gate", "the Sop Hun checkpoint",
#: "A Pa Chai port"): part of the surface of a name a gate bears, nothing else
LONE_GATE_WORDS = frozenset({"gate", "checkpoint", "port"})
#: "crossing" and "opening" (lối mở) name a facility ("the Nậm Đích - Huổi Hịa Border
#: Crossing", "the A Pa Chải – Long Phú opening", "the Na Bung crossing point"): part of the
#: surface; "Longfu border trade point" is China's name for a small gate (its "port" is the
#: larger one)
_GATE_CROSSING = ("border crossing", "crossing", "border crossing point", "crossing point",
                  "opening", "border opening", "trade point", "border trade point")
_GATE_LOOSE = ("trail", "border market")

_AFTER_WORDS: dict[str, tuple[str, ...]] = {
    Kind.COMMUNE: ("commune", "township", "town"),
    Kind.WARD: ("ward",),
    Kind.DISTRICT: ("district",),
    Kind.PROVINCE: ("province", "provincial"),
    CITY: ("city",),
    Kind.VILLAGE: ("village", "hamlet"),
}
_PLURALS = {"commune": "communes", "township": "townships", "town": "towns", "ward": "wards",
            "district": "districts", "province": "provinces", "city": "cities",
            "village": "villages", "hamlet": "hamlets"}
# Vietnamese type words written before a name.
_VN_BEFORE: dict[str, tuple[str, ...]] = {
    Kind.VILLAGE: ("ban",),
    Kind.COMMUNE: ("xa", "thi tran"),
    Kind.WARD: ("phuong",),
    Kind.DISTRICT: ("huyen",),
    Kind.PROVINCE: ("tinh",),
    CITY: ("thanh pho",),
    Kind.BORDER_POST: ("don bien phong", "don", "don bien phong cua khau",
                       "don bien phong cua khau quoc te"),
    Kind.BORDER_GATE: ("cua khau", "cua khau quoc te", "cua khau chinh", "cua khau phu",
                       "loi mo"),
}
#: Vietnamese type words count only when written with their diacritics
#: ("bản", "xã"), since "ban" or "xa" alone are ordinary syllables.
VN_BEFORE_ORIGINAL = {"ban": "bản", "xa": "xã", "thi tran": "thị trấn", "phuong": "phường",
                      "huyen": "huyện", "tinh": "tỉnh", "thanh pho": "thành phố",
                      "don bien phong": "đồn biên phòng", "don": "đồn", "cua khau": "cửa khẩu",
                      "don bien phong cua khau": "đồn biên phòng cửa khẩu",
                      "don bien phong cua khau quoc te": "đồn biên phòng cửa khẩu quốc tế",
                      "cua khau quoc te": "cửa khẩu quốc tế", "cua khau chinh": "cửa khẩu chính",
                      "cua khau phu": "cửa khẩu phụ", "loi mo": "lối mở"}


def _build() -> dict[str, Trigger]:
    out: dict[str, Trigger] = {}
    for phrase in _POST:
        out[phrase] = Trigger(phrase, Kind.BORDER_POST, AFTER, in_surface=True)
        out[phrase + "s"] = Trigger(phrase + "s", Kind.BORDER_POST, AFTER, plural=True,
                                    in_surface=True)
    for phrase in (*_GATE, *_GATE_CROSSING):
        out[phrase] = Trigger(phrase, Kind.BORDER_GATE, AFTER, in_surface=True)
        out[phrase + "s"] = Trigger(phrase + "s", Kind.BORDER_GATE, AFTER, plural=True,
                                    in_surface=True)  # "the Tây Trang and Huổi Puốc border gates"
    for phrase in LONE_GATE_WORDS:
        out[phrase] = Trigger(phrase, Kind.BORDER_GATE, AFTER, in_surface=True)
    for phrase in _GATE_LOOSE:
        out[phrase] = Trigger(phrase, Kind.BORDER_GATE, AFTER)
        out[phrase + "s"] = Trigger(phrase + "s", Kind.BORDER_GATE, AFTER, plural=True)
    for kind, words in _AFTER_WORDS.items():
        for w in words:
            out[w] = Trigger(w, kind, AFTER)
            if w in _PLURALS:
                out[_PLURALS[w]] = Trigger(_PLURALS[w], kind, AFTER, plural=True)
    for kind, words in _VN_BEFORE.items():
        for w in words:
            out[w] = Trigger(w, kind, BEFORE)
    out["posts"] = Trigger("posts", Kind.BORDER_POST, AFTER, plural=True, in_surface=True)
    out["gates"] = Trigger("gates", Kind.BORDER_GATE, AFTER, plural=True, in_surface=True)
    return out


#: Every trigger phrase (folded) → its :class:`Trigger`.
TRIGGERS: dict[str, Trigger] = _build()

#: Lone words that name a border post after a name ("Nam Ke station", "Nà Hỳ
#: post", "the Tả Ló San outpost") unless the next word makes them something else ("post office").
LONE_POST_WORDS = frozenset({"station", "post", "outpost"})
#: Words after a lone post word that make it no border post.
NOT_POST_AFTER = frozenset("office offices box master card cards code codes graduate".split())
#: Words before a bare name that make it a border post when one has that name
#: ("stationed at A Pa Chải", "officers of Nậm Kè"); folded, nearest last.
POST_CONTEXT = ("stationed at", "officers of", "soldiers of", "officers and soldiers of",
                "officers from", "soldiers from", "officers and soldiers from",
                "commander of", "political commissar of", "based at")

#: Words that may stand between a trigger and the name(s) it precedes:
#: "communes of X", "districts: X", "border village, X", "communes including X".
BEFORE_GAP = re.compile(r"^\s*(?:of|including|like|such as|namely|:|,)?\s*$")

#: Gaps that make two names one list ("A, B and C").
LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or|&)\s*$")

#: Gaps after which the second name is the container of the first
#: ("Nậm Đích hamlet in Chà Nưa commune", "Pa Thơm commune (Điện Biên district)", "the Hua
#: Muc village cluster in Mai district").
CONTAINER_GAP = re.compile(r"^\s*(?:cluster\s*)?(?:,|\(|in|of|,\s*in|in\s+the)\s*$")

#: Title words before a name that make it a person ("Major Giàng A Chớ").
HONORIFICS = frozenset(
    "major captain mr mr. mrs mrs. ms ms. miss comrade colonel lieutenant general sergeant "
    "corporal private dr dr. uncle president chairman chairwoman minister secretary "
    "commander mister madam lt lt. col col. gen gen. capt capt. maj maj. sen. senior deputy "
    "director head chief teacher doctor elder village-head".split())
#: Verbs of speech around a name that make it a person ("said Lò Văn Nhúng").
SPEECH = frozenset("said says shared stated affirmed added told noted explained recalled "
                   "emphasised emphasized confided asked answered".split())
#: Capitalised words after a name that make the phrase an event named after a place.
EVENT_WORDS = frozenset("victory campaign battle festival anniversary".split())
#: Capitalised words after a name (maybe after a number: "Sông Đà 9 Construction", or one or
#: two other capitalised words: "Mường Thanh Luxury Hotel") that make the phrase a firm or a
#: medium named after a place ("the Mường Thanh Hotel Group").
ORGANISATION_WORDS = frozenset(
    "hotel hotels group company corporation corp jsc construction bank newspaper radio "
    "television magazine publishing brewery cement resort holdings times electricity airlines "
    "railways telecom college university academy hospital".split())
#: Directions and qualifiers allowed before a name without making it part of
#: a longer proper name ("Northern Laos", "Upper Nậm Kè").
QUALIFIERS = frozenset(
    "northern southern eastern western central upper lower new old former greater north south "
    "east west the in at of from to and or".split())

# Designators a gazetteer name may carry, stripped to get the name's core, with the kind
# they imply.  Longest first.
_SUFFIX_DESIGNATORS = sorted(
    [(p, Kind.BORDER_POST) for p in _POST] + [(p, Kind.BORDER_GATE) for p in _GATE]
    + [(p, Kind.BORDER_GATE) for p in (*_GATE_CROSSING, *_GATE_LOOSE)]
    + [("outpost", Kind.BORDER_POST), ("border guard station", Kind.BORDER_POST),
       ("village", Kind.VILLAGE), ("hamlet", Kind.VILLAGE), ("commune", Kind.COMMUNE),
       ("district", Kind.DISTRICT), ("province", Kind.PROVINCE), ("city", CITY),
       ("ward", Kind.WARD), ("county", Kind.DISTRICT), ("town", Kind.COMMUNE),
       ("prefecture-level city", CITY), ("autonomous county", Kind.DISTRICT)],
    key=lambda t: -len(t[0]))
_PREFIX_DESIGNATORS = sorted(
    [("tram kiem soat bien phong cua khau", Kind.BORDER_POST),
     ("don bien phong cua khau quoc te", Kind.BORDER_POST),
     ("don bien phong cua khau", Kind.BORDER_POST), ("don bien phong ckqt", Kind.BORDER_POST),
     ("don bien phong", Kind.BORDER_POST),
     ("cua khau quoc te", Kind.BORDER_GATE), ("cua khau chinh", Kind.BORDER_GATE),
     ("cua khau phu", Kind.BORDER_GATE), ("cua khau", Kind.BORDER_GATE),
     ("loi mo", Kind.BORDER_GATE), ("ban", Kind.VILLAGE), ("xa", Kind.COMMUNE),
     ("thi tran", Kind.COMMUNE), ("thi xa", Kind.DISTRICT), ("huyen", Kind.DISTRICT),
     ("quan", Kind.DISTRICT), ("phuong", Kind.WARD), ("tinh", Kind.PROVINCE),
     ("thanh pho", CITY), ("to cong tac", Kind.BORDER_POST), ("border post of the", None),
     ("the", None)],
    key=lambda t: -len(t[0]))
#: The last words of the suffix designators and the first words of the prefix ones: a name
#: without one of them has no designator to strip (most names).
_SUFFIX_LAST = frozenset(w.rsplit(" ", 1)[-1] for w, _ in _SUFFIX_DESIGNATORS)
_PREFIX_FIRST = frozenset(w.split(" ", 1)[0] for w, _ in _PREFIX_DESIGNATORS)
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
#: A Chinese autonomous unit named with its peoples ("Jiangcheng Hani and Yi Autonomous
#: County"): the peoples are part of the designator, the place is "Jiangcheng".
_AUTONOMOUS = re.compile(r"\s+(?:[a-z]+\s+and\s+)?[a-z]+\s+autonomous\s+"
                         r"(?:(?P<kind>county|prefecture))$")
_SLASH = re.compile(r"\s*/.*$")


def core_name(folded_alias: str, *, prefixes: bool = True) -> tuple[str, str | None]:
    """Strip designators from a folded gazetteer name; return ``(core, implied kind)``.

    *prefixes* ``False`` strips designators after the name only: a place's own
    name has no type word before it, and its first syllable may fold like one
    ("Xa Dung" is a commune, not "xã Dung").

    Examples
    --------
    >>> core_name("don bien phong cua khau huoi puoc") == ("huoi puoc", "border_post")
    True
    >>> core_name("tay trang international border gate border post") == ("tay trang", "border_post")
    True
    """
    name = _SLASH.sub("", _PAREN.sub(" ", folded_alias)).strip()
    implied: str | None = None
    autonomous = _AUTONOMOUS.search(name)
    if autonomous and autonomous.start() > 0:  # "jiangcheng hani and yi autonomous county"
        name = name[:autonomous.start()]
        implied = Kind.DISTRICT if autonomous["kind"] == "county" else Kind.PROVINCE
    changed = True
    while changed:
        changed = False
        last, first = name.rsplit(" ", 1)[-1], name.split(" ", 1)[0]
        for word, kind in _SUFFIX_DESIGNATORS if last in _SUFFIX_LAST else ():
            if name.endswith(" " + word):
                name = name[: -len(word) - 1].strip()
                implied = implied or kind
                changed = True
                break
        for word, kind in _PREFIX_DESIGNATORS if prefixes and first in _PREFIX_FIRST else ():
            if name.startswith(word + " ") and len(name) > len(word) + 3:
                name = name[len(word) + 1:].strip()
                implied = implied or kind
                changed = True
                prefixes = False  # one type word before a name: "huyện Tịnh Biên" is Tịnh Biên
                break
    return name, implied


_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
_SYLLABLE = re.compile(rf"^{_ONSET}[aeiouy]{{1,3}}(?:ch|ng|nh|[cmnpt])?$")


def looks_vietnamese(folded_token: str) -> bool:
    """Return whether a folded token has the shape of a Vietnamese syllable ("pha", "nguoi")."""
    return _SYLLABLE.match(folded_token) is not None


#: A plural written "(s)" after a header's type word: "Responsible border post(s)".
_PLURAL_MARK = re.compile(r"\((?:e?s)\)$")


def header_kind(header: str) -> Kind | None:
    """Return the kind a column header gives its names: that of the type word it ends in.

    >>> header_kind("Responsible border post(s)"), header_kind("Border commune")
    (<Kind.BORDER_POST: 'border_post'>, <Kind.COMMUNE: 'commune'>)
    >>> header_kind("Households supported") is None
    True
    """
    words = _PLURAL_MARK.sub("", fold(header.rstrip(": "))).split()
    for i in range(len(words)):
        trigger = TRIGGERS.get(" ".join(words[i:]))
        if trigger is not None and isinstance(trigger.kind, Kind):
            return trigger.kind
    return None
