"""The Map view: the layered map and, on a click, the place panel (one fragment).

The map reports where it is after every move (``center``, ``zoom``): that
goes to the URL (:mod:`geo_app.url`) and to the "Link to this view" box.
The map is only sent somewhere when the app asks (a link, a place found by
search, the first view of a selection, "Zoom to the selection") or when it
is drawn anew (other articles, the background switched): then it opens
where the user left it.  Other filters do not draw it anew:
the browser keeps the base map and gets the layers the filters select
(:meth:`geo_app.context.AppCorpus.layers_script`).
"""

from __future__ import annotations

import functools

import streamlit as st

from geo.app.here import places_here
from geo_app import cache, mapframe, state, url
from geo_app.context import Context
from geo_app.mapframe import MapFrame
from geo_app.views import panel

#: Degrees around Folium's starting point taken for "not placed yet" (see _moved).
START_SLACK = 0.05
#: What st_folium sends back: the clicked feature and point; where the map is.
RETURNED = ["last_active_drawing", "last_clicked", "center", "zoom"]


def render(ctx: Context) -> None:
    """Draw the map and the panel of the selected place."""
    _map_and_panel(ctx)


@st.fragment
def _map_and_panel(ctx: Context) -> None:
    # a fragment: a click on the map reruns only the map and the panel
    ss = st.session_state
    mf = ctx.data.map_frame(ctx.map_options, key="map", height=620, returned=RETURNED)
    # the base map: the same under every filter (the browser keeps it, the layers are
    # swapped); a new one (other articles, the background switched) opens where the user was
    shown = (ctx.data.key, ctx.map_options.tiles)
    if ss.map_shown is not None and ss.map_shown != shown and ss.map_view:
        lat, lon, zoom = ss.map_view
        ss.center, ss.zoom = (lat, lon), zoom
    ss.map_shown = shown
    if ss.center is None and ss.map_view is None and not ctx.filters.selects_all:
        # the first view of a selection (a link's filters, filters chosen before the
        # map was drawn): its places, not every article's (the base map's own view)
        _fit(ctx)
    left, right = st.columns([5, 2], gap="small")
    with left:
        # what the map reported since the last run (st_folium keeps it under its
        # key): taken first, so that the selection sent with the map is this click's
        _reported(ctx, ss.get("map") or {}, mf)
        layers = ctx.data.layers_script(ctx.filters, ctx.map_options) or ""
        pin = _pin((mf, layers, ss.center, ss.zoom))
        out = mapframe.show(mf, center=ss.center, zoom=ss.zoom,
                            group_script=layers + (cache.selection_script(*pin) or ""))
        _reported(ctx, out, mf)  # (the same report: nothing new, unless under test)
        if not ss[state.MAP_DRAWN]:  # the map alone (geo_app.page): the rest once it is drawn
            if out != mf.args.get("default"):  # the map reported from the browser: drawn
                ss[state.MAP_DRAWN] = True
                st.rerun(scope="app")
            return
        st.caption("Hollow, dashed symbols: the place is only known to within its commune, "
                   "district or province. Click a place to read its passages. The address "
                   "bar holds this view (place, filters, centre and zoom).")
        _share(ctx)
        st.button("Zoom to the selection", icon=":material/fit_screen:", key="fit",
                  on_click=_fit, args=(ctx,),
                  help="Show the places the filters select (the map stays where you move "
                       "it when the filters change).")
        st.download_button("Download this map (one HTML file, works offline)",
                           functools.partial(ctx.data.map_html, ctx.filters, ctx.map_options),
                           file_name="dien-bien-border-map.html", mime="text/html",
                           key="map_html", on_click="ignore")
    with right:
        _far(ctx)
        panel.render(ctx)
    url.publish(ctx.filters, ctx.map_options)  # a click reruns this fragment only: the link
    # follows it


