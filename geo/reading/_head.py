"""The head of a page: the lines before its text (see :mod:`geo.reading.articles`).

Menus, the outlet's name and the section over the title, date lines, stamps
and metadata are furniture; the title is the first other line; date lines,
bylines, share buttons and an outlet's credit right after it are head too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.model import Span
from geo.reading._around import (
    BANNER,
    BREADCRUMB,
    COVER_FIELD,
    caption_over_dateline,
    is_paragraph,
    is_prose,
    over_banner,
    over_crumbs,
    over_fields,
    short_before_text,
    tagline,
)
from geo.reading._bylines import split_dated_line
from geo.reading._furniture import (
    MAX_SHORT_LINE,
    SENTENCE_END,
    byline_name,
    is_furniture_start,
    is_masthead,
    is_name_line,
    is_section_label,
    is_spaced_menu,
    line_key,
    match_dateline,
)
from geo.reading._headdates import AGENCY, OUTLET_WORDS, dated_furniture, labelled_inside
from geo.reading._lines import Line, over_letterhead, text_is_space
from geo.reading.dates import (
    UNLABELLED,
    DateRead,
    cells_of,
    cover_month,
    is_stamp_line,
    read_date_line,
    unmark,
)

__all__ = ["BREADCRUMB", "META", "SENTENCE_END", "Head", "is_prose", "read_head"]

#: How far down a page its head is looked for.
_HEAD_REACH = 100
#: A line of markup alone: a Markdown image or link, a horizontal rule, "=== TEXT ===".
_MARKUP_ONLY = re.compile(r"^(?:!?\[[^\]]*\]\([^)]*\)\s*)+$"
                          r"|^[=\-*_~#]{3,}(?:\s*\w+\s*[=\-*_~#]{3,})?$")
META = re.compile(r"^(?:url|link|source|outlet|site|author|category|section|language|lang|"
                   r"id|slug|canonical|publisher|covering|period|reporting\s+period|"
                   r"from|to|cc|reply-to|list-unsubscribe|message-id)\s*:\s*\S",  # a mail's
                  re.IGNORECASE)  # scraper metadata above the page ("url: ...", "Source: VNA")
#: A scraper's field, in lower case: "og:title: ...", "fetched_at: ...", "extractor: ...".
_FIELD = re.compile(r"^(?!title\s*:)[a-z][a-z_:.-]{1,30}\s*:\s*\S")
_TITLE_LABEL = re.compile(r"(?:title|subject|thread|topic|chủ đề|chu de)\s*:\s*", re.IGNORECASE)
#: A line of short cells under a title: a forum poster's "name | rank | Posts: 1.284".
_CELLS = re.compile(r"[^|\n]{1,40}(?:[^\S\n]\|[^\S\n][^|\n]{1,40}){2,}(?<![.!?])")
# "By Global Times staff reporter Liu Xin in Jiangcheng": a byline in words, not a headline
_STAFF_BYLINE = re.compile(r"^by\s+\S.{0,100}$(?<![.!?])", re.IGNORECASE)


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
    "Home | Politics"); an upper-case one also by a stamp, a date line or another
    label; one of at most four words also by a longer title-like line, or by
    another such label ("Viet Nam News", "Economy", then the title).  A title is
    followed by its date, its text or nothing of the kind.
    """
    key = lines[i].key
    words = sum(any(c.isalpha() for c in w) for w in key.split())
    if key.endswith(SENTENCE_END) or depth > 2:
        return False
    if words <= 12 and over_crumbs(lines, i):  # "United Nations Office on Drugs and Crime",
        return True  # "UNODC Regional Office for ...", then "Home > Press releases > 2024"
    if words > (8 if key.isupper() else 6) or len(key) > 80:
        return False
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].key), None)
    if j is None:
        return False
    nxt = lines[j].key
    if (BREADCRUMB.match(nxt) and not split_dated_line(nxt)) or is_section_label(nxt) \
            or is_spaced_menu(lines[j].raw):
        return True  # (not "Source: Xinhua | Editor: huaxia | 2023-03-14 18:32")
    if key.upper() == key and any(c.isalpha() for c in key) and (
            is_stamp_line(nxt) or read_date_line(nxt) or _is_head_label(lines, j, depth + 1)
            or tagline(lines, j)):
        return True  # "PEOPLE'S ARMY NEWSPAPER ONLINE" over "National Defence - Border Guard"
    if (words > 4 or nxt.endswith(SENTENCE_END) or read_date_line(nxt) or META.match(nxt)
            or split_dated_line(nxt) or is_name_line(nxt)):
        return False  # a title over its text, its date or its byline
    return len(nxt.split()) >= max(5, words + 1) or _is_head_label(lines, j, depth + 1)


