"""Builders of the layers: rows (plain dicts with a ``geometry``) from the aggregated corpus.

Private helper of :mod:`geo.layers.build`; the registry
(:mod:`geo.layers.registry`) names one builder per layer.  A builder is
``build(inputs, layer) -> iterable of dict``: *inputs* is the
:class:`geo.layers.spec.LayerInputs` that :func:`geo.layers.build.build_layers` gathers once
(counts, places, rows of the place layers); *layer* is the declaration, so
one builder can serve several layers (every place layer uses
:func:`place_rows`).  :func:`geo.layers.build.build_layers` keeps the
declared columns, in order.
"""

from __future__ import annotations

import math

from shapely.geometry import Point

from geo.layers._geometry import boundary_rows as _boundary_rows
from geo.layers._geometry import uncertainty_geometry
from geo.layers._stats import PlaceStats
from geo.layers._stats import as_json as _json  # the layers' one JSON form
from geo.layers._summary import summary_text
from geo.layers.spec import Layer, LayerInputs
from geo.model import CURRENT, DEFAULT_UNCERTAINTY_M, LEGACY, Kind, Place, Precision

# -- place layers ---------------------------------------------------------------


def place_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return the rows of the places routed to *layer* (by its kinds of place)."""
    return inputs.place_rows.get(layer.name, [])


def place_row(place: Place, layer: str, stats: PlaceStats, gazetteer, border, *,
              full: bool = True) -> dict:
    """Return the row of *place* in the place layer *layer*.

    With *full* every place column; without, not the export's JSON columns
    (``articles``, ``figures``, ``figures_summary``, ``alt_names``, ``attrs``),
    which the map does not embed and which take most of the time.
    """
    pid = place.id
    legacy_unit, successor = place.legacy_unit, place.successor
    if place.kind in (Kind.COMMUNE, Kind.WARD):
        if place.era == LEGACY and not legacy_unit:
            legacy_unit = pid
        if place.era == CURRENT and not successor:
            successor = pid
    passage = stats.first_passage.get(pid)
    row = {
        "id": pid,
        "name": place.name,
        "name_ascii": place.name_ascii,
        "kind": str(place.kind),
        "layer": layer,
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
        "article_count": stats.article_count(pid),
        "figure_count": stats.figure_count(pid),
        "first_passage": passage[1] if passage else None,
        "first_passage_article": passage[0] if passage else None,
        "notes": place.notes,
        "geometry": Point(float(place.lon), float(place.lat)),
    }
    if full:
        figures = stats.summary(pid)
        row.update(articles=stats.articles_json(pid),
                   figures=_json(figures), figures_summary=summary_text(figures),
                   alt_names=_json(list(place.alt_names)), attrs=_json(dict(place.attrs)))
    return row


def _name_of(gazetteer, place_id: str | None) -> str | None:
    if not place_id:
        return None
    place = gazetteer.get(place_id)
    return place.name if place is not None else None


def _uncertainty_of(place: Place) -> float:
    if place.uncertainty_m is not None and place.uncertainty_m == place.uncertainty_m:
        return float(place.uncertainty_m)
    return float(DEFAULT_UNCERTAINTY_M.get(place.precision, DEFAULT_UNCERTAINTY_M["commune"]))


# -- derived layers -------------------------------------------------------------


def boundary_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return the international boundary lines of the gazetteer."""
    return _boundary_rows(inputs.gazetteer)


def uncertainty_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return the circle, box or border segment of every imprecise place drawn."""
    rows = []
    for row in inputs.drawn:
        if not row["imprecise"]:
            continue
        place = inputs.places[row["id"]]
        geometry, shape, source = uncertainty_geometry(
            place, row["uncertainty_m"], inputs.gazetteer
        )
        rows.append({
            "id": row["id"], "place_id": row["id"], "name": row["name"], "kind": row["kind"],
            "layer": row["layer"], "precision": row["precision"],
            "uncertainty_m": row["uncertainty_m"], "shape": shape, "extent_source": source,
            "geometry": geometry,
        })
    return rows


def region_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return the sourced extent of every region drawn (the union of its member provinces).

    Only regions with a point (those whose extent is sourced) are drawn; the
    area is the gazetteer's extent, never one drawn by hand.
    """
    rows = []
    for row in inputs.place_rows.get(layer_of_kind(inputs, Kind.REGION), []):
        place = inputs.places[row["id"]]
        if place.kind != Kind.REGION:
            continue
        extent = inputs.gazetteer.extent(place.id)
        if extent is None or extent.is_empty:
            continue
        rows.append({
            "id": place.id, "place_id": place.id, "name": place.name, "kind": str(place.kind),
            "precision": str(place.precision), "members": place.attr("members"),
            "member_names": _json(_member_names(inputs.gazetteer, place.attr("members"))),
            "mention_count": row["mention_count"], "article_count": row["article_count"],
            "extent_source": place.coord_source, "source": place.source,
            "geometry": extent,
        })
    return rows


def layer_of_kind(inputs: LayerInputs, kind: str) -> str:
    """Return the place layer whose rows hold places of *kind* (the first that has any)."""
    for name, rows in inputs.place_rows.items():
        if any(r["kind"] == kind for r in rows):
            return name
    return ""


