"""Tables written as text: a Word table pasted with tabs, a PDF's columns aligned with spaces.

:func:`find_tables` finds them in a span of a text::

    Table 1. Drug cases by post, 1 January – 30 June 2023
    No.<TAB>Post<TAB>Cases<TAB>Suspects<TAB>Heroin (kg)
    1<TAB>A Pa Chải<TAB>2<TAB>3<TAB>0.45
    ...
    <TAB>Total<TAB>46<TAB>88<TAB>15.45

       District          Patrols      Drug cases
       Mường Nhé           1,214              31

A table is a header line of three cells or more, none of them a number, then
two rows or more with as many cells (cells are split on tabs, else on bars
"|" (a Markdown table or a bar-separated paste: "Sín Thầu | 516.42 |
11,860", its rule line "|---|---|" skipped, Markdown emphasis "**Total**"
read as its text), else on runs of two spaces or more); a header may name
years ("Province | 2020 | 2021", what is counted then being in the
caption).  Its *label* column is the first whose cells are words (not the
row numbers); its *measure* columns those whose cells are numbers or sums
of money ("VND 700,000", "100,000 kip").  A table flattened to single spaces
("1 A Pa Chải 412 2,306 9 3.1") is not read: its cells cannot be told apart.

Lists are read as tables too: items under a legend naming their fields
("Results by unit (cases / suspects / heroin seized):" then "Mường Nhé
Border Post: 4 / 5 / 1.6 kg"), one count an item under "... by district:"
("• Dien Bien District: 94"), and a box of facts, each label heading its
number ("Children sponsored: 1,326").
Pure: offsets are those of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AFTER_NOUN", "YEAR", "Cell", "Table", "find_tables", "is_amount", "is_number"]

_NUMBER = re.compile(r"[-+]?\d[\d.,]*%?")
_GAP = re.compile(r"[ \u00a0]{2,}")
#: A cell of money: its currency, then a number and maybe its scale.
_MONEY = re.compile(r"(?:VNĐ|VND|USD|US\$|\$|CNY|LAK)[^\S\n]?\d[\d.,]*"
                    r"(?:[^\S\n](?:thousand|million|billion|trillion))?"
                    r"|\d[\d.,]*(?:[^\S\n](?:thousand|million|billion|trillion))?[^\S\n]?"
                    r"(?:VNĐ|VND|đồng|dong|USD|kip|LAK|yuan|CNY)")  # ... or after it: "100,000 kip"
#: A line of a Markdown table under its header: "|---|:---:|", "--- | ---".
_RULE = re.compile(r"[ \t|:+-]*-{3,}[ \t|:+-]*\r?")
_CAPTION = re.compile(r"(?:Table|Bảng)\s+\d+\b|(?=.{0,150}$).*\((?:USD|VND|US\$|\$|tonnes|kg|"
                      r"ha|km|[^()]*\b(?:thousand|million|billion))\b[^()]*\)[^\S\n]*:?$",
                      re.IGNORECASE)  # ... or a line ending on its unit: "Turnover (USD thousand)"
#: A column headed by a year: "| Province | 2020 | 2021 |" (what it counts is in the caption).
YEAR = re.compile(r"(?:19|20)\d\d")
#: A column of the years its rows are about: "Year", "Năm"
_YEAR_HEAD = re.compile(r"(?i:years?|năm)")
#: Markdown emphasis around a cell or a caption: "**Total**", "*Source: ...*".
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?P<inner>\S(?:.*\S)?)\1")
#: Lines looked at above a header for its caption.
_CAPTION_REACH = 2


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text (stripped) and where it is in the text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A header, rows of as many cells, the label column and the measure columns."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    label: int
    measures: tuple[int, ...]
    #: the caption line above the header ("Table 1. Drug cases by post, ..."), else ""
    caption: str = ""
    #: a list under a legend: its cells may carry their unit ("1.6 kg", "195.3 sq.km")
    loose: bool = False
    #: where the caption's line is in the text (``(start, end)``), if it has one
    caption_line: tuple[int, int] | None = None


def is_number(cell: str) -> bool:
    """Tell whether a cell holds one number ("1,320", "0.45", "15.45", "12%")."""
    return bool(_NUMBER.fullmatch(cell))


def is_amount(cell: str) -> bool:
    """Tell whether a cell holds one number, or a sum of money ("VND 700,000", "US$ 2 million")."""
    return bool(_NUMBER.fullmatch(cell) or _MONEY.fullmatch(cell))


def find_tables(text: str, start: int = 0, end: int | None = None,
                words: bool = False) -> list[Table]:
    """Return the tables of ``text[start:end]``, in text order (none without tabs or gaps).

    With *words*, tables with no measure column too ("| Marker | Managing unit |" over
    "| No. 3 | A Pa Chải Border Post |"), with ``measures`` empty.
    """
    end = len(text) if end is None else end
    span = text[start:end]
    if "\t" not in span and "   " not in span and " | " not in span and "):" not in span \
            and not _has_fact_line(span):
        return []  # the common case: prose only
    lines = _lines(text, start, end)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        table, used = _legend_list_at(text, lines, i)
        if table is None:
            table, used = _facts_at(text, lines, i)
        if table is None:
            table, used = _table_at(text, lines, i, words)
        if table is not None:
            tables.append(table)
        i += max(used, 1)
    return tables


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _cells(text: str, lo: int, hi: int, least: int = 3) -> list[Cell] | None:
    """Split one line into cells: on tabs, else on runs of two spaces or more.

    ``None`` for a line of fewer than *least* cells.
    """
    line = text[lo:hi].rstrip("\r")
    if "\t" in line or line.count("|") >= 2:
        sep = "\t" if "\t" in line else "|"
        pieces = line.split(sep)
        parts, pos = [], lo
        for k, piece in enumerate(pieces):
            if sep == "|" and k in (0, len(pieces) - 1) and not piece.strip():
                pos += len(piece) + 1  # "| a | b |": no cell before the first bar
                continue
            parts.append(_cell(text, pos, pos + len(piece)))
            pos += len(piece) + 1
    else:
        stripped = line.strip()
        if len(_GAP.findall(stripped)) < least - 1:
            return None
        parts, pos = [], lo + len(line) - len(line.lstrip())
        for piece in _GAP.split(stripped):
            at = text.index(piece, pos, hi)
            parts.append(_cell(text, at, at + len(piece)))
            pos = at + len(piece)
    return parts if sum(1 for c in parts if c.text) >= least else None


def _header_more(text: str, line_start: int, header: list[Cell],
                 line: tuple[int, int]) -> list[Cell] | None:
    """Return *header* with a second line of words joined to the cells above them, if any.

    Aligned columns only (a PDF's header wrapped over two lines): each word
    cell of the line below joins the header cell whose column it starts in.
    """
    lo, hi = line
    raw = text[lo:hi]
    if "\t" in raw or "|" in raw or not raw.strip():
        return None
    pieces = [(m.start() + lo, m.group()) for m in re.finditer(r"\S+(?: \S+)*", raw)]
    if not pieces or len(pieces) >= len(header) or any(is_number(p) for _, p in pieces):
        return None
    cols = [c.start - line_start for c in header]
    joined = [c.text for c in header]
    for at, piece in pieces:
        k = max((n for n, col in enumerate(cols) if col <= at - lo), default=0)
        joined[k] = f"{joined[k]} {piece}"
    return [Cell(c.start, c.end, t) for c, t in zip(header, joined, strict=True)]


def _cell(text: str, lo: int, hi: int) -> Cell:
    raw = text[lo:hi]
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    if (bold := _EMPHASIS.fullmatch(body)) is not None:  # "**1,537.1**"
        lead += bold.start("inner")
        body = bold["inner"]
    return Cell(lo + lead, lo + lead + len(body), body)


def _table_at(text: str, lines: list[tuple[int, int]], i: int,
              words: bool = False) -> tuple[Table | None, int]:
    caption, caption_line = _caption_over(text, lines, i)
    least = 2 if caption else 3  # two columns only under a caption: "Table 2. ... (USD)"
    header = _cells(text, *lines[i], least)
    if header is None or _RULE.fullmatch(text, *lines[i]) or any(
            is_number(c.text) and not YEAR.fullmatch(c.text) for c in header) or all(
            YEAR.fullmatch(c.text) for c in header if c.text):
        return None, 1  # a header of words, or of years after a word ("Province | 2020")
    j = i + 1
    if j < len(lines) and _RULE.fullmatch(text, *lines[j]):
        j += 1  # a Markdown table's rule under its header: "|---|---:|"
    elif j < len(lines) and (more := _header_more(text, lines[i][0], header, lines[j])):
        header, j = more, j + 1  # "People" over "examined": "People examined"
    rows = []
    tabbed = "\t" in text[lines[i][0]:lines[i][1]]
    while j < len(lines):
        row = _cells(text, *lines[j], least)
        if row is None or not (len(row) == len(header) or tabbed and len(row) < len(header)):
            break
        # a row of tabs may stop early ("<TAB>Total<TAB>46<TAB>88", no last cell): its
        # cells keep their columns; aligned columns are only read whole
        end = row[-1].end
        rows.append(tuple(row) + (Cell(end, end, ""),) * (len(header) - len(row)))
        j += 1
    if len(rows) < 2:
        return None, 1
    if not caption and any(YEAR.fullmatch(c.text) for c in header):
        # "## Confirmed cases" over "| 2013 | 2014 |"
        caption, caption_line = _heading_over(text, lines, i)
    cols = range(len(header))
    numeric = {c for c in cols
               if sum(is_amount(r[c].text) for r in rows) * 2 >= len(rows) and header[c].text
               and not _YEAR_HEAD.fullmatch(header[c].text)}  # "Year | Persons": rows of years
    label = next((c for c in cols if c not in numeric and header[c].text
                  and sum(bool(r[c].text) and (not is_amount(r[c].text) or YEAR.fullmatch(
                      r[c].text) is not None) for r in rows) * 2 >= len(rows)), None)
    if label is None or not (words or numeric - {0}):
        return None, j - i
    measures = tuple(sorted(c for c in numeric if c > label))
    return Table(tuple(header), tuple(rows), label, measures, caption,
                 caption_line=caption_line), j - i


def _caption_over(text: str, lines: list[tuple[int, int]], i: int,
                  ) -> tuple[str, tuple[int, int] | None]:
    """Return the caption ("Table 1. Drug cases by post") right over line *i*, and its line.

    ``("", None)`` when there is none.
    """
    for k in range(i - 1, max(-1, i - 1 - _CAPTION_REACH), -1):
        line = text[lines[k][0]:lines[k][1]].strip()
        row = False
        if line.startswith("|") and line.count("|") >= 2 and not _RULE.fullmatch(line):
            cells = [c.strip() for c in line.split("|") if c.strip()]  # an HTML table's
            line = " ".join(cells)  # caption row, made Markdown: "| Table 1. Poppy area
            # (hectares) |  |  |"; one cell over the rule over the header is a <caption>
            # whatever it says ("| Results of border posts in Nậm Pồ district |  |  |")
            row = len(cells) == 1 and k == i - 2 and bool(_RULE.fullmatch(text, *lines[i - 1]))
        line = bold["inner"] if (bold := _EMPHASIS.fullmatch(line)) else line
        if row or _CAPTION.match(line):
            return line, lines[k]
    return "", None


def _heading_over(text: str, lines: list[tuple[int, int]], i: int,
                  ) -> tuple[str, tuple[int, int] | None]:
    """Return the heading right over line *i* (a Markdown heading, a short line), and its line.

    ``("", None)`` when there is none.

    Under columns of years, it says what they count: "## Confirmed cases in
    the four border districts", "Drug cases by district:"; not a sentence.
    """
    for k in range(i - 1, max(-1, i - 1 - _CAPTION_REACH), -1):
        line = text[lines[k][0]:lines[k][1]].strip().lstrip("#").strip().rstrip(":")
        line = bold["inner"] if (bold := _EMPHASIS.fullmatch(line)) else line
        if line:
            return (line, lines[k]) if len(line) <= 120 and not line.endswith(
                (".", "!", "?", "|")) else ("", None)
    return "", None


#: A legend line naming a list's fields: "Results by unit (cases / suspects / heroin
#: seized):", "Other border communes after July 1 (area; population):".
_LEGEND = re.compile(r"[^\S\n]*(?P<intro>[^()\n]*?)[^\S\n]*\((?P<fields>[^()\n]+)\)[^\S\n]*:"
                     r"[^\S\n]*\r?")
#: An item of such a list: "- Nà Bủng (from Nà Bủng and Vàng Đán): 195.3 sq.km; 8,214".
_ITEM = re.compile(r"[^\S\n]*(?:[-–•*][^\S\n]+)?(?P<label>[^:()\n]+?)[^\S\n]*(?:\([^()\n]*\))?"
                   r"[^\S\n]*:[^\S\n]*(?P<values>\d[^\n]*?)[^\S\n]*[;.]?\r?")


#: ... or one count an item, by place: "New cases this year by district:" then "• Dien
#: Bien District: 94" (the legend's words before "by" are what is counted)
_BY_LEGEND = re.compile(r"[^\S\n]*(?P<intro>(?:[^():\n]*?[.!?][^\S\n]+)?"
                        r"(?P<fields>[^():.!?\n]{3,80}?)[^\S\n]+(?:by|in[^\S\n]+each)[^\S\n]+"
                        r"(?:district|commune|post|province|gate|village|ward|locality|unit)s?\b"
                        r"[^():\n]{0,40}):[^\S\n]*\r?")

_BARE_VALUE = re.compile(r"\d[\d.,]*(?:[^\S\n]+(?:together|in[^\S\n]+total|in[^\S\n]+all|each))?")


def _legend_list_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int]:
    """Read a list under a legend at line *i* as a table: each item a row, each field a column.

    "Results by unit (cases / suspects / heroin seized):" then "Mường Nhé Border
    Post: 4 / 5 / 1.6 kg": the label is the item's name, the values the fields'.
    """
    legend = _LEGEND.fullmatch(text, *lines[i]) or _BY_LEGEND.fullmatch(text, *lines[i])
    if legend is None:
        return None, 1
    sep = ";" if ";" in legend["fields"] else "/" if "/" in legend["fields"] else None
    if sep is None and legend.re is _LEGEND:
        return None, 1
    fields = _split(text, legend.start("fields"), legend.end("fields"), sep) if sep else [
        _label(text, legend.start("fields"), legend.end("fields"))]
    j = i + 1
    while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
        j += 1  # a blank line after the legend
    rows = []
    while j < len(lines) and (item := _ITEM.fullmatch(text, *lines[j])):
        values = _split(text, item.start("values"), item.end("values"), sep) if sep else [
            _cell(text, item.start("values"), item.end("values"))]
        if len(values) != len(fields) or not all(v.text[:1].isdigit() for v in values) or (
                sep is None and not _BARE_VALUE.fullmatch(values[0].text)):
            break  # (one count an item: a number alone, not "96 households evacuated, ...")
        rows.append((Cell(item.start("label"), item.end("label"), item["label"]), *values))
        j += 1
    if len(rows) < 2:
        return None, 1
    intro = Cell(legend.start("intro"), legend.end("intro"), legend["intro"])
    return Table((intro, *fields), tuple(rows), 0, tuple(range(1, len(fields) + 1)),
                 loose=True), j - i


#: A line of a box of facts: "Children sponsored: 1,326", "Drug cases handled: 6,912, with
#: 8,405 suspects", "2. Family reunions organised: 21"; its label says what the number counts
#: (no noun follows the number)
_FACT = re.compile(r"[^\S\n]*(?:(?:[-–•*]|\d{1,2}[.)])[^\S\n]+)?"
                   r"(?P<label>[A-Z][^:\n]{2,80}?)[^\S\n]*:[^\S\n]*"
                   r"(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,7}(?:\.\d+)?)(?![\d.,]*\d)"
                   r"(?![^\S\n]*(?:[^\W\d_]|%|/))[^\n]*")
#: ... found fast: a line that may be one (or an item of a list under a legend), from its colon
_FACT_LINE = re.compile(r"[^\S\n]*(?:(?:[-–•*]|\d{1,2}[.)])[^\S\n]+)?[A-Z][^:\n]{2,80}:[^\S\n]*\d")
_COLON_DIGIT = re.compile(r":[ \t]+\d")


def _has_fact_line(span: str) -> bool:
    """Tell whether *span* has a line that may be a fact's ("Children sponsored: 1,326")."""
    for colon in _COLON_DIGIT.finditer(span):
        if _FACT_LINE.fullmatch(span, span.rfind("\n", 0, colon.start()) + 1, colon.end()):
            return True
    return False
#: A label counts things: a plural noun, or "Population"; not a page's counters.
_COUNTING = re.compile(r"\b(?:[a-z]{2,}s|people|children|population|police|militia)\b",
                       re.IGNORECASE)
_NOT_COUNTING = re.compile(r"\b(?:views?|comments?|likes?|shares?|followers?|reads?|replies|"
                           r"votes?|pages?|words?|photos?|tel|phone|fax|hotline|code|issues?|"
                           r"chapters?|articles?|items?|minutes?|hours?|years?|days?)\b",
                           re.IGNORECASE)
#: Words after a label's noun that are no noun: "Houses built or repaired" (also the
#: headers' of :mod:`geo.figures._tables`)
AFTER_NOUN = frozenset("or and built made held found given taken sent caught sold brought "
                       "done".split())
#: Where a label's noun ends: "Houses built or repaired for poor households" counts houses.
_LABEL_END = re.compile(r"[^\S\n]+(?:[a-z]{3,}ed|for|in|to|of|with|from|at|by|per|since|during|"
                        rf"under|across|along|over|{'|'.join(sorted(AFTER_NOUN))}|this|last|so)"
                        r"\b|[^\S\n]*[(,]")


def _label(text: str, lo: int, hi: int) -> Cell:
    """Return the cell of a label ``text[lo:hi]`` cut where its noun ends (:data:`_LABEL_END`)."""
    cut = _LABEL_END.search(text, lo + 1, hi)
    return _cell(text, lo, cut.start() if cut else hi)


def _facts_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int]:
    """Read a box of facts at line *i* as a table of one row: each label heads its value.

    "Children sponsored: 1,326" then "People rescued in floods: 1,480": 1,326
    children, 1,480 people; their place is what the text around says.
    """
    heads, values, j = [], [], i
    while j < len(lines) and (fact := _FACT.fullmatch(text, *lines[j])) \
            and _COUNTING.search(fact["label"]) and not _NOT_COUNTING.search(fact["label"]):
        heads.append(_label(text, fact.start("label"), fact.end("label")))
        values.append(_cell(text, fact.start("value"), fact.end("value")))
        j += 1
    if len(heads) < 2:
        return None, 1
    at = lines[i][0]
    return Table((Cell(at, at, ""), *heads), ((Cell(at, at, ""), *values),), 0,
                 tuple(range(1, len(heads) + 1)), loose=True), j - i


def _split(text: str, lo: int, hi: int, sep: str) -> list[Cell]:
    """Split ``text[lo:hi]`` on *sep* into stripped cells."""
    cells, pos = [], lo
    for piece in text[lo:hi].split(sep):
        cells.append(_cell(text, pos, pos + len(piece)))
        pos += len(piece) + 1
    return cells
