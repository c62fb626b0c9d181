"""Counts with a singular noun, as text translated word for word writes them.

Private to :mod:`geo.figures.extract`.  English counts take a plural noun
("3 suspects", "16 markers"); text translated from Vietnamese word for word
often does not ("arrest 3 subject", "16 landmark", "14 bản and 1,126
household", "29 border commune of 4 huyện").  After a capitalised word the
number is part of a name ("Nậm Nhừ 3 village").  A number above one followed by
a singular noun of the things border news counts (people, households,
places, vehicles, seizures, patrols), maybe after one modifier, is read as
that count; any other singular word after a number counts nothing, as
before.  A hyphenated size counts what the thing holds ("a 120-bed school",
"a 3-storey house": 120 beds, 3 storeys).
"""

from __future__ import annotations

import re

__all__ = ["IRREGULAR_PLURALS", "SIZE_NOUNS", "is_plural", "singular_count"]

#: Plural nouns without an -s: "19 criteria", "46 children", "30 men".
IRREGULAR_PLURALS = frozenset("personnel people staff police militia children men women cattle "
                              "livestock equipment youth criteria phenomena sheep poultry swine "
                              "aircraft".split())
#: Words in -s that are no plural nouns.
_NOT_NOUN = frozenset("is was has as its this thus us plus various serious previous numerous "
                      "across always perhaps unless whereas towards less".split())


def is_plural(word: str) -> bool:
    """Tell whether a lower-case word reads as a plural noun ("households", "men", "criteria")."""
    if word in IRREGULAR_PLURALS:
        return True
    if len(word) > 5 and word.endswith(("men", "schoolchildren", "people")):  # militiamen,
        return True  # policemen, schoolchildren, townspeople (not a family's grandchildren)
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_NOUN)

#: Singular nouns of things border news counts → the plural used as unit.
_NOUNS = {w: w + "s" for w in (
    "subject suspect case household house home motorbike motorcycle car truck vehicle gun "
    "weapon commune village district province landmark marker board sign trail path "
    "citizen person child pupil student learner teacher officer soldier militiaman patrol "
    "seedling cow buffalo pig goat tree package bag pill tablet cake bar brick block turn "
    "meeting class classroom school post station gate delegation gift ton tonne").split()}
_NOUNS.update({"person": "people", "child": "children", "militiaman": "militiamen",
               "buffalo": "buffaloes",
               # Vietnamese classifiers and units left in translated text
               "bản": "villages", "xã": "communes", "huyện": "districts", "bánh": "cakes",
               "hộ": "households", "đồn": "posts"})
#: One modifier allowed between the number and the noun ("29 border commune").
_MODIFIERS = frozenset("border poor illegal homemade new old remote local lao vietnamese "
                       "chinese foreign main secondary synthetic".split())
_WORD = re.compile(r"[^\S\n]+([^\W\d_][\w\u0300-\u036f]*)")
_NEXT_PLURAL = re.compile(r"[^\S\n]+[^\W\d_]+s\b")


#: What a hyphenated count says a thing holds: "a 120-bed school", "a 4-lane road".
SIZE_NOUNS = {"bed": "beds", "room": "rooms", "classroom": "classrooms", "seat": "seats",
               "storey": "storeys", "story": "storeys", "lane": "lanes", "member": "members",
               "apartment": "apartments", "stall": "stalls", "booth": "booths"}
_SIZED = re.compile(rf"-({'|'.join(SIZE_NOUNS)})\b(?!-)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[^\W\d_][\w\u0300-\u036f]*[^\S\n]+$")


def singular_count(text: str, start: int, pos: int) -> tuple[list[str], str, int] | None:
    """Return ``(words, unit, end)`` of a singular count noun after *pos*, or ``None``.

    The words end with the noun's plural (what a theme reads).

    *start* is where the number starts, *pos* where it ends.

    >>> singular_count("arrest 3 subject transport", 7, 8)
    (['subjects'], 'subjects', 16)
    >>> singular_count("29 border commune of 4", 0, 2)
    (['border', 'communes'], 'communes', 17)
    >>> singular_count("5 star hotel", 0, 1) is None
    True
    >>> singular_count("near Nậm Nhừ 3 village", 13, 14) is None
    True
    >>> singular_count("a 120-bed school", 2, 5)
    (['beds'], 'beds', 9)
    """
    sized = _SIZED.match(text, pos)
    if sized:  # "a 120-bed school", "a 3-storey house": the count of what it holds
        noun = sized.group(1).lower()
        return [SIZE_NOUNS[noun]], SIZE_NOUNS[noun], sized.end()
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name and name.group()[0].isupper():
        return None  # "near Nậm Nhừ 3 village", "Team 2 post": a name with a number
    words: list[str] = []
    end = pos
    for _ in range(2):
        w = _WORD.match(text, end)
        if w is None:
            return None
        low = w.group(1).lower()
        if low in _NOUNS:
            if _NEXT_PLURAL.match(text, w.end()) and low not in ("bản", "xã", "huyện"):
                return None  # "3 case studies": a modifier of a plural noun
            return [*words, _NOUNS[low]], _NOUNS[low], w.end()
        if words or low not in _MODIFIERS:
            return None
        words.append(w.group(1))
        end = w.end()
    return None
