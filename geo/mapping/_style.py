"""Styles, tooltips, popups and legend of the map, as plain dicts and HTML strings.

Private helper of :mod:`geo.mapping.folium_map` (which alone imports Folium).  What
each layer looks like is declared in the layer registry
(:mod:`geo.layers.registry`: colour, title, symbol, radius, tooltip...); this
module turns a declaration into Leaflet styles and HTML.  Every text that
comes from an article or a user file goes through :func:`esc`
(``html.escape``) before it is put into HTML.
"""

from __future__ import annotations

import html
import math
import string
from collections.abc import Callable, Mapping

from geo.app.labels import display_name, kind_label, theme_label
from geo.figures.themes import THEME_LABELS
from geo.layers.registry import Info, Layer, Registry, Symbol

#: Colours of figure themes, given in theme name order.
THEME_COLOURS = ("#0369a1", "#b45309", "#15803d", "#9333ea", "#be123c", "#0f766e",
                 "#a16207", "#4338ca", "#c2410c", "#334155")
_FIG_MIN_R, _FIG_MAX_R = 4.0, 26.0
#: The last line of the tooltip of a figure drawn on a ring around its place.
RING_NOTE = ("<i>drawn beside its place's point (one symbol per group of like figures; "
             "click to open the place)</i>")


def esc(value) -> str:
    """Return *value* as HTML-escaped text (``None`` → empty)."""
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


def place_tooltip(p: dict) -> str:
    """Tooltip HTML of a place: display name, kind, precision, mentions."""
    name = display_name(p.get("name") or "")
    ascii_name = display_name(p.get("name_ascii") or "")
    alt = f" ({esc(ascii_name)})" if ascii_name and ascii_name != name else ""
    return (f"<b>{esc(name)}</b>{alt}<br>{esc(kind_label(p.get('kind')))} · "
            f"{esc(_precision_line(p))}<br>{_mentions(p)}")


def _mentions(p: dict) -> str:
    n, a = p.get("mention_count") or 0, p.get("article_count") or 0
    if not n:
        return "not mentioned in the articles shown"
    return (f"{n} mention{'s' if n != 1 else ''} in {a} article{'s' if a != 1 else ''}")


def place_popup(p: dict) -> str:
    """Popup HTML of a place, short: name, kind, mentions (the panel has the rest)."""
    name = display_name(p.get("name") or "")
    figures = p.get("figure_count") or 0
    extra = f" · {figures} figure{'s' if figures != 1 else ''}" if figures else ""
    return (f"<b>{esc(name)}</b><br>{esc(kind_label(p.get('kind')))} · {_mentions(p)}"
            f"{extra}")


def figure_html(p: dict) -> str:
    """Tooltip HTML of a figure feature: place, theme, symbol value, summary lines."""
    head = (f"<b>{esc(display_name(p.get('place_name') or ''))}</b> · "
            f"{esc(theme_label(p.get('theme')))}"
            f" · {esc(p.get('precision'))}")
    size = ""
    if p.get("size_value") is not None:
        size = (f"<br>symbol: {esc(p.get('size_subject') or '')} "
                f"{p['size_value']:,.6g} {esc(p.get('size_unit'))}")
    lines = (p.get("summary") or "").split("\n")
    more = f"<br>… {len(lines) - 8} more" if len(lines) > 8 else ""
    body = "<br>".join(esc(line) for line in lines[:8])
    flag = "<br><b>values differ between reports</b>" if p.get("disagreement") else ""
    ring = f"<br>{RING_NOTE}" if (p.get("ring") or 0) > 1 else ""
    return f"{head}{size}<br>{body}{more}{flag}{ring}"


def place_style(p: dict, colour: str, radius: float) -> dict:
    """Leaflet style of a place: filled for a published point, hollow and dashed otherwise."""
    precision = p.get("precision")
    if precision == "point":
        return {"radius": radius, "color": "#ffffff", "weight": 1.5, "fillColor": colour,
                "fillOpacity": 0.95, "opacity": 1}
    dash = "3 3" if precision in ("segment", "commune") else "1 4"
    return {"radius": radius, "color": colour, "weight": 2.5, "fillColor": colour,
            "fillOpacity": 0.12, "opacity": 0.95, "dashArray": dash}


