"""The Folium map: structure, escaping, imprecision, offline assets."""

import json
import re
from pathlib import Path

import folium
import pytest
from _layers_fixtures import TEXT_B, XSS_NAME, FakeGazetteer, make_corpus

from geo.layers.build import build_layers
from geo.layers.registry import LAYERS
from geo.mapping._select import QUIET_TITLE
from geo.mapping.folium_map import MAX_ZOOM, build_map, embedded_properties, figure_radius


@pytest.fixture(scope="module")
def layers():
    return build_layers(make_corpus(), FakeGazetteer())


@pytest.fixture(scope="module")
def fmap(layers):
    return build_map(layers, asset_base="/app/static")


@pytest.fixture(scope="module")
def page(fmap):
    return fmap.get_root().render()


def _groups(fmap, *, quiet=False):
    """The groups of the registry's layers (or, with *quiet*, the one of unmentioned places)."""
    return [c for c in fmap._children.values() if isinstance(c, folium.FeatureGroup)
            and (c.layer_name == QUIET_TITLE) == quiet]


def _geojsons(fmap):
    out = []
    for group in _groups(fmap):
        children = [c for c in group._children.values() if isinstance(c, folium.GeoJson)]
        assert len(children) == 1
        out.append(children[0])
    return out


def _places(fmap):
    """Properties of the features of every place layer, by place id."""
    props = embedded_properties(fmap)
    return {p["id"]: p for name, rows in props.items()
            if name not in ("uncertainty", "mention_density", "figures", "Countries")
            for p in rows}


def test_one_feature_group_with_one_geojson_per_layer(fmap, layers):
    mentioned = {n: f[f["mentioned"]] if "mentioned" in f else f for n, f in layers.items()}
    non_empty = [n for n, f in mentioned.items() if len(f)]
    assert [g.layer_name for g in _geojsons(fmap)] == non_empty
    assert isinstance(list(fmap._children.values())[-1], folium.LayerControl)


def test_places_no_article_mentions_are_one_hidden_group(fmap, layers):
    communes = layers["communes"]
    assert not communes["mentioned"].all()  # border communes no article mentions
    (quiet,) = _groups(fmap, quiet=True)
    assert quiet.show is False
    ids = {f["id"] for g in quiet._children.values() for f in g.data["features"]}
    expected = {pid for f in layers.values() if "mentioned" in f
                for pid, m in zip(f["id"], f["mentioned"], strict=True) if not m}
    assert ids == expected and "vnold:c:03190" in ids
    drawn = {f["id"] for g in _geojsons(fmap) if g.layer_name != "uncertainty"
             for f in g.data["features"]}
    assert not ids & drawn



def test_the_map_of_the_map_columns_keeps_the_quiet_places_apart(fmap, layers, gaz):
    # the app draws its layers with the map's columns only (its snapshot, and a
    # map after a filter): places no article mentions still go to their own group
    from geo.layers import LAYERS

    small = build_map(LAYERS.map_only(layers), asset_base="/app/static")
    ids = {f["id"] for g in _groups(small, quiet=True) for c in g._children.values()
           for f in c.data["features"]}
    assert ids == {f["id"] for g in _groups(fmap, quiet=True) for c in g._children.values()
                   for f in c.data["features"]}
    assert "vnold:c:03190" in ids


def test_uncertainty_shapes_hidden_at_start_shown_on_hover_and_click(fmap, page):
    (group,) = [g for g in _groups(fmap)
                if any(getattr(c, "layer_name", None) == "uncertainty"
                       for c in g._children.values())]
    assert group.show is False
    assert "g.on('mouseover'" in page and "map.on('geo:selected'" in page
    assert "map.fire('geo:selected'" in page


WINDOW = (102.0, 20.8, 103.7, 22.6)  # Điện Biên with a margin


def test_far_places_and_countries_are_left_out_and_the_view_opens_inside(layers):
    assert "country:la" in set(layers["foreign_places"]["id"])  # Laos, at 19.85 N
    fmap = build_map(layers, window=WINDOW)
    ids = {p.get("id") for rows in embedded_properties(fmap).values() for p in rows}
    assert "country:la" not in ids and "post:pa-thom" in ids
    text = fmap.get_root().render()
    (south, west), (north, east) = json.loads(
        re.search(r"fitBounds\(\s*(\[\[.*?\]\])", text, re.S).group(1))
    assert 20.8 <= south < north <= 22.6 and 102.0 <= west < east <= 103.7
    assert north - south >= 0.299 and east - west >= 0.299  # never a pin-sized view


