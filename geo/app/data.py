"""Data preparation for the Streamlit app: panels, passages, reader, filters, tables.

Everything here is plain Python over the processed corpus, so the page
(``app.py``) only gathers input, calls these functions and shows results.
Every string that comes from an article or a user file is HTML-escaped here,
before it reaches the page: the app may pass the HTML these functions return
to ``st.html`` as it is.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from geo.files import spreadsheet_safe
from geo.model import Article, Figure, Mention, Span
from geo.text import fold, sentence_spans, span_containing

#: CSS class of a highlighted mention in passages and the article reader.
MARK_CLASS = "geo-mention"


# --------------------------------------------------------------------- escaping


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


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

    Returns
    -------
    str
        HTML in which every character of *text* is escaped.
    """
    marks = list(marks)
    tips = list(titles) if titles is not None else [None] * len(marks)
    order = sorted(range(len(marks)), key=lambda i: marks[i])
    out: list[str] = []
    pos = start
    for i in order:
        m_start, m_end = max(marks[i][0], pos), min(marks[i][1], end)
        if m_end <= m_start:
            continue
        out.append(html.escape(text[pos:m_start]))
        tip = f' title="{html.escape(tips[i])}"' if tips[i] else ""
        out.append(f'<mark class="{MARK_CLASS}"{tip}>{html.escape(text[m_start:m_end])}</mark>')
        pos = m_end
    out.append(html.escape(text[pos:end]))
    return "".join(out)


# ------------------------------------------------------------------ corpus index


@dataclass(frozen=True)
class CorpusIndex:
    """The processed corpus indexed for the app: lookups by article and place.

    Build it once per corpus with :func:`index_corpus`; a click on the map
    then looks passages up here (a dictionary access), whatever the corpus
    size, instead of carrying them inside the map.
    """

    articles: dict[str, Article]
    mentions: dict[str, tuple[Mention, ...]]  # by article id
    figures: dict[str, tuple[Figure, ...]]  # by article id
    mentions_by_place: dict[str, tuple[Mention, ...]]
    figures_by_place: dict[str, tuple[Figure, ...]]
    failures: tuple = ()
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


def index_corpus(corpus) -> CorpusIndex:
    """Index a processed corpus (:class:`geo.pipeline.Corpus`) for the app.

    Parameters
    ----------
    corpus : geo.pipeline.Corpus
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
            if m.place_id:
                by_place[m.place_id].append(m)
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


# ----------------------------------------------------------------------- panel


def passage(index: CorpusIndex, mention: Mention) -> dict:
    """Return one passage: the sentence around *mention*, with it highlighted.

    Returns
    -------
    dict
        ``article``, ``title``, ``date``, ``surface``, ``start``, ``end``,
        ``in_body`` and ``html`` (the escaped sentence with the mention in
        ``<mark>``).
    """
    article = index.articles[mention.article]
    sent = mention.sentence or index.sentence_of(article.id, mention.start)
    if not (sent.start <= mention.start and mention.end <= sent.end):
        sent = index.sentence_of(article.id, mention.start)
    return {
        "article": article.id,
        "title": article.title or article.id,
        "date": article.date,
        "surface": mention.surface,
        "start": mention.start,
        "end": mention.end,
        "in_body": mention.in_body,
        "html": highlight(article.text, sent.start, sent.end, [(mention.start, mention.end)]),
    }


def passages_for(index: CorpusIndex, place_id: str, *, body_only: bool = True) -> list[dict]:
    """Return every passage mentioning *place_id*, in corpus order (see :func:`passage`)."""
    return [
        passage(index, m)
        for m in index.mentions_by_place.get(place_id, ())
        if m.in_body or not body_only
    ]


def format_figure(value, unit: str | None = None, *, qualifier: str | None = None,
                  value_high=None) -> str:
    """Return a figure as a reader would write it: ``"over 17,400,000,000 VND"``."""
    def num(v) -> str:
        if isinstance(v, float) and not v.is_integer():
            return f"{v:,.3f}".rstrip("0").rstrip(".")
        return f"{int(v):,}"

    if value is None:
        text = "(no number)"
    else:
        text = num(value) + (f"–{num(value_high)}" if value_high is not None else "")
    return " ".join(x for x in (qualifier, text, unit) if x)


def zoom_for(precision: str | None) -> int:
    """Return a map zoom that shows a place of this precision whole."""
    return {"point": 13, "segment": 12, "commune": 11, "district": 10, "province": 8,
            "country": 6}.get(precision or "", 10)


def _figure_row(index: CorpusIndex, f: Figure) -> dict:
    article = index.articles.get(f.article)
    return {
        "figure": format_figure(f.value, f.unit, qualifier=f.qualifier, value_high=f.value_high),
        "article": f.article,
        "title": (article.title if article else None) or f.article,
        "date": article.date if article else None,
        "quote": f.quote,
        "value": f.value,
        "value_high": f.value_high,
        "unit": f.unit,
        "subject": f.subject,
        "theme": f.theme,
        "qualifier": f.qualifier,
        "period": f.period,
        "place_id": f.place_id,
        "place_name": f.place_name,
    }


def figure_disagreements(rows: Sequence[dict]) -> list[list[dict]]:
    """Group figures that report the same kind of quantity with different values.

    Two figures are about the same quantity when they share unit, theme,
    subject and period; a group is a disagreement when its
    figures come from more than one article and carry more than one value.

    Parameters
    ----------
    rows : sequence of dict
        Figure rows as in :func:`place_panel` (``figures``).

    Returns
    -------
    list of list of dict
        One list per disagreement, its figures in article order, to be shown
        side by side.
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("value") is None:
            continue
        key = (r.get("unit") or "", r.get("theme") or "", fold(r.get("subject") or ""),
               r.get("period") or "")
        groups[key].append(r)
    out = []
    for group in groups.values():
        if len({r["article"] for r in group}) > 1 and len({r["value"] for r in group}) > 1:
            out.append(group)
    return out


