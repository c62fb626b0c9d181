"""The layered Folium map: the only module of :mod:`geo` that imports Folium.

:func:`build_map` draws every layer of :func:`geo.layers.build.build_layers` as ONE
``folium.GeoJson`` inside its own ``FeatureGroup`` (streamlit-folium
re-renders every Folium object on each rerun, so one object per place would
not scale), with circle symbols that need no icon font, a legend, and the
``LayerControl`` added last.  Which layers there are and how each looks
(title, colour, symbol, tooltip, shown at start) comes from the layer
registry (:mod:`geo.layers.registry`).  Each place is a GeoJSON feature whose
properties include its ``id``: streamlit-folium returns a clicked feature's
properties as ``last_active_drawing``, so a click leads to the place without
guessing from coordinates.

Imprecise places are drawn hollow and dashed, over their uncertainty circle,
box or boundary segment, with the precision in the tooltip.  Every text that
comes from an article or a user file is HTML-escaped before it goes into a
tooltip or popup.  Only a short first passage is embedded; the app looks up
the passages of a place on click.
"""

from __future__ import annotations

import json
from collections.abc import Collection

import folium
from folium.plugins import MarkerCluster
from folium.utilities import JsCode

from geo.geojson import iter_features
from geo.layers.registry import LAYERS, Layer, Registry, Symbol
from geo.mapping import assets
from geo.mapping._background import add_background
from geo.mapping._scripts import (
    LABEL_CSS,
    Legend,
    PinPlace,
    PlacesHere,
    SettleBeforeLeaving,
    ShapeOnHover,
    TilesFailed,
    TooltipsInside,
    ZoomLabels,
)
from geo.mapping._select import QUIET_TITLE, select
from geo.mapping._spread import SpreadFigures
from geo.mapping._stack import stack_features
from geo.mapping._style import (
    add_info,
    figure_radius,
    figure_scales,
    legend_html,
    style_function,
)

__all__ = ["MAX_ZOOM", "build_map", "embedded_properties", "figure_radius", "host_map",
           "selection_group", "use_local_assets"]

#: Highest zoom of the map (a map without tiles has none otherwise).
MAX_ZOOM = 18
#: Fallback centre: Điện Biên Phủ.
DEFAULT_CENTER = (21.39, 103.02)

_ON_EACH_FEATURE = JsCode(
    """function(feature, layer) {
    var p = feature.properties || {};
    if (p.tooltip_html) { layer.bindTooltip(p.tooltip_html, {sticky: true, direction: 'auto'}); }
    if (p.popup_html) { layer.bindPopup(p.popup_html, {maxWidth: 280, autoPan: false}); }
}"""
)

_ORIGINAL_ASSETS = {
    cls: (list(cls.default_js), list(cls.default_css)) for cls in (folium.Map, MarkerCluster)
}
_patched_base: str | None = None


def use_local_assets(asset_base: str) -> assets.LocalAssets:
    """Point Folium's asset lists (Map, MarkerCluster) at local URLs, once per process.

    Bootstrap, Font Awesome and awesome-markers are dropped: nothing here
    uses them, and every extra ``<script>`` is one more way to blank the map.

    Parameters
    ----------
    asset_base : str
        URL prefix of the ``static/`` folder (see :mod:`geo.mapping.assets`).

    Returns
    -------
    geo.mapping.assets.LocalAssets
    """
    global _patched_base  # Folium keeps its asset lists on the classes
    local = assets.asset_urls(asset_base)
    if _patched_base != asset_base:
        folium.Map.default_js = list(local.map_js)
        folium.Map.default_css = list(local.map_css)
        MarkerCluster.default_js = list(local.cluster_js)
        MarkerCluster.default_css = list(local.cluster_css)
        _patched_base = asset_base
    return local


def _online_assets() -> tuple[list, list]:
    js, css = _ORIGINAL_ASSETS[folium.Map]
    return ([p for p in js if p[0] in ("leaflet", "jquery")],
            [p for p in css if p[0] == "leaflet_css"])


