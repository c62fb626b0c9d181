"""GeoJSON of the layers: plain property values, rounded coordinates, one feature per row.

RFC 7946: longitude then latitude, WGS 84, no ``crs`` member, finite numbers
only, polygon exteriors counter-clockwise, coordinates rounded to
:data:`COORD_DIGITS` digits.  The export writes these features
(:mod:`geo.export`), the map embeds them (:mod:`geo.mapping.folium_map`).
"""

from __future__ import annotations

import io
import json
import math
import weakref
from collections.abc import Iterable, Mapping

import geopandas as gpd
from shapely.geometry import Point, mapping

from geo.errors import ExportError
from geo.layers._geometry import oriented

__all__ = ["COORD_DIGITS", "geometry_json", "iter_features", "plain", "write_geojson"]

#: Digits kept after the decimal point of a coordinate (about 10 cm, as RFC 7946 §11.2 advises).
COORD_DIGITS = 6


def plain(value):
    """Return *value* as a plain JSON value: NaN/NA → None, numpy → Python."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    item = getattr(value, "item", None)  # numpy scalar
    if item is not None and not isinstance(value, (list, tuple, dict)):
        try:
            return plain(item())
        except (TypeError, ValueError):
            pass
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def _round(coords):
    if isinstance(coords, (int, float)):
        if not math.isfinite(coords):
            raise ExportError(f"non-finite coordinate {coords!r}")
        return round(float(coords), COORD_DIGITS)
    return [_round(c) for c in coords]


def geometry_json(geom) -> dict | None:
    """Return the RFC 7946 geometry object of a shapely *geom* (``None`` for none)."""
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, Point) and not geom.has_z:  # most features: read directly
        x, y = geom.x, geom.y
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ExportError(f"non-finite coordinate {(x, y)!r}")
        return {"type": "Point", "coordinates": [round(x, COORD_DIGITS), round(y, COORD_DIGITS)]}
    out = mapping(oriented(geom))
    if out["type"] == "GeometryCollection":
        return {"type": out["type"], "geometries": [geometry_json(g) for g in geom.geoms]}
    return {"type": out["type"], "coordinates": _round(out["coordinates"])}


def iter_features(frame: gpd.GeoDataFrame, *, columns: Iterable[str] | None = None):
    """Yield the GeoJSON features of *frame* with plain-JSON properties.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        In EPSG:4326 (reprojected if not).
    columns : iterable of str, optional
        Properties to keep (default: every column but the geometry).

    Yields
    ------
    dict
        A Feature; its ``id`` is the ``id`` property when there is one.
        Features with the same shape (the uncertainty areas of the villages
        of one commune) share one geometry object, and so do the features of
        a shape given again in a later call (a place's uncertainty area on
        every map): read it, do not change it.
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    geom_col = frame.geometry.name
    keep = [c for c in (columns or frame.columns) if c != geom_col and c in frame.columns]
    # column by column (``tolist`` makes plain Python values in C), not
    # ``to_dict("records")``, which boxes every cell: 3-4x faster at 10k
    columns_ = [frame[c].tolist() for c in keep]
    records = ([dict(zip(keep, values, strict=True)) for values in zip(*columns_, strict=True)]
               if keep else [{} for _ in range(len(frame))])
    for props, geom in zip(records, frame.geometry.values, strict=True):
        props = {k: plain(v) for k, v in props.items()}
        feature = {"type": "Feature"}
        if isinstance(props.get("id"), (str, int)):
            feature["id"] = props["id"]
        if geom is None or isinstance(geom, Point):
            feature["geometry"] = geometry_json(geom)
        else:
            feature["geometry"] = _shape_json(geom)
        feature["properties"] = props
        yield feature


#: The GeoJSON of each shape (equal shapes share one), kept while the shape lives:
#: the uncertainty areas are the same objects from one map to the next
#: (``geo.layers._geometry.uncertainty_geometry``), and rounding them took a
#: fifth of a map at 10,000 articles.
_SHAPES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _shape_json(geom) -> dict | None:
    found = _SHAPES.get(geom)
    if found is None:
        found = _SHAPES[geom] = geometry_json(geom)
    return found


def _feature_json(feature: dict) -> str:
    return json.dumps(feature, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def write_geojson(frame: gpd.GeoDataFrame, fh: io.TextIOBase) -> int:
    """Stream *frame* as a FeatureCollection into the text file *fh*; return the count."""
    fh.write('{"type":"FeatureCollection","features":[\n')
    n = 0
    for feature in iter_features(frame):
        if n:
            fh.write(",\n")
        fh.write(_feature_json(feature))
        n += 1
    fh.write("\n]}\n")
    return n
