"""Map layers: GeoDataFrames (EPSG:4326) built from a processed corpus and the gazetteer.

:mod:`.registry` declares every layer once (builder, columns, title, style,
tooltip, shown at start, export name, kinds of place); :func:`build_layers`
builds the layers of a registry; :mod:`._rows` holds the builders,
:mod:`._stats` gathers per-place counts, passages and figures and
:mod:`._geometry` makes uncertainty shapes and the boundary.
"""

from geo.layers._rows import RING_SIZE, ring_offsets
from geo.layers._stats import ArticleCounts, article_counter, count_articles, keep_first_passages
from geo.layers.build import CRS, LAYER_NAMES, PLACE_LAYERS, build_layers, layer_of
from geo.layers.registry import LAYERS, Info, Layer, Registry, Symbol, place_layer

__all__ = ["CRS", "RING_SIZE", "LAYERS", "LAYER_NAMES", "PLACE_LAYERS", "ArticleCounts", "Info",
           "Layer", "Registry", "Symbol", "article_counter", "build_layers", "count_articles",
           "keep_first_passages", "layer_of", "place_layer", "ring_offsets"]