def build_map(
    layers,
    *,
    tiles: str | None = None,
    asset_base: str | None = None,
    registry: Registry = LAYERS,
    window: tuple[float, float, float, float] | None = None,
    background: bool = True,
    labels=(),
    show: Collection[str] = (),
) -> folium.Map:
    """Draw the layers on a Folium map.

    Parameters
    ----------
    layers : mapping of str to geopandas.GeoDataFrame
        As returned by :func:`geo.layers.build.build_layers`; missing layers are
        skipped.
    tiles : str, optional
        Base tiles: ``"OpenStreetMap"`` (or another Folium tile name or URL
        template) when online; ``None`` for none (the boundary lines and the
        symbols carry the map).
    asset_base : str, optional
        URL prefix under which :func:`geo.mapping.assets.materialise_assets` serves
        Leaflet and jQuery (e.g. ``"/app/static"``); ``None`` keeps Folium's
        CDN links.  With a base, no script or stylesheet leaves the machine.
    registry : Registry, optional
        The layers to draw, in order, with their titles and styles (default:
        the product's, :data:`geo.layers.registry.LAYERS`); layers of
        *layers* it does not know are skipped.
    window : tuple of float, optional
        (min lon, min lat, max lon, max lat) of the region the map is about
        (:func:`geo.app.far.map_window`): places outside it and countries
        are left out (the app lists them beside the map).  The map opens on
        the places drawn, or on the window.
    background : bool, optional
        Fill Vietnam, Laos and China and write their names (offline, from
        ``geo/data/countries.geojson``); on by default.
    labels : iterable of (str, float, float, int), optional
        Names of places, ``(name, lat, lon, smallest zoom)``
        (:func:`geo.app.geography.map_labels`), shown at their zooms.
    show : collection of str, optional
        Layers shown when the map opens although the registry hides them at
        start (a layer the user asked for, such as ``figures``).

    Returns
    -------
    folium.Map
        One ``FeatureGroup`` holding one ``GeoJson`` per non-empty layer, one
        (hidden) group of the places no article mentions, a legend, and the
        ``LayerControl`` last.
    """
    m = folium.Map(location=DEFAULT_CENTER, zoom_start=9, tiles=None, control_scale=True,
                   prefer_canvas=True)
    # Folium gives max_zoom to its tile layer only; a map without tiles needs its own
    # (marker clustering fails with "Map has no maxZoom specified").
    m.options.update(max_zoom=MAX_ZOOM, min_zoom=3)
    if asset_base is not None:
        local = use_local_assets(asset_base)
        m.default_js, m.default_css = list(local.map_js), list(local.map_css)
    else:
        m.default_js, m.default_css = _online_assets()
    if tiles:
        attr = None if tiles.lower() == "openstreetmap" else "base map tiles"
        tile_layer = folium.TileLayer(tiles, attr=attr, name="Base map", max_zoom=MAX_ZOOM,
                                      control=False)
        tile_layer.add_to(m)
        TilesFailed(tile_layer).add_to(m)

    if background:
        add_background(m)  # filled countries, their names: under everything
    chosen = select(layers, registry, window)
    scales: dict[str, float] = {}
    themes: list[str] = []
    places, shapes = [], None
    if chosen.quiet:  # bottom: the places the articles mention are drawn above
        quiet = folium.FeatureGroup(name=QUIET_TITLE, show=False)
        for name, frame in chosen.quiet.items():
            places.append(_layer_geojson(registry[name], frame, scales, registry))
            places[-1].add_to(quiet)
        quiet.add_to(m)
    for layer in registry:
        frame = chosen.drawn.get(layer.name)
        if frame is None or len(frame) == 0:
            continue
        group = folium.FeatureGroup(name=layer.title, show=layer.shown or layer.name in show)
        if layer.symbol is Symbol.FIGURE:
            scales, themes = figure_scales(frame), list(frame["theme"])
        geojson = _layer_geojson(layer, frame, scales, registry)
        geojson.add_to(group)
        group.add_to(m)
        if layer.symbol is Symbol.PLACE:
            places.append(geojson)
        elif layer.symbol is Symbol.UNCERTAINTY:
            shapes = geojson
    if shapes is not None:
        ShapeOnHover(shapes, places).add_to(m)

    if labels:
        m.get_root().header.add_child(folium.Element(LABEL_CSS))
        ZoomLabels(labels).add_to(m)
    if chosen.bounds:
        m.fit_bounds(chosen.bounds)
    Legend(legend_html(scales, registry, themes)).add_to(m)
    if themes:
        SpreadFigures().add_to(m)  # the figure symbols on rings around their places
    PlacesHere().add_to(m)
    TooltipsInside().add_to(m)
    SettleBeforeLeaving().add_to(m)
    # Collapsed: expanded, the control hides half of a small map. Added last.
    folium.LayerControl(collapsed=True).add_to(m)
    return m


