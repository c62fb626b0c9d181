"""The international boundary near Điện Biên, its marker stretches, the neighbours' land.

The lines come from ``geo/data/boundary.geojson`` and the land from
``geo/data/countries.geojson``, small extracts of Natural Earth 1:10m admin-0
made by ``scripts/make_boundary.py``.
"""

from __future__ import annotations

import json
import math
from importlib.resources.abc import Traversable
from pathlib import Path

import shapely
from shapely.geometry import LineString, box, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge

from geo.errors import GazetteerError


def read_boundary(path: Path | Traversable) -> list[tuple[str, LineString]]:
    """Read boundary lines from a GeoJSON FeatureCollection with a ``series`` property.

    Parameters
    ----------
    path : Path or Traversable
        The package's ``data/boundary.geojson`` (see :func:`geo.settings.data_dir`).

    Returns
    -------
    list of (str, LineString)
        One pair per line part, series ``"VN-LA"`` or ``"VN-CN"``.

    Raises
    ------
    GazetteerError
        If the file is missing or not a FeatureCollection of lines.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lines = []
        for feature in data["features"]:
            series = feature["properties"]["series"]
            geom = shape(feature["geometry"])
            lines.extend((series, part) for part in shapely.get_parts(geom)
                         if part.geom_type == "LineString")
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise GazetteerError(f"could not read the boundary extract {str(path)!r}: {err}") from err
    return lines


def read_abroad(data: bytes, origin: str) -> BaseGeometry | None:
    """Return the land of Vietnam's neighbours in the countries extract, or ``None``.

    *data* is ``countries.geojson`` (its bytes, read from *origin*): clipped
    to a window around Điện Biên, so this is Laos and China near the
    province, not the whole of them.  ``None`` when it has no neighbour.

    Raises
    ------
    GazetteerError
        If *data* is no FeatureCollection of polygons with an ``iso3`` property.
    """
    try:
        features = json.loads(data.decode("utf-8"))["features"]
        land = [shape(f["geometry"]) for f in features if f["properties"]["iso3"] != "VNM"]
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise GazetteerError(f"could not read the countries extract {origin!r}: {err}") from err
    return shapely.union_all(land) if land else None


def stretch_in(lines: list[tuple[str, LineString]], series: tuple[str, ...],
               bbox: tuple[float, float, float, float]) -> BaseGeometry | None:
    """Return the boundary of *series* inside *bbox*, or ``None`` when it does not cross it.

    Parameters
    ----------
    lines : list of (str, LineString)
        Boundary lines as from :func:`read_boundary`.
    series : tuple of str
        Series to use (``("VN-LA",)``); empty means every series.
    bbox : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``.

    Returns
    -------
    shapely geometry or None
        A (Multi)LineString.
    """
    area = box(*bbox)
    parts = []
    for s, line in lines:
        if series and s not in series:
            continue
        clipped = shapely.intersection(line, area)
        parts.extend(p for p in shapely.get_parts(clipped)
                     if p.geom_type == "LineString" and p.length > 0)
    if not parts:
        return None
    return linemerge(parts) if len(parts) > 1 else parts[0]


def representative_point(stretch: BaseGeometry) -> tuple[float, float]:
    """Return ``(lat, lon)`` of the middle (along the line) of the longest part of *stretch*."""
    longest = max(shapely.get_parts(stretch), key=lambda g: g.length)
    mid = longest.interpolate(0.5, normalized=True)
    return round(mid.y, 6), round(mid.x, 6)


def length_m(stretch: BaseGeometry) -> float:
    """Approximate length (metres) of a lon/lat line (equirectangular at its mid latitude)."""
    total = 0.0
    for part in shapely.get_parts(stretch):
        coords = list(part.coords)
        for (x1, y1), (x2, y2) in zip(coords, coords[1:], strict=False):
            k = math.cos(math.radians((y1 + y2) / 2))
            total += math.hypot((x2 - x1) * 111_320.0 * k, (y2 - y1) * 110_574.0)
    return total
