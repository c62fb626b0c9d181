"""Lao village names written with "Ban" ("Ban Huoi Lech", "Ban Pang Hoc village of Phongsaly").

"Ban" is "village" in Lao and Lao village names are written with it, without
diacritics; Vietnamese "bản" is the same word, a type word before a
Vietnamese village's name.  So a name right after a capitalised "Ban"
(exactly so: "Bản" with its diacritic is the Vietnamese trigger) is read by
class:

- **in a Lao sentence** (it says "Laos", "Lao" or "Laotian", or names a
  place that only Laos has), or when only Laos has a place of that name
  ("head of Ban Mai village"): a Lao village, never the Vietnamese commune or
  gate whose name it shares ("Ban Huoi Lech" is not Huổi Lếch commune, "Ban
  Pang Hoc" not the Pang Hốc gate).  It resolves to a Lao entry of
  kind ``foreign_place`` of that name if the gazetteer has one that is no
  district or province ("Ban Na Son" → Na Son; "Ban Mai" is not Mai
  district), else it is an unresolved ``foreign_place`` mention; its surface
  keeps "Ban", part of a Lao name;
- **otherwise**: the Vietnamese "bản" written without its diacritic ("Ban Him
  Lam, a Thái village"): a village of that name, as after "bản".

Pure functions of the hits of one scan (see :func:`geo.mentions._context.annotate`).
"""

from __future__ import annotations

import re

from geo.mentions._index import Entry, NameHit
from geo.mentions._unknown_names import BAN_NUMBER
from geo.model import Kind
from geo.text import Folded