def place_panel(place_id: str, index: CorpusIndex, gazetteer) -> dict | None:
    """Return what the app shows about one place when it is clicked.

    Parameters
    ----------
    place_id : str
        A gazetteer id (as carried by map features and mentions).
    index : CorpusIndex
        The processed corpus.
    gazetteer : geo.gazetteer.Gazetteer
        For the place record, and the names of its legacy unit and successor.

    Returns
    -------
    dict or None
        ``id``, ``name``, ``name_ascii``, ``kind``, ``lat``, ``lon``,
        ``precision``, ``uncertainty_m``, ``coord_source``, ``source``,
        ``legacy_unit``/``successor`` (``{"id", "name"}`` or ``None``),
        ``passages`` (see :func:`passage`), ``figures`` and
        ``disagreements``; ``None`` when neither the gazetteer nor the
        corpus knows *place_id*.
    """
    place = gazetteer.get(place_id) if gazetteer is not None else None
    mentions = index.mentions_by_place.get(place_id, ())
    if place is None and not mentions:
        return None
    first = mentions[0] if mentions else None

    def unit(uid: str | None, fallback_name: str | None) -> dict | None:
        if not uid:
            return None
        other = gazetteer.get(uid) if gazetteer is not None else None
        return {"id": uid, "name": other.name if other else (fallback_name or uid)}

    if place is not None:
        info = {
            "id": place.id, "name": place.name, "name_ascii": place.name_ascii,
            "kind": place.kind, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "uncertainty_m": place.uncertainty_m,
            "coord_source": place.coord_source, "source": place.source,
            "notes": place.notes, "alt_names": list(place.alt_names),
            "legacy_unit": unit(place.legacy_unit, None),
            "successor": unit(place.successor, None),
        }
    else:  # known to the corpus only (e.g. a gazetteer without this entry any more)
        info = {
            "id": place_id, "name": first.name or first.surface,
            "name_ascii": fold(first.name or first.surface), "kind": first.kind,
            "lat": first.lat, "lon": first.lon, "precision": first.precision,
            "uncertainty_m": first.uncertainty_m, "coord_source": "", "source": "",
            "notes": "", "alt_names": [],
            "legacy_unit": unit(first.legacy_unit, first.legacy_name),
            "successor": unit(first.successor, first.successor_name),
        }
    if first is not None:  # mentions carry the resolution's view of the merger
        info["legacy_unit"] = info["legacy_unit"] or unit(first.legacy_unit, first.legacy_name)
        info["successor"] = info["successor"] or unit(first.successor, first.successor_name)
    figures = [_figure_row(index, f) for f in index.figures_by_place.get(place_id, ())]
    info["figures"] = figures
    info["disagreements"] = figure_disagreements(figures)
    info["passages"] = passages_for(index, place_id)
    info["furniture_mentions"] = sum(1 for m in mentions if not m.in_body)
    return info


