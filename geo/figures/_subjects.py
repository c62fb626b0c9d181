"""Who or what a figure's clause is about: steps 4 to 9 of the scope rules.

Private to :mod:`geo.figures._context`: :meth:`Subjects._subject_scope` runs when no place is
named in the figure's own phrase or clause (steps 1 to 3, ``ArticleContext._scope``): the
clause's subject ("..., while the Nậm Nhừ Border Post made 42 patrols"), a total's whole, the
first place after the figure in its sentence, the paragraph's actor, the previous paragraph's,
and at last the article's place.  It reads the article through the
:class:`~geo.figures._context.ArticleContext` it is mixed into.
"""

from __future__ import annotations

from bisect import bisect_left

from geo.figures._actors import UNIT_ACTORS, Actor
from geo.figures._pronouns import REACH
from geo.figures._scope import (
    CLAUSE_BREAK,
    CLAUSE_WINDOW,
    CONTRAST,
    FACILITY_KINDS,
    FRONTED,
    OF_PROVINCES,
    PARTNER,
    TOTAL,
    WEAK_KINDS,
    Scope,
    country_in,
    own_words,
    scope_of,
    strong_first,
    unless_venue,
)
from geo.model import Mention, Span

__all__ = ["Subjects"]


class Subjects:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: a figure's clause subject."""

    __slots__ = ()

    def _subject_scope(self, start: int, end: int, sent: Span) -> Scope:
        """Return the scope of a figure ``[start, end)`` of *sent* from its clause's subject on.

        The subject after the last clause break before the figure (or after an opening
        participle, subordinate clause or place phrase), else "according to"'s source, a
        total's whole, an opening list of places, the thing the sentence opens on, the first
        place after the figure, the clause's country, the paragraph's actor, the previous
        paragraph's topic, the sentence's country, and the article's place.
        """
        text = self.text
        p = self.paragraph_index(start)
        lo = max(sent.start, start - CLAUSE_WINDOW)  # the last clause break before (bounded)
        breaks = list(CLAUSE_BREAK.finditer(text, lo, start))
        if not breaks:  # "Located in Ka Hau village, ..., the gate", "Since X was made, the post"
            breaks = self._opening_break(lo, start, sent)
        source, own = own_words(text, sent.start, start)  # "According to ...", "Speaking at"
        breaks = [b for b in breaks if b.start() >= own]
        first = self._first_actor(breaks[-1].end(), start) if breaks else None
        opener = FRONTED.match(text, sent.start) if first is None else None
        if opener:
            first = self._subject_after_opener(sent.start, start, off=bool(opener["off"]))
        if first is None:
            first = self._first_actor(own, start)
        if first is None and len(posts := [m for m in self.mentions_in(
                breaks[-1].end() if breaks else max(own, lo), start)
                if m.kind in FACILITY_KINDS]) > 1:
            first = posts[0]  # "border guards of the Huoi Puoc, Muong Nha and Tay Trang posts
            # held 36 sessions": a list of posts as subject, the first of them
        if source and (first is None or isinstance(first, Actor) and first.kind == "province"):
            # "According to Phongsaly's department, ... in the province, 138": the source's place
            # ("... under way in the district", "... the gate"; not ", most of them through X")
            brk = CONTRAST.search(text, end, min(sent.end, end + CLAUSE_WINDOW))  # (bounded)
            after = self._first_actor(end, brk.start() if brk else sent.end)
            first = after if isinstance(after, Actor) and after.kind in (*UNIT_ACTORS, "gate") \
                or isinstance(after, Mention) and after.kind == "border_gate" else (
                self._first_free(sent.start, own) or first)
        if first is not None:
            found = self._actor_scope(first, "clause subject")
            return self._after_subject(first, found, start, end, sent.end) or found
        if self.province is not None and OF_PROVINCES.search(text, start, end):
            return scope_of(self.province, "a part of the province's")  # no subject's share
        if TOTAL.match(text, sent.start) and (self.district or self.province) is not None:
            return self.article_whole("a total")
        if opener and not opener["off"] and not breaks and (
                comma := text.find(",", sent.start, start)) > 0:
            named = self.mentions_in(sent.start, comma)  # "In Laos, police seized 28.4 tonnes"
            if named and named[0].kind in WEAK_KINDS:
                return scope_of(named[0], "opening place (country)")
        if (listed := self._opening_list(sent.start, start)) is not None:  # "In A, B and C, "
            return scope_of(listed, "opening list of places")
        if (thing := self._thing_place(sent)) is not None:  # "The system ... cost"
            return scope_of(thing, "where the thing it opens on went")
        brk = CONTRAST.search(text, end, min(sent.end, end + 400))  # not past ";", ", while"
        stop = brk.start() if brk else sent.end  # (the first place after the figure)
        after = unless_venue(text, self._first_actor(end, self._clause_end(end, stop)))
        if isinstance(after, Actor) and after.kind not in ("post", "gate") and not (
                after.kind in UNIT_ACTORS and self._nearest(
                    after.kind, after.start, unlisted=False, lo=after.start - REACH)):
            after = strong_first(self.mentions_in(end, stop))  # no "the province" here
        if after is not None and not (isinstance(after, Mention) and self._listed(after)):
            return self._actor_scope(after, "sentence place")
        land = (self.clause_country(breaks[-1].end()) if breaks else None) \
            or self.clause_country(own)  # "..., while Laos seized", "Vietnam bought 5 billion kWh"
        if land is not None:
            return scope_of(land, "clause subject (country)")
        whole = self.sentence_of(start)  # its places near the figure (bounded: linear time)
        if (country := country_in(self.text, self.mentions_in(
                max(whole.start, start - CLAUSE_WINDOW), min(whole.end, end + CLAUSE_WINDOW)),
                start, end)) is not None:
            return scope_of(country, "sentence place (country)")
        if p >= 0:
            upto = self._before_items(p, start)  # an item's: its list's intro, no other item
            found = self._first_own_actor(p, upto)
            if found is not None:
                return self._actor_scope(found, "paragraph actor")
            if (summary := self._summary_scope(p)) is not None:  # "The year in numbers"
                return summary
            q = p - 1
            while q >= 0 and q > p - (12 if self._is_list(q) else 4) and self._passed_over(
                    q, p):  # captions, a quote, a list's items back to its intro (bounded: a
                q -= 1  # walk back is quadratic)
            if q < 0 and p > 0:  # only captions or headings before: the nearest one
                q = p - 1
            if q >= 0 and (not self.items or q >= self.items[p]):  # (not a digest's item before)
                found = self._paragraph_actor(q, self.paragraphs[q].end, topic=True)
                if found is not None:
                    return self._actor_scope(found, "previous paragraph actor")
            if upto == start and (found := self._place_after(start, p)) is not None:
                return self._actor_scope(found, "paragraph actor")
        j = self.country_next[bisect_left(self.mention_starts, sent.start)]
        if j < len(self.mentions) and self.mentions[j].start < sent.end and not (
                self.main_place is not None and PARTNER.search(
                    text, max(0, self.mentions[j].start - 12), self.mentions[j].start)):
            # a country: only when nothing finer before (nor a partner of a place's article)
            return scope_of(self.mentions[j], "sentence place (country)")
        if self.items and p >= 0 and self.items[p] >= 0:
            return Scope(None, None, "a digest's item naming no place")
        return self.article_place()
