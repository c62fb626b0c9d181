"""Read the words around each name: triggers, lists, containers, persons, unknown names.

:func:`annotate` fills in the :class:`~geo.mentions._index.NameHit` objects
of one scan: the kind a trigger gives (and why), lists that share one
trigger, the unit a name is said to lie in, hits that are persons or events,
and names the gazetteer lacks that stand before a trigger (fuzzy or
unresolved).  It decides no place: :mod:`geo.mentions.find` does that with the
article's era.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from geo.mentions._bare import MIDDLE_NAMES, bare_checks
from geo.mentions._columns import column_kinds
from geo.mentions._index import (
    LOWER_CASE_REGIONS,
    PERSON_NAMES,
    Entry,
    NameAutomaton,
    NameHit,
    TriggerHit,
)
from geo.mentions._landforms import feature_end, named_features
from geo.mentions._lao import lao_ban, unknown_after_ban, unknown_lao_ban
from geo.mentions._posts import (
    border_station,
    foreign_unit,
    has_gate,
    has_post,
    lone_misspelt_post,
    lone_post_word,
    misspelt_facility,
    post_after_gate,
    post_context,
    post_of_gate,
    tail_of_unknown,
)
from geo.mentions._unknown_names import (
    UNKNOWN_KINDS,
    capitalised_run,
    numbered_villages,
    unknown_names,
)
from geo.mentions.resolve import FACILITIES
from geo.mentions.triggers import (
    AFTER,
    BEFORE,
    BEFORE_GAP,
    CONTAINER_GAP,
    LIST_GAP,
    LONE_GATE_WORDS,
    LONE_POST_WORDS,
    VN_BEFORE_ORIGINAL,
)
from geo.model import Kind
from geo.text import Folded, fold

_CONTEXT_WINDOW = 160


def annotate(text: str, folded: Folded, hits: list[NameHit], triggers: list[TriggerHit],
             index: NameAutomaton) -> None:
    """Annotate *hits* in place (and append hits for unknown names before triggers)."""
    ft = folded.text
    for h in hits:
        if not _capitalised(text, folded, h.start, h.end) \
                and h.entry.key not in LOWER_CASE_REGIONS:
            h.skip = "not capitalised"
    live = [h for h in hits if not h.skip]
    by_start = {t.start: t for t in triggers}
    by_end: dict[int, TriggerHit] = {}
    for t in triggers:  # of type words ending together before a name, the longest:
        if t.end not in by_end or t.trigger.position == BEFORE and t.start < by_end[t.end].start:
            by_end[t.end] = t  # "Đồn Biên phòng Cửa khẩu Huổi Puốc" is the post, not the gate
    for h in live:
        _attach_after(h, ft, by_start, text, folded)
        post_after_gate(h, ft, by_start, index)
        if h.kind == Kind.BORDER_GATE:
            post_of_gate(h, ft, by_end)
        if h.kind in FACILITIES and h.how == "after":
            misspelt_facility(h, partial(capitalised_run, text, folded, h.end + 1), index)
        if h.kind in UNKNOWN_KINDS and h.how == "after":
            tail_of_unknown(h, partial(capitalised_run, text, folded, h.end + 1))
        elif h.kind is None and h.end + 1 in by_start:
            lone_misspelt_post(h, ft, by_start, partial(capitalised_run, text, folded, h.end + 1),
                               index)
    for h in live:
        if h.kind is None:
            _attach_before(h, ft, by_end, text, folded)
        if h.kind is None:
            post_context(h, ft)
    column_kinds(text, folded, live)  # "Nậm Kè" under a table's "Post" header
    _lists(live, ft, triggers, text, folded)
    ending: dict[int, list[NameHit]] = {}  # hits by end and start: the neighbour tests are
    starting: dict[int, list[NameHit]] = {}  # lookups
    for h in live:
        ending.setdefault(h.end, []).append(h)
        starting.setdefault(h.start, []).append(h)
    lao_ban(text, folded, live, live)  # before the person test: "Ban" is no given name
    persons: set[str] = set()  # names said of a person: "Vang Thi Xay ... Xay is one of"
    for h in live:
        if h.kind is None and h.entry.key in persons and not h.entry.multiword:
            h.skip = f"'{h.entry.key}' named a person before"
        elif h.kind is None:
            bare_checks(h, text, folded, ending, starting)
            os_ = _orig(folded, h.start, h.end)[0]
            if h.skip and _MIDDLE_NAME.search(text, max(0, os_ - 6), os_):
                persons.add(h.entry.key)
    unknown = unknown_names(text, folded, triggers, live, index)
    unknown += numbered_villages(text, folded, live, unknown)  # "People from Nậm Nhừ 3 used"
    unknown += unknown_after_ban(text, folded, triggers, live)
    unknown += named_features(text, folded, live + unknown)  # "the Da River", "A1 Hill"
    lao_ban(text, folded, unknown, live)
    unknown += unknown_lao_ban(text, folded, live + unknown)
    _inside_unknown(unknown, live)
    hits.extend(unknown)
    hits.sort(key=lambda h: h.start)
    if any(h.trigger_word and _plural(h.trigger_word) for h in unknown):
        # "Pa Xa Lào, Huổi Lụ and Na Ngam villages": known names share the plural with new ones
        _lists([h for h in hits if not h.skip], ft, triggers, text, folded)
    _containers([h for h in hits if not h.skip], ft)


def _orig(folded: Folded, s: int, e: int) -> tuple[int, int]:
    return folded.to_original(s, e)


def _capitalised(text: str, folded: Folded, s: int, e: int) -> bool:
    os_, oe = _orig(folded, s, e)
    surface = text[os_:oe]
    last = surface.rsplit(" ", 1)[-1].lstrip("-–(")
    return surface[:1].isupper() and (not last or last[:1].isupper() or not last[:1].isalpha()
                                      or last in _DESIGNATOR_TAILS)


#: A gazetteer name's last word that copy writes in lower case: "the Longfu port".
_DESIGNATOR_TAILS = LONE_GATE_WORDS | LONE_POST_WORDS | {"crossing", "opening"}


def _attach_after(h: NameHit, ft: str, by_start: dict[int, TriggerHit], text, folded) -> None:
    if landform := _LANDFORM.match(ft, h.end):  # "the Mường Thanh valley": the valley (a
        h.surface_end = feature_end(text, folded, h.end, landform.end())  # landform the
        # gazetteer lacks), not the ward
        h.kind, h.how, h.why = Kind.OTHER, "after", f"a {landform[1]} named after the place"
        h.fuzzy_name = text[slice(*_orig(folded, h.start, h.surface_end))]
        h.entry = Entry(fold(h.fuzzy_name))  # no candidate: not "Sơn La province" (an other)
        return
    t = by_start.get(h.end + 1)
    if t is None or ft[h.end] != " " or t.trigger.position != AFTER:
        return
    if ft.startswith(":", t.end) and "\n" in text[_orig(folded, h.start, h.end)[1]:_orig(
            folded, t.start, t.end)[0]]:
        return  # " Country: Vietnam\n Province: Điện Biên": the next line's label
    if t.trigger.phrase in LONE_POST_WORDS and not (lone_post_word(t, ft) and has_post(h)) \
            or t.trigger.phrase == "stations" and not border_station(t, ft):
        return  # "Điện Biên station", "Mường Thanh post office", health stations: no post
    if t.trigger.phrase in LONE_GATE_WORDS and not has_gate(h):
        return  # "Hải Phòng port", "the Điện Biên Phủ gate of the citadel": no border gate
    if foreign_unit(h, t.trigger.kind):
        return  # "the Mengla border station of China": Mengla, bare
    if t.trigger.plural and t.trigger.kind in FACILITIES and h.entry.cands and all(
            p.kind in _HOLDERS for p, _ in h.entry.cands):
        return  # "Điện Biên border gates", "Lao Cai border gates": the unit holding them
    if t.trigger.plural and t.trigger.kind == Kind.VILLAGE and any(
            p.kind in _HOLDERS for p, _ in h.entry.cands) and not any(
            p.kind == Kind.VILLAGE for p, _ in h.entry.cands) and not _LISTED_BEFORE.search(
            ft, max(0, h.start - 6), h.start):
        return  # "the four former Pa Thơm villages": the commune holding them (not in a list,
        # "Pa Xa Lào and Huổi Lụ villages")
    if t.trigger.plural and t.trigger.kind in _BIGGER and any(
            p.kind in _BIGGER[t.trigger.kind] for p, _ in h.entry.cands) and not \
            _LISTED_BEFORE.search(ft, max(0, h.start - 6), h.start):
        return  # "the four Dien Bien districts": the province holding them
    t.used = True
    word = text[slice(*_orig(folded, t.start, t.end))]
    h.kind, h.trigger_word, h.how = t.trigger.kind, ft[t.start:t.end], "after"
    h.why = f"'{word}' follows the name"
    h.ctx_end = t.end
    if t.trigger.in_surface or h.entry.key in PERSON_NAMES:  # "Nậm Kè Border Post", "the A
        h.surface_end = t.end  # and B border posts"; "Ho Chi Minh City", the name of the city


#: The units that hold a plural unit designator's after a lone name ("Dien Bien districts").
_BIGGER = {Kind.DISTRICT: frozenset({Kind.PROVINCE}),
           Kind.COMMUNE: frozenset({Kind.PROVINCE, Kind.DISTRICT})}
#: Kinds of the places a plural post's (gate's) designator after their name counts the
#: facilities of, not names one of them ("Điện Biên border gates").
_HOLDERS = frozenset({Kind.COUNTRY, Kind.PROVINCE, Kind.DISTRICT, Kind.COMMUNE, Kind.WARD,
                      Kind.REGION, Kind.OTHER})

#: Before a name, the one before it in a list: "Pa Xa Lào and Huổi Lụ villages".
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)[^\S\n]+$")
#: After a name, another name of a list: "the communes of Na Ư, Pom Lót and Noong Hẹt"
_LIST_NEXT = re.compile(r"(?:,|,?[^\S\n]+(?:and|or))[^\S\n]+[A-ZĐ]")
#: ... unless the list ends on bigger units: "communes of Muong Nhe and Nam Po districts"
_UNITS_LIST = re.compile(r"(?:(?:,|,?[^\S\n]+(?:and|or))[^\S\n]+[A-ZĐ][\w'’-]*(?:[^\S\n]+"
                         r"[A-ZĐ][\w'’-]*){0,3}){1,6}[^\S\n]+(?:districts|provinces|counties)\b")

#: Before a unit's word that is one of a larger unit's ("a district of Điện Biên", "the
#: youngest district of", "the westernmost commune of"), not the unit named after it ("the
#: district of Mường Nhé", "the mountainous district of Mường Nhé")
_ONE_OF_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Aa]nother|only|first|last)|"
                            r"[a-z]{3,}(?:est|most))[^\S\n]+(?:[a-z-]+[^\S\n]+)?$")
#: How large a unit is, to tell which holds which
_HOLDS = {Kind.PROVINCE: 3, Kind.DISTRICT: 2, Kind.COMMUNE: 1, Kind.WARD: 1, Kind.VILLAGE: 0}


def _attach_before(h: NameHit, ft: str, by_end: dict[int, TriggerHit], text, folded) -> None:
    if h.entry.cands and all(p.kind == Kind.COUNTRY for p, _ in h.entry.cands):
        return  # "the Longfu border station of China": the country is no post
    for t_end in range(h.start - 1, max(-1, h.start - 16), -1):
        t = by_end.get(t_end)
        if t is None:
            continue
        gap = ft[t.end:h.start]
        if t.used or not (BEFORE_GAP.match(gap) or gap == " at "
                          and t.trigger.kind == Kind.BORDER_GATE and not t.trigger.plural) or (
                "\n" in text[_orig(folded, t.start, t.end)[1]:_orig(folded, h.start, h.end)[0]]
                and ":" not in gap):  # "... for 9 villages\nNà Bủng | 127": a line ends on
            # the word, the next names another thing
            return  # ("the secondary gate at Si Pa Phìn": the gate; "the post at Tay Trang"
            # is where the post stands)
        if h.entry.cands and all(p.country != "VN" and p.kind != t.trigger.kind
                                 for p, _ in h.entry.cands):
            return  # "the border station of Longfu", "station of Jiangcheng county": abroad
        if t.trigger.phrase in LONE_GATE_WORDS and h.entry.cands and not has_gate(h):
            return  # "the port of Hai Phong": the city, no border gate
        if t.trigger.plural and "of" in ft[t.end:h.start].split() and any(
                p.kind in (Kind.PROVINCE, Kind.DISTRICT) for p, _ in h.entry.cands) and (
                not _LIST_NEXT.match(text, o_end := _orig(folded, h.start, h.end)[1])
                or _UNITS_LIST.match(text, o_end)):
            return  # "six border communes of Điện Biên": the unit holding them, not one of them
        if not t.trigger.plural and "of" in ft[t.end:h.start].split() and any(
                _HOLDS.get(p.kind, 0) > _HOLDS.get(t.trigger.kind, 9) for p, _ in h.entry.cands) \
                and _ONE_OF_BEFORE.search(
                    text, max(0, (o := _orig(folded, t.start, t.end)[0]) - 30), o):
            return  # "the youngest district of Điện Biên": the province holding it
        if not t.trigger.plural and "," in ft[t.end:h.start] and ft.endswith(
                "the ", 0, t.start) and _LIST_NEXT.match(text, _orig(folded, h.start, h.end)[1]):
            t.used = True  # "the three border posts in the commune, A, B and C": "the
            return  # commune" is one named before; the list is of posts (_lists)
        word = text[slice(*_orig(folded, t.start, t.end))]
        vn = VN_BEFORE_ORIGINAL.get(t.trigger.phrase)
        if t.trigger.position == BEFORE and (vn is None or word.lower() != vn and " " not in vn):
            return  # "Ban", "Xa" without diacritics are ordinary syllables ("Don Bien phong" no)
        t.used = True
        h.kind, h.trigger_word, h.how = t.trigger.kind, t.trigger.phrase, "before"
        h.why = f"'{word}' precedes the name"
        h.before = t
        if t.trigger.kind in FACILITIES and (vn is not None or (
                t.trigger.in_surface and not t.trigger.plural
                and not ft[t.end:h.start].strip())):
            # "đồn Huổi Puốc", "cửa khẩu Tây Trang", "Border Post Nam Ke" (translated word
            # for word): the designator is part of the name
            h.start = t.start
        return


def _lists(live: list[NameHit], ft: str, triggers: list[TriggerHit], text: str,
           folded: Folded) -> None:
    def name(h: NameHit) -> str:
        return text[slice(*_orig(folded, h.start, h.end))]

    groups: list[list[NameHit]] = []
    for h in live:
        prev = groups[-1][-1] if groups else None
        if prev is not None and LIST_GAP.match(ft[_end(prev):h.start]) and h.start > _end(prev):
            groups[-1].append(h)
        else:
            groups.append([h])
    for n, group in enumerate(groups):
        if len(group) < 2:
            continue
        for h in group:
            h.list_id = n
        first, last = group[0], group[-1]
        source = None
        if first.how == "before" and first.before.trigger.plural:
            if _none_fits(group, first.kind):  # "two districts: Sin Thau, Na Hy ... in
                first.kind, first.how, first.trigger_word = None, "bare", None  # Muong Nhe
                first.before.used, first.before = False, None  # district": communes
            else:
                source = first
        elif last.how in ("after", "unresolved", "fuzzy") and last.trigger_word \
                and _plural(last.trigger_word):
            source = last
        if source is not None:
            for h in group:
                if h.kind is None:
                    others = _joined(name(o) for o in group if o is not h)
                    h.kind, h.trigger_word, h.how = source.kind, source.trigger_word, "list"
                    h.why = f"shares '{source.trigger_word}' with {others}"
            continue
        if any(h.kind is not None for h in group):
            continue
        t = _context_trigger(first.start, ft, triggers)
        if t is None or t.trigger.phrase == "station" and not border_station(t, ft):
            continue  # ("its health station ...; the former A and B stations")
        names = _joined(name(o) for o in group)
        for h in group:
            if any(p.kind == t.trigger.kind or imp == t.trigger.kind for p, imp in h.entry.cands):
                h.kind, h.trigger_word, h.how = t.trigger.kind, t.trigger.phrase, "context"
                h.why = f"'{name(t)}' earlier in the sentence applies to the list {names}"


def _none_fits(group: list[NameHit], kind: str | None) -> bool:
    """Tell whether every name of a list is known, and none as a place of *kind*."""
    return all(h.entry.cands for h in group) and not any(
        p.kind == kind or imp == kind for h in group for p, imp in h.entry.cands)


def _joined(names, limit: int = 80) -> str:
    """Return ``", ".join(names)[:limit]``, reading only the names it needs.

    A list of thousands of names (a table pasted as one line) would
    otherwise join the whole list once per name: quadratic.
    """
    out, size = [], 0
    for n in names:
        out.append(n)
        size += len(n) + 2
        if size >= limit:
            break
    return ", ".join(out)[:limit]


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _end(h: NameHit) -> int:
    return max(h.end, h.surface_end, h.ctx_end)


def _context_trigger(pos: int, ft: str, triggers: list[TriggerHit]) -> TriggerHit | None:
    lo = max(ft.rfind(". ", 0, pos), ft.rfind("\n", 0, pos), pos - _CONTEXT_WINDOW)
    best = None
    for t in triggers:
        if lo < t.start and t.end <= pos and not t.used and t.trigger.position == AFTER:
            best = t
    return best


#: A landform after a name: "the Mường Thanh valley", "the Nậm Pồ stream", "Him Lam hill"
_LANDFORM = re.compile(r" (valley|basin|plain|river|stream|lake|reservoir|hill|pass|"
                       r"nature reserve)\b")
#: A Vietnamese middle name right before a name: "Vang Thi Xay" (then "Xay is one of")
_MIDDLE_NAME = re.compile(rf"\b(?:{'|'.join(MIDDLE_NAMES)})[^\S\n]+$")
def _inside_unknown(unknown: list[NameHit], live: list[NameHit]) -> None:
    """Skip known names inside a longer unknown one ("Nậm Nhừ" in "Nậm Nhừ 3 village")."""
    spans = sorted((u.start, u.end, u.fuzzy_name) for u in unknown if u.fuzzy_name)
    if not spans:
        return
    starts = [s for s, _, _ in spans]
    for h in live:
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and h.end <= spans[i][1] and (spans[i][0], spans[i][1]) != (h.start, h.end):
            h.skip = f"part of the longer name '{spans[i][2]}'"


def _containers(live: list[NameHit], ft: str) -> None:
    """Link each name to the next one when the text says it lies there."""
    lists: dict[int, list[NameHit]] = {}
    for h in live:
        lists.setdefault(h.list_id, []).append(h)
    for a, b in zip(live, live[1:], strict=False):
        if CONTAINER_GAP.match(ft[_end(a):b.start]) and b.start > _end(a):
            same_list = a.list_id >= 0 and a.list_id != b.list_id
            targets = lists[a.list_id] if same_list else [a]
            for h in targets:
                h.container = b
