"""What surrounds a figure: its sentence, scope place, period and date.

Private helpers of :mod:`geo.figures`.  :class:`ArticleContext` is built
once per article (sentences, paragraphs, usable mentions, the article's
province, period expressions) so that each figure costs a few bisects.

Scope rules (the first that gives a place wins; the rule is recorded in
``scope_reason``):

1. ``own phrase``: a place named right after the figure by "from/of/at"
   ("a dozen officers and soldiers from the Nậm Kè Border Post");
2. ``clause subject``: the first place or actor phrase ("the province",
   "the Command", "the provincial ...", "the post") before the figure in
   its sentence ("The Sen Thượng Border Post is tasked with ... 24km");
3. ``sentence place``: else the first place after the figure in its
   sentence ("Tasked with ... 455.573km ..., the Điện Biên provincial
   Border Guard Command");
4. ``paragraph actor``: else the first place or actor phrase of the
   paragraph before the figure, else its first place;
5. ``previous paragraph actor``: else, when the paragraph names no place at
   all, the same for the paragraph before it (one-sentence captions and
   headings skipped);
6. ``article main actor``: else the article's province (its most frequent
   province mention in the body).

Actor phrases about the province resolve to the article's province mention,
whichever era the mentions chose; with no province mention the place is
``None`` and the reason says so.  Countries are used only when nothing
else is named; border markers and places inside event names ("the Điện
Biên Phủ Victory") never are.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from geo.model import Article, Mention, Span
from geo.text import paragraph_spans, sentence_spans

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)

_Y = r"(?:19|20)\d{2}"
_FRAMING = re.compile(
    rf"\b(?:[Bb]etween|[Dd]uring|[Ii]n|[Ff]rom|[Oo]ver|[Ff]or|[Tt]hroughout)\s+(?:the\s+)?"
    rf"(?:period\s+(?:of\s+)?)?({_Y})\s*[-–]\s*({_Y})\b(?!\s*terms?\b)"
    rf"|\bthe\s+({_Y})\s*[-–]\s*({_Y})\s+period\b"
    r"|\b(?:[Oo]ver|[Ii]n|[Dd]uring)\s+the\s+(?:past|last)\s+([\w-]+)\s+(years|months)\b")
_TERM = re.compile(rf"\b({_Y})\s*[-–]\s*({_Y})\s+terms?\b")
_IN_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+({_Y})\b(?!\s*[-–]\s*\d)")
_DATE = re.compile(rf"\b(?:({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_Y}))?"
                   rf"|(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+({_Y}))?)\b")
_PROVINCE_ACTOR = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:province\b|provincial\b|"
                             r"Command\b|PBG\b)|\bprovince[’']s\b")
_POST_ACTOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:border\s+)?(?:post|unit|station)\b")
_OWN = re.compile(r"[^\S\n]+(?:from|of|at)[^\S\n]+(?:the[^\S\n]+)?")
_EVENT = re.compile(r"[^\S\n]*(?:Victory|Campaign|Festival|Battle|Historic)\b")
_NO_SCOPE_KINDS = frozenset({"border_marker"})
_WEAK_KINDS = frozenset({"country"})
_CAPTION_MAX = 200


@dataclass(frozen=True, slots=True)
class Scope:
    """The place a figure is about and the rule that chose it."""

    place_id: str | None
    place_name: str | None
    reason: str


@dataclass(slots=True)
class ArticleContext:
    """Per-article lookups shared by all figures of the article."""

    text: str
    sentences: list[Span]
    sentence_starts: list[int]
    paragraphs: list[Span]
    paragraph_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    province: Mention | None
    framing: list[tuple[int, str]]
    year: int | None
    date: str | None

    @classmethod
    def build(cls, article: Article, mentions: list[Mention] | tuple[Mention, ...]
              ) -> ArticleContext:
        """Split the body and index the usable mentions of *article*."""
        text, body = article.text, article.body
        sentences = sentence_spans(text, body.start, body.end)
        paragraphs = paragraph_spans(text, body.start, body.end)
        usable = sorted((m for m in mentions
                         if m.place_id and body.start <= m.start and m.end <= body.end
                         and m.kind not in _NO_SCOPE_KINDS and not _EVENT.match(text, m.end)),
                        key=lambda m: m.start)
        provinces = Counter(m.place_id for m in usable if m.kind == "province")
        province = None
        if provinces:
            top = max(provinces.values())
            province = next(m for m in usable
                            if m.kind == "province" and provinces[m.place_id] == top)
        framing = []
        for m in _FRAMING.finditer(text, body.start, body.end):
            if m.group(1):
                label = f"{m.group(1)}-{m.group(2)}"
            elif m.group(3):
                label = f"{m.group(3)}-{m.group(4)}"
            else:
                label = f"past {m.group(5).lower()} {m.group(6)}"
            framing.append((m.start(), label))
        year = int(article.date[:4]) if article.date and article.date[:4].isdigit() else None
        return cls(text, sentences, [s.start for s in sentences], paragraphs,
                   [p.start for p in paragraphs], usable, [m.start for m in usable], province,
                   framing, year, article.date)

    # -- spans ---------------------------------------------------------------
    def sentence_of(self, pos: int) -> Span:
        """Return the sentence containing *pos* (or a one-character span)."""
        return _containing(self.sentences, self.sentence_starts, pos) or Span(pos, pos + 1)

    def paragraph_index(self, pos: int) -> int:
        """Return the index of the paragraph containing *pos*, or -1."""
        i = bisect_right(self.paragraph_starts, pos) - 1
        return i if i >= 0 and pos < self.paragraphs[i].end else -1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Return usable mentions starting in ``[start, end)``, in text order."""
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    # -- scope ---------------------------------------------------------------
    def scope(self, start: int, end: int, *, own_phrase: bool = True) -> Scope:
        """Return the scope place of a figure spanning ``[start, end)``."""
        text = self.text
        if own_phrase:
            m = _OWN.match(text, end)
            if m:
                for mention in self.mentions_in(m.end(), m.end() + 1):
                    if mention.kind not in _WEAK_KINDS:
                        return _scope_of(mention, "own phrase")
        sent = self.sentence_of(start)
        first = self._first_actor(sent.start, start)
        if first is not None:
            return self._actor_scope(first, "clause subject")
        after = _strong_first(self.mentions_in(end, sent.end))
        if after is not None:
            return _scope_of(after, "sentence place")
        weak = self.mentions_in(sent.start, sent.end)
        if weak:
            return _scope_of(weak[0], "sentence place (country)")
        p = self.paragraph_index(start)
        if p >= 0:
            par = self.paragraphs[p]
            found = self._paragraph_actor(par, start)
            if found is not None:
                return self._actor_scope(found, "paragraph actor")
            q = p - 1
            while q >= 0 and self._is_caption(self.paragraphs[q]):
                q -= 1
            if q >= 0:
                found = self._paragraph_actor(self.paragraphs[q], self.paragraphs[q].end)
                if found is not None:
                    return self._actor_scope(found, "previous paragraph actor")
        if self.province is not None:
            return _scope_of(self.province, "article main actor")
        return Scope(None, None, "article main actor: no province mention")

    def _first_actor(self, start: int, end: int) -> Mention | re.Match | None:
        mention = _strong_first(self.mentions_in(start, end))
        actors = [m for m in (_PROVINCE_ACTOR.search(self.text, start, end),
                              _POST_ACTOR.search(self.text, start, end)) if m]
        phrase = min(actors, key=lambda m: m.start(), default=None)
        if mention is None:
            return phrase
        if phrase is None or mention.start <= phrase.start():
            return mention
        return phrase

    def _paragraph_actor(self, par: Span, before: int) -> Mention | re.Match | None:
        found = self._first_actor(par.start, min(before, par.end))
        if found is None:
            found = _strong_first(self.mentions_in(before, par.end))
        return found

    def _is_caption(self, par: Span) -> bool:
        return par.end - par.start <= _CAPTION_MAX and len(
            _containing_all(self.sentences, self.sentence_starts, par)) <= 1

    def _actor_scope(self, found: Mention | re.Match, reason: str) -> Scope:
        if isinstance(found, Mention):
            return _scope_of(found, reason)
        phrase = found.group()
        if _POST_ACTOR.fullmatch(phrase):
            posts = [m for m in self.mentions_in(0, found.start()) if m.kind == "border_post"]
            if posts:
                return _scope_of(posts[-1], f"{reason}: {phrase!r} → nearest border post")
            return Scope(None, None, f"{reason}: {phrase!r} with no border post before it")
        if self.province is None:
            return Scope(None, None, f"{reason}: {phrase!r} with no province mention")
        return _scope_of(self.province, f"{reason}: {phrase!r} → article's province")

    # -- period and date -----------------------------------------------------
    def framing_period(self, pos: int) -> str | None:
        """Return the latest period framing the text before *pos* ("2020-2025")."""
        label = None
        for start, lab in self.framing:
            if start >= pos:
                break
            label = lab
        return label

    def sentence_year(self, sent: Span) -> str | None:
        """Return the year of an "In 2024," in the sentence, if any."""
        m = _IN_YEAR.search(self.text, sent.start, sent.end)
        return m.group(1) if m else None

    def terms(self, sent: Span) -> list[tuple[int, int, str]]:
        """Return the "2021-2026 term" expressions of a sentence."""
        return [(m.start(), m.end(), f"{m.group(1)}-{m.group(2)} term")
                for m in _TERM.finditer(self.text, sent.start, sent.end)]

    def date_in(self, sent: Span) -> str | None:
        """Return the ISO date a sentence gives ("on July 31"), year from the article.

        A day-month without a year takes the article's year, or the year
        before when that would put it after the publication date.
        """
        m = _DATE.search(self.text, sent.start, sent.end)
        if not m:
            return None
        month_name, day, year = ((m.group(1), m.group(2), m.group(3)) if m.group(1)
                                 else (m.group(5), m.group(4), m.group(6)))
        month = _MONTHS.index(month_name.lower()) + 1
        if not 1 <= int(day) <= 31:
            return None
        if year is None:
            if self.year is None:
                return None
            y = self.year
            iso = f"{y:04d}-{month:02d}-{int(day):02d}"
            if self.date and len(self.date) >= 10 and iso > self.date[:10]:
                y -= 1
            year = str(y)
        return f"{int(year):04d}-{month:02d}-{int(day):02d}"


def _containing(spans: list[Span], starts: list[int], pos: int) -> Span | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < spans[i].end:
        return spans[i]
    return None


def _containing_all(spans: list[Span], starts: list[int], par: Span) -> list[Span]:
    lo = bisect_left(starts, par.start)
    hi = bisect_left(starts, par.end)
    return spans[lo:hi]


def _strong_first(mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.kind not in _WEAK_KINDS), None)


def _scope_of(m: Mention, reason: str) -> Scope:
    return Scope(m.place_id, m.name, f"{reason}: {m.surface!r}")
