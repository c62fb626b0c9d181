"""Sentence and paragraph spans of an article's text, split once and shared."""

from __future__ import annotations

import re
from bisect import bisect_right

from geo.model import Span

_PARA = re.compile(r"\n\s*\n")
# a sentence ends at . ! ? (optionally followed by a closing quote or a note's number, "in
# Houaphan.[1] In Myanmar") then space; abbreviations such as "No." or "Mrs." before a
# capital do not end one.  (One class of the characters that can end one first, then the look
# back at which: the engine skips to the next such character, a third faster.)
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"'”’)]?(?:\[\d{1,3}\])?"
                       r"(?=\s+[\"“'‘(]?[A-ZĐÀ-Ỹ0-9]))")
_ABBREV = re.compile(r"(?:\b(?:No|Nos|Mr|Mrs|Ms|Dr|St|Lt|Col|Gen|Capt|Maj|Sr|Jr|vs|etc|e\.g|i\.e|"
                     r"Co|Ltd|Inc|Sen|Rep)|\b[A-Z])\.$")


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into paragraph spans (blank-line separated, trimmed)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _PARA.finditer(text, start, end):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, end, spans)
    return spans


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (trimmed, in order)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        if m.group() != "\n" and _ABBREV.search(text, max(start, m.start() - 6), m.start() + 1):
            continue
        _add_trimmed(text, pos, cut, spans)
        pos = cut
    _add_trimmed(text, pos, end, spans)
    return spans


def _add_trimmed(text: str, s: int, e: int, out: list[Span]) -> None:
    # a loop, not str.strip: spans rarely start or end with a space, and
    # stripping would copy each paragraph
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Span(s, e))


class Passages:
    """Sentence and paragraph spans of one article's text, each split once.

    One object per article, built by :func:`geo.pipeline.process_article`
    and handed to both :func:`geo.mentions.find.find_mentions` and
    :func:`geo.figures.extract.extract_figures` so that neither splits a paragraph
    into sentences the other has already split.  Paragraphs of the whole
    text are found when first asked for; sentences one paragraph at a time,
    only for paragraphs that hold a mention or a figure.  A sentence never
    runs over a line break (see :func:`sentence_spans`), so splitting
    paragraph by paragraph gives the same spans as splitting the whole text.

    Parameters
    ----------
    text : str
        The article's text as read (``Article.text``).
    """

    def __init__(self, text: str):
        self.text = text
        self._paragraphs: list[Span] | None = None
        self._starts: list[int] = []
        self._sentences: dict[tuple[int, int], tuple[list[Span], list[int]]] = {}

    @property
    def paragraphs(self) -> list[Span]:
        """The paragraph spans of the whole text (:func:`paragraph_spans`)."""
        if self._paragraphs is None:
            self._paragraphs = paragraph_spans(self.text)
            self._starts = [p.start for p in self._paragraphs]
        return self._paragraphs

    def sentences(self, start: int, end: int) -> tuple[list[Span], list[int]]:
        """Return ``sentence_spans(text, start, end)`` and their starts, split once per span."""
        found = self._sentences.get((start, end))
        if found is None:
            spans = sentence_spans(self.text, start, end)
            found = self._sentences[start, end] = (spans, [s.start for s in spans])
        return found

    def at(self, pos: int, end: int | None = None) -> tuple[Span | None, Span | None]:
        """Return the (sentence, paragraph) spans holding offset *pos*.

        With *end*, the spans hold all of ``[pos, end)``: a name broken over a
        line ("Tây Trang International Border" / "Post", hard-wrapped text)
        gets the sentences on both sides, so its passage shows it whole.
        """
        first = self._at(pos)
        if end is None or end - 1 <= pos or (first[0] is not None and end <= first[0].end):
            return first  # the usual case: one sentence holds it all
        last = self._at(end - 1)
        return _union(first[0], last[0]), _union(first[1], last[1])

    def _at(self, pos: int) -> tuple[Span | None, Span | None]:
        paragraphs = self.paragraphs
        i = bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= paragraphs[i].end:
            return None, None
        para = paragraphs[i]
        spans, starts = self.sentences(para.start, para.end)
        j = bisect_right(starts, pos) - 1
        return (spans[j] if j >= 0 and spans[j].start <= pos < spans[j].end else None), para


def _union(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return Span(min(a.start, b.start), max(a.end, b.end))


def span_containing(spans: list[Span], pos: int) -> Span | None:
    """Return the span of *spans* (sorted, disjoint) that contains *pos*, if any."""
    i = bisect_right([s.start for s in spans], pos) - 1
    if i >= 0 and spans[i].start <= pos < spans[i].end:
        return spans[i]
    return None
