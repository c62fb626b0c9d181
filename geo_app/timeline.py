"""The timeline in the sidebar: articles, mentions and figures per month, the range marked.

Drawn from :class:`geo.app.timeline.Timeline` (the corpus as every filter
but the dates selects it), so moving the range moves the marked months and
the totals, and the months outside stay visible to move back to.
"""

from __future__ import annotations

import streamlit as st

from geo.app.markup import svg_block
from geo.app.timeline import Timeline, timeline_svg


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
        # inline SVG, not a Vega-Lite chart: no chart library to load and run in the
        # page beside the map as it opens, and again at every filter change
        sb.markdown(svg_block(timeline_svg(tl)), unsafe_allow_html=True)
    sb.caption(summary(tl), help="Months of the range in blue. Mentions: places named in the "
                                 "article bodies (what the map counts).")
