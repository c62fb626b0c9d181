"""The noun phrase a number counts: "142 ethnic Mông and Hà Nhì people", "59.7kg of heroin".

Private to :mod:`geo.figures.extract`: :func:`noun_phrase` reads the words after a number
up to the first plural noun (function words and verbs end it; "36 provincial-level and 217
post-level meetings" share a head noun); :func:`subject_of` makes them a figure's subject.
"""

from __future__ import annotations

import re
import unicodedata

from geo.figures._nouns import DEMONYMS, DROP_LEADING, OBJECT_NEXT, OBJECT_VERBS, STOP, VERBS
from geo.figures._singular import is_plural
from geo.figures._standing import after_kind
from geo.figures.numbers import WORD_NUMBERS

__all__ = ["OF", "WORD", "noun_phrase", "subject_of"]

#: A word after a number (a word broken over a line by a hyphen is one word).
WORD = re.compile(r"[^\S\n]+[\"“‘]?([^\W\d_][\w\u0300-\u036f’'\-]*(?:(?<=-)\n[a-z]+)?)[\"”]?")
OF = re.compile(r"[^\S\n]+of\b")
#: After "and" inside a noun phrase, a modifier shared with the word before it.
_MODIFIER_NEXT = re.compile(r"[^\S\n]+(?!(?:a|an|the|of|in|to|for|with|on|at)\b)[^\W\d_]")
_AND_NUM = re.compile(rf"[^\S\n]+and[^\S\n]+(?:\d[\d,.]*|{'|'.join(WORD_NUMBERS)})(?=[^\S\n])",
                      re.IGNORECASE)
_AND_SOLDIERS = re.compile(r"[^\S\n]+and[^\S\n]+soldiers\b")


def _length(words: list[str]) -> int:
    """Count the words of a noun phrase, a name of several syllables as one ("Hà Nhì")."""
    return sum(1 for i, w in enumerate(words)
               if not (i and w[:1].isupper() and words[i - 1][:1].isupper()))


def noun_phrase(text: str, pos: int, *, need_plural: bool,
                share: bool = True) -> tuple[list[str], int]:
    """Read the words counted after *pos*: up to the first plural noun (at most 5 words).

    A name of several syllables is one word ("142 ethnic Mông and Hà Nhì
    people").  With *share*, "36 provincial-level and 217 post-level
    meetings" share the head noun; a measure's "of" phrase never does ("15 kg of heroin and
    350,000 yuan" is two figures).
    """
    words: list[str] = []
    end = own_end = after_kind(text, pos)  # "312 5G base stations"
    shared = False
    while len(words) < 5 or _length(words) < 5:  # (a name's syllables are few: count them then)
        w = WORD.match(text, end)
        if w is None:
            break
        word = w.group(1).replace("-\n", "")  # "146 chil-\ndren": a word broken over a line
        low = word.lower()
        nxt = WORD.match(text, w.end()) if words and words[-1] == "and" else None
        if words and not shared and ((low.endswith("ed") and len(low) > 4 and not (
                nxt and is_plural(nxt.group(1).lower()))) or low in VERBS or (
                low in OBJECT_VERBS and OBJECT_NEXT.match(text, w.end()))):
            break  # "15 kg of heroin seized at ..." (not "temporary and dilapidated houses")
        if low == "and" and words and not shared and _MODIFIER_NEXT.match(text, w.end()):
            # "28 Lào and Khơ Mú women", "124 joint and parallel patrols"
            words.append(word)
            end = w.end()
            continue
        if low == "such" and not words:  # "97 such marriages"
            end = w.end()
            continue
        if low == "head" and not words and OF.match(text, w.end()):
            end = OF.match(text, w.end()).end()  # "264 head of buffalo and cattle"
            continue
        if low in STOP:
            # "36 provincial-level and 217 post-level meetings": share the head noun
            link = (_AND_NUM.match(text, end) if share and low == "and" and words and not shared
                    else None)
            if link is None:
                break
            shared, own_end, end = True, end, link.end()
            continue
        if not shared or is_plural(low):
            words.append(word)
        end = w.end()
        if low in DEMONYMS and not words[:-1]:
            nxt = WORD.match(text, end)
            after = nxt.group(1).lower() if nxt else ""
            if not after or after in STOP or after.endswith("ed"):
                return words, end  # "seven Vietnamese in ...": the nationality is the noun
        if is_plural(low):
            if low == "officers":
                more = _AND_SOLDIERS.match(text, end)
                if more:
                    words.extend(("and", "soldiers"))
                    end = more.end()
            return words, (own_end if shared else end)
    if need_plural:
        return [], pos
    return words, end


def subject_of(words: list[str]) -> str:
    """Return what *words* count, lower case, without leading "new", "other", "and"..."""
    while len(words) > 1 and (words[0].lower() in DROP_LEADING or words[0] in ("and", "or")):
        words = words[1:]  # ("new and repaired houses": houses)
    return unicodedata.normalize("NFC", " ".join(words).lower())