def host_map() -> folium.Map:
    """Return a bare map: a host on which a feature group can be rendered into a script."""
    return folium.Map(location=DEFAULT_CENTER, zoom_start=9, tiles=None)


def selection_group(place_id: str | None) -> folium.FeatureGroup:
    """Return what st_folium adds to a drawn map for the selected place: its shape pinned.

    Give it as ``feature_group_to_add``: st_folium runs it again when the
    place changes, without reloading the map, and the map then shows the
    uncertainty shape of *place_id* (none for ``None`` or a place without
    one), whichever way the place was chosen.
    """
    group = folium.FeatureGroup(name="Selected place", control=False)
    PinPlace(place_id).add_to(group)
    return group


# -- features ---------------------------------------------------------------


#: The properties the page needs, per symbol (the map's scripts, the panel's click,
#: the tests' and benchmarks' lookups); the rest made the tooltip and the style
#: and stays in the exports.  Symbols not listed send every property.
_SENT = {
    Symbol.PLACE: frozenset({"id", "name", "kind", "layer", "precision", "mention_count",
                             "members", "tooltip_html", "popup_html"}),
    Symbol.SIZED: frozenset({"id", "place_id", "members", "mention_count", "tooltip_html"}),
    Symbol.UNCERTAINTY: frozenset({"id", "place_id", "place_ids"}),
    Symbol.FIGURE: frozenset({"id", "place_id", "members", "theme", "offset_x", "offset_y",
                              "ring", "tooltip_html"}),
}


def _layer_geojson(layer: Layer, frame, scales, registry: Registry) -> folium.GeoJson:
    features = list(iter_features(frame, columns=layer.map_columns))
    add_info(layer, features)
    features = stack_features(layer, features)  # one symbol per pile at one point
    style = style_function(layer, features, scales, registry)
    features, style = _sent(layer, features, style)
    data = {"type": "FeatureCollection", "features": features}
    extra = {} if layer.clickable else {"interactive": False}
    return folium.GeoJson(
        data, name=layer.name, style_function=style, on_each_feature=_ON_EACH_FEATURE,
        marker=folium.CircleMarker(radius=5, fill=True), **extra,
    )


def _sent(layer: Layer, features: list[dict], style):
    """Return *features* with only the properties the page needs, and their style function.

    Styles are worked out first, from every property (the page gets the
    styles, not what they were made of).
    """
    keep = _SENT.get(layer.symbol)
    ids = [f.get("id") for f in features]
    if keep is None or None in ids or len(set(ids)) != len(ids):
        return features, style
    styles = {f["id"]: style(f) for f in features}
    sent = [{**f, "properties": {k: v for k, v in f["properties"].items() if k in keep}}
            for f in features]
    return sent, lambda f: styles[f["id"]]


def embedded_properties(m: folium.Map) -> dict[str, list[dict]]:
    """Return, per layer name, the properties of every feature embedded in *m*."""
    out: dict[str, list[dict]] = {}
    for child in _walk(m):
        if isinstance(child, folium.GeoJson):
            out.setdefault(child.layer_name, []).extend(
                json.loads(json.dumps(f.get("properties"))) for f in child.data["features"]
            )
    return out


def _walk(element):
    for child in element._children.values():
        yield child
        yield from _walk(child)