# --------------------------------------------------------------------- reader


def article_reader(index: CorpusIndex, article_id: str, *, show_furniture: bool = True) -> dict:
    """Return an article laid out for reading, mentions highlighted, furniture marked.

    Parameters
    ----------
    index : CorpusIndex
        The processed corpus.
    article_id : str
        The article to show.
    show_furniture : bool
        Keep page furniture (shown greyed out) or leave it out.

    Returns
    -------
    dict
        ``id``, ``title``, ``date``, ``outlet``, ``path``, ``warnings``,
        ``places`` (``[{"id", "name", "count"}]`` in order of first mention)
        and ``paragraphs``: ``[{"html", "furniture"}]``, each paragraph's
        text escaped with its mentions in ``<mark data-place=...>``.
    """
    from geo.text import paragraph_spans

    a = index.articles[article_id]
    mentions = sorted(index.mentions.get(article_id, ()), key=lambda m: m.start)
    paragraphs = []
    for p in paragraph_spans(a.text):
        # a paragraph is furniture when no part of it is body (the dateline
        # paragraph "ĐBP - ..." starts before the body and is body all the same)
        overlap = min(p.end, a.body.end) - max(p.start, a.body.start)
        furniture = overlap <= 0 and not _is_title(a, p)
        if furniture and not show_furniture:
            continue
        inside = [m for m in mentions if p.start <= m.start and m.end <= p.end]
        tips = [(m.name or "unresolved") + (f" ({m.kind})" if m.kind else "") for m in inside]
        paragraphs.append({
            "html": highlight(a.text, p.start, p.end, [(m.start, m.end) for m in inside],
                              titles=tips),
            "furniture": furniture,
            "title": _is_title(a, p),
        })
    places: dict[str, dict] = {}
    for m in mentions:
        if m.place_id and m.in_body:
            entry = places.setdefault(m.place_id, {"id": m.place_id, "name": m.name or m.surface,
                                                   "kind": m.kind, "count": 0})
            entry["count"] += 1
    return {
        "id": a.id, "title": a.title or a.id, "date": a.date, "outlet": a.outlet,
        "path": a.path, "warnings": list(a.warnings), "places": list(places.values()),
        "paragraphs": paragraphs,
    }


def _is_title(a: Article, p: Span) -> bool:
    t = a.title_span
    return t is not None and t.start >= p.start and t.end <= p.end


# -------------------------------------------------------------------- filters


def filter_options(index: CorpusIndex) -> dict:
    """Return the values the filters offer: articles, kinds, themes, date range.

    Returns
    -------
    dict
        ``articles`` (``[(id, label)]``), ``kinds``, ``themes`` (sorted
        lists) and ``dates`` (``(first, last)`` ISO dates or ``None``).
    """
    kinds = sorted({m.kind for ms in index.mentions.values() for m in ms if m.kind})
    themes = sorted({f.theme for fs in index.figures.values() for f in fs if f.theme})
    dates = sorted(a.date for a in index.articles.values() if a.date)
    articles = [(a.id, f"{a.title or a.id}" + (f" ({a.date})" if a.date else ""))
                for a in index.articles.values()]
    return {"articles": articles, "kinds": kinds, "themes": themes,
            "dates": (dates[0], dates[-1]) if dates else None}


def filter_corpus(
    corpus,
    *,
    articles: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    themes: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    include_undated: bool = True,
):
    """Return a copy of *corpus* keeping only what the filters select.

    ``None`` means "no filter" for every criterion.  Articles outside the
    date range go (undated ones stay unless *include_undated* is false);
    mentions of other kinds and figures of other themes go.

    Returns
    -------
    geo.pipeline.Corpus
        Same type as *corpus*, with filtered results.
    """
    articles = None if articles is None else set(articles)
    kinds = None if kinds is None else set(kinds)
    themes = None if themes is None else set(themes)
    kept = []
    for r in corpus.results:
        a = r.article
        if articles is not None and a.id not in articles:
            continue
        if a.date is None:
            if not include_undated and (date_from or date_to):
                continue
        elif (date_from and a.date < date_from) or (date_to and a.date > date_to):
            continue
        mentions = r.mentions if kinds is None else tuple(m for m in r.mentions if m.kind in kinds)
        figures = r.figures if themes is None else tuple(f for f in r.figures if f.theme in themes)
        kept.append(replace(r, mentions=mentions, figures=figures))
    return replace(corpus, results=tuple(kept))


