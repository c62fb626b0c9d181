"""Figures whose noun is left out because the sentence just said it.

Private to :mod:`geo.figures.extract`.  "Across the province the programme
supports 286 pupils, up from 241 a year ago"; "1,260 patrols, 214 of them
joint patrols"; "14 pairs of villages with Phongsaly and another 5 with
Luang Prabang"; "Of its 87 households, 34 are poor"; a list of periods with
the noun said once ("96 drug cases in 2016; in 2019, 171; in 2021, 118;");
"in Điện Biên the figure is 1,045"; "174 learners, of whom 139 passed",
"64 cases, including 58 in the city"; "164 students, followed by Luang
Prabang with 97, Oudomxay with 71"; "8 of them in Sín Thầu commune and 3 in Sen
Thượng commune"; "47 are from Pha Pun and 36 from Pa Xa Xá": the bare
number counts what the figure before it in the same sentence counts.  "19
of the wives", "74 of the province's cases": the things named after it;
"Of the graduates, 38 are from Phongsaly", "Of the passengers, 301,000 were
Vietnamese": the things the opener names; "Vehicle crossings reached 68,900",
"Pupils rose from 46 to 112",
"Joint patrols with Lao forces along the Phongsaly section rose to 118, from
86": the things named before the verb; "2. Joint patrols: 64 with Lao units":
the line's label; "the 29 communes of the four districts have become 15": the
subject's, not whose they were; "Of the 27, 11 are from Nghe An": a part of
the figure before; "X has 74 households, Y 58 and Z 61", "... made 74
patrols, while the Leng Su Sìn Border Post made 61": a gapped list, a verb
said again; "militiamen from four villages: 14 from X, 12 from Y": the
militiamen, not villages.  Only these forms are read
(and "N of them/these/those", which may also look back over one sentence
end: "It sponsors 34 of them"); any other bare number still counts nothing.
"""

from __future__ import annotations

import re

from geo.figures._counted import COUNTED_SIZE
from geo.figures._nouns import NOT_COUNTED
from geo.figures._scope import LIST_OPENER
from geo.figures._singular import IRREGULAR_PLURALS
from geo.figures.numbers import Quantity

__all__ = ["elided"]

_BEFORE = re.compile(r"(?:\b(?:up|down)[^\S\n]+from|\bcompared[^\S\n]+(?:with|to)|\bagainst"
                     r"|\bversus|\banother|\ba[^\S\n]+further|\bthe[^\S\n]+(?:figure|number|total)"
                     r"[^\S\n]+(?:is|was|stood[^\S\n]+at|reached)|\ba[^\S\n]+total[^\S\n]+of)"
                     r"[^\S\n]+$", re.IGNORECASE)
# "Of its 87 households, 34 are poor": the figure before, fronted by "Of", then the part
_OF_FRONT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[^\S\n]*Of[^\S\n]+(?:the|its|their|these|"
                       r"those)[^\S\n]+$")
# a gapped clause of a list of periods: "in 2019, the peak year, 171; in 2021, 118;"
_GAPPED_END = re.compile(r"[^\S\n]*(?:;|\.(?:\s|$)|,[^\S\n]+with\b)")
# a list of origins: "47 are from Pha Pun and 36 from Pa Xa Xa", "21 from Luang Prabang, 13 ..."
_FROM_NEXT = re.compile(r"[^\S\n]+(?:are[^\S\n]+|were[^\S\n]+)?(?:from|in)[^\S\n]+"
                        r"(?:the[^\S\n]+)?(?:former[^\S\n]+|new[^\S\n]+)?[A-ZĐ]")
# after "Of the X,": "301,000 were Vietnamese", "312 are women"
_ARE_NEXT = re.compile(r"[^\S\n]+(?:are|were|came|come|live|lived|went|had|have|has|will|would|"
                       r"can|could|must|should)\b")  # "Of the new recruits, 1,190 will serve"
# after "Among the X,": also a verb in -ed ("Among the returnees, 23 tested positive")
_DID_NEXT = re.compile(r"[^\S\n]+[a-z]{3,}ed\b")
# "Of the 27, 11 are from ...", "Of them, 268 came through ...": a part of the figure before
_OF_COUNT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))Of[^\S\n]+(?:the[^\S\n]+[\d,]+|them|these|"
                       r"those)[^\S\n]*,[^\S\n]*$")