def read_head(lines: list[Line]) -> Head:
    """Read the head of a page: its furniture, title, dates and byline; where the body starts.

    Line by line from the top (menus, labels, date lines, then the title);
    when that gives a site's chrome for a title (a page copied whole from a
    browser, with its menu one item a line; a Markdown page; a scraper's
    dump), the title is the Markdown heading, else the headline right before
    the first paragraph (:func:`_head_by_text`).
    """
    head = _head_by_lines(lines)
    if _chrome_title(head, lines):
        head = _head_by_text(lines) or head
    _dates_under_lead(lines, head)
    return head


def _head_by_lines(lines: list[Line]) -> Head:
    head = Head(dates=[], furniture=[])
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        if not ln.key:
            i += 1
            continue
        found = read_date_line(ln.key) or dated_furniture(ln.key)  # (over the title too)
        cells, in_cell = cells_of(ln.raw) if "\t" in ln.raw or "   " in ln.raw else ([], None)
        if found or in_cell:  # a line of cells: "No. 214/BC-PCMT<TAB>Điện Biên, 6 July 2023"
            head.dates.append((i, found or in_cell))
        elif len(cells) > 1 and any(BANNER.match(c) for c in cells):
            pass  # "BORDER GUARD COMMAND OF ĐIỆN BIÊN PROVINCE<TAB>SOCIALIST REPUBLIC OF VIETNAM"
        elif not (is_section_label(ln.key) or is_stamp_line(ln.key) or META.match(ln.key)
                  or (head.furniture and tagline(lines, i))
                  or _FIELD.match(ln.key) or BREADCRUMB.match(ln.key) or _MARKUP_ONLY.match(ln.key)
                  or is_spaced_menu(ln.raw) or BANNER.match(ln.key) or over_banner(lines, i)
                  or over_letterhead(lines, i) or is_masthead(ln.key)
                  or _is_head_label(lines, i)):
            break
        elif found := labelled_inside(ln.key):
            head.dates.append((i, found))  # "Source: Global Times  Published: Oct 22, ..."
        head.furniture.append(i)
        i += 1
    if i < n and match_dateline(lines[i].raw) is None and _is_title(lines[i].key):
        _set_title(head, lines, i)
        i = _after_title(head, lines, i + 1)
    head.body_idx = i
    return head


def _set_title(head: Head, lines: list[Line], i: int) -> None:
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
    head.title_span = Span(start, max(start, ln.start + len(ln.raw.rstrip())))  # not "# "
    head.title = ln.raw[start - ln.start:].rstrip()


