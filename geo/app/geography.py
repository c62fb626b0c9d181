"""Names on the map: the province capital, district towns and communes, each at its zoom.

:func:`map_labels` reads them from the gazetteer: the capital (Điện Biên
Phủ, a published point) at every zoom, the districts (before 2025) from zoom
9, the 2025 communes and wards from zoom 11.  A label sits at the unit's own
point; a unit whose point is only its parent's (a legacy commune that fell
back to its district) gets none.
"""

from __future__ import annotations

from geo.model import Gazetteer, Kind, Precision
from geo.region import HOME_PROVINCE

__all__ = ["CAPITAL_ID", "MapLabel", "map_labels"]

#: (name, lat, lon, smallest zoom showing it)
MapLabel = tuple[str, float, float, int]
#: The province capital.
CAPITAL_ID = "other:dien-bien-phu-city"
DISTRICT_ZOOM, COMMUNE_ZOOM = 9, 11
# a unit's own point has at most its own precision
_OWN = {Kind.DISTRICT: {Precision.POINT, Precision.DISTRICT},
        Kind.COMMUNE: {Precision.POINT, Precision.COMMUNE},
        Kind.WARD: {Precision.POINT, Precision.COMMUNE}}


def map_labels(gazetteer: Gazetteer) -> tuple[MapLabel, ...]:
    """Return the labels of the home province: capital, districts, communes and wards."""
    out: list[MapLabel] = []
    capital = gazetteer.get(CAPITAL_ID)
    if capital is not None and capital.lat is not None and capital.lon is not None:
        out.append(("Điện Biên Phủ", capital.lat, capital.lon, 0))
    for parent, zoom in ((f"vnold:p:{HOME_PROVINCE}", DISTRICT_ZOOM),
                         (f"vn2025:p:{HOME_PROVINCE}", COMMUNE_ZOOM)):
        for unit in gazetteer.children(parent) if gazetteer.get(parent) else ():
            own = _OWN.get(unit.kind)
            if own is None or unit.precision not in own or unit.lat is None or unit.lon is None:
                continue
            if capital is not None and unit.name == "Điện Biên Phủ":
                continue  # the capital is labelled already
            out.append((unit.name, unit.lat, unit.lon, zoom))
    return tuple(out)
