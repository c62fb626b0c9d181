"""Map layers of a processed corpus: one GeoDataFrame (EPSG:4326) per layer.

:func:`build_layers` aggregates the corpus once (dict counting over every
mention and figure, no per-mention DataFrame work), then builds one small
GeoDataFrame per layer from the few hundred distinct places.  The layer
schema is documented in ``docs/LAYERS.md``.

Property values are plain Python (str, int, float, bool, None).  Lists and
objects that QGIS cannot read as a field (``articles``, ``figures``,
``alt_names``, ``attrs``) are stored as JSON text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import geopandas as gpd
from shapely.geometry import Point

from geo.layers._geometry import boundary_frame, uncertainty_geometry
from geo.layers._stats import PlaceStats, collect_stats, summarise_place_figures, summary_text
from geo.model import CURRENT, DEFAULT_UNCERTAINTY_M, LEGACY, Kind, Place, Precision

CRS = "EPSG:4326"

#: Every layer :func:`build_layers` returns, in drawing order (bottom first).
LAYER_NAMES: tuple[str, ...] = (
    "boundary",
    "uncertainty",
    "communes",
    "villages",
    "other_places",
    "foreign_places",
    "border_markers",
    "border_gates",
    "border_posts",
    "mention_density",
    "figures",
)

#: Layers whose features are places (one feature per place id).
PLACE_LAYERS: tuple[str, ...] = (
    "communes",
    "villages",
    "other_places",
    "foreign_places",
    "border_markers",
    "border_gates",
    "border_posts",
)

_ADMIN_KINDS = {Kind.PROVINCE, Kind.DISTRICT, Kind.COMMUNE, Kind.WARD}
_KIND_LAYER = {
    Kind.VILLAGE: "villages",
    Kind.BORDER_POST: "border_posts",
    Kind.BORDER_GATE: "border_gates",
    Kind.BORDER_MARKER: "border_markers",
    Kind.COUNTRY: "foreign_places",
    Kind.FOREIGN_PLACE: "foreign_places",
}

#: Columns of every place layer, in order (see docs/LAYERS.md).
PLACE_COLUMNS: tuple[str, ...] = (
    "id", "name", "name_ascii", "kind", "layer", "era", "is_legacy", "is_2025",
    "precision", "imprecise", "uncertainty_m", "lat", "lon", "coord_source", "source",
    "legacy_unit", "legacy_name", "successor", "successor_name", "parent", "province",
    "country", "border_commune", "mentioned", "mention_count", "article_count",
    "articles", "figure_count", "figures", "figures_summary", "first_passage",
    "first_passage_article", "alt_names", "attrs", "notes",
)


def layer_of(place: Place) -> str:
    """Return the name of the layer *place* belongs to.

    Parameters
    ----------
    place : Place

    Returns
    -------
    str
        One of :data:`PLACE_LAYERS`.  Anything across the border (``country``
        other than ``VN``) is a foreign place; Vietnamese administrative units
        of every level go to ``communes``; ``region``/``other`` to
        ``other_places``.
    """
    if place.kind in (Kind.COUNTRY, Kind.FOREIGN_PLACE) or (place.country or "VN") != "VN":
        return "foreign_places"
    if place.kind in _ADMIN_KINDS:
        return "communes"
    return _KIND_LAYER.get(place.kind, "other_places")


def build_layers(corpus, gazetteer) -> dict[str, gpd.GeoDataFrame]:
    """Build every map layer of *corpus*.

    Parameters
    ----------
    corpus : geo.pipeline.Corpus
        Processed articles (mentions and figures).
    gazetteer : geo.gazetteer.Gazetteer
        Gives every place (``get``), the places list (``places``), extents of
        imprecise places (``extent``) and the international boundary
        (``boundary_lines``).

    Returns
    -------
    dict of str to geopandas.GeoDataFrame
        One GeoDataFrame in EPSG:4326 per name of :data:`LAYER_NAMES`, in that
        order; empty layers keep their columns.
    """
    stats = collect_stats(corpus.results, gazetteer)
    places = _places_to_draw(stats, gazetteer)
    border = _border_communes(gazetteer)

    rows: dict[str, list[dict]] = {name: [] for name in PLACE_LAYERS}
    for place in places.values():
        if place.lat is None or place.lon is None:
            continue  # nothing gives a point: listed by the CLI, not drawable
        rows[layer_of(place)].append(_place_row(place, stats, gazetteer, border))

    layers: dict[str, gpd.GeoDataFrame] = {}
    for name in LAYER_NAMES:
        if name in PLACE_LAYERS:
            layers[name] = _frame(rows[name], PLACE_COLUMNS)
    drawn = [r for name in PLACE_LAYERS for r in rows[name]]
    layers["boundary"] = boundary_frame(gazetteer)
    layers["uncertainty"] = _uncertainty_layer(drawn, places, gazetteer)
    layers["mention_density"] = _density_layer(drawn, stats)
    layers["figures"] = _figures_layer(places, stats)
    return {name: layers[name] for name in LAYER_NAMES}


# -- which places ------------------------------------------------------------


def _all_places(gazetteer) -> Iterable[Place]:
    places = gazetteer.places
    return places.values() if isinstance(places, Mapping) else places


def _is_border_flag(place: Place) -> bool:
    value = place.attr("border") or place.attr("border_commune") or ""
    return value.strip().lower() in {"1", "true", "yes"}


def _border_communes(gazetteer) -> set[str]:
    """Return ids of Điện Biên's border communes (legacy and 2025).

    A commune is a border commune if the gazetteer flags it (attribute
    ``border``) or if a curated border post, gate or marker lies in it.
    """
    out: set[str] = set()
    for place in _all_places(gazetteer):
        if place.kind in (Kind.COMMUNE, Kind.WARD) and _is_border_flag(place):
            out.add(place.id)
        elif place.kind in (Kind.BORDER_POST, Kind.BORDER_GATE, Kind.BORDER_MARKER):
            out.update(u for u in (place.legacy_unit, place.successor) if u)
    return out


def _places_to_draw(stats: PlaceStats, gazetteer) -> dict[str, Place]:
    """Places mentioned or given figures, border communes, and all posts and gates."""
    wanted = set(stats.mentions) | set(stats.figures)
    wanted |= _border_communes(gazetteer)
    out: dict[str, Place] = {}
    for place in _all_places(gazetteer):
        context = place.kind in (Kind.BORDER_POST, Kind.BORDER_GATE) and place.country == "VN"
        if place.id in wanted or context:
            out[place.id] = place
    for pid in sorted(wanted - out.keys()):  # e.g. a user override not in .places
        place = gazetteer.get(pid)
        if place is not None:
            out[pid] = place
    return out


# -- rows --------------------------------------------------------------------


def _name_of(gazetteer, place_id: str | None) -> str | None:
    if not place_id:
        return None
    place = gazetteer.get(place_id)
    return place.name if place is not None else None


def _uncertainty_of(place: Place) -> float:
    if place.uncertainty_m is not None and place.uncertainty_m == place.uncertainty_m:
        return float(place.uncertainty_m)
    return float(DEFAULT_UNCERTAINTY_M.get(place.precision, DEFAULT_UNCERTAINTY_M["commune"]))


def _place_row(place: Place, stats: PlaceStats, gazetteer, border: set[str]) -> dict:
    pid = place.id
    legacy_unit, successor = place.legacy_unit, place.successor
    if place.kind in (Kind.COMMUNE, Kind.WARD):
        if place.era == LEGACY and not legacy_unit:
            legacy_unit = pid
        if place.era == CURRENT and not successor:
            successor = pid
    article_ids = stats.articles.get(pid, [])
    articles = [stats.article_info[a] for a in article_ids]
    passage = stats.first_passage.get(pid)
    figures = summarise_place_figures(stats.figures.get(pid, []))
    return {
        "id": pid,
        "name": place.name,
        "name_ascii": place.name_ascii,
        "kind": str(place.kind),
        "layer": layer_of(place),
        "era": place.era,
        "is_legacy": place.era == LEGACY,
        "is_2025": place.era == CURRENT,
        "precision": str(place.precision),
        "imprecise": place.precision != Precision.POINT,
        "uncertainty_m": _uncertainty_of(place),
        "lat": float(place.lat),
        "lon": float(place.lon),
        "coord_source": place.coord_source,
        "source": place.source,
        "legacy_unit": legacy_unit,
        "legacy_name": _name_of(gazetteer, legacy_unit),
        "successor": successor,
        "successor_name": _name_of(gazetteer, successor),
        "parent": place.parent,
        "province": place.province,
        "country": place.country,
        "border_commune": pid in border,
        "mentioned": pid in stats.mentions,
        "mention_count": stats.mentions.get(pid, 0),
        "article_count": len(article_ids),
        "articles": _json(articles),
        "figure_count": len(stats.figures.get(pid, [])),
        "figures": _json(figures),
        "figures_summary": summary_text(figures),
        "first_passage": passage[1] if passage else None,
        "first_passage_article": passage[0] if passage else None,
        "alt_names": _json(list(place.alt_names)),
        "attrs": _json(dict(place.attrs)),
        "notes": place.notes,
        "geometry": Point(float(place.lon), float(place.lat)),
    }


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _frame(rows: list[dict], columns: Iterable[str]) -> gpd.GeoDataFrame:
    columns = list(columns)
    if not rows:
        return gpd.GeoDataFrame(
            {c: [] for c in columns}, geometry=gpd.GeoSeries([], crs=CRS), crs=CRS
        )
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    return frame[columns + ["geometry"]]


# -- derived layers ----------------------------------------------------------

_UNCERTAINTY_COLUMNS = (
    "id", "place_id", "name", "kind", "layer", "precision", "uncertainty_m", "shape",
    "extent_source",
)


def _uncertainty_layer(drawn: list[dict], places: dict[str, Place], gazetteer):
    rows = []
    for row in drawn:
        if not row["imprecise"]:
            continue
        place = places[row["id"]]
        geometry, shape, source = uncertainty_geometry(place, row["uncertainty_m"], gazetteer)
        rows.append({
            "id": row["id"], "place_id": row["id"], "name": row["name"], "kind": row["kind"],
            "layer": row["layer"], "precision": row["precision"],
            "uncertainty_m": row["uncertainty_m"], "shape": shape, "extent_source": source,
            "geometry": geometry,
        })
    return _frame(rows, _UNCERTAINTY_COLUMNS)


_DENSITY_COLUMNS = (
    "id", "place_id", "name", "kind", "layer", "precision", "mention_count",
    "article_count", "share",
)


def _density_layer(drawn: list[dict], stats: PlaceStats):
    total = sum(stats.mentions.values()) or 1
    rows = [
        {
            "id": r["id"], "place_id": r["id"], "name": r["name"], "kind": r["kind"],
            "layer": r["layer"], "precision": r["precision"],
            "mention_count": r["mention_count"], "article_count": r["article_count"],
            "share": round(r["mention_count"] / total, 6), "geometry": r["geometry"],
        }
        for r in drawn
        if r["mention_count"] > 0
    ]
    rows.sort(key=lambda r: -r["mention_count"])  # small symbols drawn on top
    return _frame(rows, _DENSITY_COLUMNS)


_FIGURE_COLUMNS = (
    "id", "place_id", "place_name", "kind", "precision", "theme", "figure_count",
    "article_count", "groups", "summary", "disagreement", "size_value", "size_unit",
    "size_subject",
)


def _figures_layer(places: dict[str, Place], stats: PlaceStats):
    """One feature per (place, theme): every group of like figures, never summed."""
    size_unit = stats.theme_units()
    rows = []
    for pid, figures in stats.figures.items():
        place = places.get(pid)
        if place is None or place.lat is None or place.lon is None:
            continue
        by_theme: dict[str, list] = {}
        for fig in figures:
            by_theme.setdefault(fig.theme or "other", []).append(fig)
        for theme, figs in sorted(by_theme.items()):
            groups = summarise_place_figures(figs)
            unit = size_unit.get(theme)
            sized = [
                g for g in groups
                if g["unit"] == unit and any(v["value"] is not None for v in g["values"])
            ]
            size, subject = None, None
            if sized:
                best = max(sized, key=lambda g: max(v["value"] or 0 for v in g["values"]))
                size = float(max(v["value"] or 0 for v in best["values"]))
                subject = best["subject"]
            rows.append({
                "id": f"{pid}#{theme}", "place_id": pid, "place_name": place.name,
                "kind": str(place.kind), "precision": str(place.precision), "theme": theme,
                "figure_count": len(figs), "article_count": len({f.article for f in figs}),
                "groups": _json(groups),
                "summary": summary_text(groups) or f"{len(figs)} figure(s) without a value",
                "disagreement": any(g["disagreement"] for g in groups),
                "size_value": size, "size_unit": unit if size is not None else None,
                "size_subject": subject,
                "geometry": Point(float(place.lon), float(place.lat)),
            })
    rows.sort(key=lambda r: -(r["size_value"] or 0))  # big symbols below small ones
    return _frame(rows, _FIGURE_COLUMNS)
