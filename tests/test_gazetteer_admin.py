"""Administrative units: ids, names, the 2025 successors and district fall-backs."""

import pytest

from geo.gazetteer.admin import (
    current_places,
    half_diagonal_m,
    legacy_places,
    parse_bounds,
    radius_from_area_m,
    strip_type_prefix,
)


def _legacy(gaz, name, district_id="vnold:d:"):
    found = [p for p in gaz.places if p.era == "legacy" and p.kind in ("commune", "ward")
             and p.name == name and p.province == "vnold:p:11"
             and p.parent.startswith(district_id)]
    assert len(found) == 1, (name, found)
    return found[0]


# Resolution 1661/NQ-UBTVQH15 merges, as sourced in SOURCES.md §5 (old → new).
MERGES = [
    ("Pa Thơm", "Thanh Yên"), ("Noong Luống", "Thanh Yên"), ("Chà Nưa", "Mường Chà"),
    ("Chà Cang", "Mường Chà"), ("Nậm Tin", "Mường Chà"), ("Pa Tần", "Mường Chà"),
    ("Sen Thượng", "Sín Thầu"), ("Leng Su Sìn", "Sín Thầu"), ("Sín Thầu", "Sín Thầu"),
    ("Na Ư", "Sam Mứn"), ("Pom Lót", "Sam Mứn"), ("Sam Mứn", "Thanh An"),
    ("Thanh Luông", "Thanh Nưa"), ("Hua Thanh", "Thanh Nưa"), ("Thanh Hưng", "Thanh Nưa"),
    ("Thanh Chăn", "Thanh Nưa"), ("Nậm Vì", "Mường Nhé"), ("Chung Chải", "Mường Nhé"),
    ("Pá Mỳ", "Nậm Kè"), ("Na Cô Sa", "Quảng Lâm"), ("Nà Khoa", "Nà Hỳ"),
    ("Nậm Nhừ", "Nà Hỳ"), ("Nậm Chua", "Nà Hỳ"), ("Vàng Đán", "Nà Bủng"),
    ("Mường Lói", "Mường Nhà"), ("Phu Luông", "Mường Nhà"), ("Phìn Hồ", "Si Pa Phìn"),
    ("Mường Mươn", "Mường Pồn"), ("Ma Thì Hồ", "Na Sang"), ("Sa Lông", "Na Sang"),
    ("Phì Nhừ", "Xa Dung"), ("Chiềng Sơ", "Mường Luân"),
]


@pytest.mark.parametrize(("old", "new"), MERGES)
def test_legacy_commune_successor(gaz, old, new):
    unit = _legacy(gaz, old)
    succ = gaz.successor(unit.id)
    assert succ is not None and succ.name == new
    assert succ.era == "2025" and succ.province == "vn2025:p:11"


def test_every_legacy_dien_bien_commune_has_a_successor(gaz):
    communes = [p for p in gaz.places if p.era == "legacy" and p.province == "vnold:p:11"
                and p.kind in ("commune", "ward")]
    assert len(communes) == 129  # Resolution 1661: 129 units merged into 45
    assert all(gaz.successor(p.id) is not None for p in communes)
    assert len({gaz.successor(p.id).id for p in communes}) == 45


def test_ids_names_and_kinds(gaz):
    pa_thom = gaz.get("vnold:c:03340")
    assert pa_thom.name == "Pa Thơm" and pa_thom.name_ascii == "Pa Thom"
    assert "Xã Pa Thơm" in pa_thom.alt_names
    assert pa_thom.kind == "commune" and pa_thom.era == "legacy"
    assert pa_thom.parent == "vnold:d:100" and gaz.get("vnold:d:100").name == "Điện Biên"
    assert gaz.get("vnold:p:11").name == "Điện Biên"
    assert gaz.get("vn2025:p:11").kind == "province"
    assert gaz.get("vn2025:c:03349").name == "Thanh Yên"
    assert gaz.get("vnold:d:094").name == "Điện Biên Phủ"
    assert "Thành phố Điện Biên Phủ" in gaz.get("vnold:d:094").alt_names
    assert gaz.get("vnold:p:11").successor == "vn2025:p:11"


def test_whole_country_both_eras(gaz):
    provinces = {p.era: 0 for p in gaz.places if p.kind == "province" and p.era}
    for p in gaz.places:
        if p.kind == "province" and p.era:
            provinces[p.era] += 1
    assert provinces == {"legacy": 63, "2025": 34}


@pytest.mark.parametrize("name", ["Nậm Nhừ", "Vàng Đán", "Phu Luông", "Huổi Mí", "Nà Nhạn"])
def test_commune_carrying_district_point_is_district_precision(gaz, name):
    unit = _legacy(gaz, name)
    district = gaz.get(unit.parent)
    assert (unit.lat, unit.lon) == (district.lat, district.lon)
    assert unit.precision == "district"
    assert unit.uncertainty_m == district.uncertainty_m
    assert unit.attr("fallback") == district.id