def _pin(others: tuple) -> tuple[str | None, int]:
    """Return the place whose shape the map is sent pinned, and the number of that sending.

    A click on the map pins the nearest place under it at once, in the
    browser (``PlacesHere``).  When the app selects that place too (one
    place under the click, or the chooser's first) and the map is the one
    that pinned it (*others*, the rest of what it is sent, unchanged; the
    same frame: no other view since), it shows the selection already: its
    arguments stay those sent before, byte for byte, and Streamlit sends
    the browser a reference to the map it holds instead of the map again
    (Streamlit's message cache: the layers' script is 140 kB on the seeds,
    0.5 MB at 10,000 articles).  A place chosen another way (a link, the
    search, the list beside the map, the chooser, a chart) is sent; sent
    again after the map pinned another itself, it is a new sending
    (st_folium runs a group's script only when it changed).
    """
    ss = st.session_state
    sent = ss.get("pin_sent") or (None, 0)
    before, ss.map_others = ss.get("map_others"), others
    same = (not ss.pop("map_fresh", False) and before is not None and before[0] is others[0]
            and before[1:] == others[1:])
    if same and ss.selected is not None and ss.selected == ss.get("map_pinned"):
        return sent
    if ss.selected != sent[0] or ss.get("map_pinned") is not None:
        sent = (ss.selected, sent[1] + 1)
        ss.pin_sent = sent
    ss.map_pinned = None  # the map shows what was sent
    return sent


def _fit(ctx: Context) -> None:
    """Send the map to the places the filters select (inside the region), or the province."""
    fit = ctx.data.fitted_view(ctx.filters, ctx.map_options)
    if fit:
        state.ask_view(*fit)


def _reported(ctx: Context, out: dict, mf: MapFrame) -> None:
    """Act on what the map reports: where it is, the click (once), the point clicked."""
    _moved(out, mf)
    drawing = out.get("last_active_drawing")
    if drawing and drawing != st.session_state.seen_drawing:
        st.session_state.seen_drawing = drawing
        _clicked(ctx, drawing.get("properties") or {})
    clicked = out.get("last_clicked")
    if clicked:
        st.session_state.last_point = (clicked.get("lat"), clicked.get("lng"))


def _moved(out: dict, mf: MapFrame) -> None:
    """Keep where the map is (it reports its centre and zoom after each move).

    A new map first reports where Folium created it, before it is put on its
    places or on the view asked for (a link's), and on a busy machine that
    report can be the last one the app sees: a report at Folium's starting
    zoom, within :data:`START_SLACK` degrees of its starting point, is not
    taken for a view of the user's.
    """
    center, zoom = out.get("center"), out.get("zoom")
    if not isinstance(center, dict) or zoom is None:
        return
    lat, lon = center.get("lat"), center.get("lng")
    if lat is None or lon is None:
        return
    start = mf.location
    if (start and zoom == mf.zoom and abs(lat - start[0]) < START_SLACK
            and abs(lon - start[1]) < START_SLACK):
        return
    st.session_state.map_view = (round(lat, 5), round(lon, 5), zoom)


def _share(ctx: Context) -> None:
    """Show the whole URL of this view, with a copy button (no network needed)."""
    with st.popover("Link to this view", icon=":material/link:",
                    help="The place, the filters and the map's centre and zoom, as one URL "
                         "to share or bookmark."):
        st.code(url.link(url.current(ctx.filters, ctx.map_options)), language=None,
                wrap_lines=True)
        st.caption("The button at the right of the link copies it.")


def _far(ctx: Context) -> None:
    """List the places mentioned far from the map (countries, distant provinces): clickable."""
    far = ctx.data.far_places(ctx.filters, ctx.map_options.layers)
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
            st.session_state.map_pinned = props.get("id")  # (the map pins its nearest)
        return
    pid = props.get("id") or props.get("place_id")
    if pid:
        st.session_state.here = ()
        st.session_state.selected = pid