def _after_title(head: Head, lines: list[Line], i: int) -> int:
    """Read the head's lines after the title (dates, bylines, share buttons); return the body's."""
    n = len(lines)
    while i < n:
        key, raw = unmark(lines[i].key), lines[i].raw
        found = read_date_line(key) if key else None
        if not found and ("\t" in raw or "   " in raw):  # "AIR: 04/08/2025 06:00   DURATION: ..."
            found = cells_of(raw)[1]
        if not found and key:
            found = dated_furniture(key)
        if found or (key and (is_stamp_line(key) or META.match(key) or _FIELD.match(key)
                              or key == line_key(head.title or ""))):
            if found:
                head.dates.append((i, found))
            head.furniture.append(i)
        elif key and key.lower().startswith("by ") and is_name_line(key):
            head.byline = byline_name(key)
        elif key and (dated := split_dated_line(key)) and (
                (agency := AGENCY.fullmatch(dated[0])) or is_name_line(dated[0].rstrip(". "))
                or (agency := OUTLET_WORDS.fullmatch(dated[0]))):
            head.dates.append((i, dated[1]))
            if agency:
                head.furniture.append(i)  # "WVR - December 12, 2025 | 10:15"
            else:
                head.byline = byline_name(dated[0].rstrip(". "))  # "By Hà Linh | 14/03/2023"
        elif key and len(key) <= 160 and is_masthead(key):
            head.furniture.append(i)  # "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN – ĐIỆN BIÊN ..."
        elif key and len(key) <= 160 and (found := labelled_inside(key)):
            head.dates.append((i, found))  # "Statistical Office | ... | Released 30/06/2020"
            head.furniture.append(i)
        elif key and (COVER_FIELD.match(key) or _CELLS.fullmatch(key)) and len(key) <= 100:
            head.furniture.append(i)  # a report's cover ("Reporting period: ..."), a poster
        elif key and (BREADCRUMB.match(key) or is_furniture_start(key)
                      or _MARKUP_ONLY.match(key) or short_before_text(lines, i)
                      or over_fields(lines, i)
                      or caption_over_dateline(lines, i)):
            head.furniture.append(i)  # "Share: Facebook | Zalo", a menu, "Tuoi Tre News"
        elif key and (cover := _dated_cover(lines, i)) is not None:
            j, found = cover
            head.dates.append((j, found))
            head.furniture.extend(k for k in range(i, j + 1) if lines[k].key)
            i = j  # a report's cover: its subtitle, its author, "Hanoi, March 2016"
        elif key:
            break
        i += 1
    return i


def _dated_cover(lines: list[Line], i: int) -> tuple[int, DateRead] | None:
    """Return a placed or labelled date (its line, the date) under one to three short lines.

    A report's cover ("Project completion report ..." / "Mekong Energy
    Access Partnership" / "Hanoi, March 2016"), a brief's number over
    "Published: 21 July 2020", a subtitle over its month alone ("June 2014";
    "Cross-border malaria surveillance in ..." / "(Phongsaly – Dien Bien –
    Jiangcheng)" / "Report of the joint field assessment" / "March 2008");
    not a deck over its writer and a bare date
    ("KENJI SATO, Nikkei staff writer" / "September 4, 2025": the writer's).
    """
    seen = 0
    for j in range(i, min(len(lines), i + 6)):
        key = unmark(lines[j].key)
        if not key:
            continue
        if found := read_date_line(key) or (seen and cover_month(key)):  # ("June 2014")
            return (j, found) if seen and found.pattern not in UNLABELLED else None
        if seen == 3 or len(key) > 160 or key.endswith(SENTENCE_END):
            return None
        seen += 1
    return None


def _chrome_title(head: Head, lines: list[Line]) -> bool:
    """Tell a title that is a site's chrome: none, a word or three, markup, "Skip to ..."."""
    title = head.title
    if title is None or len(title.split()) <= 3 or _MARKUP_ONLY.match(title):
        return True
    if title.lower().startswith(("skip to", "hotline", "menu", "[", "!", "===")) or "](" in title:
        return True
    return any(ln.raw.startswith("# ") for ln in lines[:_HEAD_REACH]) and not \
        lines[head.title_idx].raw.startswith("# ")


