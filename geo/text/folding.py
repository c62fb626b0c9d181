"""Text folding with offsets kept.

Matching happens on a *folded* copy of an article (lower case, no
diacritics, ``đ`` → ``d``, one kind of space and quote).  Offsets found in the
folded copy map back to the text as read through :class:`Folded`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\r\n\x0b\x0c"
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u02bc": "'", "\u201c": '"',
           "\u201d": '"', "\u201e": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
           "\u2010": "-", "\u2011": "-"}


def _fold_char(ch: str) -> str:
    if ch in _SPACES:
        return " "
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else ch


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    ranges = [(0, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x3000, 0x3001)]
    table: dict[int, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            folded = _fold_char(ch)
            if folded != ch:
                table[cp] = folded
    return table


# Folding changes lengths only for a combining mark or zero-width character
# (dropped) and a run of whitespace holding a space or tab (collapsed to one
# space).  A run of line feeds alone (the blank line between paragraphs) is
# kept, one space per character: no name spans a paragraph break, and keeping
# it leaves the usual article (NFC, blank lines between paragraphs) on the
# length-preserving fast path.  "\r\n" is collapsed: a name may be wrapped
# over one line break ("Border\r\nPost").
_DROPPED = re.compile(f"[\u0300-\u036f{_ZERO_WIDTH}]")
_SPACE_RUN = re.compile("  +")
_LINE_FEEDS = re.compile("\n+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_ASCII_SPLIT = re.compile(r"([^\x00-\x7f]+)")
_ASCII_SPACES = re.compile(r"[\t\r\n\x0b\x0c]")


def _translate(text: str) -> str:
    """Return ``text.translate(_table())``, faster.

    ``str.translate`` with a dict is slow on non-ASCII strings; ASCII runs
    only need ``lower()`` and their whitespace made spaces, so only the
    non-ASCII runs go through the table.
    """
    parts = _NON_ASCII_SPLIT.split(text)
    parts[::2] = [p.lower() for p in parts[::2]]
    parts[1::2] = [p.translate(_table()) for p in parts[1::2]]
    return _ASCII_SPACES.sub(" ", "".join(parts))


def _needs_collapse(original: str, quick: str) -> bool:
    """Whether *quick* (``_translate(original)``) has a run of spaces to collapse.

    A string search for two spaces, then a look at the original characters
    of each pair: only runs of line feeds are kept, and there are about as
    many of them as paragraphs.
    """
    i = quick.find("  ")
    while i >= 0:
        if original[i] != "\n" or original[i + 1] != "\n":
            return True
        # skip the rest of the line feeds; the pair at their end may not be
        i = quick.find("  ", _LINE_FEEDS.match(original, i).end() - 1)
    return False


def _marks(text: str):
    """Yield ``(start, end)`` of each combining mark or zero-width character of *text*."""
    for m in _NON_ASCII.finditer(text):
        for i in range(m.start(), m.end()):
            ch = text[i]
            if ch in _ZERO_WIDTH or unicodedata.combining(ch):
                yield i, i + 1


def _drop(text: str, spans, index) -> tuple[list[str], list[int]]:
    """Remove *spans* (sorted, disjoint) from *text*; carry the offset map *index* along."""
    kept: list[str] = []
    new_index: list[int] = []
    pos = 0
    for a, b in spans:
        kept.append(text[pos:a])
        new_index.extend(index[pos:a])
        pos = b
    kept.append(text[pos:])
    new_index.extend(index[pos:])
    return kept, new_index


def fold(text: str) -> str:
    """Fold *text* for matching: ``"Điện Biên"`` → ``"dien bien"``.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The folded text; combining marks and zero-width characters are
        dropped, whitespace becomes spaces, and runs of whitespace collapse
        to one space unless they are line feeds only (a blank line stays
        two spaces).
    """
    return Folded.of(text).text


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text and the map from folded to original offsets.

    ``index`` is ``None`` when folding kept every character in place (the
    usual case for NFC text), so offsets are the same in both; otherwise
    ``index[i]`` is the original offset of folded character ``i``.
    """

    original: str
    text: str
    index: tuple[int, ...] | None

    @classmethod
    def of(cls, original: str) -> Folded:
        """Fold *original*, keeping a map of offsets when lengths differ."""
        quick = _translate(original)
        if not _DROPPED.search(original) and not _needs_collapse(original, quick):
            return cls(original, quick, None)
        # Drop combining marks and zero-width characters, then collapse runs
        # of spaces; both passes copy whole segments, so the cost is per
        # dropped character, not per character of the text.
        marks = list(_marks(quick))
        if marks:
            kept, index = _drop(quick, marks, range(len(quick)))
            text = "".join(kept)
        else:  # NFC text with a double space: only spaces collapse
            text, index = quick, range(len(quick))
        runs = [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(text)
                if not all(original[index[k]] == "\n" for k in range(m.start(), m.end()))]
        kept, index = _drop(text, runs, index)
        return cls(original, "".join(kept), tuple(index))

    def to_folded(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span ``[start, end)`` to the folded text (inverse of to_original)."""
        if self.index is None:
            return start, end
        return bisect_left(self.index, start), bisect_left(self.index, end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span ``[start, end)`` to a span of the original text.

        The original span keeps combining marks and zero-width characters
        that follow its last letter (NFD text), so it slices to the whole
        surface as read.
        """
        if self.index is None:
            return start, end
        n = len(self.original)
        o_start = self.index[start] if start < len(self.index) else n
        if end <= start:
            return o_start, o_start
        o_end = self.index[end - 1] + 1
        limit = self.index[end] if end < len(self.index) else n
        while o_end < limit and (unicodedata.combining(self.original[o_end])
                                 or self.original[o_end] in _ZERO_WIDTH):
            o_end += 1
        return o_start, o_end


def strip_diacritics(text: str) -> str:
    """Return *text* without diacritics, keeping its case: ``"Điện Biên"`` → ``"Dien Bien"``.

    This is the display form of a name without diacritics; matching uses
    :func:`fold`, which also lower-cases.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))
