"""The "Read an article" view: body with mentions highlighted, furniture greyed or hidden.

Opened from a passage of the place panel ("Open the article"), it shows
that passage's paragraph highlighted and scrolls to it
(``st.session_state.reader_focus``, :func:`geo_app.state.open_article`).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from geo.app.labels import display_name, kind_label
from geo.app.markup import escape_markdown as md
from geo.app.reader import FOCUS_CLASS, article_reader
from geo_app import state
from geo_app.context import Context


def render(ctx: Context) -> None:
    """Draw the reader of the article chosen (``st.session_state.reader``)."""
    index = ctx.data.index
    ids = list(index.articles)
    if not ids:
        st.info("No articles.")
        return
    labels = {a: (index.articles[a].title or a) for a in ids}
    if st.session_state.reader not in labels:
        st.session_state.reader = ids[0]
    aid = st.selectbox("Article", ids, format_func=labels.get, key="reader")
    hide = st.toggle("Hide page furniture", value=False, key="hide_furniture")
    focus = st.session_state.get("reader_focus")
    at = (focus[1], focus[2]) if focus and focus[0] == aid and focus[1] is not None else None
    doc = article_reader(index, aid, show_furniture=not hide, focus=at)
    st.caption(" · ".join(md(x) for x in (doc.outlet, doc.date,
                                          doc.path and Path(doc.path).name) if x))
    for w in doc.warnings:
        st.warning(md(w))
    _figure_first(index, aid)
    if doc.places:
        st.markdown("**Places in this article** (click to show on the map)")
        cols = st.columns(4)
        for i, p in enumerate(doc.places):
            place = ctx.gazetteer.get(p.id)
            cols[i % 4].button(
                f"{md(display_name(p.name))} · {md(kind_label(p.kind))} ({p.count})",
                key=f"goto_{aid}_{p.id}",
                help=md(p.id), on_click=state.select, args=(p.id,),
                kwargs={"view": "map", "lat": getattr(place, "lat", None),
                        "lon": getattr(place, "lon", None),
                        "precision": getattr(place, "precision", None)})
    body = "".join(f'<p class="{_classes(p)}">{p.html}</p>' for p in doc.paragraphs)
    st.html(f'<div class="geo-article">{body}</div>')
    if at is not None:
        # the app's own script (no article text in it): bring the passage into view
        st.html(SCROLL_TO_FOCUS, unsafe_allow_javascript=True)


def _classes(p) -> str:
    return " ".join(c for c, on in (("geo-furniture", p.furniture), ("geo-title", p.title),
                                    ("geo-focus", p.focus)) if on)


#: Scroll the passage the reader was opened on to the middle of the screen
#: (it is drawn in the same run: looked for until it is there, 5 s at most).
SCROLL_TO_FOCUS = """<script>
(function () {
  var tries = 0;
  (function look() {
    var el = document.querySelector('.geo-article .FOCUS') ||
             document.querySelector('.geo-article p.geo-focus');
    if (el) { el.scrollIntoView({block: 'center'}); }
    else if (tries++ < 50) { setTimeout(look, 100); }
  })();
})();
</script>""".replace("FOCUS", FOCUS_CLASS)


def _figure_first(index, aid: str) -> None:
    """Show the figure the panel opened this article for, in its sentence, above it."""
    from geo.app.placefigures import figure_passage

    fig = st.session_state.get(state.READER_FIGURE)
    html = figure_passage(index, *fig) if fig and fig[0] == aid else None
    if html:
        with st.container(border=True):
            st.caption("The figure opened from the place panel:")
            st.html(f'<div class="geo-passage">{html}</div>')
