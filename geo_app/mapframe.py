"""The map on the page: st_folium's component, without rendering the map on every run.

``streamlit_folium.st_folium`` renders the whole Folium map to work out its
component's arguments (the map's script, header, scripts to load) on every
run of the page, and the map must be deep-copied first (rendering changes
it).  On a 10,000-article corpus that is two to three seconds per click,
though the arguments depend only on the map.  So :func:`frame` asks
st_folium once per map, with its component replaced by a recorder, and
keeps what it would have sent (:class:`MapFrame`, cached with the map by
:mod:`geo_app.cache`); :func:`show` sends that again on each run with what
changes (centre, zoom, and the scripts of the groups st_folium adds to the
map drawn: the layers the filters select, the selected place's shape).
The map recorded is the base map (:func:`geo.mapping.folium_map.base_map`),
which no filter changes: st_folium keys its component by the map's script,
so the browser keeps its frame and Leaflet map, and a filter change only
sends other layers (:func:`feature_group`).  The recording is
st_folium's own work, so the arguments are exactly its (a test compares
them).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import streamlit_folium

__all__ = ["MapFrame", "feature_group", "frame", "send", "show"]

#: streamlit-folium's component (called directly: see the module docstring).
_COMPONENT = streamlit_folium._component_func
#: st_folium looks its component up at call time: one recording at a time.
_RECORDING = threading.Lock()


@dataclass(frozen=True)
class MapFrame:
    """What st_folium sends for one map, and where the map starts."""

    args: dict
    location: tuple[float, float] | None
    zoom: int | None


def _record(fmap, **options) -> dict:
    """Return the arguments ``st_folium(fmap, **options)`` gives its component."""
    sent: dict = {}

    def recorder(**kwargs):
        sent.update(kwargs)
        return kwargs.get("default")

    with _RECORDING:
        streamlit_folium._component_func = recorder
        try:
            streamlit_folium.st_folium(fmap, **options)
        finally:
            streamlit_folium._component_func = _COMPONENT
    return sent


def frame(fmap, *, key: str, height: int, returned_objects: list[str]) -> MapFrame:
    """Return the :class:`MapFrame` of *fmap* (which it renders: give it a copy).

    The map fills its column's width; *key* is the component's key (where
    st_folium keeps what the map reported).
    """
    args = _record(fmap, key=key, height=height, use_container_width=True,
                   returned_objects=returned_objects, render=False)
    location = tuple(fmap.location) if fmap.location else None
    return MapFrame(args, location, fmap.options.get("zoom"))


def feature_group(fmap, group, *, before=()) -> str | None:
    """Return the script st_folium sends for *group* given as ``feature_group_to_add``.

    *fmap* is any map (a small one: it is rendered); the script does not
    depend on it.  With *before*, the script of *group* as the last of the
    list ``[*before, group]`` (st_folium numbers the groups of its list):
    the groups are recorded each on its own, to be sent together
    (:func:`show` with their scripts joined), as st_folium would send the
    list.  The scripts of *before* are left out.
    """
    if not before:
        return _record(fmap, feature_group_to_add=group, render=False).get("feature_group")
    whole = _record(fmap, feature_group_to_add=[*before, group], render=False)["feature_group"]
    # each group's script ends by adding it to st_folium's list: what follows the
    # last of *before* is the script of *group*
    end = f"window.feature_group.push(feature_group_feature_group_{len(before) - 1});\n"
    return whole[whole.rindex(end) + len(end):]


def send(**args):
    """Send the component's arguments; return what the map reports (tests replace this)."""
    return _COMPONENT(**args)


def show(mf: MapFrame, *, center=None, zoom=None, group_script: str | None = None) -> dict:
    """Draw the map of *mf* at *center*/*zoom* (``None``: where it is) with *group_script*."""
    return send(**{**mf.args, "center": center, "zoom": zoom,
                   "feature_group": group_script}) or {}
