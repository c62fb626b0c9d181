r"""Patterns tried only where a word every match holds is written: :class:`Needled`.

Python's regular-expression engine scans fast for a pattern that opens on a
literal ("said"), and slowly, trying the whole pattern at every character, for
one that opens on a word boundary, a look-behind or an alternation of words
("\\b(?:can|may|could) ... death penalty"): 40-120 ns a character, against about
1 ns for ``str.find``.  The figures' place rules search such patterns in a window
around each figure (tens of searches per figure) and almost never find them.  A
:class:`Needled` pattern first asks whether the window holds one of its
*needles*, words that every match contains in what it consumes, and runs the
pattern only then: the same answers, a fraction of the time.

The needles are checked against the window as written (a case-sensitive
pattern) or lower-cased (an ``re.IGNORECASE`` one).  For the latter, needles
hold no "i", "k" or "s": the engine also matches "İ", "ı", "K" (Kelvin) and "ſ"
for them, which ``str.lower`` does not all give back.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

__all__ = ["Needled"]

_ODD_UNDER_LOWER = frozenset("iks")


class Needled:
    r"""A compiled pattern and the words one of which every match consumes.

    Has the ``search`` and ``finditer`` of the pattern, with the same
    arguments and results (not ``match``: an anchored pattern reads no more
    than it matches, and a needle looked for in the whole window would read
    all of it, each time: quadratic on an endless sentence).

    >>> law = Needled(re.compile(r"\b(?:can|may) carry the death"), "death")
    >>> law.search("600 g can carry the death penalty").start()
    6
    >>> law.search("600 g can carry a fine") is None
    True
    """

    __slots__ = ("lower", "needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *needles: str):
        self.pattern = pattern
        self.lower = bool(pattern.flags & re.IGNORECASE)
        if not needles or self.lower and any(_ODD_UNDER_LOWER.intersection(n) or n != n.lower()
                                            for n in needles):
            raise ValueError(f"needles {needles!r} cannot guard {pattern.pattern!r}")
        self.needles = needles

    def _holds(self, text: str, pos: int, endpos: int) -> bool:
        window = text[pos:endpos]  # (a loop, not any(): this runs tens of times a figure)
        if self.lower:
            window = window.lower()
        for needle in self.needles:
            if needle in window:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, where a needle is."""
        return self.pattern.search(text, pos, endpos) if self._holds(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``pattern.finditer``, where a needle is."""
        holds = self._holds(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos) if holds else iter(())
