"""The home region: Điện Biên, its neighbours, the bias that ranks places by them, and sizes.

Every stage that prefers places near Điện Biên (name lookup, resolution,
fuzzy matching) ranks them with :func:`region_rank`; the province codes,
the neighbour countries and the tripoint are defined here and nowhere else,
as is how large a place of each kind is (:data:`KIND_SIZE`).
This module imports nothing of ``geo`` but :mod:`geo.model`.
"""

from __future__ import annotations

from geo.model import Kind, Place

#: ISO code of the home country.
HOME_COUNTRY = "VN"
#: Province code of Điện Biên, the same in the legacy and the 2025 codes.
HOME_PROVINCE = "11"
#: Gazetteer id of Điện Biên province in the 2025 codes.
HOME_PROVINCE_ID = f"vn2025:p:{HOME_PROVINCE}"
#: Lai Châu's code: the province of the border before Điện Biên was made from its south (2004).
OLD_HOME_PROVINCE = "12"
#: Province codes of Điện Biên's Vietnamese neighbours: Lai Châu, Sơn La.
NEIGHBOUR_PROVINCES = frozenset({OLD_HOME_PROVINCE, "14"})
#: Province codes of Hà Nội and Hồ Chí Minh City: where papers, offices and travellers start
#: ("flights from Hanoi", "HANOI (Reuters) -"), seldom a border story's province.
CAPITAL_CITIES = frozenset({"01", "79"})
#: ISO codes of the countries across Điện Biên's border: Laos, China.
NEIGHBOUR_COUNTRIES = frozenset({"LA", "CN"})

#: Values of :func:`region_rank`.
HOME, NEIGHBOUR, ELSEWHERE = 0, 1, 2

#: The Vietnam–Laos–China tripoint is marker 0 of both series; it is stored
#: once, under this id.
TRIPOINT_ID = "marker:vn-cn:0"
#: Other ids of the tripoint (marker 0 of the Vietnam–Laos series) → :data:`TRIPOINT_ID`.
TRIPOINT_ALIASES = {"marker:vn-la:0": TRIPOINT_ID}
#: Gazetteer ids of the curated provinces across the border; the others are
#: ``foreign:iso-<ISO 3166-2 code>`` (both named by scripts/make_foreign_places.py).
_PROVINCES_ABROAD = frozenset({"foreign:phongsaly-province", "foreign:luang-prabang-province",
                               "foreign:yunnan"})


def province_code(province_id: str) -> str:
    """Return the code of a province id (``"vnold:p:11"`` → ``"11"``)."""
    return province_id.rsplit(":", 1)[-1]


def is_province_abroad(place_id: str | None) -> bool:
    """Return whether *place_id* is a province of Laos or China (not a district, not a town)."""
    return place_id is not None and (place_id in _PROVINCES_ABROAD
                                     or place_id.startswith("foreign:iso-"))


def is_far_province(place_id: str | None) -> bool:
    """Return whether *place_id* is a Vietnamese province neither Điện Biên nor a neighbour.

    Hà Nội, Hồ Chí Minh, Nghệ An: where a story's officials speak, its drugs go
    or its defendants come from, seldom where its border figures are.
    """
    return place_id is not None and place_id.startswith(("vnold:p:", "vn2025:p:")) and (
        province_code(place_id) not in NEIGHBOUR_PROVINCES | {HOME_PROVINCE})


def region_rank(place: Place) -> int:
    """Rank a place for the Điện Biên bias.

    Parameters
    ----------
    place : Place
        Any place.

    Returns
    -------
    int
        :data:`HOME` (0) for Điện Biên and for Vietnam itself,
        :data:`NEIGHBOUR` (1) for Lai Châu, Sơn La, Laos and China,
        :data:`ELSEWHERE` (2) for the rest.
    """
    if place.country != "VN":
        return NEIGHBOUR if place.country in NEIGHBOUR_COUNTRIES else ELSEWHERE
    if place.province is None:
        return HOME  # Vietnam itself
    code = province_code(place.province)
    if code == HOME_PROVINCE:
        return HOME
    return NEIGHBOUR if code in NEIGHBOUR_PROVINCES else ELSEWHERE


def in_home_province(place: Place) -> bool:
    """Return whether *place* is a Vietnamese place in Điện Biên province."""
    return (place.country == "VN" and place.province is not None
            and place.province.endswith(":" + HOME_PROVINCE))


#: How large a place of each kind is, to compare two: a unit and what it holds ("X commune,
#: Y district"), a list of peers, a count of units ("29 communes" is no commune's).
KIND_SIZE: dict[str, int] = {
    Kind.VILLAGE: 1, Kind.BORDER_POST: 1, Kind.BORDER_GATE: 1, Kind.OTHER: 1,
    Kind.COMMUNE: 2, Kind.WARD: 2, Kind.DISTRICT: 3, Kind.FOREIGN_PLACE: 3,
    Kind.PROVINCE: 4, Kind.COUNTRY: 5, Kind.REGION: 5}
