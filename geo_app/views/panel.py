"""The place panel beside the map, and the passage box it shares with "Unresolved names"."""

from __future__ import annotations

import functools

import streamlit as st

from geo.app.index import Passage
from geo.app.labels import kind_label
from geo.app.markup import escape_markdown as md
from geo.app.markup import svg_block
from geo.app.panel import FigureRow, PlacePanel, place_panel
from geo.app.placefigures import Sparkline, sparkline_svg, sparklines
from geo.app.snapshot import ENTRY_LIMIT
from geo_app import state
from geo_app.context import Context

#: Passages shown before "Show all".
PASSAGES_SHOWN = 20
#: Rows of the panel's figures table (the Tables view lists them all).
FIGURES_LISTED = 200
_FIGURE_COLUMNS = ("figure", "subject", "period", "date", "title", "quote", "theme")
_DISAGREEMENT_COLUMNS = ("figure", "title", "date", "quote")


def passage_box(p: Passage, *, dated: bool = True) -> None:
    """Show one passage (escaped HTML, mention highlighted) and where it comes from."""
    st.html(f'<div class="geo-passage">{p.html}</div>')
    st.caption(md(p.title) + (f" · {md(p.date)}" if dated and p.date else ""))


def render(ctx: Context) -> None:
    """Show the panel of the selected place (``st.session_state.selected``)."""
    _chooser()
    pid = st.session_state.selected
    if not pid:
        st.info("Click a place on the map, or find one by name in the sidebar.")
        return
    # the first passages only, unless the user asked for more (their articles are read
    # then): all of them, or of a place mentioned more than a snapshot row keeps, the
    # first ENTRY_LIMIT (a page of 300,000 passages helps no one; the Reader has them)
    limit = ENTRY_LIMIT if st.session_state.get(f"all_{pid}") else PASSAGES_SHOWN
    info = place_panel(pid, ctx.data.panel_index(pid, ctx.filters, passages=limit),
                       ctx.gazetteer, limit=limit)
    if info is None:
        st.warning("That place is not in the gazetteer or the corpus.")
        return
    _record(info)
    _figures(info)
    _passages(info)


def _chooser() -> None:
    """List every place under the last click; a button selects one."""
    here = st.session_state.get("here") or ()
    if len(here) < 2:
        return
    with st.container(border=True):
        st.markdown(f"**{len(here)} places here**")
        for i, place in enumerate(here):
            chosen = place.id == st.session_state.selected
            st.button(place.label, key=f"here_{i}_{place.id}", on_click=_choose,
                      args=(place.id,), type="primary" if chosen else "secondary",
                      disabled=chosen)


def _choose(place_id: str) -> None:
    st.session_state.selected = place_id


def _record(info: PlacePanel) -> None:
    st.subheader(md(info.name), anchor=False)
    st.caption(f"{md(info.name_ascii)} · {md(kind_label(info.kind))} · id {md(info.id)}")
    rows = []
    if info.legacy_unit:
        rows.append(("Legacy unit (before 1 July 2025)", info.legacy_unit.name))
    if info.successor and info.successor.id != info.id:
        rows.append(("2025 successor", info.successor.name))
    if info.lat is not None:
        rows.append(("Coordinates", f"{info.lat:.5f} N, {info.lon:.5f} E"))
    rows.append(("Precision", f"{info.precision}"
                 + (f" (± {info.uncertainty_m / 1000:.1f} km)" if info.uncertainty_m else "")))
    rows.append(("Coordinate source", info.coord_source or "—"))
    if info.source and info.source != info.coord_source:
        rows.append(("Source", info.source))
    st.markdown("  \n".join(f"**{k}:** {md(v)}" for k, v in rows))
    if info.approximate:
        st.caption(f"⚠️ The point is approximate: precision “{md(info.precision)}”.")


def _figures(info: PlacePanel) -> None:
    if not info.figures:
        return
    st.markdown(f"**Figures** ({info.figure_count:,})")
    listed = info.figures[:FIGURES_LISTED]
    if len(info.figures) < info.figure_count:
        st.caption(f"The lines are of the first {len(info.figures):,} in corpus order, the "
                   f"table of the first {len(listed):,}; every figure is in the Tables view "
                   "and figures.csv.")
    elif len(listed) < len(info.figures):
        st.caption(f"The table lists the first {len(listed):,}; every figure is in the "
                   "Tables view and figures.csv.")
    for line in sparklines(info.figures):
        _sparkline(line)
    key = f"figs_{info.id}"
    st.dataframe([f.to_row() for f in listed], hide_index=True, width="stretch",
                 column_order=_FIGURE_COLUMNS, key=key, selection_mode="single-row",
                 on_select=functools.partial(_open_figure, key, listed))
    st.caption("Select a row to read the figure in its article.")
    if st.session_state.pop(state.OPEN_NOW, False):
        st.rerun(scope="app")  # in the map's fragment: the whole page goes to the reader
    for group in info.disagreements:
        head = group[0]
        st.markdown(f"**The articles disagree** on {md(head.subject or 'a figure')}"
                    + (f" ({md(head.period)})" if head.period else "") + ":")
        st.dataframe([f.to_row() for f in group], hide_index=True, width="stretch",
                     column_order=_DISAGREEMENT_COLUMNS)


def _open_figure(key: str, figures: tuple[FigureRow, ...]) -> None:
    rows = ((st.session_state.get(key) or {}).get("selection") or {}).get("rows") or []
    if rows and 0 <= rows[0] < len(figures):
        f = figures[rows[0]]
        state.open_figure(f.article, f.start, f.end)


def _sparkline(line: Sparkline) -> None:
    """One unit's reports over time: a line of points, as wide as the panel (an inline SVG)."""
    note = f"{line.undated} undated" if line.undated else ""
    if len(line.points) < 2:
        st.caption(f"{md(line.unit or '(no unit)')}: {len(line.points)} dated report(s)"
                   + (f", {note}" if note else ""))
        return
    first, last = line.points[0]["day"][:10], line.points[-1]["day"][:10]
    st.caption(f"{md(line.unit or '(no unit)')} over time, {first} to {last} "
               f"({len(line.points)} dated report(s)" + (f", {note}" if note else "") + ")")
    st.markdown(svg_block(sparkline_svg(line)), unsafe_allow_html=True)  # (st.html drops SVG)


def _passages(info: PlacePanel) -> None:
    passages = info.passages
    st.markdown(f"**Passages** ({info.passage_count})")
    if not passages:
        st.caption("No passage of the article bodies mentions it.")
    if info.passage_count > PASSAGES_SHOWN:
        label = (f"Show all {info.passage_count:,}" if info.passage_count <= ENTRY_LIMIT
                 else f"Show the first {ENTRY_LIMIT:,}")
        st.toggle(label, key=f"all_{info.id}")
    for i, p in enumerate(passages):
        with st.container(border=True):
            passage_box(p)
            if st.button("Open the article", key=f"open_{info.id}_{i}"):
                # the button sits in the map's fragment: the whole page runs
                # again, and goes to the reader before loading anything
                state.open_article(p.article, p.start, p.end)
                st.rerun(scope="app")
