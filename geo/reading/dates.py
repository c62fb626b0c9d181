"""Date lines of a page: a line that is only a date, maybe labelled, maybe with a time.

Pure functions over line keys (see :func:`geo.reading._furniture.line_key`).
:func:`read_date_line` reads one line that is only a date, maybe labelled
("Updated: 14/03/2023 10:32", "Tuesday, March 14, 2023", "date 2023-03-14",
"Published: 14/03/2023 08:10", "2023-03-14T10:32:00+07:00", a letter's
"Điện Biên, 5 January 2026"), maybe followed by the page's meta ("| Views:
812", "· 5 min read"); each reading says which *pattern* it is
(``date_source`` is ``"text:<pattern>"``) and how precise it is (``day``,
``month`` or ``year``).  :func:`geo.reading._bylines.split_dated_line` splits
a byline and its date.

Numeric dates: ``14/03/2023`` is day-first (no 14th month), ``03/14/2023``
month-first; ``05/06/2021`` could be either, so :func:`read_date_line` keeps
both readings (``alt``) for :mod:`geo.reading.pagedate` to settle with the
page's evidence: an ambiguous date never becomes a confident one.

Timestamps that are not the article's ("Last visited: 20/03/2023",
"Accessed 2023-03-20", "Advertisement 12/03/2023") are :func:`is_stamp_line`;
their year can still anchor a wire lead's "on March 13"
(:func:`geo.reading.pagedate.wire_lead_date`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DAY, MONTH, YEAR = "day", "month", "year"

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
MONTH_PATTERN = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_LABEL_WORDS = (r"(?:last\s+|first\s+|latest\s+)?(?:updated|update|posted|published(?:\s+online)?|"
                r"publish\s+date|pub\s*date|"
                r"publication\s+date|released|broadcast|aired|air(?:\s+date)?|compiled|issued|"
                r"date(?:\s+(?:published|posted|issued|of\s+(?:issue|publication|release)))?|"
                r"issue\s+date|posted\s+date|(?:report|release)\s+date|"  # a report's cover
                r"sent|"  # "Sent:": a mail's head
                r"premiered|streamed\s+live(?:\s+on)?|"  # a video page: "Premiered Oct 12, 2024"
                # a report's cover: "Submitted to the donor: 22 July 2024"
                r"submitted(?:\s+to(?:\s+[^\W\d_]+){1,3})?|"
                r"ngày\s+(?:đăng|cập\s+nhật)|"  # a province's site: "Ngày đăng: 29/12/2025"
                # ... and without its diacritics, or a forum's "Đăng lúc: 17/01/2026 08:15"
                r"ngay\s+(?:dang|cap\s+nhat)|(?:đăng|dang)\s+(?:lúc|luc))")
_LABEL = rf"(?:(?P<label>{_LABEL_WORDS})(?:\s+(?:on|at))?\s*[:\-]?\s*)?"
_WEEKDAY = (r"(?:(?P<wd>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
            r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s+)?")
#: English weekday names' first three letters, Monday first (``date.weekday()``).
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The last day of a weekly's issue of several days, which is dated by its first: "July 7 - 9,
#: 1998", "7-9 July 1998"
_TO_DAY = r"(?:\s*[–-]\s*\d{1,2})?"
_DATE_RE = re.compile(
    r"^" + _LABEL + _WEEKDAY + r"(?:ng[àa]y\s+)?"
    r"(?:" + MONTH_PATTERN.replace("mon>", "mon1>")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?" + _TO_DAY + r",?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})" + _TO_DAY + r"(?:st|nd|rd|th)?(?:\s+|-)"
    + MONTH_PATTERN.replace("mon>", "mon2>")
    + r"(?:,?\s+|-)(?P<y2>\d{4})"  # (a wire's "28-OCT-1997 05:41 GMT")
    # a Vietnamese letter's "ngày 12 tháng 01 năm 2026" (after "ngày", read below)
    r"|(?P<d8>\d{1,2})\s+th[áa]ng\s+(?P<m8>\d{1,2}),?\s+n[ăa]m\s+(?P<y8>\d{4})"
    r"|(?P<a3>\d{1,2})(?P<sep>[/.-])(?P<b3>\d{1,2})(?P=sep)(?P<y3>\d{4})"
    # year first, whatever the separator: "2023-03-14", RFA's "2010.11.04", "2019/7/5"
    r"|(?P<y4>\d{4})(?P<sep4>[-./])(?P<m4>\d{1,2})(?P=sep4)(?P<d4>\d{1,2})"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|" + MONTH_PATTERN.replace("mon>", "mon5>") + r",?\s+(?P<y5>\d{4})"
    r"|(?P<y6>\d{4})-(?P<m6>\d{2})"
    r"|(?P<y7>(?:19|20)\d{2}))"
    r"(?:\s*[,|\-]?\s*(?:at\s+)?\d{1,2}[:h.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s*\(?\s*(?:gmt|utc|ict|pt|et|[a-z][sd]t)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?"
    r"|\s+[+-]\d{2}:?\d{2})?\s*$",  # RFC 822 (feeds, mail): "Tue, 14 Oct 2025 07:45:00 +0700";
    # the Guardian's "Sun 17 Feb 2019 07.00 GMT"
    re.IGNORECASE,
)
# a time written first: "10:32 14/03/2023", "08:10 AM, March 14, 2023", a post on X
# "8:05 AM · Mar 18, 2023"
_TIME_FIRST = re.compile(r"^" + _LABEL + r"(?:at\s+)?"  # "Updated at 14:05 on 22/01/2026"
                         r"\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[,|\-·•]?\s*"
                         r"(?:on\s+)?", re.IGNORECASE)
_STAMP = re.compile(
    r"^(?:(?:last|date|time)\s+)?(?:visited|accessed|retrieved|viewed|downloaded|printed|"
    r"scraped|crawled|fetched|captured|saved|archived|cached|generated)\b\s*(?:on|at)?\s*:?\s*"
    r"|^(?:advertisement|advertising|sponsored(?:\s+content)?|ads?|promoted|quảng\s+cáo)\b"
    r"\s*[:\-|]?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateRead:
    """A date read from one line.

    ``iso`` is ``"2023-03-14"``, ``"2023-03"`` or ``"2023"`` (``precision``
    ``day``, ``month`` or ``year``); ``pattern`` names the form
    (``published``, ``updated``, ``date-field``, ``long-date``,
    ``numeric-date``, ``iso-date``...).  An ambiguous numeric date has the
    day-first reading in ``iso`` and the month-first one in ``alt``.
    """

    iso: str
    precision: str
    pattern: str
    alt: str | None = None


_MONTH_COMMA_DAY = re.compile(r"^(?:(?P<label>updated?|published|posted)\s*:?\s*)?" + MONTH_PATTERN
                              + r",\s*(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?:\s*[-–|,]?\s*"
                              r"\d{1,2}:\d{2}(?:\s*[ap]m)?)?$", re.IGNORECASE)
#: A letter's place before its date: "Điện Biên, 5 January 2026", "Hà Nội, 14/03/2023"; a
#: report's before its month: "Hanoi, March 2016".
_LETTERHEAD = re.compile(r"(?!(?:On|In|At|By|From|Since|Until|Before|After|As|The)\b)"
                         r"[A-ZĐ][^\W\d_]*(?:[ -][A-ZĐ][^\W\d_]*){0,3}"
                         # a press release's "BANGKOK (Thailand), 29 May 2024 –"
                         r"(?:\s\([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2}\))?,\s+"
                         # a report's cover gives its month: "Hanoi, March 2016"
                         r"(?=\d|ng[àa]y\s+\d|[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}\s*$)")
#: The patterns of a date line neither labelled nor placed ("September 4, 2025").
UNLABELLED = ("long-date", "numeric-date", "iso-date")
_LABEL_AFTER = re.compile(r"[A-Za-z][\w ]{1,25}:")
#: A wire's place and agency before its date: "Beijing (AFP) Oct 10, 2006" (Space Daily and
#: its sister sites), "HANOI (Reuters) 3 March 2021"
_WIRE_PLACE = re.compile(r"[A-ZĐ][^\W\d_]*(?:[ -][A-ZĐ][^\W\d_]*){0,3}\s\((?:AFP|AP|Reuters|"
                         r"Xinhua|UPI|VNA|KPL|Bernama|dpa|DPA|Kyodo|Yonhap|ANI|IANS|TASS|EFE)"
                         r"\)\s+")
#: What a page prints after its date: "| Views: 812", "| Print | Font size: A- A+",
#: "· 5 min read", "| 3 comments", "· Reading time: 4 minutes · Words: 410", "· Public"
#: (a social network's post).
PAGE_META = re.compile(r"(?:\s*[|·•]\s*(?:views?\s*:?\s*[\d.,]+|[\d.,]+\s+(?:views?|comments?)|"
                       r"print|share|e-?mail|font\s+size\b.*|a-\s*a\+|comments?\s*:?\s*\d*|"
                       r"article\s+history|"  # "Last Updated: Jan 22, 2026 • Article History"
                       r"\d+\s+min(?:ute)?s?\s+read|duration\s*:.*|public|reading\s+time\s*:?\s*\d+\s*"
                       r"min(?:ute)?s?|words?\s*:\s*[\d.,]+|[\d.,]+\s+words|page\s+\d+(?:\s+of\s+\d+)?"
                       "|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"  # a post's audience: "· 🌏"
                       r"|lượt\s+xem\s*:?\s*[\d.,]+)"  # views, in Vietnamese
                       r"|\s+updated\s+\d+\s+"
                       r"(?:minute|hour|day)s?\s+ago)+\s*$", re.IGNORECASE)


def month_number(name: str) -> int:
    """Return the number of a month's name or abbreviation ("Sept." → 9)."""
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(name))


