"""Folded.of (segment-copying slow path) matches the plain per-character algorithm."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import _ZERO_WIDTH, Folded, _table, _translate


def _reference(original: str):
    """The per-character algorithm Folded.of replaced (kept here as the specification)."""
    quick = original.translate(_table())
    chars, index = [], []
    for i, ch in enumerate(quick):
        if unicodedata.combining(ch) or ch in _ZERO_WIDTH:
            continue
        if ch == " " and chars and chars[-1] == " ":
            continue
        chars.append(ch)
        index.append(i)
    return "".join(chars), tuple(index)


_ALPHABET = st.sampled_from(list("aAđĐêệ \n\t\r\x0b\x0c\x1cÀİẞ\u00a0xyz.,'’"
                                 "\u0301\u0323\u0300\u200b\u00ad"
                                 "\u0ec8\u0e49ລ中") + ["Điện", "Biên", "  "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_slow_path_equals_the_reference(text):
    assert _translate(text) == text.translate(_table())
    folded = Folded.of(text)
    ref_text, ref_index = _reference(text)
    if folded.index is None:
        assert folded.text == text.translate(_table())
    else:
        assert (folded.text, folded.index) == (ref_text, ref_index)


def test_nfd_and_paragraphs():
    text = unicodedata.normalize("NFD", "Pa Thơm commune\n\n(Điện Biên district)")
    folded = Folded.of(text)
    assert folded.text == "pa thom commune (dien bien district)"
    s, e = folded.to_original(16, 36)
    assert unicodedata.normalize("NFC", text[s:e]) == "(Điện Biên district)"
