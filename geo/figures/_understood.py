"""Counts whose noun is understood from the words around the bare number.

Private to :mod:`geo.figures.extract`, read when no noun follows a number.
Livestock counted by the head with "of cattle" left out: "three cases with
51 head".  Casualties, whose noun is always people: a number right before
the participle ("3 dead and 2 missing", "26 accidents, 11 killed and 31
injured", "Four were injured") or right after the verb with nothing counted
after it ("killed nine people and injured 27", "killing two and injuring
five").  "3 injured people" and "killed 2 buffaloes" name their noun and are
read as before.
"""

from __future__ import annotations

import re

__all__ = ["understood"]

_BARE_HEAD = re.compile(r"[^\S\n]+head\b(?![^\S\n]+[a-z]+s\b)")
#: The states of people a disaster or an attack counts, in the words the press uses.
_STATES = {"dead": "dead", "died": "dead", "perished": "dead", "drowned": "dead",
           "killed": "dead", "injured": "injured", "wounded": "injured", "hurt": "injured",
           "missing": "missing"}
#: ... said of the people counted, maybe passive ("were killed", "have been injured"); not
#: "August 5 and 6 have killed four people" (a date, and the active voice)
_STATE_AFTER = re.compile(r"[^\S\n]+(?:(?:were|was|are|is|got|(?:have|has|had)[^\S\n]+been)"
                          rf"[^\S\n]+)?({'|'.join(_STATES)})\b", re.IGNORECASE)
#: The verb right before: "killed nine people and injured 27", "killing two and injuring five".
_VERB_BEFORE = re.compile(r"\b(kill|injur|wound)(?:ed|ing)[^\S\n]+(?:another[^\S\n]+|at[^\S\n]+"
                          r"least[^\S\n]+)?$", re.IGNORECASE)
#: Nothing counted after the number: punctuation, a conjunction or a place or time after it.
_NOTHING_AFTER = re.compile(r"[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+(?:and|or|in|at|on|during|when|"
                            r"while|since|as|after|last|this|so)\b")
_VERB_STATE = {"kill": "dead", "injur": "injured", "wound": "injured"}


def understood(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    """Return (counted words, end of the quote) of a bare number at ``text[start:end]``."""
    if head := _BARE_HEAD.match(text, end):
        return ["head"], head.end()
    if state := _STATE_AFTER.match(text, end):
        return [_STATES[state.group(1).lower()], "people"], state.end()
    verb = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if verb and _NOTHING_AFTER.match(text, end):
        return [_VERB_STATE[verb.group(1).lower()], "people"], end
    return None
