"""The head of a page: the lines before its text (see :mod:`geo.reading.articles`).

Menus, the outlet's name and the section over the title, date lines, stamps
and metadata are furniture; the title is the first other line; date lines,
bylines, share buttons and an outlet's credit right after it are head too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.model import Span
from geo.reading._furniture import (
    MAX_SHORT_LINE,
    byline_name,
    is_furniture_start,
    is_name_line,
    is_section_label,
    line_key,
    match_dateline,
)
from geo.reading.dates import DateRead, is_stamp_line, read_date_line, split_dated_line

__all__ = ["BREADCRUMB", "META", "SENTENCE_END", "Head", "Line", "read_head", "split_lines",
           "text_is_space", "trimmed"]

SENTENCE_END = (".", "!", "?", "…")
# metadata lines a scraper writes above the page ("url: https://...", "Source: VNA")
META = re.compile(r"^(?:url|link|source|outlet|site|author|category|section|language|lang|"
                   r"id|slug|canonical|publisher)\s*:\s*\S", re.IGNORECASE)
_TITLE_LABEL = re.compile(r"title\s*:\s*", re.IGNORECASE)
# a breadcrumb: "Home | Politics | Society", "News > Border" (short items, no sentence)
BREADCRUMB = re.compile(r"^[^|>»/.!?]{1,40}(?:\s[|>»/]\s[^|>»/.!?]{1,40}){1,12}$")


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


@dataclass(slots=True)
class Head:
    title_idx: int | None = None
    title_span: Span | None = None
    title: str | None = None
    body_idx: int = 0
    dates: list[tuple[int, DateRead]] | None = None
    furniture: list[int] | None = None
    byline: str | None = None


def _is_title(key: str) -> bool:
    if len(key) > MAX_SHORT_LINE or is_furniture_start(key):
        return False
    # a long sentence is the first paragraph of a page without a title
    return not (key.endswith(SENTENCE_END) and len(key.split()) > 15)


def _is_head_label(lines: list[Line], i: int, depth: int = 0) -> bool:
    """Tell the outlet's name or a section over the title ("VietnamPlus", "Society / Law").

    A line of at most six words without a sentence's end, followed by a menu
    or a section label ("ĐIỆN BIÊN PHỦ NEWSPAPER - ENGLISH EDITION" over
    "Home | Politics"); an upper-case one also by a stamp or a date line; one
    of at most four words also by a longer title-like line, or by another
    such label ("Viet Nam News", "Economy", then the title).  A title is
    followed by its date, its text or nothing of the kind.
    """
    key = lines[i].key
    words = sum(any(c.isalpha() for c in w) for w in key.split())
    if words > 6 or len(key) > 80 or key.endswith(SENTENCE_END) or depth > 2:
        return False
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].key), None)
    if j is None:
        return False
    nxt = lines[j].key
    if BREADCRUMB.match(nxt) or is_section_label(nxt):
        return True
    if key.upper() == key and any(c.isalpha() for c in key) and (
            is_stamp_line(nxt) or read_date_line(nxt)):
        return True
    if (words > 4 or nxt.endswith(SENTENCE_END) or read_date_line(nxt) or META.match(nxt)
            or split_dated_line(nxt) or is_name_line(nxt)):
        return False  # a title over its text, its date or its byline
    return len(nxt.split()) >= max(5, words + 1) or _is_head_label(lines, j, depth + 1)


def _is_credit(lines: list[Line], i: int) -> bool:
    """Tell an outlet's credit between the title and the text ("Tuoi Tre News").

    A short line, no sentence, before a paragraph that is one.
    """
    key = lines[i].key
    if len(key) > 40 or len(key.split()) > 4 or key.endswith(SENTENCE_END):
        return False
    nxt = next((ln.key for ln in lines[i + 1:i + 4] if ln.key), "")
    return len(nxt) >= 100 and nxt.endswith(SENTENCE_END)


def read_head(lines: list[Line]) -> Head:
    head = Head(dates=[], furniture=[])
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if not ln.key:
            i += 1
            continue
        found = read_date_line(ln.key)
        if found:
            head.dates.append((i, found))
        elif not (is_section_label(ln.key) or is_stamp_line(ln.key) or META.match(ln.key)
                  or BREADCRUMB.match(ln.key) or _is_head_label(lines, i)):
            break
        head.furniture.append(i)
        i += 1
    if i < n and match_dateline(lines[i].raw) is None and _is_title(lines[i].key):
        ln = lines[i]
        stripped = ln.raw.lstrip()
        hashes = len(stripped) - len(stripped.lstrip("#")) if stripped.startswith("#") else 0
        start = ln.start + len(ln.raw) - len(stripped) + hashes
        while start < ln.end and text_is_space(ln.raw[start - ln.start]):
            start += 1
        label = _TITLE_LABEL.match(ln.raw, start - ln.start)
        if label and label.end() < len(ln.raw.rstrip()):
            start = ln.start + label.end()
        head.title_idx = i
        head.title_span = Span(start, ln.start + len(ln.raw.rstrip()))
        head.title = ln.raw[start - ln.start:].rstrip()
        i += 1
        while i < n:
            key = lines[i].key
            found = read_date_line(key) if key else None
            if found or (key and (is_stamp_line(key) or META.match(key)
                                  or key == line_key(head.title))):
                if found:
                    head.dates.append((i, found))
                head.furniture.append(i)
            elif key and key.lower().startswith("by ") and is_name_line(key):
                head.byline = byline_name(key)
            elif key and (dated := split_dated_line(key)) and is_name_line(dated[0]):
                head.byline = byline_name(dated[0])  # "By Hà Linh | 14/03/2023 10:32"
                head.dates.append((i, dated[1]))
            elif key and (BREADCRUMB.match(key) or is_furniture_start(key)
                          or _is_credit(lines, i)):
                head.furniture.append(i)  # "Share: Facebook | Zalo", a menu, "Tuoi Tre News"
            elif key:
                break
            i += 1
    head.body_idx = i
    return head


def text_is_space(ch: str) -> bool:
    """Whether *ch* is white space or a zero-width character."""
    return ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff"
