"""The map's background, offline: Vietnam, Laos and China filled, their names on their side.

Private helper of :mod:`geo.mapping.folium_map`.  The polygons are
``geo/data/countries.geojson`` (Natural Earth 1:10m, clipped and simplified by
``scripts/make_boundary.py``); the international line itself is the
``boundary`` layer.  Nothing here answers a click: an area never takes a
click meant for a place.
"""

from __future__ import annotations

import functools
import html
import json

import folium
from jinja2 import Template

from geo.gazetteer.load import COUNTRIES_FILE
from geo.settings import data_dir

__all__ = ["COUNTRY_FILLS", "add_background"]

#: Fill of each country (ISO 3166-1 alpha-3): pale, distinct, under everything.
COUNTRY_FILLS = {"VNM": "#fdf6e3", "LAO": "#e8f3e4", "CHN": "#f6e6ea"}


@functools.cache
def _countries() -> dict:
    try:
        return json.loads((data_dir() / COUNTRIES_FILE).read_text("utf-8"))
    except (OSError, ValueError):  # no extract: a map without a background
        return {"type": "FeatureCollection", "features": []}


def _style(feature: dict) -> dict:
    fill = COUNTRY_FILLS.get(feature["properties"].get("iso3"), "#f3f4f6")
    return {"fillColor": fill, "fillOpacity": 1, "color": "#9ca3af", "weight": 0.5,
            "opacity": 0.6}


def add_background(m: folium.Map) -> None:
    """Add the filled countries and their names to *m*, below every layer, not clickable."""
    data = _countries()
    if not data["features"]:
        return
    folium.GeoJson(data, name="Countries", style_function=_style, interactive=False,
                   control=False).add_to(m)
    names = []
    for feature in data["features"]:
        p = feature["properties"]
        label = (f'<div class="geo-country-label" style="font: 600 13px sans-serif; '
                 f'color: #6b7280; letter-spacing: .15em; text-transform: uppercase; '
                 f'white-space: nowrap; pointer-events: none">{html.escape(p["name"])}</div>')
        names.append((label, p["label_lat"], p["label_lon"]))
    _CountryNames(names).add_to(m)


class _CountryNames(folium.MacroElement):
    """The countries' names, each a marker with its own icon from the start.

    (A ``folium.Marker`` gets Leaflet's default icon first, then its
    ``DivIcon``: the default icon's images are fetched for nothing, and on a
    page whose Leaflet stylesheet is not loaded yet Leaflet guesses their
    folder wrong.)
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this.names | tojson }}.forEach(function(it) {
            L.marker([it[1], it[2]], {icon: L.divIcon({className: 'empty', html: it[0],
                iconSize: [120, 20], iconAnchor: [60, 10]}), interactive: false,
                keyboard: false}).addTo({{ this._parent.get_name() }});
        });
        {% endmacro %}
        """
    )

    def __init__(self, names):
        super().__init__()
        self._name = "CountryNames"
        self.names = names
