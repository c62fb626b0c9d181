"""Numbered border markers: find "markers 107 to 111", expand ranges, tell the series.

Marker phrases are found on *folded* text (see :func:`geo.text.fold`), so
``"Mốc số 3"``, ``"marker No.144"`` and ``"Marker 0"`` read the same.  A
phrase gives its numbers in writing order, ranges expanded
(``"No. 3 to No. 1"`` → 1, 2, 3; numbers are returned sorted and unique).

The series (Vietnam–Laos ``"VN-LA"`` or Vietnam–China ``"VN-CN"``) is not
part of the number: it comes from the words of the phrase and around it
(:func:`series_from_words`, :func:`series_after`), from what is known about
the numbering in Điện Biên (:func:`series_from_number`) and from the place
named nearest the phrase (:func:`series_from_places`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

VN_LA = "VN-LA"
VN_CN = "VN-CN"

#: Longest range a phrase may expand to; longer "ranges" are not marker ranges.
MAX_RANGE = 60
#: The Vietnam–China line in Điện Biên holds markers 1–17 (Sín Thầu, see
#: SOURCES.md §2); a larger number near Điện Biên is on the Laos line (not in an
#: article naming Lai Châu, whose stretch of the China line goes on past 17).
MAX_VN_CN_IN_DIEN_BIEN = 17

_WORD = (r"(?:(?:land)?markers?|border\s+marks?(?!e)|boundary\s+(?:pillars?|marks?|posts?)"
         r"|(?:border\s+)?pillars?"
         r"|milestones?|(?:cot\s+)?moc(?:\s+quoc\s+gioi)?(?:\s+so)?|landmarks?|bornes?)")
_NO = r"(?:no\.?|nos\.?|number|#)"
#: a number of one to three digits, not part of a longer number ("2019"), a decimal or a time,
#: and not a measure ("boundary post 12 km away")
_NUM = (rf"(?:{_NO}\s*)?\d{{1,3}}(?:/\d{{1,2}})?(?!\d)(?![.,:]\d)"
        r"(?!\s*(?:km|kilomet|metre|meter|m\b|hectare|ha\b|%|percent|per cent|years?\b))")
#: (a comma apart, see _PHRASE; a dash opening a line is a list's: "Marker 0" over "- 52:10")
_SEP = r"(?:\s*(?:to|through|and|&)\s*|[^\S\n]*-\s*)"
#: After a number past a comma, a count, not a marker: "markers 107 to 111, and 4 meetings",
#: "marker No. 3, 320 villagers", "from marker 107 to marker 111, 14 children"
_COUNT_NEXT = r"(?!\s+(?:[a-z]{3,}s|children|people|men|women|cattle|staff)\b)"
#: "markers 5, 38 and 52", "from Marker No 41 to Marker No 44", "the markers that separate
#: it from Laos are numbered from 107 to 111", "16 markers, from No. 136
#: to No. 151", "markers in the section from No.58 to 59", "five border markers there,
#: from No 107 to No 111" (a few words between, maybe a comma, then "from No." and a
#: number), "the markers between No. 112 and No. 118", "eight markers, No. 10 to No. 17"
#: and "five markers, 107 to 111" (a range, no measure after it: not "14 markers, 2 to 3 km
#: apart"), "the tri-junction boundary marker (No. 0)".
_RANGE_NEXT = (r"(?=\d{1,3}\s*(?:-|to|through)\s*\d{1,3}(?!\d|[.,]\d)(?!\s*(?:km|kilomet|metre|"
               r"meter|m\b|hectare|ha\b|%|percent|per cent|years?\b|[a-z]{3,}s\b)))")
_PHRASE = re.compile(rf"{_WORD}\s*(?:,?\s*from\s+|(?:\s+[a-z]+){{1,8}}?,?\s+from\s+(?={_NO})"
                     rf"|(?:\s+[a-z]+){{0,8}}?\s+numbered\s+(?:from\s+)?(?=\d)"
                     rf"|between\s+(?={_NO})|,\s*(?={_NO})|,\s*{_RANGE_NEXT}|\(\s*(?={_NO}))?{_NUM}"
                     rf"(?:{_SEP}(?:{_WORD}\s*)?{_NUM}"
                     rf"|,\s*(?:and\s*)?(?:{_WORD}\s*)?{_NUM}{_COUNT_NEXT})*")
#: A number said before its marker word, after "No.": "from the No. 3 boundary marker to the
#: No. 1 marker" (without "No.", "146 border markers" is a count)
_NO_BEFORE = re.compile(rf"\b{_NO}\s*(\d{{1,3}})\s+$")
_WORD_AT = re.compile(_WORD + r"[a-z]*")  # (to the word's end: "boundary marker")
_NUMBER = re.compile(r"(?<![/\d])\d{1,3}")  # "12/1" is sub-marker 1 of marker 12: 12
_RANGE_SEP = re.compile(r"^\s*(?:-|to|through)\s*$")
_BETWEEN_TAIL = re.compile(rf"(?:{_WORD})?\s*{_NO}?\s*$")

#: A table's column of marker numbers: "Markers", "Boundary markers", "Marker No." over
#: "107-111", "113", or "Marker" over "No. 3", "No. 12" (a column with a range or a "No." in
#: it or over it: "Markers" over "14" alone is a count)
_MARKER_HEADER = re.compile(rf"(?:(?:boundary|border)\s+)?{_WORD}(?P<no>\s+{_NO}|\s+numbers?)?\.?",
                            re.IGNORECASE)
_CELL_NO = rf"(?:{_NO}\s*)?"
_CELL_NUMBERS = re.compile(rf"{_CELL_NO}\d{{1,3}}(?:\s*(?:[-–,&]|to|and)\s*{_CELL_NO}\d{{1,3}})*",
                           re.IGNORECASE)
_CELL_RANGE = re.compile(rf"\d\s*(?:[-–]|to)\s*{_CELL_NO}\d|^{_NO}", re.IGNORECASE)

#: The line named right before a marker word: "China-Vietnam boundary marker", "the Vietnam –
#: Laos border marker"
_PAIR_BEFORE = re.compile(r"\b(?:viet\s?nam|china|laos|lao)\s*[-–]\s*(?:viet\s?nam|china|laos|lao)"
                          r"\s+(?:border\s+|boundary\s+)?$")
_LAOS_WORDS = re.compile(r"\b(?:laos|lao|laotian|phongsaly|phongsali|luang prabang)\b")
_CHINA_WORDS = re.compile(r"\b(?:china|chinese|yunnan|trung quoc)\b")


@dataclass(frozen=True, slots=True)
class MarkerPhrase:
    """A marker phrase found in a text: its span there, and the numbers it names."""

    start: int
    end: int
    numbers: tuple[int, ...]


def parse_marker_numbers(phrase: str) -> tuple[int, ...]:
    """Return the marker numbers a phrase names, ranges expanded, sorted and unique.

    Parameters
    ----------
    phrase : str
        A folded marker phrase such as ``"markers 107 to 111"``,
        ``"marker no. 3 to no. 1"``, ``"markers 103-104"`` or
        ``"markers 12, 13 and 14"``.

    Returns
    -------
    tuple of int
        The numbers; empty when the phrase names none or a "range" is longer
        than :data:`MAX_RANGE` (then it is not a marker range).

    Examples
    --------
    >>> parse_marker_numbers("markers 107 to 111")
    (107, 108, 109, 110, 111)
    >>> parse_marker_numbers("marker no. 3 to no. 1")
    (1, 2, 3)
    """
    matches = list(_NUMBER.finditer(phrase))
    numbers: set[int] = set()
    i = 0
    while i < len(matches):
        lo = int(matches[i].group())
        if i + 1 < len(matches):
            between = phrase[matches[i].end():matches[i + 1].start()]
            between = _BETWEEN_TAIL.sub("", between.strip(), count=1)
            if between and _RANGE_SEP.match(between):
                hi = int(matches[i + 1].group())
                a, b = min(lo, hi), max(lo, hi)
                if b - a + 1 > MAX_RANGE:
                    return ()
                numbers.update(range(a, b + 1))
                i += 2
                continue
        numbers.add(lo)
        i += 1
    return tuple(sorted(numbers))


def find_marker_phrases(folded: str, start: int = 0, end: int | None = None) -> list[MarkerPhrase]:
    """Find every marker phrase in ``folded[start:end]``.

    A number *before* the marker word ("146 border markers") is a count, not
    a marker number, and is not matched.

    Parameters
    ----------
    folded : str
        Folded text (lower case, no diacritics).
    start, end : int, optional
        The part of *folded* to search.

    Returns
    -------
    list of MarkerPhrase
        In text order; spans are offsets into *folded*.
    """
    end = len(folded) if end is None else end
    out = []
    reach = -1
    for pos in _word_starts(folded, start, end):
        m = _PHRASE.match(folded, pos, end) if pos >= reach else None
        if m is None:
            if pos >= reach and (word := _WORD_AT.match(folded, pos, end)) and (
                    no := _NO_BEFORE.search(folded, max(start, pos - 16), pos)):
                reach = word.end()  # "the No. 3 boundary marker" (not "the No. 3 border market")
                out.append(MarkerPhrase(no.start(), reach, (int(no[1]),)))
            continue
        reach = m.end()
        text = m.group()
        # a phrase must not stop inside a longer number or a year range ("2021-2026")
        numbers = parse_marker_numbers(text[_first_digit(text):])
        if len(numbers) == 2 and (_BETWEEN.search(folded, max(0, m.start() - 48), m.start())
                                  or "between" in text) and numbers[1] - numbers[0] < MAX_RANGE:
            numbers = tuple(range(numbers[0], numbers[1] + 1))  # "between markers 112 and 115"
        if numbers:
            out.append(MarkerPhrase(m.start(), m.end(), numbers))
    return _stretches(folded, out)


def marker_columns(table) -> list[int]:
    """Return the columns of a table (:class:`geo.text.tables.Table`) that hold marker numbers."""
    cols = []
    for col, head in enumerate(table.header):
        cells = [row[col].text for row in table.rows if col < len(row) and row[col].text]
        if (m := _MARKER_HEADER.fullmatch(head.text.strip())) and cells and all(
                _CELL_NUMBERS.fullmatch(c) for c in cells) and (m.group("no") or any(
                _CELL_RANGE.search(c) for c in cells)):
            cols.append(col)
    return cols


def table_marker_phrases(tables, folded) -> list[MarkerPhrase]:
    """Return the marker phrases of *tables*' marker columns, in *folded* offsets."""
    out = []
    for table in tables:
        for col in marker_columns(table):
            for row in table.rows:
                if col < len(row) and row[col].text and (
                        numbers := parse_marker_numbers(row[col].text)):
                    out.append(MarkerPhrase(*folded.to_folded(row[col].start, row[col].end),
                                            numbers))
    return out


