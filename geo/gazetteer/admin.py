"""Vietnamese administrative units (legacy 63-province and 2025 34-province).

Records come from ``vietnamadminunits.database.get_data`` (MIT); the legacy →
2025 successor of each commune-level unit from ``convert_address``.  Building
is pure: :func:`build_admin_places` takes the two record lists and a
``successor_of`` function, so tests can feed tiny inline tables.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from geo.model import CURRENT, DEFAULT_UNCERTAINTY_M, LEGACY, Kind, Place, Precision
from geo.text import strip_diacritics

SOURCE = "vietnamadminunits"
# Type prefixes of Vietnamese unit names, longest first.
TYPE_PREFIXES = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận",
                 "Tỉnh", "Xã")
# A commune "box" smaller than this (half-diagonal, metres) is a geocoded
# point, not the unit's extent; such units get the default commune radius.
MIN_COMMUNE_HALF_DIAGONAL_M = 1_000.0

#: A legacy ``admin_units_legacy`` record → the 2025 ward code of its successor.
SuccessorFn = Callable[[dict], "str | None"]


def strip_type_prefix(name: str) -> str:
    """Return *name* without its Vietnamese type prefix (``"Xã Pa Thơm"`` → ``"Pa Thơm"``).

    Parameters
    ----------
    name : str
        A full typed unit name.

    Returns
    -------
    str
        The short name; *name* itself when it has no known prefix.
    """
    for prefix in TYPE_PREFIXES:
        if name.startswith(prefix + " ") and len(name) > len(prefix) + 1:
            return name[len(prefix) + 1:]
    return name


def parse_bounds(text: str | None) -> tuple[float, float, float, float] | None:
    """Parse ``"lat,lon – lat,lon"`` into ``(min_lon, min_lat, max_lon, max_lat)``.

    Returns ``None`` for empty or malformed text.
    """
    if not text:
        return None
    parts = text.replace("\u2013", "-").replace(" - ", ";").split(";")
    try:
        (lat1, lon1), (lat2, lon2) = (tuple(float(v) for v in p.split(",")) for p in parts)
    except ValueError:
        return None
    return (min(lon1, lon2), min(lat1, lat2), max(lon1, lon2), max(lat1, lat2))


def half_diagonal_m(bbox: tuple[float, float, float, float]) -> float:
    """Half the diagonal of a lon/lat box, in metres (equirectangular approximation)."""
    min_lon, min_lat, max_lon, max_lat = bbox
    mid = math.radians((min_lat + max_lat) / 2)
    dx = (max_lon - min_lon) * 111_320.0 * math.cos(mid)
    dy = (max_lat - min_lat) * 110_574.0
    return math.hypot(dx, dy) / 2


def radius_from_area_m(area_km2: float | None) -> float | None:
    """Radius (metres) of the circle with the given area: ``sqrt(area / π)``."""
    if not area_km2 or area_km2 <= 0:
        return None
    return math.sqrt(area_km2 / math.pi) * 1_000.0


def _kind_of(unit_type: str | None, level: str) -> str:
    if level == "province":
        return Kind.PROVINCE
    if level == "district":
        return Kind.DISTRICT
    return Kind.WARD if unit_type == "Phường" else Kind.COMMUNE


def _names(full: str | None, short: str | None) -> tuple[str, tuple[str, ...]]:
    short = short or strip_type_prefix(full or "")
    alts = tuple(n for n in (full,) if n and n != short)
    return short, alts


def _place(pid: str, full, short, kind, lat, lon, precision, unc, *, era, parent, province,
           bbox=None, legacy_unit=None, successor=None, attrs=()) -> Place:
    name, alts = _names(full, short)
    return Place(
        id=pid, name=name, name_ascii=strip_diacritics(name), kind=str(kind), lat=lat, lon=lon,
        precision=str(precision), uncertainty_m=unc, coord_source=SOURCE, source=SOURCE, era=era,
        parent=parent, province=province, legacy_unit=legacy_unit, successor=successor,
        alt_names=alts, bbox=bbox, attrs=tuple(attrs),
    )


def _extent_uncertainty(bbox, fallback_precision: str) -> tuple[float, tuple]:
    if bbox is None:
        return DEFAULT_UNCERTAINTY_M[fallback_precision], (("extent", "unknown"),)
    r = half_diagonal_m(bbox)
    if fallback_precision == Precision.COMMUNE and r < MIN_COMMUNE_HALF_DIAGONAL_M:
        return DEFAULT_UNCERTAINTY_M[Precision.COMMUNE], (("extent", "point-sized box"),)
    return r, ()


def legacy_places(records: Iterable[dict], successor_of: SuccessorFn,
                  province_successor: Callable[[str], str | None]) -> Iterator[Place]:
    """Yield legacy provinces, districts and communes/wards from ``admin_units_legacy``.

    A commune whose point or box equals its district's is flagged: precision
    ``district`` and the district's uncertainty (likewise a district carrying
    its province's point gets precision ``province``).
    """
    seen: set[str] = set()
    for r in records:
        pcode, dcode, wcode = r["provinceCode"], r["districtCode"], r["wardCode"]
        pid, did = f"vnold:p:{pcode}", f"vnold:d:{dcode}"
        p_bbox = parse_bounds(r["provinceBounds"])
        if pid not in seen:
            seen.add(pid)
            unc, attrs = _extent_uncertainty(p_bbox, Precision.PROVINCE)
            succ = province_successor(pcode)
            yield _place(pid, r["province"], r["provinceShort"], Kind.PROVINCE, r["provinceLat"],
                         r["provinceLon"], Precision.PROVINCE, unc, era=LEGACY, parent=None,
                         province=pid, bbox=p_bbox, successor=succ, attrs=attrs)
        d_bbox = parse_bounds(r["districtBounds"])
        d_point = (r["districtLat"], r["districtLon"])
        d_fallback = d_point == (r["provinceLat"], r["provinceLon"])
        d_prec = Precision.PROVINCE if d_fallback else Precision.DISTRICT
        d_unc, d_attrs = _extent_uncertainty(d_bbox, Precision.DISTRICT)
        if d_fallback:
            d_unc, d_attrs = unc_of_province(p_bbox), (("fallback", pid),)
        if did not in seen:
            seen.add(did)
            yield _place(did, r["district"], r["districtShort"], Kind.DISTRICT, *d_point, d_prec,
                         d_unc, era=LEGACY, parent=pid, province=pid, bbox=d_bbox,
                         attrs=(("type", r["districtType"] or ""), *d_attrs))
        if not wcode:
            continue  # island districts have no commune level
        cid = f"vnold:c:{wcode}"
        w_bbox = parse_bounds(r["wardBounds"])
        fallback = (r["wardLat"], r["wardLon"]) == d_point or (w_bbox is not None
                                                               and w_bbox == d_bbox)
        if fallback:
            prec, unc, attrs = Precision.DISTRICT, d_unc, (("fallback", did),)
        else:
            prec = Precision.COMMUNE
            unc, attrs = _extent_uncertainty(w_bbox, Precision.COMMUNE)
        succ_code = successor_of(r)
        yield _place(cid, r["ward"], r["wardShort"], _kind_of(r["wardType"], "ward"),
                     r["wardLat"], r["wardLon"], prec, unc, era=LEGACY, parent=did, province=pid,
                     bbox=w_bbox, legacy_unit=cid,
                     successor=f"vn2025:c:{succ_code}" if succ_code else None,
                     attrs=(("type", r["wardType"] or ""), *attrs))


def unc_of_province(bbox) -> float:
    """Uncertainty (metres) of a province from its box, or the province default."""
    return half_diagonal_m(bbox) if bbox else DEFAULT_UNCERTAINTY_M[Precision.PROVINCE]


def current_places(records: Iterable[dict]) -> Iterator[Place]:
    """Yield 2025 provinces and communes/wards from ``admin_units``.

    Uncertainty is the equal-area radius ``sqrt(area / π)`` from ``wardAreaKm2``
    (provinces: the sum of their units' areas).
    """
    records = list(records)
    area: dict[str, float] = {}
    for r in records:
        area[r["provinceCode"]] = area.get(r["provinceCode"], 0.0) + (r["wardAreaKm2"] or 0.0)
    seen: set[str] = set()
    for r in records:
        pcode = r["provinceCode"]
        pid = f"vn2025:p:{pcode}"
        if pid not in seen:
            seen.add(pid)
            unc = radius_from_area_m(area[pcode]) or DEFAULT_UNCERTAINTY_M[Precision.PROVINCE]
            yield _place(pid, r["province"], r["provinceShort"], Kind.PROVINCE, r["provinceLat"],
                         r["provinceLon"], Precision.PROVINCE, unc, era=CURRENT, parent=None,
                         province=pid, attrs=(("area_km2", f"{area[pcode]:.2f}"),))
        unc = radius_from_area_m(r["wardAreaKm2"]) or DEFAULT_UNCERTAINTY_M[Precision.COMMUNE]
        attrs = [("type", r["wardType"] or "")]
        if r["wardAreaKm2"]:
            attrs.append(("area_km2", str(r["wardAreaKm2"])))
        yield _place(f"vn2025:c:{r['wardCode']}", r["ward"], r["wardShort"],
                     _kind_of(r["wardType"], "ward"), r["wardLat"], r["wardLon"],
                     Precision.COMMUNE, unc, era=CURRENT, parent=pid, province=pid,
                     attrs=tuple(attrs))


@contextmanager
def _no_geocoding() -> Iterator[None]:
    """Stop ``convert_address`` from geocoding: it would call ArcGIS over the network.

    The package geocodes only when it parsed a "street" in front of a ward
    that was split between several 2025 wards; without the network it then
    takes the ward the package marks as default, which is what we want.
    """
    import vietnamadminunits.converter.converter_2025 as conv

    saved = conv.get_geo_location
    conv.get_geo_location = lambda address: None
    try:
        yield
    finally:
        conv.get_geo_location = saved


def package_successor_fn() -> tuple[SuccessorFn, Callable[[str], str | None]]:
    """Return successor functions backed by ``vietnamadminunits.convert_address``.

    A conversion counts only when the package parsed the legacy address back
    to the very unit asked about (same legacy ward code).  Call inside
    :func:`_no_geocoding`.
    """
    from vietnamadminunits import convert_address
    from vietnamadminunits.database import get_data

    def convert(address: str):
        try:
            return convert_address(address)
        except Exception:  # noqa: BLE001 - the package raises bare Exception
            return None

    def ward_successor(record: dict) -> str | None:
        unit = convert(f"{record['ward']}, {record['district']}, {record['province']}")
        if unit is None or unit.OldAdminUnit.ward_code != record["wardCode"]:
            return None
        return unit.ward_code

    provinces: dict[str, str] = {}
    for r in get_data("provinceCode, province", table="admin_units_legacy"):
        unit = convert(r["province"])
        if unit is not None and unit.province_code:
            provinces[r["provinceCode"]] = f"vn2025:p:{unit.province_code}"
    return ward_successor, provinces.get


def build_admin_places() -> tuple[Place, ...]:
    """Build every administrative unit of Vietnam, both eras (reads the package data).

    Returns
    -------
    tuple of Place
        Legacy provinces, districts and communes/wards, then 2025 provinces
        and communes/wards.
    """
    from vietnamadminunits.database import get_data

    legacy = get_data(table="admin_units_legacy")
    current = get_data(table="admin_units")
    with _no_geocoding():
        ward_successor, province_successor = package_successor_fn()
        old = tuple(legacy_places(legacy, ward_successor, province_successor))
    return (*old, *with_predecessor_boxes(current_places(current), old))


def with_predecessor_boxes(current: Iterable[Place], legacy: Iterable[Place]) -> Iterator[Place]:
    """Give each 2025 commune the box around its legacy predecessors' boxes.

    The package has no box for 2025 units; the envelope of the boxes of the
    legacy communes it succeeded (those with a commune-precise box of their
    own) is the best extent available.  Marked ``("bbox", "predecessors")``.
    """
    boxes: dict[str, list[tuple[float, float, float, float]]] = {}
    for p in legacy:
        if (p.successor and p.bbox and p.precision == Precision.COMMUNE
                and p.attr("extent") is None):
            boxes.setdefault(p.successor, []).append(p.bbox)
    for p in current:
        parts = boxes.get(p.id)
        if parts and p.bbox is None:
            bbox = (min(b[0] for b in parts), min(b[1] for b in parts),
                    max(b[2] for b in parts), max(b[3] for b in parts))
            p = replace(p, bbox=bbox, attrs=(*p.attrs, ("bbox", "predecessors")))
        yield p
