"""Map layers of a processed corpus: one GeoDataFrame (EPSG:4326) per registered layer.

:func:`build_layers` aggregates the corpus once (dict counting over every
mention and figure, no per-mention DataFrame work), routes every drawable
place to its place layer, then calls the builder of every layer of the
registry (:mod:`geo.layers.registry`) and keeps its declared columns.  The
layer schema is documented in ``docs/LAYERS.md``.

Property values are plain Python (str, int, float, bool, None).  Lists and
objects that QGIS cannot read as a field (``articles``, ``figures``,
``alt_names``, ``attrs``) are stored as JSON text.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping

import geopandas as gpd

from geo.layers._rows import place_row
from geo.layers._stats import ArticleCounts, PlaceStats, collect_stats
from geo.layers.registry import LAYERS, PLACE_COLUMNS, Registry
from geo.layers.spec import LayerInputs
from geo.model import Kind, Place

CRS = "EPSG:4326"

#: Every layer :func:`build_layers` returns, in drawing order (bottom first).
LAYER_NAMES: tuple[str, ...] = LAYERS.names

#: Layers whose features are places (one feature per place id).
PLACE_LAYERS: tuple[str, ...] = LAYERS.place_names

__all__ = ["CRS", "LAYER_NAMES", "PLACE_COLUMNS", "PLACE_LAYERS", "build_layers", "layer_of"]


def layer_of(place: Place, *, registry: Registry = LAYERS) -> str | None:
    """Return the name of the layer *place* belongs to.

    Parameters
    ----------
    place : Place
    registry : Registry, optional
        The layers (default: the product's, :data:`geo.layers.registry.LAYERS`).

    Returns
    -------
    str or None
        One of the registry's place layers.  Anything across the border
        (``country`` other than ``VN``) is a foreign place; Vietnamese
        administrative units of every level go to ``communes``;
        ``region``/``other`` to ``other_places``.
    """
    return registry.layer_of(place)


def build_layers(corpus, gazetteer, *, registry: Registry = LAYERS, map_only: bool = False,
                 counted: Mapping[str, ArticleCounts] | None = None,
                 stats: PlaceStats | None = None) -> dict[str, gpd.GeoDataFrame]:
    """Build every map layer of *corpus*.

    Parameters
    ----------
    corpus : geo.pipeline.Corpus
        Processed articles (mentions and figures).
    gazetteer : geo.gazetteer.Gazetteer
        Gives every place (``get``), the places list (``places``), extents of
        imprecise places (``extent``) and the international boundary
        (``boundary_lines``).
    registry : Registry, optional
        The layers to build (default: the product's,
        :data:`geo.layers.registry.LAYERS`).
    map_only : bool, optional
        Only the columns the map embeds (each layer's ``map_columns``): the
        export's own (a place's articles and figure groups as JSON, its
        alternative names, its first passage...) are not made, so the
        results' texts are not read.  What the app draws after a filter
        change; exports need every column.
    counted : mapping, optional
        Each article's mention counts worked out already
        (:func:`geo.layers.count_articles`), for a corpus filtered without
        touching its mentions (see :func:`geo.layers._stats.collect_stats`).
    stats : PlaceStats, optional
        The corpus's per-place statistics made already (*corpus* is then
        not read: ``None`` will do); counts only, without lists, are enough
        for the map's columns of the place layers and "Mentions per place"
        (:meth:`geo.app.digest.CorpusDigest.stats`).

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        One GeoDataFrame in EPSG:4326 per layer of *registry*, in its order,
        with the layer's declared columns (with *map_only*, its map columns)
        then ``geometry``; empty layers keep their columns.

    Raises
    ------
    ValueError
        If a layer's builder leaves out one of its declared columns.
    """
    if stats is None:
        stats = collect_stats(corpus.results, gazetteer, counted=counted,
                              passages=not map_only)
    border = _border_communes(gazetteer)
    places = _places_to_draw(stats, gazetteer, border)

    rows: dict[str, list[dict]] = {name: [] for name in registry.place_names}
    for place in places.values():
        if place.lat is None or place.lon is None:
            continue  # nothing gives a point: listed by the CLI, not drawable
        name = registry.layer_of(place)
        if name is not None:
            rows[name].append(place_row(place, name, stats, gazetteer, border,
                                        full=not map_only))

    inputs = LayerInputs(stats=stats, places=places, gazetteer=gazetteer, border=border,
                         place_rows=rows)
    return {layer.name: _frame(list(layer.build(inputs, layer)),
                               (map_only and layer.map_columns) or layer.columns, layer.name)
            for layer in registry}


# -- which places ------------------------------------------------------------


def _all_places(gazetteer) -> Iterable[Place]:
    places = gazetteer.places
    return places.values() if isinstance(places, Mapping) else places


def _is_border_flag(place: Place) -> bool:
    value = place.attr("border") or place.attr("border_commune") or ""
    return value.strip().lower() in {"1", "true", "yes"}


#: Border communes per gazetteer object (they depend on it alone; a gazetteer is
#: not changed once loaded): worked out once, not at each filter change.
_BORDER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _border_communes(gazetteer) -> frozenset[str]:
    """Return ids of Điện Biên's border communes (legacy and 2025).

    A commune is a border commune if the gazetteer flags it (attribute
    ``border``) or if a curated border post, gate or marker lies in it.
    """
    try:
        return _BORDER[gazetteer]
    except (KeyError, TypeError):  # TypeError: not weakly referable, worked out each time
        pass
    out = frozenset(_find_border_communes(gazetteer))
    try:
        _BORDER[gazetteer] = out
    except TypeError:
        pass
    return out


def _find_border_communes(gazetteer) -> set[str]:
    out: set[str] = set()
    for place in _all_places(gazetteer):
        if place.kind in (Kind.COMMUNE, Kind.WARD) and _is_border_flag(place):
            out.add(place.id)
        elif place.kind in (Kind.BORDER_POST, Kind.BORDER_GATE, Kind.BORDER_MARKER):
            out.update(u for u in (place.legacy_unit, place.successor) if u)
    return out


def _places_to_draw(stats: PlaceStats, gazetteer, border: frozenset[str]) -> dict[str, Place]:
    """Places mentioned or given figures, border communes, and all posts and gates."""
    wanted = set(stats.mentions) | stats.figure_places()
    wanted |= border
    out: dict[str, Place] = {}
    for place in _all_places(gazetteer):
        context = place.kind in (Kind.BORDER_POST, Kind.BORDER_GATE) and place.country == "VN"
        if place.id in wanted or context:
            out[place.id] = place
    for pid in sorted(wanted - out.keys()):  # e.g. a user override not in .places
        place = gazetteer.get(pid) or stats.context_places.get(pid)
        if place is not None:
            out[pid] = place
    return out


# -- frames ------------------------------------------------------------------


def _frame(rows: list[dict], columns: Iterable[str], name: str) -> gpd.GeoDataFrame:
    columns = list(columns)
    if not rows:
        return gpd.GeoDataFrame(
            {c: [] for c in columns}, geometry=gpd.GeoSeries([], crs=CRS), crs=CRS
        )
    missing = [c for c in [*columns, "geometry"] if c not in rows[0]]
    if missing:
        raise ValueError(f"layer {name!r}: its builder gives no {missing!r}")
    # column by column (a frame from a list of dicts is twice as slow, and every
    # key of every row is looked at)
    data = {c: [r[c] for r in rows] for c in columns}
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries([r["geometry"] for r in rows],
                                                         crs=CRS), crs=CRS)
