"""The Natural Earth boundary extract near Điện Biên."""

import json

import pytest
from geopy.distance import geodesic
from shapely.geometry import shape

from geo.settings import data_dir

DATA = json.loads((data_dir() / "boundary.geojson").read_text(encoding="utf-8"))


def test_provenance_properties():
    props = DATA["properties"]
    assert "Natural Earth" in props["source"]
    assert "public domain" in props["licence"]
    assert props["script"] == "scripts/make_boundary.py"
    assert props["date"]


def test_small_and_two_series():
    assert len((data_dir() / "boundary.geojson").read_bytes()) < 100_000
    assert {f["properties"]["series"] for f in DATA["features"]} == {"VN-LA", "VN-CN"}


def test_natural_earth_tripoint_is_about_2_6_km_from_marker_0():
    la, cn = (shape(f["geometry"]) for f in DATA["features"])
    meet = la.intersection(cn)
    point = meet if meet.geom_type == "Point" else list(meet.geoms)[0]
    assert geodesic((point.y, point.x), (22.400638, 102.143919)).km == pytest.approx(2.6, abs=0.3)


def test_boundary_lines_api(gaz):
    lines = gaz.boundary_lines()
    assert {s for s, _ in lines} == {"VN-LA", "VN-CN"}
    assert all(line.geom_type == "LineString" for _, line in lines)
