"""The layered Folium map: the only package of :mod:`geo` that imports Folium.

:func:`build_map` draws the whole map in one piece (the HTML download,
:mod:`geo.mapping.standalone`); the app draws it in two, so that a filter
change swaps the layers without rebuilding the map: :func:`base_map` (what
no filter changes) once, and :func:`layers_group` (the rest, the same groups
as the whole map's) sent to it (:mod:`geo.mapping._host`).

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

from geo.layers.registry import LAYERS, Registry
from geo.mapping import assets
from geo.mapping._background import add_background
from geo.mapping._draw import draw_layers, split_registry
from geo.mapping._host import HostControl, layers_group, seal
from geo.mapping._scripts import (
    LABEL_CSS,
    Legend,
    PlacesHere,
    SettleBeforeLeaving,
    TilesFailed,
    TooltipsInside,
    ZoomLabels,
)
from geo.mapping._select import select
from geo.mapping._shapes import PinPlace, ShapeOnHover
from geo.mapping._spread import SpreadFigures
from geo.mapping._style import figure_radius, legend_html

__all__ = ["MAX_ZOOM", "base_map", "blank_group", "build_map", "embedded_properties",
           "figure_radius", "host_map", "layers_group", "seal", "selection_group",
           "use_local_assets", "view_bounds"]

#: Highest zoom of the map (a map without tiles has none otherwise).
MAX_ZOOM = 18
#: Fallback centre: Điện Biên Phủ.
DEFAULT_CENTER = (21.39, 103.02)

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


def _start(tiles: str | None, asset_base: str | None, background: bool) -> folium.Map:
    """Return a new map with its assets, tiles and background (filled countries)."""
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
    return m


def _finish(m: folium.Map, labels, bounds, legend: str) -> folium.LayerControl:
    """Add the names, the first view, the legend, the map's own scripts and the layer control."""
    if labels:
        m.get_root().header.add_child(folium.Element(LABEL_CSS))
        ZoomLabels(labels).add_to(m)
    if bounds:
        m.fit_bounds(bounds)
    Legend(legend).add_to(m)
    PlacesHere().add_to(m)
    TooltipsInside().add_to(m)
    SettleBeforeLeaving().add_to(m)
    # Collapsed: expanded, the control hides half of a small map. Added last.
    control = folium.LayerControl(collapsed=True)
    control.add_to(m)
    return control


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
    """Draw the layers on a Folium map: the whole map, in one piece.

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
        ``LayerControl`` last: the base map's groups (:func:`base_map`) first,
        then the same groups as :func:`geo.mapping._host.layers_group` sends.
    """
    m = _start(tiles, asset_base, background)
    base, data = split_registry(registry)
    drawn = draw_layers(layers, data, window, show)
    for group in draw_layers(layers, base, window).groups + drawn.groups:
        group.add_to(m)
    if drawn.shapes is not None:
        ShapeOnHover(drawn.shapes, drawn.places).add_to(m)
    if drawn.themes:
        SpreadFigures().add_to(m)  # the figure symbols on rings around their places
    _finish(m, labels, drawn.bounds, legend_html(drawn.scales, registry, drawn.themes))
    return m


def base_map(
    layers,
    *,
    tiles: str | None = None,
    asset_base: str | None = None,
    registry: Registry = LAYERS,
    window: tuple[float, float, float, float] | None = None,
    background: bool = True,
    labels=(),
) -> folium.Map:
    """Draw the map without the layers the filters change: the base the layers are sent to.

    Background, the base layers (:data:`~geo.mapping._draw.BASE_LAYERS`: the
    boundary), names, legend (its figure scales left to the layers), the
    map's own scripts and the layer control, which the layers sent later
    (:func:`geo.mapping._host.layers_group`, through streamlit-folium's
    ``feature_group_to_add``) join.  Parameters as :func:`build_map`;
    *layers* give the base layers and the first view (the places drawn:
    give the layers of every article, so that the base does not change with
    the filters).
    """
    m = _start(tiles, asset_base, background)
    base, data = split_registry(registry)
    for group in draw_layers(layers, base, window).groups:
        group.add_to(m)
    bounds = select(layers, data, window).bounds
    control = _finish(m, labels, bounds, legend_html({}, registry, slot=True))
    HostControl(control).add_to(m)
    return m


def view_bounds(layers, *, registry: Registry = LAYERS,
                window: tuple[float, float, float, float] | None = None):
    """Return ``[[south, west], [north, east]]`` of the places the map draws of *layers*.

    The extent :func:`build_map` opens on: the places drawn inside *window*
    (with a margin), or the window when none is; ``None`` without either.
    """
    return select(layers, split_registry(registry)[1], window).bounds


def host_map() -> folium.Map:
    """Return a bare map: a host on which a feature group can be rendered into a script."""
    return folium.Map(location=DEFAULT_CENTER, zoom_start=9, tiles=None)


def selection_group(place_id: str | None, serial: int = 0) -> folium.FeatureGroup:
    """Return what st_folium adds to a drawn map for the selected place: its shape pinned.

    Give it as ``feature_group_to_add``: st_folium runs it again when the
    place changes, without reloading the map, and the map then shows the
    uncertainty shape of *place_id* (none for ``None`` or a place without
    one), whichever way the place was chosen.  *serial* tells apart two
    sendings of the same place (the map may have pinned another in between).
    """
    group = folium.FeatureGroup(name="Selected place", control=False)
    PinPlace(place_id, serial).add_to(group)
    return group


def blank_group() -> folium.FeatureGroup:
    """Return a group with nothing in it: it holds a place in st_folium's list of groups."""
    return folium.FeatureGroup(name="Blank", control=False)


def embedded_properties(m) -> dict[str, list[dict]]:
    """Return, per layer name, the properties of every feature embedded in *m* (map or group)."""
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
