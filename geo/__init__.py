"""Geoparsing of border news from Điện Biên, Vietnam.

Articles → place mentions resolved against a curated gazetteer → figures →
map layers and GeoJSON exports.  ``geo`` never imports Streamlit; only
:mod:`geo.mapping.folium_map` imports Folium.
"""

from geo.errors import (
    ArticleError,
    ExportError,
    GazetteerError,
    GeoError,
    InputError,
    OverrideError,
)
from geo.model import Article, Figure, Kind, Mention, Place, Precision, Span
from geo.pickling import INTERNED_FIELDS as _INTERNED  # noqa: F401 (pickles the model fast)

__all__ = [
    "Article",
    "ArticleError",
    "ExportError",
    "Figure",
    "GazetteerError",
    "GeoError",
    "InputError",
    "Kind",
    "Mention",
    "OverrideError",
    "Place",
    "Precision",
    "Span",
]
__version__ = "0.1.0"
