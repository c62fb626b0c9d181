"""The map is sent as st_folium would send it, without st_folium rendering it on every run.

geo_app.mapframe records st_folium's component arguments once per map and
sends them again with the centre, zoom and selected place of each run: what
reaches the browser must be exactly what st_folium itself would have sent
for that map, view and selection (a newer streamlit-folium that sends
something else fails here, not in a user's browser).
"""

import copy

import pytest
import streamlit_folium
from _layers_fixtures import FakeGazetteer, make_corpus

from geo.layers.build import build_layers
from geo.mapping.folium_map import (
    base_map,
    blank_group,
    host_map,
    layers_group,
    selection_group,
)
from geo_app import mapframe

RETURNED = ["last_active_drawing", "last_clicked", "center", "zoom"]


@pytest.fixture(scope="module")
def layers():
    return build_layers(make_corpus(), FakeGazetteer())


@pytest.fixture(scope="module")
def fmap(layers):
    return base_map(layers, asset_base="/app/static")


def _st_folium_args(fmap, **options) -> dict:
    """What st_folium itself gives its component (recorded, nothing drawn)."""
    sent = {}
    real = streamlit_folium._component_func
    streamlit_folium._component_func = lambda **kw: sent.update(kw)
    try:
        streamlit_folium.st_folium(fmap, **options)
    finally:
        streamlit_folium._component_func = real
    return sent


@pytest.mark.parametrize("center, zoom, place", [
    (None, None, None),
    ((21.5, 102.9), 12, "post:pa-thom"),
    ((21.39, 103.02), 9, "marker:vn-la:110"),
])
def test_show_sends_what_st_folium_sends(fmap, layers, monkeypatch, center, zoom, place):
    # the base map, and the layers and the selection as st_folium's feature groups
    expected = _st_folium_args(copy.deepcopy(fmap), key="map", height=620,
                               use_container_width=True, returned_objects=RETURNED,
                               center=center, zoom=zoom, render=False,
                               feature_group_to_add=[layers_group(layers),
                                                     selection_group(place)])
    mf = mapframe.frame(copy.deepcopy(fmap), key="map", height=620, returned_objects=RETURNED)
    script = (mapframe.feature_group(host_map(), layers_group(layers))
              + mapframe.feature_group(host_map(), selection_group(place),
                                       before=[blank_group()]))
    sent = {}
    monkeypatch.setattr(mapframe, "send", lambda **kw: sent.update(kw) or {"zoom": 3})
    assert mapframe.show(mf, center=center, zoom=zoom, group_script=script) == {"zoom": 3}
    assert sent.keys() == expected.keys()
    for name in sent.keys() - {"on_change"}:  # (a closure: compared by what it does below)
        assert sent[name] == expected[name], name
    assert place is None or repr(place).strip("'") in script


def test_the_report_is_kept_under_the_key_as_st_folium_does(fmap, monkeypatch):
    mf = mapframe.frame(copy.deepcopy(fmap), key="map", height=620, returned_objects=RETURNED)
    state = {mf.args["key"]: {"zoom": 11}}
    monkeypatch.setattr(streamlit_folium.st, "session_state", state)
    mf.args["on_change"]()
    assert state["map"] == {"zoom": 11}


def test_recording_leaves_st_folium_its_component():
    before = streamlit_folium._component_func
    mapframe.feature_group(host_map(), selection_group("post:pa-thom"))
    assert streamlit_folium._component_func is before