def _member_names(gazetteer, members: str | None) -> list[str]:
    return [_name_of(gazetteer, m) or m for m in (members or "").split(";") if m]


def density_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return every place drawn that is mentioned, with its share of all mentions."""
    total = sum(inputs.stats.mentions.values()) or 1
    rows = [
        {
            "id": r["id"], "place_id": r["id"], "name": r["name"], "kind": r["kind"],
            "layer": r["layer"], "precision": r["precision"],
            "mention_count": r["mention_count"], "article_count": r["article_count"],
            "share": round(r["mention_count"] / total, 6), "geometry": r["geometry"],
        }
        for r in inputs.drawn
        if r["mention_count"] > 0
    ]
    rows.sort(key=lambda r: -r["mention_count"])  # small symbols drawn on top
    return rows


#: Pixels between a place's point and the ring of its figure symbols, and between rings.
RING_PX, RING_STEP_PX, RING_SIZE = 18.0, 20.0, 12


def ring_offsets(n: int) -> list[tuple[float, float]]:
    """Return the screen offsets (px, y down) of *n* symbols around one point.

    One symbol sits on the point; more go on rings of at most
    :data:`RING_SIZE` around it, the first at the top, clockwise, so that
    eleven figures of one place are eleven symbols, not one.
    """
    if n <= 1:
        return [(0.0, 0.0)] * n
    out = []
    for i in range(n):
        ring, k = divmod(i, RING_SIZE)
        on_ring = min(RING_SIZE, n - ring * RING_SIZE)
        angle = -math.pi / 2 + 2 * math.pi * k / on_ring
        r = RING_PX + 1.5 * min(on_ring, RING_SIZE) + ring * RING_STEP_PX
        out.append((round(r * math.cos(angle), 1), round(r * math.sin(angle), 1)))
    return out


def figure_rows(inputs: LayerInputs, layer: Layer) -> list[dict]:
    """Return one row per group of like figures of a place, on a ring around its point.

    A group is the figures about the same place, subject, unit and period
    (:func:`geo.figures.summary.group_like_figures`), never summed; its
    symbol's size is its largest value on the scale of its unit (one scale per
    unit, whatever the theme).  Figures without a number make a group of their
    own (no size).  ``offset_x``/``offset_y`` place the symbol in pixels from
    the place's point, which stays the geometry.
    """
    stats, places = inputs.stats, inputs.places
    rows = []
    for pid, figures in stats.figures.items():
        place = places.get(pid)
        if place is None or place.lat is None or place.lon is None:
            continue
        counts: dict[tuple, list] = {}  # like-group key → [figures, articles]
        vague: dict[tuple, list] = {}
        for fig in figures:
            key = (fig.subject or "", fig.unit or "", fig.period)
            if fig.value is None:
                key = (fig.theme or "other", *key)
                vague.setdefault(key, []).append(fig)
                continue
            entry = counts.setdefault(key, [0, set()])
            entry[0] += 1
            entry[1].add(fig.article)
        here = []
        for group in stats.summary(pid):  # the place layer's groups: made once
            n, articles = counts[(group["subject"], group["unit"], group["period"])]
            values = [v["value"] for v in group["values"] if v["value"] is not None]
            highs = [v["value_high"] for v in group["values"] if v["value_high"] is not None]
            here.append(_figure_row(place, group["theme"], group["subject"], group["unit"],
                                    group["period"], n, len(articles), [group],
                                    values, highs))
        for (theme, subject, unit, period), figs in vague.items():
            row = _figure_row(place, theme, subject, unit, period, len(figs),
                              len({f.article for f in figs}), [], [], [])
            row["id"] += "/no-number"  # beside a group of the same figures with numbers
            here.append(row)
        here.sort(key=lambda r: (r["theme"], -(r["size_value"] or 0), r["id"]))
        for r, (dx, dy) in zip(here, ring_offsets(len(here)), strict=True):
            r.update(offset_x=dx, offset_y=dy, ring=len(here))
        rows.extend(here)
    rows.sort(key=lambda r: -(r["size_value"] or 0))  # big symbols below small ones
    return rows


def _figure_row(place: Place, theme: str, subject: str, unit: str, period, n: int,
                n_articles: int, summary: list[dict], values: list, highs: list) -> dict:
    """Return the figures-layer row of one group of like figures of *place*."""
    pid = place.id
    size = float(max(values + highs)) if values else None
    return {
        "id": f"{pid}#{theme}/{unit}/{subject}" + (f"/{period}" if period else ""),
        "place_id": pid, "place_name": place.name, "kind": str(place.kind),
        "precision": str(place.precision), "theme": theme, "subject": subject,
        "unit": unit, "period": period, "figure_count": n, "article_count": n_articles,
        "groups": _json(summary),
        "summary": summary_text(summary) or f"{n} figure(s) without a number",
        "disagreement": any(g["disagreement"] for g in summary),
        "value_low": float(min(values)) if values else None,
        "size_value": size, "size_unit": unit if size is not None else None,
        "size_subject": subject if size is not None else None,
        "geometry": Point(float(place.lon), float(place.lat)),
    }
