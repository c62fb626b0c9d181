"""geo.app.markup: untrusted text comes out as text (escaped HTML, escaped markdown)."""

from __future__ import annotations

import pytest
from _app_fixtures import XSS

from geo.app.markup import escape_markdown, highlight


@pytest.mark.parametrize("payload", XSS)
def test_highlight_escapes_everything(payload):
    text = f"before {payload} Tây Trang {payload} after"
    start = text.index("Tây Trang")
    out = highlight(text, 0, len(text), [(start, start + 9)], titles=[payload])
    assert "<script" not in out and "<img" not in out and "<svg" not in out and "<a " not in out
    assert out.count("<mark") == 1
    assert '<mark class="geo-mention" title="' in out


def test_highlight_marks_exact_span_and_clips():
    text = "abc Tây Trang def"
    out = highlight(text, 2, 15, [(4, 13), (0, 3)])
    assert out == ('<mark class="geo-mention">c</mark> '
                   '<mark class="geo-mention">Tây Trang</mark> d')


@pytest.mark.parametrize("payload", XSS)
def test_escape_markdown_leaves_no_markup(payload):
    out = escape_markdown(payload)
    assert "<" not in out.replace("\\<", "") and "](" not in out


@pytest.mark.parametrize("text", [None, ""])
def test_escape_markdown_of_nothing_is_empty(text):
    assert escape_markdown(text) == ""
