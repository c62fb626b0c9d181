"""Figures (reported quantities) in article bodies, with place, period and theme.

:func:`extract_figures` finds every figure in an article body: "2,650 patrols", "59.7kg of
heroin", "over VND 17.4 billion", "five border markers", "thousands of individuals" (kept
as *vague*, with no value). Also: hyphenated measures ("a 52-km border"), foreign currencies
("50 million kip" → ``LAK``), people by nationality ("found seven Vietnamese" → ``people``),
earthquake magnitudes ("magnitude 6.7"), word-for-word counts (:mod:`geo.figures._singular`),
nouns left out (:mod:`geo.figures._elided`), tables (:mod:`geo.figures._tables`), a page's
Vietnamese separators.  A figure repeated in the article is one figure with several ``quotes``
(:mod:`geo.figures._dedup`).  Each gets what it counts (``subject``, ``unit``), a ``theme``, a
``qualifier``, a ``period``, a ``date`` and its place.

What is *not* a figure: years and dates, times ("08:32", "GMT+7"), document numbers ("Decree
No.03/2019/NĐ-CP"), terms and periods ("2021-2026 term"), ordinals, names with numbers
("Military Region 2", "Nậm Nhừ 2 village"), marker numbers (places), slogans in short quotes ("3
stays, 4 togethers"), ages, durations ("over seven years"), compound adjectives ("two-level"),
personal details ("her eight children"), reference counts ("the two countries", "two sides"),
"one", and bare numbers that count nothing named (but a table's). A rate right after a figure
("per month", "/year") is its period; else :meth:`Notes.period`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from geo.figures._context import ArticleContext
from geo.figures._currency import currency_place
from geo.figures._dedup import merge_repeats
from geo.figures._elided import elided
from geo.figures._events import event_count
from geo.figures._named import in_title_name, is_name_number, word_before
from geo.figures._notes import Notes
from geo.figures._nouns import (
    COUNTED_DAYS,
    DEMONYMS,
    NOT_COUNTED,
    PAIR_REFERENCES,
)
from geo.figures._pairs import qualifying
from geo.figures._phrase import OF, WORD, noun_phrase, subject_of
from geo.figures._scope import Scope
from geo.figures._singular import SIZE_NOUNS, singular_count
from geo.figures._standing import in_heading, in_short_quote, in_spans, kind_number
from geo.figures._tables import table_figures
from geo.figures._understood import understood
from geo.figures.numbers import (
    CURRENCIES,
    MAGNITUDE_BEFORE,
    POINT_THOUSANDS,
    UNIT_SUBJECTS,
    Quantity,
    parse_quantity,
)
from geo.figures.pagestyle import decimal_comma_page
from geo.figures.scan import iter_quantities
from geo.figures.summary import FigureSummary, summarise_figures
from geo.figures.themes import theme_for
from geo.model import Article, Figure, Mention
from geo.text import Passages
from geo.text.needles import Needled
from geo.text.tables import find_tables

__all__ = ["FigureSummary", "extract_figures", "summarise_figures"]

_YEAR = re.compile(r"(?:18|19|20)\d{2}")
#: "(magnitude 6.7)", "a quake measuring 5.3": tried where "magn" or "mea" is written
_MAGNITUDE = Needled(MAGNITUDE_BEFORE, "magn", "mea")
#: A person's ("her eight children"), not an organisation's ("the Command and its 16 posts").
_POSSESSIVES = frozenset("her his their my".split())
#: A measure's dimension after a hyphen: "a 455.573 km-long border", "a 6m-wide road".
_DIMENSIONS = "long|wide|high|deep|tall|thick"
_BAD_AFTER = re.compile(r"/(?![^\S\n]*(?:year|month|week|day|annum)\b)|:|[’']s\b|[^\W_]"
                        rf"|[-–](?!(?:{'|'.join(SIZE_NOUNS)}|{_DIMENSIONS})\b(?!-))[^\W\d_]"
                        r"|[^\S\n]*years?[^\S\n]+old"
                        r"|[^\S\n]*=")  # "($1 = 23,480 dong)": the rate's unit, no figure
#: "the" right before a figure: it points back to one said before ("found the 36 heroin cakes")
_THE = re.compile(r"\bthe[^\S\n]+$", re.IGNORECASE)
_RATE = re.compile(r"[^\S\n]*(?:/[^\S\n]*|[^\S\n]per[^\S\n]+|[^\S\n](?:a|each|every)[^\S\n]+)"
                   r"(year|month|week|day|annum)\b|[^\S\n]*,?[^\S\n]+(annually|monthly|"
                   r"yearly|weekly|daily)\b")
_VALUE_OF = re.compile(r"\bvalue of ((?:[\w-]+ ){0,3}?[\w-]+?)(?: per capita)? "
                       r"(?:reached|was|is|were|totall?ed|amounted)\b[^.;]*$", re.IGNORECASE)
#: A bare number paired with the next, whose noun it shares: "sent 25 and 30 men respectively"
_PAIRED = re.compile(r"(?:,[^\S\n]*\d[\d,.]*)*,?[^\S\n]+(?:and|or)[^\S\n]+\d[\d,.]*"
                     r"(?=[^\S\n]+[^\W\d_])")  # ... or listed: "40, 30 and 20 households"
_BETWEEN = re.compile(r"\bbetween[^\S\n]+$", re.IGNORECASE)
#: A wire's exchange rate, after its figure: "($1 = 23,480 dong)", "(US$1 = VND 25,450)"
_EXCHANGE_RATE = re.compile(r"\((?:US)?\$[^\S\n]?1[^\S\n]*=[^\S\n]*(?:VND[^\S\n]?)?$")
#: "the two ..." refers back to a pair ("the two provinces signed"), unless the pair is
#: named after it ("the two communes of Si Pa Phìn and Chà Nưa", "the two posts: ...").
_THE_BEFORE = re.compile(r"\b(?:the|both|these|those|our|your|their)[^\S\n]+$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"[^\S\n]*(?:of\b|:|\(|,[^\S\n]+(?:namely|including)\b)")
#: Characters read on each side of a figure for its theme's context (see :func:`_clause`).
_CLAUSE_REACH = 150
_PERIOD_WORD = {w: f"per {p}" for p, ws in (("year", "year annum annually yearly"), (
    "month", "month monthly"), ("week", "week weekly"), ("day", "day daily")) for w in ws.split()}


def extract_figures(article: Article, mentions: Sequence[Mention], *,
                    passages: Passages | None = None,
                    countries: Mapping[str, str] | None = None,
                    districts: Mapping[str, tuple[str, str]] | None = None) -> list[Figure]:
    """Find the figures reported in an article body.

    Parameters
    ----------
    article : Article
        The article; only ``article.body`` is searched.
    mentions : sequence of Mention
        The article's resolved place mentions; the scope place of each
        figure is chosen among them (see :mod:`geo.figures._context`).
    passages : Passages, optional
        The article's sentence and paragraph spans, shared with
        :func:`geo.mentions.find.find_mentions` (see
        :func:`geo.pipeline.process_article`); made here if ``None``.
    countries : mapping, optional
        The country (ISO code) of each mention's place, by place id: a sum in
        kip, yuan or dong that only its paragraph or article placed in
        another country is the last place of its money's country named
        before it (:mod:`geo.figures._currency`).  Without it, no sum moves.
    districts : mapping, optional
        The legacy district and its province (ids) of each mention's place,
        by place id (:func:`geo.pipeline.legacy_district`): an article whose
        places all lie in one district gives it "the posts", a total and
        what no rule places (:mod:`geo.figures._focus`).  Without it, the
        province keeps them.

    Returns
    -------
    list of Figure
        In text order; ``article.text[f.start:f.end] == f.quote`` for each.
    """
    text, body = article.text, article.body
    if body.end <= body.start:
        return []
    notes = Notes()
    found: list[tuple[Quantity, str, str, int, str | None]] = []
    tables = find_tables(text, body.start, body.end)  # read by table_figures, not as prose
    rows = [(c.start, c.end) for t in tables for r in (t.header, *t.rows)  # (a row's text
            for k, c in enumerate(r) if r is t.header or not _text_cell(t, k, c.text)]  # is)
    markers = [(m.start, m.end) for m in mentions if m.kind == "border_marker"]
    comma = decimal_comma_page(text, body.start, body.end)  # "408,616 km" is 408.616
    for m in iter_quantities(text, body.start, body.end):
        q = parse_quantity(m, decimal_comma=comma)
        if any(a <= q.start < b for a, b in rows) or _is_date_or_year(text, q, m, notes) \
                or not _plausible(text, q, m):
            continue
        if (article.furniture and not article.in_body(q.start, q.start + 1)) or in_heading(
                text, q.start):
            continue  # a headline box saved inside the body, a brief's upper-case heading
        in_marker = in_spans(markers, q.start)  # "along markers 103 and 104"
        counted = _counted(text, q, m) or (None if in_marker else elided(
            text, q, *found[:-3:-1]))  # (the figure before, and the one before it)
        num = text[q.num_start:q.num_end]  # ("some 1.200 visitors": its number alone)
        if counted is not None and not q.unit and POINT_THOUSANDS.fullmatch(num):
            q = replace(q, value=int(num.replace(".", "")))  # "2.000 tablet": no 2.0 tablets
        if counted is not None:
            found.append((q, *counted))
        elif q.is_word and not q.vague:
            w = WORD.match(text, q.end)
            if w and w.group(1).lower() in ("years", "months"):
                notes.past_form(text, q.start, m.group("num"), w.group(1).lower())
    if not found and not tables:
        return []
    ctx = ArticleContext.build(article, mentions, notes, passages, districts)
    figures: list[Figure] = []
    last_pct: tuple[int, str] | None = None
    for i, (q, subject, unit, end, rate) in enumerate(found):
        sent = ctx.sentence_of(q.start)
        if unit == "%" and subject == "share" and last_pct and last_pct[0] == sent.start:
            subject = last_pct[1]
        if unit == "%":
            last_pct = (sent.start, subject)
        clause = _clause(text, sent.start, sent.end, q.start)
        nxt = found[i + 1][0].start if i + 1 < len(found) else None
        theme = str(theme_for(subject, unit, clause))
        scope = ctx.scope(q.start, end, sent, subject=subject, value=q.value, next_start=nxt)
        if countries and (moved := currency_place(text, scope, unit, q.start, end,
                                                  ctx.mentions, countries,
                                                  _paragraph(ctx, q.start))):
            scope = moved  # "dealers paid villagers 1.5 million kip": Laos's, not Điện Biên's
        if figures and figures[-1].sentence == sent:  # "three cases with 51 head"
            scope = qualifying(text, figures[-1], q.start, scope)
        if _EXCHANGE_RATE.search(text, max(0, q.start - 12), q.start):
            scope = Scope(None, None, "an exchange rate")  # "($1 = 23,480 dong)": no place's
        figures.append(Figure(
            article=article.id, quote=text[q.start:end], start=q.start, end=end,
            value=q.value, unit=unit, subject=subject, theme=theme,
            qualifier=q.qualifier, vague=q.vague,
            period=rate or ctx.notes.period(ctx.text, q.start, end, sent, nxt),
            date=ctx.notes.date_in(sent, ctx.year, ctx.date), value_high=q.value_high,
            place_id=scope.place_id, place_name=scope.place_name, scope_reason=scope.reason,
            sentence=sent, article_date=article.date, date_source=article.date_source))
    figures = sorted(figures + table_figures(article, ctx, tables), key=lambda f: f.start)
    coarse = frozenset(m.place_id for m in ctx.mentions if m.kind in ("province", "country"))
    related = {m.place_id: frozenset(u for u in (m.legacy_unit, m.successor) if u)
               for m in ctx.mentions if m.legacy_unit or m.successor}
    definite = frozenset(f.start for f in figures if _THE.search(ctx.text, max(0, f.start - 5),
                                                                   f.start)
                         or f.scope_reason.startswith("table total"))  # restates a total
    return merge_repeats(figures, _title_occurrences(article, comma), coarse=coarse,
                         related=related, definite=definite)


def _paragraph(ctx: ArticleContext, pos: int):
    p = ctx.paragraph_index(pos)
    return ctx.paragraphs[p] if p >= 0 else None


def _title_occurrences(article: Article, comma: bool):
    """Yield ``(key, (start, end, quote))`` for the figures written in the title."""
    span, text = article.title_span, article.text
    if span is None or span.end <= span.start:
        return
    for m in iter_quantities(text, span.start, span.end):
        q = parse_quantity(m, decimal_comma=comma)
        if _is_date_or_year(text, q, m, Notes()) or not _plausible(text, q, m):
            continue
        counted = _counted(text, q, m)
        if counted is not None and not q.vague:
            subject, unit, end, _ = counted
            yield (q.value, q.value_high, unit, subject), (q.start, end, text[q.start:end])


def _is_date_or_year(text: str, q: Quantity, m: re.Match, notes: Notes) -> bool:
    """Note years, year ranges and day-month dates (which are not figures)."""
    if q.vague or q.unit or q.is_word:
        return False
    raw = m.group("num")
    if _YEAR.fullmatch(raw) and (q.value_high is None or _YEAR.fullmatch(m.group("high"))):
        notes.year_form(text, q.num_start, q.end, raw, m.group("high"))
        return True
    return ((q.value_high is None or isinstance(q.value_high, int) and 1 <= q.value_high <= 31)
            and isinstance(q.value, int)  # a day, or a range of days ("1-3 November")
            and notes.day_form(text, q.num_start, q.end, q.value))


def _plausible(text: str, q: Quantity, m: re.Match) -> bool:
    """Say whether a candidate can be a figure, from the characters around it."""
    if q.vague:
        return True
    if q.value is None or m.group("num").lower() == "hundred":
        return False
    if _BAD_AFTER.match(text, q.end):
        return False
    words = text[max(0, q.num_start - 24):q.num_start].rsplit(None, 3)
    if not text[q.num_start - 1:q.num_start].isspace():
        words.append("")  # "(No" glued: nothing to look at
    last = word_before(words)
    if q.is_word and in_title_name(text, q.num_start, q.num_end):
        return False  # a name in running text: "Welcome back to Two Wheels North"
    if m.group("qual") is None and m.group("cur") is None and not (
            q.unit and last in _POSSESSIVES) and is_name_number(text, q.end, words, last,
                                                                unit=bool(q.unit)):
        return False  # "Region 2", "Nậm Nhừ 2 villages", "her 45": not "their 505-km border"
    if m.group("qual") is not None and len(words) >= 2 and words[-2].lower() in _POSSESSIVES:
        return False
    if kind_number(text, q):  # "a 40-foot container", "4G coverage", "35 kV lines"
        return False
    return not in_short_quote(text, q.start, q.end)


def _counted(text: str, q: Quantity, m: re.Match) -> tuple[str, str, int, str | None] | None:
    """Return (subject, unit, end of quote, rate period) or ``None`` if nothing is counted."""
    end = q.end
    if not (q.unit or q.vague) and _MAGNITUDE.search(text, max(0, q.start - 120), q.start):
        return "earthquake", "magnitude", end, None  # "(magnitude 6.7)", "a magnitude of 1.4"
    rate = _RATE.match(text, end)
    if rate:
        end = rate.end()
    unit = q.unit
    if q.unit:
        subject, np_end = None, end
        of = OF.match(text, end)
        if of:
            words, np_end = noun_phrase(text, of.end(), need_plural=False, share=False)
            subject = subject_of(words) if words else None
        elif m.group("unit") and text[m.start("unit") - 1] == "-" and unit != "magnitude":
            # "a 52-km border", "the 3.5-hectare field": the noun after is counted
            words, np_end = noun_phrase(text, end, need_plural=False, share=False)
            subject = subject_of(words[:2]) if words else None
            if len(words) > 2:  # the quote ends with the two words kept
                np_end = WORD.match(text, WORD.match(text, end).end()).end()
        if subject is None:
            subject = UNIT_SUBJECTS.get(q.unit, q.unit)
            np_end = end
            if q.unit in CURRENCIES:
                v = _VALUE_OF.search(text, max(0, q.start - 160), q.start)
                if v:
                    subject = v.group(1).lower()
        end = max(end, np_end)
    else:
        if q.vague:
            words, end = noun_phrase(text, q.end, need_plural=True)
        else:
            words, end = noun_phrase(text, q.end, need_plural=not q.value == 1)
        if not words and (bare := understood(text, q.start, q.end)):
            words, end = bare  # "three cases with 51 head" (of cattle), "3 dead", "injured 27"
        if not words and (pair := _PAIRED.match(text, q.end)) and not _BETWEEN.search(
                text, max(0, q.start - 9), q.start):
            words = noun_phrase(text, pair.end(), need_plural=True)[0]  # "25 and 30 men"
        if not words:  # "arrest 3 subject", "14 bản": a count translated word for word
            single = singular_count(text, q.num_start, q.end) if (q.value or 0) > 1 else None
            if single is None:
                return None
            words, _, end = single  # its words end on the plural: the checks below hold
        subject = subject_of(words)
        if subject == "times":  # "patrolled the section 15 times": 15 patrols
            subject = event_count(text, q.start, end) or subject  # (not "three times higher")
        head = subject.split()[-1]
        if (head in NOT_COUNTED and not subject.endswith(COUNTED_DAYS)) or (
                q.value is not None and not q.is_word and q.value == 1 and head.endswith("s")):
            return None
        if q.value == 2 and (head in PAIR_REFERENCES or (
                _THE_BEFORE.search(text, max(0, q.start - 6), q.start)
                and not _LIST_AFTER.match(text, end))):
            return None  # "the two provinces", "the two forces": the pair named before
        unit = "officers and soldiers" if subject.endswith("officers and soldiers") else head
        if head in DEMONYMS:
            unit = "people"
    after = _RATE.match(text, end)
    if after and rate is None:
        rate, end = after, after.end()
    return subject, unit, end, _rate_label(rate)


def _rate_label(rate: re.Match | None) -> str | None:
    if rate is None:
        return None
    return _PERIOD_WORD[(rate.group(1) or rate.group(2)).lower()]


def _text_cell(table, k: int, cell: str) -> bool:
    """Tell a cell of running text in a table's row: "Resettling 64 households", read as prose."""
    return k not in table.measures and k != table.label and len(cell.split()) >= 3


def _clause(text: str, s: int, e: int, pos: int) -> str:
    """Return the clause of ``text[s:e]`` around *pos* (split at ``;`` and ``:``).

    The clause is cut to :data:`_CLAUSE_REACH` characters on each side of
    *pos*: the theme words that matter stand near the figure, and one
    unpunctuated sentence of thousands of figures would otherwise make each
    figure read the whole sentence (quadratic).  No seed or synthetic article
    has a clause where the cut changes a theme.
    """
    s, e = max(s, pos - _CLAUSE_REACH), min(e, pos + _CLAUSE_REACH)
    left = max(text.rfind(";", s, pos), text.rfind(":", s, pos))
    right = min((i for i in (text.find(";", pos, e), text.find(":", pos, e)) if i >= 0),
                default=e)
    return text[(left + 1 if left >= 0 else s):right]
