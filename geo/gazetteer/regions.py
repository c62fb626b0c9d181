"""Regions named as places ("the Northwest", "the Golden Triangle") as gazetteer entries.

``geo/data/regions.csv`` defines each region by a published list of member
provinces (``members``: pre-2025 province names, ``;``-separated) or by no
members at all.  Nothing is drawn by hand:

- a region with members gets, as its extent, the union of its members'
  boxes (the administrative units' ``provinceBounds``) less the land of
  Laos and China in the countries extract (a province's box reaches across
  the border; the region does not), its ``bbox`` the bounds of that area,
  its point a point inside it (``coord_source`` ``provinces:<ids>``),
  precision ``region`` and an uncertainty of half the box's diagonal;
- a region without members (the Golden Triangle: no published extent at
  hand) keeps precision ``region`` and no point and no geometry.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import replace

from shapely.geometry import box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geo.errors import GazetteerError
from geo.gazetteer.admin import half_diagonal_m
from geo.model import LEGACY, Kind, Place, Precision
from geo.text import strip_diacritics

REGIONS_FILE = "regions.csv"
_COLUMNS = ("id", "name", "alt_names", "members", "source_url", "notes")


def region_places(data: bytes, units: Mapping[str, Place], abroad: BaseGeometry | None = None
                  ) -> tuple[list[Place], dict[str, BaseGeometry]]:
    """Return the region entries of ``regions.csv`` (its bytes) and their extents.

    *abroad* is the neighbours' land (:func:`geo.gazetteer.boundary.read_abroad`),
    taken out of every extent.

    Raises
    ------
    GazetteerError
        A missing column, or a member that is no pre-2025 province.
    """
    provinces = {p.name: p for p in units.values()
                 if p.kind == Kind.PROVINCE and p.era == LEGACY}
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    if reader.fieldnames is None or set(_COLUMNS) - set(reader.fieldnames):
        raise GazetteerError(f"built-in data is invalid: data/{REGIONS_FILE}: columns "
                             f"must be {', '.join(_COLUMNS)}")
    places, extents = [], {}
    for line, row in enumerate(reader, start=2):
        names = [m.strip() for m in row["members"].split(";") if m.strip()]
        missing = [m for m in names if m not in provinces]
        if missing:
            raise GazetteerError(f"built-in data is invalid: data/{REGIONS_FILE}:{line}: "
                                 f"{missing[0]!r} is no pre-2025 province")
        members = [provinces[m] for m in names]
        alts = tuple(a.strip() for a in row["alt_names"].split(";") if a.strip())
        attrs = [("source_url", row["source_url"])]
        place = Place(id=row["id"], name=row["name"], name_ascii=strip_diacritics(row["name"]),
                      kind=Kind.REGION, lat=None, lon=None, precision=Precision.REGION.value,
                      uncertainty_m=None, coord_source="", source=row["source_url"],
                      alt_names=alts, country="VN" if members else "", notes=row["notes"],
                      attrs=tuple(attrs))
        boxes = [box(*p.bbox) for p in members if p.bbox is not None]
        if members and len(boxes) == len(members):
            union = unary_union(boxes)
            if abroad is not None:
                union = union.difference(abroad)
            inside = union.representative_point()
            bounds = tuple(round(v, 6) for v in union.bounds)
            ids = ";".join(p.id for p in members)
            place = replace(place, lat=round(inside.y, 6), lon=round(inside.x, 6), bbox=bounds,
                            uncertainty_m=round(half_diagonal_m(bounds), 1),
                            coord_source=f"provinces:{ids}",
                            attrs=(*place.attrs, ("members", ids)))
            extents[place.id] = union
        places.append(place)
    return places, extents

