"""Names the gazetteer lacks, found by the type word after them.

Private to :mod:`geo.mentions._context`.  A capitalised run of Vietnamese
syllables before a trigger ("Huổi Thủng village", "Nậm Nhừ 2 Border Post"
aside) is a place of the trigger's kind: fuzzy-matched to a gazetteer name
of that kind when one is close, else unresolved.  A plural type word after
a list ("Huổi Lụ and Na Ngam villages", "Pa Xa Lào, Huổi Lụ and Na Ngam
villages") gives its kind to every name of the list, known or not; an ethnic
group before a type word ("the Khơ Mú villages") is no name.
"""

from __future__ import annotations

import re

from geo.mentions._index import DENIED_CORES, Entry, NameAutomaton, NameHit, TriggerHit
from geo.mentions._posts import lone_post_word
from geo.mentions.resolve import best_fuzzy
from geo.mentions.triggers import (
    AFTER,
    LONE_GATE_WORDS,
    LONE_POST_WORDS,
    QUALIFIERS,
    looks_vietnamese,
)
from geo.model import Kind
from geo.text import Folded, fold

__all__ = ["BAN_NUMBER", "NAME_STOPS", "UNKNOWN_KINDS", "capitalised_run",
           "numbered_villages", "unknown_names"]

#: Words that end a capitalised name read backwards ("the", "in", a number word).
NAME_STOPS = frozenset("the a an this that these those our their his her its my your in on at "
                       "to of for from by with and or but as if so no not ten two one new old "
                       "main each many all both other some several every four five six seven "
                       "eight nine three upper lower".split()) - {"a"}
#: Kinds a trigger may give an unknown name (a capitalised run before it).
UNKNOWN_KINDS = {Kind.BORDER_POST, Kind.BORDER_GATE, Kind.VILLAGE, Kind.COMMUNE,
                 Kind.DISTRICT, Kind.WARD}
#: Kinds a plural type word gives to a list of names ("A and B villages").
_PLURAL_KINDS = {Kind.VILLAGE, Kind.COMMUNE, Kind.WARD, Kind.DISTRICT}
#: The gap between two names of a list, at the end of the text before the second.
_LIST_GAP_BEFORE = re.compile(r"(?: &|,? and|,? or|,) $")
#: Names of a list before a plural type word, at most (a pasted table is no list).
_LIST_MAX = 12


def unknown_names(text: str, folded: Folded, triggers: list[TriggerHit], live: list[NameHit],
                  index: NameAutomaton) -> list[NameHit]:
    """Return hits for capitalised names before a trigger that no gazetteer name covers."""
    out: list[NameHit] = []
    ends = {h.end: h for h in live}
    for t in triggers:
        kind = t.trigger.kind
        if t.used or t.trigger.position != AFTER or kind not in UNKNOWN_KINDS \
                or t.start - 1 in ends:
            continue
        if t.trigger.plural:
            if kind in _PLURAL_KINDS:
                out += _plural_list(text, folded, t, ends, index)
            continue
        if t.trigger.phrase in LONE_GATE_WORDS:
            continue  # a lone "gate" after an unknown name: any gate, door or port
        run = capitalised_run(text, folded, t.start)
        if run is None:
            continue
        s, name = run
        found = best_fuzzy(fold(name), index.by_kind.get(kind, ()))
        if t.trigger.phrase in LONE_POST_WORDS and (
                found is None or not lone_post_word(t, folded.text)):
            continue  # a capitalised run before "station" is a post only when one is close
        h = _hit(text, folded, t, s, t.start - 1, name, found)
        if h is not None:
            t.used = True
            out.append(h)
    return out


#: A village number right after a commune's or village's name, then a word that starts a
#: verb or a phrase: "People from Nậm Nhừ 3 used to walk", "from Nậm Nhừ 3 to" (not "Sín
#: Thầu 12 households", "Noong Luống 7,330", "Quảng Lâm 5, and"), or another name listed
#: after it ("118 households in Nậm Nhừ 2 and Tàng Phon": its capital is checked in the text)
_VILLAGE_NUMBER = re.compile(r" [1-9](?=[.;:)]|$| (?:to|in|is|was|has|had|were|are|used|now|"
                             r"still|also|where|which|who|with|from|on|at)\b"
                             r"|(?P<listed> (?:and|or) ))")
#: ... any number after the Vietnamese word for a village: "in bản Nậm Chim 2 and"
BAN_NUMBER = re.compile(r" [1-9](?!\d|[.,]\d)")
_BAN_BEFORE = ("bản ", "Bản ")
_COUNT_LISTED = re.compile(r"\d(?: [a-z]+){0,3}, (?:and )?(?:[a-z]+ ){0,3}$")
_NUMBERED = (Kind.COMMUNE, Kind.VILLAGE)
_LARGER = (Kind.PROVINCE, Kind.DISTRICT, Kind.COUNTRY, Kind.FOREIGN_PLACE)


