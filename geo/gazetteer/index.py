"""Name index: case-, diacritic- and prefix-insensitive lookup of places.

Two keys per name: the *exact* key (Unicode NFC, case-folded, spaces
collapsed) and the *folded* key (:func:`geo.text.fold`: no diacritics,
``đ`` → ``d``).  Type prefixes ("Xã", "Huyện", "commune", "district" ...) are
stripped from the query when the whole query does not hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from geo.model import Kind, Place
from geo.region import region_rank
from geo.text import fold

# Folded type words a query may carry, and the kinds they restrict the lookup to.
_VN_PREFIXES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("thanh pho", (Kind.PROVINCE, Kind.DISTRICT, Kind.OTHER)),
    ("thi tran", (Kind.COMMUNE,)),
    ("thi xa", (Kind.DISTRICT,)),
    ("dac khu", (Kind.COMMUNE,)),
    ("phuong", (Kind.WARD,)),
    ("huyen", (Kind.DISTRICT,)),
    ("quan", (Kind.DISTRICT,)),
    ("tinh", (Kind.PROVINCE,)),
    ("xa", (Kind.COMMUNE,)),
    ("ban", (Kind.VILLAGE,)),
)
_EN_SUFFIXES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("province", (Kind.PROVINCE, Kind.FOREIGN_PLACE, Kind.OTHER)),
    ("district", (Kind.DISTRICT, Kind.FOREIGN_PLACE)),
    ("commune", (Kind.COMMUNE,)),
    ("ward", (Kind.WARD,)),
    ("town", (Kind.COMMUNE, Kind.FOREIGN_PLACE)),
    ("city", (Kind.PROVINCE, Kind.DISTRICT, Kind.OTHER, Kind.FOREIGN_PLACE)),
    ("village", (Kind.VILLAGE,)),
    ("hamlet", (Kind.VILLAGE,)),
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One lookup result: the place, a score in ``[0, 1]``, how it matched and why."""

    place: Place
    score: float
    method: str  # "exact" | "folded"
    why: str


def exact_key(name: str) -> str:
    """Return the exact-match key of *name*: NFC, case-folded, single spaces."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


def folded_key(name: str) -> str:
    """Return the folded-match key of *name* (``"Xã Pa Thơm"`` → ``"xa pa thom"``)."""
    return fold(name).strip()


def strip_type_words(name: str) -> tuple[str, tuple[str, ...] | None] | None:
    """Strip one Vietnamese type prefix or English type word from *name*.

    Returns
    -------
    tuple or None
        ``(rest, kinds)`` where *kinds* are the kinds the type word allows,
        or ``None`` when *name* carries no type word.
    """
    text = _SPACE.sub(" ", name).strip()
    folded = folded_key(text)
    for word, kinds in _VN_PREFIXES:
        if folded.startswith(word + " ") and len(folded) > len(word) + 1:
            return text.split(" ", word.count(" ") + 1)[-1], kinds
    for word, kinds in _EN_SUFFIXES:
        if folded.endswith(" " + word):
            return text.rsplit(" ", 1)[0], kinds
        if folded.startswith(word + " of "):
            return text.split(" ", 2)[-1], kinds
    return None


_REGION_WHY = ("Điện Biên", "a neighbour of Điện Biên", "elsewhere")


class NameIndex:
    """Exact and folded name keys → place ids, with ranked lookup.

    Parameters
    ----------
    names : iterable of (str, str)
        ``(name, place_id)`` pairs (every canonical and alternate name).
    places : dict
        Place id → :class:`~geo.model.Place`.
    """

    def __init__(self, names: Iterable[tuple[str, str]], places: dict[str, Place]):
        self._places = places
        self._exact: dict[str, list[str]] = {}
        self._folded: dict[str, list[str]] = {}
        for name, pid in names:
            for table, key in ((self._exact, exact_key(name)), (self._folded, folded_key(name))):
                if key:
                    ids = table.setdefault(key, [])
                    if pid not in ids:
                        ids.append(pid)

    def folded_aliases(self) -> Iterator[tuple[str, str]]:
        """Yield ``(folded_alias, place_id)`` for every folded name key."""
        for key, ids in self._folded.items():
            for pid in ids:
                yield key, pid

    def lookup(self, name: str, *, kinds: Iterable[str] | None = None) -> list[Candidate]:
        """Return candidates for *name*, best first (see :meth:`Gazetteer.lookup`)."""
        wanted = set(kinds) if kinds is not None else None
        found = self._match(name, wanted, stripped=False)
        if not found:
            stripped = strip_type_words(name)
            if stripped is not None:
                rest, type_kinds = stripped
                allowed = set(type_kinds or ()) if type_kinds else None
                if wanted is not None and allowed is not None:
                    allowed &= wanted
                elif wanted is not None:
                    allowed = wanted
                found = self._match(rest, allowed, stripped=True)
        return sorted(found, key=_order)

    def _match(self, name: str, kinds: set[str] | None, *, stripped: bool) -> list[Candidate]:
        out: dict[str, Candidate] = {}
        for method, key, table in (("exact", exact_key(name), self._exact),
                                   ("folded", folded_key(name), self._folded)):
            for pid in table.get(key, ()):
                place = self._places.get(pid)
                if place is None or pid in out or (kinds is not None and place.kind not in kinds):
                    continue
                rank = region_rank(place)
                score = (1.0 if method == "exact" else 0.9) - 0.05 * rank - (0.05 * stripped)
                why = (f"{'same spelling' if method == 'exact' else 'same name without diacritics'}"
                       f"{' after dropping the type word' if stripped else ''}; "
                       f"{place.kind} in {_REGION_WHY[rank]}")
                out[pid] = Candidate(place, round(score, 3), method, why)
        return list(out.values())


def _order(c: Candidate) -> tuple:
    p = c.place
    source_rank = 2 if p.era == "legacy" else 1 if p.era else 0  # curated, 2025, legacy
    return (c.method != "exact", region_rank(p), source_rank, p.id)
