"""The publication date of a page: chosen among its date lines, or read from a wire's lead.

Pure functions over the line keys :mod:`geo.reading.dates` reads:
:func:`publication_date` picks the head's labelled date, else the date line
nearest the title, else the day a wire story's lead gives
(:func:`wire_lead_date`); an ambiguous numeric date is settled by the page's
own evidence (:func:`numeric_order`, :func:`settle`) or keeps only its year.
Rules in ``docs/DATES.md``.
"""

from __future__ import annotations

import re

from geo.reading._furniture import is_section_header
from geo.reading.dates import (
    DAY,
    MONTH_PATTERN,
    YEAR,
    DateRead,
    month_number,
    read_date_line,
    stamp_date,
    valid_iso,
)

__all__ = ["copyright_year", "numeric_order", "publication_date", "settle", "wire_lead_date"]

_VIETNAMESE_DATE_WORDS = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|"
                                    r"ngày)\b", re.IGNORECASE)
#: The marks of Vietnamese outlets that write numeric dates day-first (mastheads and
#: datelines at the head of a page: the provincial paper's "ĐBP -", the army's "QĐND -" and
#: "PANO -", the police paper's "PPS -" and CAND, the news agency's "(VNA)", VOV, VietNamNet,
#: Tuổi Trẻ, a province's portal; Laos's news agency KPL; the broadcasters VTV, VOV and
#: Điện Biên TV, and VietnamPlus as "VIETNAM+"; the border guard's paper as "BIEN PHONG",
#: "Biên phòng", "Border Guard Newspaper" or its "BP -", the party's as "Nhan Dan", without
#: their diacritics).
_DAY_FIRST_OUTLETS = re.compile(
    r"ĐIỆN BIÊN PHỦ (?:ONLINE )?NEWSPAPER|Điện Biên Phủ (?:Online )?Newspaper|^ĐBP\s*[-–]|"
    r"\bNHÂN DÂN\b|\bNhân Dân\b|^(?:QĐND|PANO|PPS)\s*[-–]|\bPeople's Army Newspaper\b|"
    r"\bBIÊN PHÒNG\b|\bBIEN PHONG\b|\bBi(?:ên|en) [Pp]h(?:òng|ong)\b|\bBorder Guard Newspaper\b|"
    r"^BP\s*[-–]|\bNHAN DAN\b|\bNhan Dan\b|"
    r"\bCAND\.COM\.VN\b|\(VNA\)|\bVietnamPlus\b|\bVIETNAM\+|\bVOV\.VN\b|"
    r"\bVTV\d?\b|\bVOV\d?\b|(?i:\bVoice of Vi(?:e|ệ)t ?Nam\b)|\bĐIỆN BIÊN TV\b|\bĐiện Biên TV\b|"
    r"\bVietNamNet\b|\bT(?:uoi|uổi) T(?:re|rẻ)\b|\bTUOI TRE\b|^CAND\s*[-–]|\bCAND ONLINE\b|"
    r"\bCONG AN NHAN DAN\b|\bPUBLIC SECURITY NEWS|\bKPL\b|\bLao News Agency\b|"
    r"\bPROVINCE PORTAL\b|\bProvince(?: Electronic)? Portal\b|"
    r"\b(?:Cổng [Tt]hông tin|CỔNG THÔNG TIN)\b|"  # a Vietnamese province's portal
    # more Vietnamese outlets (tenth session): Saigon Giải Phóng, Thanh Niên, Dân Trí, Lao
    # Động, Tiền Phong, VnExpress, Việt Nam News, Hanoi Times, the Saigon Times
    r"\bSGGP\b|(?i:\bS(?:ài|ai) ?G(?:òn|on) Gi(?:ải|ai) Ph(?:óng|ong)\b|\bThanh Ni(?:ên|en)\b|"
    r"\bD(?:ân|an) Tr(?:í|i)\b|\bLao (?:Động|Dong)\b|\bTi(?:ền|en) Phong\b|\bVnExpress\b|"
    r"\bVi(?:ệt|et) ?Nam News\b|\bHanoi Times\b|\bSaigon Times\b)",
    re.MULTILINE)
#: How far down the page the outlet's marks are looked for.
_HEAD_CHARS = 1500
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
_DATELINE_DAY = re.compile(r",\s+(?:" + MONTH_PATTERN.replace("mon>", "mon1>")
                           + r"\.?\s+(?P<d1>\d{1,2})\b|(?P<d2>\d{1,2})\s+"
                           + MONTH_PATTERN.replace("mon>", "mon2>")
                           + r"(?![a-z]))(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?", re.IGNORECASE)