def numbered_villages(text: str, folded: Folded, live: list[NameHit],
                      found: list[NameHit]) -> list[NameHit]:
    """Return a village hit for each bare name followed by its village number ("Nậm Nhừ 3").

    A commune's villages are often named after it and numbered; the gazetteer
    lacks them: the name and its number are one unknown village, and the bare
    name is not the commune (unless an unknown name *found* already covers it:
    "Nam Vi 2 and Huoi Lu villages").
    """
    out = []
    ft = folded.text
    taken = {h.start for h in found}
    for h in live:
        ban = text.endswith(_BAN_BEFORE, 0, folded.to_original(h.start, h.end)[0])
        if h.skip or h.start in taken or not ban and (h.kind is not None or h.how != "bare") \
                or not any(p.kind in _NUMBERED and p.country == "VN" for p, _ in h.entry.cands) \
                or any(p.kind in _LARGER for p, _ in h.entry.cands):
            continue  # (not "Ha Giang has 5 people, Yen Bai 4": a province)
        m = BAN_NUMBER.match(ft, h.end) if ban else _VILLAGE_NUMBER.match(ft, h.end)
        if m is not None and not ban and m["listed"]:  # a name after "and": capitalised
            after = folded.to_original(m.end("listed"), m.end("listed") + 1)[0]
            m = m if text[after:after + 1].isupper() else None
        if m is None or _COUNT_LISTED.search(ft, max(0, h.start - 30), h.start):
            continue  # (not "Sín Thầu had 9, Quảng Lâm 5, and Nà Hỳ 2.": counts listed)
        end = m.end()  # the name and its number (what follows is only looked at)
        name = text[slice(*folded.to_original(h.start, end))]
        h.skip = f"'{name}': a village numbered after the name"
        v = NameHit(h.start, end, Entry(fold(name)), kind=Kind.VILLAGE, how="unresolved",
                    surface_end=end, fuzzy_name=name, ctx_end=end)
        v.why = f"'{name}': a name and a village number, not in the gazetteer"
        out.append(v)
    return out


def _hit(text: str, folded: Folded, t: TriggerHit, s: int, e: int, name: str,
         found) -> NameHit | None:
    """Return the hit of the name ``[s, e)`` that trigger *t* types, or ``None`` for no name."""
    key = fold(name)
    if key in DENIED_CORES:
        return None  # "the Khơ Mú village": an ethnic group
    kind = t.trigger.kind
    last = e == t.start - 1  # the name right before the type word
    surface_end = t.end if t.trigger.in_surface and last else e
    word = text[slice(*folded.to_original(t.start, t.end))]
    if found is not None:
        place, core, d = found
        h = NameHit(s, e, Entry(key, cands=((place, kind),)), kind=kind,
                    trigger_word=t.trigger.phrase, how="fuzzy", surface_end=surface_end,
                    place=place)
        h.why = f"'{name}' is {d} edit{'s' if d > 1 else ''} from '{core}'; '{word}' follows"
    else:
        h = NameHit(s, e, Entry(key), kind=kind, trigger_word=t.trigger.phrase,
                    how="unresolved", surface_end=surface_end, fuzzy_name=name)
        h.why = (f"'{word}' follows an unknown name: not in the gazetteer" if last else
                 f"'{word}' follows the list it ends: not in the gazetteer")
    h.ctx_end = t.end if last else e
    return h


def _plural_list(text: str, folded: Folded, t: TriggerHit, ends: dict[int, NameHit],
                 index: NameAutomaton) -> list[NameHit]:
    """Return hits for the unknown names of the list a plural type word ends.

    "Pa Xa Lào, Huổi Lụ and Na Ngam villages": Huổi Lụ and Na Ngam (Pa Xa Lào
    is a known hit; the list rule gives it the kind afterwards).  The list is
    read backwards from the type word over list gaps and stops at the first
    piece that is neither a known name nor a capitalised run; one name alone
    before a plural ("the Na Ngam villages") is no list.
    """
    out: list[NameHit] = []
    members = 0
    end = t.start - 1
    candidates = index.by_kind.get(t.trigger.kind, ())
    while members < _LIST_MAX:
        known = ends.get(end)
        if known is not None:
            s = known.start
        else:
            run = _run_ending(text, folded, end)
            h = None if run is None else _hit(
                text, folded, t, run[0], end, run[1], best_fuzzy(fold(run[1]), candidates))
            if h is None:
                break
            s = h.start
            out.append(h)
        members += 1
        gap = _LIST_GAP_BEFORE.search(folded.text, max(0, s - 6), s)
        if gap is None:
            break
        end = gap.start()
    if members < 2:
        return []
    t.used = True
    return out


def capitalised_run(text: str, folded: Folded, t_start: int) -> tuple[int, str] | None:
    """Return ``(folded start, name)`` of the 2–5 capitalised Vietnamese words before a trigger."""
    pos = t_start - 1
    if pos <= 0 or folded.text[pos] != " ":
        return None
    return _run_ending(text, folded, pos)


def _run_ending(text: str, folded: Folded, end: int) -> tuple[int, str] | None:
    """Return ``(folded start, name)`` of the 2–5 capitalised Vietnamese words ending at *end*.

    A number of one or two digits may end the name ("Nậm Nhừ 3 village").
    """
    ft = folded.text
    tokens: list[tuple[int, int]] = []
    numbered = 0  # "Nậm Nhừ 3": a village's number after its name
    while len(tokens) < 6:
        start = ft.rfind(" ", 0, end) + 1
        tok = ft[start:end]
        os_, oe = folded.to_original(start, end)
        word = text[os_:oe]
        if not tokens and 1 <= len(tok) <= 2 and tok.isdigit():
            numbered = 1
        elif not tok or not word[:1].isupper() or not looks_vietnamese(tok) or tok in NAME_STOPS \
                or tok in QUALIFIERS:
            break
        tokens.append((start, end))
        if start == 0 or ft[start - 1] != " ":
            break
        end = start - 1
    if not 2 <= len(tokens) - numbered <= 5:
        return None
    s = tokens[-1][0]
    os_, oe = folded.to_original(s, tokens[0][1])
    return s, text[os_:oe]
