"""The layered Folium map: the only module of :mod:`geo` that imports Folium.

:func:`build_map` draws every layer of :func:`geo.layers.build.build_layers` as ONE
``folium.GeoJson`` inside its own ``FeatureGroup`` (streamlit-folium
re-renders every Folium object on each rerun, so one object per place would
not scale), with circle symbols that need no icon font, a legend, and the
``LayerControl`` added last.  Each place is a GeoJSON feature whose
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
from geo.layers.build import LAYER_NAMES, PLACE_LAYERS
from geo.mapping import assets
from geo.mapping._style import (
    LAYER_STYLE,
    RADIUS,
    esc,
    figure_html,
    figure_radius,
    figure_scales,
    figure_style,
    legend_html,
    place_popup,
    place_style,
    place_tooltip,
    uncertainty_style,
)

__all__ = ["MAX_ZOOM", "build_map", "embedded_properties", "figure_radius",
           "use_local_assets"]

#: Highest zoom of the map (a map without tiles has none otherwise).
MAX_ZOOM = 18
#: Fallback centre: Điện Biên Phủ.
DEFAULT_CENTER = (21.39, 103.02)

_HIDDEN = {"mention_density", "figures", "communes"}  # off at first; the control shows them


# Properties embedded in the map for each place (the heavy ones stay in the export).
_PLACE_PROPS = ("id", "name", "name_ascii", "kind", "layer", "era", "precision", "imprecise",
                "uncertainty_m", "lat", "lon", "coord_source", "legacy_unit", "legacy_name",
                "successor", "successor_name", "mention_count", "article_count",
                "figure_count", "figures_summary", "first_passage", "first_passage_article")
# Used to build the popup, then dropped: the map's script stays small (the app
# looks passages up on click; the export keeps every property).
_POPUP_ONLY = ("figures_summary", "first_passage", "first_passage_article")

_ON_EACH_FEATURE = JsCode(
    """function(feature, layer) {
    var p = feature.properties || {};
    if (p.tooltip_html) { layer.bindTooltip(p.tooltip_html, {sticky: true}); }
    if (p.popup_html) { layer.bindPopup(p.popup_html, {maxWidth: 360}); }
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


def build_map(layers, *, tiles: str | None = None, asset_base: str | None = None) -> folium.Map:
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
        folium.TileLayer(tiles, attr=attr, name="Base map", max_zoom=MAX_ZOOM,
                         control=False).add_to(m)

    scales: dict[tuple[str, str | None], float] = {}
    for name in LAYER_NAMES:
        frame = layers.get(name)
        if frame is None or len(frame) == 0:
            continue
        group = folium.FeatureGroup(name=LAYER_STYLE.get(name, (None, name))[1],
                                    show=name not in _HIDDEN)
        if name == "figures":
            scales = figure_scales(frame)
        _layer_geojson(name, frame, scales).add_to(group)
        group.add_to(m)

    bounds = _bounds(layers)
    if bounds:
        m.fit_bounds(bounds)
    _Legend(legend_html(scales)).add_to(m)
    # Collapsed: expanded, the control hides half of a small map. Added last.
    folium.LayerControl(collapsed=True).add_to(m)
    return m


# -- features ---------------------------------------------------------------


def _layer_geojson(name: str, frame, scales) -> folium.GeoJson:
    colour = LAYER_STYLE.get(name, ("#334155", name))[0]
    if name in PLACE_LAYERS:
        features = list(iter_features(frame, columns=_PLACE_PROPS))
        for f in features:
            p = f["properties"]
            p["tooltip_html"] = place_tooltip(p)
            p["popup_html"] = place_popup(p)
            for key in _POPUP_ONLY:  # already in the popup: not embedded twice
                p.pop(key, None)
        radius = RADIUS.get(name, 5)
        style = lambda f, c=colour, r=radius: place_style(f["properties"], c, r)  # noqa: E731
    elif name == "figures":
        features = list(iter_features(frame))
        for f in features:
            f["properties"].pop("groups", None)  # in the export; the popup has the summary
            f["properties"]["tooltip_html"] = figure_html(f["properties"])
            f["properties"].pop("summary", None)  # now in the tooltip
        style = lambda f: figure_style(f["properties"], scales)  # noqa: E731
    elif name == "mention_density":
        features = list(iter_features(frame))
        top = max((f["properties"]["mention_count"] or 0) for f in features) or 1
        for f in features:
            p = f["properties"]
            p["tooltip_html"] = (f"<b>{esc(p['name'])}</b>: {p['mention_count']} mention(s) "
                                 f"in {p['article_count']} article(s)")
        style = lambda f, t=top: {  # noqa: E731
            "radius": 3 + 22 * math.sqrt((f["properties"]["mention_count"] or 0) / t),
            "color": LAYER_STYLE["mention_density"][0], "weight": 1,
            "fillColor": LAYER_STYLE["mention_density"][0], "fillOpacity": 0.35}
    elif name == "uncertainty":
        features = list(iter_features(frame))
        style = lambda f: uncertainty_style(f["properties"])  # noqa: E731
    else:  # boundary
        features = list(iter_features(frame))
        for f in features:
            p = f["properties"]
            p["tooltip_html"] = f"{esc(p.get('name'))}<br><small>{esc(p.get('source'))}</small>"
        style = lambda f: {"color": LAYER_STYLE["boundary"][0], "weight": 3,  # noqa: E731
                           "opacity": 0.85, "dashArray": "10 4 2 4"}
    data = {"type": "FeatureCollection", "features": features}
    extra = {"interactive": False} if name == "uncertainty" else {}
    return folium.GeoJson(
        data, name=name, style_function=style, on_each_feature=_ON_EACH_FEATURE,
        marker=folium.CircleMarker(radius=5, fill=True), **extra,
    )


def _bounds(layers) -> list[list[float]] | None:
    lats, lons = [], []
    for name in ("border_posts", "border_gates", "border_markers", "villages", "communes"):
        frame = layers.get(name)
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
