"""Places a figure's words point back to: "which", possessives, units.

Private to :mod:`geo.figures._context`: the methods of :class:`References` read the article's
text and mentions through the :class:`~geo.figures._context.ArticleContext` they are mixed
into (``text``, ``mentions``, ``mention_starts``, ``listed``, ``mentions_in``, ``sentence_of``,
``_listed``, ``_first_free``, ``_first_actor``, ``home``).  What "It" and "Its" stand for is
:mod:`geo.figures._pronouns`; the place a clause's locative gives, :mod:`geo.figures._located`;
what a sentence's opener ("In X, ...", "There, ...") gives, :mod:`geo.figures._openers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.figures._actors import ACTOR_KINDS, UNIT_ACTORS, Actor, is_new
from geo.figures._life import in_life
from geo.figures._located import Located
from geo.figures._merged import (
    ABSORBED,
    CARVED,
    FORMER,
    FORMER_BEFORE,
    MADE_OF,
    NEW_AFTER,
    NEW_BEFORE,
    OLD,
)
from geo.figures._openers import FACING, Openers
from geo.figures._paragraphs import Paragraphs
from geo.figures._pronouns import REACH, Pronouns
from geo.figures._scope import (
    AWAY_AFTER,
    CLAUSE_BREAK,
    FACILITY_KINDS,
    HOLDER_GAP,
    LOCATION_KINDS,
    MEASURED_FROM,
    POSSESSIVE,
    RELATIVE,
    ROUTE_TO,
    TRIP_TO,
    WEAK_KINDS,
    Scope,
    across,
    gate_of_post,
    where_of,
)
from geo.figures._usable import CHAIN_GAP
from geo.model import Mention, Span

__all__ = ["REACH", "References"]

#: A foreign place named as a district ("Mai district") or a county ("Jiangcheng County").
#: A unit word in a foreign place's name, after up to five capitalised words (and "and"):
#: "Mai district", "Jiangcheng County", "Jiangcheng Hani and Yi Autonomous County" (or
#: "autonomous county", as China Daily writes it)
_UNIT_WORDS = {w: re.compile(rf"(?:[^\S\n]+(?:[A-Z][\w'’-]*|and|autonomous)){{0,5}}"
                             rf"[^\S\n]+(?i:{w})\b")
               for w in ("district", "county")}
#: A village named in the text ("Huổi Thủng village", "Lò San Chái, a new village"), known or not
_VILLAGE_NAMED = re.compile(r"\b[A-ZĐ][^\W\d_]*(?:[^\S\n]+[A-ZĐ\d][\w]*){0,3}(?:,[^\S\n]+an?(?:[^\S"
                            r"\n]+[a-z-]+)?[^\S\n]+village(?=[^\S\n]+(?:in|of)\b)|[^\S\n]+village\b)")
#: A unit's whole: after a part ("22 of the commune's 26 villages") or after a figure ("four
#: communes of the district")
_OF_UNITS = re.compile(r"[^\S\n]+of[^\S\n]+the[^\S\n]+(?P<unit>village|commune|ward|district)"
                       r"(?P<own>['’]s[^\S\n])?\b", re.IGNORECASE)
#: Right before a partner, one of several places or a container: "with ", "from ", "and ", "in ".
_PARTNER_BEFORE = re.compile(r"(?:\b(?:with|from|and|in|of)[^\S\n]+(?:the[^\S\n]+)?|,[^\S\n]*)$")
#: A district-level city named as a city or a capital is no "the district": "the city of
#: Dien Bien Phu", "Điện Biên Phủ City", "the provincial capital(,) Dien Bien Phu".
_CITY_BEFORE = re.compile(r"\b(?:city[^\S\n]+of|capital,?)[^\S\n]+$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"[^\S\n]+[Cc]ity\b")
#: A landmark named after a place, before a ", where": "in Mai district, opposite Vietnam's "
_LANDMARK_BEFORE = re.compile(rf",[^\S\n]*(?:{FACING})[^\S\n]+"
                              r"(?:the[^\S\n]+)?(?:[A-Z][\w’']*['’]s?[^\S\n]+)?$")
#: A country inside a longer phrase, whose ", which ..." is the phrase's: "commune of Viet Nam"
_HELD_COUNTRY = re.compile(r"\b(?:of|in|and|or|between|with|to|from|into|across|along|on|at|by|"
                           r"for|than)[^\S\n]+(?:the[^\S\n]+)?$")
#: A gate named without its name: "The gate is linked with the Sop Hun gate".
_A_GATE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}"
                     r"(?:gate|crossing|checkpoint)\b")
#: Before the gate another faces: "faces the ", "facing ".
_FACES = re.compile(r"\bfac(?:es|ed|ing)[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or a unit across the border from ours: "manages 24.4 km of border with Mường Mày district"
_BORDER_WITH = re.compile(r"\bborder(?:s|ing)?[^\S\n]+(?:with[^\S\n]+)?(?:the[^\S\n]+)?$")
#: Before a facility named as a partner: "together with the", "alongside", "in coordination with"
_COMPANION = re.compile(r"\b(?:(?:together|jointly|along)[^\S\n]+with|alongside|as[^\S\n]+well"
                        r"[^\S\n]+as|coordinat(?:e|es|ed|ing)(?:[^\S\n]+(?:closely|well|tightly|"
                        r"effectively|regularly))?[^\S\n]+with|in[^\S\n]+"
                        r"(?:coordination|cooperation)[^\S\n]+with|"
                        # a gate's counterpart: "Opposite is the Sop Hun checkpoint", "The
                        # other side is Sop Hun" (a listicle's heading) (not
                        # "the Pang Hok gate, opposite Tay Trang": the gate it faces)
                        r"(?:opposite|(?:on[^\S\n]+)?the[^\S\n]+other[^\S\n]+side|across[^\S\n]+"
                        r"the[^\S\n]+border)[^\S\n]+(?:is|lies|stands)|"  # "Across the border lies"
                        # a unit named in passing as the topic's neighbour: "hides above Nam
                        # Dich village of neighbouring Cha Nua commune. The commune's militia"
                        # (not "In neighbouring Pa Xa Xá, ... the village's school")
                        r"of[^\S\n]+(?:the[^\S\n]+)?(?:neighbou?ring|adjacent))"
                        r"[^\S\n]+(?:(?:soldiers|officers|forces|troops|staff)[^\S\n]+of[^\S\n]+)?"
                        r"(?:the[^\S\n]+)?$", re.IGNORECASE)
#: A relative clause closed by its sentence's verb: "the X post, which guards the frontier,
#: reported 14 cases" (not ", plus 28 km with Laos")
_MAIN_VERB = re.compile(r",[^\S\n]+(?!(?:plus|and|or|including|with|of|among|as|in|on|at|from|"
                        r"to|the|a|an|its|their|was|is|has|had)\b)[a-z]+(?:ed|s)\b")

#: A place another is compared with: "Unlike the busy Tây Trang gate further north, it
#: mostly serves ...", "not as large as at Tây Trang" (not "the gate"; "than" is not:
#: "Few units embody the motto better than the Pa Thơm Border Post" is its topic)
_UNLIKE = re.compile(r"\b(?:[Uu]nlike|as[^\S\n]+[a-z]+[^\S\n]+as"
                     r"(?:[^\S\n]+(?:at|in))?|[Cc]ompared[^\S\n]+(?:with|to))[^\S\n]+"
                     r"(?:the[^\S\n]+)?(?:[a-z]+[^\S\n]+)?$")


class References(Pronouns, Paragraphs, Located, Openers):
    """Mixin of :class:`~geo.figures._context.ArticleContext`: what words point back to."""

    __slots__ = ()

    def _sentence_before(self, pos: int) -> Span:
        """Return the sentence before the one starting at *pos* (itself at the start)."""
        back = pos - 1
        while back > 0 and self.text[back].isspace():
            back -= 1
        return self.sentence_of(back) if back > 0 else Span(pos, pos)

    def _nearest(self, kind: str, pos: int, *, unlisted: bool, lo: int = 0,
                 new: bool = False, word: str | None = None,
                 landmarks: bool = True) -> Mention | None:
        """Return the nearest usable mention of *kind* starting in ``[lo, pos)``, if any.

        With *unlisted*, mentions in a list of three places or more are passed
        over; with *new* ("the new commune"), those named as old ("two old
        communes, Si Pa Phìn and Phìn Hồ"); with *word*, those whose surface
        lacks it ("the port": the gate named as a port, not its counterpart).
        A place a distance is measured from, or one in a person's past, comes
        only when no other does (and not at all without *landmarks*).
        """
        if new and (named_new := next((m for m in reversed(self.mentions_in(max(lo, pos - REACH),
                                                                            pos))
                                       if m.kind == kind and (NEW_BEFORE.search(
                                           self.text, max(lo, m.start - 6), m.start)
                                           or NEW_AFTER.match(self.text, m.end))), None)):
            return named_new  # "part of the new Thanh Yên commune, with the former X and Y
            # communes; the enlarged commune has": the one named new ("xã Si Pa Phìn (mới)")
        faced = None  # a gate named as another's counterpart, passed over for that other
        landmark = None  # a place a distance is measured from, passed over likewise
        for k in range(bisect_left(self.mention_starts, pos) - 1, -1, -1):
            m = self.mentions[k]
            if m.start < lo:
                return faced or landmark
            if word is not None and word not in m.surface.lower():
                continue
            if kind == "border_gate" and (gate := gate_of_post(m)) is not None:
                m = gate  # "According to the Tây Trang International Border Gate Border Post,
                # 2,870 vehicles passed through the gate": the post's gate
            if kind == "border_gate" == m.kind and self._counterpart(m) or (
                    kind in _UNIT_WORDS and m.kind == "foreign_place" and _BORDER_WITH.search(
                        self.text, max(0, m.start - 24), m.start)):
                faced = faced or m  # "The gate stands ..., opposite the Pang Hốc gate in
                continue  # Laos. ... the gate handled": the gate named first
            if (m.kind == kind or kind in _UNIT_WORDS and m.kind == "foreign_place" and (
                    _UNIT_WORDS[kind].match(self.text, m.end) or kind in m.surface.lower()
                    or (m.place_id or "").endswith(f"-{kind}"))) and not (
                    unlisted and k in self.listed):
                if new and OLD.search(self.text, max(lo, m.start - 40), m.start) or (
                        kind == "commune" and (FORMER.search(self.text, max(lo, m.start - 48),
                                                              m.start) or ABSORBED.search(
                            self.text, max(lo, m.start - 48), m.start))) or _COMPANION.search(
                        self.text, max(lo, m.start - 48), m.start) or kind in MADE_OF and \
                        CARVED.search(self.text, max(lo, m.start - 80), m.start):
                    continue  # "Together with the Mường Nhé Border Post, it held ... The post"
                if MEASURED_FROM.search(self.text, max(lo, m.start - 48), m.start) and not \
                        ROUTE_TO.match(self.text, m.end) or in_life(self.text, lo, m.start) \
                        or TRIP_TO.search(self.text, max(lo, m.start - 24), m.start) \
                        or m.surface.endswith((" posts", " stations", " Posts", " Stations")) \
                        or AWAY_AFTER.match(self.text, m.end) or _UNLIKE.search(
                            self.text, max(lo, m.start - 30), m.start) or kind == "commune" \
                        and self.abolished(m):  # (or a commune no longer: the one of its time)
                    landmark = landmark or (m if landmarks else None)  # only when no other:
                    continue  # "90 km from Mường Nhé commune, ... The commune" is not Mường Nhé;
                    # nor "he spent four years with the Mường Nhé Border Post" the post, nor
                    # one of a list ("the Mường Nhé and Na Cô Sa border posts") "the post"
                if kind == "district" and (_CITY_BEFORE.search(
                        self.text, max(lo, m.start - 12), m.start) or _CITY_AFTER.match(
                        self.text, m.end)):
                    continue  # "the city of Dien Bien Phu" is no "the district"
                if kind == "village" and any(
                        not self.text.endswith("from ", 0, v.start())
                        for v in _VILLAGE_NAMED.finditer(self.text, max(m.end, pos - REACH),
                                                         pos)):
                    # a village the gazetteer lacks named since (not as where people come
                    # from): "in Huổi Thủng village of Si Pa Phìn commune, ... in the village"
                    # is that village, in its commune
                    return self._nearest("commune", pos, unlisted=unlisted, lo=lo)
                return m  # a Lao "Mai district", "Muang Nhot Ou", a Chinese "Jiangcheng County"
        if kind == "village":  # only a village the gazetteer lacks: "In Huoi Chan 1 village
            return self._unknown_villages_commune(pos, lo) or landmark  # ... the village's"
        return faced or landmark

    def _counterpart(self, m: Mention) -> bool:
        """Tell a gate named as another's counterpart.

        The one it faces (and its name in brackets after), or one across the
        border named after another gate of its sentence.
        """
        if _FACES.search(self.text, max(0, m.start - 24), m.start):
            return True  # "The Longfu port faces the A Pa Chai border gate"; "It faces the
            # Longfu port": the gate meant later is the one that faces
        if self.text.endswith("(", 0, m.start) and (named := self.mentions_in(
                max(0, m.start - 60), m.start)) and named[-1].place_id == m.place_id:
            return self._counterpart(named[-1])  # "faces the Longfu port (Long Phú)"
        sent = self.sentence_of(m.start)
        return across(m) and (any(g.kind == "border_gate" for g in self.mentions_in(
            sent.start, m.start)) or bool(_A_GATE.search(self.text, sent.start, m.start)))

    def _unknown_villages_commune(self, pos: int, lo: int) -> Mention | None:
        """Return the commune of the last village the gazetteer lacks named before *pos*.

        The commune named right after such a village, the last so named ("Ho
        Sao village in Leng Su Sin Commune ... in Ho Sao village on Aug. 6"),
        else the one named last before the village; none when no such village
        is named (or only as where people come from).
        """
        village, commune = None, None
        for v in _VILLAGE_NAMED.finditer(self.text, max(lo, pos - REACH), pos):
            if not self.text.endswith("from ", 0, v.start()):
                village = v
                after = self._first_free(v.end(), min(pos, v.end() + 40))
                commune = after if after is not None and after.kind == "commune" else commune
        if village is None or commune is not None:
            return commune
        return self._nearest("commune", village.start(), unlisted=True, lo=lo)

    def _opening_unit(self, kind: str, found) -> Mention | None:
        """Return what "The district" opening a sentence stands for: the sentence before's first.

        "Mai district has a 97 km border with Vietnam, running along Nam Po and
        Dien Bien districts. The district has 53 villages": Mai, the subject,
        not the district named last.
        """
        sent = self.sentence_of(found.start)
        if self.text[sent.start:found.start].strip("\"“‘' "):
            return None
        prev = self._sentence_before(sent.start)
        first = self._nearest(kind, prev.end, unlisted=True, lo=prev.start, landmarks=False)
        while first is not None and (nxt := self._nearest(
                kind, first.start, unlisted=True, lo=prev.start, landmarks=False)) is not None:
            first = nxt
        if first is not None and is_new(found.phrase) and FORMER_BEFORE.search(
                self.text, max(prev.start, first.start - 30), first.start):
            return None  # "The post, formerly stationed in Na Ư commune, ... The new commune
            # has": not the former unit (the one named new, :meth:`_nearest`)
        return first

    def _owner(self, start: int, lo: int, end: int | None = None) -> Mention | None:
        """Return the place whose possessive stands right before a figure, if any.

        "Tá Miếu's 38 households": the village; "the village's 38 households":
        the nearest village named before, outside a list.  With the figure's
        *end*, a part of such a whole too: "22 of the commune's 26 villages".
        """
        part = _OF_UNITS.search(self.text, start, end + 24) if end is not None else None
        if part is not None and (part.start() - start < 16 and part["own"]
                                 or part.start() == end):
            return self._nearest(part["unit"].lower(), start, unlisted=True, lo=start - REACH)
        m = POSSESSIVE.search(self.text, max(lo, start - 40), start)
        if m is None:
            return None
        if m["unit"] == "province":  # "the province's 414.712-km border": the article's, or
            # a province across the border named before ("the Phongsaly Command, ... in the
            # province's three districts"; not partners "with forces from A and B provinces")
            abroad = self._province_named(m.start())
            return abroad if abroad is not None and not _PARTNER_BEFORE.search(
                self.text, max(0, abroad.start - 12), abroad.start) else self.province
        if m["unit"]:
            return self._nearest(m["unit"], m.start(), unlisted=True, lo=m.start() - REACH)
        named = self.mentions_in(max(lo, m.start() - 60), m.start())  # "Điện Biên province's"
        return named[-1] if named and HOLDER_GAP.fullmatch(self.text, named[-1].end, m.end()) \
            and named[-1].kind not in WEAK_KINDS else None

    def _where_antecedent(self, lo: int, start: int) -> Mention | None:
        """Return the place a ", where ..." (", which ...", ", whose ...") clause is about.

        "... near Tàng Phon village, Nậm Kè commune, where 16 kg of heroin was
        seized": the places named right before "where" (one, or a chain of a
        place and its containers) are where; the finest of them that is not a
        post or gate ("the Mường Mươn post in Mường Pồn commune, where ...":
        the commune), else the first; before ", which" or ", whose", the place
        right before ("Sín Thầu, which has 40.861 km of border"); not a landmark
        (", opposite Vietnam's Tay Trang gate, where ..."); a clause whose
        subject is "the post" or "the gate" is that facility's ("the Pa Thơm
        post in Điện Biên district, where the post managed 31 km"), not where;
        neighbours a place's own ", which borders" names are not (:func:`where_of`).
        """
        found = RELATIVE.search(self.text, lo, start)
        w = rel_end = -1
        while found is not None:  # the last relative clause before the figure
            w, rel_end, which = found.start(), found.end(), found["rel"] is None
            found = RELATIVE.search(self.text, found.end(), start)
        if w < 0 or CLAUSE_BREAK.search(self.text, w + 1, start) or (
                which and _MAIN_VERB.search(self.text, rel_end, start)):
            return None  # "..., which has 28 villages, while the X post is in charge of 24.5 km";
            # "the X post, which guards the frontier, reported 14 cases": the main clause's
        subject = self._first_actor(rel_end, start)
        if isinstance(subject, Actor) and subject.kind in ("post", "gate"):
            return None
        chain: list[Mention] = []
        edge = w = w if which else where_of(self.text, w)
        before = self.mentions_in(max(lo, w - 160), w)
        for k in range(len(before) - 1, -1, -1):
            m = before[k]
            if m.end > edge:
                continue
            if m.kind == "country" and m.end == w and not (
                    k and CHAIN_GAP.fullmatch(self.text, before[k - 1].end, m.start)) and not (
                    which and _HELD_COUNTRY.search(self.text, max(0, m.start - 9), m.start)):
                return m  # "... and on to China, where each was sold for 30,000 yuan", "Laos,
                # which had 49 cases" (not "Phongsaly province in Laos, where": the chain's
                # finest; nor a country inside a phrase: "the westernmost commune of Viet Nam,
                # which lies 240km from", "the border between Vietnam and China, which includes")
            if not chain and not which and CHAIN_GAP.match(self.text, m.end, edge) and (
                    mark := _LANDMARK_BEFORE.search(self.text, max(lo, m.start - 40), m.start)):
                edge = mark.start()  # "at the Sop Hun checkpoint in Mai district, opposite
                continue  # Vietnam's Tay Trang gate, where ...": Mai, not the landmark
            if m.kind not in LOCATION_KINDS or not CHAIN_GAP.match(
                    self.text, m.end, edge) or (chain == [] and "," in self.text[m.end:edge]):
                break
            chain.append(m)
            edge = m.start
        chain.reverse()
        if which and not chain:  # "the new commune, which also has 28.213 km": what it is
            return self._phrase_before(w)
        if which:  # ", which has ...": the place right before
            return chain[-1] if chain else None
        return next((m for m in chain if m.kind not in FACILITY_KINDS),
                    chain[0] if chain else None)

    def _phrase_before(self, pos: int) -> Mention | None:
        """Return what a unit or facility phrase ending right at *pos* stands for, if any."""
        i = bisect_left(self.actor_starts, pos) - 1
        actor = self.actors[i] if i >= 0 else None
        if actor is None or actor.end != pos or actor.kind not in ACTOR_KINDS:
            return None
        kind = ACTOR_KINDS[actor.kind]
        return self._opening_unit(kind, actor) or self._nearest(
            kind, actor.start, unlisted=actor.kind in UNIT_ACTORS, new=is_new(actor.phrase))

    def home_scope(self, reason: str) -> Scope:
        """Return Điện Biên when the article names no province but is about it, else no place."""
        if self.home is None:
            return Scope(None, None, f"{reason}: no province mention")
        return Scope(self.home.place_id, self.home.place_name, f"{reason} → {self.home.reason}",
                     self.home.kind)

    def _listed(self, m: Mention) -> bool:
        """Tell whether *m* is in a list of three places or more (``listed_places``)."""
        return bisect_left(self.mention_starts, m.start) in self.listed
