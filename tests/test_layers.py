"""Layers built from the hand-made corpus of ``_layers_fixtures`` (expected values read off it)."""

import json
import math

import pytest
from _layers_fixtures import (
    LAOS,
    MARKERS,
    PA_THOM_OLD,
    SEGMENT,
    FakeGazetteer,
    make_corpus,
)
from shapely.geometry import LineString, Polygon, box

from geo.layers._stats import passage
from geo.layers._summary import summarise_place_figures
from geo.layers.build import LAYER_NAMES, PLACE_COLUMNS, PLACE_LAYERS, build_layers, layer_of
from geo.model import Figure, Mention, Place, Span


@pytest.fixture(scope="module")
def layers():
    return build_layers(make_corpus(), FakeGazetteer())


def row(layers, layer, pid):
    frame = layers[layer]
    found = frame[frame["id"] == pid]
    assert len(found) == 1, f"{pid} not once in {layer}"
    return found.iloc[0]


def test_every_layer_in_order_in_wgs84(layers):
    assert tuple(layers) == LAYER_NAMES
    for name, frame in layers.items():
        assert frame.crs.to_epsg() == 4326, name
    for name in PLACE_LAYERS:
        assert tuple(layers[name].columns) == (*PLACE_COLUMNS, "geometry")


def test_places_go_to_their_layers(layers):
    ids = {name: set(layers[name]["id"]) for name in PLACE_LAYERS}
    assert ids["border_posts"] == {"post:pa-thom"}
    assert ids["border_gates"] == {"gate:tay-trang"}
    assert ids["border_markers"] == {f"marker:vn-la:{n}" for n in range(107, 112)}
    assert ids["villages"] == {"village:pa-xa-lao", "user:xss"}
    assert ids["foreign_places"] == {"country:la"}
    # Mentioned units plus border communes (those holding a post/gate/marker); the
    # unmentioned inland Mường Phăng is left out.
    assert ids["communes"] == {"vnold:c:03200", "vn2025:c:03201", "vnold:c:03190",
                               "vn2025:c:03210"}


def test_place_without_any_point_is_not_drawn(layers):
    for name in LAYER_NAMES:
        if "id" in layers[name]:
            assert "village:nowhere" not in set(layers[name]["id"])


def test_post_properties_and_provenance(layers):
    r = row(layers, "border_posts", "post:pa-thom")
    assert (r["name"], r["name_ascii"], r["kind"]) == (
        "Pa Thơm Border Post", "Pa Thom Border Post", "border_post")
    assert (r["precision"], r["uncertainty_m"], r["imprecise"]) == ("commune", 8000.0, True)
    assert r["coord_source"] == "commune:vnold:c:03200"
    assert (r["legacy_unit"], r["legacy_name"]) == ("vnold:c:03200", "Pa Thơm")
    assert (r["successor"], r["successor_name"]) == ("vn2025:c:03201", "Thanh Yên")
    assert (r["mention_count"], r["article_count"]) == (2, 2)
    assert json.loads(r["articles"]) == [
        {"id": "a", "title": "Patrols at Pa Thơm", "date": "2024-05-01"},
        {"id": "b", "title": "Trade <b>at</b> Tây Trang", "date": "2025-08-02"},
    ]
    assert r["first_passage"] == "Pa Thơm Border Post patrolled markers 107 to 111 with Laos."
    assert r["first_passage_article"] == "a"
    assert (r.geometry.x, r.geometry.y) == (102.88, 21.30)


def test_furniture_mentions_do_not_count(layers):
    r = row(layers, "border_gates", "gate:tay-trang")  # also in article a's "Recent news"
    assert (r["mention_count"], r["article_count"]) == (1, 1)
    assert [a["id"] for a in json.loads(r["articles"])] == ["b"]


def test_same_village_before_and_after_merger_counts_once_per_article(layers):
    r = row(layers, "villages", "village:pa-xa-lao")
    assert (r["mention_count"], r["article_count"]) == (2, 2)


def test_marker_range_counts_each_marker(layers):
    for n in range(107, 112):
        r = row(layers, "border_markers", f"marker:vn-la:{n}")
        assert r["mention_count"] == 1
        assert r["precision"] == "segment"