# "The number of people crossing the port reached 52,000", "cut the number of commune-level
# units from more than 10,000 to 3,321": the noun after "number of"
_PLURAL_NEXT = re.compile(r"[^\S\n]+[a-z-]{2,}s\b")
_NUMBER_OF = re.compile(r"\b(?:number|total)[^\S\n]+of[^\S\n]+(?P<noun>[a-z-]{3,}(?:(?:[^\S\n]+"
                        r"[a-z-]{3,}){0,2}?[^\S\n]+[a-z-]{3,}s(?=[^\S\n]))?)\b"
                        r"[^.;:\d\n]{0,50}?[^\S\n](?:reached|hit|topped|totall?ed|stood[^\S\n]+at|"
                        r"(?:rose|fell|grew|increased|decreased|dropped)[^\S\n]+(?:to|by)|"
                        r"(?:will[^\S\n]+)?(?:fall|rise|grow|drop|fell|rose|grew|dropped|"
                        r"increased|decreased)[^\S\n]+from|from|at)[^\S\n]+"  # ("keep the
                        # number of patrols at about 2,500")
                        r"(?:(?:about|some|nearly|almost|around|over|more[^\S\n]+than)[^\S\n]+)?$",
                        re.IGNORECASE)
# "a population of 29,114", "its population is 18,640", "The population of the four border
# districts is about 260,000": people, counted by the noun before
_POPULATION = re.compile(r"\bpopulation(?:(?:[^\S\n]+of[^\S\n]+[^,.;:\d\n]{1,60}?)?[^\S\n]+(?:is|"
                         r"was|stood[^\S\n]+at|reached|totall?ed)|[^\S\n]+of|:|(?<=[;,(][^\S\n]"
                         r"population)|(?<=^population))"
                         r"[^\S\n]+(?:(?:about|some|nearly|almost|around|over|more[^\S\n]+than)"
                         r"[^\S\n]+)?$", re.IGNORECASE | re.MULTILINE)
# the value before a change: "fell to 1,150 from 1,720 in 2010", "rose to 24, from 17"
_TO_BEFORE = re.compile(r"\bto[^\S\n]+(?:(?:about|some|nearly|almost|around|over|more"
                        r"[^\S\n]+than)[^\S\n]+)?$")
_FROM_BETWEEN = re.compile(r",?[^\S\n]+from[^\S\n]+(?:(?:about|some|nearly|almost|around|over|"
                           r"more[^\S\n]+than)[^\S\n]+)?")
# ... and after it: "will fall from 3,820 to 2,610" (a falling range is two figures)
_FROM_BEFORE = re.compile(r"\bfrom[^\S\n]+$")
_TO_BETWEEN = re.compile(r"[^\S\n]+to[^\S\n]+")
# ... whose unit is said after the second: "fell from 64.7 to 41.2 percent"
_TO_SHARE = re.compile(r"[^\S\n]+to[^\S\n]+(?:(?:about|some|nearly|almost|around|over|more"
                       r"[^\S\n]+than|just|only)[^\S\n]+)?\d[\d.,]*[^\S\n]*(?:%|per[^\S\n]?cent\b)")
# "Of the 171 cases, the Nậm Kè Border Post handled 31, ...": the first of a gapped list
# of parts, after an opener naming the whole
_OF_WHOLE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[^\S\n]*Of[^\S\n]+(?:the|its|their|these|"
                       r"those)[^\S\n]+$")
# "bringing the number of trafficking victims the unit has saved since 2020 to 17"
_BRINGING = re.compile(r"\bbring(?:s|ing)?[^\S\n]+(?:the|its|their)[^\S\n]+(?:total[^\S\n]+)?"
                       r"(?:number|total)[^\S\n]+of[^\S\n]+(?P<noun>(?:[a-z–-]+[^\S\n]+){0,2}?"
                       r"(?:[a-z-]{3,}s|" + "|".join(sorted(IRREGULAR_PLURALS)) + r"))\b"
                       r"[^.;:\n]{0,60}?[^\S\n]to[^\S\n]+(?:(?:about|some|nearly|almost|around|"
                       r"over|more[^\S\n]+than)[^\S\n]+)?$", re.IGNORECASE)
