"""Map layers: GeoDataFrames (EPSG:4326) built from a processed corpus and the gazetteer.

:func:`build_layers` builds every layer; :mod:`._stats` gathers per-place
counts, passages and figures; :mod:`._geometry` makes uncertainty shapes and
the boundary.
"""

from geo.layers.build import CRS, LAYER_NAMES, PLACE_LAYERS, build_layers, layer_of

__all__ = ["CRS", "LAYER_NAMES", "PLACE_LAYERS", "build_layers", "layer_of"]
