"""What a count of units can be about: "29 communes" is no commune's, "16 posts" no post's.

A figure counting administrative units, posts or gates is about a place
large enough to hold them (:func:`can_hold`); :data:`COUNTED_SIZE` gives
the size a place must exceed for each counted noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.region import KIND_SIZE

if TYPE_CHECKING:
    from geo.figures._scope import Scope

__all__ = ["COUNTED_SIZE", "FOREIGN_SIZE", "UNIT_SIZE", "can_hold", "counted_units"]

#: The size of an administrative unit (:data:`geo.region.KIND_SIZE`); posts and gates are none.
UNIT_SIZE = {k: KIND_SIZE[k] for k in ("village", "commune", "ward", "district", "province")}
#: A count of units across the border ("districts") may be of foreign places.
FOREIGN_SIZE = UNIT_SIZE["district"]
#: Counted units ("29 communes") and the size a place must exceed to hold them.
COUNTED_SIZE = {"villages": UNIT_SIZE["village"], "hamlets": UNIT_SIZE["village"],
                "communes": UNIT_SIZE["commune"], "wards": UNIT_SIZE["ward"],
                "posts": UNIT_SIZE["village"], "districts": UNIT_SIZE["district"],
                "provinces": UNIT_SIZE["province"],
                "gates": UNIT_SIZE["commune"]}  # a commune holds a gate at most
#: Units said by their tier: "700 district-level units", "3,321 commune-level units"
_TIER = re.compile(r"(village|commune|district|province|provincial)-level", re.IGNORECASE)


def can_hold(found: Scope, counted: str, value: float | None, size: int) -> bool:
    """Tell whether the place *found* can hold *value* units *counted* (of *size*).

    A unit holds smaller units; a post or a gate holds a few villages, not
    five posts nor two gates (a commune holds one gate at most); a county
    holds posts, and so does Vietnam ("40 road border gates nationwide"), not
    a neighbour ("the three border gates with Laos": the province's).
    """
    if found.kind in UNIT_SIZE:
        return UNIT_SIZE[found.kind] > size
    if (value or 0) <= {"posts": 4, "gates": 1}.get(counted, 1e9):
        return True
    if found.kind == "country":
        return found.place_id == "country:vn"
    return KIND_SIZE.get(found.kind or "", 0) > size


def counted_units(words: list[str]) -> str:
    """Return what a figure whose noun phrase is *words* counts: its last word.

    Units said by their tier count that tier ("700 district-level units":
    districts; "63 provincial-level units": provinces).
    """
    if len(words) > 1 and words[-1] == "units" and (tier := _TIER.fullmatch(words[-2])):
        return "provinces" if tier[1].lower() == "provincial" else tier[1].lower() + "s"
    return words[-1] if words else ""
