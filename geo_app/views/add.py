"""The "Add an article" view: upload or paste, processed now, kept for the session or saved."""

from __future__ import annotations

import streamlit as st

from geo.app.files import save_article
from geo.app.markup import escape_markdown as md
from geo.app.sources import process_upload
from geo.errors import GeoError
from geo_app.context import Context

#: File types the uploader offers (those the corpus reader reads).
UPLOAD_TYPES = ["txt", "md", "html", "htm"]


def render(ctx: Context) -> None:
    """Draw the upload form; process what is given, then run the page again."""
    st.markdown("Upload `.txt`, `.md` or `.html` files, or paste the text of an article.")
    for kind, text in st.session_state.pop("add_report", ()):  # from the run that processed
        getattr(st, kind)(text)
    files = st.file_uploader("Article files", type=UPLOAD_TYPES, accept_multiple_files=True,
                             key="upload")
    pasted = st.text_area("…or paste an article (first line: its title)", key="paste", height=200)
    save = st.checkbox(f"Also save to the corpus folder ({md(ctx.config.corpus_dir.name)}/)",
                       key="save")
    if not st.button("Process", type="primary", key="process"):
        return
    items = [(f.name, f.getvalue()) for f in files or ()]
    if pasted.strip():
        items.append(("pasted.txt", pasted.encode("utf-8")))
    if not items:
        st.warning("Nothing to process: upload a file or paste some text.")
        return
    bar = st.progress(0.0, text="Processing…")
    report: list[tuple[str, str]] = []
    added = 0
    for i, (name, data) in enumerate(items, 1):
        bar.progress((i - 1) / len(items), text=f"Processing {md(name)}…")
        try:
            report.append(("success", _add(ctx, name, data, save=save)))
            added += 1
        except (GeoError, OSError, UnicodeError, ValueError) as err:
            report.append(("error", md(f"{name}: {err}")))
    done = f"Done: {added} of {len(items)} article(s) added."
    bar.progress(1.0, text=done)
    report.append(("info", done))
    # run the page again so that the map, filters and tables include them
    st.session_state.add_report = report
    st.rerun()


def _add(ctx: Context, name: str, data: bytes, *, save: bool) -> str:
    """Process one file; keep it for the session or save it; return what happened."""
    result = process_upload(name, data, ctx.gazetteer)
    if save:
        path = save_article(ctx.config.corpus_dir, name, data)
        return f"{md(path.name)}: saved to the corpus folder, {len(result.mentions)} mention(s)."
    st.session_state.extra = [r for r in st.session_state.extra
                              if r.article.id != result.article.id] + [result]
    return (f"{md(name)}: {len(result.mentions)} mention(s), {len(result.figures)} figure(s); "
            "added for this session.")