# ... or "the total" of the figure before: "512 houses were completed, bringing the total
# since the campaign began in 2024 to 2,930"
_BRINGING_TOTAL = re.compile(r"\bbring(?:s|ing)?[^\S\n]+(?:the|its|their)[^\S\n]+total\b"
                             r"(?![^\S\n]+(?:number[^\S\n]+)?of\b)[^.;:\n]{0,80}?[^\S\n]to"
                             r"[^\S\n]+(?:(?:about|some|nearly|almost|around|over|more[^\S\n]+"
                             r"than)[^\S\n]+)?$", re.IGNORECASE)
# a predicate left out: "In 2009, 60 households were poor; last year only 23 were."
_BARE_VERB_END = re.compile(r"[^\S\n]+(?:were|was|are|is|did|do|does)[^\S\n]*[,.;]")
_REACH_VERB = re.compile(r"\b(?:reach(?:ed|es)?|hits?|top(?:s|ped)|totall?ed|totals?|numbered|"
                         r"pass(?:es|ed)?|exceed(?:s|ed)?|at|to|from)\b[^\S\n]+"
                         r"(?:[a-z]+[^\S\n]+){0,2}$")
# the noun said before the verb: "Vehicle crossings reached 68,900", "cases totalled 214",
# in a timeline's present: "Visitors reach 4,100", "Visitor numbers pass 2,500 a year"
# ("Joint patrols with Lao forces along the Phongsaly section rose to 118": two phrases between)
_REACHED = re.compile(r"(?P<noun>(?:(?!(?:of|the|and|in|at)\b)[A-Za-z][A-Za-z-]*[^\S\n]+)?"
                      r"\b[A-Za-z][a-z-]{2,}s)"
                      r"(?:[^\S\n]+(?:at|in|through|on|with|along)[^\S\n]+(?:the[^\S\n]+)?"
                      r"[\w'-]+(?:[^\S\n]+(?!(?:rose|fell|reached)\b)[\w'-]+){0,2}){0,2}?"
                      r"[^\S\n]+(?:reach(?:ed|es)?|hits?|top(?:s|ped)|totall?ed|totals?|numbered|"
                      r"pass(?:es|ed)?|exceed(?:s|ed)?|st(?:ood|ands?)[^\S\n]+at|"
                      r"(?:rose|rises?|fell|falls?|came|comes?|amount(?:s|ed)?|climb(?:s|ed)?)"
                      r"[^\S\n]+to|"
                      r"(?:has|have|had)[^\S\n]+(?:grown|risen|fallen|increased|dropped)"
                      r"[^\S\n]+to|"  # ... or its value before: "Pupils rose from 46 to 112"
                      r"(?:(?:has|have|had)[^\S\n]+)?(?:rose|risen|fell|fallen|grew|grown|"
                      r"increased|decreased|dropped|climbed)[^\S\n]+from)"
                      r"[^\S\n]+(?:(?:about|some|nearly|almost|around|over|more[^\S\n]+than)"
                      r"[^\S\n]+)?$")
# a line's label naming what its first number counts: "2. Joint patrols: 64 with Lao units"
# (not "Hotlines for residents: 0215 3xxx", "Coordinates: 22°24′N": words, then a number)
_LABEL = re.compile(r"(?:^|(?<=\n))[^\S\n]*(?:\d{1,2}[.)][^\S\n]+|[-–•*][^\S\n]+)?(?P<noun>"
                    r"[A-Z][a-z-]*(?:[^\S\n]+(?!(?:for|of|in|on|at|to|by|with|and|or)\b)"
                    r"[a-z-]+){0,3}?[a-z]s)[^\S\n]*:[^\S\n]*\Z")
