"""The name automaton behind :func:`geo.mentions.find.find_mentions` and the one-pass scan.

One Aho-Corasick automaton per gazetteer (kept in ``gazetteer.memo``) holds
every place name's *core* (the name without designators such as "Border
Post", "Xã", "village"; see :func:`geo.mentions.triggers.core_name`) and
every trigger phrase.  Scanning an article is one pass of that automaton
over the folded text in its boundary form (every character that is not a
letter or digit a space), with every key between two spaces, so the
automaton reports whole words only; names are kept leftmost-longest, then
triggers that do not overlap a name.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

import ahocorasick

from geo.mentions.far_places import FAR_PLACES
from geo.mentions.triggers import TRIGGERS, Trigger, core_name
from geo.model import Gazetteer, Kind, Place
from geo.region import NEIGHBOUR, TRIPOINT_ID, region_rank
from geo.text import fold

#: Folded names that are never place names on their own, whatever the
#: gazetteer says: demonyms and ethnic groups ("Lào": Laos is "Laos"; "Khơ Mú", "Hà Nhì"), the
#: newspaper's dateline "ĐBP".
DENIED_CORES = frozenset({"lao", "chinese", "vietnamese", "laotian", "dbp", "thai", "kinh",
                          "ha nhi", "si la", "xinh mun", "xinh mul", "la hu", "lu",
                          "cong", "khang", "khomu", "kho-mu",
                          "mong", "hmong", "dao", "tay", "nung", "kho mu", "khmu", "viet"})
#: Region names (also gazetteer entries, ``geo/data/regions.csv``): (kind, canonical name).
#: A name here with no gazetteer entry is an unresolved mention of kind ``region``.
REGIONS: dict[str, tuple[str, str]] = {
    "northwest": (Kind.REGION, "Northwest"), "north west": (Kind.REGION, "Northwest"),
    "north-west": (Kind.REGION, "Northwest"), "northwestern": (Kind.REGION, "Northwest"),
    "north-western": (Kind.REGION, "Northwest"), "tay bac": (Kind.REGION, "Northwest"),
    "golden triangle": (Kind.REGION, "Golden Triangle"),
    "central highlands": (Kind.REGION, "Central Highlands"),
    "northern mountainous region": (Kind.REGION, "Northern midland and mountainous region"),
    "northern midland and mountainous region": (Kind.REGION,
                                                "Northern midland and mountainous region"),
    "northern midlands and mountainous region": (Kind.REGION,
                                                 "Northern midland and mountainous region"),
    "northern midlands and mountains": (Kind.REGION, "Northern midland and mountainous region"),
    "northwestern mountainous region": (Kind.REGION, "Northwest"),
}
#: Region names read in lower case too ("the northern mountainous region"): long
#: enough not to be ordinary words.
LOWER_CASE_REGIONS = frozenset({"northern mountainous region",
                                "northwestern mountainous region",
                                "northern midland and mountainous region",
                                "northern midlands and mountainous region",
                                "northern midlands and mountains"})
#: English exonyms the gazetteer may lack → the folded core they stand for.
EXONYMS = {"hanoi": "ha noi", "saigon": "ho chi minh", "hcmc": "ho chi minh",
           "hcm city": "ho chi minh",
           "haiphong": "hai phong",
           "danang": "da nang", "dienbienphu": "dien bien phu", "dienbien": "dien bien"}
#: Names that are people before they are places ("Hồ Chí Minh's thought"); the city after
#: them is part of the place's name ("Ho Chi Minh City").
PERSON_NAMES = frozenset({"ho chi minh"})

_NAME, _TRIGGER, _REGION = 1, 2, 4


@dataclass(frozen=True, slots=True)
class Entry:
    """What one automaton key stands for: a name's candidates, a trigger, a name known alone."""

    key: str
    cands: tuple[tuple[Place, str | None], ...] = ()
    trigger: Trigger | None = None
    #: ``(kind, name)`` of a place known by name with no gazetteer entry of its own: a region
    #: ("Northwest"), a foreign place far from the border ("Shan State")
    known_as: tuple[str, str] | None = None
    #: a one-word name needs a trigger (see :func:`geo.mentions.resolve.bare_allowed`)
    multiword: bool = True


