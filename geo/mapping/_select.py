"""What the map draws of the layers, where it opens, and what it keeps quiet.

Private helper of :mod:`geo.mapping.folium_map`.  The layers (and the
exports) hold every place; the map:

- leaves out the places far from Điện Biên and countries
  (:func:`geo.app.far.far_ids`; the app lists them beside the map), with
  their uncertainty shapes, density circles and figure symbols;
- draws the gazetteer places no article mentions (curated posts and gates,
  border communes) in one group of their own, hidden at start, so that the
  places the articles talk about stand out;
- opens on the places drawn (the fit-view layers), inside the window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from geo.app.far import Window, far_ids
from geo.layers.registry import Registry, Symbol

#: Title of the group of places no article mentions (hidden at start).
QUIET_TITLE = "Gazetteer places no article mentions"
#: Smallest first view, in degrees (~30 km).
MIN_SPAN = 0.3


@dataclass
class Selection:
    """The frames the map draws: per layer, the quiet ones apart, and the view's bounds."""

    drawn: dict = field(default_factory=dict)
    quiet: dict = field(default_factory=dict)
    bounds: list[list[float]] | None = None


def _place_key(frame) -> str:
    return "place_id" if "place_id" in frame else "id"


def select(layers, registry: Registry, window: Window | None) -> Selection:
    """Split *layers* into what the map draws, what it keeps quiet, and the first view.

    Parameters
    ----------
    layers : mapping of str to geopandas.GeoDataFrame
    registry : Registry
    window : tuple of float or None
        (min lon, min lat, max lon, max lat) of the region the map is
        about; ``None`` draws every place and keeps nothing quiet apart from
        the places no article mentions.
    """
    far = far_ids(layers, window)
    out = Selection()
    for layer in registry:
        frame = layers.get(layer.name)
        if frame is None or not len(frame):
            continue
        if far and len(frame) and _place_key(frame) in frame:
            frame = frame[~frame[_place_key(frame)].isin(far)]
        if layer.symbol is Symbol.PLACE and "mentioned" in frame and len(frame):
            mentioned = frame["mentioned"].fillna(False).astype(bool)
            quiet = frame[~mentioned]
            if len(quiet):
                out.quiet[layer.name] = quiet
            frame = frame[mentioned]
        out.drawn[layer.name] = frame
    out.bounds = _bounds(out.drawn, registry, window)
    return out


def _bounds(layers, registry: Registry, window: Window | None) -> list[list[float]] | None:
    lats, lons = [], []
    for layer in registry:
        frame = layers.get(layer.name) if layer.fit_view else None
        if frame is not None and len(frame):
            minx, miny, maxx, maxy = frame.total_bounds
            lons += [minx, maxx]
            lats += [miny, maxy]
    if not lats or not all(math.isfinite(v) for v in lats + lons):
        if window is None:
            return None
        x0, y0, x1, y1 = window
        return [[y0, x0], [y1, x1]]
    pad = 0.05
    south, west, north, east = min(lats) - pad, min(lons) - pad, max(lats) + pad, max(lons) + pad
    # a few places close together: still show them in their surroundings
    grow_lat = max(0.0, MIN_SPAN - (north - south)) / 2
    grow_lon = max(0.0, MIN_SPAN - (east - west)) / 2
    return [[south - grow_lat, west - grow_lon], [north + grow_lat, east + grow_lon]]
