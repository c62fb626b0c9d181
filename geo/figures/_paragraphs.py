"""What a paragraph is about: its first actor, its list items, captions and headings.

Private to :mod:`geo.figures._context`: the methods of :class:`Paragraphs`
read the article through the :class:`~geo.figures._context.ArticleContext`
they are mixed into (``text``, ``paragraphs``, ``_sentences_of``,
``_first_actor``, ``mentions_in``).  A paragraph's actor is looked for
after each earlier sentence's source ("According to the provincial
Department, ..."); a list's items are their own places, its intro speaks
for it; a short one-sentence paragraph is a caption or a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.figures._actors import Actor
from geo.figures._pairs import NOT_OWN
from geo.figures._scope import (
    COMPARED,
    FROM_PLACE,
    FRONTED,
    LOCATION_KINDS,
    PARTICIPLE,
    WEAK_KINDS,
    Scope,
    own_words,
    rank,
    scope_of,
    strong_first,
)
from geo.figures._usable import LIST_GAP
from geo.model import Mention, Span
from geo.region import KIND_SIZE, is_far_province

__all__ = ["CAPTION_MAX", "Paragraphs"]

#: The comma after an opening participle, before its subject: ", the commune has"
_SUBJECT_NEXT = re.compile(r",[^\S\n]+(?:the|its|it|this)\b", re.IGNORECASE)
#: An emoji opening a list item, as social posts write them: "🎁 200 gift packages"
_EMOJI = "[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
_EMOJI_WORD = re.compile(rf"(?:{_EMOJI})+")
#: A list item's line: "- ", "• ", "1. ", "2) ", "🏠 "
_MARK = r"[-•*–]|\d{1,2}[.)]"  # a bullet or a number
_ITEM = re.compile(rf"^[^\S\n]*(?:{_MARK}|{_EMOJI})[^\S\n]+", re.MULTILINE)
#: A paragraph that is one item of a list, one line: "- given 12 tonnes of rice ...;"
_ONE_ITEM = re.compile(rf"[^\S\n]*(?P<mark>{_MARK})[^\S\n]+[^\n]*")
#: Before the place a list item opens on: "- ", "• ", "2. ", "a) ", or nothing.
_ITEM_HEAD = re.compile(rf"[^\S\n]*(?:(?:{_MARK}|[a-z]\)|{_EMOJI})[^\S\n]+)?")
#: An item's head that is a village the gazetteer lacks: "- Nà Ngua village"
_UNKNOWN_VILLAGE_HEAD = re.compile(_ITEM_HEAD.pattern + r"[A-ZĐ][^\W\d_]*(?:[^\S\n]+[A-ZĐ\d]"
                                   r"\w*){0,3}[^\S\n]+village[^\S\n]*")
#: Between the places of an item's head: "village", " commune, ", " Border Post (", " and "
_HEAD_REST = re.compile(r"(?:[\s,()&]|\b(?i:and|village|hamlet|commune|communes|district|"
                        r"districts|ward|province|town|city|border|post|posts|gate|site)\b)*")
#: A paragraph this short with one sentence is a caption or a heading.
CAPTION_MAX = 200
#: A sentence opening on a thing named before: "The system, consisting of ..., cost"
_THE_THING = re.compile(r"[\"“‘' ]*The[^\S\n]+(?:new[^\S\n]+)?(?P<noun>[a-z]{4,})\b"
                        r"(?![^\S\n]+of\b)")
#: Between the thing named before and where it went: "... a water system to Púng Bửa village, "
_THING_TO = re.compile(r"[^\S\n]+(?:to|in|for|at)[^\S\n]+[^.;:\n]{0,40}")
#: Things that happen somewhere: "The flood" is where the flood named before struck.
_EVENTS = frozenset({"flood", "floods", "landslide", "landslides", "storm", "fire", "whirlwind",
                     "hailstorm", "downpour", "earthquake"})
_UNITS = frozenset({"village", "commune", "ward", "district"})
#: A paragraph opening on the people or things a lead says were caught: "The suspects were
#: caught at around 2am on a forest trail in"
_CAUGHT = re.compile(r"[\"“‘' ]*(?:The|They|Both|All)\b[^.;:\n]{0,60}?\b(?:were|was)[^\S\n]+"
                     r"(?:caught|arrested|stopped|detained|seized|found|intercepted|apprehended|"
                     r"discovered)\b")
#: How far back the thing is looked for.
_THING_REACH = 600
#: A sentence giving a part of a whole just counted: "Of these, 146 were received through X".
_PART_OF = re.compile(r"[\"“‘' ]*Of[^\S\n]+(?:these|those|them|which|whom|the[^\S\n]+total)\b")
#: ... or after: "four schools, including the boarding school in Nà Bủng commune"
_EXAMPLE = re.compile(r"\bincluding\b|\bsuch[^\S\n]+as\b")
#: The end of a heading that opens a paragraph or stands alone: "Sín Thầu. ", "Xa Dung: "
_HEADING_END = re.compile(r"[.:](?:[^\S\n]|$)|\n")
#: Before a list of posts that is a clause's subject: the sentence's start or a comma.
_OPENS_CLAUSE = re.compile(r"(?:^|,)[^\S\n]*(?:[Tt]he[^\S\n]+)?(?:(?:[a-z]+[^\S\n]+){1,2}of"
                           r"[^\S\n]+the[^\S\n]+)?\Z")  # "Since May 20, the medics of the"
#: A summary's heading: one line, the article's figures follow ("The year in numbers", "At a
#: glance", "Key figures", "2025 by the numbers")
_SUMMARY_HEADING = re.compile(r"[^\n]*\b(?:[Nn]umbers|[Ff]igures|[Gg]lance|[Ss]tatistics)\b"
                              r"[^\n.]{0,20}"
                              # ... or of the article's aims: "Targets for 2030", "Tasks for 2026"
                              r"|(?:[A-Z][a-z]+[^\S\n]+)?(?:[Tt]argets|[Gg]oals|[Oo]bjectives|"
                              r"[Tt]asks)[^\S\n]+(?:for|to|by|until)[^\S\n]+(?:(?:19|20)\d\d|the"
                              r"[^\S\n]+(?:term|future|years?[^\S\n]+ahead))")
_SUMMARY_MAX = 60
_DESIGNATOR_ONLY = re.compile(r"(?:[^\S\n]+(?:commune|ward|district|village))?[^\S\n]*")


def _backdrop(m: Mention, topic: bool = False) -> bool:
    """Tell a place a paragraph happens in, not one it is about.

    A region ("opium from the Golden Triangle", "the Northwest's mountains");
    for the next paragraph (*topic*), also a far province ("drugs are sent on
    to Hanoi").
    """
    return m.kind == "region" or topic and is_far_province(m.place_id)


class Paragraphs:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: a paragraph's actor and lists."""

    __slots__ = ()

    def _first_own_actor(self, p: int, before: int, topic: bool = False
                         ) -> Mention | Actor | None:
        """Return paragraph *p*'s first place or actor before *before*, sources skipped.

        "According to the provincial Department of Industry and Trade, turnover
        through the Tây Trang gate reached ...": who said it is not what the
        paragraph is about; unless nothing else is named before the list it opens
        ("According to the provincial Command, the results are:").
        """
        par = self.paragraphs[p]
        hi = min(before, par.end)
        for sent in self._sentences_of(p)[0]:
            if sent.start >= hi:
                break
            end = min(sent.end, hi)  # the figure's own sentence keeps its source
            source, own = own_words(self.text, sent.start, end)  # (but for a means opener:
            lo = own if sent.end <= hi or source is None else sent.start  # "With support from")
            found = self._first_actor(lo, end, origins=topic)
            if (off := FRONTED.match(self.text, lo)) and off["off"] and (
                    after := self._subject_after_opener(lo, end, off=True)) is not None:
                found = after  # "Besides Tàng Phon, the post also sent": the post's paragraph
            elif topic and PARTICIPLE.match(self.text, lo) and (comma := _SUBJECT_NEXT.search(
                    self.text, lo, end)) and (after := self._first_actor(comma.start(), end)):
                found = after  # "Formed ... from the former communes of X district, the commune"
            for _ in range(3):
                if not (isinstance(found, Mention) and _backdrop(found, topic)):
                    break
                found = self._first_actor(found.end, end, origins=topic)
            if found is None and lo > sent.start and self.text[sent.start:end].rstrip().endswith(
                    ":"):  # "According to the provincial Command, the results are:" (a list's)
                found = self._first_actor(sent.start, lo, origins=topic)
            if isinstance(found, Mention) and found.kind == "foreign_place" and FROM_PLACE.search(
                    self.text, max(lo, found.start - 24), found.start) and isinstance(
                    nxt := self._first_actor(found.end, end), Mention) and nxt.kind in (
                    "border_post", "border_gate"):
                found = nxt  # "The truck, carrying starch from Laos' Phongsaly province, was
                # stopped near the Tây Trang gate": the gate, not where the goods came from
            posts = [m for m in self.mentions_in(lo, found.start if found is not None else end)
                     if m.kind == "border_post" and self._listed(m)]
            if posts and _OPENS_CLAUSE.search(self.text[lo:posts[0].start]):
                return posts[0]  # "From ..., the Nà Bủng, Nậm Nhừ and Si Pa Phìn border posts"
            if found is not None:
                return found
            if topic and sum(not _EMOJI_WORD.fullmatch(w)  # (an emoji is no word: "📍 WHERE WE
                             for w in self.text[sent.start:end].split()) >= 4:  # WENT" is a
                return None  # heading of three)
        return None

    def _paragraph_actor(self, p: int, before: int, topic: bool = False
                         ) -> Mention | Actor | None:
        par = self.paragraphs[p]
        items = self._items(p)  # a list's items are their own: its intro speaks for it
        if items:  # ("The forces are distributed as follows: – Mường Nhé district: 14 ...")
            before = min(before, items[0])
            if before <= par.start:
                return None
        found = self._first_own_actor(p, before, topic)
        if found is None and not topic:
            found = strong_first(self.mentions_in(before, par.end))
        return found

    def _place_after(self, start: int, p: int) -> Mention | None:
        """Return the first place after *start* in paragraph *p* a figure there may be about.

        Not one listed with a place beside it ("31.4 ha ... Nine in Na Bung and
        X"), nor one a part of the figure is given ("received 214 citizens ... Of
        these, 146 were received through the Tây Trang gate": the whole is no
        gate's), nor one compared with ("VND7 million, less than half of what a
        clinic in Hà Nội pays"), nor an example of it ("four schools,
        including the boarding school in Nà Bủng commune"; not past the
        example's comma: "12 citizens, including three children, at the X gate").
        """
        found = self._first_free(start, self.paragraphs[p].end)
        if found is not None and _backdrop(found):
            found = self._first_free(found.end, self.paragraphs[p].end)
        if found is None or self._paired(found) or _PART_OF.match(
                self.text, (at := self.sentence_of(found.start).start)) or COMPARED.search(
                self.text, max(start, at), found.start) or ((ex := _EXAMPLE.search(
                self.text, max(start, at), found.start)) and "," not in self.text[
                ex.end():found.start]):  # "less than half of what ... in X", "including X"
            return None
        return found

    def _paired(self, m: Mention) -> bool:
        """Tell whether *m* is listed with a place beside it ("Na Bung and Muong Muon")."""
        k = bisect_left(self.mention_starts, m.start)
        prev = self.mentions[k - 1] if k > 0 else None
        nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
        return (prev is not None and KIND_SIZE.get(m.kind, 2) <= KIND_SIZE.get(prev.kind, 2)
                and LIST_GAP.fullmatch(self.text, prev.end, m.start) is not None) or (
            nxt is not None and KIND_SIZE.get(nxt.kind, 2) <= KIND_SIZE.get(m.kind, 2)
            and LIST_GAP.fullmatch(self.text, m.end, nxt.start) is not None)

    def under_heading(self, start: int, found: Scope) -> Scope:
        """Return the place of the heading a province-wide scope stands under, else *found*.

        A year-end report's section headed by a commune ("Sín Thầu. Formed from
        ..., Sín Thầu now holds the entire Vietnam–China border in the province,
        40.861 km with 17 markers"; "Xa Dung: rebuilding after the flood" as a
        line of its own): what the section says of "the province" or of
        "units" is said of that commune.
        """
        if found.place_id is None or found.place_id not in (
                getattr(self.province, "place_id", None), getattr(self.home, "place_id", None)):
            return found
        p = self.paragraph_index(start)
        for q in (p, p - 1) if p >= 0 else ():
            par = self.paragraphs[q]
            cut = _HEADING_END.search(self.text, par.start, min(par.end, par.start + 48))
            named = self.mentions_in(par.start, cut.start()) if cut else []
            if len(named) == 1 and named[0].start == par.start and named[0].kind in LOCATION_KINDS \
                    and _DESIGNATOR_ONLY.fullmatch(self.text, named[0].end, cut.start()) \
                    and (q == p or par.end - par.start <= CAPTION_MAX // 2):
                return scope_of(named[0], f"{found.reason}; under the heading")
        return found

    def lead_event(self, start: int, found: Scope) -> Scope:
        """Return where the event a lead gives to the province happened, if the next paragraph says.

        "Border guards in the northwestern province of Điện Biên on March 13
        arrested two Lao nationals for trafficking 36 cakes of heroin. / The
        suspects were caught ... in Ka Hâu village, Na Ư commune": the
        seizure's place is the village, the finest unit the next paragraph's
        first sentence names when it opens on the people or things caught.
        """
        if self.province is None or found.place_id != self.province.place_id \
                or self.paragraph_index(start) != 0 or len(self.paragraphs) < 2:
            return found
        nxt = self.paragraphs[1]
        if not _CAUGHT.match(self.text, nxt.start, nxt.end):
            return found
        first = self.sentence_of(nxt.start)
        places = [m for m in self.mentions_in(first.start, min(first.end, first.start + 400))
                  if m.kind in _UNITS and not self._listed(m)]  # (bounded: linear time)
        place = min(places, key=rank, default=None)
        return scope_of(place, f"{found.reason}; where the next paragraph says it happened") \
            if place is not None else found

    def item_head(self, start: int, found: Scope) -> Scope:
        """Return the place a list item opens on, if the figure at *start* follows its colon.

        ("- Nà Ngua village: 154 people, most of them ...", "c) Nà Hỳ commune, Nậm
        Pồ district: 17,846 people".)  Only over a scope the figure's own words
        do not give (*found*, by a clause subject or later rule), and not over a
        place the item names after its colon ("d) Nà Bủng and Vàng Đán communes:
        VND 3.2 billion, of which Vàng Đán receives 40 percent").
        """
        if not found.reason.startswith(NOT_OWN):
            return found
        line = self.text.rfind("\n", 0, start) + 1
        colon = self.text.find(":", line, start)
        if colon < 0 or colon - line > 120:
            return found
        named = self.mentions_in(line, colon)
        if not named and _UNKNOWN_VILLAGE_HEAD.fullmatch(self.text, line, colon) and (
                unit := self._nearest("commune", line, unlisted=True)) is not None:
            return scope_of(unit, "list item head: a village the gazetteer lacks, in")  # "four
            # villages of Mường Nhà commune ...: - Nà Ngua village: 154 people"
        if not named or named[0].kind in WEAK_KINDS or not _ITEM_HEAD.fullmatch(
                self.text, line, named[0].start) or any(
                m.place_id == found.place_id for m in self.mentions_in(colon, start)):
            return found
        rest, at = [], named[0].end  # between the place and the colon: names, designators
        for m in named[1:]:
            rest.append(self.text[at:m.start])
            at = m.end
        rest.append(self.text[at:colon])
        if not all(_HEAD_REST.fullmatch(r) for r in rest):
            return found  # a sentence's colon: "Phongsaly ... has other crossing points: ..."
        return scope_of(named[0], "list item head")

    def _items(self, p: int) -> list[int]:
        """Return where paragraph *p*'s list items start: none unless two or more."""
        par = self.paragraphs[p]
        starts = [m.start() for m in _ITEM.finditer(self.text, par.start, par.end)]
        return starts if len(starts) >= 2 else []

    def _is_list(self, p: int) -> bool:
        """Tell whether paragraph *p* is a list and nothing before it.

        Two items or more, or one item among others marked alike, each its own
        paragraph (a page's ``<p>- given 12 tonnes of rice ...;</p>``; not "1.
        Package No. 03: ..." over "- Location: ...": their heading).
        """
        items = self._items(p)
        if items:
            return items[0] <= self.paragraphs[p].start
        mark = self._one_item(p)
        return mark is not None and mark in (self._one_item(p - 1), self._one_item(p + 1))

    def _one_item(self, p: int) -> str | None:
        """Return the mark of paragraph *p* if it is one bulleted or numbered line ("#": a number).

        An emoji's line is a heading ("📦 WHAT WE BROUGHT").
        """
        if not 0 <= p < len(self.paragraphs):
            return None
        item = _ONE_ITEM.fullmatch(self.text, self.paragraphs[p].start, self.paragraphs[p].end)
        return None if item is None else "#" if item["mark"][0].isdigit() else item["mark"]

    def _passed_over(self, q: int, p: int) -> bool:
        """Tell whether paragraph *q* before *p* speaks for no place of *p*'s figures.

        A caption, a list, or right before *p* a quotation naming no place and
        no actor ('"Many families still burn their fields," said ...').
        """
        if q == p - 1 and self._is_list(p) and not self._is_list(q) and self._paragraph_actor(
                q, self.paragraphs[q].end) is not None:
            return False  # a list's intro naming its actor, however short: "Today the Si Pa
            # Phìn Border Post ... held the programme!! 🎉" (not "The exhibits seized include:")
        return self._is_caption(q) or self._is_list(q) or (q == p - 1 and self._is_quote(q))

    def _summary_scope(self, p: int) -> Scope | None:
        """Return the scope of a figure of paragraph *p* under a summary's heading, if it is.

        "The year in numbers", "At a glance" (naming no place) right before
        *p*: the summary is the article's, its title's place (a museum's
        "Numbers of the campaign" under "... the Điện Biên Phủ Victory
        Museum"), else its province; not the paragraph before the heading.
        """
        par = self.paragraphs[p - 1] if p >= 1 else None
        if par is None or par.end - par.start > _SUMMARY_MAX or _SUMMARY_HEADING.fullmatch(
                self.text, par.start, par.end) is None or self.mentions_in(par.start, par.end):
            return None
        if self.titled is not None:
            return scope_of(self.titled, "under a summary's heading: the title's place")
        return None if self.province is None else scope_of(
            self.province, "under a summary's heading: the article's province")

    def _is_quote(self, p: int) -> bool:
        """Tell whether paragraph *p* is a quotation that names no place and no actor."""
        par = self.paragraphs[p]
        return self.text[par.start] in "\"“" and self._paragraph_actor(p, par.end) is None

    def _is_caption(self, p: int) -> bool:
        par = self.paragraphs[p]
        return par.end - par.start <= CAPTION_MAX and len(self._sentences_of(p)[0]) <= 1 \
            and not (self.text.endswith(":", par.start, par.end)  # a list's intro that names
                     and self._paragraph_actor(p, par.end) is not None)  # its subject

    def _before_items(self, p: int, start: int) -> int:
        """Return where paragraph *p*'s actor of a figure at *start* is looked for up to.

        The figure itself; in a bulleted or numbered list's item naming no place
        ("- Drug Task Force: 12 cases"), the list's first item: the list's intro
        may name the place, the other items name their own.
        """
        line = self.text.rfind("\n", 0, start) + 1
        if line <= self.paragraphs[p].start or not _ITEM.match(self.text, line):
            return start
        first = _ITEM.search(self.text, self.paragraphs[p].start, line + 1)
        return first.start() if first is not None else start

    def _thing_place(self, sent: Span) -> Mention | None:
        """Return where a thing a sentence opens on went when it was named, if said.

        "The post handed over a clean water system to Púng Bửa village, Mường
        Nhà commune. The system ... cost 280 million VND": Mường Nhà (the
        village is not in the gazetteer), not the post.
        """
        opens = _THE_THING.match(self.text, sent.start)
        if opens is None:
            return None
        noun = re.compile(rf"\b{opens['noun']}\b")
        found = list(noun.finditer(self.text, max(0, sent.start - _THING_REACH), sent.start))
        if not found:
            return None
        named = found[-1]  # the last time it was named
        before = self.sentence_of(named.start())
        for m in self.mentions_in(before.start, named.end()):
            if m.end >= named.end():  # "the Nậm Đích – Huổi Hịa crossing ... The crossing"
                return m
        for m in self.mentions_in(named.end(), min(before.end, named.end() + 80)):
            if m.kind in LOCATION_KINDS and _THING_TO.fullmatch(self.text, named.end(), m.start):
                return None if self._listed(m) else m
        if opens["noun"] in _EVENTS:  # "... to Mường Pồn commune, Điện Biên district, to help
            # people after the flash flood. The flood swept away 23 houses": where it struck
            places = [m for m in self.mentions_in(max(before.start, named.start() - 400),
                                                  named.start())
                      if m.kind in _UNITS and not self._listed(m)]
            return min(places, key=rank, default=None)
        return None
