"""Places a figure's clause gives by a locative: "in X", "at X", "for X", "to people in X".

Private to :mod:`geo.figures._context`: the methods of :class:`Located` read the article's
text and mentions through the :class:`~geo.figures._context.ArticleContext` they are mixed
into (``text``, ``mentions_in``, ``province``, ``_listed``, ``_nearest``): the place after a
locative after a figure ("in X", "in the commune"), the place a province subject's clause
names before it ("the provincial centre puts rainfall at Sín Thầu at 251 mm"), the gate or
post the clause works on, where the recipients of a gift live, a list of places opening the
sentence, the place of a list a figure stands for by its order ("respectively"), where a
comparison ends the clause, the whole a figure's subject is one of ("one of 42 schools in
Điện Biên"), and what overrides the place the cascade found (:meth:`Located.beyond`).
Where a sale took place is :mod:`geo.figures._sales`'s.
"""

from __future__ import annotations

import re

from geo.figures._actors import SUPERLATIVES, Actor
from geo.figures._life import LIFE
from geo.figures._national import National
from geo.figures._openers import VENUES
from geo.figures._pronouns import REACH
from geo.figures._scope import (
    CLAUSE_WINDOW,
    FACILITY_KINDS,
    IN_AT,
    IN_PROVINCE,
    IN_THE_PROVINCE,
    LENGTH_END,
    LOCATION_KINDS,
    LOCATIVE,
    THAN,
    WEAK_KINDS,
    Scope,
    scope_of,
)
from geo.mentions.era import era_of_date
from geo.model import CURRENT, Mention, Span
from geo.text.needles import Needled

__all__ = ["Located"]

#: Where a figure's clause ends for its location: a comma or semicolon, not a thousands
#: separator ("12 cakes and 18,000 pills across the border in X"), or a verb of the same
#: subject after "and": "for 13 million VND per head and intended to sell them in Dien Bien
#: Phu city" (not "5 kg of heroin and 3 phones in X")
_CLAUSE_END_VERB = re.compile(r"[,;](?!\d)|[^\S\n]and[^\S\n]+(?:then[^\S\n]+)?(?:[a-z]{3,}ed|"
                              r"planned|intend\w*|sold|took|brought|went|will|would)\b")
_CLAUSE_OR_AND = re.compile(r"[,;](?!\d)|\band\b")
#: A length's road and where it runs from: "2.7km concrete path from", "1.2 km of the road
#: from", "12.5 km road linking", "35km road between" (not "46 km by road from": a distance)
_ROUTE = re.compile(r"[^\S\n]*(?:of[^\S\n]+)?(?:(?:the|this|a|its|new)[^\S\n]+)?(?:(?!by\b|away\b)"
                    r"[\w-]+[^\S\n]+){0,3}?(?:roads?|paths?|routes?|trails?|tracks?|highways?)"
                    r"[^\S\n]+(?:(?!by\b)[\w-]+[^\S\n]+){0,2}?(?:from|linking|connecting|between)"
                    r"[^\S\n]+", re.IGNORECASE)
