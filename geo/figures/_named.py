"""Numbers that are part of a name: "Region 2", "No. 4", "markers 107", "Two Wheels North".

Private helper of :mod:`geo.figures.extract`.
"""

from __future__ import annotations

import re

from geo.figures._notes import MONTH_RE

__all__ = ["in_title_name", "is_name_number", "word_before"]

#: Words before a number that make it part of a name, a number of a document, a
#: marker number, a date or an age ("Region 2", "No. 4", "markers 107", "aged 45").
NAME_WORDS = frozenset(w.lower() for w in (
    "No Nos Number Region Zone Company Battalion Regiment Division Corps Brigade Station Route "
    "Highway Road Street Directive Decree Resolution Conclusion Decision Circular Law Article "
    "Clause Item Point Km Marker Markers Landmark Landmarks Milestone Milestones Pillar Pillars "
    "Post Team Unit Group Plan Program Programme Project Phase Grade Class Room Lot Plot Block "
    "Hamlet Village Area Sector Section Level Stage Round Gate Squad Ward Quarter Term Congress "
    "Session Conference Victory aged age her his their my (No #No № "
    "Mốc Số Đồn"  # kept in Vietnamese: "cột mốc số 0", "mốc 12", "Đồn 317"
).split() + [m.lower() for m in MONTH_RE.split("|")] + ["age of"])
#: Units named in lower case before a figure of their own in a gapped clause ("... and
#: the Huổi Puốc post 15 pupils"): not "Post 15", a name with a number.
_GAPPED = frozenset({"post", "station", "team", "unit"})
#: ... or its full designator: "the Thanh Luông Border Post three cases with 51 head"
_DESIGNATORS = frozenset({"border post", "guard post", "guard station", "border station"})
_PLURAL = re.compile(r"[^\S\n]+[a-z]+s\b")
#: Units given something, after "the" and before what they got ("gave the village 20 tonnes of
#: rice", "the gate 12 hectares"): not "Village 20", a name with a number
_GIVEN = frozenset({"village", "hamlet", "gate", "ward", "area", "zone", "station", "team",
                    "unit", "post", "group", "company", "squad"})
#: ... or with the noun left out, ending an item of a gapped list: "the Mường Nhé
#: Border Post 26 and the Si Pa Phìn Border Post 22."
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;]|\.(?:\s|$)|[^\S\n]and\b"
                       r"|[^\S\n]+(?:to|in|at|for)[^\S\n]+[A-ZĐ])")  # "... Post 32 to Quảng Lâm"
#: A village's number in its name: "Huổi Thủng 1 and Nậm Nhừ 2 villages", "Nậm Nhừ 3 village".
_NUMBERED = re.compile(r"[^\S\n]+(?:villages?|hamlets?|bản)\b")


def is_name_number(text: str, end: int, words: list[str], last: str, *,
                   unit: bool = False) -> bool:
    """Tell whether the number ending at *end* is part of a name, from the words before it.

    *words* are the last words before the number as written, *last* the last
    one lower-cased without its full stop ("" when a sentence ended there);
    *unit*: a unit of measure follows the number (*end* is past it).
    """
    if last in _GAPPED and (words[-1].islower() or " ".join(words[-2:]).lower() in _DESIGNATORS) \
            and (_PLURAL.match(text, end) or len(words) > 2 and words[-3][:1].isupper()
                 and _ITEM_END.match(text, end)):
        return False  # "the Mường Nhà post sponsors 26 pupils and the Huổi Puốc post 15 pupils"
    if last in _GIVEN and len(words) > 1 and words[-2].lower() == "the" and words[-1].islower() \
            and (unit or _PLURAL.match(text, end)):
        return False  # "gave the village 20 tonnes of rice"
    return (last in NAME_WORDS or " ".join(words[-2:]).lower() in NAME_WORDS
            or bool(last and words[-1][:1].isupper() and _NUMBERED.match(text, end)))


#: A number word in capitals inside a line, before a word in capitals, is part of a name
#: ("back to Two Wheels North"), unless the whole line is in title case (a heading).
_TITLE_NEXT = re.compile(r"[^\S\n]+[A-Z][a-z]")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*")
#: ... not after these: "They said: Two Hmong men", '"Two men', "(Two men"
_STOPS = frozenset(".!?:;\"“‘'(—–-")


def in_title_name(text: str, start: int, end: int) -> bool:
    """Tell whether the number word ``text[start:end]`` is part of a name in running text.

    "Welcome back to Two Wheels North": capitalised inside its line, not
    after a stop, before a capitalised word, in a line whose long words outside
    the name are mostly in lower case (not a heading: "Police Seize Five Bags
    Of Heroin").
    """
    if not text[start].isupper() or not _TITLE_NEXT.match(text, end):
        return False
    lo = text.rfind("\n", 0, start) + 1
    head = text[lo:start].rstrip()
    if not head or head[-1] in _STOPS:
        return False
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    name = _CAPITALISED_RUN.match(text, start, hi)
    long_words = [w for w in f"{head} {text[name.end():hi]}".split() if len(w) > 3]
    return not long_words or sum(w[0].isupper() for w in long_words) * 3 < len(long_words) * 2


#: A sentence's last word before the next one's number: "who had sold her. Eight of ..."
_PRONOUNS = frozenset("her him them us me it".split())


def word_before(words: list[str]) -> str:
    """Return the word before a number (of the last *words* before it), lower case, or "".

    "" when it ends a sentence: "... Tàng Phon village. Fourteen houses", "Na
    Bung Border Post. 8,400 pills", "who had sold her. Eight of the 11 victims".
    """
    if not words:
        return ""
    word = words[-1]
    if word[-1:] in ".!?" and (len(word) > 4 and (word[:-1].islower() or word[-1] == "."
                                                  and word[0].isupper())
                               or word[:-1] in _PRONOUNS):
        return ""
    return word.rstrip(".").lower()