# --------------------------------------------------------------------- search


def name_table(gazetteer) -> tuple[tuple[tuple[str, ...], object], ...]:
    """Return every place with its folded names, for :func:`search_places`.

    Folding every name of a national gazetteer takes a fraction of a second:
    build this once per gazetteer and pass it to each search.
    """
    return tuple(
        (tuple(fold(n) for n in (p.name, p.name_ascii, *p.alt_names) if n), p)
        for p in gazetteer.places
    )


def search_places(query: str, gazetteer, index: CorpusIndex | None = None, *,
                  names=None, limit: int = 20, counts: dict[str, int] | None = None,
                  ) -> list[dict]:
    """Find places by name, with or without diacritics; corpus places first.

    Parameters
    ----------
    query : str
        A name or part of one: ``"Tây Trang"``, ``"tay trang"``, ``"Na U"``.
    gazetteer : geo.gazetteer.Gazetteer
        The gazetteer (its ``lookup`` is used for exact name matches).
    index : CorpusIndex, optional
        Places mentioned in the corpus come first.
    names : optional
        :func:`name_table` of *gazetteer*, if already built.
    counts : dict, optional
        Mentions per place id, instead of *index* (see :class:`MapSnapshot`).
    limit : int
        At most this many results.

    Returns
    -------
    list of dict
        ``id``, ``name``, ``kind``, ``precision``, ``in_corpus`` (mention
        count); empty when nothing matches.
    """
    q = fold(query or "").strip()
    if not q:
        return []
    if counts is None:
        counts = {pid: len(ms) for pid, ms in (index.mentions_by_place.items() if index else ())}
    found: dict[str, dict] = {}

    def add(place, score: float) -> None:
        if place is None or place.id in found:
            return
        found[place.id] = {"id": place.id, "name": place.name, "kind": place.kind,
                           "precision": place.precision, "in_corpus": counts.get(place.id, 0),
                           "_score": score}

    for cand in gazetteer.lookup(query):
        place = getattr(cand, "place", None)
        add(place if place is not None else gazetteer.get(getattr(cand, "place_id", "")), 3.0)
    spaced = f" {q}"
    for folded, place in names if names is not None else name_table(gazetteer):
        if q in folded:
            add(place, 2.0)
        elif any(f.startswith(q) or spaced in f for f in folded):
            add(place, 1.0)
    rows = sorted(found.values(), key=lambda r: (-(r["in_corpus"] > 0), -r["_score"],
                                                  -r["in_corpus"], r["name"]))
    for r in rows:
        del r["_score"]
    return rows[:limit]


# --------------------------------------------------------------------- tables


def mentions_rows(index: CorpusIndex) -> list[dict]:
    """Return one row per mention, for the mentions table and its CSV."""
    rows = []
    for aid, ms in index.mentions.items():
        for m in ms:
            rows.append({
                "article": aid, "surface": m.surface, "start": m.start, "end": m.end,
                "in_body": m.in_body, "kind": m.kind, "place_id": m.place_id, "name": m.name,
                "lat": m.lat, "lon": m.lon, "precision": m.precision,
                "uncertainty_m": m.uncertainty_m, "method": m.method, "score": m.score,
                "marker_numbers": " ".join(str(n) for n in m.marker_numbers) or None,
            })
    return rows


def figures_rows(index: CorpusIndex) -> list[dict]:
    """Return one row per figure, for the figures table and its CSV."""
    return [_figure_row(index, f) for fs in index.figures.values() for f in fs]


def places_rows(index: CorpusIndex, gazetteer) -> list[dict]:
    """Return one row per place mentioned in the corpus (body mentions only)."""
    rows = []
    for pid, ms in index.mentions_by_place.items():
        body = [m for m in ms if m.in_body]
        if not body:
            continue
        p = gazetteer.get(pid) if gazetteer is not None else None
        m = body[0]
        rows.append({
            "place_id": pid, "name": p.name if p else m.name,
            "name_ascii": p.name_ascii if p else fold(m.name or m.surface),
            "kind": p.kind if p else m.kind,
            "lat": p.lat if p else m.lat, "lon": p.lon if p else m.lon,
            "precision": p.precision if p else m.precision,
            "uncertainty_m": p.uncertainty_m if p else m.uncertainty_m,
            "coord_source": p.coord_source if p else "",
            "mentions": len(body), "articles": len({x.article for x in body}),
            "figures": len(index.figures_by_place.get(pid, ())),
        })
    rows.sort(key=lambda r: (-r["mentions"], r["name"] or ""))
    return rows


