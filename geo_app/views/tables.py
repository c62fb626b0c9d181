"""The Tables view: places, mentions and figures of the filtered corpus, sortable, as CSV."""

from __future__ import annotations

import streamlit as st

from geo.app.tables import figures_rows, mentions_rows, places_rows, rows_to_csv, shown_rows
from geo_app.context import Context


def render(ctx: Context) -> None:
    """Draw the three tables, each with its CSV download."""
    index = ctx.data.filtered_index(ctx.filters)
    tabs = st.tabs(["Places", "Mentions", "Figures"])
    for tab, name, rows in (
        (tabs[0], "places", places_rows(index, ctx.gazetteer)),
        (tabs[1], "mentions", mentions_rows(index)),
        (tabs[2], "figures", figures_rows(index)),
    ):
        with tab:
            st.caption(f"{len(rows)} row(s); click a column header to sort.")
            st.dataframe(shown_rows(rows), hide_index=True, width="stretch")  # codes in the CSV
            st.download_button(f"Download {name} (CSV)", rows_to_csv(rows),
                               file_name=f"{name}.csv", mime="text/csv", key=f"csv_{name}")
