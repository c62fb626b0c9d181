"""The layers drawn as Folium groups: one ``FeatureGroup`` holding one ``GeoJson`` per layer.

Private helper of :mod:`geo.mapping.folium_map` (the whole map, the base
map) and :mod:`geo.mapping._host` (the layers sent to a map already drawn):
both draw the layers here, so the two ways of showing them hold the same
features with the same styles.  Each place is a GeoJSON feature whose
properties include its ``id``; only the properties the page needs are
embedded (:data:`SENT`), the styles are worked out from all of them first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import folium
from folium.utilities import JsCode

from geo.geojson import iter_features
from geo.layers.registry import Layer, Registry, Symbol
from geo.mapping._select import QUIET_TITLE, select
from geo.mapping._stack import stack_features
from geo.mapping._style import add_info, figure_scales, style_function

__all__ = ["BASE_LAYERS", "Drawn", "draw_layers", "split_registry"]

#: Layers drawn from the gazetteer alone, the same under every filter: the base
#: map's (:func:`geo.mapping.folium_map.base_map`); every other layer is the data's.
BASE_LAYERS = frozenset({"boundary"})

_ON_EACH_FEATURE = JsCode(
    """function(feature, layer) {
    var p = feature.properties || {};
    if (p.tooltip_html) { layer.bindTooltip(p.tooltip_html, {sticky: true, direction: 'auto'}); }
    if (p.popup_html) { layer.bindPopup(p.popup_html, {maxWidth: 280, autoPan: false}); }
}"""
)


@dataclass
class Drawn:
    """The groups of some layers, in drawing order (bottom first), and what goes with them."""

    groups: list[folium.FeatureGroup] = field(default_factory=list)
    #: the uncertainty shapes and the place layers (for ShapeOnHover)
    shapes: folium.GeoJson | None = None
    places: list[folium.GeoJson] = field(default_factory=list)
    #: the figure symbols' scale per unit and their themes (for the legend)
    scales: dict[str, float] = field(default_factory=dict)
    themes: list[str] = field(default_factory=list)
    #: the first view: the places drawn, inside the window
    bounds: list[list[float]] | None = None


def split_registry(registry: Registry) -> tuple[Registry, Registry]:
    """Return the layers of *registry* the base map draws, and those the data draws."""
    return (Registry(layer for layer in registry if layer.name in BASE_LAYERS),
            Registry(layer for layer in registry if layer.name not in BASE_LAYERS))


def draw_layers(layers, registry: Registry, window=None, show=()) -> Drawn:
    """Draw the layers of *registry* found in *layers*, as the map shows them.

    The places no article mentions go first, in one group of their own
    (:data:`~geo.mapping._select.QUIET_TITLE`, hidden at start); then one
    group per non-empty layer, in the registry's order, shown at start as
    the registry says or when named in *show*.  Far places are left out
    (:func:`geo.mapping._select.select`).
    """
    chosen = select(layers, registry, window)
    out = Drawn(bounds=chosen.bounds)
    if chosen.quiet:  # bottom: the places the articles mention are drawn above
        quiet = folium.FeatureGroup(name=QUIET_TITLE, show=False)
        for name, frame in chosen.quiet.items():
            out.places.append(_layer_geojson(registry[name], frame, out.scales, registry))
            out.places[-1].add_to(quiet)
        out.groups.append(quiet)
    for layer in registry:
        frame = chosen.drawn.get(layer.name)
        if frame is None or len(frame) == 0:
            continue
        group = folium.FeatureGroup(name=layer.title, show=layer.shown or layer.name in show)
        if layer.symbol is Symbol.FIGURE:
            out.scales, out.themes = figure_scales(frame), list(frame["theme"])
        geojson = _layer_geojson(layer, frame, out.scales, registry)
        geojson.add_to(group)
        out.groups.append(group)
        if layer.symbol is Symbol.PLACE:
            out.places.append(geojson)
        elif layer.symbol is Symbol.UNCERTAINTY:
            out.shapes = geojson
    return out


#: The properties the page needs, per symbol (the map's scripts, the panel's click,
#: the tests' and benchmarks' lookups); the rest made the tooltip and the style
#: and stays in the exports.  Symbols not listed send every property.
SENT = {
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
    keep = SENT.get(layer.symbol)
    ids = [f.get("id") for f in features]
    if keep is None or None in ids or len(set(ids)) != len(ids):
        return features, style
    styles = {f["id"]: style(f) for f in features}
    sent = [{**f, "properties": {k: v for k, v in f["properties"].items() if k in keep}}
            for f in features]
    return sent, lambda f: styles[f["id"]]
