"""What a sentence's opening phrase says of the place of its figures.

Private to :mod:`geo.figures._context`: the methods of :class:`Openers` read the article's
text and mentions through the :class:`~geo.figures._context.ArticleContext` they are mixed
into (``text``, ``paragraphs``, ``paragraph_index``, ``mentions_in``, ``_sentence_before``,
``_first_free``, ``_first_actor``): the subject after an opening place phrase ("In Nậm Pồ
district, the Na Cô Sa Border Post ..."), the subject after a participle opener ("Located in
Na U commune, ..., the gate"), and the place "There," / "here" / "At the scene," points to.
"""

from __future__ import annotations

import re

from geo.figures._actors import Actor
from geo.figures._notes import MONTH_RE
from geo.figures._scope import (
    COMMA,
    HERE,
    LOCATION_KINDS,
    PARTICIPLE,
    SCENE,
    THERE_OPENS,
    rank,
)
from geo.model import Mention, Span

__all__ = ["FACING", "SUBORDINATORS", "VENUES", "Openers"]

#: The words that open a subordinate clause (here capitalised, opening a sentence; in
#: ``_national`` inside one)
SUBORDINATORS = ("since|when|whenever|after|before|although|though|while|because|once|until|"
                 "unless|whereas")
#: Before a subject right after a comma: nothing, or "the"
_SUBJECT_GAP = re.compile(r"(?:[Tt]he[^\S\n]+)?")
#: Before a subject inside an opener whose comma it lacks: a word of time, no preposition
#: ("In the first five months of the year the post, working with ...", not "At the other end
#: of the commune, the post")
_SUBJECT_BEFORE = re.compile(r"\b(?:year|month|months|week|weeks|days|period|time|season|"
                             rf"(?:19|20)\d\d|{MONTH_RE})[^\S\n]+$")
#: A sentence opening on a subordinate clause, to its comma ("Since Nậm Pồ district was
#: established in 2012, the post ...", "When it was created in 2002 out of Mường Tè district,
#: Mường Nhé had ..."): the sentence's subject comes after it
_SUBORDINATE = re.compile(rf"(?:{'|'.join(w.capitalize() for w in SUBORDINATORS.split('|'))})"
                          r"[^\S\n]+(?=[^,.;:\n]{1,120},[^\S\n])")
#: How far back "At the scene," looks for the event's place (three paragraphs at most; a
#: dense page's paragraph of hundreds of scenes stays linear)
_SCENE_REACH = 1500
#: Events held somewhere: where they were held is not what a sentence is about
VENUES = "conference|meeting|ceremony|forum|seminar|workshop|summit"
#: An opener naming where an event was held ("At a conference held in Hanoi, ...")
_VENUE = re.compile(rf"\b(?:{VENUES}|talks|fair|festival|exhibition|session|event)s?\b",
                    re.IGNORECASE)
#: A landmark after an opener's place ("At the headquarters in Na Son village, opposite the
#: Huoi Puoc gate, the delegation"; "In Mai district, across from Tay Trang, traders"): no subject
#: The words of a landmark faced across something ("opposite Vietnam's Tay Trang gate"), no
#: place of its own sentence's event (:data:`_LANDMARK`, ``_refer._LANDMARK_BEFORE``)
FACING = r"opposite|across[^\S\n]+from|facing"
_LANDMARK = re.compile(rf"(?:{FACING}|near|next[^\S\n]+to|close[^\S\n]+to)\b")
#: ... nor does a relative clause after it ("Further south, Thanh Yên commune, which ...,")
_RELATIVE_NEXT = re.compile(r"[^\S\n]*(?:which|who|whose)\b")


