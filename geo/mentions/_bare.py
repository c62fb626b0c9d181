"""The checks of a bare name (no trigger) by its own words: a person, a firm, an event, a dateline.

Private to :mod:`geo.mentions._context`: :func:`bare_checks` marks a
:class:`~geo.mentions._index.NameHit` to skip (a person "said Lò Văn Nhúng",
a firm "Điện Biên Construction Company", a dateline "ĐIỆN BIÊN (VNA) -", a
part of a longer name "the Séng Cù rice") or
as an event ("the Điện Biên Phủ Victory"); whatever else it is, the context
around it decides.
"""

from __future__ import annotations

import re

from geo.mentions._index import PERSON_NAMES, NameHit
from geo.mentions.resolve import is_event, person_reason
from geo.mentions.triggers import ORGANISATION_WORDS, SPEECH, looks_vietnamese
from geo.model import Kind
from geo.text import Folded, fold

__all__ = ["bare_checks"]

_DATELINE = re.compile(r"(?: \([A-Za-z]{2,10}\))?\s*(?:[-–—]|--)\s")
#: A dateline of names in capitals, then a date, a bracket or a country, then a dash, opening
#: a line: "HA NOI, VIET NAM (25 September 2024) —", "DIEN BIEN, June 28, 2019 - ", a
#: digest's "KUNMING, China - " (the country is the dateline's too)
_CAPS_NAME = r"[^\W\d_](?:[^\W\d_]|[' .-])*"  # (checked to be in capitals after the match)
_DATELINE_LINE = re.compile(rf"({_CAPS_NAME}(?:,[^\S\n]*{_CAPS_NAME})*)"
                            r",?[^\S\n]*(?:\([^()\n]{1,40}\)|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?"
                            r"[^\S\n]+\d{4}|\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}[^\S\n]+\d{4}"
                            r"|[A-Z][a-z]{3,})[^\S\n]*[-–—]+\s")
#: ... or of a name in any case, its day and the agency's bracket: "Phongsaly, March 12 (KPL)
#: –", "HANOI, March 3 (AFP) -", "Phongsaly, 11 March 2022 (KPL) -"
_WORDS = r"[A-ZĐ][^\W\d_]*(?:[ -][A-ZĐ][^\W\d_]*){0,2}"
_WIRE_LINE = re.compile(rf"{_WORDS}(?:,[^\S\n]*{_WORDS})?,[^\S\n]*(?:[A-Z][a-z]{{2,8}}\.?[^\S\n]+"
                        r"\d{1,2}|\d{1,2}[^\S\n]+[A-Z][a-z]{2,8})(?:,?[^\S\n]+\d{4})?[^\S\n]*\("
                        r"(?:[A-Z]{2,6}|Xinhua|Reuters|Bernama|Kyodo)\)[^\S\n]*(?:[-–—]|--)+\s")
_PUNCT = ",;:\"'“”‘’()"
#: A capitalised syllable right after a one-word name, on its line: the name goes on ("the
#: Séng Cù rice": no place "Séng"; not "Vietnam Tri-border Fair")
_SYLLABLE_AFTER = re.compile(r" ([^\W\d_]{2,6})\b(?![-‐’'])")
_WORD_AFTER = re.compile(r"[’']?\s*([^\W\d_][\w.]*)")
#: A tea named after where it grows: "Pu'er tea" (eight rounds' golds count no place in it);
#: not where it grows: "the Nhot Ou tea harvest", "Sín Thầu tea gardens"
_TEA_AFTER = re.compile(r"[^\S\n]+teas?\b(?![^\S\n]+(?:harvests?|gardens?|hills?|farms?|"
                        r"plantations?|areas?|fields?|growing|season)\b)")
_FIRM_AFTER = re.compile(r"(?:\s+\d{1,3})?((?:[^\S\n]+[A-Z][a-z]+){1,3})")
_LEFT_CAP = re.compile(r"(?:^|[\s(\"“])([^\W\d_][\w'’.]*) $")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n][\"“]?\s*|\n\s*)$")
#: A verb (or "and") after a place that follows a speech verb: "said Điện Biên shares" (not "said Si
#: Pa Phìn emotionally")
_VERB_AFTER = re.compile(r"[a-z]+(?:[^l]s|ed)|will|would|can|could|must|may|is|was|has|had|and")
#: ... or a relative clause of a thing or place: "said Muong Nhe, which shares 40 km" (a person
#: is "who")
_WHICH_AFTER = re.compile(r",[^\S\n]+(?:which|where)\b")


#: The commonest Vietnamese middle names, after a family name: "Lường Văn Thiện", "Lò Thị Mai"
MIDDLE_NAMES = ("Văn", "Thị", "Van", "Thi")