#: "from Marker 0 at the tripoint to Marker 3": the words between the two ends of a stretch.
_STRETCH_GAP = re.compile(r"[^.;!?\n]{0,80}?\bto\s+(?:the\s+)?$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:\(\s*)?$")  # "from the tripoint
# marker (Marker 0) to marker 17"


def _stretches(folded: str, phrases: list[MarkerPhrase]) -> list[MarkerPhrase]:
    """Give the far end of "from marker X (at ...) to marker Y" the markers after X up to Y.

    The two ends are separate phrases when words stand between them; the near
    end keeps its own number.
    """
    for k in range(1, len(phrases)):
        a, b = phrases[k - 1], phrases[k]
        if len(a.numbers) == 1 and len(b.numbers) == 1 and a.numbers[0] != b.numbers[0] \
                and abs(b.numbers[0] - a.numbers[0]) <= MAX_RANGE \
                and _FROM.search(folded, max(0, a.start - 40), a.start) \
                and _STRETCH_GAP.match(folded, a.end, b.start):  # (walked either way: "from
            x, y = a.numbers[0], b.numbers[0]  # the No. 3 marker to the No. 1 marker")
            phrases[k] = MarkerPhrase(b.start, b.end, tuple(
                range(x + 1, y + 1) if x < y else range(y, x)))
    return phrases


