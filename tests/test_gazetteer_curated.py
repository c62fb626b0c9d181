"""Curated border places: every row sourced, no invented coordinate, honest precision."""

import csv

import pytest
from shapely.geometry import Point

from geo.gazetteer import TRIPOINT_ID
from geo.settings import data_dir

CSV = data_dir() / "curated_places.csv"
ROWS = list(csv.DictReader(CSV.open(encoding="utf-8")))
BY_ID = {r["id"]: r for r in ROWS}

# SOURCES.md §4: the 16 posts identified, with their (old) communes where sourced.
POSTS = {
    "post:a-pa-chai": "A Pa Chải", "post:sen-thuong": "Sen Thượng",
    "post:leng-su-sin": "Leng Su Sìn", "post:muong-nhe": "Mường Nhé", "post:nam-ke": "Nậm Kè",
    "post:si-pa-phin": "Si Pa Phìn", "post:na-hy": "Nà Hỳ", "post:na-bung": "Nà Bủng",
    "post:nam-nhu": "Nậm Nhừ", "post:na-co-sa": "Na Cô Sa", "post:muong-muon": "Mường Mươn",
    "post:thanh-luong": "Thanh Luông", "post:pa-thom": "Pa Thơm",
    "post:tay-trang": "Tây Trang", "post:muong-nha": "Mường Nhà", "post:huoi-puoc": "Huổi Puốc",
}
# SOURCES.md §3: gate/crossing pairs, their type and counterpart across the border.
GATES = [
    ("gate:tay-trang", "international", "gate:pang-hoc"),
    ("gate:huoi-puoc", "main", "foreign:na-son"),
    ("gate:si-pa-phin", "secondary", "gate:huoi-la"),
    ("gate:a-pa-chai", "opening", "gate:long-phu"),
    ("gate:nam-dich", "opening", "gate:huoi-hia"),
    ("gate:na-bung", "opening", "gate:lao-phu-chai"),
]
MARKERS = ["marker:vn-cn:1", "marker:vn-cn:2", "marker:vn-cn:3", "marker:vn-cn:12",
           "marker:vn-la:82", "marker:vn-la:103", "marker:vn-la:104", "marker:vn-la:107",
           "marker:vn-la:108", "marker:vn-la:109", "marker:vn-la:110", "marker:vn-la:111",
           "marker:vn-la:113", "marker:vn-la:144"]
FOREIGN = ["foreign:phongsaly-province", "foreign:luang-prabang-province", "foreign:mai-district",
           "foreign:nhot-ou-district", "foreign:samphanh-district", "foreign:phonthong-district",
           "foreign:jiangcheng", "foreign:qushui", "foreign:yunnan", "foreign:puer",
           "foreign:mengla", "gate:long-phu", "foreign:na-son", "gate:pang-hoc", "gate:huoi-la",
           "gate:huoi-hia", "gate:lao-phu-chai", "foreign:longfu"]
# Points published by the sources (reference CSV), and nothing else.
SOURCED_POINTS = {
    TRIPOINT_ID: (22.400638, 102.143919), "gate:long-phu": (22.430955, 102.172021),
    "country:la": (18.0, 105.0), "country:cn": (35.0, 105.0),
    "foreign:phongsaly-province": (21.683333, 102.1), "foreign:phongsali-town": (21.683, 102.1),
    "foreign:luang-prabang-province": (19.883333, 102.133333),
    "foreign:yunnan": (25.04944, 102.70889), "foreign:puer": (22.7868, 100.9771),
    "foreign:mengla": (21.467, 101.583), "foreign:jiangcheng": (22.55967, 101.8679),
    "other:son-la-province": (21.3270341, 103.9141288),
    "other:dien-bien-phu-city": (21.383, 103.017), "other:dien-bien-province": (21.383, 103.017),
}


def test_every_row_has_a_source():
    assert ROWS
    for row in ROWS:
        assert row["source_url"].startswith("http"), row["id"]
        if row["lat"]:
            assert row["coord_source"], row["id"]


def test_only_sourced_points_in_the_data_file():
    with_points = {r["id"]: (float(r["lat"]), float(r["lon"])) for r in ROWS if r["lat"]}
    assert with_points == SOURCED_POINTS


def test_precision_vocabulary_only():
    allowed = {"point", "segment", "commune", "district", "province", "country", ""}
    assert {r["precision"] for r in ROWS} <= allowed  # no 'approximate', no 'county'


def test_posts(gaz):
    for pid, base in POSTS.items():
        post = gaz.get(pid)
        assert post is not None and post.kind == "border_post", pid
        assert post.name.startswith(base)
        assert post.precision != "point"
        assert post.precision in ("commune", "district")
        assert post.coord_source.startswith(("commune:", "district:"))
    outpost = gaz.get("other:ta-lo-san-outpost")
    assert outpost.kind == "other" and outpost.parent == "post:sen-thuong"


def test_post_takes_legacy_commune_point_when_commune_precise(gaz):
    post, commune = gaz.get("post:pa-thom"), gaz.get("vnold:c:03340")
    assert (post.lat, post.lon) == (commune.lat, commune.lon)
    assert post.coord_source == "commune:vnold:c:03340"
    assert post.successor == "vn2025:c:03349"


