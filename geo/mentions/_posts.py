"""Border posts in the words around a name: "station", posts named after gates, misspellings.

Also the tail of a longer unknown name before a trigger ("Lau Can Thinh village").

English copy names a border post in many ways besides "X Border Post": "X
station", "the border station of X", "the Border Post of the Y Border Gate",
"officers of the Y border gate post", a bare "Y" after "stationed at" or
"officers of", and misspelt names ("Nam Khe post" for Nậm Kè).  These
helpers of :func:`geo.mentions._context.annotate` read them on one scan's
hits; they decide no era and no place beyond a fuzzy match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.mentions._index import Entry, NameAutomaton, NameHit, TriggerHit
from geo.mentions.resolve import FACILITIES, best_fuzzy, compatible
from geo.mentions.triggers import (
    LONE_POST_WORDS,
    NOT_POST_AFTER,
    POST_CONTEXT,
    core_name,
)
from geo.model import Kind
from geo.region import NEIGHBOUR, region_rank
from geo.text import fold


def has_post(h: NameHit) -> bool:
    """Return whether a border post (or an alias read as one) bears the name of *h*."""
    return any(p.kind == Kind.BORDER_POST or imp == Kind.BORDER_POST for p, imp in h.entry.cands)


def has_gate(h: NameHit) -> bool:
    """Return whether a border gate (or an alias read as one) bears the name of *h*."""
    return any(p.kind == Kind.BORDER_GATE or imp == Kind.BORDER_GATE for p, imp in h.entry.cands)


def foreign_unit(h: NameHit, kind: str) -> bool:
    """Return whether a post or gate trigger after *h* names a unit of the other side.

    "the Mengla border station of China", "Jiangcheng Border Management
    Company": no Vietnamese post or gate has the name, a place across the
    border has it; the mention is that place.
    """
    return kind in FACILITIES and not any(compatible(p, imp, kind) for p, imp in h.entry.cands) \
        and any(p.kind in (Kind.FOREIGN_PLACE, Kind.COUNTRY) for p, _ in h.entry.cands)


def lone_post_word(t: TriggerHit, ft: str) -> bool:
    """Return whether *t* is "station"/"post" standing for a border post.

    Not "post office"; not "the Sen Thượng station" in a text about health
    stations (:func:`border_station`).
    """
    if t.trigger.phrase not in LONE_POST_WORDS:
        return False
    m = _NEXT_WORD.match(ft, t.end)
    if m and m.group(1) in NOT_POST_AFTER:
        return False
    return t.trigger.phrase != "station" or border_station(t, ft)


def border_station(t: TriggerHit, ft: str) -> bool:
    """Tell whether "station(s)" at *t* (folded text *ft*) may be a border station.

    Not when it is named with another kind ("health station"), nor when the
    text around names stations of other kinds twice and no border station
    ("its health station ...; the former Sen Thượng and Leng Su Sìn
    stations"; not one "veterinary station" beside "the Mường Nhà station").
    """
    own = _STATION_KIND.search(ft, max(0, t.start - 30), t.end)
    if own is not None and own.end() == t.end:
        return own.group(1) in _BORDER_STATIONS
    kinds = [m.group(1) for m in _STATION_KIND.finditer(
        ft, max(0, t.start - _STATION_REACH), t.end + _STATION_REACH)]
    return len(kinds) < 2 or any(kind in _BORDER_STATIONS for kind in kinds)


_NEXT_WORD = re.compile(r"\s+(\w+)")
#: A station named with its kind, in folded text ("health station", "border guard station")
_STATION_KIND = re.compile(r"\b(border|guard|control|health|medical|weather|meteorological|"
                           r"hydrological|police|radio|bus|petrol|fuel|power|pumping|ranger|"
                           r"veterinary) stations?\b")
_BORDER_STATIONS = ("border", "guard", "control")
_STATION_REACH = 3000



def post_of_gate(h: NameHit, ft: str, by_end: dict[int, TriggerHit]) -> None:
    """Read "the Border Post of the Huổi Puốc Border Gate" as the post (surface from "Border")."""
    for gap in (" of the ", " of "):
        t = by_end.get(h.start - len(gap))
        if t is not None and ft.startswith(gap, t.end) and t.trigger.kind == Kind.BORDER_POST \
                and not t.trigger.plural and has_post(h):
            t.used = True
            h.kind, h.trigger_word = Kind.BORDER_POST, t.trigger.phrase
            h.why = f"'{ft[t.start:h.start]}' precedes the gate's name: the gate's post"
            h.start = t.start
            return


def post_after_gate(h: NameHit, ft: str, by_start: dict[int, TriggerHit],
                    index: NameAutomaton) -> None:
    """Read "the Tây Trang International Border Gate Border Guard Post" as the gate's post.

    A gate's designator followed by a post's names the post of the gate: the
    post bearing the gate's core name ("tay trang"), whether the name was
    found with the gate's designator as a trigger or as a gate's whole name.
    """
    if h.kind != Kind.BORDER_GATE or h.how != "after" or h.surface_end < 0:
        return
    t = by_start.get(h.surface_end + 1)
    if t is None or t.used or ft[h.surface_end] != " " or t.trigger.kind != Kind.BORDER_POST \
            or not t.trigger.in_surface or t.trigger.plural:
        return
    if not has_post(h):
        core, _ = core_name(h.entry.key)
        post = next((p for c, p in index.by_kind.get(Kind.BORDER_POST, ()) if c == core), None)
        if post is None:
            return
        h.entry = Entry(h.entry.key, cands=((post, Kind.BORDER_POST),))
    t.used = True
    h.kind, h.trigger_word = Kind.BORDER_POST, t.trigger.phrase
    h.surface_end = h.ctx_end = t.end
    h.why = f"{h.why}, then '{ft[t.start:t.end]}': the post of the gate"


#: Returns ``(folded start, name)`` of the capitalised run before the trigger, or ``None``.
RunFinder = Callable[[], "tuple[int, str] | None"]


def misspelt_facility(h: NameHit, find_run: RunFinder, index: NameAutomaton) -> bool:
    """Read "Nam Khe post", "Nậm Khè Border Post" as the post near Điện Biên they misspell.

    The name found before the trigger is only the tail of the name written
    ("Khe"), and no post or gate of that name lies near Điện Biên: a close
    fuzzy match of the whole capitalised name, with the trigger's kind, is
    the better reading than a far-away exact one without it.
    """
    if any(compatible(p, imp, h.kind) and region_rank(p) <= NEIGHBOUR
           for p, imp in h.entry.cands):
        return False
    run = find_run()
    if run is None or run[0] > h.start:
        return False
    s, name = run
    found = best_fuzzy(fold(name), index.by_kind.get(h.kind, ()))
    if found is None:
        return False
    place, core, d = found
    h.start, h.how, h.place = s, "fuzzy", place
    h.entry = Entry(fold(name), cands=((place, h.kind),))
    h.why = f"'{name}' is {d} edit{'s' if d > 1 else ''} from '{core}'; {h.why}"
    return True


def lone_misspelt_post(h: NameHit, ft: str, by_start: dict[int, TriggerHit],
                       find_run: RunFinder, index: NameAutomaton) -> None:
    """Read "Nam Khe post" as the Nậm Kè post: a lone "post" after a misspelt post's name."""
    t = by_start.get(h.end + 1)
    if t is None or t.used or ft[h.end] != " " or not lone_post_word(t, ft):
        return
    h.kind, h.how, h.why = Kind.BORDER_POST, "after", f"'{ft[t.start:t.end]}' follows"
    if misspelt_facility(h, find_run, index):
        t.used = True
        h.trigger_word, h.ctx_end, h.surface_end = t.trigger.phrase, t.end, t.end
    else:
        h.kind, h.how, h.why = None, "bare", ""


def post_context(h: NameHit, ft: str) -> None:
    """Read a bare name after "stationed at", "officers of" as the post of that name."""
    before = ft[max(0, h.start - 32):h.start].rstrip()
    if before.endswith(" the"):
        before = before[:-4]
    for phrase in POST_CONTEXT:
        if before.endswith(phrase) and (len(before) == len(phrase)
                                        or not before[-len(phrase) - 1].isalnum()) \
                and has_post(h):
            h.kind, h.how = Kind.BORDER_POST, "context"
            h.why = f"'{phrase}' precedes the name: the border post there"
            return


def tail_of_unknown(h: NameHit, find_run: RunFinder) -> None:
    """Read "Lau Can Thinh village" as one unknown village, not the village "Thinh".

    The name found before the trigger is the tail of a longer capitalised
    name, and no place of the trigger's kind near Điện Biên has it: the
    whole name is the mention, unresolved (listed for curation).
    """
    if h.how != "after" or any(compatible(p, imp, h.kind) and region_rank(p) <= NEIGHBOUR
                               for p, imp in h.entry.cands):
        return
    run = find_run()
    if run is None or run[0] >= h.start:
        return
    s, name = run
    h.start, h.how, h.place, h.fuzzy_name = s, "unresolved", None, name
    h.entry = Entry(fold(name))
    h.why = f"{h.why}; '{name}' is not in the gazetteer (its last word is another place's name)"
