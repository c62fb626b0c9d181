"""The Folium map of the layers (the only package that imports Folium).

:func:`build_map` draws the whole map; :func:`base_map` and
:func:`layers_group` draw it in two parts, what no filter changes and the
layers sent to it (the app, :mod:`._host`); :mod:`._style` holds symbols,
popups and the legend; :mod:`.assets` serves Leaflet and friends from local
files.
"""

from geo.mapping.folium_map import (
    base_map,
    build_map,
    embedded_properties,
    layers_group,
    use_local_assets,
)

__all__ = ["base_map", "build_map", "embedded_properties", "layers_group", "use_local_assets"]
