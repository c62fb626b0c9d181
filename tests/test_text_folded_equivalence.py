"""Folded.of (segment-copying slow path) matches the plain per-character algorithm."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text.folding import _ZERO_WIDTH, Folded, _table, _translate


def _reference(original: str):
    """The per-character algorithm Folded.of replaced (kept here as the specification).

    Combining marks and zero-width characters are dropped; a run of spaces
    (whitespace folds to spaces) collapses to its first space unless every
    character of the run was a line feed: a blank line keeps both spaces.
    """
    quick = original.translate(_table())
    chars, index = [], []
    for i, ch in enumerate(quick):
        if not (unicodedata.combining(ch) or ch in _ZERO_WIDTH):
            chars.append(ch)
            index.append(i)
    out, out_index, k = [], [], 0
    while k < len(chars):
        j = k + 1
        if chars[k] == " ":
            while j < len(chars) and chars[j] == " ":
                j += 1
            if not all(original[index[m]] == "\n" for m in range(k, j)):
                j = k + 1  # keep the first space, drop the rest of the run
                while j < len(chars) and chars[j] == " ":
                    j += 1
                out.append(" ")
                out_index.append(index[k])
                k = j
                continue
        out.extend(chars[k:j])
        out_index.extend(index[k:j])
        k = j
    return "".join(out), tuple(out_index)


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
    assert folded.text == "pa thom commune  (dien bien district)"  # a blank line: two spaces
    s, e = folded.to_original(17, 37)
    assert unicodedata.normalize("NFC", text[s:e]) == "(Điện Biên district)"


def test_blank_lines_stay_on_the_fast_path():
    """Paragraphs apart (NFC, "\\n\\n") keep offsets as they are; a space in a run collapses it."""
    assert Folded.of("Pa Thơm commune.\n\nĐiện Biên\n").index is None
    assert Folded.of("Pa Thơm\n\n\nBiên").text == "pa thom   bien"
    for gap in ("\n \n", " \n\n", "\r\n", "\r\n\r\n", "\t\n", "\u00a0 "):
        folded = Folded.of(f"Border{gap}Post")
        assert folded.text == "border post", gap
        assert folded.to_original(7, 11) == (6 + len(gap), 10 + len(gap))
