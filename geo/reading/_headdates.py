"""The dates of a page's head written among its other items.

Private helpers of :mod:`geo.reading._head`: a date among labelled fields,
a section's name, a paper's issue or the page's short items ("Source:
Xinhua | Editor: huaxia | 2025-10-21 18:32:05", "News | 20 May 2016", "SGT
Daily No. 1127 - 15/4/1999"), and a labelled date inside a line of the head.
"""

from __future__ import annotations

import re

from geo.reading._bylines import split_dated_line
from geo.reading.dates import DateRead, read_date_line

__all__ = ["AGENCY", "OUTLET_WORDS", "dated_furniture", "labelled_inside"]

_LABELLED = frozenset({"published", "posted", "updated", "date-field"})
_HEAD_CELLS = re.compile(r" [|·] ")  # "TRANSCRIPT · Segment 3 · Broadcast 19/04/2024"
# an outlet's initials before a date line: "WVR", "VNA", "VOV.VN"; its site: "guardian.co.uk";
# or its one-word name in two capitals: "VietnamPlus", "VnExpress", "VietNamNet"; or a name
# ending in a press word: "Agence France-Presse", "Associated Press", "Vietnam News Agency"
AGENCY = re.compile(r"[A-ZĐ]{2,6}(?:\.[A-Za-z]{2,3})?"
                    r"|(?:www\.)?[a-z0-9-]{3,30}(?:\.[a-z]{2,6}){1,2}"
                    r"|[A-Z][a-z]+[A-Z][A-Za-z]+"
                    r"|(?:[A-Z][a-z]+[ -]){1,3}(?:Press|Presse|News|Agency|Service)")
#: ... or its name in words, some in lower case: "Biên phòng - Sunday, 25/07/2021 07:45"
#: (tried after a byline's test: a person's name, all capitals, matches it too)
OUTLET_WORDS = re.compile(r"[A-ZĐ][^\W\d_]*(?:[^\S\n][^\W\d_]+){1,3}")
# labelled fields around a date: "Source: Xinhua | Editor: huaxia | 2025-10-21 18:32:05",
_FIELDS = re.compile(r"[A-Z][A-Za-z]+\s*:\s*[^|:]{1,40}"  # "... | Category: Defence | Print"
                     r"(?:\|\s*(?:[A-Z][A-Za-z]+\s*:\s*)?[^|:]{1,40})*")
# a date first, then the page's short items: "14/09/2024 10:25 | Provinces | Views: 417"
_ITEMS_AFTER_DATE = re.compile(r"^\d[\d/.:\s-]*\d(?:\s*\|\s*[^|\s]+(?:\s[^|\s]+){0,2}){1,4}\s*$")
# a section's name before the date: "News | 20 May 2016", "Press release | 3 March 2024"
_SECTION_CELL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}")
# a paper's issue before its date: "SGT Daily No. 1127 - 15/4/1999", "Vol. 12, No. 3 | ...",
# "Saigon Times Weekly, No. 12 (1998) · Saturday, 21.03.1998 · Economy" (and its section)
_ISSUE = re.compile(r"(?:[A-Z][\w&.'-]*,?\s+){0,4}(?:Vol\.?\s*\d{1,4},?\s+)?"
                    r"(?:No\.?|Issue)\s*\d{1,5}(?:\s\((?:19|20)\d{2}\))?"
                    r"(?:\s[|·]\s[A-Z][a-z]+(?:\s[a-z]+){0,2})?")


def dated_furniture(key: str) -> DateRead | None:
    """Return the date of a line of the page's items around a date, else ``None``.

    "Source: Xinhua | Editor: huaxia | 2025-10-21 18:32:05", "14/09/2024 10:25 |
    Provinces | Views: 417", "8 May 2023 | Feature story | Hanoi", "SGT Daily
    No. 1127 - 15/4/1999", "English news bulletin | 21.07.1997 | 13:00 GMT".
    """
    dated = split_dated_line(key)
    if dated and (_FIELDS.fullmatch(dated[0]) or _ITEMS_AFTER_DATE.match(key)
                  or _SECTION_CELL.fullmatch(dated[0])
                  or _ISSUE.fullmatch(dated[0])):
        return dated[1]
    return _date_among_cells(key) if " | " in key or " · " in key else None


def _date_among_cells(key: str) -> DateRead | None:
    """Return the one date of a line of short cells: the page's items around its date.

    "8 May 2023 | Feature story | Hanoi, Viet Nam", "Culture - Society | 22/09/2025 07:45",
    "KPL | 19 August 2025 | Politics", "*People's Army Newspaper Online* · Military - Defence
    · Tuesday, January 20, 2026 09:12": two to five cells, the others of eight words at most,
    no sentence; a day or a month, not a year.
    """
    cells = [cell.strip(" *_") for cell in _HEAD_CELLS.split(key)]
    if not 2 <= len(cells) <= 5:
        return None
    found = [d for cell in cells if (d := read_date_line(cell)) is not None]
    if len(found) != 1 or found[0].precision == "year" or any(  # ("Published: 2025" says
            len(cell.split()) > 8 or cell.endswith(".") for cell in cells):  # less than a
        return None  # wire's "KUNMING, June 3 (Xinhua)" after it)
    return found[0]


def labelled_inside(key: str) -> DateRead | None:
    """Return a date inside a line of the head, if any.

    Labelled ("Source: X  Published: ...") or after an outlet's initials ("WVR
    - December 12, 2025 | 10:15").
    """
    dated = split_dated_line(key)
    ok = dated and (dated[1].pattern in _LABELLED or AGENCY.fullmatch(dated[0]))
    if ok or (" | " not in key and " · " not in key):
        return dated[1] if ok else None  # else "Discovery | Broadcast: Monday, 16/09/2019 | ..."
    return next((found for cell in _HEAD_CELLS.split(key) if (found := read_date_line(
        cell.strip())) is not None and found.pattern in _LABELLED), None)  # or " · " between
