"""Where places the gazetteer lacks lie, from the units named around them.

An unknown village "stated with its commune" ("Nậm Cáy village, Mường Nhé
commune") lies somewhere in that commune: its point, precision ``commune``.
An unknown marker number lies on the boundary stretch of the unit named near
it. "Markers 58 and 59 in Pa Thơm commune": no entry for marker 58, but it
stands on the Vietnam–Laos line where that line crosses Pa Thơm.  The
mention then carries the middle of that stretch, precision ``segment`` and
half the stretch's length as its uncertainty; its ``place_id`` stays empty
(the number is still unknown to the gazetteer and listed for curation).
"""

from __future__ import annotations

import math
from bisect import bisect_left

import shapely
from shapely.geometry.base import BaseGeometry

from geo.mentions._index import NameHit
from geo.model import Gazetteer, Kind, Place, Precision
from geo.text import strip_diacritics

#: Precision of a place known only by the unit the text puts it in.
AREA = {Kind.COMMUNE: "commune", Kind.WARD: "commune", Kind.DISTRICT: "district"}


def stated_unit(h: NameHit) -> Place | None:
    """Return the unit an unknown village is said to lie in ("A village, B commune"), if any."""
    cont = h.container
    if h.kind != Kind.VILLAGE or cont is None or cont.skip or cont.place is None:
        return None
    unit = cont.place
    return unit if unit.kind in AREA and unit.lat is not None else None


def places_in(hits, s0: int, e0: int):
    """Return the places of the live *hits* (sorted by start) that start in ``[s0, e0)``."""
    i = bisect_left(hits, s0, key=_start)
    out = []
    while i < len(hits) and hits[i].start < e0:
        h = hits[i]
        if h.place is not None and not h.skip:
            out.append(h.place)
        i += 1
    return out


def _start(h: NameHit) -> int:
    return h.start


def marker_name(series: str | None, numbers: tuple[int, ...]) -> str:
    """Return the name an unknown marker's mention shows ("Vietnam–Laos border marker 58")."""
    line = {"VN-LA": "Vietnam–Laos", "VN-CN": "Vietnam–China"}.get(series or "", "")
    which = "s " + ", ".join(map(str, numbers)) if len(numbers) > 1 else f" {numbers[0]}"
    return f"{line} border marker{which}".strip()


#: Kinds whose commune-level unit tells the stretch (a post, gate or village by its commune).
_UNIT_KINDS = frozenset({Kind.COMMUNE, Kind.WARD, Kind.BORDER_POST, Kind.BORDER_GATE,
                         Kind.VILLAGE})
#: Key of the stretches worked out so far in ``Gazetteer.memo``: (unit id, series) →
#: (lat, lon, uncertainty_m) of its middle, or ``None`` where the line misses the unit.
MEMO_KEY = "geo.mentions.stretches"


def stretch_fields(gazetteer: Gazetteer, places, series: str | None) -> tuple | None:
    """Return the Mention place fields of an unknown marker on the stretch of a unit, or ``None``.

    Parameters
    ----------
    gazetteer : Gazetteer
        Gives the units' extents and the boundary lines.
    places : iterable of Place
        The places named in the marker's sentence, in text order; the first
        whose commune-level unit the *series* line crosses is used.
    series : str or None
        ``"VN-LA"`` or ``"VN-CN"``; ``None`` gives ``None``.

    Returns
    -------
    tuple or None
        ``(None, None, lat, lon, "segment", uncertainty_m, None, None, None, None)``: the
        Mention fields ``place_id`` to ``successor_name``, the name left to the caller
        (:func:`marker_name`).
    """
    if series is None:
        return None
    memo = gazetteer.memo.setdefault(MEMO_KEY, {})
    for place in places:
        if place.kind not in _UNIT_KINDS or place.country != "VN":
            continue
        for unit in (place.id if place.kind in (Kind.COMMUNE, Kind.WARD) else None,
                     place.legacy_unit, place.successor):
            if not unit:
                continue
            key = (unit, series)
            if key not in memo:
                memo[key] = _middle(gazetteer, unit, series)
            found = memo[key]
            if found is not None:
                lat, lon, unc = found
                return (None, None, lat, lon, Precision.SEGMENT.value, unc,
                        None, None, None, None)
    return None


def _middle(gazetteer: Gazetteer, unit_id: str, series: str):
    area = gazetteer.extent(unit_id)
    if area is None or area.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    parts = []
    for s, line in gazetteer.boundary_lines():
        if s == series:
            clipped = shapely.intersection(line, area)
            parts.extend(p for p in shapely.get_parts(clipped)
                         if p.geom_type == "LineString" and p.length > 0)
    if not parts:
        return None
    longest = max(parts, key=lambda g: g.length)
    mid = longest.interpolate(0.5, normalized=True)
    return round(mid.y, 6), round(mid.x, 6), round(max(_length_m(parts) / 2, 50.0), 1)


def _length_m(parts: list[BaseGeometry]) -> float:
    total = 0.0
    for part in parts:
        coords = list(part.coords)
        for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False):
            k = math.cos(math.radians((y1 + y2) / 2))
            total += math.hypot((x2 - x1) * 111_320.0 * k, (y2 - y1) * 110_574.0)
    return total


def context_place_id(mention) -> str | None:
    """Return the id a place stated by its context is drawn under, or ``None``.

    A village the gazetteer lacks but the text places in a commune ("Nậm
    Cáy village, Mường Nhé commune": method ``context``, no place id, the
    commune in ``legacy_unit``/``successor``) is drawn at that commune as
    ``context:<unit id>:<name slug>``; the layers and the app's panel use
    the same id.  Never a gazetteer id.
    """
    unit = mention.legacy_unit or mention.successor
    if mention.place_id or mention.method != "context" or mention.lat is None or not unit:
        return None
    name = strip_diacritics(mention.name or mention.surface).lower().replace("đ", "d")
    return f"context:{unit}:{'-'.join(name.split())}"