_LABEL_NUMBER = re.compile(r"(?!0\d)[\d.,]+(?=[^\S\n]+[a-z]|[^\S\n]*(?:[,.;)\n]|$))")
# a part of the figure before, in its sentence: ", of whom 139 passed", ", including 58 in X"
_PART_OF = re.compile(r",[^\S\n]*(?:of[^\S\n]+(?:whom|which)|including|among[^\S\n]+(?:them|whom|"
                      r"which))[^\S\n]+(?:(?:about|some|nearly|almost|over|more[^\S\n]+than)"
                      r"[^\S\n]+)?$")
_LIST_BEFORE = re.compile(r"(?:[,:]|\band)[^\S\n]*$")
#: The next bullet of a list after a bullet's figure, and a place after its number: the
#: figure's noun left out ("- 165 pupils in Mường Nhé District;\n- 148 in Nậm Pồ District")
_BULLET = r"[^\S\n]*[-–•*][^\S\n]+"
_ITEM_LABEL = r"[^:\n]{1,80}:[^\S\n]*"  # "Điện Biên Phủ city: "
_NEXT_BULLET = re.compile(rf"[^\n]*\n{_BULLET}(?P<label>{_ITEM_LABEL})?")
#: ... the line of the figure before: "- 165 pupils in X", "- Điện Biên Phủ city: 135 recruits"
_BULLET_OPENS = re.compile(rf"{_BULLET}(?:{_ITEM_LABEL})?\d")
_ITEM_PLACE = re.compile(r"[^\S\n]+(?:in|from|at|for)[^\S\n]+(?:the[^\S\n]+)?[A-ZĐ]")
#: Things counted by place: "villages: 14 from X" is no count of villages.
_PLACE_NOUNS = frozenset(COUNTED_SIZE)
# "militiamen from four border villages", "pupils of the three communes"
_MEMBERS_OF = re.compile(r"(?P<noun>[A-Za-z-]{3,})[^\S\n]+(?:from|in|of)[^\S\n]+"
                         r"(?:the[^\S\n]+|all[^\S\n]+)?$")
_FROM_PLACE = re.compile(r"[^\S\n]+from[^\S\n]+[A-ZĐ]")
# the figure before ends the lead-in of the list: "four border villages: 14 from ..."
_LIST_OPENS = re.compile(r"[^\S\n]*[:,][^\S\n]*$")
# a list of shares: "164 students, followed by Luang Prabang with 97, Oudomxay with 71 and ..."
_WITH = re.compile(r"\bwith[^\S\n]+$")
_LIST_NEXT = re.compile(r"[^\S\n]*(?:[,;.]|[^\S\n]and\b)")
# a gapped second clause: "8 of them in Sín Thầu commune and 3 in Sen Thượng commune",
# "the Nà Bủng post accounted for 174 cases and the Nậm Nhừ post for 131"
_GAP_BEFORE = re.compile(r"(?:\band|\band[^\S\n]+the[^\S\n]+[^,;.]{2,40}?[^\S\n]+for)[^\S\n]+$")
_GAP_PREPOSITIONS = r"(?:in|at|on|from|through|via|by|with|to|for)"
_GAP_AFTER = re.compile(r"[^\S\n]+(?:[a-z]{3,}ed[^\S\n]+)?" + _GAP_PREPOSITIONS +
                        r"[^\S\n]+(?:the[^\S\n]+)?[A-ZĐ]"
                        r"|[^\S\n]+on[^\S\n]+the[^\S\n]+(?:line|side|section|stretch)\b"
                        r"|[^\S\n]*[,;.]")
# the figure before a comma-separated gapped item, followed the same way: "97 were returned
# at the X gate, 31 at the Y gate", "108 patrols were carried out with Lao forces, 26 with ..."
_PARALLEL = re.compile(r"(?:[^\S\n]+[a-z]+){0,3}?[^\S\n]+" + _GAP_PREPOSITIONS +
                       r"[^\S\n]+(?:the[^\S\n]+)?[A-ZĐ]")
# the rest of the things counted before: "the other eight", "the remaining 3"; "64 more"
_OTHER_BEFORE = re.compile(r"\b(?:the|their|its)[^\S\n]+(?:other|remaining)[^\S\n]+$",
                           re.IGNORECASE)