_LEADS = ("marker", "moc", "landmark", "borne", "cot moc", "border mark", "boundary",
          "milestone", "pillar", "border pillar")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?!and\b)[\w-]+\s+){0,3}$")  # "between
# China-Vietnam boundary markers No. 1 and No. 3": from 1 to 3


def _word_starts(folded: str, start: int, end: int) -> list[int]:
    """Return the offsets where a marker word starts (cheap ``str.find`` scans)."""
    found = set()
    for lead in _LEADS:
        i = folded.find(lead, start, end)
        while i >= 0:
            if i == 0 or not folded[i - 1].isalnum():
                found.add(i)
            i = folded.find(lead, i + 1, end)
    return sorted(found)


def _first_digit(text: str) -> int:
    m = _NUMBER.search(text)
    return m.start() if m else len(text)


def series_from_words(text: str) -> str | None:
    """Tell the series from words in *text* (folded): Laos → ``"VN-LA"``, China → ``"VN-CN"``.

    Returns ``None`` when *text* names neither country, or both.
    """
    laos = _LAOS_WORDS.search(text) is not None
    china = _CHINA_WORDS.search(text) is not None
    if laos != china:
        return VN_LA if laos else VN_CN
    return None


def series_from_number(numbers: tuple[int, ...]) -> str | None:
    """Tell the series from the numbers alone, where Điện Biên's numbering allows.

    Numbers above :data:`MAX_VN_CN_IN_DIEN_BIEN` can only be on the
    Vietnam–Laos line here; marker 0 is the tripoint of both (``None``).
    """
    if numbers and max(numbers) > MAX_VN_CN_IN_DIEN_BIEN:
        return VN_LA
    return None


