"""Turn curated rows (built-in data or user overrides) into places.

No coordinate is invented.  A row without a point gets one at load time:

- a Vietnamese place takes its commune's point, precision ``commune``
  (``coord_source`` ``commune:<id>``): the legacy commune's own point when
  that is commune-precise, else the 2025 commune's point;
- a numbered marker takes the stretch of the international boundary inside
  its commune's box, precision ``segment``, the point being the middle of that
  stretch (``coord_source`` ``segment:<commune id>``);
- a foreign place takes its nearest ancestor's point at that ancestor's
  precision (``coord_source`` ``parent:<id>``), or stays without a point.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from shapely.geometry.base import BaseGeometry

from geo.gazetteer.aliases import gate_aliases, marker_aliases, post_aliases
from geo.gazetteer.boundary import length_m, representative_point, stretch_in
from geo.gazetteer.rows import PlaceRow
from geo.model import DEFAULT_UNCERTAINTY_M, Kind, Place, Precision
from geo.region import HOME_PROVINCE_ID
from geo.text import strip_diacritics

_COMMUNE_LEVEL = (Kind.COMMUNE, Kind.WARD)
#: Growth (degrees, ~2 km) of a commune box the 1:10m boundary just misses.
BOX_MARGIN_DEG = 0.02
_UNIT_LEVEL = {Kind.COMMUNE: "commune", Kind.WARD: "commune", Kind.DISTRICT: "district",
               Kind.PROVINCE: "province"}


def resolve_rows(rows: Iterable[PlaceRow], units: Mapping[str, Place],
                 boundary: list) -> tuple[list[Place], dict[str, BaseGeometry]]:
    """Resolve curated rows into places, filling missing points honestly.

    Parameters
    ----------
    rows : iterable of PlaceRow
        Validated rows (ids unique).
    units : mapping
        Administrative units by id (their points and boxes are borrowed).
    boundary : list of (str, LineString)
        International boundary lines for marker segments.

    Returns
    -------
    places : list of Place
        One place per row, in row order.
    extents : dict
        Marker id → the boundary stretch it lies on.
    """
    rows = list(rows)
    by_id = {r.id: r for r in rows}
    done: dict[str, Place] = {}
    extents: dict[str, BaseGeometry] = {}

    def resolve(row: PlaceRow, trail: tuple[str, ...] = ()) -> Place:
        if row.id in done:
            return done[row.id]
        place = _base_place(row, by_id)
        if row.lat is None:
            place = _fill_point(place, row, units, boundary, extents, by_id, resolve, trail)
        done[row.id] = place
        return place

    return [resolve(r) for r in rows], extents


def _base_place(row: PlaceRow, by_id: Mapping[str, PlaceRow]) -> Place:
    precision = row.precision or (Precision.POINT if row.lat is not None else Precision.COUNTRY)
    unc = row.uncertainty_m
    if unc is None and row.lat is not None:
        unc = DEFAULT_UNCERTAINTY_M[precision]
    counterpart = by_id.get(row.counterpart)
    attrs = [(k, v) for k, v in (
        ("gate_type", row.gate_type), ("counterpart", row.counterpart),
        ("series", ";".join(row.series)),
        ("marker_numbers", ";".join(map(str, row.marker_numbers))),
        ("commune_old", row.commune_old), ("commune_new", row.commune_new),
        ("source_url", row.source_url), ("origin", row.origin)) if v]
    names = generated_names(row, counterpart.name if counterpart else None,
                            counterpart.alt_names if counterpart else ())
    alts = tuple(dict.fromkeys(n for n in (*row.alt_names, *names) if n and n != row.name))
    return Place(
        id=row.id, name=row.name, name_ascii=strip_diacritics(row.name),
        kind=row.kind or Kind.OTHER,
        lat=row.lat, lon=row.lon, precision=str(precision), uncertainty_m=unc,
        coord_source=row.coord_source or ("user" if row.lat is not None else ""),
        source=row.source_url, parent=row.parent or None, province=_province_of(row),
        legacy_unit=row.commune_old_id or None, successor=row.commune_new_id or None,
        alt_names=alts, country=row.country or "VN", attrs=tuple(attrs), notes=row.notes,
    )


def generated_names(row: PlaceRow, counterpart_name: str | None = None,
                    counterpart_alt_names: tuple[str, ...] = ()) -> list[str]:
    """Return the rule-based alias names of a curated row (posts, gates, markers)."""
    if row.kind == Kind.BORDER_POST:
        return post_aliases(row.name)
    if row.kind == Kind.BORDER_GATE:  # pairs of names are this side's gate's
        counterpart_name = counterpart_name if (row.country or "VN") == "VN" else None
        return gate_aliases(row.name, row.gate_type, counterpart_name,
                            own_names=tuple(row.alt_names),
                            counterpart_names=tuple(counterpart_alt_names))
    if row.kind == Kind.BORDER_MARKER:
        return marker_aliases(row.marker_numbers, row.series)
    return []


def _province_of(row: PlaceRow) -> str | None:
    if row.parent.startswith(("vn2025:p:", "vnold:p:")):
        return row.parent
    if (row.country or "VN") == "VN" and (row.commune_new_id or row.commune_old_id):
        return HOME_PROVINCE_ID  # curated Vietnamese places are all in Điện Biên
    return None


def _fill_point(place: Place, row: PlaceRow, units, boundary, extents, by_id, resolve,
                trail) -> Place:
    if place.country == "VN":
        old = units.get(row.commune_old_id)
        new = units.get(row.commune_new_id)
        place = replace(place, province=(new or old).province if (new or old) else place.province,
                        successor=place.successor or (old.successor if old else None),
                        legacy_unit=place.legacy_unit if old and old.kind in _COMMUNE_LEVEL
                        else None)
        if row.kind == Kind.BORDER_MARKER:
            seg = _marker_segment(row, old, new, boundary)
            if seg is not None:
                unit, stretch, margin = seg
                lat, lon = representative_point(stretch)
                extents[row.id] = stretch
                if margin:
                    place = replace(place, attrs=(*place.attrs, ("box_margin_deg", str(margin))))
                return replace(place, lat=lat, lon=lon, precision=Precision.SEGMENT.value,
                               uncertainty_m=round(max(length_m(stretch) / 2, 50.0), 1),
                               coord_source=f"segment:{unit.id}")
        unit = _commune_unit(old, new)
        if unit is None:
            return place
        level = "commune" if unit.kind in _COMMUNE_LEVEL else unit.kind
        return replace(place, lat=unit.lat, lon=unit.lon, precision=unit.precision,
                       uncertainty_m=unit.uncertainty_m, coord_source=f"{level}:{unit.id}")
    parent_row = by_id.get(row.parent)
    if parent_row is None or row.parent in trail:
        return place
    parent = resolve(parent_row, (*trail, row.id))
    if parent.lat is None:
        return place
    # name the ancestor whose own point is used, not an intermediate that borrowed it
    source = parent.coord_source if parent.coord_source.startswith("parent:") \
        else f"parent:{parent.id}"
    return replace(place, lat=parent.lat, lon=parent.lon, precision=parent.precision,
                   uncertainty_m=parent.uncertainty_m, coord_source=source)


def _commune_unit(old: Place | None, new: Place | None) -> Place | None:
    """Prefer the legacy commune's own point, else the 2025 commune's, else whatever is known."""
    if old is not None and old.kind in _COMMUNE_LEVEL and old.precision == Precision.COMMUNE \
            and old.lat is not None:
        return old
    if new is not None and new.lat is not None:
        return new
    return old if old is not None and old.lat is not None else None


def _marker_segment(row: PlaceRow, old: Place | None, new: Place | None, boundary):
    """Return ``(unit, stretch, margin)`` for the first unit box the boundary crosses.

    Natural Earth 1:10m lines can miss a border commune's box by a few
    hundred metres, so a box the line misses is tried again grown by
    :data:`BOX_MARGIN_DEG` (the place then carries ``("box_margin_deg", ...)``).
    """
    candidates = []
    if old is not None and old.precision == Precision.COMMUNE and old.attr("extent") is None:
        candidates.append(old)
    candidates.append(new)
    if old is not None and old.kind == Kind.DISTRICT:
        candidates.append(old)
    for unit in candidates:
        if unit is None or unit.bbox is None:
            continue
        for margin in (0.0, BOX_MARGIN_DEG):
            min_lon, min_lat, max_lon, max_lat = unit.bbox
            area = (min_lon - margin, min_lat - margin, max_lon + margin, max_lat + margin)
            stretch = stretch_in(boundary, row.series, area)
            if stretch is not None:
                return unit, stretch, margin
    return None


def patch_unit(place: Place, row: PlaceRow) -> Place:
    """Apply an override row to an administrative unit: the row's non-empty cells win.

    A new point without a precision is the unit's own point (precision
    ``commune``, ``district`` or ``province`` by kind, so a commune that fell
    back to its district's point becomes commune-precise); its
    ``coord_source`` is the row's, or ``user``.
    """
    given = row.given()
    changes: dict = {"attrs": (*place.attrs, ("origin", row.origin))}
    if "name" in given:
        changes |= {"name": row.name, "name_ascii": strip_diacritics(row.name),
                    "alt_names": tuple(dict.fromkeys((*place.alt_names, place.name)))}
    if "alt_names" in given:
        changes["alt_names"] = tuple(dict.fromkeys((*changes.get("alt_names", place.alt_names),
                                                    *row.alt_names)))
    if "kind" in given:
        changes["kind"] = row.kind
    if row.lat is not None:
        # a new point for a unit is that unit's point unless the row says otherwise
        precision = row.precision or _UNIT_LEVEL.get(place.kind, Precision.POINT.value)
        changes |= {"lat": row.lat, "lon": row.lon, "precision": precision,
                    "uncertainty_m": row.uncertainty_m if row.uncertainty_m is not None
                    else DEFAULT_UNCERTAINTY_M[precision],
                    "coord_source": row.coord_source or "user"}
    elif "precision" in given:
        changes["precision"] = row.precision
    if "notes" in given:
        changes["notes"] = row.notes
    if "source_url" in given:
        changes["source"] = row.source_url
    return replace(place, **changes)


def merge_rows(base: PlaceRow, override: PlaceRow) -> PlaceRow:
    """Merge an override row onto a curated row: the override's non-empty cells win.

    When the override gives a point without ``coord_source``, the source is
    ``user``; without ``precision``, ``point``.  A new kind keeps the names
    made from the old one ("Pa Thơm Border Post" stays a name of a post
    re-kinded as a gate), so no mention of the place is lost.
    """
    changes = {f: getattr(override, f) for f in override.given()}
    if override.kind and override.kind != base.kind:
        kept = generated_names(base)
        changes["alt_names"] = tuple(dict.fromkeys((*changes.get("alt_names", base.alt_names),
                                                    *kept)))
    if override.lat is not None:
        changes.setdefault("coord_source", "user")
        changes.setdefault("precision", Precision.POINT.value)
        changes.setdefault("uncertainty_m", None)
    changes["origin"] = override.origin
    return replace(base, **changes)