_MORE_AFTER = re.compile(r"[^\S\n]+more\b(?![^\S\n]+(?:than|of)\b)")
#: A change from an earlier time: "12,400 visitors, 3,100 more than in 2023", "up 3,100 from".
_CHANGE_AFTER = re.compile(r"[^\S\n]+(?:more|fewer|less)[^\S\n]+than[^\S\n]+(?:in[^\S\n]+(?:19|20)"
                           r"\d\d|last[^\S\n]+year|the[^\S\n]+(?:previous|same)[^\S\n]+(?:year|period)"
                           r"|a[^\S\n]+year[^\S\n]+(?:earlier|ago|before)"
                           r"|the[^\S\n]+(?:former|old|earlier))\b"
                           r"|[^\S\n]+(?:from|on|over)[^\S\n]+(?:(?:19|20)\d\d|last[^\S\n]+year)\b")
_UP_BEFORE = re.compile(r"\b(?:up|down)[^\S\n]+$", re.IGNORECASE)
# "23,800 vehicles crossed, an average of about 130 a day"
_AVERAGE = re.compile(r"\baverage[^\S\n]+of[^\S\n]+(?:(?:about|some|nearly|almost|around|over|"
                      r"more[^\S\n]+than)[^\S\n]+)?$", re.IGNORECASE)
_PER = re.compile(r"[^\S\n]+(?:a|an|per|each|every)[^\S\n]+(day|week|month|year)\b")
_FOLLOWED_BY = re.compile(r"\bfollowed[^\S\n]+by[^\S\n]+(?:[^\W\d_][\w\u0300-\u036f'’-]*"
                          r"[^\S\n]+){1,5}\($")
_OF_THE = re.compile(r"\bof[^\S\n]+(?:the|its|their)[^\S\n]+$")
_INTO = re.compile(r"\b(?:into|became|become|becomes|to[^\S\n]+just|down[^\S\n]+to)[^\S\n]+$")
_NEW_SENTENCE = re.compile(r"\.[\"”’)]?[^\S\n]+")  # a number opening the next sentence
# "... on its first day: ", "... with Lao forces in the first nine months of 2024: " (a year,
# no other number)
_COLON = re.compile(r"(?:[^\S\n]+(?:[^.;:,\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){1,80})?[^\S\n]*:"
                    r"[^\S\n]*")
_OF_THEM = re.compile(r"[^\S\n]+of[^\S\n]+(?:them|these|those|whom|which)\b")
_OF_NOUN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<lead>Of|Among)[^\S\n]+(?:the|its|their|"
                      r"these|those)[^\S\n]+(?:[\d][\d,.]*[^\S\n]+)?"
                      r"(?P<noun>(?:[a-z-]+[^\S\n]+)?[a-z]{3,}s),[^\S\n]*$")
# "19 of the wives", "14 of the 52 households", "74 of the province's cases", "1,100 of an
# expected 1,500 markers": a part of the things named after it
_PARTITIVE = re.compile(r"[^\S\n]+of[^\S\n]+(?:(?:the|these|those|its|their|our|an?(?=[^\S\n]+"
                        r"(?:expected|estimated|planned|projected)\b))[^\S\n]+(?:(?:expected|"
                        r"estimated|planned|projected)[^\S\n]+)?"
                        r"(?:[\w-]+['’]s[^\S\n]+)?(?:[\d][\d,.]*[^\S\n]+)?|[\d][\d,.]*[^\S\n]+)"
                        r"(?P<noun>(?:[A-Za-z-]+[^\S\n]+){0,3}?(?:[a-z-]{2,}s|"
                        + "|".join(sorted(IRREGULAR_PLURALS)) + r"))\b")
