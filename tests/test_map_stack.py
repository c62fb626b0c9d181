"""Places at one point drawn as one symbol that lists them (geo/mapping/_stack.py).

The features are written by hand as the layers make them: villages placed at
their commune's point, figures of places that share a point, the shapes of
those places.  What a reader of the map expects: one symbol per point that
names every place there, counts that add up (mentions) summed, counts that
overlap (articles) not, figures never summed, a published point never
hidden under an approximate one.
"""

from geo.layers import LAYERS, RING_SIZE
from geo.mapping._stack import LISTED, stack_features

COMMUNE_POINT = [102.95, 21.52]


def _place(pid, name, mentions, *, point=COMMUNE_POINT, precision="commune", figures=0):
    return {"type": "Feature", "id": pid,
            "geometry": {"type": "Point", "coordinates": list(point)},
            "properties": {"id": pid, "name": name, "kind": "village",
                           "precision": precision, "mention_count": mentions,
                           "article_count": mentions, "figure_count": figures,
                           "tooltip_html": f"<b>{name}</b>", "popup_html": f"<b>{name}</b>"}}


def _figure(pid, theme, unit, value, *, subject="kg", point=COMMUNE_POINT, period=None):
    fid = f"{pid}#{theme}/{unit}/{subject}" + (f"/{period}" if period else "")
    return {"type": "Feature", "id": fid,
            "geometry": {"type": "Point", "coordinates": list(point)},
            "properties": {"id": fid, "place_id": pid, "place_name": pid, "kind": "village",
                           "precision": "commune", "theme": theme, "subject": subject,
                           "unit": unit, "period": period, "figure_count": 1,
                           "article_count": 1, "disagreement": False, "value_low": value,
                           "size_value": value, "size_unit": unit, "size_subject": subject,
                           "offset_x": 0.0, "offset_y": 0.0, "ring": 1,
                           "tooltip_html": f"{pid}: {value} {unit}"}}


def test_villages_of_one_commune_point_are_one_symbol_listing_them():
    features = [_place("v:a", "Bản Na Sang", 1), _place("v:b", "Bản Huổi Lếch", 5),
                _place("v:c", "Bản Pa Sa", 2)]
    out = stack_features(LAYERS["villages"], features)
    assert len(out) == 1
    p = out[0]["properties"]
    assert p["members"] == ["v:b", "v:c", "v:a"]  # most mentioned first
    assert p["id"] == "v:b"  # a plain click on the symbol still opens a place
    assert p["mention_count"] == 8  # mentions add up
    assert p["article_count"] is None  # articles overlap: not summed
    assert "3 places at this point" in p["tooltip_html"]
    for name in ("Bản Na Sang", "Bản Huổi Lếch", "Bản Pa Sa"):
        assert name in p["tooltip_html"] and name in p["popup_html"]
    assert [f["properties"]["id"] for f in features] == ["v:a", "v:b", "v:c"]  # not changed


def test_names_in_a_pile_are_escaped_and_long_piles_counted():
    features = [_place(f"v:{i}", f"<img src=x onerror=alert({i})>", 1) for i in range(12)]
    p = stack_features(LAYERS["villages"], features)[0]["properties"]
    assert "<img" not in p["tooltip_html"] and "&lt;img" in p["tooltip_html"]
    assert f"… and {12 - LISTED} more" in p["tooltip_html"]
    assert len(p["members"]) == 12


def test_a_published_point_is_never_hidden_in_a_pile_of_approximate_ones():
    features = [_place("v:a", "A", 3), _place("v:b", "B", 1, precision="point"),
                _place("v:c", "C", 2)]
    out = stack_features(LAYERS["villages"], features)
    assert [f["properties"].get("members") for f in out] == [["v:a", "v:c"], None]
    assert out[1]["properties"]["id"] == "v:b"


def test_places_at_different_points_are_left_alone():
    features = [_place("v:a", "A", 3), _place("v:b", "B", 1, point=[103.0, 21.4])]
    assert stack_features(LAYERS["villages"], features) == features


def test_figures_of_places_sharing_a_point_are_one_symbol_per_theme_and_unit_never_summed():
    features = [_figure("v:a", "drugs_crime", "kg", 6.0), _figure("v:b", "drugs_crime", "kg", 2.5),
                _figure("v:b", "welfare", "households", 40.0)]
    out = stack_features(LAYERS["figures"], features)
    assert len(out) == 2
    drugs = next(f["properties"] for f in out if f["properties"]["theme"] == "drugs_crime")
    assert drugs["size_value"] == 6.0  # the largest, not 8.5
    assert drugs["value_low"] == 2.5
    assert drugs["members"] == ["v:a", "v:b"]
    assert "v:a: 6.0 kg" in drugs["tooltip_html"] and "v:b: 2.5 kg" in drugs["tooltip_html"]
    assert "never a sum" in drugs["tooltip_html"]
    # the two symbols of the point go on one ring: apart, not on one pixel
    offsets = {(f["properties"]["offset_x"], f["properties"]["offset_y"]) for f in out}
    assert len(offsets) == 2 and all(f["properties"]["ring"] == 2 for f in out)


def test_one_place_keeps_a_symbol_per_group_of_like_figures_while_they_fit_a_ring():
    features = [_figure("post:a", "drugs_crime", "kg", float(v), subject=s)
                for v, s in enumerate(["heroin", "opium", "methamphetamine"], 1)]
    assert stack_features(LAYERS["figures"], features) == features


def test_one_place_with_more_groups_than_a_ring_gets_one_symbol_per_theme_and_unit():
    features = [_figure("province:x", "drugs_crime", "kg", float(i + 1), period=f"{2000 + i}")
                for i in range(RING_SIZE)]
    features.append(_figure("province:x", "welfare", "households", 90.0))
    out = stack_features(LAYERS["figures"], features)
    assert len(out) == 2
    drugs = next(f["properties"] for f in out if f["properties"]["theme"] == "drugs_crime")
    assert drugs["size_value"] == float(RING_SIZE) and drugs["figure_count"] == RING_SIZE
    assert drugs["members"] == ["province:x"]


def test_one_uncertainty_shape_for_the_places_that_share_it():
    ring = {"type": "Polygon", "coordinates": [[[102.9, 21.5], [103.0, 21.5], [103.0, 21.6],
                                                [102.9, 21.5]]]}
    shapes = [{"type": "Feature", "id": f"u:{pid}", "geometry": ring,
               "properties": {"id": f"u:{pid}", "place_id": pid, "precision": "commune"}}
              for pid in ("v:a", "v:b")]
    other = {**shapes[0], "geometry": {**ring, "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 1]]]},
             "properties": {"id": "u:v:c", "place_id": "v:c"}}
    out = stack_features(LAYERS["uncertainty"], [*shapes, other])
    assert [f["properties"].get("place_ids") for f in out] == [["v:a", "v:b"], None]
