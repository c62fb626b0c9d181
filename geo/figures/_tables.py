"""Figures of the tables in an article body: each number of a measure column is one figure.

Private helper of :func:`geo.figures.extract.extract_figures`.  A table
(:func:`geo.text.tables.find_tables`) has a header of what each column
counts ("Cases", "Synthetic pills", "Heroin (kg)") and a label column of
what each row is about ("A Pa Chải", "Mường Nhé"); its numbers are no
figures in running text (no noun follows them), so they are read here:

- the value is the cell's; what it counts comes from the column's header:
  "Cases" → 9 cases; "Heroin (kg)" → 3.72 kg of heroin; under a header of
  years ("2020 | 2021") from the caption ("Table 3. Heroin seized (kg) by
  province"), the year being the figure's period; in a table of a row per
  year ("Year | Persons | Vehicles"), the row's year is the period;
- its place is the place named in the row's label cell (``table row``), else
  in the column's header (``table column``: "Month | Tay Trang | Huoi Puoc",
  what is counted then in the caption, "Turnover by gate (USD thousand)"); a
  total row ("Total", "In total") is the one place its caption names
  ("Results of border posts in Nậm Pồ district": ``table total: its
  caption's place``), else the one commune of rows that are all villages
  (``table total: the commune of its villages``), else the article's
  province (``table total``); a row
  of a place column ("Province") naming a place the gazetteer lacks has
  none; another row naming no place takes the rules of running text at the
  cell.
"""

from __future__ import annotations

import re

from geo.figures._context import ArticleContext
from geo.figures._scope import Scope, scope_of
from geo.figures.numbers import SCALES, UNIT_SUBJECTS, Quantity, parse_quantity
from geo.figures.scan import iter_quantities
from geo.figures.themes import theme_for
from geo.mentions.markers import marker_columns
from geo.mentions.triggers import header_kind
from geo.model import Article, Figure, Mention
from geo.text.tables import AFTER_NOUN, YEAR, Cell, Table, is_amount

__all__ = ["table_figures"]

#: A row that adds the others up.
TOTAL_ROW = re.compile(r"(?:in\s+)?(?:total|totals|sum|overall|all\b|whole\s+province|toàn\s+tỉnh"
                       # a row labelled "Province" under the districts: "**Province** | 49.2"
                       r"|(?:the\s+)?province(?:-wide|\s+as\s+a\s+whole)?\W*$)", re.IGNORECASE)
#: A row of what the others leave: "Other districts", "Others", "Remaining communes" (the
#: province's, as a total's)
_REST_ROW = re.compile(r"(?:others?|remaining|rest)\b(?![^\S\n]+(?:countries|provinces)\b)",
                       re.IGNORECASE)
#: Headers that name what a count is of by another word: "Population" counts people.
_COUNTED_AS = {"population": "people"}
#: A header naming its unit in brackets: "Heroin (kg)", "Value (USD)"; a caption may go on
#: ("Opium poppy area (hectares) and households growing poppy, Lai Chau province").
_IN_BRACKETS = re.compile(r"(?P<name>.+?)\s*\((?P<unit>[^()]+)\)(?:\s*(?:,|and\b|by\b|in\b).*)?$")
#: A year closing a header: "Households growing poppy, 2000".
_YEAR_AFTER = re.compile(r",?[^\S\n]*(?:19|20)\d\d$")
#: What a caption says its table's numbers are, for columns headed by years: "Table 3.
#: Heroin seized (kg) by border province, 2020-2023" → "Heroin seized (kg)".
_CAPTION_MEASURE = re.compile(r"(?:(?:Table|Bảng)[^\S\n]+\d+\w*[.:]?[^\S\n]*)?(.*?)"
                              r"(?=[^\S\n]+(?:by|in|for|per|of)[^\S\n]|,|[^\S\n][-–—][^\S\n]|$)",
                              re.IGNORECASE)
#: Two years of a period: "2026-2027", "2021–2025".
_YEARS = re.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d")
#: Months of a year heading a column: "Jan–Oct 2016", "March 2024", "Q1 2025", "H1 2023".
_MONTHS_OF = re.compile(r"(?:[A-Z][a-z]{2,8}\.?(?:[^\S\n]*[-–][^\S\n]*[A-Z][a-z]{2,8}\.?)?|Q[1-4]|"
                        r"H[12])[^\S\n]+(?:19|20)\d\d")
#: A scale word in a bracketed unit: "(US$ million)", "(billion VND)", "(thousand tonnes)".
_SCALE_IN_UNIT = re.compile(rf"\b(?:{'|'.join(SCALES)})\b", re.IGNORECASE)