def bare_checks(h: NameHit, text: str, folded: Folded,
                ending: dict[int, list[NameHit]], starting: dict[int, list[NameHit]]) -> None:
    """Mark a bare name a person's, a firm's, an event's or a dateline's by the words around it."""
    ft = folded.text
    if h.entry.key in PERSON_NAMES and not ft.startswith(" city", h.end):
        h.skip = f"'{h.entry.key}' is a person's name here"
        return
    o_end = folded.to_original(h.end, h.end + 1)[0] if h.end < len(ft) else len(text)
    m = _WORD_AFTER.match(text, o_end)
    after = m.group(1).rstrip(".") if m else None
    if after in MIDDLE_NAMES:
        h.skip = f"'{after}' follows: a person's family name"  # "Lường Văn Thiện"
        return
    if not h.entry.multiword and (go_on := _SYLLABLE_AFTER.match(text, o_end)) and \
            go_on[1][0].isupper() and looks_vietnamese(fold(go_on[1])) and not any(
            _plausible(o) for o in starting.get(h.end + 1, ())) and not any(
            p.kind == Kind.COUNTRY for p, _ in h.entry.cands):
        h.skip = f"'{go_on[1]}' follows: part of a longer name"
        return
    if after and after[:1].isupper() and is_event(after):
        h.kind, h.how = "event", "event"
        h.why = f"'{after}' follows: an event named after the place"
        return
    if _TEA_AFTER.match(text, o_end):
        h.skip = "'tea' follows: a tea named after the place"
        return
    firm = _FIRM_AFTER.match(text, o_end)
    words_after = firm.group(1).split() if firm else []
    org = next((w for w in words_after if w.lower() in ORGANISATION_WORDS), None)
    if org and "Border" in words_after[:words_after.index(org)]:
        org = None  # "the Jiangcheng Border Management Company": a border unit, not a firm
    if org:
        h.skip = f"'{org}' follows: a firm or medium named after the place"
        return
    os_ = folded.to_original(h.start, h.end)[0]
    if _DATELINE.match(text, o_end) and not text[text.rfind("\n", 0, os_) + 1:os_].strip() and (
            text[os_:o_end].isupper() or text.startswith(" (", o_end)) or _in_dateline(
            text, os_, o_end):
        h.skip = "dateline: where the story was filed"
        return
    raw = text[max(0, os_ - 50):os_].split()[-2:]
    if raw and raw[-1][-1:] in ",;:":
        raw = []  # "approved by the Prime Minister, Dien Bien targets ...": a clause ended
    words = [w.lower().strip(_PUNCT) for w in raw]
    left = _LEFT_CAP.search(text, max(0, os_ - 40), os_)
    left_word = left.group(1) if left and left.group(1)[:1].isupper() else None
    if left_word == "A" and _OPENS_SENTENCE.search(text, max(0, left.start(1) - 3), left.start(1)):
        left_word = None  # "A Hanoi-based charity gave": the article, not a Hmong middle name
    if left_word and any(_plausible(o) for o in ending.get(h.start - 1, ())):
        left_word = None  # the word to the left is another place
    if words and words[-1] in SPEECH and (h.entry.multiword and (
            h.list_id >= 0 or after is not None and _VERB_AFTER.fullmatch(after)
            or _WHICH_AFTER.match(text, o_end))
            or text.startswith(("'s ", "’s "), o_end) and _plausible(h)):
        words = words[:-1]  # "said Huổi Puốc and Tây Trang ...", "said Điện Biên shares ...",
        # "said Phongsaly's exports rose"
    reason = person_reason(words, after.lower() if after else None, left_word)
    if reason:
        h.skip = reason


def _plausible(h: NameHit) -> bool:
    """Return whether a hit can stand as a place by itself (not a lone syllable like "Nguyễn")."""
    return (h.kind is not None or h.entry.multiword
            or any(p.kind in (Kind.COUNTRY, Kind.FOREIGN_PLACE) for p, _ in h.entry.cands))


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Tell whether ``[start, end)`` is a name of a dateline opening its line.

    In capitals, unless a day and an agency's bracket follow ("Phongsaly, March 12 (KPL) –").
    """
    line = text.rfind("\n", 0, start) + 1
    if start - line > 60:
        return False
    lead = text[line:start]
    line += len(lead) - len(lead.lstrip())  # an indented line: "   HANOI - "
    stop = min(len(text), line + 120)  # (bounded: a dateline is short)
    m = _DATELINE_LINE.match(text, line, stop)
    return m is not None and end <= m.end() and m.group(1).isupper() or (
        (w := _WIRE_LINE.match(text, line, stop)) is not None and end <= w.end())
