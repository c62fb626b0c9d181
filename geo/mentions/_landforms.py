"""Named natural features the gazetteer lacks: rivers, streams, hills, lakes, passes.

Private to :mod:`geo.mentions._context`.  "the Da River", "Pha Đin pass",
"A1 Hill", "Hill A1", "the Nam Ou", "the summit of Khoan La San": a place
of kind ``other``, unresolved (the gazetteer holds no rivers or hills, and
no point can honestly be given to a river).  A gazetteer name right before
the word ("the Mường Thanh valley", "the Nậm Pồ stream") is typed by
``_context``'s landform rule, not here.  The name is one to three
capitalised words before the feature word (the feature word in lower case
only after Vietnamese or Lao syllables, or a hill's code: "Pha Đin pass",
not "Vehicles pass"); the surface runs over the feature word as annotators
write it ("Da River", "Pha Đin pass"), but a lower-case river's or stream's
("the Nam Ma river": "Nam Ma") and a mountain's ("Khoan La San peak").
"""

from __future__ import annotations

import re

from geo.mentions._index import Entry, NameHit
from geo.mentions._unknown_names import NAME_STOPS
from geo.mentions.triggers import looks_vietnamese
from geo.model import Kind
from geo.text import Folded, fold

__all__ = ["feature_end", "named_features"]

#: A feature word after its name, in the folded text (lower case): " river", " pass".
_FEATURE = re.compile(r" (river|stream|hill|lake|pass|reservoir)\b(?! delta\b)")  # (not "the
# Red River Delta": a region)
#: A mountain's word after its name, not in its surface as annotators write it: "Khoan La
#: San peak", "Shicengdashan mountain"
_MOUNTAIN = re.compile(r" (?:mountain|peak)\b")
#: A part of a mountain before its name: "the summit of Khoan La San", "the foot of"
_PART_OF = re.compile(r"[ \n](?:summit|peak|top|foot|slopes?|ridge) of (?:the )?(?=[^\W\d_])")
#: A hill named by a code after the word: "Hill A1", "Hill C1".
_HILL_CODE = re.compile(r"hill ([a-e][1-9])\b")  # (a literal first: a fast scan; the word's
# start is checked after)
#: A river named with no feature word after "the": "the Nam Ou", "the Nậm Na", "the Mekong".
_BARE_RIVER = re.compile(r"the (nam [a-z]{2,}|mekong)\b(?! (?:commune|district|village|ward|"
                         r"town|border|post|gate|hamlet|area|valley|province)\b)")
#: Words that end a name read backwards: those of unknown names (a sentence's "The", "In"),
#: and a pronoun subject ("You pass the ..."), a people's or a country's adjective ("the Lao
#: river", "a Mông hill"), a marker or a month ("the top of Marker 0 in August").
_STOP = NAME_STOPS | frozenset("a near along across over into you we they he she it i there "
                               "then when where lao laotian vietnamese chinese thai mong hmong "
                               "khmu dao tay marker markers january february march april may "
                               "june july august september october november december".split())
#: A word of a name: no comma or stop inside ("the Nam Ou, Da River": two names)
_WORD = re.compile(r"[^\W_][\w'’-]*")
#: A hill's code as a name: "A1 Hill".
_CODE = re.compile(r"[a-e][1-9]")


def named_features(text: str, folded: Folded, live: list[NameHit]) -> list[NameHit]:
    """Return unresolved ``other`` hits for the named features of *text* no hit covers."""
    ft = folded.text
    taken = [(h.start, max(h.end, h.surface_end)) for h in live]
    out: list[NameHit] = []
    for m in _FEATURE.finditer(ft):
        start = _name_start(text, folded, m.start(), m.group(1))
        if start is not None:
            out.append(_hit(text, folded, start, m.start(), feature_end(
                text, folded, m.start(), m.end()), m.group(1)))
    for m in _MOUNTAIN.finditer(ft):
        start = _name_start(text, folded, m.start(), "mountain")
        if start is not None:
            out.append(_hit(text, folded, start, m.start(), m.start(), "mountain"))
    for m in _PART_OF.finditer(ft):
        end = _name_end(text, folded, m.end())
        if end is not None:
            out.append(_hit(text, folded, m.end(), end, end, "mountain"))
    for m in _HILL_CODE.finditer(ft):
        if _word_starts(ft, m.start()) and text[slice(
                *folded.to_original(m.start(), m.start() + 1))] == "H":
            out.append(_hit(text, folded, m.start(), m.end(), m.end(), "hill"))
    for m in _BARE_RIVER.finditer(ft):
        s = m.start(1)
        if _word_starts(ft, m.start()) and text[slice(
                *folded.to_original(s, s + 1))].isupper() and not _FEATURE.match(ft, m.end()):
            out.append(_hit(text, folded, s, m.end(), m.end(), "river"))
    kept: list[NameHit] = []
    for h in sorted(out, key=lambda h: h.start):  # one name read by two patterns ("the summit
        if not any(s < max(h.end, h.surface_end) and h.start < e for s, e in taken):  # of X
            kept.append(h)  # mountain") is one hit
            taken.append((h.start, max(h.end, h.surface_end)))
    return kept


def feature_end(text: str, folded: Folded, name_end: int, word_end: int) -> int:
    """Return where the surface of a feature's name ends (*name_end* or *word_end*).

    Over its word ("the Da River", "Pha Đin pass"), but a lower-case river's
    or stream's ("the Nam Ma river": "Nam Ma").
    """
    word = text[slice(*folded.to_original(name_end + 1, word_end))]
    return name_end if word in ("river", "stream") else word_end


def _word_starts(ft: str, pos: int) -> bool:
    """Tell whether a word starts at *pos* of the folded text."""
    return pos == 0 or not ft[pos - 1].isalnum()


def _name_start(text: str, folded: Folded, end: int, word: str) -> int | None:
    """Return where the name of one to three capitalised words ending at *end* starts."""
    ft = folded.text
    capital = word == "mountain" or text[slice(*folded.to_original(end + 1, end + 2))].isupper()
    start = None
    pos = end
    for _ in range(3):
        s = ft.rfind(" ", 0, pos) + 1
        tok = ft[s:pos]
        word_text = text[slice(*folded.to_original(s, pos))]
        if not _WORD.fullmatch(tok) or tok in _STOP or not word_text[:1].isupper() or not (
                capital or looks_vietnamese(tok) or _CODE.fullmatch(tok)):
            break
        start = s
        if s == 0 or ft[s - 1] != " ":
            break
        pos = s - 1
    return start


def _name_end(text: str, folded: Folded, start: int) -> int | None:
    """Return where the name of one to three capitalised words from *start* ends."""
    ft = folded.text
    end = None
    pos = start
    for _ in range(3):
        e = pos
        while e < len(ft) and (ft[e].isalnum() or ft[e] in "'’-"):
            e += 1
        tok = ft[pos:e]
        if not tok or tok in _STOP or not text[slice(*folded.to_original(pos, pos + 1))].isupper():
            break
        end = e
        if e >= len(ft) or ft[e] != " ":
            break
        pos = e + 1
    return end


def _hit(text: str, folded: Folded, start: int, end: int, surface_end: int,
         word: str) -> NameHit:
    name = text[slice(*folded.to_original(start, surface_end))]
    h = NameHit(start, end, Entry(fold(name)), kind=Kind.OTHER, how="unresolved",
                surface_end=surface_end, fuzzy_name=name, ctx_end=surface_end)
    h.why = f"a {word} named '{name}': not in the gazetteer"
    return h
