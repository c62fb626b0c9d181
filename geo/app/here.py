"""The places under a click: every drawn place the user may have meant, in a useful order.

Border gates sit on their posts' point, villages on their commune's, the
markers of one stretch on one point: a click there reaches several places at
once.  The map reports the ids of every drawn place within a few pixels of the
click (:func:`geo.mapping.folium_map.build_map`); :func:`places_here` orders
them (posts, gates, markers by number, villages, other places, places abroad,
administrative units) and names them for the panel's "N places here" chooser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from geo.app.labels import display_name, kind_label
from geo.model import Gazetteer, Kind

__all__ = ["HerePlace", "places_here"]

_KIND_ORDER = {k: i for i, k in enumerate((
    Kind.BORDER_POST, Kind.BORDER_GATE, Kind.BORDER_MARKER, Kind.VILLAGE, Kind.OTHER,
    Kind.REGION, Kind.FOREIGN_PLACE, Kind.COMMUNE, Kind.WARD, Kind.DISTRICT, Kind.PROVINCE,
    Kind.COUNTRY))}
_NUMBER = re.compile(r"(\d+)\s*$")


@dataclass(frozen=True, slots=True)
class HerePlace:
    """One place under a click: its id, display name and kind."""

    id: str
    name: str
    kind: str

    @property
    def label(self) -> str:
        """Return the chooser's label: ``"Tây Trang Border Gate (border gate)"``."""
        return f"{self.name} ({kind_label(self.kind)})"


def _order(place: HerePlace) -> tuple:
    number = _NUMBER.search(place.name) if place.kind == Kind.BORDER_MARKER else None
    return (_KIND_ORDER.get(place.kind, len(_KIND_ORDER)),
            int(number.group(1)) if number else 0, place.name.casefold(), place.id)


def places_here(ids: Iterable[str], gazetteer: Gazetteer) -> tuple[HerePlace, ...]:
    """Return the gazetteer places of *ids* (duplicates and unknown ids dropped), ordered.

    Parameters
    ----------
    ids : iterable of str
        Place ids the map found under the click (a figure's or density
        symbol's place id counts once with its place).
    gazetteer : Gazetteer

    Returns
    -------
    tuple of HerePlace
        Border posts first, then gates, markers by number, villages, other
        places, places abroad and administrative units; empty if none is known.
    """
    seen: dict[str, HerePlace] = {}
    for pid in ids:
        if not isinstance(pid, str) or pid in seen:
            continue
        place = gazetteer.get(pid)
        if place is not None:
            seen[pid] = HerePlace(place.id, display_name(place.name), place.kind)
    return tuple(sorted(seen.values(), key=_order))