def rows_to_csv(rows: Sequence[dict], columns: Sequence[str] | None = None) -> bytes:
    """Return *rows* as UTF-8 CSV bytes (with BOM, so spreadsheets read diacritics).

    Cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
    ``@`` first) are prefixed with a quote: article text is untrusted.
    """
    columns = list(columns or (rows[0].keys() if rows else []))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: spreadsheet_safe(r.get(k)) for k in columns})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


# ----------------------------------------------------------------- unresolved


def unresolved_names(index: CorpusIndex) -> list[dict]:
    """Group the unresolved body mentions by name, with their passages.

    Returns
    -------
    list of dict
        ``name`` (the first surface seen), ``key`` (folded name), ``kind``,
        ``count`` and ``passages`` (see :func:`passage`), most frequent
        first.
    """
    groups: dict[str, dict] = {}
    for ms in index.mentions.values():
        for m in ms:
            if m.place_id or not m.in_body:
                continue
            key = fold(m.surface)
            g = groups.setdefault(key, {"name": m.surface, "key": key, "kind": m.kind,
                                        "count": 0, "passages": []})
            g["count"] += 1
            g["passages"].append(passage(index, m))
    return sorted(groups.values(), key=lambda g: (-g["count"], g["key"]))


# -------------------------------------------------------------------- snapshot


@dataclass(frozen=True)
class MapSnapshot:
    """What the first view of the app needs, without the corpus itself.

    Saved next to the result cache (:func:`geo.app.files.write_snapshot`), keyed by
    the corpus files as they stand on disk and the gazetteer version, so that
    a warm start shows the map without unpickling every article.  A click
    reads one place's mentions and figures and the few articles they come
    from (:func:`place_entries`, :func:`place_index`).
    """

    layers: dict
    options: dict
    article_count: int
    failures: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)  # mentions per place (search)


def map_snapshot(corpus, index: CorpusIndex, layers) -> MapSnapshot:
    """Return the :class:`MapSnapshot` of a processed corpus and its unfiltered layers."""
    return MapSnapshot(
        layers=layers,
        options=filter_options(index),
        article_count=len(index.articles),
        failures=tuple(f.message() for f in getattr(corpus, "failures", ())),
        counts={pid: len(ms) for pid, ms in index.mentions_by_place.items()},
    )


def place_entries(index: CorpusIndex, gazetteer_version: str) -> dict[str, tuple]:
    """Return, per place, ``(mentions, figures, {article id: content key})``.

    The content keys are those of the result cache (:func:`geo.pipeline.content_key`):
    the articles are read back from it on a click (:func:`geo.pipeline.load_articles`).
    """
    from geo.pipeline import content_key

    keys: dict[str, str] = {}

    def key(aid: str) -> str:
        if aid not in keys:
            keys[aid] = content_key(index.articles[aid], gazetteer_version)
        return keys[aid]

    out: dict[str, tuple] = {}
    for pid in set(index.mentions_by_place) | set(index.figures_by_place):
        mentions = index.mentions_by_place.get(pid, ())
        figures = index.figures_by_place.get(pid, ())
        aids = {m.article for m in mentions} | {f.article for f in figures}
        out[pid] = (mentions, figures, {a: key(a) for a in aids if a in index.articles})
    return out


def place_index(place_id: str, entry: tuple | None, articles: dict[str, Article]) -> CorpusIndex:
    """Return a :class:`CorpusIndex` of one place: enough for :func:`place_panel`.

    Parameters
    ----------
    place_id : str
    entry : tuple or None
        The place's ``(mentions, figures, keys)`` from :func:`place_entries`.
    articles : dict
        ``{article id: Article}`` of the articles the entry names.
    """
    mentions, figures, _ = entry or ((), (), {})
    mentions = tuple(m for m in mentions if m.article in articles)
    figures = tuple(f for f in figures if f.article in articles)
    return CorpusIndex(dict(articles), {}, {},
                       {place_id: mentions} if mentions else {},
                       {place_id: figures} if figures else {})
