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
import math

import folium
from folium.plugins import MarkerCluster
from folium.utilities import JsCode
from jinja2 import Template

from geo.export import iter_features
from geo.layers.registry import LAYERS, Layer, Registry, Symbol
from geo.mapping import assets
from geo.mapping._style import (
    add_info,
    figure_radius,
    figure_scales,
    legend_html,
    style_function,
)

__all__ = ["MAX_ZOOM", "build_map", "embedded_properties", "figure_radius",
           "use_local_assets"]

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

    Returns
    -------
    folium.Map
        One ``FeatureGroup`` holding one ``GeoJson`` per non-empty layer, a
        legend, and the ``LayerControl`` last.
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
        _TilesFailed(tile_layer).add_to(m)

    scales: dict[tuple[str, str | None], float] = {}
    for layer in registry:
        frame = layers.get(layer.name)
        if frame is None or len(frame) == 0:
            continue
        group = folium.FeatureGroup(name=layer.title, show=layer.shown)
        if layer.symbol is Symbol.FIGURE:
            scales = figure_scales(frame)
        _layer_geojson(layer, frame, scales, registry).add_to(group)
        group.add_to(m)

    bounds = _bounds(layers, registry)
    if bounds:
        m.fit_bounds(bounds)
    _Legend(legend_html(scales, registry)).add_to(m)
    _PlacesHere().add_to(m)
    # Collapsed: expanded, the control hides half of a small map. Added last.
    folium.LayerControl(collapsed=True).add_to(m)
    return m


# -- features ---------------------------------------------------------------


def _layer_geojson(layer: Layer, frame, scales, registry: Registry) -> folium.GeoJson:
    features = list(iter_features(frame, columns=layer.map_columns))
    add_info(layer, features)
    style = style_function(layer, features, scales, registry)
    data = {"type": "FeatureCollection", "features": features}
    extra = {} if layer.clickable else {"interactive": False}
    return folium.GeoJson(
        data, name=layer.name, style_function=style, on_each_feature=_ON_EACH_FEATURE,
        marker=folium.CircleMarker(radius=5, fill=True), **extra,
    )


def _bounds(layers, registry: Registry) -> list[list[float]] | None:
    lats, lons = [], []
    for layer in registry:
        frame = layers.get(layer.name) if layer.fit_view else None
        if frame is not None and len(frame):
            minx, miny, maxx, maxy = frame.total_bounds
            lons += [minx, maxx]
            lats += [miny, maxy]
    if not lats or not all(math.isfinite(v) for v in lats + lons):
        return None
    pad = 0.05
    return [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]


class _Legend(folium.MacroElement):
    """A legend drawn as a Leaflet control (so it also shows inside streamlit-folium)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var legend = L.control({position: 'bottomright'});
            legend.onAdd = function () {
                var div = L.DomUtil.create('div', 'geo-legend');
                div.innerHTML = {{ this.legend_html | tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, legend_html: str):
        super().__init__()
        self._name = "Legend"
        self.legend_html = legend_html


class _TilesFailed(folium.MacroElement):
    """Tell the user, once, when the online background cannot load (no network).

    The map stays usable without it; the message says so and sits in the
    map's corner (``.geo-tiles-failed``) until closed.
    """

    MESSAGE = ("The online background could not load (no network?). "
               "The map works without it: turn it off in the sidebar.")

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }}, tiles = {{ this.tiles.get_name() }};
            tiles.once('tileerror', function() {
                var note = L.control({position: 'topright'});
                note.onAdd = function() {
                    var div = L.DomUtil.create('div', 'geo-tiles-failed');
                    div.style.cssText = 'background:#fff7ed;border:1px solid #c2410c;' +
                        'padding:6px 8px;max-width:260px;font:12px sans-serif;cursor:pointer';
                    div.title = 'Click to close';
                    div.textContent = {{ this.MESSAGE | tojson }};
                    L.DomEvent.disableClickPropagation(div);
                    L.DomEvent.on(div, 'click', function() { map.removeControl(note); });
                    return div;
                };
                note.addTo(map);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer):
        super().__init__()
        self._name = "TilesFailed"
        self.tiles = tiles


class _PlacesHere(folium.MacroElement):
    """On every click, report the ids of every drawn place within a few pixels of it.

    Bound to the map itself, so layers switched on after the page loaded
    answer too (streamlit-folium binds its handlers to the layers present at
    load only), and a place under another place, or under an area, is still
    found.  The report is a GeoJSON point feature whose ``here`` property
    lists the place ids, nearest first, put where streamlit-folium reads a
    clicked feature (``last_active_drawing``); ``click`` counts the clicks so
    that a second click on the same point is news too.  It is sent by firing
    ``moveend``, on which streamlit-folium sends its values (a click on a
    feature with a popup never reaches the map's ``click``).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function() {
            var map = {{ this._parent.get_name() }}, clicks = 0;
            // 'preclick' reaches the map on every click, also when the click
            // is on a feature whose popup stops the 'click' itself.
            map.on('preclick', function(e) {
                var g = window.__GLOBAL_DATA__;
                if (!g) return;
                var at = map.latLngToContainerPoint(e.latlng), found = {};
                map.eachLayer(function(l) {
                    var p = l.feature && l.feature.properties;
                    if (!p || !l.getLatLng || l.options.interactive === false) return;
                    var id = p.place_id || p.id;
                    if (!id) return;
                    var r = (l instanceof L.CircleMarker && !(l instanceof L.Circle))
                        ? l.getRadius() : 8;
                    var d = at.distanceTo(map.latLngToContainerPoint(l.getLatLng()));
                    if (d <= r + {{ this.slack }} && !(id in found && found[id] <= d)) {
                        found[id] = d;
                    }
                });
                var ids = Object.keys(found).sort(function(a, b) { return found[a] - found[b]; });
                clicks += 1;
                var report = {type: 'Feature',
                    geometry: {type: 'Point', coordinates: [e.latlng.lng, e.latlng.lat]},
                    properties: {id: ids.length ? ids[0] : null, here: ids, click: clicks}};
                // after the click's own handlers (streamlit-folium's writes the
                // clicked feature): the report wins, and is sent (on 'moveend')
                setTimeout(function() {
                    g.last_active_drawing = report;
                    map.fire('moveend');
                }, 0);
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, slack_px: int = 6):
        super().__init__()
        self._name = "PlacesHere"
        self.slack = int(slack_px)


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