def _head_by_text(lines: list[Line]) -> Head | None:
    """Find the title by the text: a Markdown heading, else the headline before the lead."""
    reach = min(len(lines), _HEAD_REACH)
    t = next((i for i in range(reach) if lines[i].raw.startswith("# ")), None)
    if t is not None and len(lines[t].key.split()) <= 3:  # "# Wandering Wheels", a site's
        t = _story_heading(lines, t, reach) or t  # name over its menu and the story's "## "
    if t is None:
        lead = next((i for i in range(reach) if is_paragraph(lines[i])), None)
        if lead is None:
            return None
        for j in range(lead - 1, -1, -1):
            key = unmark(lines[j].key)
            if not key or _passes_over(lines, j):
                continue
            if key.endswith("-"):  # a wrapped paragraph's line ("... the gravity-fed wa-")
                break
            words = [w for w in key.split() if len(w) >= 3 and w[0].isalpha()]
            if 3 <= len(words) and len(key.split()) <= 30 and len(key) <= 250 \
                    and not key.endswith(":") and not _FIELD.match(key):
                t = j
                break
            if len(key.split()) > 6 or key.endswith(SENTENCE_END):
                break  # text, not the buttons and labels between a headline and its lead
        if t is None:
            return None
    head = Head(dates=[], furniture=[])
    for i in range(t):
        if lines[i].key:
            head.furniture.append(i)
            key, raw = unmark(lines[i].key), lines[i].raw
            if found := read_date_line(key) or labelled_inside(key) or (
                    cells_of(raw)[1] if "\t" in raw or "   " in raw else None):
                head.dates.append((i, found))  # (a letterhead's cell, as _head_by_lines)
    _set_title(head, lines, t)
    head.body_idx = _after_title(head, lines, t + 1)
    return head


def _story_heading(lines: list[Line], t: int, reach: int) -> int | None:
    """Return the "## " heading under a site's name *t* and over the first paragraph, if any."""
    for i in range(t + 1, reach):
        if lines[i].raw.startswith("## "):
            return i
        if is_paragraph(lines[i]):
            return None
    return None


def _passes_over(lines: list[Line], j: int) -> bool:
    """Lines between a headline and its lead: dates, bylines, share buttons, markup."""
    key = unmark(lines[j].key)
    return bool(read_date_line(key) or is_stamp_line(key) or META.match(key) or _FIELD.match(key)
                or is_furniture_start(key) or _MARKUP_ONLY.match(key) or is_name_line(key)
                or split_dated_line(key) or len(key.split()) <= 3 or _STAFF_BYLINE.match(key))


def _dates_under_lead(lines: list[Line], head: Head) -> None:
    """Take a date line right under the lead ("Updated: 18/09/2025 15:27" after the sapo).

    A byline may stand between them ("By Hà Linh" then "September 18, 2025").
    """
    if head.dates or head.body_idx >= len(lines) or not (
            is_paragraph(lines[head.body_idx]) or len(lines[head.body_idx].key.split()) >= 12):
        return  # (a standfirst may end without a stop: "... a place of trade and selfies")
    i = head.body_idx + 1  # the lines after the lead's (blank lines skipped) only
    byline = None
    for _ in range(2):
        while i < len(lines) and not lines[i].key:
            i += 1
        key = lines[i].key if i < len(lines) else ""
        found = read_date_line(key) if key and len(key) <= 60 else None
        # ... or the writer with the date: "Claire Vong · Sunday, June 9th, 2024 · 7 min read"
        dated = split_dated_line(key) if key and len(key) <= 60 and not found else None
        named = dated is not None and byline is None and is_name_line(dated[0])
        if found or dated and (AGENCY.fullmatch(dated[0]) or named) and (found := dated[1]):
            head.dates.append((i, found))  # ("guardian.co.uk, Tuesday 17 March 2009 13.05 GMT")
            head.furniture.extend([i] if byline is None else [byline, i])
            if byline is not None or named:
                head.byline = byline_name(dated[0] if named else lines[byline].key)
            _standfirst_over(lines, head, i + 1)
            return
        if not is_name_line(key) or byline is not None:  # "By Hà Linh", "Linh Pham"
            return
        byline = i
        i += 1


def _standfirst_over(lines: list[Line], head: Head, i: int) -> None:
    """Make a lead without a stop over its byline and date a standfirst, if text follows."""
    lead = unmark(lines[head.body_idx].key)  # ("*... this week.*": a sentence in italics)
    if lead.endswith(SENTENCE_END):
        return
    short = []  # a page's links between the date and the text: "Article history"
    for j in [k for k in range(i, min(len(lines), i + 8)) if lines[k].key][:3]:
        if is_paragraph(lines[j]):
            head.furniture.extend([head.body_idx, *short])
            head.body_idx = j
            return
        if len(lines[j].key.split()) > 3:
            return
        short.append(j)