_ON_DAY = re.compile(
    r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:"
    + MONTH_PATTERN.replace("mon>", "mon1>") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_PATTERN.replace("mon>", "mon2>") + r")"
    r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?(?!\s*[-–]\s*\d)\b",
    re.IGNORECASE,
)


def numeric_order(text: str) -> str | None:
    """Say how the page writes numeric dates: ``"day-first"``, ``"month-first"`` or ``None``.

    Evidence: a numeric date that reads only one way ("25/03/2023" is
    day-first, "03/25/2023" month-first), Vietnamese date words ("Thứ Ba",
    "ngày": day-first), or the mark of a Vietnamese outlet that writes numeric
    dates day-first at the head of the page (its masthead, "ĐBP -", "QĐND -",
    "(VNA)", VietNamNet...).  Conflicting evidence is no evidence.
    """
    day_first = bool(_VIETNAMESE_DATE_WORDS.search(text) or _DAY_FIRST_OUTLETS.search(
        text, 0, _HEAD_CHARS))
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


#: A day the page reports, its month written out: "August 3", "3 August 2025" (capitalised:
#: "may 5" is no date).
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_REPORTED_DAY = re.compile(rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS}))"
                           r"\b(?!\s*[-–/:]\s*\d)(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")
#: A period the page reports as ended: "in the first 10 months of 2025", "the first
#: nine months of the year".
_FIRST_MONTHS = re.compile(r"\bfirst\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven)\s+months\s+of\s+(?:(?P<y>(?:19|20)\d\d)|the\s+year)\b",
                           re.IGNORECASE)
_MONTH_WORDS = {w: i for i, w in enumerate(
    "two three four five six seven eight nine ten eleven".split(), start=2)}


def reported_order(found: DateRead, text: str) -> str | None:
    """Settle an ambiguous numeric date by the days its page reports as past.

    A page reports what happened before it was written: when the latest day
    of the date's year the page names ("the early hours of August 3", "the
    first 10 months of 2025" ends on 31 October) falls after the earlier
    reading and not after the later one, the later reading is the date
    ("05/08/2025" with "August 3": 5 August, not 8 May).  Returns
    ``"day-first"``, ``"month-first"`` or ``None``.
    """
    year = found.iso[:4]
    days = []
    for m in _REPORTED_DAY.finditer(text):
        if m["y"] in (None, year):
            days.append(valid_iso(int(year), month_number(m["m1"] or m["m2"]),
                                  int(m["d1"] or m["d2"])))
    for m in _FIRST_MONTHS.finditer(text):
        if m["y"] in (None, year):
            n = int(m["n"]) if m["n"].isdigit() else _MONTH_WORDS[m["n"].lower()]
            days.append(valid_iso(int(year), n, 28))  # the month's end: on or after its 28th
    days = [d for d in days if d]
    early, late = sorted((found.iso, found.alt))
    if not days or not early < max(days) <= late:
        return None
    return "day-first" if late == found.iso else "month-first"


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


