"""Rows of the curated-places CSV schema, shared by the built-in data and user overrides.

:func:`parse_rows` reads a text stream and returns the valid rows and one
:class:`~geo.errors.OverrideError` per bad row ("file:line: problem"), so
callers choose to raise on the first error or to keep going.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from typing import TextIO

from geo.errors import OverrideError
from geo.model import Kind, Precision
from geo.region import TRIPOINT_ALIASES, TRIPOINT_ID

COLUMNS = ("id", "name", "alt_names", "kind", "country", "parent", "gate_type", "counterpart",
           "series", "marker_numbers", "commune_old", "commune_old_id", "commune_new",
           "commune_new_id", "lat", "lon", "precision", "uncertainty_m", "coord_source",
           "source_url", "notes")
REQUIRED_COLUMNS = ("id", "name", "kind", "lat", "lon")
GATE_TYPES = ("international", "main", "secondary", "opening")
SERIES = ("VN-LA", "VN-CN")
KINDS = tuple(k.value for k in Kind)
PRECISIONS = tuple(p.value for p in Precision)
#: Points must fall in this box (lon/lat): Vietnam, Laos, southern and central China.
REGION = (95.0, 5.0, 125.0, 40.0)  # min_lon, min_lat, max_lon, max_lat

_TRIPOINT_IDS = frozenset({TRIPOINT_ID, *TRIPOINT_ALIASES})
_ID = re.compile(r"^(?:vn2025:[pc]:\d+|vnold:[pdc]:\d+|marker:(?:vn-la|vn-cn):\d+|country:[a-z]{2}"
                 r"|(?:post|gate|village|foreign|other|user):[a-z0-9]+(?:-[a-z0-9]+)*)$")


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One validated row; empty cells are ``""`` (text) or ``None`` (numbers)."""

    id: str
    name: str
    alt_names: tuple[str, ...]
    kind: str
    country: str
    parent: str
    gate_type: str
    counterpart: str
    series: tuple[str, ...]
    marker_numbers: tuple[int, ...]
    commune_old: str
    commune_old_id: str
    commune_new: str
    commune_new_id: str
    lat: float | None
    lon: float | None
    precision: str
    uncertainty_m: float | None
    coord_source: str
    source_url: str
    notes: str
    origin: str  # "file:line"

    def given(self) -> frozenset[str]:
        """Return the names of the fields this row sets (non-empty cells)."""
        return frozenset(f for f in COLUMNS if getattr(self, f) not in ("", (), None))


def parse_rows(stream: TextIO, name: str) -> tuple[list[PlaceRow], list[OverrideError]]:
    """Read and validate a curated-places CSV.

    Parameters
    ----------
    stream : text stream
        The CSV text (UTF-8 decoded; a BOM is ignored).
    name : str
        File name used in messages.

    Returns
    -------
    rows : list of PlaceRow
        The valid rows, in file order (a duplicate id keeps the first).
    errors : list of OverrideError
        One error per bad row, message ``"name:line: problem"``.
    """
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        return [], [OverrideError(f"{name}:1: empty file, expected a header row with columns "
                                  f"{', '.join(REQUIRED_COLUMNS)}")]
    except csv.Error as err:
        return [], [OverrideError(f"{name}:1: unreadable CSV header ({err})")]
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(repr(c) for c in unknown)}")
        return [], [OverrideError(f"{name}:1: {'; '.join(parts)} (columns are: "
                                  f"{', '.join(COLUMNS)})")]
    rows: list[PlaceRow] = []
    errors: list[OverrideError] = []
    first_line: dict[str, int] = {}
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            errors.append(OverrideError(f"{name}:{reader.line_num}: malformed CSV ({err})"))
            continue
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            errors.append(OverrideError(f"{name}:{line}: expected {len(header)} fields, "
                                        f"found {len(cells)} (a missing or extra comma?)"))
            continue
        cells = [v.strip() for v in cells]
        record = {c: "" for c in COLUMNS} | dict(zip(header, cells, strict=True))
        try:
            row = _row(record, f"{name}:{line}")
        except OverrideError as err:
            errors.append(err)
            continue
        if row.id in first_line:
            errors.append(OverrideError(f"{name}:{line}: duplicate id {row.id!r} "
                                        f"(first on line {first_line[row.id]})"))
            continue
        first_line[row.id] = line
        rows.append(row)
    return rows, errors


