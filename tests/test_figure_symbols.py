"""Figure symbols on the map: one scale per unit, one symbol per group, spread around the place."""

from __future__ import annotations

import itertools
import math

from geo.layers._rows import ring_offsets
from geo.layers.build import build_layers
from geo.layers.registry import LAYERS
from geo.mapping._style import figure_radius, figure_scales, figure_style, legend_html
from geo.mapping.folium_map import build_map, embedded_properties
from geo.model import Article, ArticleResult, Corpus, Figure, Span


def test_one_symbol_sits_on_its_point():
    assert ring_offsets(1) == [(0.0, 0.0)]
    assert ring_offsets(0) == []


def test_eleven_figures_of_one_place_are_eleven_symbols_apart():
    offsets = ring_offsets(11)
    assert len(set(offsets)) == 11
    assert all(math.hypot(x, y) > 20 for x, y in offsets)  # none hides the place's point
    closest = min(math.dist(a, b) for a, b in itertools.combinations(offsets, 2))
    assert closest > 12  # neighbours do not share a pixel (symbols are at least 8 px wide)
    assert offsets[0][0] == 0 and offsets[0][1] < 0  # the first at the top


def test_more_than_a_ring_go_on_a_second_ring():
    offsets = ring_offsets(30)
    assert len(set(offsets)) == 30
    radii = sorted({round(math.hypot(x, y)) for x, y in offsets})
    assert len(radii) == 3  # 12 + 12 + 6


def test_one_scale_per_unit_not_per_theme():
    frame = {"theme": ["border", "drugs_crime", "border"],
             "size_unit": ["km", "km", "markers"], "size_value": [400.0, 100.0, 146.0]}
    scales = figure_scales(frame)
    assert scales == {"km": 400.0, "markers": 146.0}
    # 100 km of a drugs figure and 100 km of a border figure are the same size
    a = figure_style({"theme": "drugs_crime", "size_unit": "km", "size_value": 100.0}, scales)
    b = figure_style({"theme": "border", "size_unit": "km", "size_value": 100.0}, scales)
    assert a["radius"] == b["radius"] == figure_radius(100, 400)
    assert a["color"] != b["color"]  # colour stays the theme
    legend = legend_html(scales, LAYERS, ["border", "drugs_crime"])
    assert legend.count("<b>km</b>") == 1 and legend.count("<b>markers</b>") == 1


def _corpus_with_eleven_groups() -> Corpus:
    text = "x" * 50
    art = Article(id="a", text=text, body=Span(0, len(text)), date="2024-03-01")
    figures = tuple(
        Figure(article="a", quote=f"{i} things", start=i, end=i + 1, value=i + 1,
               unit=f"unit{i}", subject=f"subject {i}", theme="other",
               place_id="post:tay-trang", place_name="Tây Trang")
        for i in range(11))
    return Corpus((ArticleResult(art, (), figures),))


def test_the_figures_layer_spreads_a_place_with_eleven_groups(gaz):
    layers = build_layers(_corpus_with_eleven_groups(), gaz)
    frame = layers["figures"]
    assert len(frame) == 11 and set(frame["place_id"]) == {"post:tay-trang"}
    assert len(set(zip(frame["offset_x"], frame["offset_y"], strict=True))) == 11
    assert set(frame["ring"]) == {11}
    # the geometry stays the place's point: the offset is drawn, not a new position
    assert len({(g.x, g.y) for g in frame.geometry}) == 1
    fmap = build_map(layers)
    html = fmap.get_root().render()
    assert "__geoSpread" in html  # the script that draws the offsets
    props = embedded_properties(fmap)["figures"]
    assert {(p["offset_x"], p["offset_y"]) for p in props} == set(
        zip(frame["offset_x"], frame["offset_y"], strict=True))
