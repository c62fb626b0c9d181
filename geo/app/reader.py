"""The article reader: an article laid out in paragraphs, mentions highlighted, furniture marked."""

from __future__ import annotations

from dataclasses import dataclass

from geo.app.index import CorpusIndex
from geo.app.markup import highlight
from geo.model import Article, Span
from geo.text import paragraph_spans

__all__ = ["FOCUS_CLASS", "ArticleView", "Paragraph", "PlaceCount", "article_reader"]

#: Class of the mention the reader was opened on (its paragraph is ``focus``).
FOCUS_CLASS = "geo-focus-mention"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: escaped HTML, mentions in ``<mark>`` with a tooltip."""

    html: str
    furniture: bool  # page furniture ("Recent news", comment box...), shown greyed
    title: bool  # holds the article's title
    focus: bool = False  # holds the passage the reader was opened on


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place the article's body mentions, and how many times."""

    id: str
    name: str
    kind: str | None
    count: int


@dataclass(frozen=True)
class ArticleView:
    """An article as the reader shows it.

    Text fields are plain (unescaped) text; ``paragraphs`` carry escaped HTML.
    """

    id: str
    title: str
    date: str | None
    outlet: str | None
    path: str | None
    warnings: tuple[str, ...]
    places: tuple[PlaceCount, ...]  # in order of first body mention
    paragraphs: tuple[Paragraph, ...]


def article_reader(index: CorpusIndex, article_id: str, *,
                   show_furniture: bool = True,
                   focus: tuple[int, int] | None = None) -> ArticleView:
    """Return an article laid out for reading, mentions highlighted, furniture marked.

    Parameters
    ----------
    index : CorpusIndex
        The processed corpus.
    article_id : str
        The article to show.
    show_furniture : bool
        Keep page furniture (shown greyed out) or leave it out.
    focus : (int, int), optional
        Character range of a passage (a mention, as the place panel lists
        it): its paragraph is ``focus`` (the paragraph holding its start is
        kept even when it is furniture) and the mention at that range gets
        the class :data:`FOCUS_CLASS`.

    Returns
    -------
    ArticleView

    Raises
    ------
    KeyError
        If the corpus has no article *article_id*.
    """
    a = index.articles[article_id]
    mentions = sorted(index.mentions.get(article_id, ()), key=lambda m: m.start)
    paragraphs = []
    for p in paragraph_spans(a.text):
        # a paragraph is furniture when no part of it is body (the dateline
        # paragraph "ĐBP - ..." starts before the body and is body all the same)
        overlap = min(p.end, a.body.end) - max(p.start, a.body.start)
        is_title = _is_title(a, p)
        furniture = overlap <= 0 and not is_title
        focused = focus is not None and p.start <= focus[0] < p.end
        if furniture and not show_furniture and not focused:
            continue
        inside = [m for m in mentions if p.start <= m.start and m.end <= p.end]
        tips = [(m.name or "unresolved") + (f" ({m.kind})" if m.kind else "") for m in inside]
        marks = [(m.start, m.end) for m in inside]
        if focused and tuple(focus) not in marks:
            marks.append(tuple(focus))  # (a passage of a mention not listed: still marked)
            tips.append(None)
        paragraphs.append(Paragraph(
            html=highlight(a.text, p.start, p.end, marks, titles=tips,
                           classes=[FOCUS_CLASS if focused and mk == tuple(focus) else None
                                    for mk in marks]),
            furniture=furniture,
            title=is_title,
            focus=focused,
        ))
    counts: dict[str, int] = {}
    first: dict[str, object] = {}
    for m in mentions:
        if m.place_id and m.in_body:
            counts[m.place_id] = counts.get(m.place_id, 0) + 1
            first.setdefault(m.place_id, m)
    places = tuple(PlaceCount(pid, first[pid].name or first[pid].surface, first[pid].kind, n)
                   for pid, n in counts.items())
    return ArticleView(
        id=a.id, title=a.title or a.id, date=a.date, outlet=a.outlet, path=a.path,
        warnings=tuple(a.warnings), places=places, paragraphs=tuple(paragraphs),
    )


def _is_title(a: Article, p: Span) -> bool:
    t = a.title_span
    return t is not None and t.start >= p.start and t.end <= p.end
