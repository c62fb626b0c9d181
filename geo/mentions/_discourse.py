"""One sense per article, and per list: a bare name means what the text said it was.

Private helper of :mod:`geo.mentions.find`.  "... on a forest trail in Nam Dich
village, Cha Nua commune ... then walked 9 km to Nam Dich": the bare "Nam
Dich" is the village named a paragraph before, not the crossing that the
gazetteer prefers for the bare name.  A bare name takes the place of the
last mention of the same name that a type word made explicit as a village
or an administrative unit ("village", "commune" ...), when that place is one
the name can mean.  In a list of figures that opens on a post or a gate
("the Si Pa Phìn Border Post handled 14 cases; Nà Bủng, 11 cases; Nà Hỳ,
8"), the bare names that follow with their own figures are posts (gates)
too, when the name can mean one.  A bare name that can mean the place across
the border facing a gate the article names is that place ("the road on the
Lao side towards Na Son" beside the Huổi Puốc gate: the Lao Na Son, not the
Vietnamese commune).  A bare name that can mean a gate or a
village is the village in an article that never says "gate", "crossing",
"checkpoint" or "port" ("A Pa Chải, in Sín Thầu commune, is home to 98
households": the village, not the gate the gazetteer prefers for the bare
name).  A foreign gate named in the article under
a longer name ("Longfu Port", "the Longfu-A Pa Chai crossing") makes its
bare short name there the gate, not the town it is named after ("goods
waited at Longfu").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.gazetteer.aliases import short_gate_names
from geo.mentions._index import NameHit
from geo.mentions.triggers import LONE_GATE_WORDS
from geo.model import Kind
from geo.text import fold

__all__ = ["carry_colon_list", "carry_counterpart", "carry_gate_name", "carry_list_kind",
           "carry_typed_sense", "no_gate_unsaid"]

#: Kinds a type word makes explicit that a bare name then keeps.  Not posts and gates:
#: "the Huổi Puốc Border Gate Border Post", then "Huổi Puốc and Tây Trang handled 70 % of
#: the trade" (the gates), or "the Mường Nhà post", then "Mường Nhà" (the commune).
_AREAS = frozenset({"village", "commune", "ward", "district", "province"})


def carry_typed_sense(hits: list[NameHit]) -> None:
    """Give each bare hit the place of the last typed hit of its name before it (in place)."""
    typed: dict[str, NameHit] = {}
    for h in hits:
        if h.skip or h.place is None:
            continue
        if h.how in ("after", "before", "list") and h.trigger_word:  # ("Nam Dich and Ham
            # Xoong villages": both typed by the list's designator, unless its own word typed
            # it before: "the district of Mường Nhé ... the Mường Nhé, Nậm Vì and Chung
            # Chải communes ... routes through Mường Nhé")
            if h.kind in _AREAS and (h.how != "list" or h.entry.key not in typed):
                typed[h.entry.key] = h
            continue
        prev = typed.get(h.entry.key)
        if (h.how == "bare" and prev is not None and prev.place.id != h.place.id
                # "Điện Biên", "Phongsaly": the province, whatever was said before
                and h.place.kind != "province" and h.place.precision != "province"
                and any(p.id == prev.place.id for p, _ in h.entry.cands)
                # a district the 2025 merger abolished, named as it was, leaves a bare
                # name of an article after it the commune of its time: 'Older guides talk
                # about "Mường Nhé district"', then "fill up in Mường Nhé"
                and not (prev.kind == "district" and prev.place.id.startswith("vnold:")
                         and h.place.id.startswith("vn2025:"))):
            h.place, h.kind = prev.place, prev.kind
            h.why = f"as with '{prev.trigger_word}' before in the article; {h.why}"


#: Facility kinds a list's first item passes on to the bare names after it.
_FACILITIES = frozenset({"border_post", "border_gate"})
#: A list item: a name after "; " or ", " (maybe "and"), then ", " and its number.
#: "...; Nà Bủng, 11 cases", "followed by A Pa Chải with 7 and Nậm Kè with 6"
_ITEM_BEFORE = re.compile(r"(?:[;,][^\S\n]*(?:and[^\S\n]+)?|followed[^\S\n]+by[^\S\n]+"
                          r"|\d[^\S\n]+and[^\S\n]+)$")
_ITEM_AFTER = re.compile(r",[^\S\n]*\d|[^\S\n]+with[^\S\n]+\d")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s|\n")


def carry_list_kind(hits: list[NameHit], text: str) -> None:
    """Make the bare names listed after a post (gate) with their figures posts (in place).

    *text* is the folded text the hits' offsets are in.
    """
    first: NameHit | None = None
    seen = 0  # the text up to here has been looked at for a sentence's end (linear time)
    for h in hits:
        if h.skip or h.place is None:
            continue
        if first is not None and _SENTENCE_END.search(text, max(seen, first.end), h.start):
            first = None
        seen = max(seen, h.start)
        if h.kind in _FACILITIES and h.how in ("after", "before"):
            first = h
            continue
        if first is None or h.how != "bare" or h.kind == first.kind or not (
                _ITEM_BEFORE.search(text, max(0, h.start - 14), h.start)
                and _ITEM_AFTER.match(text, h.end)):
            continue
        for place, _ in h.entry.cands:
            if place.kind == first.kind:
                h.place, h.kind = place, first.kind
                h.why = f"listed with its figures after a {first.kind.replace('_', ' ')}; {h.why}"
                break


#: A colon opening a list (folded text).
_COLON = re.compile(r":[^\S\n]")
#: A plural of posts or gates in the colon's sentence, up to it: "Three border posts are
#: stationed in the commune", "the gates of the province" (searched back from a colon,
#: which is rare: a pattern sought from every word of every text cost 0.2 ms an article).
_FACILITIES_BEFORE = re.compile(r"\b(?:(?P<post>posts)|(?P<gate>gates|crossings))\b"
                                r"[^.;:!?]{0,60}\Z")
_FACILITIES_REACH = len("crossings") + 61
#: Between the items of such a list: ", ", " and ", ", and ".
_AND = re.compile(r"[^\S\n]*(?:,|and|,[^\S\n]*and)[^\S\n]*")


def carry_colon_list(hits: list[NameHit], text: str) -> None:
    """Make the bare names listed after "... border posts ...:" posts (gates), in place.

    ("Three border posts are stationed in the commune: A Pa Chải, Sen Thượng
    and Leng Su Sìn": the posts, not the communes.)  *text* is the folded
    text; the list is the names right after the colon, one after the other.
    """
    if ":" not in text:
        return
    starts = [h.start for h in hits]
    for colon in _COLON.finditer(text):
        m = _FACILITIES_BEFORE.search(text, max(0, colon.start() - _FACILITIES_REACH),
                                      colon.start())
        if m is None:
            continue
        kind = Kind.BORDER_POST if m["post"] else Kind.BORDER_GATE
        k, at = bisect_left(starts, colon.end()), colon.end()
        while k < len(hits) and (hits[k].start == at or hits[k].start > at and _AND.fullmatch(
                text, at, hits[k].start)):
            h = hits[k]
            if not h.skip and h.how in ("bare", "unresolved") and h.kind != kind:
                # (unresolved: "in the commune: A Pa Chải" read as a commune so named)
                place = next((p for p, _ in h.entry.cands if p.kind == kind), None)
                if place is None:
                    break
                h.place, h.kind = place, str(kind)
                h.why = f"listed after a colon under '{m[0].split()[0]}'; {h.why}"
            at, k = h.end, k + 1


def carry_gate_name(hits: list[NameHit]) -> None:
    """Make a bare foreign name the gate across the border the article names by it (in place)."""
    gates = {}
    for h in hits:
        if not h.skip and h.place is not None and h.place.kind == Kind.BORDER_GATE \
                and h.place.country != "VN":
            for short in short_gate_names(h.place.alt_names):
                gates.setdefault(fold(short), h.place)
    if not gates:
        return
    for h in hits:
        gate = gates.get(h.entry.key)
        if gate is not None and h.how == "bare" and not h.skip and h.place is not None \
                and h.place.kind == Kind.FOREIGN_PLACE:
            h.place, h.kind = gate, Kind.BORDER_GATE
            h.why = f"the article names the gate {gate.name} by this name; {h.why}"


#: Words an article about a border gate cannot do without (folded text).
_GATE_NOUNS = "|".join(sorted(LONE_GATE_WORDS | {"crossing"}))
_GATE_WORDS = re.compile(rf"\b(?:(?:{_GATE_NOUNS})s?|cua khau)\b")


def no_gate_unsaid(hits: list[NameHit], folded_text: str) -> None:
    """Make bare gates villages of the same name when the text never says "gate" (in place)."""
    bare = [h for h in hits if h.how == "bare" and not h.skip and h.place is not None
            and h.place.kind == Kind.BORDER_GATE]
    if not bare or _GATE_WORDS.search(folded_text):  # (a search of the whole text)
        return
    for h in bare:
        village = next((p for p, _ in h.entry.cands if p.kind == Kind.VILLAGE), None)
        if village is not None:
            h.place, h.kind = village, Kind.VILLAGE
            h.why = f"the article never names a gate; {h.why}"


#: Readings a place facing a named gate overrides: an administrative unit of the same name.
_UNITS = frozenset({Kind.COMMUNE, Kind.WARD, Kind.DISTRICT})


#: How far from a named gate a bare unit's name may be our gate facing it, named after the
#: unit: a blog naming "a crossing between Na Bung and Lao Phu Chai" once still lives in Na
#: Bung commune (a place abroad facing it is so anywhere: "Na Son" is no commune of ours)
_FACING_REACH = 300


def carry_counterpart(hits: list[NameHit]) -> None:
    """Make a bare name the place facing a gate the article names, when it can be (in place).

    Our gate only near the gate's name (:data:`_FACING_REACH`).
    """
    gates = [h for h in hits
             if not h.skip and h.place is not None and h.place.kind == Kind.BORDER_GATE]
    facing = {dict(h.place.attrs).get("counterpart") for h in gates}
    facing.discard(None)
    if not facing:
        return
    units = {h.entry.key for h in hits if not h.skip and h.how != "bare" and h.place is not None
             and h.place.kind in _UNITS}  # "Si Pa Phìn and Chà Nưa communes": the name is
    for h in hits:  # said of the unit in the article, whose bare name stays the unit
        if h.how != "bare" or h.skip or h.place is None or h.place.id in facing \
                or h.entry.key in units:
            continue
        across = next((p for p, _ in h.entry.cands if p.id in facing), None)
        if across is not None and h.place.kind in _UNITS and (  # not "Longfu", the town
                across.kind != Kind.BORDER_GATE or any(
                    abs(g.start - h.start) <= _FACING_REACH for g in gates
                    if dict(g.place.attrs).get("counterpart") == across.id)):
            h.place, h.kind = across, across.kind
            h.why = f"faces a gate the article names; {h.why}"