def uncertainty_style(p: dict, colours: Mapping[str, str], colour: str) -> dict:
    """Leaflet style of an uncertainty shape: dashed band (segment) or outline (area).

    Drawn in the colour of the place's own layer (``colours[p["layer"]]``),
    else in *colour*.
    """
    colour = colours.get(p.get("layer"), colour)
    if p.get("shape") == "segment":
        return {"color": colour, "weight": 7, "opacity": 0.45, "dashArray": "6 4"}
    # Province- and country-wide areas cover the whole view: outline only.
    wide = p.get("precision") in ("province", "country")
    return {"color": colour, "weight": 1, "opacity": 0.35 if wide else 0.5, "dashArray": "4 4",
            "fillColor": colour, "fillOpacity": 0.0 if wide else 0.05}


def sized_style(value, top: float, colour: str) -> dict:
    """Leaflet style of a circle whose area is proportional to *value* (largest: *top*)."""
    return {"radius": 3 + 22 * math.sqrt((value or 0) / top), "color": colour, "weight": 1,
            "fillColor": colour, "fillOpacity": 0.35}


class _Escaped(dict):
    """Properties for a tooltip template: each one HTML-escaped, a missing one empty."""

    def __getitem__(self, key):
        return esc(self.get(key))


def template_html(template: str, p: dict) -> str:
    """Fill the tooltip *template* (``str.format`` fields) with the escaped properties *p*."""
    return string.Formatter().vformat(template, (), _Escaped(p))


def add_info(layer: Layer, features: list[dict]) -> None:
    """Give each feature its ``tooltip_html``/``popup_html``, then drop the info-only properties.

    Parameters
    ----------
    layer : Layer
        Its ``info`` (built-in place or figure text) or ``tooltip`` template.
    features : list of dict
        GeoJSON features, changed in place.
    """
    for f in features:
        p = f["properties"]
        if layer.info is Info.PLACE:
            p["tooltip_html"] = place_tooltip(p)
            p["popup_html"] = place_popup(p)
        elif layer.info is Info.FIGURE:
            p["tooltip_html"] = figure_html(p)
        elif layer.tooltip is not None:
            p["tooltip_html"] = template_html(layer.tooltip, p)
        for key in layer.info_only:  # already in the tooltip or popup: not embedded twice
            p.pop(key, None)


def style_function(
    layer: Layer, features: list[dict], scales, registry: Registry
) -> Callable[[dict], dict]:
    """Return the Leaflet style function (feature → style dict) of *layer*'s symbol.

    Parameters
    ----------
    layer : Layer
    features : list of dict
        The layer's features (a sized symbol is scaled on the largest).
    scales : dict
        Figure scales (:func:`figure_scales`), for a figure symbol.
    registry : Registry
        Colours of the other layers, for uncertainty shapes.

    Returns
    -------
    callable
    """
    colour = layer.colour
    if layer.symbol is Symbol.PLACE:
        return lambda f: place_style(f["properties"], colour, layer.radius)
    if layer.symbol is Symbol.FIGURE:
        return lambda f: figure_style(f["properties"], scales)
    if layer.symbol is Symbol.SIZED:
        key = layer.size_by
        top = max((f["properties"][key] or 0) for f in features) or 1
        return lambda f: sized_style(f["properties"][key], top, colour)
    if layer.symbol is Symbol.UNCERTAINTY:
        colours = {other.name: other.colour for other in registry}
        return lambda f: uncertainty_style(f["properties"], colours, colour)
    if callable(layer.style):
        return lambda f: layer.style(f["properties"])
    style = {"color": colour, **(layer.style or {})}
    return lambda f: dict(style)


def _theme_colour(theme: str | None, scales=None) -> str:
    """Return the colour of a figure theme (the same on every map: the themes' order)."""
    themes = list(THEME_LABELS)
    index = themes.index(theme) if theme in themes else len(themes)
    return THEME_COLOURS[index % len(THEME_COLOURS)]


def figure_scales(frame) -> dict[str, float]:
    """Largest value per unit: one scale per unit, whatever the theme (like with like)."""
    scales: dict[str, float] = {}
    for unit, value in zip(frame["size_unit"], frame["size_value"], strict=True):
        if value is None or value != value or unit is None:
            continue
        scales[unit] = max(scales.get(unit, 0.0), float(value))
    return scales