_BAN = "Ban "
_LAO_WORDS = re.compile(r"\blao(?:s|tian)?\b|\bkip\b")
#: "Ban" and a capitalised run of one to three words, as written.
#: ("Hoa Ban Festival" is Điện Biên's festival of the ban flower, no Lao village)
_BAN_RUN = re.compile(r"(?<![\w])(?<!Hoa )Ban((?: (?!Festival|Flower)[A-Z][a-z]+){1,3})\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
#: Lao entries that are units, no village: "foreign:mai-district".
_UNITS = ("-district", "-province", "-county", "-city")


def lao_ban(text: str, folded: Folded, hits: list[NameHit], context: list[NameHit]) -> None:
    """Read every name of *hits* after a capitalised "Ban" as a Lao or a Vietnamese village.

    *context* holds the names of the article the sentence test looks at.
    Changes the hits in place.
    """
    ft = folded.text
    for h in hits:
        if h.skip:
            continue
        ban = _ban_start(text, folded, h)
        if ban is None:
            continue
        s0, s1 = _sentence(ft, h.start)
        if _lao_sentence(ft[s0:s1], h, context, s0, s1) or (
                h.entry.cands and all(p.country == "LA" for p, _ in h.entry.cands)):
            _lao_village(h, ban)
        elif h.kind is None and h.how == "bare":
            h.kind, h.trigger_word, h.how = Kind.VILLAGE, "ban", "before"
            h.why = "'Ban' (the Vietnamese 'bản' without its diacritic) precedes the name"


def _ban_start(text: str, folded: Folded, h: NameHit) -> int | None:
    """Return the folded start of "Ban" before (or opening) the name, or ``None``."""
    os_, _ = folded.to_original(h.start, h.surface_end)
    if text.startswith(_BAN, os_) and h.how == "unresolved":
        return h.start  # an unknown name whose run opens with "Ban" ("Ban Huoi Lech village")
    at = os_ - len(_BAN)
    if at < 0 or text[at:os_] != _BAN or (at > 0 and text[at - 1].isalnum()):
        return None
    f = h.start - len(_BAN)
    return f if f >= 0 and folded.text[f:h.start] == "ban " else None


def _sentence(ft: str, pos: int) -> tuple[int, int]:
    """Return the sentence around *pos*, read within 1,000 characters (linear time)."""
    lo = max(0, pos - 1000)
    start = max((m.end() for m in _SENTENCE_END.finditer(ft, lo, pos)), default=lo)
    m = _SENTENCE_END.search(ft, pos, pos + 1000)
    return start, (m.start() if m else min(len(ft), pos + 1000))


def _lao_around(ft: str, pos: int, hits: list[NameHit]) -> bool:
    """Tell whether the sentence around *pos* is a Lao one (:func:`_lao_sentence`)."""
    s0, s1 = _sentence(ft, pos)
    return _lao_sentence(ft[s0:s1], None, hits, s0, s1)


def _lao_sentence(sentence: str, h: NameHit, hits: list[NameHit], s0: int, s1: int) -> bool:
    if _LAO_WORDS.search(sentence):
        return True
    for other in hits:
        if other is h or other.skip or not s0 <= other.start < s1:
            continue
        # a type word leaves out the Vietnamese units of another kind ("Mai district": not
        # the commune of that name)
        cands = [p for p, _ in other.entry.cands
                 if other.kind is None or p.country != "VN" or p.kind == other.kind]
        if cands and all(p.country == "LA" for p in cands):
            return True  # "of Phongsaly", "in Khoa district", "of Mai district"
    return False


def _lao_village(h: NameHit, ban: int) -> None:
    lao = [p for p, _ in h.entry.cands if p.country == "LA" and p.kind == Kind.FOREIGN_PLACE
           and not p.id.endswith(_UNITS)]  # "Ban Mai" is a village, not Mai district
    h.start = ban
    h.kind, h.trigger_word = Kind.FOREIGN_PLACE, None
    if lao:
        h.how, h.place, h.fuzzy_name = "after", None, None
        h.why = "'Ban' (village, in Lao) in a Lao sentence: the Lao place of that name"
        return
    h.how, h.place, h.fuzzy_name, h.container = "unresolved", None, None, None
    h.why = "'Ban' (village, in Lao) in a Lao sentence: a Lao village the gazetteer lacks"


_WORD_RE = re.compile(r"[^\W\d_]+")
#: Longest village name read after "bản" (words).
_MAX_WORDS = 4


def unknown_after_ban(text: str, folded: Folded, triggers, live: list[NameHit]) -> list[NameHit]:
    """Return hits for village names the gazetteer lacks written after "bản" ("Bản Pa Tết of ...").

    Only the Vietnamese word with its diacritic counts ("bản", "Bản": a type
    word); the name is the run of capitalised words right after it.  The
    hits are unresolved villages, which the grammar of containers may then
    place at their commune ("of Nà Bủng commune").
    """
    from geo.mentions._index import Entry  # the record of an automaton key
    from geo.mentions.triggers import BEFORE, VN_BEFORE_ORIGINAL

    ft = folded.text
    starts = {h.start for h in live}
    out = []
    for t in triggers:
        if t.used or t.trigger.position != BEFORE or t.trigger.kind != Kind.VILLAGE:
            continue
        word = text[slice(*folded.to_original(t.start, t.end))]
        if word.lower() != VN_BEFORE_ORIGINAL.get(t.trigger.phrase) or t.end + 1 in starts:
            continue
        pos, end, words = t.end, -1, []
        while len(words) < _MAX_WORDS:
            m = _WORD_RE.match(ft, pos + 1) if ft[pos:pos + 1] == " " else None
            if m is None:
                break
            os_, _ = folded.to_original(m.start(), m.end())
            if not text[os_:os_ + 1].isupper():
                break
            words.append(m.group())
            pos = end = m.end()
        if not words:
            continue
        if (number := BAN_NUMBER.match(ft, end)) is not None:  # "bản Nậm Chim 2"
            words.append(number.group().strip())
            end = number.end()
        s = t.end + 1
        name = text[slice(*folded.to_original(s, end))]
        h = NameHit(s, end, Entry(" ".join(words)), kind=Kind.VILLAGE, trigger_word="ban",
                    how="unresolved", surface_end=end, fuzzy_name=name)
        h.why = f"'{word}' precedes an unknown name: not in the gazetteer"
        h.ctx_end = end
        t.used = True
        out.append(h)
    return out


def unknown_lao_ban(text: str, folded: Folded, live: list[NameHit]) -> list[NameHit]:
    """Return hits for Lao villages the gazetteer lacks: "Ban" and a name, in a Lao sentence.

    "arrested three men in Ban Hua Muc, a village of Mai district" (Mai is
    Lao's only): an unresolved ``foreign_place`` whose surface keeps "Ban".
    Names a hit already covers are left to :func:`lao_ban`.
    """
    if "Ban " not in text:
        return []
    ft = folded.text
    covered = [(h.start, h.surface_end if h.surface_end > h.start else h.end) for h in live]
    out = []
    lao: set[str] = set()  # the Lao villages read so far: the same name later is one too
    for m in _BAN_RUN.finditer(text):
        s, e = folded.to_folded(m.start(), m.end())
        if any(a < e and s < b for a, b in covered):
            continue
        s0 = _sentence(ft, s)[0]
        if ft[s:e] not in lao and not _lao_around(ft, s, live) and not (
                s0 > 1 and _lao_around(ft, s0 - 2, live)):  # "... of Mai. In Ban Lantui, a ..."
            continue
        lao.add(ft[s:e])
        h = NameHit(s, e, Entry(ft[s:e]), kind=Kind.FOREIGN_PLACE, how="unresolved",
                    surface_end=e, fuzzy_name=m.group().strip())
        h.why = "'Ban' (village, in Lao) in a Lao sentence: a Lao village the gazetteer lacks"
        h.ctx_end = e
        out.append(h)
    return out