def _label_pattern(label: str | None) -> str | None:
    if not label:
        return None
    low = " ".join(label.lower().split())
    return ("updated" if "update" in low or "cập nhật" in low or "cap nhat" in low
            else "posted" if low.startswith(("posted", "đăng lúc", "dang luc"))
            else "date-field" if low.startswith(("date", "sent")) else "published")


def unmark(key: str) -> str:
    """Drop Markdown emphasis around a key ("**By Tùng Lâm**", "**Update:** ...", "*Posted on*")."""
    key = key.replace("**", "").strip() if "**" in key else key
    if len(key) > 2 and key[0] == key[-1] and key[0] in "*_":
        key = key[1:-1].strip()
    return key


def read_date_line(key: str) -> DateRead | None:
    """Read a line that is only a date (maybe labelled, maybe with a time).

    Parameters
    ----------
    key : str
        A line key (normalised, collapsed white space).

    Returns
    -------
    DateRead or None
        ``None`` for anything else, for impossible dates ("31/02/2023") and
        for a bare year or year-month without a label ("2023" is a number,
        not a date line).
    """
    if not key or len(key) > 160 or not any(c.isdigit() for c in key):
        return None
    key = unmark(key)  # a cell in emphasis: "· *Published: 8 August 2024*"
    if "|" in key or "·" in key or "•" in key or "go" in key or "GO" in key:  # meta after it
        key = PAGE_META.sub("", key)
    if len(key) > 90:
        return None
    if key[:1] in "([" and key[-1:] in ")]":  # an archive's "(28-06-2005)"
        key = key[1:-1].strip()
    if (at := key.find(" / ")) > 0 and _LABEL_AFTER.match(key, at + 3) and not any(
            c.isdigit() for c in key[:at]):  # a label given twice: "Phát sóng / Aired: ..."
        return read_date_line(key[at + 3:])
    if vns := _MONTH_COMMA_DAY.match(key):  # Viet Nam News: "Update: October, 08/2025 - 09:14"
        iso = valid_iso(int(vns["y"]), month_number(vns["mon"]), int(vns["d"]))
        return iso and DateRead(iso, DAY, _label_pattern(vns["label"]) or "long-date")
    if cover := _COVER_LINE.match(key):  # (a number before the month: an issue's)
        return DateRead(f"{cover['y']}-{month_number(cover['mon']):02d}", MONTH,
                        "letterhead" if cover["no"] is None else "issue-date")
    if issue := _ISSUE_NO.match(key):  # "Issue No. 52, July 7, 1998"
        found = read_date_line(key[issue.end():])
        return found and DateRead(found.iso, found.precision, "issue-date", found.alt)
    m = _DATE_RE.match(key)
    if m is None and (at := _LETTERHEAD.match(key) or _WIRE_PLACE.match(key)):
        rest = key[at.end():].rstrip(" –—-")
        if issue := _ISSUE_MONTH.match(rest):  # "Hanoi, March 2016"
            return DateRead(f"{issue['y']}-{month_number(issue['mon']):02d}", MONTH, "letterhead")
        found = read_date_line(rest)  # "Điện Biên, 5 January 2026"
        ok = found and found.precision == DAY and found.pattern in UNLABELLED
        return DateRead(found.iso, DAY, "letterhead", found.alt) if ok else None
    if m is None:
        t = _TIME_FIRST.match(key)
        if t is None or t.end() == len(key):
            return None
        m = _DATE_RE.match(key[t.end():])
        if m is None or m.group("label"):
            return None
        label = t.group("label")
    else:
        label = m.group("label")
    g = m.groupdict()
    pattern = _label_pattern(label)
    try:
        if g["y1"] or g["y2"]:
            y, mon, d = ((g["y1"], g["mon1"], g["d1"]) if g["y1"]
                         else (g["y2"], g["mon2"], g["d2"]))
            return DateRead(date(int(y), month_number(mon), int(d)).isoformat(), DAY,
                            pattern or "long-date")
        if g["y3"]:
            found = _numeric(int(g["a3"]), int(g["b3"]), int(g["y3"]), pattern or "numeric-date")
            return _by_weekday(found, g["wd"]) if found and found.alt and g["wd"] else found
        if g["y8"]:
            return DateRead(date(int(g["y8"]), int(g["m8"]), int(g["d8"])).isoformat(), DAY,
                            pattern or "long-date")
        if g["y4"]:
            return DateRead(date(int(g["y4"]), int(g["m4"]), int(g["d4"])).isoformat(), DAY,
                            pattern or "iso-date")
    except ValueError:
        return None
    if pattern is None:  # "March 2023", "2023-03", "2023" alone are not date lines
        return None
    if g["y5"]:
        return DateRead(f"{int(g['y5']):04d}-{month_number(g['mon5']):02d}", MONTH, pattern)
    if g["y6"]:
        if not 1 <= int(g["m6"]) <= 12:
            return None
        return DateRead(f"{g['y6']}-{g['m6']}", MONTH, pattern)
    return DateRead(g["y7"], YEAR, pattern)