# a gapped list of places and numbers: "X has 74 households, Y 58, Z 61 and W 49"
_NAME_ITEM = re.compile(LIST_OPENER + r"(?P<name>(?:[^\W\d_][\w\u0300-\u036f'’-]*[^\S\n]+){1,5})$")
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;.]|[^\S\n]and\b|$)")
_VERB = re.compile(r"\b([a-z]{3,}(?:[^\S\n]+(?:over|out|up|back|off))?)[^\S\n]+$")  # "handed over"
#: Words before a number that are not a verb said twice ("with 97 ... with 71" is read
#: by _WITH, "of", "to" ... join anything).
_NOT_VERBS = frozenset("with and the than from for about some nearly over".split())
#: How far back the figure whose noun is meant may stand.
_REACH = 200
#: A sentence opening on a post, gate or unit as its subject ("The Mường Nhé Border Post ...")
_SUBJECT_OPENS = re.compile(r"The[^\S\n]+[A-ZĐ][^,.;:\n]{0,60}?(?:Post|Gate|post|gate|commune|"
                            r"station)[^\S\n]+[a-z]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[^\S\n]+[A-Z\"“]|\n")


def elided(text: str, q: Quantity, prev=None, before=None) -> tuple[str, str, int, None] | None:
    """Return ``(subject, unit, end, None)`` for a bare number that repeats *prev*'s noun.

    A part of things named right after it ("19 of the wives", "14 of the 52
    households") counts those, whatever came before.

    *prev* is the figure found before (``(quantity, subject, unit, end, rate)``)
    or ``None``; *before* the one found before *prev* (its subject's, when *prev*
    only names whose things they are: "the 29 communes of the four districts have
    become 15").

    >>> from geo.figures.numbers import QUANTITY, parse_quantity
    >>> text = "It supports 286 pupils, up from 241 a year ago."
    >>> q = [parse_quantity(m) for m in QUANTITY.finditer(text)]
    >>> elided(text, q[1], (q[0], "pupils", "pupils", 22, None))
    ('pupils', 'pupils', 35, None)
    """
    if q.vague or q.unit or q.value is None:
        return None
    part = _PARTITIVE.match(text, q.end)
    if part and not part["noun"].endswith(("ss", "us", "is")):
        noun = part["noun"]
        return noun, noun.split()[-1], part.end(), None
    lead = _OF_NOUN.search(text, max(0, q.start - 60), q.start)
    if lead and (_FROM_NEXT.match(text, q.end) or _ARE_NEXT.match(text, q.end) or (
            lead["lead"] == "Among" and _DID_NEXT.match(text, q.end))):
        noun = lead["noun"].lower()  # "Of the graduates, 38 are from Phongsaly"
        return noun, noun.split()[-1], q.end, None
    if _FROM_BEFORE.search(text, max(0, q.start - 6), q.start) and _TO_SHARE.match(text, q.end):
        return "share", "%", q.end, None  # "fell from 64.7 to 41.2 percent": a share too
    said = _REACHED.search(text, max(0, q.start - 100), q.start) if _REACH_VERB.search(
        text, max(0, q.start - 20), q.start) else None
    if said and not said["noun"].endswith(("ss", "us", "is")):
        noun = said["noun"].lower()  # "Vehicle crossings reached 68,900"
        if noun.endswith(" numbers"):  # "Visitor numbers pass 2,500": visitors
            noun = noun[:-len(" numbers")] + "s"
        return noun, noun.split()[-1], q.end, None
    if (label := _LABEL.search(text, max(0, q.start - 60), q.start)) and not label[
            "noun"].endswith(("ss", "us", "is")) and _LABEL_NUMBER.match(text, q.start) and (
            noun := label["noun"].lower()).split()[-1] not in NOT_COUNTED:  # ("Views: 1,204")
        return noun, noun.split()[-1], q.end, None  # "2. Joint patrols: 64 with Lao units"
    if _POPULATION.search(text, max(0, q.start - 100), q.start):
        return "people", "people", q.end, None  # "a population of 29,114"
    number_of = _NUMBER_OF.search(text, max(0, q.start - 90), q.start) or _BRINGING.search(
        text, max(0, q.start - 140), q.start)
    if number_of and " from" in number_of[0][-20:] and _PLURAL_NEXT.match(text, q.end):
        number_of = None  # "the number of visitors from 20 countries": the countries'
    if number_of:  # "The number of people crossing the port reached 52,000"
        noun = number_of["noun"].lower()
        return noun, noun.split()[-1], q.end, None
    if prev is None:
        return None
    p_q, subject, unit, p_end, _ = prev
    if p_end <= q.start < p_end + 3 * _REACH and _OF_COUNT.search(
            text, max(0, q.start - 30), q.start) and (
            _FROM_NEXT.match(text, q.end) or _ARE_NEXT.match(text, q.end)):
        return subject, unit, q.end, None  # "Of the 27, 11 are from Nghe An"
    if p_end > q.start or q.start - p_end > _REACH:
        return None
    if unit in _PLACE_NOUNS and _FROM_PLACE.match(text, q.end) and _LIST_OPENS.match(
            text, p_end, q.start) and (
            members := _MEMBERS_OF.search(text, max(0, p_q.start - 40), p_q.start)):
        # "militiamen from four border villages: 14 from Pa Xa Lào, 12 from ...": the
        # numbers count the militiamen, place by place, not villages ("12 villages:
        # seven in Phongsaly" does count villages)
        noun = members["noun"].lower()
        return noun, noun, q.end, None
    ends = len(_SENTENCE_END.findall(text, p_end, q.start))
    of = _OF_THEM.match(text, q.end)
    if of and ends <= 1:
        return subject, unit, of.end(), None
    if ends <= 1 and (_OTHER_BEFORE.search(text, max(p_end, q.start - 16), q.start)
                      or _MORE_AFTER.match(text, q.end)) or not ends and (
            change := _CHANGE_AFTER.match(text, q.end)) and (_UP_BEFORE.search(
                text, max(p_end, q.start - 6), q.start) or change[0].lstrip()[:4] in (
                "more", "fewe", "less")):
        return subject, unit, q.end, None  # "the other eight were found", "64 more were"
    if not ends and _AVERAGE.search(text, max(p_end, q.start - 40), q.start) and (
            rate := _PER.match(text, q.end)):
        return subject, unit, rate.end(), f"per {rate[1].lower()}"  # "an average of 130 a day"
    if not ends and _INTO.search(text, max(p_end, q.start - 40), q.start):
        if before is not None and _OF_THE.search(text, max(0, p_q.start - 8), p_q.start) and \
                not _SENTENCE_END.search(text, before[3], p_q.start):
            return before[1], before[2], q.end, None  # "the 29 communes of the four districts
        return subject, unit, q.end, None  # ... have become 15", "129 units were reorganised
        # into 45", "... became 15"
    if ends <= 1 and _NEW_SENTENCE.fullmatch(text, text.rfind(".", p_end, q.start),
                                             q.start) and _ARE_NEXT.match(text, q.end):
        return subject, unit, q.end, None  # "... inspected 13 markers. Eleven were found intact"
    if not ends and _COLON.fullmatch(text, p_end, q.start):
        return subject, unit, q.end, None  # "27 markers: 17 on ...", "124 stalls on day one: 82"
    if ends == 1 and (item := _NEXT_BULLET.fullmatch(text, p_end, q.start)) and \
            _BULLET_OPENS.match(text, text.rfind("\n", 0, p_q.start) + 1) and (
                item["label"] or _ITEM_PLACE.match(text, q.end)):
        return subject, unit, q.end, None  # "- 165 pupils in Mường Nhé;\n- 148 in Nậm Pồ",
        # "- Điện Biên Phủ city: 135 recruits;\n- Điện Biên district: 260;"
    verb = _VERB.search(text, max(0, q.start - 24), q.start)
    if ends == 1 and _ITEM_END.match(text, q.end) and verb and verb[1] not in _NOT_VERBS and \
            _SUBJECT_OPENS.match(text, text.rfind(". ", p_end, q.start) + 2):
        return subject, unit, q.end, None  # "sent 112 officers. The X post deployed 38, the Y 26"
    if ends:
        return None
    if _BRINGING_TOTAL.search(text, max(p_end, q.start - 140), q.start):
        return subject, unit, q.end, None  # "..., bringing the total since 2024 to 2,930"
    between = text[p_end:q.start]
    if _PART_OF.search(text, max(p_end, q.start - 24), q.start):
        return subject, unit, q.end, None  # "174 learners, of whom 139 passed", "including 58 in X"
    if text.endswith("(", 0, q.start) and text.startswith(")", q.end) and text.endswith(
            "(", 0, p_q.start) and _NAME_ITEM.search(text, max(p_end, q.start - 52), q.start - 1):
        return subject, unit, q.end, None  # "Pa Xa Xá (96 households), Pa Xa Lào (88)"
    if text.startswith(")", q.end) and _FOLLOWED_BY.search(text, max(p_end, q.start - 60),
                                                            q.start):
        return subject, unit, q.end, None  # "X led with 162 houses, followed by Mường Nhé (148)"
    if _BEFORE.search(text, max(p_end, q.start - 40), q.start) or (
            _FROM_BETWEEN.fullmatch(text, p_end, q.start)
            and _TO_BEFORE.search(text, max(0, p_q.start - 30), p_q.start)) or (
            _TO_BETWEEN.fullmatch(text, p_end, q.start)
            and _FROM_BEFORE.search(text, max(0, p_q.start - 30), p_q.start)):
        return subject, unit, q.end, None  # "up from 241", "fell to 1,150 from 1,720"
    if _OF_WHOLE.search(text, max(0, p_q.start - 24), p_q.start) and between.count(",") == 1 \
            and _ITEM_END.match(text, q.end) and (verb := _VERB.search(
                text, max(p_end, q.start - 24), q.start)) and verb[1] not in _NOT_VERBS:
        return subject, unit, q.end, None  # "Of the 171 cases, the X post handled 31,"
    named = _named_item(text, p_end, q.start)
    if _ITEM_END.match(text, q.end) and (named or _same_verb(text, p_q.start, q.start)) or (
            named and _GAP_AFTER.match(text, q.end)):
        return subject, unit, q.end, None  # "X has 74 households, Y 58 and Z 61 in Pa Pang"
    if _OF_FRONT.search(text, max(0, p_q.start - 24), p_q.start) and between.count(",") == 1 \
            and between.rstrip().endswith(","):
        return subject, unit, q.end, None  # "Of its 87 households (who ...), 34 are poor"
    if (_FROM_NEXT.match(text, q.end) or _ARE_NEXT.match(text, q.end)) and _LIST_BEFORE.search(
            text, max(p_end, q.start - 8), q.start):
        return subject, unit, q.end, None  # "38 are from Phongsaly, 21 from ...", ", 88 are Thái"
    if ";" in between and (_GAPPED_END.match(text, q.end) or _BARE_VERB_END.match(text, q.end)):
        return subject, unit, q.end, None  # "...; in 2019, the peak year, 171;"
    if _WITH.search(text, max(p_end, q.start - 8), q.start) and _LIST_NEXT.match(text, q.end):
        return subject, unit, q.end, None  # "..., followed by Luang Prabang with 97,"
    if q.start - p_end <= 120 and "," not in between and _GAP_BEFORE.search(
            text, max(p_end, q.start - 60), q.start) and _GAP_AFTER.match(text, q.end):
        return subject, unit, q.end, None  # "... in Sín Thầu commune and 3 in Sen Thượng"
    if q.start - p_end <= 120 and between.count(",") == 1 and between.rstrip().endswith(",") \
            and _GAP_AFTER.match(text, q.end) and _PARALLEL.match(text, p_end):
        return subject, unit, q.end, None  # "97 were returned at Tây Trang, 31 at Huổi Puốc"
    return None


def _named_item(text: str, lo: int, pos: int) -> bool:
    """Tell whether a list item's name stands right before *pos*: ", Pa Xa Xá 58"."""
    item = _NAME_ITEM.search(text, max(lo, pos - 50), pos)
    return item is not None and all(w[:1].isupper() for w in item["name"].split())


def _same_verb(text: str, before: int, pos: int) -> bool:
    """Tell whether the verb before *pos* is the one before the figure at *before*.

    "The Sen Thượng post made 74 patrols, while the Leng Su Sìn Border Post made 61".
    """
    a = _VERB.search(text, max(0, before - 20), before)
    b = _VERB.search(text, max(0, pos - 20), pos)
    return a is not None and b is not None and a[1] == b[1] and a[1] not in _NOT_VERBS
