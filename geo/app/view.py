"""Where the map opens: the centre and zoom that show the selection's places whole.

The base map on the page is the same under every filter (its frame stays in
the browser), so its own first view is that of every article's places.  A
page opened on a selection (a link's filters, the filters of a session
whose map has not been drawn yet) or a user asking "zoom to the selection"
sends the map a centre and a zoom instead (st_folium's ``center`` and
``zoom``: the map moves, nothing is reloaded).  :func:`fit_view` finds them
as Leaflet's ``fitBounds`` would (Web Mercator, whole zooms), for a map of
:data:`MAP_SIZE` pixels: the app does not know the width of the map's column
in the browser, so it takes a width the map has on a 1366-pixel-wide screen
or wider (a wider map shows a little more around the places).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["MAP_SIZE", "MAX_FIT_ZOOM", "fit_view"]

#: (width, height) in pixels the first view is fitted to (the map is 620 px high;
#: its column is 719 px wide at 1366×768, wider on wider screens).
MAP_SIZE = (640, 620)
#: A selection of one place is not shown at street level.
MAX_FIT_ZOOM = 12
_TILE = 256
_MAX_LAT = 85.0511287798


def _project(lat: float, lon: float) -> tuple[float, float]:
    """Return the Web Mercator point of (lat, lon) at zoom 0 (0..256 on each axis)."""
    lat = max(-_MAX_LAT, min(_MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    x = (lon + 180.0) / 360.0 * _TILE
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * _TILE
    return x, y


def _unproject(x: float, y: float) -> tuple[float, float]:
    lon = x / _TILE * 360.0 - 180.0
    n = math.pi * (1 - 2 * y / _TILE)
    return math.degrees(math.atan(math.sinh(n))), lon


def fit_view(bounds: Sequence[Sequence[float]] | None, *, size: tuple[int, int] = MAP_SIZE,
             min_zoom: int = 3, max_zoom: int = MAX_FIT_ZOOM
             ) -> tuple[float, float, int] | None:
    """Return ``(lat, lon, zoom)`` that shows *bounds* whole on a map of *size* pixels.

    Parameters
    ----------
    bounds : ``[[south, west], [north, east]]`` or None
        What to show (as :func:`geo.mapping.folium_map.view_bounds` gives it).
    size : (int, int)
        The map's width and height in pixels.
    min_zoom, max_zoom : int
        The zoom is kept within them.

    Returns
    -------
    tuple or None
        The centre (the middle of the bounds on the map, as Leaflet puts it)
        and the largest whole zoom at which the bounds fit; ``None`` without
        bounds.
    """
    if not bounds:
        return None
    (south, west), (north, east) = bounds
    values = (float(south), float(west), float(north), float(east))
    if not all(math.isfinite(v) for v in values):
        return None
    south, west, north, east = values
    x0, y1 = _project(south, west)
    x1, y0 = _project(north, east)
    dx, dy = abs(x1 - x0), abs(y1 - y0)
    width, height = size
    scales = [s for s in ((width / dx) if dx else None, (height / dy) if dy else None) if s]
    zoom = math.floor(math.log2(min(scales))) if scales else max_zoom
    zoom = max(min_zoom, min(max_zoom, zoom))
    lat, lon = _unproject((x0 + x1) / 2, (y0 + y1) / 2)
    return round(lat, 5), round(lon, 5), int(zoom)