#: The units a table's later column may name inside its label column's: a district's communes.
_UNITS = {"commune": ("district", "province"), "ward": ("district", "province")}
#: A row's label that says what the row counts: a plural noun in lower case after its first
#: word, or a measure in brackets ("People", "Drug cases", "Heroin (kg)"; not "Bokeo").
_COUNTED_ROW = re.compile(r"[A-Z]?[a-z-]+(?:[^\S\n]+[a-z-]+){0,3}(?:(?<=s)|(?<=[Pp]eople)|"
                          r"[^\S\n]*\([^()\n]+\))")


def table_figures(article: Article, ctx: ArticleContext, tables: list[Table]) -> list[Figure]:
    """Return the figures of *tables* (:func:`geo.text.tables.find_tables` of the body)."""
    out = []
    for table in tables:
        context = " ".join([table.caption, *(c.text for c in table.header)]).lower()
        measured = _caption_measure(table.caption)
        # columns headed by places ("Tay Trang | Huoi Puoc"): the caption says what they count
        columns = {col: ctx.mentions_in(table.header[col].start, table.header[col].end)
                   for col in table.measures}
        numbered = marker_columns(table)  # "Markers" over "107-111": numbers, not counts
        for row in table.rows:
            scope = _row_scope(ctx, table, row)
            for col in (c for c in table.measures if c not in numbered):
                cell = row[col]
                if not (is_amount(cell.text) or table.loose and cell.text[:1].isdigit()):
                    continue  # a list under a legend: "1.6 kg", "195.3 sq.km"
                head = table.header[col].text
                label = row[table.label]
                year = _period(head) or (label.text if YEAR.fullmatch(label.text) else None)
                column = columns[col]
                read = _read(cell.text, label.text) if year and scope is None and not column \
                    and _COUNTED_ROW.fullmatch(label.text) else None  # a row of what it
                # counts under columns of years ("People | 1,900 | 2,300"), no place in it
                read = read or _read(cell.text, measured if measured and (column or year and not (
                    _IN_BRACKETS.match(head))) else head)  # ("2026-2027 (VND billion)")
                if read is None:
                    continue
                value, unit, subject = read
                sent = ctx.sentence_of(cell.start)
                if column and (scope is None or scope.reason.startswith("table total")):
                    found = scope_of(column[0], "table column")  # its total too: the column's
                else:
                    found = scope or ctx.scope(cell.start, cell.end, sent, subject=subject,
                                               value=value)
                out.append(Figure(
                    article=article.id, quote=cell.text, start=cell.start, end=cell.end,
                    value=value, unit=unit, subject=subject,
                    theme=str(theme_for(subject, unit, context)), period=year,
                    place_id=found.place_id,
                    place_name=found.place_name, scope_reason=found.reason, sentence=sent,
                    article_date=article.date, date_source=article.date_source))
    return out


def _period(head: str) -> str | None:
    """Return the period a column's header is: "2021", "2026-2027 (VND billion)", "Jan–Oct 2016"."""
    bracket = _IN_BRACKETS.match(head)
    years = (bracket["name"] if bracket else head).strip()
    return years if YEAR.fullmatch(years) or _YEARS.fullmatch(years) or _MONTHS_OF.fullmatch(
        years) else None


def _caption_measure(caption: str) -> str:
    """Return what a caption says its table's numbers are, with a unit it ends on.

    "Table 3. Heroin seized (kg) by province" → "Heroin seized (kg)"; "Turnover by
    border gate, first quarter of 2023 (USD thousand)" → "Turnover (USD thousand)".
    """
    if not caption:
        return ""
    measured = _CAPTION_MEASURE.match(caption)[1]
    unit = _IN_BRACKETS.match(caption)
    if unit and "(" not in measured and _SCALE_IN_UNIT.search(unit["unit"]):
        measured = f"{measured} ({unit['unit']})"
    return measured


def _row_scope(ctx: ArticleContext, table: Table, row: tuple[Cell, ...]) -> Scope | None:
    """Return the place of a row's figures: its label's place, the province for a total."""
    label = row[table.label]
    if TOTAL_ROW.match(label.text) or (not label.text and any(
            TOTAL_ROW.match(c.text) for c in row[:table.label])):
        named = _caption_place(ctx, table)
        if named is not None:
            return scope_of(named, "table total: its caption's place")
        return _villages_commune(ctx, table) or ctx.article_whole("table total")
    if _REST_ROW.match(label.text):
        return ctx.article_whole("table row of the rest")
    named = ctx.mentions_in(label.start, label.end)
    if named:  # "Muong Nhe | Leng Su Sin | 188": the commune's, not its district's (but
        finer = [m for k, c in enumerate(row) if k > table.label and k not in table.measures
                 for m in ctx.mentions_in(c.start, c.end)  # "Nà Hỳ | Nà Hỳ Border Post": the
                 if m.kind in _UNITS and named[0].kind in _UNITS[m.kind]]  # commune's)
        return scope_of(finer[0], "table row: its commune") if finer else scope_of(
            named[0], "table row")
    if label.text and all(w[:1].isupper() for w in label.text.split()) and header_kind(
            table.header[table.label].text) is not None:  # a column of places: "Province"
        held = [m for k, c in enumerate(row) if k != table.label and k not in table.measures
                for m in ctx.mentions_in(c.start, c.end)]  # "Na Hi | Nậm Pồ": its district's
        if held:
            return scope_of(held[0], "table row: the unit of a place the gazetteer lacks")
        return Scope(None, None, "table row: a place the gazetteer lacks")  # "Bokeo"
    return None