@dataclass(slots=True)
class NameHit:
    """A name found in the folded text, and what the rules decided about it."""

    start: int
    end: int
    entry: Entry
    kind: str | None = None  # kind given by a trigger or the context
    trigger_word: str | None = None
    how: str = "bare"  # after | before | list | context | bare | event | fuzzy | unresolved
    why: str = ""
    surface_end: int = -1  # end of the surface in the folded text (runs over a designator)
    place: Place | None = None
    skip: str | None = None  # why this hit is not a place mention
    container: NameHit | None = None
    list_id: int = -1
    fuzzy_name: str | None = None
    ctx_end: int = -1  # end of the name or of the trigger right after it
    before: TriggerHit | None = None


@dataclass(slots=True)
class TriggerHit:
    """A trigger phrase found in the folded text."""

    start: int
    end: int
    trigger: Trigger
    used: bool = False


@dataclass(frozen=True, slots=True)
class NameAutomaton:
    """The automaton over one gazetteer's names and the trigger phrases, and its side tables.

    Built once per gazetteer (:func:`index_for`) and never changed after:
    threads share it and forked workers inherit it.  What resolution learns
    while reading articles is kept elsewhere (see
    :class:`geo.mentions.find.ResolutionMemo`).
    """

    automaton: ahocorasick.Automaton
    #: kind → ``(core, place)`` pairs for fuzzy matching (places near Điện Biên only)
    by_kind: Mapping[str, tuple[tuple[str, Place], ...]] = field(default_factory=dict)
    #: commune-level unit id → the series of the curated markers that lie in it
    marker_series: Mapping[str, str] = field(default_factory=dict)


#: Key of the automaton in ``Gazetteer.memo``.
MEMO_KEY = "geo.mentions.automaton"
_LOCK = threading.Lock()


def index_for(gazetteer: Gazetteer) -> NameAutomaton:
    """Return the name automaton of *gazetteer*, built on first use.

    The automaton is kept in ``gazetteer.memo`` and lives as long as the
    gazetteer.  Thread-safe: threads asking at once get one automaton,
    built once.
    """
    found = gazetteer.memo.get(MEMO_KEY)
    if found is None:
        with _LOCK:
            found = gazetteer.memo.get(MEMO_KEY)
            if found is None:
                found = gazetteer.memo[MEMO_KEY] = build_automaton(gazetteer)
    return found


#: A post's old number in the gazetteer's names ("Đồn 405", "Đồn Biên phòng 317"), and the
#: designators it is read after in the text ("Post 317", "Border Post 317", "Don 317",
#: "Border Guard Station 405")
_POST_NUMBER = re.compile(r"(?:don(?: bien phong)?|(?:border )?post) (\d{2,3})")
_NUMBERED_POST = ("don", "don bien phong", "post", "border post", "border guard post",
                  "border guard station", "border station")

#: Kinds whose names are also read written in one word ("Apachai", "Taytrang").
_JOINED_KINDS = frozenset({Kind.BORDER_POST, Kind.BORDER_GATE, Kind.COMMUNE, Kind.WARD,
                           Kind.DISTRICT, Kind.PROVINCE, Kind.VILLAGE})


