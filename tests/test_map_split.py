"""The map in two parts: a base map no filter changes, and the layers sent to it.

The app keeps the base map's frame in the browser across filter changes and
sends the layers as st_folium's ``feature_group_to_add`` (issue 13); the
HTML download is the whole map in one piece.  Both must show the same
features, layers, titles and legend; the browser side is
``tests/browser/test_map_layers_browser.py``.
"""

import json
import re

import folium
import pytest
from _layers_fixtures import FakeGazetteer, make_corpus

from geo.layers.build import build_layers
from geo.mapping._host import UNSEALED
from geo.mapping._style import scales_html
from geo.mapping.folium_map import (
    base_map,
    build_map,
    embedded_properties,
    host_map,
    layers_group,
    seal,
)
from geo_app import mapframe

WINDOW = (102.0, 20.8, 103.7, 22.6)  # Điện Biên with a margin
ASKED = frozenset({"figures", "mention_density"})


@pytest.fixture(scope="module")
def layers():
    return build_layers(make_corpus(), FakeGazetteer())


@pytest.fixture(scope="module")
def whole(layers):
    return build_map(layers, asset_base="/app/static", window=WINDOW, show=ASKED)


@pytest.fixture(scope="module")
def base(layers):
    return base_map(layers, asset_base="/app/static", window=WINDOW)


@pytest.fixture(scope="module")
def script(layers):
    group = layers_group(layers, window=WINDOW, show=ASKED)
    return mapframe.feature_group(host_map(), group)


def _control(m: folium.Map) -> folium.LayerControl:
    m.get_root().render()
    (control,) = [c for c in m._children.values() if isinstance(c, folium.LayerControl)]
    return control


def _legend(m: folium.Map) -> str:
    (legend,) = [c for c in m._children.values() if c._name == "Legend"]
    return legend.legend_html


def _titles(script: str) -> list[tuple[str, bool]]:
    """The layers the script puts on the map, in order: (title, shown at start)."""
    found = re.findall(r'\{title: ("(?:[^"\\]|\\.)*"), layer: \w+,\s*shown: (true|false)\}',
                       script)
    return [(json.loads(title), shown == "true") for title, shown in found]


def test_the_base_map_has_no_layer_of_the_articles(base):
    assert set(embedded_properties(base)) == {"Countries", "boundary"}
    assert list(_control(base).overlays) == ["International boundary"]
    assert '<div class="geo-legend-scales"></div>' in _legend(base)  # the scales come later
    assert ".__geoControl = layer_control_" in base.get_root().render()  # for the layers


def test_the_layers_hold_the_same_features_as_the_whole_map(layers, whole, base):
    group = layers_group(layers, window=WINDOW, show=ASKED)
    split = {**embedded_properties(base), **embedded_properties(group)}
    assert not set(embedded_properties(base)) & set(embedded_properties(group))
    assert split == embedded_properties(whole)
    assert {"border_posts", "figures", "mention_density", "uncertainty"} <= set(split)


def test_the_layers_script_lists_the_whole_maps_layers_as_it_shows_them(whole, script):
    titles = _titles(script)
    assert [t for t, _ in titles] == list(_control(whole).overlays)[1:]  # after the boundary
    groups = {g.layer_name: g.show for g in whole._children.values()
              if isinstance(g, folium.FeatureGroup)}
    assert titles == [(t, groups[t]) for t, _ in titles]
    assert ("Figures (one symbol per group of like figures)", True) in titles  # asked for
    assert ("Uncertainty of every place (circle, box, border segment)", False) in titles
    for pid in ("post:pa-thom", "marker:vn-la:110", "vnold:c:03190"):
        assert f'"{pid}"' in script
    # Folium adds none of them to the map: the script puts them there, and in the
    # base map's layer control
    assert ".addTo(feature_group_feature_group_0);" not in script
    assert "control.addOverlay(o.layer, o.title)" in script


def test_the_layers_put_their_figure_scales_in_the_base_legend(whole, script):
    (scales,) = re.findall(r"slot\.innerHTML = (\"(?:[^\"\\]|\\.)*\");", script)
    scales = json.loads(scales)
    assert scales.startswith("<details><summary>Figure scales") and "Border managed" in scales
    assert "<br>" + scales in _legend(whole)  # as the whole map's legend shows them
    assert scales_html({}) == ""


def test_the_shapes_script_of_the_layers_stays_with_them(script):
    # hosted: it does nothing when the map shows these layers already, and hands
    # what it binds to the map to the host, which undoes it for other layers
    assert "var host = map.__geoNext;" in script and "host.off.push(" in script
    assert script.index("window.feature_group = [];") < script.index("var host = map.__geoNext")


def test_a_sealed_script_has_its_own_digest(layers, script):
    assert script.count(json.dumps(UNSEALED)) == 1
    sealed = seal(script)
    assert UNSEALED not in sealed
    (digest,) = re.findall(r'digest = "([0-9a-f]{40})"', sealed)
    assert "/^[0-9a-f]{40}$/.test(digest)" in sealed  # what the map takes for a digest
    assert seal(script) == sealed  # the same layers, the same digest
    other = mapframe.feature_group(host_map(), layers_group(layers, window=WINDOW))
    assert digest not in seal(other)
    assert seal(None) is None
