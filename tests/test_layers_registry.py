"""The layer registry: one declaration is built, drawn and exported; bad declarations refused."""

import json
import re
from pathlib import Path

import folium
import geopandas as gpd
import pyogrio
import pytest
from _layers_fixtures import FakeGazetteer, make_corpus

from geo.export import export_layers
from geo.layers import LAYERS, Info, Layer, Registry, Symbol, build_layers, place_layer
from geo.layers.build import LAYER_NAMES, PLACE_LAYERS
from geo.layers.registry import PLACE_COLUMNS
from geo.layers.spec import LayerInputs
from geo.mapping._select import QUIET_TITLE
from geo.mapping._style import legend_html
from geo.mapping.folium_map import build_map, embedded_properties
from geo.model import Kind

DOCS = Path(__file__).resolve().parent.parent / "docs" / "LAYERS.md"


def _hotspot_rows(inputs: LayerInputs, layer: Layer):
    """Places mentioned in at least two articles."""
    return [r for r in inputs.drawn if r["article_count"] >= 2]


HOTSPOTS = Layer(
    name="hotspots", title="Hotspots (test)", build=_hotspot_rows,
    columns=("id", "name", "mention_count", "article_count"), geometry=("Point",),
    colour="#000000", style={"radius": 9, "weight": 2, "fillOpacity": 0.6},
    tooltip="<b>{name}</b>: {article_count} articles", shown=False, export_name="hot_spots",
)


@pytest.fixture
def registry():
    """The product's layers plus one more, for this test only."""
    return LAYERS.with_layer(HOTSPOTS)


def _overlays(m: folium.Map) -> dict[str, folium.FeatureGroup]:
    """Title → group of every layer in the map's layer control (after rendering)."""
    m.get_root().render()
    (control,) = [c for c in m._children.values() if isinstance(c, folium.LayerControl)]
    groups = {g.get_name(): g for g in m._children.values()
              if isinstance(g, folium.FeatureGroup)}
    return {title: groups[var] for title, var in control.overlays.items()}


def test_one_declaration_is_built_drawn_and_exported(registry, tmp_path):
    layers = build_layers(make_corpus(), FakeGazetteer(), registry=registry)
    assert tuple(layers) == (*LAYER_NAMES, "hotspots")
    hot = layers["hotspots"]
    assert tuple(hot.columns) == (*HOTSPOTS.columns, "geometry")
    assert set(hot["id"]) == {"post:pa-thom", "village:pa-xa-lao"}
    assert hot.crs.to_epsg() == 4326

    m = build_map(layers, registry=registry, asset_base="/app/static")
    overlays = _overlays(m)
    assert "Hotspots (test)" in overlays and overlays["Hotspots (test)"].show is False
    props = {p["id"]: p for p in embedded_properties(m)["hotspots"]}
    assert props["post:pa-thom"]["tooltip_html"] == "<b>Pa Thơm Border Post</b>: 2 articles"
    (geojson,) = [c for c in overlays["Hotspots (test)"]._children.values()
                  if isinstance(c, folium.GeoJson)]
    style = geojson.style_function(geojson.data["features"][0])
    assert style == {"color": "#000000", "radius": 9, "weight": 2, "fillOpacity": 0.6}
    assert "#000000" in legend_html({}, registry) and "Hotspots (test)" in legend_html({}, registry)

    written = export_layers(layers, tmp_path, registry=registry)
    assert tmp_path / "hot_spots.geojson" in written
    data = json.loads((tmp_path / "hot_spots.geojson").read_text(encoding="utf-8"))
    assert {f["id"] for f in data["features"]} == {"post:pa-thom", "village:pa-xa-lao"}
    assert "hot_spots" in {name for name, _ in pyogrio.list_layers(tmp_path / "layers.gpkg")}
    back = gpd.read_file(tmp_path / "layers.gpkg", layer="hot_spots")
    assert list(back.columns) == [*HOTSPOTS.columns, "geometry"]