def marker_place_id(series: str | None, number: int) -> str:
    """Return the gazetteer id of marker *number* of *series* (``marker:vn-la:107``)."""
    code = (series or VN_CN).lower()
    return f"marker:{code}:{number}"


#: The words after a marker phrase, up to a comma or the sentence's end.
_TAIL = re.compile(r"[^,;:.]*")
#: The series a place across the border tells.
_SERIES_OF_COUNTRY = {"LA": VN_LA, "CN": VN_CN}
#: Sentence cuts in folded text: ". " and a blank line (folded to two spaces).
_SENTENCE_CUT = re.compile(r"\. | {2,}")
#: How far from a marker phrase a place may tell its series (folded characters).
_NEAR = 400


def marker_series(text: str, body: tuple[int, int], hits, by_unit: dict[str, str],
                  cells: list[MarkerPhrase] = ()) -> list[
        tuple[MarkerPhrase, tuple[int, int], str | None, str]]:
    """Return each marker phrase of the folded *text* with its sentence, series and why.

    The series comes from, in turn: the phrase's own words; a number only
    the Laos line has (not in an article naming Lai Châu, whose stretch of
    the China line goes on past marker 17); the words right after it ("on
    the Vietnam–China border"); its sentence's words; the place named
    nearest it (*hits*: the name hits, in text order; *by_unit*: the series
    of each unit's known markers).  Marker 0 is the China line's.  Else the
    one neighbour the body (*body*, folded offsets) names, else the series
    of the marker named before it, else of the one named after it ("the
    market at Marker 3 ... Marker 0, where the three countries meet"), else the
    one neighbour its paragraph names. *cells* are the phrases of a table's
    marker columns, read with the others.
    """
    phrases = find_marker_phrases(text)
    if cells:  # a table's marker column (:func:`table_marker_phrases`)
        phrases = sorted([*phrases, *cells], key=lambda ph: ph.start)
    if not phrases:
        return []
    cut = [(m.start(), m.end()) for m in _SENTENCE_CUT.finditer(text)]
    cuts, ends = [c[0] for c in cut], [c[1] for c in cut]
    starts = [h.start for h in hits]
    lai_chau = "lai chau" in text
    told: list[str | None] = []  # the series the whole body tells, read once if needed
    around: dict[tuple[int, int], str | None] = {}  # series told by each sentence, once
    found = []
    for ph in phrases:
        i = bisect_right(ends, ph.start) - 1
        s0 = cuts[i] + 1 if i >= 0 else 0
        j = bisect_left(cuts, ph.end)
        e0 = cuts[j] if j < len(cuts) else len(text)
        if (s0, e0) not in around:
            around[s0, e0] = series_from_words(text[s0:e0])
        pair = _PAIR_BEFORE.search(text, max(0, ph.start - 40), ph.start)
        series = (series_from_words(text[ph.start:ph.end])
                  or (series_from_words(pair[0]) if pair else None)  # "China-Vietnam boundary
                  or (None if lai_chau else series_from_number(ph.numbers))  # marker No. 3"
                  or series_after(text, ph.end, e0)
                  or around[s0, e0]  # a number only the Laos line has beats the sentence
                  or series_from_places(hits[bisect_left(starts, max(s0, ph.start - _NEAR)):
                                             bisect_left(starts, min(e0, ph.end + _NEAR))],
                                        by_unit, ph.start, ph.end))  # (bounded: linear time)
        why = f"series {series} from the words around" if series else "series unknown"
        if ph.numbers == (0,):  # the tripoint: readers file it as the China line's first
            series, why = VN_CN, "marker 0, the tripoint, heads the Vietnam–China numbering"
        elif series is None:
            told = told or [series_from_words(text[body[0]:body[1]])]
            series = told[0]
            why = f"series {series}: the article names one neighbour only" if series else why
        found.append([ph, (s0, e0), series, why])
    for order, word in ((found, "before"), (found[::-1], "after")):
        near = None  # "checked markers 10 to 17 with Chinese guards. They repainted
        for item in order:  # markers 12 and 14": the same line
            if item[2] is None and near is not None:
                item[2], item[3] = near, f"series {near}: the marker named {word} it"
            near = item[2] or near
    for item in found:  # none yet: the one neighbour its paragraph names
        if item[2] is None and (par := series_from_words(text[max(body[0], text.rfind(
                "  ", 0, item[0].start)):_par_end(text, item[0].end, body[1])])):
            item[2], item[3] = par, f"series {par} from the words of its paragraph"
    return [tuple(item) for item in found]


