"""The timeline in the sidebar: articles, mentions and figures per month, the range marked.

Drawn from :class:`geo.app.timeline.Timeline` (the corpus as every filter
but the dates selects it), so moving the range moves the marked months and
the totals, and the months outside stay visible to move back to.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from geo.app.timeline import Timeline

#: Colours of the months in and out of the range.
IN, OUT = "#1d4ed8", "#cbd5e1"


def chart(tl: Timeline) -> alt.FacetChart:
    """Return the Vega-Lite chart of *tl*: one small bar chart per measure, months across."""
    frame = pd.DataFrame(tl.rows(), columns=["month", "measure", "count", "in_range"])
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("month:O", title=None, axis=alt.Axis(labelAngle=-90, labelFontSize=8)),
        y=alt.Y("count:Q", title=None, axis=alt.Axis(tickCount=2, labelFontSize=8)),
        color=alt.Color("in_range:N", scale=alt.Scale(domain=["in range", "outside the range"],
                                                      range=[IN, OUT]), legend=None),
        tooltip=["month", "measure", "count", "in_range"],
    ).properties(height=45, width=150).facet(
        row=alt.Row("measure:N", title=None, sort=["articles", "mentions", "figures"],
                    header=alt.Header(labelAngle=0, labelAlign="left", labelFontSize=10)),
    ).resolve_scale(y="independent")


def summary(tl: Timeline) -> str:
    """Return the totals the filters keep, and the articles without a month, in one line."""
    kept = tl.included
    parts = [f"Shown: {kept.articles} article(s), {kept.mentions} mention(s), "
             f"{kept.figures} figure(s)"]
    if tl.undated.articles:
        parts.append(f"{tl.undated.articles} undated "
                     + ("(included)" if tl.undated.in_range else "(left out)"))
    if tl.year_only.articles:
        parts.append(f"{tl.year_only.articles} dated to the year only")
    return " · ".join(parts)


def draw(tl: Timeline) -> None:
    """Draw the timeline and its totals in the sidebar."""
    sb = st.sidebar
    if tl.months:
        sb.altair_chart(chart(tl), width="content")
    sb.caption(summary(tl), help="Months of the range in blue. Mentions: places named in the "
                                 "article bodies (what the map counts).")