def test_the_extra_layer_is_gone_after_the_test(tmp_path):
    assert "hotspots" not in LAYERS and "hotspots" not in LAYER_NAMES
    layers = build_layers(make_corpus(), FakeGazetteer())
    assert "hotspots" not in layers
    assert "Hotspots (test)" not in _overlays(build_map(layers))
    export_layers(layers, tmp_path)
    assert not (tmp_path / "hot_spots.geojson").exists()


def test_a_place_layer_takes_the_places_of_its_kinds():
    markers = place_layer("markers_test", "Markers (test)", "#000000", {Kind.BORDER_MARKER})
    registry = LAYERS.without("border_markers").with_layer(markers, after="foreign_places")
    assert registry.names.index("markers_test") == LAYER_NAMES.index("border_markers")
    layers = build_layers(make_corpus(), FakeGazetteer(), registry=registry)
    got = layers["markers_test"]
    assert set(got["id"]) == {f"marker:vn-la:{n}" for n in range(107, 112)}
    assert set(got["layer"]) == {"markers_test"}
    assert tuple(got.columns) == (*PLACE_COLUMNS, "geometry")
    unc = layers["uncertainty"]
    assert set(unc[unc["kind"] == "border_marker"]["layer"]) == {"markers_test"}


def test_every_kind_of_place_has_one_place_layer():
    held = [kind for layer in LAYERS for kind in layer.kinds]
    assert sorted(held) == sorted(Kind) and len(held) == len(set(held))
    assert PLACE_LAYERS == tuple(layer.name for layer in LAYERS if layer.kinds)
    assert [layer.name for layer in LAYERS if layer.abroad] == ["foreign_places"]


def test_built_geometries_are_the_declared_ones():
    layers = build_layers(make_corpus(), FakeGazetteer())
    for layer in LAYERS:
        types = set(layers[layer.name].geometry.geom_type.dropna())
        assert types <= set(layer.geometry), layer.name


def test_map_groups_follow_the_registry():
    layers = build_layers(make_corpus(), FakeGazetteer())
    overlays = _overlays(build_map(layers))
    mentioned = {n: f[f["mentioned"]] if "mentioned" in f else f for n, f in layers.items()}
    expected = {layer.title: layer.shown for layer in LAYERS if len(mentioned[layer.name])}
    expected[QUIET_TITLE] = False  # places no article mentions: one group, hidden
    assert {title: group.show for title, group in overlays.items()} == expected
    assert [layer.name for layer in LAYERS if not layer.shown] == [
        "uncertainty", "communes", "mention_density", "figures"]


def test_docs_table_lists_every_layer_in_order_as_declared():
    text = DOCS.read_text(encoding="utf-8")
    table = text[text.index("## Layers"):text.index("### Place layers")]
    rows = re.findall(r"^\| `([a-z_]+)` \|.*\| (shown|hidden) \| (.+) \|$", table, flags=re.M)
    assert [name for name, _, _ in rows] == list(LAYER_NAMES)
    for name, start, geometry in rows:
        assert (start == "shown") == LAYERS[name].shown, name
        for kind in LAYERS[name].geometry:
            assert kind in geometry, (name, kind)


def test_builder_leaving_out_a_declared_column_is_refused():
    broken = Layer(name="broken", title="Broken", build=_hotspot_rows,
                   columns=("id", "no_such_column"), geometry=("Point",), colour="#000000")
    with pytest.raises(ValueError, match="no_such_column"):
        build_layers(make_corpus(), FakeGazetteer(), registry=LAYERS.with_layer(broken))


def _layer(**changes):
    fields = dict(name="x", title="X", build=_hotspot_rows, columns=("id", "name"),
                  geometry=("Point",), colour="#000000")
    return Layer(**{**fields, **changes})