def test_communes_flag_era_and_border(layers):
    old = row(layers, "communes", "vnold:c:03200")
    new = row(layers, "communes", "vn2025:c:03201")
    assert (old["era"], old["is_legacy"], old["is_2025"]) == ("legacy", True, False)
    assert (new["era"], new["is_legacy"], new["is_2025"]) == ("2025", False, True)
    assert old["border_commune"] and new["border_commune"]
    assert old["successor_name"] == "Thanh Yên" and old["legacy_unit"] == "vnold:c:03200"
    na_u = row(layers, "communes", "vnold:c:03190")  # unmentioned, holds the Tây Trang gate
    assert (na_u["mentioned"], na_u["border_commune"], na_u["mention_count"]) == (False, True, 0)
    assert na_u["uncertainty_m"] == 30_000.0  # district precision, no own value: the default


def test_figures_like_with_like_disagreements_kept(layers):
    r = row(layers, "figures", "post:pa-thom#border/km/border")
    groups = json.loads(r["groups"])
    assert len(groups) == 1 and groups[0]["unit"] == "km" and groups[0]["disagreement"]
    values = {(v["value"], tuple(v["articles"])) for v in groups[0]["values"]}
    assert values == {(455.573, ("a",)), (408.616, ("b",))}
    assert r["disagreement"] and r["size_value"] == 455.573 and r["size_unit"] == "km"
    assert "864.189" not in r["summary"]  # never summed
    assert "455.573 km (a)" in r["summary"] and "408.616 km (b)" in r["summary"]
    # one row per group of like figures: place, theme, unit, subject (and period)
    groups = set(layers["figures"]["id"])
    assert groups == {"post:pa-thom#border/km/border", "gate:tay-trang#trade/vehicle/vehicles",
                      "village:pa-xa-lao#aid/tonne/rice"}
    assert (r["subject"], r["unit"], r["value_low"], r["figure_count"]) == (
        "border", "km", 408.616, 2)
    assert (r["offset_x"], r["offset_y"], r["ring"]) == (0, 0, 1)  # alone: on its point


def test_place_feature_carries_its_figures(layers):
    r = row(layers, "border_gates", "gate:tay-trang")
    (group,) = json.loads(r["figures"])
    assert (group["theme"], group["unit"], group["values"][0]["value"]) == (
        "trade", "vehicle", 1200)
    assert r["figure_count"] == 1


def test_mention_density(layers):
    r = row(layers, "mention_density", "post:pa-thom")
    assert (r["mention_count"], r["article_count"]) == (2, 2)
    total = sum(layers["mention_density"]["mention_count"])
    # In-body resolved mentions: 1+5+1+1+1 in a (post, range of five markers, Laos, village,
    # commune) and 1+1+1+1+1 in b (gate, village, Thanh Yên, xss village, post), plus Nowhere
    # in b, which has no point: 14 drawn of 15.
    assert total == 14
    assert math.isclose(r["share"], round(2 / 15, 6))


def test_uncertainty_shapes(layers):
    unc = layers["uncertainty"]
    by_id = {r["id"]: r for _, r in unc.iterrows()}
    assert "gate:tay-trang" not in by_id  # a published point
    marker = by_id["marker:vn-la:107"]
    assert marker["shape"] == "segment" and marker.geometry.equals(SEGMENT)
    post = by_id["post:pa-thom"]
    assert post["shape"] == "box" and post.geometry.equals(box(*PA_THOM_OLD.bbox))
    laos = by_id["country:la"]
    assert laos["shape"] == "circle" and isinstance(laos.geometry, Polygon)
    minx, miny, maxx, maxy = laos.geometry.bounds
    assert math.isclose(maxy - LAOS.lat, 500_000 / 111_320, rel_tol=1e-4)
    assert laos.geometry.exterior.is_ccw


def test_boundary_layer(layers):
    (r,) = [r for _, r in layers["boundary"].iterrows()]
    assert r["name"] == "Vietnam–Laos boundary" and r["countries"] == "VN-LA"
    assert "Natural Earth" in r["source"] and isinstance(r.geometry, LineString)


def test_properties_are_plain(layers):
    from geo.geojson import iter_features

    for name, frame in layers.items():
        for feature in iter_features(frame):
            for key, value in feature["properties"].items():
                assert value is None or type(value) in (str, int, float, bool), (name, key)
                if isinstance(value, float):
                    assert math.isfinite(value)


