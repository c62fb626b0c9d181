"""The Charts view: figures of one theme and unit by place and over time; a click selects the place.

The data is :class:`geo.app.charts.FigureChart` of the filtered corpus (the
sidebar's filters and date range apply).  Bars and points carry their
place id: clicking one selects that place (the map centres on it, its panel
opens beside the chart and on the map, the link carries it).
"""

from __future__ import annotations

import functools

import altair as alt
import pandas as pd
import streamlit as st

from geo.app.charts import FigureChart, chart_choices, figure_chart
from geo.app.labels import theme_label
from geo.app.markup import escape_markdown as md
from geo_app import state
from geo_app.context import Context
from geo_app.views import panel

#: Bars drawn at most (the largest); the caption says how many there are.
MAX_BARS = 40
#: Drawn as SVG: each bar and point is an element with its own label (accessible, and
#: the browser tests click one by its label).
_SVG = {"embedOptions": {"renderer": "svg"}}
_AGREE = alt.Scale(domain=["sources agree", "sources disagree"], range=["#0369a1", "#ea580c"])


def render(ctx: Context) -> None:
    """Draw the theme and unit choice, the two charts and the selected place's panel."""
    index = ctx.data.filtered_index(ctx.filters)
    choices = chart_choices(f for fs in index.figures.values() for f in fs)
    if not choices:
        st.info("No figure with a value and a place in the articles the filters keep.")
        return
    _forget_unoffered(choices)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        a, b = st.columns(2)
        theme = a.selectbox("Theme", list(choices), format_func=theme_label, key="chart_theme")
        units = dict(choices[theme])
        unit = b.selectbox("Unit", list(units), key=f"chart_unit_{theme}",
                           format_func=lambda u: f"{u or '(no unit)'} · {units[u]} figure(s)")
        data = figure_chart(index, theme, unit)
        _by_place(data, ctx.gazetteer)
        _over_time(data, ctx.gazetteer)
    with right:
        panel.render(ctx)
        pid = st.session_state.get("selected")
        if pid:
            st.button("Show on the map", key="chart_to_map", on_click=state.select_place,
                      args=(pid, ctx.gazetteer), kwargs={"view": "map"})


def _forget_unoffered(choices: dict) -> None:
    """Drop a theme or unit (from a link, or before a filter) that the charts do not offer now."""
    ss = st.session_state
    theme = ss.get("chart_theme")
    if theme is not None and theme not in choices:
        del ss["chart_theme"]
        return
    key = f"chart_unit_{theme}"
    if theme is not None and key in ss and ss[key] not in dict(choices[theme]):
        del ss[key]


def _select(key: str, gazetteer) -> None:
    """Select the place of the bar or point clicked in chart *key*; the map centres on it."""
    event = st.session_state.get(key) or {}
    picked = (event.get("selection") or {}).get("place") or []
    pid = next((p.get("place_id") for p in picked if p.get("place_id")), None)
    if pid:
        state.select_place(pid, gazetteer)


def _by_place(data: FigureChart, gazetteer) -> None:
    st.markdown(f"**{md(theme_label(data.theme))} in {md(data.unit or '(no unit)')}, by place**")
    bars = data.bars[:MAX_BARS]
    frame = pd.DataFrame([b.to_row() for b in bars])
    pick = alt.selection_point(name="place", fields=["place_id"], on="click")
    chart = alt.Chart(frame).mark_bar().encode(
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("start:Q", title=data.unit or "value"), x2="high:Q",
        color=alt.Color("agree:N", scale=_AGREE, title=None,
                        legend=alt.Legend(orient="bottom")),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.45)),
        tooltip=[alt.Tooltip("place:N"), alt.Tooltip("subject:N"), alt.Tooltip("period:N"),
                 alt.Tooltip("value:N"), alt.Tooltip("sources:N")],
    ).add_params(pick).properties(height=alt.Step(26), usermeta=_SVG)
    st.altair_chart(chart, key="chart_bars",
                    on_select=functools.partial(_select, "chart_bars", gazetteer),
                    selection_mode="place", width="stretch")
    notes = ["One bar per place, subject and period: never a sum. Orange: the articles "
             "disagree; the bar spans the values reported. Click a bar to select its place."]
    if len(data.bars) > MAX_BARS:
        notes.append(f"The {MAX_BARS} largest of {len(data.bars)} groups.")
    if data.unplaced:
        notes.append(f"{data.unplaced} figure(s) tied to no place are left out.")
    if data.vague:
        notes.append(f"{data.vague} figure(s) without a number are left out.")
    st.caption(" ".join(notes))


def _over_time(data: FigureChart, gazetteer) -> None:
    st.markdown("**Over time** (each report at its article's date)")
    if not data.points:
        st.caption("No article reporting these figures is dated.")
    else:
        frame = pd.DataFrame(data.point_rows())
        pick = alt.selection_point(name="place", fields=["place_id"], on="click")
        chart = alt.Chart(frame).mark_circle(size=90).encode(
            x=alt.X("day:T", title="article date"),
            y=alt.Y("value:Q", title=data.unit or "value"),
            color=alt.Color("place:N", title=None, legend=alt.Legend(orient="bottom")),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.45)),
            tooltip=[alt.Tooltip("place:N"), alt.Tooltip("figure:N"), alt.Tooltip("subject:N"),
                     alt.Tooltip("period:N"), alt.Tooltip("title:N"), alt.Tooltip("date:N"),
                     alt.Tooltip("quote:N")],
        ).add_params(pick).properties(height=260, usermeta=_SVG)
        st.altair_chart(chart, key="chart_points",
                        on_select=functools.partial(_select, "chart_points", gazetteer),
                        selection_mode="place", width="stretch")
    if data.undated:
        st.caption(f"{len(data.undated)} report(s) from undated articles are not on the time "
                   "chart (they are in the bars).")