VALID = [
    {},
    {"tooltip": "<b>{name}</b> ({id})"},
    {"symbol": Symbol.SIZED, "size_by": "id"},
    {"info": Info.PLACE, "map_columns": ("id", "name"), "info_only": ("name",)},
    {"style": lambda p: {"color": "red"}},
    {"export_name": "x-2"},
    {"kinds": {Kind.VILLAGE}, "abroad": True},
    {"symbol": "plain", "columns": ["id", "name"]},
]
INVALID = [
    ({"tooltip": "{nope}"}, "tooltip names columns not embedded ['nope']"),
    ({"tooltip": "{name}", "map_columns": ("id",)}, "tooltip names columns not embedded"),
    ({"symbol": Symbol.SIZED, "size_by": "nope"}, "not embedded in the map ['nope']"),
    ({"info": Info.PLACE, "tooltip": "{id}"}, "not both"),
    ({"symbol": Symbol.SIZED}, "size_by"),
    ({"symbol": Symbol.PLACE, "style": {"weight": 1}}, "plain symbols"),
    ({"map_columns": ("id", "nope")}, "unknown columns"),
    ({"export_name": "../evil"}, "export name"),
    ({"geometry": ("Circle",)}, "geometry"),
    ({"columns": ("id", "geometry")}, "'geometry' is not a column"),
    ({"abroad": True}, "only a place layer"),
    ({"title": ""}, "title"),
    ({"on_request": True}, "a layer on request is hidden at start"),
    ({"on_request": True, "shown": False, "kinds": {Kind.VILLAGE}}, "holds no places"),
]


@pytest.mark.parametrize("changes", VALID)
def test_valid_declarations(changes):
    layer = _layer(**changes)
    assert isinstance(layer.columns, tuple) and isinstance(layer.kinds, frozenset)
    assert isinstance(layer.symbol, Symbol)


@pytest.mark.parametrize(("changes", "message"), INVALID)
def test_invalid_declarations(changes, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        _layer(**changes)


@pytest.mark.parametrize(
    ("layers", "message"),
    [
        ([_layer(), _layer(title="Y")], "share a name"),
        ([_layer(), _layer(name="y", export_name="x")], "share an export name"),
        ([_layer(kinds=frozenset({"village"})), _layer(name="y", kinds=frozenset({"village"}))],
         "kind 'village'"),
        ([_layer(kinds=frozenset({"village"}), abroad=True),
          _layer(name="y", kinds=frozenset({"country"}), abroad=True)], "places abroad"),
    ],
)
def test_invalid_registries(layers, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        Registry(layers)


def test_registry_is_not_changed_by_adding():
    before = LAYERS.names
    bigger = LAYERS.with_layer(HOTSPOTS, after="boundary")
    assert bigger.names[:2] == ("boundary", "hotspots") and LAYERS.names == before
    assert bigger.without("hotspots").names == before
    assert LAYERS.export_name("border_posts") == "border_posts"
    assert bigger.export_name("hotspots") == "hot_spots"
    assert LAYERS.export_name("not registered") == "not registered"


def test_analysis_layers_are_on_request_and_a_map_leaves_them_out_unless_asked():
    # the hidden overlays a large corpus makes heavy: mentions per place, figures
    assert [layer.name for layer in LAYERS.on_request] == ["mention_density", "figures"]
    lean = LAYERS.without("mention_density").without("figures").names
    assert LAYERS.for_map().names == lean
    assert LAYERS.for_map({"not a layer", "villages"}).names == lean
    assert LAYERS.for_map({"figures"}).names == LAYERS.without("mention_density").names
    assert LAYERS.for_map({"figures", "mention_density"}).names == LAYERS.names


def test_a_layer_asked_for_is_shown_when_the_map_opens():
    layers = build_layers(make_corpus(), FakeGazetteer())
    title = LAYERS["figures"].title
    assert not _overlays(build_map(layers))[title].show  # there, hidden: the registry's
    assert _overlays(build_map(layers, show={"figures"}))[title].show