class Openers:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: what a sentence opens on."""

    __slots__ = ()

    def _here(self, start: int, end: int, lo: int) -> Mention | None:
        """Return the place "here" after a figure (or "There," opening its sentence) points to.

        The last village (else commune, else place) named in the figure's
        sentence before it or in the sentence before; "At the scene": the last
        village or commune the gazetteer holds in the three paragraphs before,
        1,500 characters at most (where the event told before took place; not "a
        hospital in X town").
        """
        if not (HERE.match(self.text, end) or THERE_OPENS.match(self.text, lo)):
            return None
        scene = SCENE.match(self.text, lo) is not None
        prev = max(self.paragraphs[max(0, self.paragraph_index(lo) - 3)].start,
                   lo - _SCENE_REACH) if scene else self._sentence_before(lo).start
        places = [m for m in self.mentions_in(min(prev, lo), start) if m.kind in LOCATION_KINDS
                  and (m.place_id or not scene)]
        for kinds in (("village",), ("commune", "ward")):
            found = [m for m in places if m.kind in kinds]
            if found:
                return found[-1]
        return places[-1] if places and not scene else None

    def _subject_after_opener(self, lo: int, start: int, *, off: bool = False
                              ) -> Mention | Actor | None:
        """Return the subject after a sentence's opening place phrase, if it is finer.

        "In Nậm Pồ district, the Na Cô Sa Border Post has opened three classes": the
        post.  The opener runs to the first comma not followed by a place of its
        chain ("In Ka Hâu village, Na Ư commune, the post ..."); a subject no finer
        than the opener's place ("In Pa Xa Lào village, the commune ...", "the
        Command") leaves the opener's place as the scope.  An opener *off* the
        place it names ("East of Sín Thầu, the Sen Thượng Border Post manages 24
        km") only points the way: a place or a post as subject wins; so does
        any subject after an event's venue ("At a conference held in Hanoi, ...").
        A time opener without its comma holds its subject: "In the first five
        months of the year the post, working with Na Ư commune, arrested ...".
        """
        for comma in COMMA.finditer(self.text, lo, start):
            nxt = self._first_free(comma.end(), comma.end() + 1)
            if nxt is not None and nxt.kind in LOCATION_KINDS or _LANDMARK.match(
                    self.text, comma.end()) or _RELATIVE_NEXT.match(self.text, comma.end()):
                continue  # the opener's chain of places goes on ("..., opposite X, ..."); a
                # place's relative clause is no subject's ("Further south, Thanh Yên commune,
                # which now includes the former Pa Thơm commune, has 33.258 km": Thanh Yên)
            where = self._first_free(lo, comma.start())
            first = self._first_actor(comma.end(), start)
            if first is not None and _VENUE.search(self.text, lo, comma.start()):
                return first  # "At a conference held in Hanoi, the X department introduced 14"
            if where is None and (own := self._first_actor(lo, comma.start())) is not None \
                    and own.end == comma.start() and _SUBJECT_BEFORE.search(
                    self.text, lo, own.start):  # "In the first five months of the year the
                return own  # post, working with Na Ư commune, arrested 7 people": no comma
            if where is None:  # "At the other end of the commune, the A Pa Chải post ..."
                return first  # names no place: its subject's (not the phrase "the commune")
            if first is None or rank(first) >= (3 if off else rank(where)):
                return None
            return first
        return None

    def _opening_break(self, lo: int, start: int, sent: Span) -> list[re.Match]:
        """Return the comma that ends a sentence's opening participle or clause, if any.

        "Located in Ka Hau village, ..., the gate lies 40 km": the subject after
        its comma.  "Since Nậm Pồ district was established in 2012, the post has
        opened six classes": the post's (the clause is no subject's); not when a
        province's body comes after it ("When floods struck Xa Dung commune, the
        command sent 320 officers": the place the clause names is where they went).
        """
        if PARTICIPLE.match(self.text, sent.start):
            return list(COMMA.finditer(self.text, lo, start))[-1:]
        if not _SUBORDINATE.match(self.text, sent.start):
            return []
        comma = list(COMMA.finditer(self.text, lo, start))[-1:]
        first = self._first_actor(comma[0].end(), start) if comma else None
        return comma if first is not None and first.kind != "province" else []

    def _opener_subject(self, end: int, sent: Span) -> Mention | Actor | None:
        """Return the subject after a participle opener that holds a figure ending at *end*.

        "Located in Na U commune, about 35 km west of Điện Biên Phủ city, the
        gate faces ...": the distance is the gate's.
        """
        if not PARTICIPLE.match(self.text, sent.start):
            return None
        comma = self.text.find(", ", end, sent.end)
        if comma < 0:
            return None
        found = self._first_actor(comma + 2, min(sent.end, comma + 80))
        return found if found is not None and _SUBJECT_GAP.fullmatch(
            self.text, comma + 2, found.start) else None