@pytest.mark.parametrize(
    ("kind", "country", "expected"),
    [("border_post", "VN", "border_posts"), ("border_gate", "VN", "border_gates"),
     ("border_marker", "VN", "border_markers"), ("village", "VN", "villages"),
     ("commune", "VN", "communes"), ("ward", "VN", "communes"), ("district", "VN", "communes"),
     ("country", "LA", "foreign_places"), ("province", "LA", "foreign_places"),
     ("foreign_place", "LA", "foreign_places"), ("other", "VN", "other_places"),
     ("region", "VN", "other_places")],
)
def test_layer_of(kind, country, expected):
    place = Place(id="x", name="x", name_ascii="x", kind=kind, lat=1.0, lon=1.0,
                  precision="point", uncertainty_m=None, coord_source="", country=country)
    assert layer_of(place) == expected


def test_passage_is_short_and_keeps_the_mention():
    text = "word " * 200 + "Pa Thơm" + " word" * 200
    start = text.index("Pa Thơm")
    m = Mention(article="a", surface="Pa Thơm", start=start, end=start + 7, in_body=True,
                kind="commune", place_id=None, name=None, lat=None, lon=None, precision=None,
                uncertainty_m=None, sentence=Span(0, len(text)))
    out = passage(text, m, limit=100)
    assert "Pa Thơm" in out and len(out) <= 102 and out.startswith("…") and out.endswith("…")


def test_summary_groups_by_subject_unit_period():
    figs = [
        Figure("a", "q", 0, 0, 2650, "patrol", "patrols", "patrols", period="2020-2025"),
        Figure("b", "q", 0, 0, 2650, "patrol", "patrols", "patrols", period="2020-2025"),
        Figure("a", "q", 0, 0, 27803, "person", "personnel", "patrols", period="2020-2025"),
    ]
    groups = summarise_place_figures(figs)
    assert [(g["unit"], g["disagreement"]) for g in groups] == [("patrol", False),
                                                                ("person", False)]
    assert groups[0]["values"][0]["articles"] == ["a", "b"]
    assert groups[0]["values"][0]["article_count"] == 2


def test_markers_fixture_shares_commune_point():
    # Several places share the commune point: a click must give the id, not coordinates.
    assert {(m.lat, m.lon) for m in MARKERS} == {(PA_THOM_OLD.lat, PA_THOM_OLD.lon)}


def test_id_aliases_count_for_the_canonical_place():
    from dataclasses import replace

    corpus = make_corpus()
    a = corpus.results[0]
    tripoint = replace(a.mentions[2], place_id="marker:vn-la:0", marker_numbers=(0,),
                       marker_series="VN-LA")
    corpus = replace(corpus, results=(replace(a, mentions=(tripoint,)),))
    layers = build_layers(corpus, FakeGazetteer())
    r = row(layers, "border_markers", "marker:vn-cn:0")
    assert (r["mention_count"], r["precision"], r["imprecise"]) == (1, "point", False)
    assert (r.geometry.x, r.geometry.y) == (102.143919, 22.400638)


def test_place_feature_has_readable_figure_summary(layers):
    r = row(layers, "border_posts", "post:pa-thom")
    assert r["figures_summary"] == "border: 455.573 km (a); 408.616 km (b) (values differ)"


# -- with the project's gazetteer (expected values from the reference notes) --


@pytest.fixture(scope="module")
def real_layers(gaz):
    from geo.model import Corpus

    return build_layers(Corpus(()), gaz)


def test_real_gazetteer_posts_and_their_communes(real_layers):
    posts = real_layers["border_posts"].set_index("id")
    pa_thom = posts.loc["post:pa-thom"]
    assert (pa_thom["legacy_name"], pa_thom["successor_name"]) == ("Pa Thơm", "Thanh Yên")
    assert pa_thom["precision"] == "commune" and pa_thom["imprecise"]
    tay_trang = posts[posts["name"].str.startswith("Tây Trang")].iloc[0]
    assert (tay_trang["legacy_name"], tay_trang["successor_name"]) == ("Na Ư", "Sam Mứn")
    assert not posts["mentioned"].any()  # no corpus: context only


def test_real_gazetteer_border_communes_and_boundary(real_layers):
    communes = real_layers["communes"]
    names = set(zip(communes["name"], communes["era"], strict=True))
    assert {("Pa Thơm", "legacy"), ("Thanh Yên", "2025"), ("Si Pa Phìn", "legacy")} <= names
    assert communes["border_commune"].all()
    assert len(communes) < 200  # not all of Vietnam's units
    assert {"VN-LA", "VN-CN"} <= set(real_layers["boundary"]["countries"])