def _row(r: dict[str, str], origin: str) -> PlaceRow:
    def fail(problem: str) -> OverrideError:
        return OverrideError(f"{origin}: {problem}")

    if not r["id"]:
        raise fail("empty id")
    if not _ID.match(r["id"]):
        raise fail(f"bad id {r['id']!r}: use vn2025:c:<code>, vnold:c:<code>, post:<slug>, "
                   f"gate:<slug>, marker:vn-la:<n>, village:<slug>, country:<iso2>, "
                   f"foreign:<slug>, other:<slug> or user:<slug> (slug: a-z, 0-9, hyphens)")
    if r["kind"] and r["kind"] not in KINDS:
        raise fail(f"unknown kind {r['kind']!r} (kinds: {', '.join(KINDS)})")
    if r["precision"] and r["precision"] not in PRECISIONS:
        raise fail(f"unknown precision {r['precision']!r} (precisions: {', '.join(PRECISIONS)})")
    if r["gate_type"] and r["gate_type"] not in GATE_TYPES:
        raise fail(f"unknown gate_type {r['gate_type']!r} (one of {', '.join(GATE_TYPES)})")
    series = _split(r["series"])
    if bad := [s for s in series if s not in SERIES]:
        raise fail(f"unknown series {bad[0]!r} (one of {', '.join(SERIES)})")
    try:
        numbers = tuple(int(n) for n in _split(r["marker_numbers"]))
    except ValueError:
        raise fail(f"marker_numbers must be whole numbers separated by ';', "
                   f"got {r['marker_numbers']!r}") from None
    if bad := [n for n in numbers if n < 0 or (n == 0 and r["id"] not in _TRIPOINT_IDS)]:
        raise fail(f"marker number {bad[0]} is impossible: markers are numbered from 1 "
                   f"(0 is only the tripoint, {TRIPOINT_ID})")
    lat, lon = _point(r["lat"], r["lon"], fail)
    unc = _number(r["uncertainty_m"], "uncertainty_m", fail)
    if unc is not None and unc < 0:
        raise fail(f"uncertainty_m must not be negative, got {r['uncertainty_m']!r}")
    for col in ("parent", "counterpart", "commune_old_id", "commune_new_id"):
        if r[col] and not _ID.match(r[col]):
            raise fail(f"{col} {r[col]!r} is not a place id")
    return PlaceRow(
        id=r["id"], name=r["name"], alt_names=_split(r["alt_names"]), kind=r["kind"],
        country=r["country"].upper(), parent=r["parent"], gate_type=r["gate_type"],
        counterpart=r["counterpart"], series=series, marker_numbers=numbers,
        commune_old=r["commune_old"], commune_old_id=r["commune_old_id"],
        commune_new=r["commune_new"], commune_new_id=r["commune_new_id"], lat=lat, lon=lon,
        precision=r["precision"], uncertainty_m=unc, coord_source=r["coord_source"],
        source_url=r["source_url"], notes=r["notes"], origin=origin,
    )


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(";") if p.strip())


def _number(text: str, column: str, fail) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise fail(f"{column} is not a number: {text!r}") from None
    if not math.isfinite(value):
        raise fail(f"{column} is not a finite number: {text!r}")
    return value


def in_region(lat: float, lon: float) -> bool:
    """Return whether ``(lat, lon)`` lies in :data:`REGION`."""
    min_lon, min_lat, max_lon, max_lat = REGION
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def _point(lat_text: str, lon_text: str, fail) -> tuple[float | None, float | None]:
    if not lat_text and not lon_text:
        return None, None
    if not lat_text or not lon_text:
        raise fail("give both lat and lon, or neither")
    lat = _number(lat_text, "lat", fail)
    lon = _number(lon_text, "lon", fail)
    if in_region(lat, lon):
        return lat, lon
    if in_region(lon, lat):
        raise fail(f"lat/lon look swapped: ({lat}, {lon}) is outside the region but "
                   f"({lon}, {lat}) is inside it; put latitude (about 20-23 N here) in 'lat'")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise fail(f"coordinates out of range: lat {lat} must be within ±90 and lon {lon} "
                   f"within ±180")
    min_lon, min_lat, max_lon, max_lat = REGION
    raise fail(f"point ({lat}, {lon}) is outside the region covered (lat {min_lat}..{max_lat}, "
               f"lon {min_lon}..{max_lon})")