def _par_end(text: str, pos: int, limit: int) -> int:
    """Return where the paragraph holding *pos* ends in folded *text* (a double space)."""
    end = text.find("  ", pos, limit)
    return limit if end < 0 else end


def series_after(text: str, end: int, limit: int) -> str | None:
    """Tell the series from the words right after a marker phrase ending at *end* (folded).

    "markers 1 to 4 on the Vietnam–Laos border" is the Laos line, whatever
    else the sentence names; the words are read up to a comma, the
    sentence's end or *limit*, 48 characters at most.
    """
    return series_from_words(_TAIL.match(text, end, min(limit, end + 48))[0])


def series_from_places(hits, by_unit: dict[str, str], start: int, end: int) -> str | None:
    """Return the series told by the place among *hits* nearest the marker phrase.

    A unit with known markers tells their series, a place across the border
    its side ("from Marker 0, where the borders of Viet Nam, Laos and China
    meet, to marker 17": China; "- Marker 9 (Vietnam–China) in Sín Thầu;
    - Markers 58 ... (Vietnam–Laos)": China).  *hits* are the name hits of
    the phrase's sentence near it; *start* and *end* are the phrase's.
    """
    near = sorted((h for h in hits if h.place is not None and not h.skip),
                  key=lambda h: h.start - end if h.start >= end else start - h.end)
    for h in near:
        for unit in (h.place.id, h.place.legacy_unit, h.place.successor):
            if unit in by_unit:
                return by_unit[unit]
        if h.place.country in _SERIES_OF_COUNTRY:  # a place across the border
            return _SERIES_OF_COUNTRY[h.place.country]
    return None