def _caption_place(ctx: ArticleContext, table: Table) -> Mention | None:
    """Return the one place a table's caption names, if it names one.

    "Results of border posts in Nậm Pồ district, first half of 2018": the
    total row is the district's.
    """
    if table.caption_line is None:
        return None
    named = {m.place_id: m for m in ctx.mentions_in(*table.caption_line) if m.place_id}
    return next(iter(named.values())) if len(named) == 1 else None


def _villages_commune(ctx: ArticleContext, table: Table) -> Scope | None:
    """Return the one commune of a table whose rows are villages, two or more, if it has one.

    "Village | Households ... Pa Xa Xá | 41 ... Pác Thơm | 34 ... Total | 142":
    the total is Pa Thơm's (of the article's time: after the 2025 merger, the
    new commune).
    """
    villages = [m for row in table.rows
                for m in ctx.mentions_in(row[table.label].start, row[table.label].end)]
    if len(villages) < 2 or any(m.kind != "village" for m in villages) or (
            unit := ctx.era_commune(villages)) is None:
        return None
    return Scope(*unit, "table total: the commune of its villages", "commune")


def _quantity(cell: str, unit: str) -> Quantity | None:
    """Return the quantity of *cell* under a bracketed *unit*, or ``None``.

    A unit with a scale word is read with the scale after the number and the
    rest before or after it, whichever gives a unit: "94.6" under "(US$
    million)" is US$ 94.6 million; "4.4" under "(thousand tonnes)" 4,400 tonnes.
    """
    cell = cell.lstrip("+-−–")  # a change: "+23%"
    phrases = [f"{cell} {unit}".strip()]
    scale = _SCALE_IN_UNIT.search(unit)
    if scale:
        rest = (unit[:scale.start()] + unit[scale.end():]).strip()
        phrases = [f"{rest} {cell} {scale[0]}", f"{cell} {scale[0]} {rest}", *phrases]
    found = None
    for phrase in phrases:
        m = next(iter_quantities(phrase), None)
        q = parse_quantity(m) if m else None
        if q is not None and q.value is not None:
            if q.unit:
                return q
            found = found or q
    return found


def _read(cell: str, header: str) -> tuple[float | int, str, str] | None:
    """Return (value, unit, subject) of a cell under *header*, or ``None``."""
    header = _YEAR_AFTER.sub("", header)  # "Households growing poppy, 2000"
    bracket = _IN_BRACKETS.match(header)
    words = (bracket["name"] if bracket else header).lower().split()
    cut = next((k for k, w in enumerate(words[1:], 1) if len(w) > 5 and w.endswith("ing")), None)
    words = words[:cut]  # "Households growing poppy": households
    while len(words) > 1 and (words[-1].endswith("ed") or words[-1] in AFTER_NOUN):
        words.pop()  # "People examined", "Heroin seized", "Houses built or repaired"
    name = " ".join(words)
    if not any(ch.isalpha() for ch in name):
        if not bracket:
            return None
        name = ""  # a period over its unit: "2026-2027 (VND billion)"
    unit = bracket["unit"] if bracket else header if _SCALE_IN_UNIT.search(header) and len(
        header.split()) <= 3 else ""  # a header that is its unit: "$ million", "million tablets"
    q = _quantity(cell, unit)
    if q is None:
        return None
    if q.unit:  # ("$ million": a value)
        return q.value, q.unit, "value" if unit == header else name or UNIT_SUBJECTS.get(
            q.unit, q.unit)
    if not name:
        return None
    if bracket and not _SCALE_IN_UNIT.fullmatch(bracket["unit"].strip()):
        name = bracket["unit"].strip().lower()  # "(households)": the bracket names what is
        # counted; not "(million)", a scale of what the name counts
    unit = name.split()[-1]
    return q.value, _COUNTED_AS.get(unit, unit), name
