"""The processed corpus indexed for the app, and passages: a mention in its sentence.

:func:`index_corpus` indexes a :class:`~geo.model.Corpus` once; a click on
the map then looks its place's mentions up here (a dictionary access),
whatever the corpus size.  :func:`passage` shows one mention in its
sentence, highlighted and escaped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from geo.app.markup import highlight
from geo.mentions import context_place_id
from geo.model import Article, Corpus, Figure, Mention, Span
from geo.text import sentence_spans, span_containing

__all__ = ["CorpusIndex", "Passage", "index_corpus", "mention_place_ids", "passage",
           "passages_for"]


@dataclass(frozen=True)
class CorpusIndex:
    """The processed corpus indexed for the app: lookups by article and place.

    Build it once per corpus with :func:`index_corpus`, or for one place
    with :func:`geo.app.snapshot.place_index`.
    """

    articles: dict[str, Article]
    mentions: dict[str, tuple[Mention, ...]]  # by article id
    figures: dict[str, tuple[Figure, ...]]  # by article id
    mentions_by_place: dict[str, tuple[Mention, ...]]
    figures_by_place: dict[str, tuple[Figure, ...]]
    failures: tuple = ()
    #: per place whose mentions and figures here are the first ones only (a
    #: snapshot row, geo.app.snapshot.PlaceEntry): (body mentions, furniture
    #: mentions, figures) in all
    totals: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    _sentences: dict[str, list[Span]] = field(default_factory=dict, repr=False)

    def sentence_of(self, article_id: str, start: int) -> Span:
        """Return the sentence span of *article_id* around offset *start*."""
        article = self.articles[article_id]
        spans = self._sentences.get(article_id)
        if spans is None:
            spans = sentence_spans(article.text)
            self._sentences[article_id] = spans
        found = span_containing(spans, start)
        if found is None:  # between sentences (a heading line): show the line
            line_start = article.text.rfind("\n", 0, start) + 1
            line_end = article.text.find("\n", start)
            found = Span(line_start, len(article.text) if line_end < 0 else line_end)
        return found

    def mention_counts(self) -> dict[str, int]:
        """Return the number of mentions (body and furniture) of every place."""
        return {pid: len(ms) for pid, ms in self.mentions_by_place.items()}


def index_corpus(corpus: Corpus) -> CorpusIndex:
    """Index a processed corpus for the app.

    Parameters
    ----------
    corpus : geo.model.Corpus
        Results of :func:`geo.pipeline.process_corpus`.

    Returns
    -------
    CorpusIndex
    """
    articles: dict[str, Article] = {}
    mentions: dict[str, tuple[Mention, ...]] = {}
    figures: dict[str, tuple[Figure, ...]] = {}
    by_place: dict[str, list[Mention]] = defaultdict(list)
    fig_by_place: dict[str, list[Figure]] = defaultdict(list)
    for result in corpus.results:
        a = result.article
        articles[a.id] = a
        mentions[a.id] = tuple(result.mentions)
        figures[a.id] = tuple(result.figures)
        for m in result.mentions:
            for pid in mention_place_ids(m):
                by_place[pid].append(m)
        for f in result.figures:
            if f.place_id:
                fig_by_place[f.place_id].append(f)
    return CorpusIndex(
        articles,
        mentions,
        figures,
        {k: tuple(v) for k, v in by_place.items()},
        {k: tuple(v) for k, v in fig_by_place.items()},
        tuple(getattr(corpus, "failures", ())),
    )


def mention_place_ids(mention: Mention) -> tuple[str, ...]:
    """Return the places a mention is about: its place, and each marker of a range.

    "markers 107 to 111" resolves to marker 107 and counts for each of the
    five markers (as in the layers, :mod:`geo.layers._stats`): each one's
    panel shows the passage.
    """
    first = mention.place_id or context_place_id(mention)  # or a village at its commune
    ids = [first] if first else []
    if mention.marker_numbers and mention.marker_series:
        series = mention.marker_series.lower()
        ids += [f"marker:{series}:{n}" for n in mention.marker_numbers]
    return tuple(dict.fromkeys(ids))


@dataclass(frozen=True, slots=True)
class Passage:
    """One mention in its sentence, as the place panel and unresolved names show it.

    ``html`` is the escaped sentence with the mention in
    ``<mark class="geo-mention">``; ``title`` is the article's title (or
    its id); every other field is plain text, to be escaped by the page.
    """

    article: str
    title: str
    date: str | None
    surface: str
    start: int
    end: int
    in_body: bool
    html: str


def passage(index: CorpusIndex, mention: Mention) -> Passage:
    """Return the sentence around *mention*, with the mention highlighted."""
    article = index.articles[mention.article]
    sent = mention.sentence or index.sentence_of(article.id, mention.start)
    if not (sent.start <= mention.start and mention.end <= sent.end):
        sent = index.sentence_of(article.id, mention.start)
    return Passage(
        article=article.id,
        title=article.title or article.id,
        date=article.date,
        surface=mention.surface,
        start=mention.start,
        end=mention.end,
        in_body=mention.in_body,
        html=highlight(article.text, sent.start, sent.end, [(mention.start, mention.end)]),
    )


def passages_for(index: CorpusIndex, place_id: str, *, body_only: bool = True,
                 limit: int | None = None) -> tuple[Passage, ...]:
    """Return every passage mentioning *place_id* (the first *limit*), in corpus order.

    See :func:`passage`.
    """
    mentions = [m for m in index.mentions_by_place.get(place_id, ()) if m.in_body or not body_only]
    return tuple(passage(index, m) for m in mentions[:limit])
