"""The Map view: the layered map and, on a click, the place panel (one fragment)."""

from __future__ import annotations

import functools

import streamlit as st
import streamlit_folium  # called as streamlit_folium.st_folium: tests replace it

from geo.app.here import places_here
from geo_app import url
from geo_app.context import Context
from geo_app.views import panel

#: What st_folium sends back on a click: the clicked feature, and the point.
RETURNED = ["last_active_drawing", "last_clicked"]


def render(ctx: Context) -> None:
    """Draw the map and the panel of the selected place."""
    _map_and_panel(ctx)


@st.fragment
def _map_and_panel(ctx: Context) -> None:
    # a fragment: a click on the map reruns only the map and the panel
    fmap = ctx.data.folium_map(ctx.filters, tiles=ctx.tiles)
    left, right = st.columns([5, 2], gap="small")
    with left:
        # render=False: st_folium renders the map for its own use anyway; the
        # extra whole-page render it does by default doubles the time of every
        # click and gives the very same component arguments.
        out = streamlit_folium.st_folium(
            fmap, key="map", height=620, use_container_width=True, returned_objects=RETURNED,
            center=st.session_state.center, zoom=st.session_state.zoom, render=False) or {}
        drawing = out.get("last_active_drawing")
        if drawing and drawing != st.session_state.seen_drawing:
            st.session_state.seen_drawing = drawing
            _clicked(ctx, drawing.get("properties") or {})
        clicked = out.get("last_clicked")
        if clicked:
            st.session_state.last_point = (clicked.get("lat"), clicked.get("lng"))
        st.caption("Hollow, dashed symbols: the place is only known to within its commune, "
                   "district or province. Click a place to read its passages. The address "
                   "bar holds this view (place and filters): copy it to share it.")
        st.download_button("Download this map (one HTML file, works offline)",
                           functools.partial(ctx.data.map_html, ctx.filters, tiles=ctx.tiles),
                           file_name="dien-bien-border-map.html", mime="text/html",
                           key="map_html", on_click="ignore")
    with right:
        _far(ctx)
        panel.render(ctx)
    url.publish(ctx.filters)  # a click reruns this fragment only: the link follows it


def _far(ctx: Context) -> None:
    """List the places mentioned far from the map (countries, distant provinces): clickable."""
    far = ctx.data.far_places(ctx.filters)
    if not far:
        return
    labels = {p.id: p.label for p in far}
    st.pills("Also mentioned, off this map", list(labels), format_func=labels.get,
             selection_mode="single", key="far", on_change=_select_far,
             help="Countries and places far from Điện Biên: click one to read its passages.")


def _select_far() -> None:
    pid = st.session_state.get("far")
    if pid:
        st.session_state.here = ()
        st.session_state.selected = pid


def _clicked(ctx: Context, props: dict) -> None:
    """Select the place clicked; keep every place under the click for the chooser."""
    if "here" in props:  # the map's own report: every drawn place near the click
        found = places_here(props.get("here") or (), ctx.gazetteer)
        if found:
            st.session_state.here = found
            st.session_state.selected = found[0].id
        return
    pid = props.get("id") or props.get("place_id")
    if pid:
        st.session_state.here = ()
        st.session_state.selected = pid