def build_automaton(gazetteer: Gazetteer) -> NameAutomaton:
    """Build the automaton from ``gazetteer.aliases()`` plus the trigger phrases."""
    groups: dict[str, dict[str, str | None]] = {}
    places: dict[str, Place] = {}
    gate_series: dict[str, str] = {}  # a known marker's unit tells first (merged below)
    own_names: dict[str, str] = {}  # place id → its folded name
    marker_lines: dict[str, set[str]] = {}  # a unit → the lines of its known markers
    read_markers: set[str] = set()
    for alias, pid in gazetteer.aliases():
        if pid.startswith("marker:"):  # markers are numbers: geo.mentions.markers reads them
            if pid != TRIPOINT_ID and pid not in read_markers and (marker := gazetteer.get(pid)):
                read_markers.add(pid)  # (once per marker, not once per alias)
                for unit in (marker.legacy_unit, marker.successor, marker.parent):
                    if unit:
                        marker_lines.setdefault(unit, set()).add(pid.split(":")[1].upper())
            continue
        if any(ch.isdigit() for ch in alias):  # a name with digits is none, but a post's
            if (numbered := _POST_NUMBER.fullmatch(alias)) is not None:  # old number
                places[pid] = gazetteer.get(pid)
                for word in _NUMBERED_POST:
                    groups.setdefault(f"{word} {numbered[1]}", {})[pid] = Kind.BORDER_POST
            continue
        place = places.get(pid) or gazetteer.get(pid)
        if place is not None and place.kind == Kind.BORDER_GATE and place.attr("series"):
            # a (legacy, small) commune with a gate on one line: its markers are on that line;
            # not the 2025 commune, merged from communes on both lines (Sín Thầu)
            for unit in (place.id, place.legacy_unit):
                if unit:
                    gate_series.setdefault(unit, place.attr("series"))
        if place is None:
            continue
        places[pid] = place
        own = own_names.get(pid)
        if own is None:
            own = own_names[pid] = fold(place.name)
        core, implied = core_name(alias, prefixes=alias != own)  # "Xa Dung" keeps "Xa"
        if len(core) < 3 or core in DENIED_CORES or core in TRIGGERS:
            continue
        slot = groups.setdefault(core, {})
        if slot.get(pid) is None:
            slot[pid] = implied
    for exonym, core in EXONYMS.items():
        if core in groups and exonym not in groups:
            groups[exonym] = groups[core]
    for core in [c for c in groups if c.startswith("muong ")]:
        # Lao writing of "Mường" ("Muang Nhe" is Mường Nhé): the Vietnamese places only
        lao = "muang" + core[5:]
        vn = {pid: imp for pid, imp in groups[core].items() if places[pid].country == "VN"}
        if vn and lao not in groups:
            groups[lao] = vn
    for core in [c for c in groups if c.startswith(("huoi ", "houay "))]:
        # Lao writings of "Huổi", "Houay" (a stream): "Huay La" is the Huổi Lả checkpoint
        la = {pid: imp for pid, imp in groups[core].items() if places[pid].country == "LA"}
        rest = core.split(" ", 1)[1]
        for lao in (f"houay {rest}", f"huay {rest}"):
            if la and lao not in groups:
                groups[lao] = la
    written_joined: set[str] = set()
    for core in [c for c in groups if " " in c and len(c) >= 7 and not c[-1].isdigit()]:
        # a name written in one word ("Apachai", "TayTrang", "Muongnhe"): the places of this
        # side near Điện Biên only, and only where no other name is written so
        near = {pid: imp for pid, imp in groups[core].items() if places[pid].country == "VN"
                and places[pid].kind in _JOINED_KINDS and region_rank(places[pid]) <= NEIGHBOUR}
        joined = core.replace(" ", "")
        if near and joined not in groups and joined not in TRIGGERS:
            groups[joined] = near
            written_joined.add(joined)  # read bare, as the name of several words it is
    marker_series = {**gate_series, **{unit: lines.pop() for unit, lines in marker_lines.items()
                                       if len(lines) == 1}}  # (not a unit on both lines)
    entries: dict[str, Entry] = {}  # key → entry; a later entry of the same key replaces
    by_kind: dict[str, list[tuple[str, Place]]] = {}
    for core, ids in groups.items():
        cands = tuple((places[pid], imp) for pid, imp in ids.items())
        multiword = " " in core or core in EXONYMS or core in written_joined
        entries[core] = Entry(core, cands=cands, known_as=REGIONS.get(core),
                              multiword=multiword)
        for place, imp in cands:
            if (place.era is not None and region_rank(place) > NEIGHBOUR) or place.country != "VN":
                continue  # fuzzy matching stays near Điện Biên, on this side ("Ban Namnga")
            for kind in {place.kind, imp} - {None}:
                by_kind.setdefault(kind, []).append((core, place))
    for phrase, trig in TRIGGERS.items():
        entries[phrase] = Entry(phrase, trigger=trig)
    for phrase, region in REGIONS.items():
        if phrase not in groups:
            entries[phrase] = Entry(phrase, known_as=region)
    for key, known in FAR_PLACES.items():
        if key not in groups and key not in entries:  # the gazetteer's own name wins
            entries[key] = Entry(key, known_as=known)
    # Whole words only: each key is added in its boundary form, between two
    # spaces, and the scan runs over the boundary form of the text (see
    # boundary_form), so the automaton reports only keys at word boundaries.
    # Keys whose boundary forms meet ("north-west", "north west") share one
    # slot; the scan keeps those whose key is the text itself.
    slots: dict[str, list[Entry]] = {}
    for key, entry in entries.items():
        slots.setdefault(f" {boundary_form(key)} ", []).append(entry)
    automaton = ahocorasick.Automaton()
    for padded, group in slots.items():
        automaton.add_word(padded, (len(padded), tuple(group)))
    automaton.make_automaton()
    return NameAutomaton(automaton, {k: tuple(v) for k, v in by_kind.items()}, marker_series)


