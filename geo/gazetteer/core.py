"""The :class:`Gazetteer`: places by id, by name, by parent, with extents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from shapely.geometry import LineString, box
from shapely.geometry.base import BaseGeometry

from geo.gazetteer.index import Candidate, NameIndex
from geo.model import CURRENT, LEGACY, Place
from geo.region import TRIPOINT_ALIASES


class Gazetteer:
    """All places known to the product, immutable once built.

    Build one with :func:`geo.gazetteer.load_gazetteer`; the constructor takes
    finished places and is pure.

    Parameters
    ----------
    places : iterable of Place
        Every place; ids are unique.
    extents : dict, optional
        Place id → shapely geometry for places whose extent is not their box
        (numbered markers: the stretch of boundary they lie on).
    boundary : list of (str, LineString), optional
        International boundary lines as ``(series, line)``, series ``"VN-LA"``
        or ``"VN-CN"``.
    version : str
        Content hash of the data the gazetteer was built from.

    Attributes
    ----------
    memo : dict
        What later stages derive from the gazetteer once and keep for its
        lifetime (the name automaton of :mod:`geo.mentions`), by a key of
        their own.  It is not pickled: a copy in another process starts
        empty and fills again.
    """

    def __init__(self, places: Iterable[Place], *,
                 extents: dict[str, BaseGeometry] | None = None,
                 boundary: list[tuple[str, LineString]] | None = None, version: str = ""):
        self.places: tuple[Place, ...] = tuple(places)
        self._by_id = {p.id: p for p in self.places}
        self._children: dict[str, list[str]] = {}
        for p in self.places:
            if p.parent:
                self._children.setdefault(p.parent, []).append(p.id)
        self._index = NameIndex(_names(self.places), self._by_id)
        self._extents = dict(extents or {})
        self._boundary = list(boundary or [])
        self.version = version
        self.memo: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.places)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.places)} places, version {self.version[:12]}>"

    def get(self, place_id: str) -> Place | None:
        """Return the place with id *place_id*, or ``None``."""
        return self._by_id.get(TRIPOINT_ALIASES.get(place_id, place_id))

    def children(self, place_id: str) -> list[Place]:
        """Return the places whose parent is *place_id* (in gazetteer order)."""
        return [self._by_id[c] for c in self._children.get(place_id, ())]

    def successor(self, place_id: str) -> Place | None:
        """Return the 2025 unit that succeeded *place_id* (a legacy unit or a curated place)."""
        place = self.get(place_id)
        return self.get(place.successor) if place is not None and place.successor else None

    def commune_for(self, place: Place, *, era: str = CURRENT) -> Place | None:
        """Return the commune-level unit *place* lies in, for *era* (``"2025"`` or ``"legacy"``).

        A commune-level unit of that era is its own commune; a legacy unit's
        2025 commune is its successor.  ``None`` when not known.
        """
        if place.era == era and place.kind in ("commune", "ward"):
            return place
        target = place.successor if era == CURRENT else place.legacy_unit
        if era == LEGACY and place.era == LEGACY and place.kind in ("commune", "ward"):
            target = place.id
        return self.get(target) if target else None

    def lookup(self, name: str, *, kinds: Iterable[str] | None = None) -> list[Candidate]:
        """Find places called *name*.

        Matching ignores case, diacritics (``đ`` → ``d``) and a type word
        ("Xã Pa Thơm", "xa pa thom", "Pa Thom", "Pa Thơm commune" all hit the
        commune Pa Thơm).

        Parameters
        ----------
        name : str
            The name as written.
        kinds : iterable of str, optional
            Keep only places of these kinds (see :class:`geo.model.Kind`).

        Returns
        -------
        list of Candidate
            Exact spellings before diacritic-folded ones; within each,
            Điện Biên first, then its neighbours (Lai Châu, Sơn La, Laos,
            China), then the rest of Vietnam; curated entries before 2025
            units before legacy units.  Empty when nothing matches.
        """
        return self._index.lookup(name, kinds=kinds)

    def aliases(self) -> Iterator[tuple[str, str]]:
        """Yield ``(folded_alias, place_id)`` for every name of every place.

        Aliases are folded with :func:`geo.text.fold`, ready to be added to
        one Aho-Corasick automaton over folded article text.
        """
        return self._index.folded_aliases()

    def extent(self, place_id: str) -> BaseGeometry | None:
        """Return where the place may lie, or ``None`` when unknown.

        A numbered marker: the boundary stretch it lies on.  A unit with a
        bounding box: that box as a polygon.  A curated place placed at its
        commune's (or parent's) point: that unit's extent.
        """
        place = self.get(place_id)
        if place is None:
            return None
        if place.id in self._extents:
            return self._extents[place.id]
        if place.bbox is not None:
            return box(*place.bbox)
        source = place.coord_source
        if source.startswith(("commune:", "parent:")):
            return self.extent(source.split(":", 1)[1])
        return None

    def boundary_lines(self) -> list[tuple[str, LineString]]:
        """Return the international boundary lines as ``(series, LineString)`` pairs."""
        return list(self._boundary)

    def __reduce__(self):
        # the places and data it was built from; not the memo (built again where needed)
        return (_rebuild, (self.places, self._extents, self._boundary, self.version))


def _rebuild(places, extents, boundary, version) -> Gazetteer:
    return Gazetteer(places, extents=extents, boundary=boundary, version=version)


def _names(places: Iterable[Place]) -> Iterator[tuple[str, str]]:
    for p in places:
        yield p.name, p.id
        for alt in p.alt_names:
            yield alt, p.id