def test_far_places_listed_by_mentions(layers):
    from geo.app.far import far_ids, far_places

    assert "country:la" in far_ids(layers, WINDOW)
    assert far_ids(layers, None) == frozenset()
    far = far_places(layers, WINDOW)
    assert [p.id for p in far] == ["country:la"]
    assert far[0].label == "Laos 1×" and far[0].kind_label == "country"


def test_max_zoom_set_without_tiles(fmap, page):
    assert fmap.options["max_zoom"] == MAX_ZOOM
    assert f'"maxZoom": {MAX_ZOOM}' in page
    assert "L.tileLayer" not in page


def test_osm_tiles_when_asked(layers):
    page = build_map(layers, tiles="OpenStreetMap", asset_base="/app/static").get_root().render()
    assert "tile.openstreetmap.org" in page
    # offline, the user is told once (the map works without tiles)
    assert ".once('tileerror'" in page and "could not load (no network?)" in page


def test_no_tiles_no_tile_message(page):
    assert "tileerror" not in page


def _asset_links(page):
    return re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', page)


def test_no_asset_leaves_the_machine(page):
    links = _asset_links(page)
    assert links, "no script or stylesheet at all?"
    assert all(link.startswith("/app/static/") for link in links), links
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    for unused in ("bootstrap", "font-awesome", "fontawesome", "awesome-markers", "glyphicons"):
        assert unused not in page


def test_online_map_keeps_only_leaflet_and_jquery(layers):
    page = build_map(layers).get_root().render()
    links = _asset_links(page)
    assert len(links) == 3 and any("leaflet" in u for u in links) and any(
        "jquery" in u for u in links)


def test_article_text_is_escaped(page, fmap):
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    props = _places(fmap)
    xss = props["user:xss"]
    assert xss["name"] == XSS_NAME  # raw in the data (the app escapes when it shows it)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in xss["tooltip_html"]
    assert "<script>" not in xss["popup_html"] and "<img" not in xss["popup_html"]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in xss["popup_html"]
    assert "first_passage" not in xss  # the panel shows passages: not embedded at all


def test_clickable_features_carry_the_place_id(fmap):
    ids = set(_places(fmap))
    assert {"post:pa-thom", "gate:tay-trang", "marker:vn-la:107", "village:pa-xa-lao"} <= ids


def test_passages_not_embedded_beyond_the_first(page, fmap):
    second = "Pa Thơm Border Post sent twelve soldiers"  # the post's second passage
    assert second in TEXT_B
    assert second not in page and json.dumps(second)[1:-1] not in page
    props = _places(fmap)
    assert "articles" not in props["post:pa-thom"]  # heavy lists stay in the export


def _style_for(fmap, place_id):
    for geojson in _geojsons(fmap):
        for feature in geojson.data["features"]:
            if feature.get("id") == place_id and geojson.layer_name != "uncertainty":
                return geojson.style_function(feature)
    raise AssertionError(place_id)


def test_imprecise_places_hollow_and_dashed(fmap):
    post = _style_for(fmap, "post:pa-thom")  # commune precision
    gate = _style_for(fmap, "gate:tay-trang")  # published point
    assert post.get("dashArray") and post["fillOpacity"] < 0.3
    assert "dashArray" not in gate and gate["fillOpacity"] > 0.8


def test_popup_is_short_name_kind_mentions(fmap):
    # the panel beside the map carries the detail: the popup only names the place
    popup = _places(fmap)["post:pa-thom"]["popup_html"]
    assert popup.startswith("<b>Pa Thơm Border Post</b><br>border post · ")
    assert "2 figures" in popup
    assert "455.573" not in popup and "commune:" not in popup and "id:" not in popup


def test_precision_in_tooltip(fmap):
    props = _places(fmap)
    assert "precision: commune (±8 km): position approximate" in props["post:pa-thom"][
        "tooltip_html"]
    assert "precision: point" in props["gate:tay-trang"]["tooltip_html"]


