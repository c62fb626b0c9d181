"""Unresolved names: body mentions the gazetteer could not place, and the user's fix for one.

:func:`unresolved_names` groups them by folded name with their passages;
:func:`alias_fix` and :func:`point_fix` make the override row that fixes
one (written by :func:`geo.app.files.write_override`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from geo.app.files import slugify
from geo.app.index import CorpusIndex, Passage, passage
from geo.errors import OverrideError
from geo.model import Kind, Precision
from geo.text import fold

__all__ = ["FIX_KINDS", "UnresolvedName", "alias_fix", "point_fix", "unresolved_names"]

#: Kinds a user may give a place they set on the map, most likely first.
FIX_KINDS: tuple[Kind, ...] = (
    Kind.VILLAGE, Kind.BORDER_POST, Kind.BORDER_GATE, Kind.BORDER_MARKER, Kind.COMMUNE,
    Kind.DISTRICT, Kind.FOREIGN_PLACE, Kind.OTHER,
)


@dataclass(frozen=True)
class UnresolvedName:
    """One unresolved name: its first spelling, folded key, kind guessed, passages."""

    name: str
    key: str
    kind: str | None
    passages: tuple[Passage, ...] = field(default=(), repr=False)

    @property
    def count(self) -> int:
        """Return the number of body mentions of the name."""
        return len(self.passages)

    @property
    def label(self) -> str:
        """Return ``"name (count)"``, as the view lists it."""
        return f"{self.name} ({self.count})"


def unresolved_names(index: CorpusIndex) -> list[UnresolvedName]:
    """Group the unresolved body mentions by folded name, most frequent first."""
    first: dict[str, tuple[str, str | None]] = {}
    found: dict[str, list[Passage]] = {}
    for ms in index.mentions.values():
        for m in ms:
            if m.place_id or not m.in_body:
                continue
            key = fold(m.surface)
            first.setdefault(key, (m.surface, m.kind))
            found.setdefault(key, []).append(passage(index, m))
    groups = [UnresolvedName(first[k][0], k, first[k][1], tuple(ps)) for k, ps in found.items()]
    return sorted(groups, key=lambda g: (-g.count, g.key))


def alias_fix(name: str, place_id: str) -> dict[str, object]:
    """Return the override row that makes *name* another name of gazetteer entry *place_id*."""
    return {"id": place_id, "alt_names": name,
            "notes": f"name {name!r} added by the user in the app"}


def point_fix(name: str, kind: str, lat: float | None, lon: float | None) -> dict[str, object]:
    """Return the override row of a new place *name* that the user set on the map.

    Raises
    ------
    geo.errors.OverrideError
        When the latitude or the longitude is missing or not a coordinate: a
        point without coordinates is no point (the row would claim precision
        ``point`` and place nothing).
    """
    for label, value, bound in (("latitude", lat, 90), ("longitude", lon, 180)):
        if value is None or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise OverrideError(f"{name!r} needs both a latitude and a longitude: "
                                f"click the map or type them (the {label} is {value!r})")
        if not -bound <= value <= bound:
            raise OverrideError(f"{name!r}: the {label} {value!r} is outside "
                                f"-{bound}..{bound}")
    return {"id": f"user:{slugify(name) or 'place'}", "name": name, "kind": str(kind),
            "lat": lat, "lon": lon, "precision": Precision.POINT.value, "uncertainty_m": 100,
            "coord_source": "user", "notes": "point set on the map by the user in the app"}
