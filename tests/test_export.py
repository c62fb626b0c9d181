"""GeoJSON / zip / GeoPackage / CSV export, validated with independent tools."""

import csv
import json
import math
import zipfile

import geojson_validator
import geopandas as gpd
import pyogrio
import pytest
from _layers_fixtures import FakeGazetteer, make_corpus
from geojson_pydantic import FeatureCollection
from shapely.geometry import Point, Polygon

import geo.geojson as geojson
from geo.errors import ExportError
from geo.export import export_layers, safe_name
from geo.layers.build import LAYER_NAMES, build_layers


@pytest.fixture(scope="module")
def layers():
    return build_layers(make_corpus(), FakeGazetteer())


@pytest.fixture(scope="module")
def exported(layers, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return out, export_layers(layers, out, corpus=make_corpus())


def test_writes_every_layer_zip_gpkg_csv(exported):
    out, paths = exported
    names = [p.name for p in paths]
    assert names == [f"{n}.geojson" for n in LAYER_NAMES] + ["layers.zip", "layers.gpkg",
                                                               "figures.csv"]
    assert all(p.parent == out for p in paths)
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # no temporary leftovers


@pytest.mark.parametrize("layer", LAYER_NAMES)
def test_geojson_valid_rfc7946(exported, layers, layer):
    out, _ = exported
    path = out / f"{layer}.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))  # strict JSON: no NaN accepted below
    json.dumps(data, allow_nan=False)
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert geojson_validator.validate_structure(data, check_crs=True) == {}
    if data["features"]:
        checks = geojson_validator.validate_geometries(data)
        assert checks["invalid"] == {} and checks["problematic"] == {}
    FeatureCollection.model_validate(data)
    back = gpd.read_file(path)
    assert len(back) == len(layers[layer])
    for feature in data["features"]:
        for value in feature["properties"].values():
            assert value is None or type(value) in (str, int, float, bool)


def test_lon_lat_order_and_ids(exported):
    out, _ = exported
    data = json.loads((out / "border_posts.geojson").read_text(encoding="utf-8"))
    (feature,) = data["features"]
    assert feature["id"] == "post:pa-thom"
    assert feature["geometry"] == {"type": "Point", "coordinates": [102.88, 21.3]}
    articles = json.loads(feature["properties"]["articles"])  # JSON text, documented
    assert [a["id"] for a in articles] == ["a", "b"]


def test_segment_uncertainty_exported(exported):
    out, _ = exported
    data = json.loads((out / "uncertainty.geojson").read_text(encoding="utf-8"))
    by_id = {f["id"]: f for f in data["features"]}
    seg = by_id["marker:vn-la:109"]
    assert seg["geometry"]["type"] == "LineString"
    assert seg["geometry"]["coordinates"][0] == [102.86, 21.27]
    assert seg["properties"]["shape"] == "segment"


def test_zip_holds_every_geojson(exported):
    out, _ = exported
    with zipfile.ZipFile(out / "layers.zip") as zf:
        assert sorted(zf.namelist()) == sorted(f"{n}.geojson" for n in LAYER_NAMES)
        assert zf.read("border_gates.geojson") == (out / "border_gates.geojson").read_bytes()


def test_geopackage_has_every_layer(exported, layers):
    out, _ = exported
    found = {name: count for name, _ in pyogrio.list_layers(out / "layers.gpkg")
             for count in [pyogrio.read_info(out / "layers.gpkg", layer=name)["features"]]}
    assert found == {name: len(layers[name]) for name in LAYER_NAMES}
    posts = gpd.read_file(out / "layers.gpkg", layer="border_posts")
    assert posts.loc[0, "name"] == "Pa Thơm Border Post" and posts.crs.to_epsg() == 4326


def test_figures_csv(exported):
    out, _ = exported
    with open(out / "figures.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5  # every figure, the unplaced vague one included
    values = [r["value"] for r in rows]
    assert values == ["20", "455.573", "1200", "408.616", ""]
    assert rows[2]["article_title"] == "Trade <b>at</b> Tây Trang"
    assert rows[4]["vague"] == "True" and rows[4]["place_id"] == ""


def test_interrupted_export_leaves_old_files_intact(tmp_path, layers, monkeypatch):
    export_layers(layers, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = geojson._feature_json
    calls = {"n": 0}

    def failing(feature):
        calls["n"] += 1
        if calls["n"] > 3:  # part of uncertainty.geojson already in the temporary file
            raise OSError("disk full")
        return real(feature)

    monkeypatch.setattr(geojson, "_feature_json", failing)
    changed = {k: v.copy() for k, v in layers.items()}
    changed["uncertainty"]["name"] = "changed"
    with pytest.raises(ExportError, match="disk full"):
        export_layers(changed, tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # no temp file left, every old file byte for byte


def test_interrupted_geopackage_keeps_old(tmp_path, layers, monkeypatch):
    export_layers(layers, tmp_path)
    old = (tmp_path / "layers.gpkg").read_bytes()
    real = pyogrio.write_dataframe
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError("interrupted")
        return real(*args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", failing)
    with pytest.raises(ExportError):
        export_layers(layers, tmp_path)
    assert (tmp_path / "layers.gpkg").read_bytes() == old
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_gdal_error_becomes_export_error(tmp_path, layers, monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("GDAL says no")

    monkeypatch.setattr(pyogrio, "write_dataframe", failing)
    with pytest.raises(ExportError, match="GDAL says no"):
        export_layers(layers, tmp_path)
    assert not (tmp_path / "layers.gpkg").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_unsafe_layer_names_stay_inside_out_dir(tmp_path):
    out = tmp_path / "out"
    frame = gpd.GeoDataFrame({"id": ["x"]}, geometry=[Point(102.0, 21.0)], crs=4326)
    paths = export_layers({"../../evil layer": frame}, out)
    assert paths[0] == out / "evil_layer.geojson"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("bad", ["", "../..", "   ", "\u00e9\u00e8"])
def test_safe_name_rejects_empty(bad):
    with pytest.raises(ExportError):
        safe_name(bad)


@pytest.mark.parametrize(("name", "expected"), [("border_posts", "border_posts"),
                                                ("Border Posts", "border_posts"),
                                                ("a/b\\c", "a_b_c")])
def test_safe_name(name, expected):
    assert safe_name(name) == expected


def test_non_finite_coordinates_refused(tmp_path):
    frame = gpd.GeoDataFrame({"id": ["x"]}, geometry=[Point(math.nan, 21.0)], crs=4326)
    with pytest.raises(ExportError, match="non-finite"):
        export_layers({"bad": frame}, tmp_path)
    assert not (tmp_path / "bad.geojson").exists()


def test_polygons_follow_right_hand_rule(tmp_path):
    clockwise = Polygon([(102, 21), (102, 22), (103, 22), (103, 21)])
    assert not clockwise.exterior.is_ccw
    frame = gpd.GeoDataFrame({"id": ["x"], "v": [math.nan]}, geometry=[clockwise], crs=4326)
    export_layers({"poly": frame}, tmp_path)
    data = json.loads((tmp_path / "poly.geojson").read_text())
    assert geojson_validator.validate_geometries(data)["invalid"] == {}
    ring = data["features"][0]["geometry"]["coordinates"][0]
    assert Polygon(ring).exterior.is_ccw
    assert data["features"][0]["properties"]["v"] is None  # NaN becomes null


def test_reprojects_to_wgs84(tmp_path):
    frame = gpd.GeoDataFrame({"id": ["x"]}, geometry=[Point(102.0, 21.0)], crs=4326)
    export_layers({"p": frame.to_crs(3857)}, tmp_path)
    coords = json.loads((tmp_path / "p.geojson").read_text())["features"][0]["geometry"]
    assert coords["coordinates"] == pytest.approx([102.0, 21.0])