def test_uncertainty_segment_drawn_for_markers(fmap):
    for geojson in _geojsons(fmap):
        if geojson.layer_name == "uncertainty":
            # markers 107-111 sit on one stretch: one shape, drawn once for all five
            by_id = {pid: f for f in geojson.data["features"]
                     for pid in f["properties"].get("place_ids") or [f["id"]]}
            assert by_id["marker:vn-la:110"] is by_id["marker:vn-la:107"]
            assert by_id["marker:vn-la:110"]["geometry"]["type"] == "LineString"
            style = geojson.style_function(by_id["marker:vn-la:110"])
            assert style["dashArray"] and style["weight"] >= 5
            assert style["color"] == LAYERS["border_markers"].colour  # its place's layer
            return
    raise AssertionError("no uncertainty layer")


def test_legend_and_figure_scale(page):
    assert "Legend" in page
    assert "approximate" in page
    assert "455.573" in page  # the border theme's scale: its largest value


def test_figure_radius_area_proportional():
    r_max, r_quarter = figure_radius(400, 400), figure_radius(100, 400)
    assert r_max > r_quarter > figure_radius(None, 400)
    assert figure_radius(0, 400) == figure_radius(None, 400)


def test_empty_layers_still_make_a_map():
    layers = build_layers(make_corpus().__class__(results=()), FakeGazetteer())
    page = build_map(layers, asset_base="/app/static").get_root().render()
    assert "L.control.layers" in page


def test_tooltip_templates_escape_every_property(fmap):
    density = {p["id"]: p for p in embedded_properties(fmap)["mention_density"]}
    assert density["user:xss"]["tooltip_html"] == (
        "<b>Bản &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b>: 1 mention(s) "
        "in 1 article(s)")


def test_standalone_html_holds_its_scripts_styles_and_data(layers):
    import xstatic.pkg.leaflet

    from geo.mapping.standalone import standalone_html

    text = standalone_html(build_map(layers, asset_base="/app/static"))
    assert not re.search(r"""<(?:script|link)\s[^>]*(?:src|href)=["']?(?:https?:|//|/)""", text)
    assert "/app/static" not in text
    leaflet = (Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js").read_text("utf-8")
    assert leaflet[-500:] in text and ".leaflet-container" in text  # Leaflet, its stylesheet
    assert "data:image/png;base64," in text  # the layer control's icon
    assert "post:pa-thom" in text and "<title>Điện Biên border news map</title>" in text


def test_standalone_html_refuses_a_map_with_remote_assets(layers):
    from geo.mapping.standalone import standalone_html

    with pytest.raises(ValueError, match="not a local asset"):
        standalone_html(build_map(layers))


def test_background_fills_the_three_countries_and_names_them_not_clickable(fmap, page):
    from geo.mapping._background import COUNTRY_FILLS

    (countries,) = [c for c in fmap._children.values()
                    if isinstance(c, folium.GeoJson) and c.layer_name == "Countries"]
    names = {f["properties"]["name"] for f in countries.data["features"]}
    assert names == {"Vietnam", "Laos", "China"}
    assert countries.options.get("interactive") is False  # never takes a click
    fills = {countries.style_function(f)["fillColor"] for f in countries.data["features"]}
    assert fills == set(COUNTRY_FILLS.values())  # three distinct fills
    for f in countries.data["features"]:  # each name on its own side of the line
        from shapely.geometry import Point, shape

        p = f["properties"]
        assert shape(f["geometry"]).contains(Point(p["label_lon"], p["label_lat"]))
    assert page.count("geo-country-label") == 3
    assert list(fmap._children.values()).index(countries) < min(
        list(fmap._children.values()).index(g) for g in _groups(fmap))  # under the layers


def test_no_marker_with_leaflets_default_icon(page):
    # a folium.Marker is added with Leaflet's default icon before its DivIcon is set: the
    # default icon's images are asked for (404 on the app's server, whose Leaflet CSS may
    # not be loaded yet, so Leaflet guesses a wrong image path)
    assert ".setIcon(" not in page


def test_labels_of_places_by_zoom_as_text(layers):
    labels = [("Điện Biên Phủ", 21.383, 103.017, 0), ('<img src=x onerror="x">', 21.5, 103.0, 11)]
    page = build_map(layers, labels=labels).get_root().render()
    assert "map.on('zoomend', update)" in page and "el.textContent = it[0]" in page
    assert "21.383, 103.017, 0]" in page
    assert "<img src=x" not in page  # JSON in a script, shown as text
    assert "geo-place-label" in page and build_map(layers).get_root().render().count(
        "ZoomLabels") == 0
