"""Publication dates written in the page: date lines, metadata lines, wire leads.

Pure functions over line keys (see :func:`geo.reading._furniture.line_key`).
:func:`read_date_line` reads one line that is only a date, maybe labelled
("Updated: 14/03/2023 10:32", "Tuesday, March 14, 2023", "date 2023-03-14",
"Published: 14/03/2023 08:10", "2023-03-14T10:32:00+07:00"); each reading
says which *pattern* it is (``date_source`` is ``"text:<pattern>"``) and how
precise it is (``day``, ``month`` or ``year``).

Numeric dates: ``14/03/2023`` is day-first (no 14th month), ``03/14/2023``
month-first; ``05/06/2021`` could be either, so :func:`read_date_line` keeps
both readings (``alt``) and :func:`settle` decides with the page's evidence
(:func:`numeric_order`): another numeric date of the page that can only be
day-first (Vietnamese sites write day-first), or Vietnamese date words
("Thứ Ba", "ngày").  Without evidence only the year is kept (precision
``year``): an ambiguous date never becomes a confident one.

Timestamps that are not the article's ("Last visited: 20/03/2023",
"Accessed 2023-03-20", "Advertisement 12/03/2023") are :func:`is_stamp_line`;
their year can still anchor a wire lead's "on March 13"
(:func:`wire_lead_date`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DAY, MONTH, YEAR = "day", "month", "year"

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_RE = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_LABEL_WORDS = (r"(?:last\s+)?(?:updated|update|posted|published|publish\s+date|"
                r"publication\s+date|released|date(?:\s+published)?)")
_LABEL = rf"(?:(?P<label>{_LABEL_WORDS})(?:\s+on)?\s*[:\-]?\s*)?"
_WEEKDAY = (r"(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
            r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s+)?")
_DATE_RE = re.compile(
    r"^" + _LABEL + _WEEKDAY + r"(?:ngày\s+)?"
    r"(?:" + _MONTH_RE.replace("mon>", "mon1>")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE.replace("mon>", "mon2>")
    + r",?\s+(?P<y2>\d{4})"
    r"|(?P<a3>\d{1,2})(?P<sep>[/.-])(?P<b3>\d{1,2})(?P=sep)(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|" + _MONTH_RE.replace("mon>", "mon5>") + r",?\s+(?P<y5>\d{4})"
    r"|(?P<y6>\d{4})-(?P<m6>\d{2})"
    r"|(?P<y7>(?:19|20)\d{2}))"
    r"(?:\s*[,|\-]?\s*(?:at\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
    r"(?:\s*\(?\s*(?:gmt|utc|ict|pt|et|[a-z]st)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?)?\s*$",
    re.IGNORECASE,
)
# a time written first: "10:32 14/03/2023", "08:10 AM, March 14, 2023"
_TIME_FIRST = re.compile(r"^" + _LABEL +
                         r"\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[,|\-]?\s*",
                         re.IGNORECASE)
_STAMP = re.compile(
    r"^(?:(?:last|date|time)\s+)?(?:visited|accessed|retrieved|viewed|downloaded|printed|"
    r"scraped|crawled|fetched|captured|saved|archived|cached|generated)\b\s*(?:on|at)?\s*:?\s*"
    r"|^(?:advertisement|advertising|sponsored(?:\s+content)?|ads?|promoted|quảng\s+cáo)\b"
    r"\s*[:\-|]?\s*",
    re.IGNORECASE,
)
_VIETNAMESE_DATE_WORDS = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|"
                                    r"ngày)\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*-\s*)?((?:19|20)\d{2})\b",
                             re.IGNORECASE)
#: Wire agencies whose datelines open with the day ("HÀ NỘI (VNA) – ... on March 13").
_WIRE = re.compile(r"\b(?:VNA|VNS|VOV|VNP|TTXVN|VnExpress|Xinhua|Reuters|AFP|AP)\b")
# "Hanoi (VNA) – ...": a mixed-case wire dateline (not an upper-case dateline token)
_WIRE_OPENING = re.compile(r"^[^\W\d][^()\n]{0,40}?\((?:VNA|VNS|VOV|VNP|TTXVN)\)[ \t\u00a0]*"
                           r"[-\u2013\u2014]")
_LABELLED_YEAR = re.compile(r"\b(?:published|posted|updated|date)\s*:\s*((?:19|20)\d{2})\b"
                            r"(?![-/.])", re.IGNORECASE)  # "... | Published: 2025 | ..."
#: The day a wire's dateline gives: "KUNMING, June 3 (Xinhua) --".
_DATELINE_DAY = re.compile(r",\s+" + _MONTH_RE.replace("mon>", "mon1>")
                           + r"\.?\s+(?P<d1>\d{1,2})\b(?P<mon2>)(?P<d2>)(?P<y>)", re.IGNORECASE)
_ON_DAY = re.compile(
    r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:"
    + _MONTH_RE.replace("mon>", "mon1>") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE.replace("mon>", "mon2>") + r")"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?(?!\s*[-–]\s*\d)\b",
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


_MONTH_COMMA_DAY = re.compile(r"^(?:(?P<label>updated?|published|posted)\s*:?\s*)?" + _MONTH_RE
                              + r",\s*(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?:\s*[-–|,]?\s*"
                              r"\d{1,2}:\d{2}(?:\s*[ap]m)?)?$", re.IGNORECASE)
_INNER_LABEL = re.compile(r"\b(?:published|updated|posted)\s*:", re.IGNORECASE)
#: What a page prints after its date: "| Views: 812", "| Print | Font size: A- A+",
#: "· 5 min read", "| 3 comments".
_PAGE_META = re.compile(r"(?:\s*[|·•]\s*(?:views?\s*:?\s*[\d.,]+|[\d.,]+\s+(?:views?|comments?)|"
                        r"print|share|e-?mail|font\s+size\b.*|a-\s*a\+|comments?\s*:?\s*\d*|"
                        r"\d+\s+min(?:ute)?s?\s+read)|\s+updated\s+\d+\s+(?:minute|hour|day)s?"
                        r"\s+ago)+\s*$", re.IGNORECASE)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(_MONTHS, start=1) if m.startswith(name))


def _label_pattern(label: str | None) -> str | None:
    if not label:
        return None
    low = " ".join(label.lower().split())
    return ("updated" if "update" in low else "posted" if low.startswith("posted")
            else "date-field" if low.startswith("date") else "published")


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
    key = _PAGE_META.sub("", key)
    if len(key) > 90:
        return None
    if vns := _MONTH_COMMA_DAY.match(key):  # Viet Nam News: "Update: October, 08/2025 - 09:14"
        iso = _valid(int(vns["y"]), _month(vns["mon"]), int(vns["d"]))
        return iso and DateRead(iso, DAY, _label_pattern(vns["label"]) or "long-date")
    m = _DATE_RE.match(key)
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
            return DateRead(date(int(y), _month(mon), int(d)).isoformat(), DAY,
                            pattern or "long-date")
        if g["y3"]:
            return _numeric(int(g["a3"]), int(g["b3"]), int(g["y3"]), pattern or "numeric-date")
        if g["y4"]:
            return DateRead(date(int(g["y4"]), int(g["m4"]), int(g["d4"])).isoformat(), DAY,
                            pattern or "iso-date")
    except ValueError:
        return None
    if pattern is None:  # "March 2023", "2023-03", "2023" alone are not date lines
        return None
    if g["y5"]:
        return DateRead(f"{int(g['y5']):04d}-{_month(g['mon5']):02d}", MONTH, pattern)
    if g["y6"]:
        if not 1 <= int(g["m6"]) <= 12:
            return None
        return DateRead(f"{g['y6']}-{g['m6']}", MONTH, pattern)
    return DateRead(g["y7"], YEAR, pattern)


def _numeric(a: int, b: int, year: int, pattern: str) -> DateRead | None:
    """``a/b/year``: day-first when only that reads, month-first when only that reads."""
    day_first = _valid(year, b, a)
    month_first = _valid(year, a, b)
    if day_first and month_first and a != b:
        return DateRead(day_first, DAY, pattern, alt=month_first)
    found = day_first or month_first
    return DateRead(found, DAY, pattern) if found else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


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


def numeric_order(text: str) -> str | None:
    """Say how the page writes numeric dates: ``"day-first"``, ``"month-first"`` or ``None``.

    Evidence: a numeric date that reads only one way ("25/03/2023" is
    day-first, "03/25/2023" month-first), or Vietnamese date words ("Thứ Ba",
    "ngày": day-first).  Conflicting evidence is no evidence.
    """
    day_first = bool(_VIETNAMESE_DATE_WORDS.search(text))
    month_first = False
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and b <= 12:
            day_first = True
        elif b > 12 and a <= 12:
            month_first = True
    if day_first == month_first:
        return None
    return "day-first" if day_first else "month-first"


def settle(found: DateRead, order: str | None) -> tuple[str, str, bool]:
    """Return ``(iso, precision, ambiguous)`` for a date, given the page's numeric order.

    An ambiguous numeric date takes the page's order; without one only its
    year is kept (``ambiguous`` is then true).
    """
    if found.alt is None:
        return found.iso, found.precision, False
    if order == "day-first":
        return found.iso, DAY, False
    if order == "month-first":
        return found.alt, DAY, False
    return found.iso[:4], YEAR, True


def wire_lead_date(dateline: str, lead: str, anchors: list[str]) -> str | None:
    """Return the ISO date a wire story gives ("KUNMING, June 3 (Xinhua) --", "on March 13").

    Parameters
    ----------
    dateline : str
        The dateline token ("HÀ NỘI (VNA) –"); only wire agencies qualify.
    lead : str
        The first sentence after it.
    anchors : list of str
        ISO dates (or years) found elsewhere in the page (stamps, header
        dates, a copyright year): the year is the latest anchor's, or the
        year before when the day would fall after it.  Without a year in the
        lead or an anchor there is no date.
    """
    if not _WIRE.search(dateline):
        return None
    m = _DATELINE_DAY.search(dateline) or _ON_DAY.search(lead)
    if m is None:
        return None
    g = m.groupdict()
    mon, day = (_month(g["mon1"]), int(g["d1"])) if g["mon1"] else (_month(g["mon2"]),
                                                                      int(g["d2"]))
    if g["y"]:
        return _valid(int(g["y"]), mon, day)
    if not anchors:
        return None
    latest = max(anchors)
    year = int(latest[:4])
    if len(latest) >= 10 and (mon, day) > (int(latest[5:7]), int(latest[8:10])):
        year -= 1
    return _valid(year, mon, day)


_BYLINE_SEPARATORS = (" | ", " - ", " – ", " — ", ", ", " · ", " / ")
_DATE_BY = re.compile(r"(?P<date>.+?\d.*?)\s+by\s+(?P<name>[A-ZĐ][^\d|]{1,60})$")


def split_dated_line(key: str) -> tuple[str, DateRead] | None:
    """Split "By Hà Linh | 14/03/2023 10:32" into its text and its date, else ``None``.

    The date may also come first ("06/11/2025 09:15 | Thu Hà", "Posted on
    November 18, 2025 by Jess Harlow": the text is then "By Jess Harlow").
    """
    if len(key) > 120 or not any(c.isdigit() for c in key):
        return None
    for sep in _BYLINE_SEPARATORS:
        at = key.find(sep)
        while at > 0:
            found = read_date_line(key[at + len(sep):])
            if found:
                return key[:at].strip(), found
            if found := read_date_line(key[:at]):
                return key[at + len(sep):].strip(), found
            at = key.find(sep, at + 1)
    by = _DATE_BY.match(_PAGE_META.sub("", key))
    if by and (found := read_date_line(by["date"])):
        return f"By {by['name']}", found
    label = _INNER_LABEL.search(key)  # "By Global Times Published: Oct 27, 2025 09:48 PM"
    if label and label.start() > 0 and (found := read_date_line(key[label.start():])):
        return key[:label.start()].strip(), found
    return None


def copyright_year(key: str) -> str | None:
    """Return the year of a copyright line ("© 2023 VNA"), else ``None``."""
    m = _COPYRIGHT_YEAR.search(key)
    return m.group(1) if m else None


#: Labelled publication dates first, then the others ("Updated", unlabelled).
_RANK = {"published": 0, "posted": 0, "date-field": 0}


def publication_date(dates: list[tuple[int, DateRead]], anchor: int, keys: list[str],
                     text: str, dateline: str | None, lead: str,
                     ) -> tuple[str | None, str, str | None, str | None]:
    """Choose the publication date a page gives.

    Parameters
    ----------
    dates : list of (int, DateRead)
        The date lines of the page's head, with their line numbers.
    anchor : int
        Line number of the title (or of the body's first line).
    keys : list of str
        Every line key of the page (for the numeric order and year anchors).
    text : str
        The page.
    dateline : str or None
        The body's dateline ("HÀ NỘI (VNA) –").
    lead : str
        The body's first line.

    Returns
    -------
    (iso, date_source, precision, warning)
        Of the head's date lines: a labelled publication date ("Published:",
        "Date:"), else the date line nearest the title ("Updated:" or
        unlabelled; at equal distance the one after the title: a site
        header's date above the title is the day the page was viewed).
        Without any, a wire story's lead (:func:`wire_lead_date`).
        ``(None, "none", None, None)`` when the page gives no date;
        *warning* says when an ambiguous date kept only its year.
    """
    if dates:
        idx, found = min(dates, key=lambda d: (_RANK.get(d[1].pattern, 1),
                                               abs(d[0] - anchor), -d[0]))
        iso, precision, ambiguous = settle(found, numeric_order(text) if found.alt else None)
        warning = None
        if ambiguous:
            warning = (f"date {keys[idx]!r} reads day-first or month-first and the page "
                       f"does not say which: only its year {iso} is kept")
        return iso, f"text:{found.pattern}", precision, warning
    if dateline is None:
        opening = _WIRE_OPENING.match(lead)
        dateline = opening.group() if opening else None
    if dateline is not None and _WIRE.search(dateline):
        iso = wire_lead_date(dateline, lead, _anchor_dates(keys))
        if iso:
            return iso, "text:wire-lead", DAY, None
    return None, "none", None, None


def _anchor_dates(keys: list[str]) -> list[str]:
    """Dates anywhere in the page (date lines, stamps, copyright years): year anchors."""
    out = []
    for key in keys:
        if not key or len(key) > 90 or not any(c.isdigit() for c in key):
            continue
        found = read_date_line(key)
        iso = found.iso if found else stamp_date(key) or copyright_year(key)
        if not iso and (year := _LABELLED_YEAR.search(key)):
            iso = year.group(1)  # "Source: Xinhua | Published: 2025 | Editor: ..."
        if iso:
            out.append(iso)
    return out