def _numeric(a: int, b: int, year: int, pattern: str) -> DateRead | None:
    """``a/b/year``: day-first when only that reads, month-first when only that reads."""
    day_first = valid_iso(year, b, a)
    month_first = valid_iso(year, a, b)
    if day_first and month_first and a != b:
        return DateRead(day_first, DAY, pattern, alt=month_first)
    found = day_first or month_first
    return DateRead(found, DAY, pattern) if found else None


def _by_weekday(found: DateRead, weekday: str) -> DateRead:
    """Settle an ambiguous numeric date by the weekday written with it, if only one fits.

    "Tuesday, 05/08/2025": 5 August 2025 was a Tuesday, 8 May a Thursday.
    """
    day = weekday.lower()[:3]
    if day not in _WEEKDAYS:
        return found  # a Vietnamese weekday ("Thứ Ba") says day-first already
    fits = [iso for iso in (found.iso, found.alt)
            if _WEEKDAYS[date.fromisoformat(iso).weekday()] == day]
    return DateRead(fits[0], DAY, found.pattern) if len(fits) == 1 else found


def valid_iso(year: int, month: int, day: int) -> str | None:
    """Return the ISO date of a real day, else ``None`` ("31/02" is none)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def cover_month(key: str) -> DateRead | None:
    """Read a report cover's month alone ("June 2014"), a ``letterhead`` of month precision.

    Only under a cover's subtitle (:func:`geo.reading._head._dated_cover`): alone, "August
    2024" is no date line (:func:`read_date_line`).
    """
    found = _ISSUE_MONTH.fullmatch(key)
    return found and DateRead(f"{found['y']}-{month_number(found['mon']):02d}", MONTH,
                              "letterhead")


def is_stamp_line(key: str) -> bool:
    """Whether a line is a timestamp that is not the article's date.

    "Last visited: 20/03/2023 14:02", "Accessed 2023-03-20", "Retrieved on
    March 20, 2023", "Advertisement 12/03/2023" (the rest must be a date).
    """
    m = _STAMP.match(key)
    return bool(m) and read_date_line(key[m.end():]) is not None


def stamp_date(key: str) -> str | None:
    """Return the ISO date of a stamp line (for its year), else ``None``."""
    m = _STAMP.match(key)
    found = read_date_line(key[m.end():]) if m else None
    return found.iso if found else None


#: Between the cells of a line: a tab, or three spaces and more (a document's two-column
#: head, a masthead and its issue).
_CELL_GAP = re.compile(r"\t|[^\S\n]{3,}")
_CELL_PARTS = re.compile(r"\s[·|•]\s")
_ISSUE_MONTH = re.compile(MONTH_PATTERN + r"\s+(?P<y>(?:19|20)\d{2})$", re.IGNORECASE)
#: An issue's number before its date: "Issue No. 52, July 7 - 9, 1998", "Vol. 3, No. 41 --"
_ISSUE_NO = re.compile(r"(?:Issue\s+No\.?|Vol\.|Volume)\s*\d+(?:\s*,\s*No\.?\s*\d+)?"
                       r"\s*(?:[,·|–-]|--)\s*(?=\w)", re.IGNORECASE)
#: A report's cover line: its publisher and place (or its number) before its month ("UNODC
#: Country Office for Viet Nam · Hà Nội · June 2008", "World Bank | Hanoi | March 2016",
#: "CFCR · Research Report No. 14 · October 2022", a journal's "Vietnam Law & Legal Forum,
#: No. 113 — January 2004").
_COVER_LINE = re.compile(r"(?:(?!No\.?\s*\d)[A-ZĐ](?:[^\d·|•]|No\.?\s*\d+)+(?:\s[·|•]|(?<=\d)\s-)"
                         r"\s){1,3}(?P<no>(?<=\d\s[·|•-]\s))?(?i:" + MONTH_PATTERN
                         + r")\s+(?P<y>(?:19|20)\d{2})$")


def cells_of(raw: str) -> tuple[list[str], DateRead | None]:
    """Return the cells of a raw line (one or none: not a line of cells) and a date among them.

    "No. 214/BC-PCMT<TAB>Điện Biên, 6 July 2023" gives both cells and 6 July
    2023; "FRONTIER DEFENCE REVIEW      No. 11 · November 2022" November 2022.
    """
    cells = [" ".join(c.split()) for c in _CELL_GAP.split(raw.strip()) if c.strip()]
    if len(cells) < 2:
        return cells, None
    for cell in cells:
        for part in _CELL_PARTS.split(cell):
            if found := read_date_line(part):
                return cells, found
            if issue := _ISSUE_MONTH.match(part):  # a magazine's issue: its month
                return cells, DateRead(f"{issue['y']}-{month_number(issue['mon']):02d}", MONTH,
                                       "issue-date")
    return cells, None
