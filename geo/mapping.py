"""The layered Folium map: the only module of :mod:`geo` that imports Folium.

:func:`build_map` draws every layer of :func:`geo.layers.build_layers` as ONE
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

import html
import json
import math

import folium
from folium.plugins import MarkerCluster
from folium.utilities import JsCode
from jinja2 import Template

from geo import assets
from geo.export import iter_features
from geo.layers import LAYER_NAMES, PLACE_LAYERS

#: Highest zoom of the map (a map without tiles has none otherwise).
MAX_ZOOM = 18
#: Fallback centre: Điện Biên Phủ.
DEFAULT_CENTER = (21.39, 103.02)

#: Colour and label of each layer.
LAYER_STYLE: dict[str, tuple[str, str]] = {
    "boundary": ("#111827", "International boundary"),
    "uncertainty": ("#6b7280", "Uncertainty (circle, box, border segment)"),
    "communes": ("#64748b", "Communes and other units (legacy & 2025)"),
    "villages": ("#15803d", "Villages and hamlets"),
    "other_places": ("#0f766e", "Other places"),
    "foreign_places": ("#c2410c", "Places across the border"),
    "border_markers": ("#7c3aed", "Border markers"),
    "border_gates": ("#dc2626", "Border gates and crossings"),
    "border_posts": ("#1d4ed8", "Border posts"),
    "mention_density": ("#db2777", "Mentions per place"),
    "figures": ("#0369a1", "Figures (per place and theme)"),
}
_RADIUS = {"communes": 5, "villages": 5, "other_places": 5, "foreign_places": 6,
           "border_markers": 5, "border_gates": 7, "border_posts": 8}
_THEME_COLOURS = ("#0369a1", "#b45309", "#15803d", "#9333ea", "#be123c", "#0f766e",
                  "#a16207", "#4338ca", "#c2410c", "#334155")
_HIDDEN = {"mention_density", "figures", "communes"}  # off at first; the control shows them
_FIG_MIN_R, _FIG_MAX_R = 4.0, 26.0

# Properties embedded in the map for each place (the heavy ones stay in the export).
_PLACE_PROPS = ("id", "name", "name_ascii", "kind", "layer", "era", "precision", "imprecise",
                "uncertainty_m", "lat", "lon", "coord_source", "legacy_unit", "legacy_name",
                "successor", "successor_name", "mention_count", "article_count",
                "figure_count", "first_passage", "first_passage_article")

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
        URL prefix of the ``static/`` folder (see :mod:`geo.assets`).

    Returns
    -------
    geo.assets.LocalAssets
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
        As returned by :func:`geo.layers.build_layers`; missing layers are
        skipped.
    tiles : str, optional
        Base tiles: ``"OpenStreetMap"`` (or another Folium tile name or URL
        template) when online; ``None`` for none (the boundary lines and the
        symbols carry the map).
    asset_base : str, optional
        URL prefix under which :func:`geo.assets.materialise_assets` serves
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
            scales = _figure_scales(frame)
        _layer_geojson(name, frame, scales).add_to(group)
        group.add_to(m)

    bounds = _bounds(layers)
    if bounds:
        m.fit_bounds(bounds)
    _Legend(_legend_html(scales)).add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)  # must be added last
    return m


# -- features ---------------------------------------------------------------


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _metres(value) -> str:
    if value is None:
        return ""
    return f"±{value / 1000:,.0f} km" if value >= 1000 else f"±{value:,.0f} m"


def _precision_line(p: dict) -> str:
    precision = p.get("precision") or "unknown"
    if precision == "point":
        return "precision: point (published position)"
    return f"precision: {precision} ({_metres(p.get('uncertainty_m'))}): position approximate"


def _place_tooltip(p: dict) -> str:
    ascii_name = p.get("name_ascii")
    alt = f" ({_esc(ascii_name)})" if ascii_name and ascii_name != p.get("name") else ""
    return (f"<b>{_esc(p.get('name'))}</b>{alt}<br>{_esc(p.get('kind'))} · "
            f"{_esc(_precision_line(p))}<br>{p.get('mention_count') or 0} mention(s) in "
            f"{p.get('article_count') or 0} article(s)")


def _place_popup(p: dict) -> str:
    parts = [_place_tooltip(p)]
    if p.get("legacy_name") or p.get("successor_name"):
        parts.append(f"legacy unit: {_esc(p.get('legacy_name') or '–')} → 2025: "
                     f"{_esc(p.get('successor_name') or '–')}")
    parts.append(f"coordinates from: {_esc(p.get('coord_source'))}")
    if p.get("figure_count"):
        parts.append(f"{p['figure_count']} figure(s)")
    if p.get("first_passage"):
        parts.append(f"<i>“{_esc(p['first_passage'])}”</i> "
                     f"({_esc(p.get('first_passage_article'))})")
    parts.append(f"<small>id: {_esc(p.get('id'))}</small>")
    return "<br>".join(parts)


def _figure_html(p: dict) -> str:
    head = (f"<b>{_esc(p.get('place_name'))}</b> · {_esc(p.get('theme'))}"
            f" · {_esc(p.get('precision'))}")
    size = ""
    if p.get("size_value") is not None:
        size = (f"<br>symbol: {_esc(p.get('size_subject') or '')} "
                f"{p['size_value']:,.6g} {_esc(p.get('size_unit'))}")
    lines = (p.get("summary") or "").split("\n")
    more = f"<br>… {len(lines) - 8} more" if len(lines) > 8 else ""
    body = "<br>".join(_esc(line) for line in lines[:8])
    flag = "<br><b>sources disagree</b>" if p.get("disagreement") else ""
    return f"{head}{size}<br>{body}{more}{flag}"


def _layer_geojson(name: str, frame, scales) -> folium.GeoJson:
    colour = LAYER_STYLE.get(name, ("#334155", name))[0]
    if name in PLACE_LAYERS:
        features = list(iter_features(frame, columns=_PLACE_PROPS))
        for f in features:
            f["properties"]["tooltip_html"] = _place_tooltip(f["properties"])
            f["properties"]["popup_html"] = _place_popup(f["properties"])
        radius = _RADIUS.get(name, 5)
        style = lambda f, c=colour, r=radius: _place_style(f["properties"], c, r)  # noqa: E731
    elif name == "figures":
        features = list(iter_features(frame))
        for f in features:
            f["properties"].pop("groups", None)  # in the export; the popup has the summary
            f["properties"]["tooltip_html"] = _figure_html(f["properties"])
        style = lambda f: _figure_style(f["properties"], scales)  # noqa: E731
    elif name == "mention_density":
        features = list(iter_features(frame))
        top = max((f["properties"]["mention_count"] or 0) for f in features) or 1
        for f in features:
            p = f["properties"]
            p["tooltip_html"] = (f"<b>{_esc(p['name'])}</b>: {p['mention_count']} mention(s) "
                                 f"in {p['article_count']} article(s)")
        style = lambda f, t=top: {  # noqa: E731
            "radius": 3 + 22 * math.sqrt((f["properties"]["mention_count"] or 0) / t),
            "color": LAYER_STYLE["mention_density"][0], "weight": 1,
            "fillColor": LAYER_STYLE["mention_density"][0], "fillOpacity": 0.35}
    elif name == "uncertainty":
        features = list(iter_features(frame))
        style = lambda f: _uncertainty_style(f["properties"])  # noqa: E731
    else:  # boundary
        features = list(iter_features(frame))
        for f in features:
            p = f["properties"]
            p["tooltip_html"] = f"{_esc(p.get('name'))}<br><small>{_esc(p.get('source'))}</small>"
        style = lambda f: {"color": LAYER_STYLE["boundary"][0], "weight": 3,  # noqa: E731
                           "opacity": 0.85, "dashArray": "10 4 2 4"}
    data = {"type": "FeatureCollection", "features": features}
    extra = {"interactive": False} if name == "uncertainty" else {}
    return folium.GeoJson(
        data, name=name, style_function=style, on_each_feature=_ON_EACH_FEATURE,
        marker=folium.CircleMarker(radius=5, fill=True), **extra,
    )


def _place_style(p: dict, colour: str, radius: float) -> dict:
    precision = p.get("precision")
    if precision == "point":
        return {"radius": radius, "color": "#ffffff", "weight": 1.5, "fillColor": colour,
                "fillOpacity": 0.95, "opacity": 1}
    dash = "3 3" if precision in ("segment", "commune") else "1 4"
    return {"radius": radius, "color": colour, "weight": 2.5, "fillColor": colour,
            "fillOpacity": 0.12, "opacity": 0.95, "dashArray": dash}


def _uncertainty_style(p: dict) -> dict:
    colour = LAYER_STYLE.get(p.get("layer"), LAYER_STYLE["uncertainty"])[0]
    if p.get("shape") == "segment":
        return {"color": colour, "weight": 7, "opacity": 0.45, "dashArray": "6 4"}
    # Province- and country-wide areas cover the whole view: outline only.
    wide = p.get("precision") in ("province", "country")
    return {"color": colour, "weight": 1, "opacity": 0.35 if wide else 0.5, "dashArray": "4 4",
            "fillColor": colour, "fillOpacity": 0.0 if wide else 0.05}


def _theme_colour(theme: str, scales) -> str:
    themes = sorted({t for t, _ in scales})
    index = themes.index(theme) if theme in themes else len(themes)
    return _THEME_COLOURS[index % len(_THEME_COLOURS)]


def _figure_scales(frame) -> dict[tuple[str, str | None], float]:
    """Largest value per (theme, unit): each theme is scaled on its own."""
    scales: dict[tuple[str, str | None], float] = {}
    for theme, unit, value in zip(frame["theme"], frame["size_unit"], frame["size_value"],
                                  strict=True):
        if value is None or value != value:
            scales.setdefault((theme, None), 0.0)
            continue
        key = (theme, unit)
        scales[key] = max(scales.get(key, 0.0), float(value))
    return scales


def figure_radius(value: float | None, vmax: float) -> float:
    """Radius (px) of a figure symbol: area proportional to the value."""
    if value is None or not vmax or value != value or value <= 0:
        return _FIG_MIN_R
    return _FIG_MIN_R + (_FIG_MAX_R - _FIG_MIN_R) * math.sqrt(min(value / vmax, 1.0))


def _figure_style(p: dict, scales) -> dict:
    colour = _theme_colour(p.get("theme"), scales)
    value = p.get("size_value")
    if value is None:
        return {"radius": _FIG_MIN_R, "color": colour, "weight": 2, "fillOpacity": 0,
                "dashArray": "2 3"}
    vmax = scales.get((p.get("theme"), p.get("size_unit")), 0.0)
    style = {"radius": figure_radius(value, vmax), "color": colour, "weight": 1.5,
             "fillColor": colour, "fillOpacity": 0.35}
    if p.get("precision") != "point":
        style["dashArray"] = "4 3"
    return style


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


# -- legend -----------------------------------------------------------------


def _svg_circle(r: float, colour: str, *, hollow: bool = False) -> str:
    size = int(2 * r + 4)
    fill = "none" if hollow else colour
    dash = ' stroke-dasharray="3 2"' if hollow else ""
    return (f'<svg width="{size}" height="{size}" style="vertical-align:middle">'
            f'<circle cx="{size / 2}" cy="{size / 2}" r="{r}" fill="{fill}" fill-opacity="0.8" '
            f'stroke="{colour}" stroke-width="1.5"{dash}/></svg>')


def _num(value: float) -> str:
    """Readable number: thousands separators, at most 3 decimals, 4 significant below 1000."""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{float(f'{value:.4g}'):,}".removesuffix(".0")


def _legend_html(scales) -> str:
    rows = []
    for name in PLACE_LAYERS[::-1]:
        colour, label = LAYER_STYLE[name]
        rows.append(f"{_svg_circle(5, colour)} {_esc(label)}")
    rows.append(f"{_svg_circle(5, '#334155')} published point · "
                f"{_svg_circle(5, '#334155', hollow=True)} approximate (dashed: "
                "commune, district… with its uncertainty area)")
    rows.append('<span style="display:inline-block;width:22px;border-top:3px dashed #111827;'
                'vertical-align:middle"></span> International boundary')
    for (theme, unit), vmax in sorted(scales.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        if unit is None or not vmax:
            continue
        colour = _theme_colour(theme, scales)
        quarter = vmax / 4
        rows.append(
            f"<b>{_esc(theme)}</b> ({_esc(unit)}): "
            f"{_svg_circle(figure_radius(vmax, vmax) / 2, colour)} {_num(vmax)} · "
            f"{_svg_circle(figure_radius(quarter, vmax) / 2, colour)} {_num(quarter)}"
        )
    if scales:
        rows.append("<small>figure symbols: area ∝ value within a theme (legend at half "
                    "size)</small>")
    return ('<div style="background:rgba(255,255,255,0.92);padding:6px 8px;font:12px/1.4 '
            'sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:320px">'
            '<b>Legend</b><br>' + "<br>".join(rows) + "</div>")


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
