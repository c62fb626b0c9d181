"""The layer registry: every map layer declared once, read by layers, map and export.

A :class:`~geo.layers.spec.Layer` is one declaration holding everything its
three readers need:

- :func:`geo.layers.build.build_layers` calls its ``build`` and keeps its
  ``columns``; place layers declare the ``kinds`` of place they hold, and
  every drawable place goes to exactly one place layer
  (:meth:`~geo.layers.spec.Registry.layer_of`);
- :func:`geo.mapping.build_map` draws it under its ``title`` with its
  ``symbol``, ``colour``, ``style`` and tooltip/popup (``info`` or
  ``tooltip``), shown or hidden at start (``shown``);
- :func:`geo.export.export_layers` writes it as ``<export_name>.geojson`` and
  as the GeoPackage layer ``<export_name>``.

:data:`LAYERS` is the product's registry, in drawing order (bottom first).
A :class:`~geo.layers.spec.Registry` is immutable: ``with_layer`` returns a
new one, which the three readers accept as ``registry=``.

To add a layer, add one :class:`~geo.layers.spec.Layer` (or
:func:`place_layer`) to :data:`LAYERS`, with a builder in
:mod:`geo.layers._rows` if none fits, and a test (see ``docs/LAYERS.md``).
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.layers._rows import (
    boundary_rows,
    density_rows,
    figure_rows,
    place_rows,
    region_rows,
    uncertainty_rows,
)
from geo.layers.spec import HOME_COUNTRY, Info, Layer, Registry, Symbol
from geo.model import Kind

__all__ = ["HOME_COUNTRY", "LAYERS", "PLACE_COLUMNS", "Info", "Layer", "Registry", "Symbol",
           "place_layer"]

# -- the product's layers -----------------------------------------------------------

#: Columns of every place layer, in order (see docs/LAYERS.md).
PLACE_COLUMNS: tuple[str, ...] = (
    "id", "name", "name_ascii", "kind", "layer", "era", "is_legacy", "is_2025",
    "precision", "imprecise", "uncertainty_m", "lat", "lon", "coord_source", "source",
    "legacy_unit", "legacy_name", "successor", "successor_name", "parent", "province",
    "country", "border_commune", "mentioned", "mention_count", "article_count",
    "articles", "figure_count", "figures", "figures_summary", "first_passage",
    "first_passage_article", "alt_names", "attrs", "notes",
)
# Embedded in the map for each place (the heavy ones stay in the export) ...
_PLACE_MAP_COLUMNS = (
    "id", "name", "name_ascii", "kind", "layer", "era", "precision", "imprecise",
    "uncertainty_m", "lat", "lon", "coord_source", "legacy_unit", "legacy_name",
    "successor", "successor_name", "mentioned", "mention_count", "article_count",
    "figure_count",
)
# The map's script stays small: the app looks passages and figures up on a click
# (the export keeps every property).
_PLACE_INFO_ONLY: tuple[str, ...] = ()

_UNCERTAINTY_COLUMNS = (
    "id", "place_id", "name", "kind", "layer", "precision", "uncertainty_m", "shape",
    "extent_source",
)
_REGION_COLUMNS = (
    "id", "place_id", "name", "kind", "precision", "members", "member_names", "mention_count",
    "article_count", "extent_source", "source",
)
_DENSITY_COLUMNS = (
    "id", "place_id", "name", "kind", "layer", "precision", "mention_count",
    "article_count", "share",
)
_FIGURE_COLUMNS = (
    "id", "place_id", "place_name", "kind", "precision", "theme", "subject", "unit", "period",
    "figure_count", "article_count", "groups", "summary", "disagreement", "value_low",
    "size_value", "size_unit", "size_subject", "offset_x", "offset_y", "ring",
)


def place_layer(
    name: str, title: str, colour: str, kinds: Iterable[str], *, radius: float = 5, **options
) -> Layer:
    """Declare a place layer: one circle per place of *kinds*, with the place columns.

    Parameters
    ----------
    name, title, colour, radius
        As in :class:`Layer`.
    kinds : iterable of str
        Kinds of place it holds (:class:`geo.model.Kind`).
    **options
        Any other :class:`Layer` field (``shown``, ``fit_view``, ``abroad``...).

    Returns
    -------
    Layer
    """
    return Layer(
        name=name, title=title, build=place_rows, columns=PLACE_COLUMNS, geometry=("Point",),
        colour=colour, symbol=Symbol.PLACE, radius=radius, info=Info.PLACE,
        map_columns=_PLACE_MAP_COLUMNS, info_only=_PLACE_INFO_ONLY, kinds=frozenset(kinds),
        **options,
    )


#: The product's layers, in drawing order (bottom first).
LAYERS = Registry([
    Layer(
        name="boundary", title="International boundary", build=boundary_rows,
        columns=("id", "name", "countries", "source"), geometry=("LineString",),
        colour="#111827", style={"weight": 3, "opacity": 0.85, "dashArray": "10 4 2 4"},
        tooltip="{name}<br><small>{source}</small>",
    ),
    Layer(
        # regions named in the corpus, as the union of their member provinces (sourced);
        # drawn under everything, outline only, so the places on top keep the mouse
        name="regions", title="Regions named (extent of their member provinces)",
        build=region_rows, columns=_REGION_COLUMNS, geometry=("Polygon", "MultiPolygon"),
        colour="#a16207",
        style={"weight": 2, "opacity": 0.7, "dashArray": "8 6", "fillOpacity": 0.03},
        tooltip="<b>{name}</b> (region): {mention_count} mention(s)<br>"
                "<small>extent: {extent_source}</small>",
    ),
    Layer(
        # hidden at start: the map draws the shape of the place under the pointer
        # and of the place clicked; this layer shows them all at once
        name="uncertainty", title="Uncertainty of every place (circle, box, border segment)",
        build=uncertainty_rows, columns=_UNCERTAINTY_COLUMNS,
        geometry=("Polygon", "LineString"), colour="#6b7280", symbol=Symbol.UNCERTAINTY,
        clickable=False, shown=False,
    ),
    place_layer("communes", "Communes and other units (legacy & 2025)", "#64748b",
                {Kind.PROVINCE, Kind.DISTRICT, Kind.COMMUNE, Kind.WARD},
                shown=False, fit_view=True),
    place_layer("villages", "Villages and hamlets", "#15803d", {Kind.VILLAGE},
                fit_view=True),
    place_layer("other_places", "Other places", "#0f766e", {Kind.REGION, Kind.OTHER}),
    place_layer("foreign_places", "Places across the border", "#c2410c",
                {Kind.COUNTRY, Kind.FOREIGN_PLACE}, radius=6, abroad=True),
    place_layer("border_markers", "Border markers", "#7c3aed", {Kind.BORDER_MARKER},
                fit_view=True),
    place_layer("border_gates", "Border gates and crossings", "#dc2626", {Kind.BORDER_GATE},
                radius=7, fit_view=True),
    place_layer("border_posts", "Border posts", "#1d4ed8", {Kind.BORDER_POST}, radius=8,
                fit_view=True),
    Layer(
        name="mention_density", title="Mentions per place", build=density_rows,
        columns=_DENSITY_COLUMNS, geometry=("Point",), colour="#db2777",
        symbol=Symbol.SIZED, size_by="mention_count", shown=False, on_request=True,
        tooltip="<b>{name}</b>: {mention_count} mention(s) in {article_count} article(s)",
    ),
    Layer(
        name="figures", title="Figures (one symbol per group of like figures)",
        build=figure_rows,
        columns=_FIGURE_COLUMNS, geometry=("Point",), colour="#0369a1",
        symbol=Symbol.FIGURE, info=Info.FIGURE, shown=False, on_request=True,
        reads_figures=True,
        # ``groups`` stays in the export; the tooltip carries the summary.
        map_columns=tuple(c for c in _FIGURE_COLUMNS if c != "groups"),
        info_only=("summary",),
    ),
])