#: Right before a village something is for: "laid 2,600 metres of pipe for Tàng Phon village"
_FOR = re.compile(r"\bfor[^\S\n]+(?:the[^\S\n]+)?$")
_FOR_NEXT = re.compile(r"[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?")  # right after the figure
_IN_GAP = re.compile(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?")
#: Where a trail is: "stopped two men on a forest path in", "ambushed them on a trail near"
_ON_A_TRAIL = re.compile(r"\b(?:on|along)[^\S\n]+an?[^\S\n]+(?:[a-z]+[^\S\n]+)?"
                         r"(?:trail|path|track)s?[^\S\n]+(?:in|near|of)[^\S\n]+(?:the[^\S\n]+)?$")
#: An event's venue, not where a province's figure is: "held a ceremony in Dien Bien Phu city to
#: launch a programme ... 40 children"
_VENUE_IN = re.compile(rf"\b(?:{VENUES})[^\S\n]+"
                       r"(?:(?:held|organi[sz]ed)[^\S\n]+)?(?:in|at)[^\S\n]+(?:the[^\S\n]+)?"
                       r"(?:[\w-]+[^\S\n]+){0,2}$", re.IGNORECASE)
#: Right before a facility worked on: "to upgrade the", "building a new", "invest in the"
#: or before a part of it: "to expand the inspection yard of the", "build a cargo yard at the"
_WORKS_ON = re.compile(r"\b(?:upgrad|buil[dt]|construct|expand|widen|extend|renovat|repair|"
                       r"moderni[sz]|invest(?:s|ed|ing)?[^\S\n]+in)\w*[^\S\n]+(?:(?:the|a|an|its)[^\S\n]+)?"
                       r"(?:new[^\S\n]+)?(?:(?:[\w-]+[^\S\n]+){1,3}(?:of|at)[^\S\n]+"
                       r"(?:the[^\S\n]+)?)?$", re.IGNORECASE)
#: Money or land for a border gate's economic zone, named as "the zone": the gate's
_IN_ZONE = re.compile(r"\b(?:in|for|into|to)[^\S\n]+(?:the|its)[^\S\n]+(?:(?:planned|proposed|"
                      r"new|border|gate|border-gate|economic)[^\S\n]+){0,4}zone\b", re.IGNORECASE)
#: After a gift, to whom or what serves them: " worth 100 million VND to Lao border companies
#: and people", "to the district hospitals of Mai"; where follows (:data:`_LIVING_IN`)
_TO_PEOPLE = re.compile(r"(?P<gap>[^.;:\n]{0,40}?)[^\S\n]to[^\S\n]+[^.;:\n]{0,50}?\b(?:people|"
                        r"households|families|residents|pupils|students|villagers|children|"
                        r"companies|hospitals?|schools?|clinics?|health[^\S\n]+(?:stations?|"
                        r"cent(?:re|er)s?))\b")
#: Where those people live, the rest of their phrase between: " in ", " of the ", " of martyrs
#: and policy beneficiaries in " (no comma or clause between)
_LIVING_IN = re.compile(r"[^\S\n]+(?:in|of)[^\S\n]+(?:the[^\S\n]+)?")
#: Help sent to a unit after a figure: "120 officers and soldiers from the three posts to help
#: the commune clear mud", "VND 1.5 billion in emergency aid to Nà Hỳ"
#: ("roads from the border to the district centres" is no district's; "build 42km of roads
#: and move the market to Na Lay Ward": the "to" of another verb)
_TO_HELP = re.compile(r"(?P<gap>[^.;:\n]{0,60}?)[^\S\n]to[^\S\n]+(?:(?:help|support|assist)"
                      r"[^\S\n]+)?(?:the[^\S\n]+(?P<unit>commune|village|district)\b(?![^\S\n]+"
                      r"(?:centres?|centers?|towns?|seats?|level)\b))?")
#: In the gap before such a "to", another verb's ("and move the market to", "allocating land to
#: three posts and handing over forests to households")
_AND_VERB = re.compile(r"\band[^\S\n]+(?:[a-z]+[^\S\n]+(?:the|its|their|a)|\w+(?:ing|ed))\b"
                       # a stretch "from Thanh Luông to Mường Nhà communes": no one place's
                       r"|\bfrom[^\S\n]+[A-ZĐ]\S*(?:[^\S\n]+[A-ZĐ]\S*){0,2}$")
_HELPED_KINDS = frozenset({"commune", "ward", "village", "district"})
#: A relative clause or an aside opening: ", which", ", who", ", that"
_ASIDE = re.compile(r",[^\S\n]+(?:which|who|that)\b", re.IGNORECASE)

#: A comparison ends the clause a figure's place is looked for in (:data:`THAN`), and so does
#: a landmark: "marker No. 82 opposite Muong Muon commune"
_COMPARED = Needled(re.compile(rf"{THAN}|\bopposite\b", re.IGNORECASE), "than", "compared", "oppo")
#: A unit named before, after a figure: "1,426 children under five in the commune", "60 kiosks
#: at the gate": its first locative, with no verb between (not its centre, not a rank: "the
#: highest rate in the district", not "19 of them earn income from services at the gate", "14
#: officers working regularly in the village")
_IN_THE_UNIT = re.compile(r"(?:(?!\b(?:and|at|in|on|near|to|from)\b|\w+ing\b)[^,;.\n]){0,40}?"
                          r"\b(?:in[^\S\n]+the[^\S\n]+(?P<unit>commune|village|district)|at"
                          r"[^\S\n]+the[^\S\n]+gate)\b(?![^\S\n]*(?:['’]s\b|-|centres?\b|"
                          r"centers?\b|towns?\b|seats?\b|level\b))")
_RANKED = re.compile(rf"\b(?:{SUPERLATIVES}|most|least|only|first|last)\b")
#: ... and so does a part named after its whole, with its number or place: "1,233 cases,
#: including 12 in Phongsaly", "22 of the 58 communes lie on the border, among them Sin Thau"
#: (not "800 yuan, including a subsidy from the county")
_INCLUDING = re.compile(r",[^\S\n]+(?:including|among[^\S\n]+them|such[^\S\n]+as)\b")
_PART_SAID = re.compile(r"[^,;.\n]{0,80}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|"
                        r"nine|ten|eleven|twelve)\b)", re.IGNORECASE)
#: A sentence opening on a list of places: "In Sín Thầu, Nậm Kè and Nà Bủng, the poverty rate
#: ...", "In the villages of A, B and C, soldiers ..."; the gap between two places of a list
_LIST_OPENER = re.compile(r"(?:In|At|Across)[^\S\n]+(?:the[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:villages|"
                          r"communes|districts|wards)[^\S\n]+of[^\S\n]+)?")
_LIST_GAP = re.compile(r"(?:[^\S\n]+(?:village|commune|district|ward)s?)?(?:,|,?[^\S\n]+and)"
                       r"[^\S\n]+")
#: Figures given to a list of places in order: "Lai Châu and Sơn La, which are at 89.6% and
#: 92.3% respectively"
_RESPECTIVELY = Needled(re.compile(r"\brespectively\b"), "respectively")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*")
#: A figure counting a whole its subject is one of: "is one of 42 schools in Điện Biên", "one
#: of the 15 border communes of the province"; the whole's place follows its noun
_ONE_OF = re.compile(r"\bone[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_WHOLE_OF = re.compile(r"(?:[^\S\n]+(?!(?:that|which|who|whom|where|to|and|or|with|by)\b)"
                       r"[a-z][\w-]*){0,3}[^\S\n]+(?:in|of|under|across|throughout|along)"
                       r"[^\S\n]+(?:the[^\S\n]+)?")
#: After a height: "1,864 metres above sea level", "1,866 m up", "2,000 m high"; before it:
#: "at an altitude of", "an elevation of about"
_ABOVE_SEA = re.compile(r"[^\S\n]*(?:above[^\S\n]+(?:the[^\S\n]+)?sea(?:[^\S\n]+level)?|"
                        r"a\.?s\.?l\b|up\b|high\b|tall\b)")
_ALTITUDE_OF = Needled(re.compile(r"\b(?:altitude|elevation)[^\S\n]+of[^\S\n]+(?:(?:about|around|"
                                  r"nearly|over|some)[^\S\n]+)?$"), "altitude", "elevation")
#: ... or a height said by where a thing stands: "Marker 0 stands at 1,864 m" (in metres)
_STANDS_AT = Needled(re.compile(r"\b(?:stands?|standing|sits?|sitting|rises?|rising)[^\S\n]+(?:at|"
                                r"to)[^\S\n]+(?:(?:about|some|nearly)[^\S\n]+)?$"), "stand", "sit",
                     "ris")
_METRES = re.compile(r"\d[^\S\n]?(?:m|metres|meters)$")
#: Between a province subject and a post named with it: "the provincial police and the"
_AND_THE = re.compile(r"(?:[^\S\n]+[a-z]+){0,3}[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?")
#: Right between a figure and a country: "about $8,000 in Vietnam"
_IN_RIGHT = re.compile(r"[^\S\n]+in[^\S\n]+")


class Located(National):
    """Mixin of :class:`~geo.figures._context.ArticleContext`: what a clause's locatives give."""

    __slots__ = ()

    def _clause_location(self, end: int, sent_end: int) -> Mention | None:
        """Return the place after a locative after *end*: finer than a province, or the province."""
        text = self.text
        limit = min(sent_end, end + CLAUSE_WINDOW)
        brk = _CLAUSE_END_VERB.search(text, end, limit)  # not the comma of "18,000"
        stop = self._clause_end(end, brk.start() if brk else limit)
        for m in self.mentions_in(end, stop):
            if m.kind in LOCATION_KINDS and LOCATIVE.search(text, max(end, m.start - 48),
                                                              m.start) or (
                    m.kind == "village" and _FOR.search(text, max(end, m.start - 9), m.start)
                    or m.kind in LOCATION_KINDS and _FOR_NEXT.fullmatch(text, end, m.start)):
                return None if self._listed(m) else m  # ("laid 2,600 m of pipe for X village",
                # "150 scholarships, 100 for Phongsaly and 50 for Luang Prabang")
        if IN_PROVINCE.search(text, end, stop) or IN_THE_PROVINCE.match(text, end):
            return self._province_named(end) or self.province  # ("Điện Biên border guards
            # recorded 37 seizures in the province": Điện Biên's in a report from Phongsaly)
        if (unit := _IN_THE_UNIT.match(text, end, stop)) is not None and not _RANKED.search(
                text, end, unit.end()):  # "targets 1,426 children under five in the commune"
            return self._nearest(unit["unit"] or "border_gate", end, unlisted=True)
        named = self.mentions_in(end, stop)  # the one place right after "in": a country ("about
        return named[0] if len(named) == 1 and named[0].kind == "country" and _IN_RIGHT.fullmatch(
            text, end, named[0].start) else None  # $8,000 in Vietnam")

    def _whole_of(self, start: int, end: int, sent: Span) -> Mention | None:
        """Return the place of a whole the figure's subject is one of.

        "is one of 42 schools in Điện Biên": Điện Biên, whatever the subject's own place.
        """
        if not _ONE_OF.search(self.text, max(sent.start, start - 12), start):
            return None
        gap = _WHOLE_OF.match(self.text, end, sent.end)
        if gap is None:
            return None
        if self.text.startswith("province", gap.end()):  # "of the province"
            return self.province
        named = self.mentions_in(gap.end(), gap.end() + 1)
        return named[0] if named else None

    def beyond(self, found: Scope, start: int, end: int, sent: Span, value: float | None,
               size: int | None) -> Scope | None:
        """Return the scope that overrides *found*, the place the cascade gave, if any.

        A length no province of ours has is a country's ("a 2,337-km border":
        Vietnam); a road's length is where it runs from ("a 2.7km path from Pha
        Pun"); a height is the place that stands at it ("Marker 0, at 1,864 m");
        what the province gives "to 10 poor households in Chung Chải commune",
        or sends "to help the commune", is that commune's.
        """
        if (land := self.national(found, start, end, sent, value, size)) is not None:
            return land  # "a 2,337-km border", "64 districts in 14 provinces"
        if LENGTH_END.search(self.text, start, end) and (route := _ROUTE.match(
                self.text, end, sent.end)) and (first := self._first_actor(
                route.end(), min(sent.end, route.end() + 60))) is not None and not (
                isinstance(first, Mention) and first.place_id is None):
            return self._actor_scope(first, "where the road runs from")  # "a 2.7 km path from
            # Pha Pun to the border belt", "12.5 km road linking the gate with X"
        if (high := self._standing_at(start, end, sent)) is not None:
            return high
        if found.kind == "province" and size is None and not found.reason.startswith(
                "list item head") and (to := self._recipients_in(end, sent.end)) is not None:
            return scope_of(to, f"{found.reason}; where it went (those it reached or helped)")
        return None

    def abolished(self, m: Mention) -> bool:
        """Tell whether *m* is a commune the 2025 merger abolished, in an article after it.

        "Pa Thơm was a border commune before the merger. ... the commune has
        signed a plan": the commune of the article's time (Thanh Yên).
        """
        return m.kind == "commune" and (m.place_id or "").startswith("vnold:") \
            and era_of_date(self.date) == CURRENT

    def _standing_at(self, start: int, end: int, sent: Span) -> Scope | None:
        """Return the place at a height: "Marker 0 stands at 1,864 m", "at 1,864 m above sea level".

        The last place or border marker its sentence names before it (not a
        country; an unresolved peak is none: "Marker 0 stands on Khoan La San
        at 1,864 m" is Marker 0's), else a marker with a point of its own named
        in its paragraph or the one before ("Marker 0 ... It was planted on
        the summit of Khoan La San, 1,864 metres above sea level").  A marker
        with a point of its own (the tripoint, Marker 0) is the figure's place;
        another marker is not: its commune is, of the article's era (Pa Thơm,
        or Thanh Yên after the 2025 merger).
        """
        lo = max(sent.start, start - 40)
        if not (_ABOVE_SEA.match(self.text, end) or _ALTITUDE_OF.search(self.text, lo, start) or (
                _STANDS_AT.search(self.text, lo, start) and _METRES.search(self.text, start, end))):
            return None
        named = [m for m in self.mentions_in(sent.start, start) if m.kind not in WEAK_KINDS
                 and m.place_id is not None]
        named += [m for m in self.markers if sent.start <= m.start < start]
        if not named and (p := self.paragraph_index(start)) >= 0:  # "Marker 0 ... It was
            named = [m for m in self.markers if m.precision == "point"  # planted on the summit
                     and self.paragraphs[max(0, p - 1)].start <= m.start < start][-1:]  # of"
        if not named:
            return None
        last = max(named, key=lambda m: m.start)
        if last.kind != "border_marker" or last.precision == "point":  # (a marker with a point
            return scope_of(last, "what stands at that height")  # of its own: the tripoint)
        units = [(last.legacy_unit, last.legacy_name), (last.successor, last.successor_name)]
        era = era_of_date(self.date)  # undated: the era of the communes the article names
        if era == CURRENT or era is None and any(
                (m.place_id or "").startswith("vn2025:") for m in self.mentions):
            units.reverse()
        unit, name = next(((u, n) for u, n in units if u), (None, None))
        return Scope(unit, name, f"what stands at that height: {last.surface}'s commune",
                     "commune") if unit else None

    def _opening_list(self, lo: int, start: int) -> Mention | None:
        """Return the first of a list of places opening the sentence at *lo*, before *start*."""
        opener = _LIST_OPENER.match(self.text, lo, start)
        named = self.mentions_in(opener.end(), start) if opener else []
        if len(named) < 2 or named[0].start != opener.end():
            return None
        k = 1
        while k < len(named) and _LIST_GAP.fullmatch(self.text, named[k - 1].end, named[k].start):
            k += 1
        tail = self.text[named[k - 1].end:named[k - 1].end + 12].lstrip(" ")
        return named[0] if k >= 2 and tail.startswith(",") else None

    def _respective(self, start: int, sent: Span) -> Mention | None:
        """Return the place of a list a figure stands for by its order ("respectively")."""
        text = self.text
        resp = _RESPECTIVELY.search(text, start, min(sent.end, start + CLAUSE_WINDOW))
        named = self.mentions_in(max(sent.start, start - CLAUSE_WINDOW), start) if resp else []
        chain = named[-1:]
        for m in reversed(named[:-1]):
            if not _LIST_GAP.fullmatch(text, m.end, chain[0].start):
                break
            chain.insert(0, m)
        numbers = [n.start() for n in _NUMBER.finditer(text, chain[-1].end, resp.start())] \
            if len(chain) >= 2 else []
        at = next((k for k, pos in enumerate(numbers) if pos >= start), None)
        return chain[at] if len(numbers) == len(chain) and at is not None else None

    def _clause_end(self, end: int, stop: int) -> int:
        """Return where a figure's clause ends for its place, else *stop*.

        A comparison, a life, a landmark ("opposite X"), or a part named after
        the figure with its own number or place.
        """
        compared = _COMPARED.search(self.text, end, min(stop, end + CLAUSE_WINDOW)) or LIFE.search(
            self.text, end, min(stop, end + CLAUSE_WINDOW))  # (linear)
        stop = compared.start() if compared else stop
        part = _INCLUDING.search(self.text, end, stop)
        if part is not None and (_PART_SAID.match(self.text, part.end(), stop) or self.mentions_in(
                part.end(), min(stop, part.end() + 80)) or any(
                    part.end() <= m.start < min(stop, part.end() + 80) for m in self.markers)):
            return part.start()
        return stop

    def _located_between(self, start: int, end: int) -> Mention | None:
        """Return the last place after a locative in ``[start, end)``, finer than a province.

        "the provincial hydro-meteorological centre puts rainfall at Sín Thầu
        at 251 mm": Sín Thầu; "in the remote district of Mường Nhé": Mường Nhé
        (a place in a list gives none; "near X" is not in X).
        Else the last gate or post worked on ("to upgrade the Huổi Puốc gate"), or
        one named with the subject ("the provincial police and the Mường Mươn
        Border Post arrested two suspects").
        """
        named = self.mentions_in(start, end)
        if named and named[0].kind in FACILITY_KINDS and _AND_THE.fullmatch(
                self.text, start, named[0].start):
            return named[0]
        for k in range(len(named) - 1, -1, -1):
            m = named[k]
            if m.kind in LOCATION_KINDS and IN_AT.search(
                    self.text, max(start, m.start - 48), m.start) and not _VENUE_IN.search(
                    self.text, max(start, m.start - 60), m.start):  # "a ceremony in X city"
                if k and named[k - 1].kind in FACILITY_KINDS and _IN_GAP.fullmatch(
                        self.text, named[k - 1].end, m.start):
                    return named[k - 1]  # "the province's main gate, the X gate in Y commune"
                return None if self._listed(m) else m
        for m in reversed(named):  # "the province ... to upgrade the Huổi Puốc gate, with VNĐ180bn"
            if m.kind in FACILITY_KINDS and _WORKS_ON.search(self.text, max(start, m.start - 60),
                                                             m.start):
                aside = _ASIDE.search(self.text, start, m.start)  # ", which plans to upgrade X,"
                return None if aside or self._listed(m) else m
        return None

    def _after_subject(self, first: Mention | Actor, found: Scope, start: int, end: int,
                       sent_end: int) -> Scope | None:
        """Return the place the clause of subject *first* (its place *found*) gives, if one.

        After a province subject, a place after a locative ("the province ... in X", "to
        upgrade the X gate", "to people in X"); after any subject, the village or commune
        of a trail ("A patrol of the Nam Ke Border Post stopped a man on a forest trail
        in Pa My commune, seizing 6,000 pills": where the trail is, whoever patrolled it).
        """
        if "province" in (found.kind, first.kind) and (inside := self._located_between(
                first.end, start) or self._worked_on_after(end, sent_end)
                or self._recipients_in(end, self.sentence_of(start).end)) is not None:
            return scope_of(inside, "clause location after a province subject")  # "in X"
        for m in self.mentions_in(max(first.end, start - CLAUSE_WINDOW), start):  # (bounded)
            if m.kind in ("village", "commune", "ward") and _ON_A_TRAIL.search(
                    self.text, max(first.end, m.start - 60), m.start):
                return scope_of(m, "where the trail is")
        return None

    def _recipients_in(self, end: int, sent_end: int) -> Mention | None:
        """Return where those something went to live: "sent 200 gifts to people in Phongsaly".

        Or the unit it went to help: "mobilised 120 officers and soldiers ... to help the
        commune", "VND 1.5 billion in emergency aid to Nà Hỳ".
        """
        stop = min(sent_end, end + CLAUSE_WINDOW)
        if (m := _TO_PEOPLE.match(self.text, end, stop)) is not None and not _AND_VERB.search(
                m.group("gap")):
            limit = min(stop, m.end() + 60)  # the phrase of those people, to its comma
            comma = self.text.find(",", m.end(), limit)
            for at in _LIVING_IN.finditer(self.text, m.end(), comma if comma > 0 else limit):
                named = self.mentions_in(at.end(), at.end() + 1)
                if named:  # (not one of a list: "in the four districts of A, B, C and D")
                    return named[0] if named[0].kind in LOCATION_KINDS and not self._listed(
                        named[0]) else None
        m = _TO_HELP.match(self.text, end, stop)
        if m is None or _AND_VERB.search(m.group("gap")):
            return None
        if m.group("unit"):
            return self._nearest(m.group("unit"), m.start("unit"), unlisted=True)
        named = self.mentions_in(m.end(), m.end() + 1)
        return named[0] if named and named[0].kind in _HELPED_KINDS else None

    def _worked_on_after(self, end: int, sent_end: int) -> Mention | None:
        """Return the gate or post the rest of the clause works on, after a figure.

        "the province is investing VND150 billion to expand the inspection yard
        of the Tây Trang gate": the gate's money, not the province's (not "raise
        turnover to US$60 million and to upgrade the Huổi Puốc gate").
        """
        brk = _CLAUSE_OR_AND.search(self.text, end, sent_end)
        stop = brk.start() if brk else sent_end
        for m in self.mentions_in(end, stop):
            if m.kind in FACILITY_KINDS and _WORKS_ON.search(self.text, max(end, m.start - 60),
                                                             m.start):
                return None if self._listed(m) else m
        zone = _IN_ZONE.search(self.text, end, stop)  # "VND8.6 trillion in the planned zone"
        return self._nearest("border_gate", zone.start(), unlisted=True, lo=end - REACH) \
            if zone else None
