"""Periods and dates met while scanning an article's numbers (private to geo.figures).

"In 2024", "2020-2025" framing an article, "for the 2021-2026 term", "over
the past five years", "on July 31": noted with their positions by
:func:`geo.figures.extract.extract_figures` as it reads the numbers, then
asked for each figure's period (:meth:`Notes.period`) and date
(:meth:`Notes.date_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["MONTH_RE", "Notes"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)

_FRAMING_BEFORE = re.compile(r"(?:\b(?:between|during|in|from|over|for|throughout)\s+(?:the\s+)?"
                             r"(?:period\s+(?:of\s+)?)?|\bthe\s+)$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+period\b")
_TERM_AFTER = re.compile(r"\s+terms?\b")
_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b({MONTH_RE})\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+({MONTH_RE})\b")
#: A date inside an aside about something named before ("..., which took in the former
#: commune on July 1,"): the aside's date, not its sentence's
_ASIDE_BEFORE = re.compile(r",[^\S\n]+(?:which|who|whose)\b[^,;.:\n]*$")
_YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")


@dataclass(slots=True)
class Notes:
    """Periods and dates met while scanning numbers, with their positions.

    ``framing``: (start, "2020-2025" | "past five years"); ``terms``:
    (start, end, "2021-2026 term"); ``years``: (start, "2024") for "In
    2024"; ``dates``: (start, month, day, year or None).
    """

    framing: list[tuple[int, str]] = field(default_factory=list)
    terms: list[tuple[int, int, str]] = field(default_factory=list)
    years: list[tuple[int, str]] = field(default_factory=list)
    dates: list[tuple[int, int, int, int | None]] = field(default_factory=list)

    def year_form(self, text: str, start: int, end: int, low: str, high: str | None) -> None:
        """Note a year ("In 2024") or a year range (a framing period or a term)."""
        if high is None:
            if _IN_BEFORE.search(text, max(0, start - 12), start):
                self.years.append((start, low))
            return
        label = f"{low}-{high}"
        if _TERM_AFTER.match(text, end):
            self.terms.append((start, _TERM_AFTER.match(text, end).end(), f"{label} term"))
            return
        before = _FRAMING_BEFORE.search(text, max(0, start - 40), start)
        if before and (not before.group().lower().startswith("the")
                       or _PERIOD_AFTER.match(text, end)):
            self.framing.append((start, label))

    def day_form(self, text: str, start: int, end: int, day: int) -> bool:
        """Note a date if the number is a day next to a month; say whether it was."""
        if not 1 <= day <= 31:
            return False
        before = _MONTH_BEFORE.search(text, max(0, start - 12), start)
        after = None if before else _MONTH_AFTER.match(text, end)
        if before is None and after is None:
            return False
        if _ASIDE_BEFORE.search(text, max(0, start - 120), start):
            return True  # "X commune, which took in Y on July 1, ...": not the clause's date
        month = _MONTHS.index((before or after).group(1).lower()) + 1
        year = _YEAR_AFTER.match(text, end if before else after.end())
        self.dates.append((start, month, day, int(year.group(1)) if year else None))
        return True

    def past_form(self, text: str, start: int, count: str, unit: str) -> None:
        """Note "over the past five years" as a framing period."""
        if _PAST_BEFORE.search(text, max(0, start - 30), start):
            self.framing.append((start, f"past {count.lower()} {unit}"))

    def period(self, text: str, start: int, end: int, sent, next_start: int | None) -> str | None:
        """Return the period of a figure without a rate of its own.

        A term of its sentence before it, or right after it with no comma,
        semicolon or other figure in between; else "In 2024" in its
        sentence; else the latest framing period before it.
        """
        for t_start, t_end, label in self.terms:
            if t_end <= sent.start or t_start >= sent.end:
                continue
            if t_end <= start:
                return label
            if t_start >= end:
                between = text[end:t_start]
                if ("," not in between and ";" not in between
                        and (next_start is None or next_start >= t_start)):
                    return label
        for y_start, label in self.years:
            if sent.start <= y_start < sent.end:
                return label
        label = None
        for f_start, lab in self.framing:
            if f_start >= start:
                break
            label = lab
        return label

    def date_in(self, sent, year: int | None, date: str | None) -> str | None:
        """Return the ISO date a sentence gives ("on July 31"), year from the article.

        A day-month without a year takes the article's *year*, or the year
        before when that would put it after the publication *date* (ISO).
        """
        found = next((d for d in self.dates if sent.start <= d[0] < sent.end), None)
        if found is None:
            return None
        _, month, day, stated = found
        if stated is None:
            if year is None:
                return None
            if date and len(date) >= 10 and f"{year:04d}-{month:02d}-{day:02d}" > date[:10]:
                year -= 1
        else:
            year = stated
        return f"{year:04d}-{month:02d}-{day:02d}"
