"""Untrusted text made safe for the page: markdown escaping and highlighted HTML.

Every string that comes from an article or a user file is escaped here,
before it reaches the page: the app may pass the HTML these functions
return to ``st.html`` as it is, and the markdown to ``st.markdown``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

__all__ = ["MARK_CLASS", "escape_markdown", "highlight", "svg_block"]

#: CSS class of a highlighted mention in passages and the article reader.
MARK_CLASS = "geo-mention"

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def svg_block(svg: str) -> str:
    """Return an inline *svg* (its text escaped already) as markdown that shows it.

    ``st.html`` drops SVG elements; ``st.markdown(..., unsafe_allow_html=True)``
    keeps them when they open an HTML block: a ``<div>`` line, with no blank
    line inside (a blank line would end the block and the rest be read as
    markdown).
    """
    return '<div class="geo-svg">' + svg.replace("\n", " ") + "</div>"


def escape_markdown(text: str | None) -> str:
    """Return *text* safe to show through Streamlit markdown (no markup, no links).

    Parameters
    ----------
    text : str or None
        Untrusted text (a title, a place name from a user file).

    Returns
    -------
    str
        The text with every markdown-active character backslash-escaped and
        ``<``/``>`` escaped, so it renders literally.
    """
    if not text:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def highlight(
    text: str,
    start: int,
    end: int,
    marks: Iterable[tuple[int, int]] = (),
    *,
    titles: Sequence[str | None] | None = None,
    classes: Sequence[str | None] | None = None,
) -> str:
    """Return ``text[start:end]`` as escaped HTML with *marks* wrapped in ``<mark>``.

    Parameters
    ----------
    text : str
        The whole article text.
    start, end : int
        The range to show.
    marks : iterable of (int, int)
        Character ranges of *text* to highlight; clipped to the range,
        overlapping marks are merged into the first.
    titles : sequence of str or None, optional
        A tooltip for each mark (escaped as well).
    classes : sequence of str or None, optional
        An extra class for each mark (a CSS class name of the app's own).

    Returns
    -------
    str
        HTML in which every character of *text* is escaped.
    """
    marks = list(marks)
    tips = list(titles) if titles is not None else [None] * len(marks)
    extra = list(classes) if classes is not None else [None] * len(marks)
    order = sorted(range(len(marks)), key=lambda i: marks[i])
    out: list[str] = []
    pos = start
    for i in order:
        m_start, m_end = max(marks[i][0], pos), min(marks[i][1], end)
        if m_end <= m_start:
            continue
        out.append(html.escape(text[pos:m_start]))
        tip = f' title="{html.escape(tips[i])}"' if tips[i] else ""
        cls = f"{MARK_CLASS} {html.escape(extra[i])}" if extra[i] else MARK_CLASS
        out.append(f'<mark class="{cls}"{tip}>{html.escape(text[m_start:m_end])}</mark>')
        pos = m_end
    out.append(html.escape(text[pos:end]))
    return "".join(out)
