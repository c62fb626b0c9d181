"""What the map is about: Điện Biên, and the places mentioned far from it.

The map opens on the province (:func:`map_window`: Điện Biên's extent with
a margin that takes in the places just across the border).  Places whose
point lies outside that window, and countries (a country is no point), are
not drawn as pins with continent-sized circles: :func:`far_ids` names them
for the map to leave out, :func:`far_places` lists the mentioned ones for the
panel beside the map ("Also mentioned: China 12×, Lai Châu 3×").  The layers
and the exports keep every place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from geo.app.labels import display_name, kind_label
from geo.model import Gazetteer, Kind
from geo.region import HOME_PROVINCE

__all__ = ["FarPlace", "Window", "far_ids", "far_places", "map_window"]

#: (min lon, min lat, max lon, max lat)
Window = tuple[float, float, float, float]
#: Margin around the province, in degrees (~30 km): Phongsaly's border
#: villages and the gates across the line stay on the map.
MARGIN = 0.3


@dataclass(frozen=True, slots=True)
class FarPlace:
    """A mentioned place the map does not draw: id, display name, kind, mentions."""

    id: str
    name: str
    kind: str
    mentions: int

    @property
    def label(self) -> str:
        """Return ``"China 12×"``."""
        return f"{self.name} {self.mentions}×"

    @property
    def kind_label(self) -> str:
        """Return the reader's word for its kind."""
        return kind_label(self.kind)


def map_window(gazetteer: Gazetteer, *, margin: float = MARGIN) -> Window | None:
    """Return the extent of Điện Biên province with *margin* degrees around it.

    The province's own bounding box (the 2025 unit, else the legacy one,
    which covers the same land); ``None`` when the gazetteer has neither.
    """
    for pid in (f"vn2025:p:{HOME_PROVINCE}", f"vnold:p:{HOME_PROVINCE}"):
        place = gazetteer.get(pid)
        if place is not None and place.bbox:
            x0, y0, x1, y1 = place.bbox
            return (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    return None


def _inside(window: Window, lon, lat) -> bool:
    x0, y0, x1, y1 = window
    return lon is not None and lat is not None and x0 <= lon <= x1 and y0 <= lat <= y1


def _place_rows(layers: Mapping[str, object]):
    for frame in layers.values():
        if frame is None or not len(frame) or not {"kind", "lat", "lon", "id"} <= set(frame):
            continue
        counts = frame["mention_count"] if "mention_count" in frame else [0] * len(frame)
        yield from zip(frame["id"], frame["name"], frame["kind"], frame["lon"], frame["lat"],
                       counts, strict=True)


def far_ids(layers: Mapping[str, object], window: Window | None) -> frozenset[str]:
    """Return the ids of the places of *layers* the map leaves out (see the module doc)."""
    if window is None:
        return frozenset()
    return frozenset(pid for pid, _, kind, lon, lat, _ in _place_rows(layers)
                     if kind == Kind.COUNTRY or not _inside(window, lon, lat))


def far_places(layers: Mapping[str, object], window: Window | None) -> tuple[FarPlace, ...]:
    """Return the mentioned places the map leaves out, most mentioned first."""
    far = far_ids(layers, window)
    found = {pid: FarPlace(pid, display_name(str(name)), str(kind), int(n or 0))
             for pid, name, kind, _, _, n in _place_rows(layers) if pid in far and n}
    return tuple(sorted(found.values(), key=lambda p: (-p.mentions, p.name.casefold())))
