"""The Folium map of the layers (the only package that imports Folium).

:func:`build_map` draws the layers; :mod:`._style` holds symbols, popups and
the legend; :mod:`.assets` serves Leaflet and friends from local files.
"""

from geo.mapping.folium_map import build_map, embedded_properties, use_local_assets

__all__ = ["build_map", "embedded_properties", "use_local_assets"]
