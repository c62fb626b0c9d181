"""What a layer declaration is: :class:`Layer`, :class:`Registry`, what builders read.

The product's layers are declared in :mod:`geo.layers.registry`.  This
module imports neither Folium nor the map package: a style is plain data or
a function of a feature's properties returning a Leaflet style dict, and
:class:`Symbol` and :class:`Info` name what :mod:`geo.mapping` knows how to
draw.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from geo.model import Kind, Place
from geo.region import HOME_COUNTRY

if TYPE_CHECKING:  # pragma: no cover
    from geo.layers._stats import PlaceStats


Builder = Callable[["LayerInputs", "Layer"], Iterable[dict]]
Style = Mapping[str, object] | Callable[[dict], dict]

_EXPORT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_GEOMETRIES = {"Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
               "MultiPolygon", "GeometryCollection"}


@dataclass(frozen=True)
class LayerInputs:
    """What every builder may read, gathered once per :func:`build_layers` call.

    Attributes
    ----------
    stats : PlaceStats
        Mentions, articles, first passages and figures per place id.
    places : dict of str to Place
        Every place to draw (mentioned, given figures, border communes,
        Vietnamese posts and gates), by id.
    gazetteer : geo.model.Gazetteer
        For names of related units, extents and the boundary.
    border : set of str
        Ids of Điện Biên's border communes.
    place_rows : mapping of str to list of dict
        Rows of every place layer, by layer name, in registry order.
    """

    stats: PlaceStats
    places: Mapping[str, Place]
    gazetteer: Any
    border: frozenset[str]
    place_rows: Mapping[str, list[dict]]

    @property
    def drawn(self) -> list[dict]:
        """Rows of every place layer, in registry order."""
        return [row for rows in self.place_rows.values() for row in rows]


class Symbol(StrEnum):
    """How the map draws the features of a layer (:mod:`geo.mapping` implements each)."""

    #: A circle per place of ``radius`` px: filled for a published point, hollow and
    #: dashed otherwise.
    PLACE = "place"
    #: A circle per (place, theme), area proportional to ``size_value``, each theme on
    #: its own scale (shown in the legend).
    FIGURE = "figure"
    #: A circle whose area is proportional to the property ``size_by``, relative to
    #: the layer's largest.
    SIZED = "sized"
    #: An uncertainty shape in the colour of the layer named by its ``layer`` property.
    UNCERTAINTY = "uncertainty"
    #: The declaration's ``style``: plain data (``colour`` added as ``color``) or a
    #: function of the feature's properties.
    PLAIN = "plain"


class Info(StrEnum):
    """Built-in tooltip (and popup) of a feature; every text in it is HTML-escaped."""

    #: Tooltip: name, kind, precision, mentions.  Popup: also legacy unit and
    #: successor, coordinate source, figures, first passage, id.
    PLACE = "place"
    #: Tooltip: place, theme, symbol value and the summary lines of the figures.
    FIGURE = "figure"


@dataclass(frozen=True)
class Layer:
    """One map layer: how it is built, drawn and exported.

    Parameters
    ----------
    name : str
        Key of the layer in :func:`build_layers`' result.
    title : str
        Label in the map's layer control and legend.
    build : callable
        ``build(inputs, layer) -> iterable of dict``: one row per feature,
        holding at least ``columns`` and a shapely ``geometry``.
    columns : tuple of str
        Properties of every feature, in order (the GeoJSON and GeoPackage
        fields).
    geometry : tuple of str
        Geometry types the features may have (``"Point"``, ``"LineString"``...).
    colour : str
        Main colour (CSS).
    symbol : Symbol
        How the map draws the features.
    style : mapping or callable, optional
        For :attr:`Symbol.PLAIN`: a Leaflet style dict, or a function of a
        feature's properties returning one.
    radius : float
        Circle radius (px) of :attr:`Symbol.PLACE`.
    size_by : str, optional
        Property sizing :attr:`Symbol.SIZED` circles.
    info : Info, optional
        Built-in tooltip and popup.
    tooltip : str, optional
        Instead of *info*: a ``str.format`` template of properties, each
        HTML-escaped (``None`` → empty), e.g. ``"<b>{name}</b>"``.
    map_columns : tuple of str, optional
        Properties embedded in the map (default: every column); the heavy ones
        stay in the export.
    info_only : tuple of str
        Properties used to build the tooltip/popup, then dropped from the map.
    shown : bool
        Shown when the map opens (else switched on in the layer control).
    on_request : bool
        Drawn only when the user asks for it (the app offers a switch; the
        export always has it): a layer too heavy to send with every map
        (the figures: about 2,000 symbols and 1.6 MB at 10,000 articles).
        Shown at once when asked for.
    reads_figures : bool
        Its builder reads each figure (value, subject, unit...), not only
        how many a place has: it cannot be drawn from the app's corpus
        digest (:mod:`geo.app.digest`), which keeps figures' places and
        themes only.
    clickable : bool
        Whether its features take the mouse (an area under places must not).
    fit_view : bool
        The map opens on the extent of the layers that set it.
    export_name : str, optional
        File stem of ``<export_name>.geojson`` and GeoPackage layer name
        (default: *name*); ``[a-z0-9_-]`` only.
    kinds : frozenset of str
        Kinds of place this place layer holds (empty: not a place layer).
    abroad : bool
        This place layer also holds every place outside Vietnam, whatever its kind.

    Raises
    ------
    ValueError
        If the declaration contradicts itself (a template naming an unknown
        property, an unsafe export name, ...).
    """

    name: str
    title: str
    build: Builder
    columns: tuple[str, ...]
    geometry: tuple[str, ...]
    colour: str
    symbol: Symbol = Symbol.PLAIN
    style: Style | None = None
    radius: float = 5
    size_by: str | None = None
    info: Info | None = None
    tooltip: str | None = None
    map_columns: tuple[str, ...] | None = None
    info_only: tuple[str, ...] = ()
    shown: bool = True
    on_request: bool = False
    reads_figures: bool = False
    clickable: bool = True
    fit_view: bool = False
    export_name: str | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)
    abroad: bool = False

    def __post_init__(self) -> None:
        # One shape whatever the caller wrote (a list of columns, a set of kinds, "plain").
        for name, kind in (("columns", tuple), ("geometry", tuple), ("info_only", tuple),
                           ("kinds", frozenset), ("symbol", Symbol)):
            object.__setattr__(self, name, kind(getattr(self, name)))
        if self.map_columns is not None:
            object.__setattr__(self, "map_columns", tuple(self.map_columns))
        if self.info is not None:
            object.__setattr__(self, "info", Info(self.info))
        problems = list(self._problems())
        if problems:
            raise ValueError(f"layer {self.name!r}: " + "; ".join(problems))

    def _problems(self) -> Iterator[str]:
        columns = set(self.columns)
        if not self.name or not self.title:
            yield "needs a name and a title"
        if "geometry" in columns:
            yield "'geometry' is not a column (it is always there)"
        if not self.geometry or not set(self.geometry) <= _GEOMETRIES:
            yield f"geometry {self.geometry!r} not among {sorted(_GEOMETRIES)}"
        if not _EXPORT_NAME.match(self.exported_as):
            yield f"export name {self.exported_as!r} is not [a-z0-9_-]"
        unknown = set(self.map_columns or ()) - columns
        if unknown:
            yield f"unknown columns {sorted(unknown)!r}"
        # The map fills tooltips and sizes symbols from the embedded properties only.
        embedded = columns if self.map_columns is None else set(self.map_columns)
        missing = (set(self.info_only) | ({self.size_by} - {None})) - embedded
        if missing:
            yield f"columns not embedded in the map {sorted(missing)!r}"
        if self.info is not None and self.tooltip is not None:
            yield "give info or tooltip, not both"
        if self.tooltip is not None:
            fields = {f for _, f, _, _ in string.Formatter().parse(self.tooltip) if f}
            if fields - embedded:
                yield f"tooltip names columns not embedded {sorted(fields - embedded)!r}"
        if self.symbol is Symbol.SIZED and self.size_by is None:
            yield "a sized symbol needs size_by"
        if self.style is not None and self.symbol is not Symbol.PLAIN:
            yield "style is for plain symbols"
        if self.on_request and (self.shown or self.holds_places):
            yield "a layer on request is hidden at start and holds no places"
        if self.abroad and not self.kinds:
            yield "only a place layer (with kinds) can hold places abroad"

    @property
    def exported_as(self) -> str:
        """File stem and GeoPackage layer name of the layer."""
        return self.export_name or self.name

    @property
    def holds_places(self) -> bool:
        """Whether this is a place layer (one feature per place of its kinds)."""
        return bool(self.kinds)


class Registry:
    """An ordered, immutable set of layers (drawing order, bottom first).

    Parameters
    ----------
    layers : iterable of Layer

    Raises
    ------
    ValueError
        If two layers share a name or an export name, two place layers claim
        the same kind, or more than one holds the places abroad.
    """

    __slots__ = ("_layers", "_by_name", "_by_kind", "_abroad")

    def __init__(self, layers: Iterable[Layer]):
        self._layers = tuple(layers)
        self._by_name = {layer.name: layer for layer in self._layers}
        self._by_kind: dict[str, str] = {}
        abroad = [layer.name for layer in self._layers if layer.abroad]
        problems = []
        if len(self._by_name) != len(self._layers):
            problems.append("two layers share a name")
        if len({layer.exported_as for layer in self._layers}) != len(self._layers):
            problems.append("two layers share an export name")
        if len(abroad) > 1:
            problems.append(f"several layers hold the places abroad: {abroad!r}")
        for layer in self._layers:
            for kind in sorted(layer.kinds):
                if kind in self._by_kind:
                    problems.append(f"kind {kind!r} in {self._by_kind[kind]!r} and {layer.name!r}")
                self._by_kind[kind] = layer.name
        if problems:
            raise ValueError("invalid layer registry: " + "; ".join(problems))
        self._abroad = abroad[0] if abroad else None

    def __iter__(self) -> Iterator[Layer]:
        return iter(self._layers)

    def __len__(self) -> int:
        return len(self._layers)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> Layer:
        return self._by_name[name]

    def __repr__(self) -> str:
        return f"Registry({list(self.names)!r})"

    def get(self, name: str) -> Layer | None:
        """Return the layer called *name*, or ``None``."""
        return self._by_name.get(name)

    def map_only(self, layers: Mapping) -> dict:
        """Return *layers* (name → GeoDataFrame) with the columns their map embeds only.

        What ``build_layers(..., map_only=True)`` would have made: each
        layer's ``map_columns`` and ``geometry``; a layer this registry does
        not declare is kept whole.
        """
        out = {}
        for name, frame in layers.items():
            layer = self._by_name.get(name)
            keep = layer.map_columns if layer is not None else None
            out[name] = frame[[*keep, "geometry"]] if keep is not None else frame
        return out

    @property
    def names(self) -> tuple[str, ...]:
        """Every layer name, in drawing order."""
        return tuple(self._by_name)

    @property
    def place_names(self) -> tuple[str, ...]:
        """Names of the place layers, in drawing order."""
        return tuple(layer.name for layer in self._layers if layer.holds_places)

    def layer_of(self, place: Place) -> str | None:
        """Return the name of the place layer that holds *place*.

        Anything outside Vietnam goes to the layer holding places abroad; then
        the layer declaring the place's kind; an unknown kind goes where
        ``other`` places go.  ``None`` when no layer takes it.
        """
        if self._abroad and (place.country or HOME_COUNTRY) != HOME_COUNTRY:
            return self._abroad
        return self._by_kind.get(place.kind) or self._by_kind.get(Kind.OTHER)

    def export_name(self, name: str) -> str:
        """Return the export name of layer *name* (*name* itself if not registered)."""
        layer = self._by_name.get(name)
        return layer.exported_as if layer is not None else name

    def with_layer(self, layer: Layer, *, after: str | None = None) -> Registry:
        """Return a new registry with *layer* added on top (or just above *after*)."""
        layers = list(self._layers)
        index = len(layers) if after is None else self.names.index(after) + 1
        layers.insert(index, layer)
        return Registry(layers)

    @property
    def on_request(self) -> tuple[Layer, ...]:
        """The layers drawn only when asked for (see :attr:`Layer.on_request`), in order."""
        return tuple(layer for layer in self._layers if layer.on_request)

    def for_map(self, asked: Collection[str] = ()) -> Registry:
        """Return the layers of a map: all but those on request that are not *asked*."""
        return Registry(layer for layer in self._layers
                        if not layer.on_request or layer.name in asked)

    def without(self, name: str) -> Registry:
        """Return a new registry without layer *name*."""
        return Registry(layer for layer in self._layers if layer.name != name)