@pytest.mark.parametrize("name", ["Pa Thơm", "Chà Nưa", "Na Ư", "Sen Thượng", "Mường Lói"])
def test_commune_with_own_point_is_commune_precision(gaz, name):
    unit = _legacy(gaz, name)
    assert unit.precision == "commune"
    assert (unit.lat, unit.lon) != (gaz.get(unit.parent).lat, gaz.get(unit.parent).lon)
    assert unit.bbox is not None
    assert 1_000 < unit.uncertainty_m < 30_000


def test_2025_uncertainty_from_area(gaz):
    thanh_yen = gaz.get("vn2025:c:03349")
    area = float(thanh_yen.attr("area_km2"))
    assert thanh_yen.uncertainty_m == pytest.approx(radius_from_area_m(area))
    # its box is the envelope of its legacy predecessors' boxes (Pa Thơm among them)
    pa_thom = gaz.get("vnold:c:03340")
    assert thanh_yen.bbox[0] <= pa_thom.bbox[0] and thanh_yen.bbox[2] >= pa_thom.bbox[2]


# --- pure helpers, tiny inline tables ---------------------------------------------------

def test_parse_bounds():
    assert parse_bounds("21.245222,102.807655 – 21.365969,102.958546") == (
        102.807655, 21.245222, 102.958546, 21.365969)
    assert parse_bounds(None) is None
    assert parse_bounds("garbage") is None


@pytest.mark.parametrize(("full", "short"), [
    ("Xã Pa Thơm", "Pa Thơm"), ("Huyện Điện Biên Đông", "Điện Biên Đông"),
    ("Thành phố Điện Biên Phủ", "Điện Biên Phủ"), ("Thị trấn Mường Chà", "Mường Chà"),
    ("Tỉnh Điện Biên", "Điện Biên"), ("Phường Mường Thanh", "Mường Thanh"), ("Xã", "Xã"),
])
def test_strip_type_prefix(full, short):
    assert strip_type_prefix(full) == short


def test_half_diagonal_is_metres():
    # a 0.1° x 0.1° box at 21° N: ~10.4 km x 11.1 km → half-diagonal ~7.6 km
    assert half_diagonal_m((103.0, 21.0, 103.1, 21.1)) == pytest.approx(7_600, rel=0.02)


def _record(ward, wcode, wlat, wlon, wbounds, dlat=21.5, dlon=103.0,
            dbounds="21.0,102.5 – 22.0,103.5"):
    return {"province": "Tỉnh T", "provinceShort": "T", "provinceCode": "99",
            "provinceLat": 21.6, "provinceLon": 103.1, "provinceBounds": "20,102 – 23,104",
            "district": "Huyện D", "districtShort": "D", "districtCode": "999",
            "districtType": "Huyện", "districtLat": dlat, "districtLon": dlon,
            "districtBounds": dbounds, "ward": f"Xã {ward}", "wardShort": ward,
            "wardType": "Xã", "wardCode": wcode, "wardLat": wlat, "wardLon": wlon,
            "wardBounds": wbounds}


def test_legacy_places_flags_district_fallback():
    """One commune with its own point and box, one carrying the district's."""
    records = [_record("Own", "00001", 21.2, 102.8, "21.1,102.7 – 21.3,102.9"),
               _record("Copy", "00002", 21.5, 103.0, "21.0,102.5 – 22.0,103.5")]
    places = {p.id: p for p in legacy_places(records, lambda r: "77777", lambda c: None)}
    assert set(places) == {"vnold:p:99", "vnold:d:999", "vnold:c:00001", "vnold:c:00002"}
    assert places["vnold:c:00001"].precision == "commune"
    assert places["vnold:c:00002"].precision == "district"
    assert places["vnold:c:00002"].uncertainty_m == places["vnold:d:999"].uncertainty_m
    assert places["vnold:c:00001"].successor == "vn2025:c:77777"


def test_current_places_area_radius():
    """A 2025 commune of 100 km² has an equal-area radius of ~5.64 km."""
    rec = {"province": "Tỉnh T", "provinceShort": "T", "provinceCode": "99",
           "provinceLat": 21.0, "provinceLon": 103.0, "ward": "Xã A", "wardShort": "A",
           "wardType": "Xã", "wardCode": "00001", "wardLat": 21.1, "wardLon": 103.1,
           "wardAreaKm2": 100.0}
    places = {p.id: p for p in current_places([rec])}
    assert places["vn2025:c:00001"].uncertainty_m == pytest.approx(5_641.9, rel=1e-3)
    assert places["vn2025:p:99"].kind == "province"