def wire_lead_date(dateline: str, lead: str, keys: list[str]) -> str | None:
    """Return the ISO date a wire story gives ("KUNMING, June 3 (Xinhua) --", "on March 13").

    Parameters
    ----------
    dateline : str
        The dateline token ("HÀ NỘI (VNA) –"); a wire agency's qualifies, and any
        that carries its year ("HANOI, 3 April 2008 (IRIN) -").
    lead : str
        The first sentence after it.
    keys : list of str
        The page's line keys.  When the lead gives no year, the ISO dates
        (or years) found in them (stamps, header dates, a copyright year) are
        its anchors, looked for only then: the year is the latest anchor's, or
        the year before when the day would fall after it.  Without a year in
        the lead or an anchor there is no date.
    """
    m = _DATELINE_DAY.search(dateline)
    if not _WIRE.search(dateline) and not (m and m["y"]):  # "HANOI, 3 April 2008 (IRIN) -"
        return None
    m = m or _ON_DAY.search(lead)
    if m is None:
        return None
    g = m.groupdict()
    mon, day = (month_number(g["mon1"]), int(g["d1"])) if g["mon1"] else (month_number(g["mon2"]),
                                                                      int(g["d2"]))
    if g["y"]:
        return valid_iso(int(g["y"]), mon, day)
    anchors = _anchor_dates(keys)
    if not anchors:
        return None
    latest = max(anchors)
    year = int(latest[:4])
    if len(latest) >= 10 and (mon, day) > (int(latest[5:7]), int(latest[8:10])):
        year -= 1
    return valid_iso(year, mon, day)




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
        order = (numeric_order(text) or reported_order(found, text)) if found.alt else None
        iso, precision, ambiguous = settle(found, order)
        warning = None
        if ambiguous:
            warning = (f"date {keys[idx]!r} reads day-first or month-first and the page "
                       f"does not say which: only its year {iso} is kept")
        return iso, f"text:{found.pattern}", precision, warning
    if dateline is None:
        opening = _WIRE_OPENING.match(lead)
        dateline = opening.group() if opening else None
    if dateline is not None:
        iso = wire_lead_date(dateline, lead, keys)
        if iso:
            return iso, "text:wire-lead", DAY, None
    for key in keys:  # a social post's stamp: the first post of a thread ("8:05 AM · Mar 18, 2023")
        found = read_date_line(key) if _POST_STAMP.match(key) else None
        if found is not None and found.precision == DAY:
            return found.iso, "text:post-stamp", DAY, None
    for key in keys:  # a wiki page's footer: the version of the page read
        edited = _LAST_EDITED.match(key)
        found = read_date_line(edited["date"]) if edited else None
        if found is not None and not found.alt:
            return found.iso, "text:last-edited", found.precision, None
    if (found := _foot_date(keys, anchor)) is not None:  # under the story, over its related
        return found.iso, "text:foot", DAY, None  # news: "Thursday, April 23, 2009 09:40"
    for key in [k for k in keys if k][-_FOOTER_LINES:]:  # a document's footer: "Last updated:"
        found = read_date_line(key)
        if found is not None and found.pattern in _FOOTER_LABELS:
            iso, precision, ambiguous = settle(found, numeric_order(text) if found.alt else None)
            if not ambiguous:
                return iso, "text:footer", precision, None
    return None, "none", None, None


#: A post's time stamp on a social network (X): the time, a middle dot, the date.
_POST_STAMP = re.compile(r"\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*·\s*"
                         r"[^\W\d_]{3,9}\.?\s+\d{1,2},\s*(?:19|20)\d{2}$", re.IGNORECASE)


def _foot_date(keys: list[str], anchor: int) -> DateRead | None:
    """Return the day a date line gives under the story, above the page's first furniture.

    Army and border guard papers print the date after the text and its writer,
    then "Related news": the last date line of the few before that header, if it
    gives a day that reads one way only.
    """
    end = next((i for i in range(anchor + 1, len(keys)) if keys[i] and is_section_header(
        keys[i])), None)
    if end is None:
        return None
    near = [k for k in keys[max(anchor + 1, end - 8):end] if k][-_FOOT_LINES:]
    for key in reversed(near):
        found = read_date_line(key)
        if found is not None and found.precision == DAY and not found.alt:
            return found
    return None


#: How many lines before the first furniture a date under the story may be.
_FOOT_LINES = 3
#: How many last lines of a page are its footer, and the label of a footer's own date
#: ("Last updated: 22/10/2025 · Page 1 of 1"); an undated page only.  Not "Published:":
#: the last of several items copied into one file (a feed's export) is another story's.
_FOOTER_LINES = 6
_FOOTER_LABELS = frozenset({"updated"})


#: A wiki page's footer: "This page was last edited on 3 February 2026, at 11:42 (UTC)."
_LAST_EDITED = re.compile(r"this page was last edited on (?P<date>[^,]+?)(?:,\s*at\b.*)?\.?$",
                          re.IGNORECASE)


#: Phrases that give the year a story is written in ("since the beginning of 2016", "in the
#: first five months of 2016", "2016 so far"): a year anchor when the page has no other.
_CURRENT_YEAR = re.compile(r"\b(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+((?:19|20)\d\d)\b"
                           r"|\bfirst\s+\w+\s+months\s+of\s+((?:19|20)\d\d)\b"
                           r"|\b((?:19|20)\d\d)\s+so\s+far\b", re.IGNORECASE)


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
    if not out:  # the body says the year it is written in: "since the beginning of 2016"
        out = [next(g for g in m.groups() if g) for key in keys
               for m in _CURRENT_YEAR.finditer(key)]
    return out