def figure_radius(value: float | None, vmax: float) -> float:
    """Radius (px) of a figure symbol: area proportional to the value."""
    if value is None or not vmax or value != value or value <= 0:
        return _FIG_MIN_R
    return _FIG_MIN_R + (_FIG_MAX_R - _FIG_MIN_R) * math.sqrt(min(value / vmax, 1.0))


def figure_style(p: dict, scales) -> dict:
    """Leaflet style of a figure symbol: area proportional to its value on its unit's scale."""
    colour = _theme_colour(p.get("theme"), scales)
    value = p.get("size_value")
    if value is None:
        return {"radius": _FIG_MIN_R, "color": colour, "weight": 2, "fillOpacity": 0,
                "dashArray": "2 3"}
    vmax = scales.get(p.get("size_unit"), 0.0)
    style = {"radius": figure_radius(value, vmax), "color": colour, "weight": 1.5,
             "fillColor": colour, "fillOpacity": 0.35}
    if p.get("precision") != "point":
        style["dashArray"] = "4 3"
    return style


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


def legend_html(scales, registry: Registry, themes=(), *, slot: bool = False) -> str:
    """Legend HTML: layer symbols, precision, lines, and one scale per figure theme.

    Folded (``<details>``) so that it does not hide a small map; the figure
    scales (:func:`scales_html`) sit in a second folded section, drawn at
    true size.  With *slot*, the legend of a base map: an empty
    ``div.geo-legend-scales`` holds the place of the scales, which the layers
    sent later put there (:class:`geo.mapping._host.HostLayers`).
    """
    rows = []
    for layer in reversed([layer for layer in registry if layer.symbol is Symbol.PLACE]):
        rows.append(f"{_svg_circle(5, layer.colour)} {esc(layer.title)}")
    rows.append(f"{_svg_circle(5, '#334155')} published point · "
                f"{_svg_circle(5, '#334155', hollow=True)} approximate (dashed: "
                "commune, district… with its uncertainty area)")
    for layer in registry:
        if layer.symbol is Symbol.PLAIN:
            rows.append(_legend_symbol(layer))
    scales = scales_html(scales, themes)
    if slot:
        rows[-1] += f'<div class="geo-legend-scales">{scales}</div>'
    elif scales:
        rows.append(scales)
    return ('<div style="background:rgba(255,255,255,0.92);padding:6px 8px;font:12px/1.4 '
            'sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:340px;'
            'max-height:60vh;overflow:auto"><details><summary><b>Legend</b></summary>'
            + "<br>".join(rows) + "</details></div>")


def scales_html(scales, themes=()) -> str:
    """Return the legend's folded section of figure scales and themes ("" for none)."""
    scale_rows = []
    for unit, vmax in sorted(scales.items()):
        if not vmax:
            continue
        quarter = vmax / 4
        scale_rows.append(
            f"<b>{esc(unit or '(no unit)')}</b>: "
            f"{_svg_circle(figure_radius(vmax, vmax), '#475569')} {_num(vmax)} · "
            f"{_svg_circle(figure_radius(quarter, vmax), '#475569')} {_num(quarter)}"
        )
    if not scale_rows:
        return ""
    order = list(THEME_LABELS)
    themes = sorted(set(themes), key=lambda t: (order.index(t) if t in order else 99, t))
    return ("<details><summary>Figure scales (area ∝ value, one scale per unit; colour: "
            "theme; symbols ring their place's point)</summary>"
            + "<br>".join(scale_rows + [f"{_svg_circle(5, _theme_colour(t))} "
                                        f"{esc(theme_label(t))}" for t in themes])
            + "</details>")


def _legend_symbol(layer: Layer) -> str:
    """Legend row of a plain layer: a dashed line for lines, a circle for the rest."""
    if set(layer.geometry) <= {"LineString", "MultiLineString"}:
        weight = layer.style.get("weight", 3) if isinstance(layer.style, Mapping) else 3
        return (f'<span style="display:inline-block;width:22px;border-top:{weight}px dashed '
                f'{layer.colour};vertical-align:middle"></span> {esc(layer.title)}')
    return f"{_svg_circle(5, layer.colour)} {esc(layer.title)}"