def test_post_in_district_fallback_commune_takes_2025_commune(gaz):
    """Old Nậm Nhừ carries its district's point, so the post uses new Nà Hỳ's."""
    post, nha_hy = gaz.get("post:nam-nhu"), gaz.get("vn2025:c:03169")
    assert gaz.get("vnold:c:03171").precision == "district"
    assert (post.lat, post.lon) == (nha_hy.lat, nha_hy.lon)
    assert post.precision == "commune" and post.coord_source == "commune:vn2025:c:03169"


@pytest.mark.parametrize(("gid", "gate_type", "counterpart"), GATES)
def test_gates(gaz, gid, gate_type, counterpart):
    gate = gaz.get(gid)
    assert gate.kind == "border_gate"
    assert gate.attr("gate_type") == gate_type
    assert gate.attr("counterpart") == counterpart
    assert gaz.get(counterpart) is not None
    assert gaz.get(counterpart).country == "LA" if gate.attr("series") == "VN-LA" else "CN"
    assert gate.precision == "commune"


def test_tripoint_is_the_surveyed_point(gaz):
    tp = gaz.get(TRIPOINT_ID)
    assert (tp.lat, tp.lon) == (22.400638, 102.143919)
    assert tp.precision == "point" and tp.kind == "border_marker"
    assert gaz.get("marker:vn-la:0") is tp


@pytest.mark.parametrize("mid", MARKERS)
def test_markers_are_segments(gaz, mid):
    marker = gaz.get(mid)
    assert marker.kind == "border_marker"
    assert marker.precision == "segment"
    assert marker.coord_source.startswith("segment:")
    assert marker.attr("marker_numbers") == mid.rsplit(":", 1)[1]


@pytest.mark.parametrize("mid", MARKERS + ["marker:vn-la:65"])
def test_marker_segment_lies_on_the_boundary_inside_its_commune(gaz, mid):
    marker = gaz.get(mid)
    segment = gaz.extent(mid)
    series = marker.attr("series")
    lines = [line for s, line in gaz.boundary_lines() if s == series]
    assert segment is not None and segment.length > 0
    assert min(line.distance(segment) for line in lines) < 1e-9
    assert all(min(line.distance(Point(c)) for line in lines) < 1e-7  # every vertex on it
               for part in getattr(segment, "geoms", [segment]) for c in part.coords)
    unit = gaz.get(marker.coord_source.split(":", 1)[1])
    m = float(marker.attr("box_margin_deg", "0")) + 1e-9  # grown box when 1:10m just misses
    minx, miny, maxx, maxy = unit.bbox
    sx0, sy0, sx1, sy1 = segment.bounds
    assert minx - m <= sx0 and sx1 <= maxx + m and miny - m <= sy0 and sy1 <= maxy + m
    assert segment.distance(Point(marker.lon, marker.lat)) < 1e-6


def test_markers_107_to_111_in_pa_thom(gaz):
    for n in range(107, 112):
        assert gaz.get(f"marker:vn-la:{n}").coord_source == "segment:vnold:c:03340"


@pytest.mark.parametrize("fid", FOREIGN)
def test_foreign_places(gaz, fid):
    place = gaz.get(fid)
    assert place is not None and place.country in ("LA", "CN")
    if fid not in SOURCED_POINTS:
        assert place.coord_source.startswith("parent:")
        ancestor = gaz.get(place.coord_source.split(":", 1)[1])
        assert (place.lat, place.lon) == (ancestor.lat, ancestor.lon)
        assert place.precision == ancestor.precision


def test_countries(gaz):
    assert gaz.get("country:la").precision == "country"
    assert gaz.get("country:cn").precision == "country"
    vietnam = gaz.get("country:vn")
    assert vietnam.kind == "country" and vietnam.lat is None  # no sourced point


@pytest.mark.parametrize(("pid", "precision"), [
    ("foreign:phongsaly-province", "province"), ("foreign:luang-prabang-province", "province"),
    ("foreign:yunnan", "province"), ("foreign:mengla", "district"),
    ("other:dien-bien-province", "province"), ("country:la", "country"),
])
def test_reference_precision_words_mapped(gaz, pid, precision):
    assert gaz.get(pid).precision == precision


def test_villages_before_and_after_merger(gaz):
    village = gaz.get("village:pa-xa-lao")
    assert village.legacy_unit == "vnold:c:03340"  # "in Pa Thơm commune"
    assert village.successor == "vn2025:c:03349"  # "Thanh Yên commune"
    assert gaz.commune_for(village).name == "Thanh Yên"
    assert gaz.commune_for(village, era="legacy").name == "Pa Thơm"
    assert village.precision == "commune"


def test_no_vietnamese_curated_point_without_a_unit(gaz):
    """Every Vietnamese curated place either has a sourced point or borrows a unit's."""
    for row in ROWS:
        place = gaz.get(row["id"])
        if row["lat"] or place.country != "VN" or place.lat is None:
            continue
        unit = gaz.get(place.coord_source.split(":", 1)[1])
        if place.precision == "segment":
            assert gaz.extent(place.id).distance(Point(place.lon, place.lat)) < 1e-6
        else:
            assert (place.lat, place.lon) == (unit.lat, unit.lon), row["id"]


def test_extent_of_a_post_is_its_commune_box(gaz):
    assert gaz.extent("post:pa-thom").bounds == gaz.extent("vnold:c:03340").bounds


def test_children_and_data_readme():
    assert (data_dir() / "README.md").is_file()
