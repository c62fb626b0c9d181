"""The era an article writes in: legacy (before 1 July 2025) or 2025.

Vietnam merged its communes and abolished its districts on 1 July 2025, so
"Pa Thơm commune" is a different unit before and after.  An article's date
decides; an undated article is read from what it says (a district named, a
commune that exists in one era only, a village placed in its 2025 commune,
words about the reorganisation).  Pure functions over the hits of one scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geo.mentions._index import NameHit
from geo.mentions.resolve import ADMIN_KINDS, choose_in_container, compatible, fits
from geo.model import CURRENT, LEGACY, MERGER_DATE, Kind, Place
from geo.reading.datebounds import date_bounds
from geo.region import in_home_province

# One pattern per phrase, each starting with a literal: the regex engine then
# skips ahead to that literal, where one alternation of them all is tried at
# every position of the body (about three times slower).
_NEW_ERA_WORDS = tuple(re.compile(p) for p in (
    r"two[- ](?:level|tier) (?:local )?government", r"\((?:new|former)\)", r"former communes?",
    r"newly (?:merged|established) commune",
    r"after (?:the )?(?:merger|rearrangement|reorganisation|reorganization)",
    r"since (?:1 july 2025|july 1, 2025)", r"from 1 july 2025"))


def era_of_date(date: str | None) -> str | None:
    """Return the era of an ISO date: ``"legacy"`` before 1 July 2025, ``"2025"`` from it.

    A partial date ("2025", "2024-11", as read from a page that gives only a
    year or month, or an ambiguous numeric date) decides only when every day
    it may mean lies in one era: "2025" alone decides nothing.
    """
    if not date:
        return None
    first, last = date_bounds(date)
    if last < MERGER_DATE:
        return LEGACY
    return CURRENT if first >= MERGER_DATE else None


def era_from_words(folded_body: str) -> str | None:
    """Return ``"2025"`` if the text speaks of the 2025 reorganisation as done, else ``None``.

    ("the two-tier local government model", "(new) Pú Nhung commune", "former communes").
    """
    return CURRENT if any(p.search(folded_body) for p in _NEW_ERA_WORDS) else None


def decide_era(date: str | None, votes: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """Decide the era an article writes in, and say why.

    Parameters
    ----------
    date : str or None
        The article's ISO date; decisive when known.
    votes : sequence of (era, reason)
        Evidence from the text (a district named, a commune that exists in
        one era only, a village placed in its 2025 commune...).

    Returns
    -------
    (str, str)
        The era (``"legacy"`` or ``"2025"``) and the reason.  Without a
        date or evidence the era is 2025: a 2025 commune contains the legacy
        commune(s) it was merged from, so it is never wrong, only coarser.
    """
    era = era_of_date(date)
    if era is not None:
        return era, f"dated {date[:4]}"
    n_legacy = sum(1 for e, _ in votes if e == LEGACY)
    n_current = sum(1 for e, _ in votes if e == CURRENT)
    if n_legacy != n_current:
        era = LEGACY if n_legacy > n_current else CURRENT
        reason = next(r for e, r in votes if e == era)
        return era, f"undated; {reason}"
    return CURRENT, "undated and no sign of the era: the 2025 unit (contains the legacy one)"


def article_era(date: str | None, folded_body: str, hits: Sequence[NameHit],
                in_body: Sequence[bool], name_of: Callable[[int, int], str],
                get: Callable[[str], Place | None]) -> tuple[str, str]:
    """Decide the era of one article, and say why.

    Parameters
    ----------
    date : str or None
        The article's ISO date.
    folded_body : str
        The body, folded (see :func:`era_from_words`).
    hits : sequence of NameHit
        The names found, with the kinds the context gave them.
    in_body : sequence of bool
        For each hit, whether it lies in the body or title: only those vote.
    name_of : callable
        ``(start, end)`` of a hit → the name as written, for the reasons.
    get : callable
        Place id → place.

    Returns
    -------
    (str, str)
        The era and the reason, as :func:`decide_era` gives them; a district
        named is the clearest sign, then the rest in text order.
    """
    if era_of_date(date) is not None:
        return decide_era(date, ())  # the date decides: no need to count votes
    votes: list[tuple[str, str]] = []
    if era_from_words(folded_body):
        votes.append((CURRENT, "speaks of the 2025 reorganisation as done"))
    for h, inside in zip(hits, in_body, strict=True):
        if not inside or h.skip or h.kind is None:
            continue
        local = [p for p, imp in h.entry.cands if compatible(p, imp, h.kind, h.trigger_word)
                 and in_home_province(p)]
        eras = {p.era for p in local if p.kind in ADMIN_KINDS and p.kind != Kind.PROVINCE}
        if h.kind == Kind.DISTRICT and LEGACY in eras:
            name = name_of(h.start, h.end)
            votes.append((LEGACY, f"names {name} district (districts ended on 1 July 2025)"))
        elif h.kind in (Kind.COMMUNE, Kind.WARD) and len(eras) == 1:
            e = eras.pop()
            when = "before" if e == LEGACY else "after"
            votes.append((e, f"{name_of(h.start, h.end)} {h.kind} exists only {when} "
                             "the 2025 merger"))
        if h.container is not None and h.container.kind in (Kind.COMMUNE, Kind.WARD):
            fit = _container_eras(h, h.container, get)
            if len(fit) == 1:
                e = fit.pop()
                where = name_of(h.container.start, h.container.end)
                unit = "legacy" if e == LEGACY else "2025"
                votes.append((e, f"{name_of(h.start, h.end)} lies in the {unit} {where} "
                                 f"{h.container.kind}"))
    votes.sort(key=lambda v: not v[1].startswith("names"))  # a district is the clearest sign
    return decide_era(date, votes)


def _container_eras(child: NameHit, cont: NameHit, get) -> set[str]:
    """Return the eras of the units *cont* may mean that hold a place *child* may mean."""
    kids = fits(child.entry.cands, child.kind, child.trigger_word)
    out = set()
    for c in fits(cont.entry.cands, cont.kind, cont.trigger_word):
        if c.era and choose_in_container(kids, [c], get):
            out.add(c.era)
    return out
