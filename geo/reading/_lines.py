"""A page's lines: where each starts and ends, its text, and its key for matching."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.model import Span
from geo.reading._furniture import line_key
from geo.reading.dates import cells_of

__all__ = ["Line", "over_letterhead", "split_lines", "text_is_space", "trimmed", "unwrapped"]


@dataclass(slots=True)  # not frozen: a frozen __init__ costs ~1 µs a line
class Line:
    start: int  # offset of the line's first character
    end: int  # offset just past its last character (line break excluded)
    raw: str
    key: str


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for chunk in text.splitlines(keepends=True):
        raw = chunk.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append(Line(pos, pos + len(raw), raw, line_key(raw)))
        pos += len(chunk)
    return lines


def trimmed(lines: list[Line], lo: int, hi: int) -> Span | None:
    """Span from the first to the last non-blank line of ``lines[lo:hi]``, stripped."""
    filled = [ln for ln in lines[lo:hi] if ln.key]
    if not filled:
        return None
    first, last = filled[0], filled[-1]
    start = first.start + len(first.raw) - len(first.raw.lstrip())
    return Span(start, last.start + len(last.raw.rstrip()))


def text_is_space(ch: str) -> bool:
    """Whether *ch* is white space or a zero-width character."""
    return ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff"


def over_letterhead(lines: list[Line], i: int) -> bool:
    """Tell an upper-case name over an official document's number and date.

    ("ĐIỆN BIÊN PROVINCIAL BORDER" / "GUARD COMMAND" / "No. 214/TB-BCH
    <gap> Điện Biên Phủ, 28/12/2023": the left column of a two-column head
    broken over lines.)
    """
    key = lines[i].key
    if len(key) > 120 or key.upper() != key:
        return False
    nxt = [k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].key][:2]
    return any(("\t" in lines[k].raw or "   " in lines[k].raw) and cells_of(lines[k].raw)[1]
               for k in nxt)


#: A wrapped line is this long at least (so is the next when it opens on a number: not a
#: title over its date line); a line of cells (three spaces) is never wrapped.
_WRAPPED_LINE = 40
#: Lines that are no paragraph's: a field ("pubDate: ...", "description: ..."), an address
#: ("vovworld.vn", "https://...", "news@...").
_NOT_PROSE_LINE = re.compile(r"[\w-]+:\s|\S*[./@]\S")
#: A byline alone on its line, under a headline: "by Staff Writers", "by Tran Van Minh"
_BYLINE_LINE = re.compile(r"by\s+[A-ZĐ][\w'’-]*(?:\s+[A-ZĐ][\w'’-]*){0,4}\s*$")


def unwrapped(text: str) -> str:
    """Return *text* with the line breaks of hard-wrapped paragraphs made spaces.

    A break inside a paragraph (a PDF's, a mail's, a clipping's) comes after
    a word, a digit or a comma and before a word in lower case ("... seizing
    312,000 synthetic" / "pills"), or after a word before a number on a long
    line ("from April" / "2011 to ..."); not after a sentence's end or a
    colon, nor in a word broken at a hyphen ("provid-" / "ed": a space would
    not mend it), nor before a byline ("by Staff Writers").  The same length
    (a space for each break joined), so offsets hold; paragraphs (blank
    lines), lists, fields and lines of cells are left as they are.  (A scan
    from line break to line break: a pattern with a look-behind was tried at
    every character, 1 ms an article.)
    """
    out: list[str] | None = None
    i = text.find("\n")
    while 0 <= i < len(text) - 1:
        before, after = text[i - 1] if i else "", text[i + 1]
        if (after.islower() and (before.isalnum() or before == ",")
                or after.isdigit() and before.isalpha()):
            start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i + 1)
            line, nxt = text[start:i], text[i + 1:end if end >= 0 else len(text)]
            if len(line) >= _WRAPPED_LINE and "   " not in line and "   " not in nxt \
                    and (not after.isdigit() or len(nxt) >= _WRAPPED_LINE) \
                    and "\t" not in line and "|" not in line \
                    and not _NOT_PROSE_LINE.match(line) and not _NOT_PROSE_LINE.match(nxt) \
                    and not _BYLINE_LINE.match(nxt):
                if out is None:
                    out = list(text)
                out[i] = " "
        i = text.find("\n", i + 1)
    return text if out is None else "".join(out)
