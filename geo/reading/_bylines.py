"""A line of a page's head holding a date among other words: a byline, a post line, cells.

Private to :mod:`geo.reading`: :func:`split_dated_line` splits "By Hà Linh | 14/03/2023
10:32", "Posted on November 22, 2010 by rustyrides · Vietnam, Laos" or "Source: Yunnan
Gateway | 2025-04-22 16:05 | Editor: Yang Xue" into the line's text and its date
(:func:`geo.reading.dates.read_date_line` reads the date itself).
"""

from __future__ import annotations

import re

from geo.reading.dates import DAY, PAGE_META, DateRead, read_date_line

__all__ = ["split_dated_line"]

_INNER_LABEL = re.compile(r"\b(?:published|updated|posted)\s*:", re.IGNORECASE)
_BYLINE_SEPARATORS = (" | ", " · ", " -- ", " - ", " – ", " — ", ", ", " / ")
#: A labelled date opening a line of fields, and the next field ("... Source: Yunnan Net")
_LABEL_FIRST = re.compile(r"(?:published|updated?|posted)\s*:", re.IGNORECASE)
_NEXT_FIELD = re.compile(r"\s(?=[A-Z][A-Za-z]{1,20}(?:\s[A-Za-z]{1,20})?:\s)")
_INITIALS = re.compile(r"[A-ZĐ]{2,6} (?=\d)")
_DATE_BY = re.compile(r"(?P<date>.+?\d.*?)\s+by\s+(?P<name>[A-ZĐ][^\d|]{1,60})$")
#: A blog's post line, whoever wrote it and whatever follows: "Posted on November 22, 2010 by
#: rustyrides · Vietnam, Laos · 14 comments", "Posted in March 2016 by Tom H.", "Posted March
#: 2021 in Fieldnotes · 7 min read"
_POSTED_BY = re.compile(r"posted(?:\s+(?:on|in))?\s+(?P<date>[^|·—]{6,40}?\d)\s+(?:by|in)\s+\S",
                        re.IGNORECASE)


def split_dated_line(key: str) -> tuple[str, DateRead] | None:
    """Split "By Hà Linh | 14/03/2023 10:32" into its text and its date, else ``None``.

    The date may also come first ("06/11/2025 09:15 | Thu Hà", "Posted on
    November 18, 2025 by Jess Harlow": the text is then "By Jess Harlow").
    """
    if len(key) > 120 or not any(c.isdigit() for c in key):
        return None
    if (posted := _POSTED_BY.match(key)) and (found := read_date_line(
            f"Posted: {posted['date']}")):
        rest = key[posted.end("date"):].strip()
        return ("By" + rest[2:] if rest[:3] == "by " else rest), found
    for sep in _BYLINE_SEPARATORS:
        at = key.find(sep)
        while at > 0:
            found = read_date_line(key[at + len(sep):])
            if found:
                return key[:at].strip(), found
            if found := read_date_line(key[:at]):
                return key[at + len(sep):].strip(), found
            at = key.find(sep, at + 1)
    if (caps := _INITIALS.match(key)) and (found := read_date_line(key[caps.end():])):
        return caps[0].strip(), found  # "KPL 14/03/2019 10:05": an agency's initials first
    by = _DATE_BY.match(PAGE_META.sub("", key))
    if by and (found := read_date_line(by["date"])):
        return f"By {by['name']}", found
    if key[:3].lower() == "by ":  # "By Hoang Phuong March 4, 2026 | 08:30 am GMT+7"
        at = key.find(" ", 3)
        while at > 0:
            if found := read_date_line(key[at + 1:]):
                return key[:at].removesuffix(" on"), found  # "by Linh Pham on 7 March 2023"
            at = key.find(" ", at + 1)
    for sep in ("|", " · "):
        cells = [c.strip() for c in key.split(sep)]
        if len(cells) >= 3 and all(cells):  # "Source: Yunnan Gateway | 2025-04-22 16:05 |
            # Editor: Yang Xue", "Saigon Times Weekly, No. 12 (1998) · Saturday, 21.03.1998 ·
            # Economy" (not a table's row, "| Established | 1 July 2025 |")
            for k, cell in enumerate(cells):
                if (found := read_date_line(cell)) and found.precision == DAY:  # (not
                    # "Published: 2025" over a wire lead)
                    return f" {sep.strip()} ".join(cells[:k] + cells[k + 1:]), found
    if _LABEL_FIRST.match(key):  # "Published: 20/01/2026 Source: Yunnan Net Reporter: Chen Lu"
        for field in _NEXT_FIELD.finditer(key):
            if (found := read_date_line(key[:field.start()])) and found.precision == DAY:
                return key[field.start():].strip(), found
    label = _INNER_LABEL.search(key)  # "By Global Times Published: Oct 27, 2025 09:48 PM"
    if label and label.start() > 0 and (found := read_date_line(key[label.start():])):
        return key[:label.start()].strip(), found
    return None