#: Byte table of :func:`boundary_form`: bytes that are not ASCII letters or digits → space.
_BOUNDARY_TABLE = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def boundary_form(text: str) -> str:
    """Return *text* with every character that is not a letter or digit made a space.

    Same length as *text*; ``str.isalnum`` decides, as the word-boundary
    rule of :func:`scan` always has.  One byte-table pass over the text
    (each non-ASCII character is one ``?`` there, made a space), then the
    letters outside ASCII (Lao, Chinese; rare in folded text) are put back.
    """
    raw = text.encode("ascii", "replace")
    out = raw.translate(_BOUNDARY_TABLE).decode("ascii")
    if text.isascii():
        return out
    pieces, pos = [], 0
    i = raw.find(63)  # "?": a non-ASCII character, or a question mark
    while i >= 0:
        if text[i].isalnum():
            pieces += (out[pos:i], text[i])
            pos = i + 1
        i = raw.find(63, i + 1)
    if not pieces:
        return out
    pieces.append(out[pos:])
    return "".join(pieces)


def scan(folded: str, index: NameAutomaton) -> tuple[list[NameHit], list[TriggerHit]]:
    """Run the automaton once over *folded*; return name hits and trigger hits.

    Names are chosen leftmost-longest without overlap; triggers are kept
    where they overlap no chosen name.
    """
    names: list[tuple[int, int, Entry]] = []
    triggers: list[tuple[int, int, Trigger]] = []
    # the automaton sees whole words only (keys between spaces, see build_automaton):
    # every hit is a key at word boundaries, up to punctuation inside the key
    for last, (width, group) in index.automaton.iter(f" {boundary_form(folded)} "):
        start = last - width + 1  # in folded: the padded text starts one space early
        end = start + width - 2
        for entry in group:
            if not folded.startswith(entry.key, start):  # "dien-bien" is not "dien bien"
                continue
            if entry.cands or entry.known_as:
                names.append((start, end, entry))
            if entry.trigger is not None:
                triggers.append((start, end, entry.trigger))
    names.sort(key=lambda t: (t[0], -t[1]))
    inner = _inner_word_starts(folded, triggers)
    chosen: list[NameHit] = []
    reach = -1
    for start, end, entry in names:
        if end > inner.get(start, end):
            continue  # "đồn biên Phòng Nậm Kè": no "Phong Nậm" across a designator's end
        if start >= reach:
            chosen.append(NameHit(start, end, entry, surface_end=end))
            reach = end
    triggers.sort(key=lambda t: (t[0], -t[1]))
    kept: list[TriggerHit] = []
    reach = -1
    spans = [(h.start, h.end) for h in chosen]
    j = 0
    for start, end, trig in triggers:
        if start < reach:
            continue
        while j < len(spans) and spans[j][1] <= start:
            j += 1
        if j < len(spans) and spans[j][0] < end:
            continue  # overlaps a name
        kept.append(TriggerHit(start, end, trig))
        reach = end
    return chosen, kept


def _inner_word_starts(folded: str, triggers) -> dict[int, int]:
    """Map the start of each word inside a trigger phrase (not its first) to the phrase's end.

    A name that starts there and runs past the phrase's end straddles the
    phrase ("don bien phong nam ke" holds the key "phong nam"): the phrase is
    a designator and the name is after it.
    """
    inner: dict[int, int] = {}
    for start, end, _ in triggers:
        i = folded.find(" ", start, end)
        while i >= 0:
            inner[i + 1] = max(inner.get(i + 1, end), end)
            i = folded.find(" ", i + 1, end)
    return inner
