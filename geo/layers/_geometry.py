"""Geometry helpers of the layers: uncertainty shapes and the boundary lines.

Private module.  The gazetteer's ``extent(id)`` and ``boundary_lines()`` may
return shapely geometries, GeoJSON-like mappings, bounding boxes or a
GeoDataFrame; everything is normalised here to shapely geometries in
EPSG:4326 with right-hand-rule polygons (RFC 7946 §3.1.6).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Mapping, Sequence

import geopandas as gpd
from shapely import geometry as sg
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from geo.model import Gazetteer, Place, Precision

CRS = "EPSG:4326"
_EARTH_M_PER_DEG = 111_320.0
_CIRCLE_VERTICES = 48


def circle(lon: float, lat: float, radius_m: float) -> sg.Polygon:
    """Return a polygon approximating the circle of *radius_m* around a point.

    Parameters
    ----------
    lon, lat : float
        Centre, degrees.
    radius_m : float
        Radius in metres (local equirectangular approximation: exact enough
        for uncertainty circles of up to a few hundred kilometres here).

    Returns
    -------
    shapely.geometry.Polygon
        Counter-clockwise exterior ring.
    """
    dlat = radius_m / _EARTH_M_PER_DEG
    dlon = radius_m / (_EARTH_M_PER_DEG * max(math.cos(math.radians(lat)), 0.01))
    angles = [2 * math.pi * i / _CIRCLE_VERTICES for i in range(_CIRCLE_VERTICES)]
    ring = []
    for a in angles:
        y = min(90.0, max(-90.0, lat + dlat * math.sin(a)))
        ring.append((round(lon + dlon * math.cos(a), 6), round(y, 6)))
    return orient(sg.Polygon(ring), 1.0)


def to_geometry(value) -> BaseGeometry | None:
    """Normalise a geometry-like *value*; ``None`` if it is not one.

    Accepts a shapely geometry, a GeoJSON geometry or feature mapping, a
    ``(min_lon, min_lat, max_lon, max_lat)`` box, or a sequence of
    ``(lon, lat)`` pairs (a line).
    """
    if value is None:
        return None
    if isinstance(value, BaseGeometry):
        geom = value
    elif isinstance(value, Mapping):
        if value.get("type") == "Feature":
            value = value.get("geometry")
            if value is None:
                return None
        geom = sg.shape(value)
    elif isinstance(value, Sequence) and len(value) == 4 and all(
        isinstance(v, (int, float)) for v in value
    ):
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in value)
        if min_lon == max_lon and min_lat == max_lat:
            return None
        geom = sg.box(min_lon, min_lat, max_lon, max_lat)
    elif isinstance(value, Sequence) and len(value) >= 2:
        geom = sg.LineString([(float(x), float(y)) for x, y in value])
    else:
        return None
    if geom.is_empty:
        return None
    return oriented(geom)


def oriented(geom: BaseGeometry) -> BaseGeometry:
    """Return *geom* with polygon exteriors counter-clockwise, holes clockwise."""
    if isinstance(geom, sg.Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, sg.MultiPolygon):
        return sg.MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    if isinstance(geom, sg.GeometryCollection):
        return sg.GeometryCollection([oriented(g) for g in geom.geoms])
    return geom


#: Per gazetteer (not changed once loaded): the uncertainty shape of each place
#: worked out, by what it depends on (see :func:`uncertainty_geometry`).
_SHAPES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def uncertainty_geometry(place: Place, radius_m: float,
                         gazetteer: Gazetteer) -> tuple[BaseGeometry, str, str]:
    """Return the area or stretch where *place* may lie, its shape and source.

    The most specific shape wins: the gazetteer's extent of the place (a
    boundary segment for markers, a box for units), then the place's own
    box, then its commune's box for commune-precision places, else a circle
    of *radius_m* around its point.

    Returns
    -------
    tuple
        ``(geometry, shape, extent_source)`` with *shape* one of
        ``"segment"``, ``"box"``, ``"area"``, ``"circle"``.  Worked out once
        per gazetteer and place: the same geometry object again (shared:
        read it, do not change it).
    """
    key = (place.id, place.lon, place.lat, place.precision, place.bbox, place.legacy_unit,
           place.successor, place.parent, radius_m)
    try:
        known = _SHAPES.setdefault(gazetteer, {})
        found = known.get(key)
    except TypeError:  # not weakly referable, or a field not hashable: worked out each time
        return _uncertainty_geometry(place, radius_m, gazetteer)
    if found is None:
        found = known[key] = _uncertainty_geometry(place, radius_m, gazetteer)
    return found


def _uncertainty_geometry(place: Place, radius_m: float,
                          gazetteer: Gazetteer) -> tuple[BaseGeometry, str, str]:
    try:
        extent = to_geometry(gazetteer.extent(place.id))
    except (KeyError, ValueError, TypeError):
        extent = None
    if extent is not None and not isinstance(extent, sg.Point):
        return extent, _shape_name(extent), f"gazetteer.extent({place.id})"
    if place.bbox is not None and place.precision != Precision.POINT:
        box = to_geometry(place.bbox)
        if box is not None:
            return box, "box", f"bbox of {place.id}"
    if place.precision == Precision.COMMUNE:
        for unit_id in (place.legacy_unit, place.successor, place.parent):
            unit = gazetteer.get(unit_id) if unit_id else None
            if unit is not None and unit.bbox is not None:
                box = to_geometry(unit.bbox)
                if box is not None:
                    return box, "box", f"bbox of {unit_id}"
    return circle(float(place.lon), float(place.lat), radius_m), "circle", "uncertainty_m"


def _shape_name(geom: BaseGeometry) -> str:
    if isinstance(geom, (sg.LineString, sg.MultiLineString)):
        return "segment"
    if isinstance(geom, sg.Polygon) and len(geom.exterior.coords) == 5 and geom.equals(
        sg.box(*geom.bounds)
    ):
        return "box"
    return "area"


_COUNTRY_NAMES = {"VN": "Vietnam", "LA": "Laos", "CN": "China"}
#: Provenance of the gazetteer's boundary lines when it gives none itself.
BOUNDARY_SOURCE = ("Natural Earth 1:10m admin-0 countries (public domain), shared borders "
                   "of the country polygons; see data/boundary.geojson")


def boundary_rows(gazetteer) -> list[dict]:
    """Return the international boundary lines as rows.

    Whatever ``gazetteer.boundary_lines()`` returns (GeoDataFrame, GeoJSON
    FeatureCollection, features, geometries, or ``(name, geometry)`` pairs)
    becomes rows with ``id``, ``name``, ``countries``, ``source`` and
    ``geometry``; lines without a geometry are left out.
    """
    lines = gazetteer.boundary_lines() if hasattr(gazetteer, "boundary_lines") else None
    rows: list[dict] = []
    if isinstance(lines, gpd.GeoDataFrame):
        frame = lines.to_crs(CRS) if lines.crs is not None else lines.set_crs(CRS)
        for i, (_, rec) in enumerate(frame.iterrows()):
            props = {k: v for k, v in rec.items() if k != frame.geometry.name}
            rows.append(_boundary_row(i, props, rec[frame.geometry.name]))
    else:
        if isinstance(lines, Mapping) and lines.get("type") == "FeatureCollection":
            lines = lines.get("features", [])
        for i, item in enumerate(lines or ()):
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
                rows.append(_boundary_row(i, _series_props(item[0]), item[1]))
            elif isinstance(item, Mapping) and item.get("type") == "Feature":
                rows.append(_boundary_row(i, dict(item.get("properties") or {}), item))
            else:
                rows.append(_boundary_row(i, {}, item))
    return [r for r in rows if r["geometry"] is not None]


def _series_props(series: str) -> dict:
    """``"VN-LA"`` → name "Vietnam–Laos boundary", countries "VN-LA"."""
    codes = series.upper().split("-")
    if len(codes) == 2 and all(c in _COUNTRY_NAMES for c in codes):
        name = f"{_COUNTRY_NAMES[codes[0]]}–{_COUNTRY_NAMES[codes[1]]} boundary"
        return {"name": name, "countries": series.upper(), "source": BOUNDARY_SOURCE}
    return {"name": series}


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _boundary_row(i: int, props: dict, geom) -> dict:
    countries = props.get("countries")
    if isinstance(countries, (list, tuple)):
        countries = "-".join(str(c) for c in countries)
    return {
        "id": _text(props.get("id")) or f"boundary:{i}",
        "name": _text(props.get("name")) or "International boundary",
        "countries": _text(countries),
        "source": _text(props.get("source")) or BOUNDARY_SOURCE,
        "geometry": to_geometry(geom),
    }
