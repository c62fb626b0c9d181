"""The "Unresolved names" view: each name's passages, and a fix written to the override file."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from geo.app.files import write_override
from geo.app.labels import kind_label
from geo.app.markup import escape_markdown as md
from geo.app.search import search_places
from geo.app.unresolved import FIX_KINDS, UnresolvedName, alias_fix, point_fix, unresolved_names
from geo.errors import GeoError
from geo_app import mapframe
from geo_app.context import Context
from geo_app.views.panel import PASSAGES_SHOWN, passage_box

_BY_POINT, _BY_ENTRY = "Set a point on the map", "Choose a gazetteer entry"


def render(ctx: Context) -> None:
    """List the unresolved names; fix the one chosen."""
    groups = unresolved_names(ctx.data.index)
    if not groups:
        st.success("Every place name in the article bodies was resolved.")
        return
    by_key = {g.key: g for g in groups}
    key = st.selectbox("Unresolved name", list(by_key), format_func=lambda k: by_key[k].label,
                       key="unres")
    group = by_key[key]
    for p in group.passages[:PASSAGES_SHOWN]:
        with st.container(border=True):
            passage_box(p, dated=False)

    st.markdown("**Fix it** — the fix goes to the user override file "
                f"{md(str(ctx.config.overrides))}, with you as its source.")
    how = st.radio("How", [_BY_POINT, _BY_ENTRY], horizontal=True, key="fix_how")
    make = _by_entry(ctx, group) if how == _BY_ENTRY else _by_point(ctx, group)
    if make is None:
        return
    if st.button("Save the fix", type="primary", key="fix_save"):
        st.session_state.fix_saved = None
        try:
            row = make()
            write_override(ctx.config.overrides, row)
        except (GeoError, OSError) as err:
            st.error(md(str(err)))
        else:
            st.session_state.fix_saved = row["id"]
            st.rerun()
    if st.session_state.get("fix_saved"):
        st.success(f"Saved {md(st.session_state.fix_saved)}; the map now uses it.")


def _by_entry(ctx: Context, group: UnresolvedName) -> Callable[[], dict] | None:
    query = st.text_input("Search the gazetteer", value=group.name, key="fix_query")
    hits = search_places(query, ctx.gazetteer, ctx.data.index, names=ctx.data.names())
    if not hits:
        st.info("No entry of that name; try another spelling.")
        return None
    labels = {h.id: f"{h.label} · precision {h.precision}" for h in hits}
    pid = st.selectbox("Entry", list(labels), format_func=labels.get, key="fix_entry")
    st.caption("The name becomes another name of this entry (its coordinates stay).")
    return lambda: alias_fix(group.name, pid)


def _by_point(ctx: Context, group: UnresolvedName) -> Callable[[], dict]:
    st.caption("Click the map where the place is (or type the coordinates).")
    mf = ctx.data.map_frame(ctx.map_options, key="fixmap", height=420,
                            returned=("last_clicked", "last_active_drawing"))
    out = mapframe.show(mf, group_script=ctx.data.layers_script(ctx.filters, ctx.map_options))
    ss = st.session_state
    clicked = out.get("last_clicked")
    drawing = out.get("last_active_drawing") or {}
    if "here" in (drawing.get("properties") or {}):  # a click on a drawn place: its point
        lon, lat = drawing["geometry"]["coordinates"][:2]
        clicked = {"lat": lat, "lng": lon, "click": drawing["properties"].get("click")}
    if clicked and clicked != ss.get("fix_seen_click"):
        ss.fix_seen_click = clicked
        ss.last_point = (clicked.get("lat"), clicked.get("lng"))
        ss.fix_lat, ss.fix_lon = ss.last_point
    point = ss.last_point or (None, None)
    ss.setdefault("fix_lat", point[0])
    ss.setdefault("fix_lon", point[1])
    c1, c2, c3 = st.columns(3)
    lat = c1.number_input("Latitude", format="%.6f", key="fix_lat")
    lon = c2.number_input("Longitude", format="%.6f", key="fix_lon")
    kind = c3.selectbox("Kind", FIX_KINDS, key="fix_kind", format_func=kind_label)
    return lambda: point_fix(group.name, kind, lat, lon)  # refused without both coordinates
