"""Figures of a whole country: "nationwide", a count or a length no province has.

Private to :mod:`geo.figures._context`: :class:`National` is mixed into
:class:`~geo.figures._located.Located` and reads the article through the
:class:`~geo.figures._context.ArticleContext` (``text``, ``mentions``,
``mentions_in``, ``mention_starts``, ``country_next``, ``province``,
``nationwide``).  The country is the one the figure's sentence names nearest
to it, or says by its adjective ("Lao authorities"); else Vietnam, when the
article's province is ours.  A country a clause opens on is its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.figures._counted import UNIT_SIZE
from geo.figures._openers import SUBORDINATORS
from geo.figures._pair import pair_province
from geo.figures._scope import (
    CLAUSE_BREAK,
    CLAUSE_WINDOW,
    FRONTED_PHRASE,
    LOCATION_KINDS,
    NATIONWIDE,
    POSSESSED,
    Scope,
    scope_of,
)
from geo.model import Mention, Span

__all__ = ["National"]

#: A length no province of ours reaches (Điện Biên's border is 455 km; no province of Vietnam
#: or Laos has 1,000 km of any border): a country's, "a 2,337-km border"
_NATIONAL_KM = 1_000
#: ... written with its unit: the quote, not the figure's unit, which an elided figure takes
#: from the one before ("a 414.712-km border with Laos, has received about 1,200 of them")
_KM = re.compile(r"\d[^\S\n]?-?[^\S\n]?(?:km|kilomet(?:re|er)s?)\b", re.IGNORECASE)
#: A border no commune, post or district of ours has (Mường Nhé's was about 150 km): the
#: province's, "Of that length, 414.712 km runs along the Laos border"
_PROVINCE_KM = 300
#: ... said of a border near the figure ("455.573 km frontier", "runs along the Laos border";
#: not "the Mường Nhà Border Post", "five border communes": 312 km of roads)
_BORDER_WORD = re.compile(r"\b(?:border|frontier|borderline|boundary)\b(?![^\S\n]+(?:"
                          r"posts?|guards?|gates?|communes?|villages?|districts?|provinces?|areas?"
                          r"|markets?|markers?|crossings?|checkpoints?|stations?|units?|forces?"
                          r"|patrols?|trade|residents|people|defen[cs]e|protection)\b)",
                          re.IGNORECASE)
#: How far before and after a figure its border word may be ("The province has 40.861 km
#: of border with China, almost all of it in X District, and 414.712 km with Laos")
_BORDER_BEFORE, _BORDER_AFTER = 120, 60
#: A border a distance is measured from is no border's length: "2km from the Laos border"
_FROM_BEFORE = re.compile(r"\bfrom[^\S\n]+(?:the[^\S\n]+)?(?:[\w–-]+[^\S\n]+)?$")
_FINER = LOCATION_KINDS - {"foreign_place"}
#: Border markers no province of ours has (Điện Biên's two borders have about 200): "the
#: 1,971 boundary markers" of the China line, "834 new markers" of the Lao line
_NATIONAL_MARKERS = 500
_MARKERS = re.compile(r"\bmarkers\b(?![^\S\n]+(?:per|each)\b)", re.IGNORECASE)
#: Counts of units no province holds, by the counted unit's size: a province holds no three
#: provinces, no 31 districts (Thanh Hóa had 27), no 601 communes (it had 559): "the
#: country's 62 poorest districts", "64 districts in 14 provinces", "1,946 communes"
_NATIONAL_COUNT = {UNIT_SIZE["province"]: 3, UNIT_SIZE["district"]: 31, UNIT_SIZE["commune"]: 601}
#: A province or a place abroad named after such a count: the units counted, "the three
#: provinces of Sơn La, Lai Châu and Điện Biên", or where they are
_NAMED_AFTER = frozenset({"province", "foreign_place", "region"})
#: ... unless the country is: "three provinces of Laos: 15 sets in Phongsaly, ..."
_OF_COUNTRY = re.compile(r"[^\S\n]+(?:of|in|across)[^\S\n]+(?:the[^\S\n]+)?")
#: A country said by its adjective ...
_COUNTRY_OF = {"Vietnamese": "country:vn", "Lao": "country:la", "Laotian": "country:la",
               "Chinese": "country:cn"}
#: ... in a count's own words: "seven Vietnamese provinces"
_OWN_ADJECTIVE = re.compile(rf"\b({'|'.join(_COUNTRY_OF)})[^\S\n]+(?:[a-z]+[^\S\n]+)?provinces\b")
#: ... or before those who act: "Lao authorities seized 144 million pills nationwide"
_ADJECTIVE = re.compile(r"\b(Lao|Laotian|Chinese)[^\S\n]+(?:authorities|police|officials|"
                        r"government|forces|customs|army|border[^\S\n]+guards)\b")
#: The counted units in a count's own words (not "29" after "17 other provinces", nor
#: "transactions in the border communes reached 1.18 million": elided)
_NOUN = re.compile(r"\b(?:provinces|districts|communes|wards|(?:district|commune|provincial)-level"
                   r"[^\S\n]+units)\b", re.IGNORECASE)
#: ... or said as what a number is of, before it in its sentence: "the number of provinces
#: fell from 63 to 34", "bringing the number of provinces and cities to 64 from 61"
_NUMBER_OF = re.compile(r"\bnumber[^\S\n]+of[^\S\n]+(?:provinces|districts|communes|wards)\b",
                        re.IGNORECASE)
#: Where a nationwide clause ends: "..., while police nationwide seized", ", which means"
_CLAUSE_TURN = re.compile(f"{CLAUSE_BREAK.pattern}|,[^\\S\\n]+which\\b")
#: "nationwide" before the figure says where its clause's action is when a verb follows it:
#: "police nationwide seized", "Nationwide, ...", "kept on farms across the country, down from
#: about 4,300"; not "nationwide social distancing", nor a clause of its own before the
#: figure's ("when communes merged across the country, the border ... by 15 communes")
_ACTS = re.compile(r"[^\S\n]*,|[^\S\n]+(?:[a-z]+ed|have|has|had|were|was|are|is|will|seize|"
                   r"handle|record|report)\b")
_SUBORDINATE = re.compile(rf"\b(?:{SUBORDINATORS}|as|if)\b", re.IGNORECASE)


class National:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: figures of a whole country."""

    __slots__ = ()

    def national(self, found: Scope, start: int, end: int, sent: Span, value: float | None,
                 size: int | None) -> Scope | None:
        """Return the country of a length or a count ``[start, end)`` no province has, if any.

        "Vietnam and Laos share a 2,337-km border": Vietnam; "the approach will
        reach 64 districts in 14 provinces": the country, as any count of
        provinces its sentence names a country for (of districts or communes,
        right after them: "the 248 land border communes of Vietnam"), unless
        the provinces follow ("the three provinces of Sơn La, Lai Châu and Điện
        Biên"; not "three provinces of Laos: 15 sets in Phongsaly"); "seven
        Vietnamese provinces": the country its adjective says; "the 1,971 boundary
        markers": more than a province has. A border of 300 km or more found for a
        district or anything finer is the article's province's ("Of that length,
        414.712 km runs along the Laos border"). A figure of "the two provinces"
        is one of the pair's (:func:`geo.figures._pair.pair_province`).
        """
        if (pair := pair_province(self.text, self.mentions_in, found, start, end, sent)):
            return scope_of(pair, f"{found.reason}; of the two provinces")
        if (land := self._country_length(start, end, sent, value, found.kind)) is not None:
            return scope_of(land, f"{found.reason}; a length no province has: the country")
        if (land := self._country_markers(start, end, sent, value, found.kind)) is not None:
            return scope_of(land, f"{found.reason}; more markers than a province has: "
                                  f"the country")
        if found.kind in _FINER and self.province is not None and self._provinces_border(
                start, end, sent, value):
            return scope_of(self.province, f"{found.reason}; a border no district has: "
                                           f"the province")
        if size not in _NATIONAL_COUNT or value is None or not (_NOUN.search(
                self.text, start, end) or _NUMBER_OF.search(self.text, sent.start, start)) \
                or found.reason.startswith("own phrase") and found.kind in (
                "province", "foreign_place"):  # ("three Lao provinces, Phongsaly, ...")
            return None
        if (said := _OWN_ADJECTIVE.search(self.text, start, end)) is not None:
            land = self._named(_COUNTRY_OF[said[1]])
        else:
            land = self._country_near(start, sent)
            if size != UNIT_SIZE["province"] and land is not None and (
                    land.start < end or not _OF_COUNTRY.fullmatch(self.text, end, land.start)
                    or POSSESSED.match(self.text, land.end)):
                land = None  # of districts or communes, only a country right after them ("the
                # 248 land border communes of Vietnam"; not "in Vietnam's northwest")
            if (land is None or land.start < end or not _OF_COUNTRY.fullmatch(
                    self.text, end, land.start)) and any(  # (not "three provinces of Laos: ...")
                    m.kind in _NAMED_AFTER for m in self.mentions_in(end, min(
                        sent.end, end + CLAUSE_WINDOW))):  # (bounded: an endless sentence)
                return None
            if land is None and value >= _NATIONAL_COUNT[size] and found.kind != "country":
                land = self.the_country(start, sent)  # ("Laos has 17 provinces")
        return scope_of(land, f"{found.reason}; a count no province holds: the country") \
            if land is not None else None

    def _country_length(self, start: int, end: int, sent: Span, value: float | None,
                        kind: str | None) -> Mention | None:
        """Return the country of a length ``[start, end)`` too long for a province of ours.

        "Vietnam has 4,550 km of land border", "taken 1,800 km to Henan in China":
        the first country the sentence names (none named: ``None``), unless the
        place found is abroad already (Yunnan's 1,353 km of border with Vietnam).
        """
        if value is None or value < _NATIONAL_KM or kind in ("country", "foreign_place") \
                or not _KM.search(self.text, start, end):
            return None
        return self._first_country(sent)

    def _first_country(self, sent: Span) -> Mention | None:
        """Return the first country the sentence *sent* names, if any."""
        return next((m for m in self.mentions_in(sent.start, sent.end) if m.kind == "country"),
                    None)

    def _provinces_border(self, start: int, end: int, sent: Span, value: float | None) -> bool:
        """Tell a border ``[start, end)`` longer than a district's, shorter than a country's.

        "Of that length, 414.712 km runs along the Laos border": 300 km or more, a
        border word within 120 characters before or 60 after (not one a distance
        is measured from: "2km from the Laos border ..., some 500km west").
        """
        if value is None or not _PROVINCE_KM <= value < _NATIONAL_KM or not _KM.search(
                self.text, start, end):
            return False
        lo, hi = max(sent.start, start - _BORDER_BEFORE), min(sent.end, end + _BORDER_AFTER)
        return any(not _FROM_BEFORE.search(self.text, max(0, b.start() - 24), b.start())
                   for b in _BORDER_WORD.finditer(self.text, lo, hi))

    def _country_markers(self, start: int, end: int, sent: Span, value: float | None,
                         kind: str | None) -> Mention | None:
        """Return the country of more border markers ``[start, end)`` than a province has.

        "the 1,971 boundary markers" of the China line, "834 new markers" of the Lao
        line: the first country the sentence names, else the article's
        (:meth:`the_country`).
        """
        if value is None or value < _NATIONAL_MARKERS or kind in ("country", "foreign_place") \
                or not _MARKERS.search(self.text, start, end):
            return None
        return self._first_country(sent) or self.the_country(start, sent)

    def nationwide_country(self, start: int, end: int, sent: Span) -> Mention | None:
        """Return the country of a figure ``[start, end)`` its clause says is nationwide.

        "seized 144 million pills nationwide", "police nationwide seized 1.2
        tonnes", "Nationwide, the programme covers 248 communes"; not past a turn
        of the clause ("312 cases, while police nationwide seized", "Nationwide,
        ..., which means that a province of 530,000"), nor "the nationwide campaign",
        "when nationwide social distancing began, ... set up 62 checkpoints".
        """
        i = bisect_left(self.nationwide, sent.start)
        if i == len(self.nationwide) or self.nationwide[i] >= sent.end:
            return None  # (most sentences: no turn of a clause looked for)
        turns = list(_CLAUSE_TURN.finditer(self.text, sent.start, start))
        turn = _CLAUSE_TURN.search(self.text, end, sent.end)
        lo, hi = turns[-1].end() if turns else sent.start, turn.start() if turn else sent.end
        i = bisect_left(self.nationwide, lo)
        while i < len(self.nationwide) and self.nationwide[i] < hi:
            at = self.nationwide[i]
            if at >= start or (after := NATIONWIDE.match(self.text, at)) is not None \
                    and _ACTS.match(self.text, after.end()) and not _SUBORDINATE.search(
                        self.text, lo, at):
                return self.the_country(start, sent)
            i += 1
        return None

    def the_country(self, start: int, sent: Span) -> Mention | None:
        """Return the country of a national figure at *start* ("nationwide", "64 districts").

        The country its sentence names nearest to it, or says by its adjective
        ("Lao authorities"); else, when the article's province is ours (or it
        names none), Vietnam wherever the article names it.
        """
        near = self._country_near(start, sent)
        said = _ADJECTIVE.search(self.text, sent.start, sent.end) if near is None else None
        if said is not None:
            return self._named(_COUNTRY_OF[said[1]])
        if near is not None or self.province is not None and not (
                self.province.place_id or "").startswith(("vnold:", "vn2025:")):
            return near
        return self._named("country:vn")

    def clause_country(self, clause: int) -> Mention | None:
        """Return the country a clause opening at *clause* has as its subject, if any.

        "Vietnam bought 5 billion kWh from Laos", "..., while Laos seized 3
        tonnes", "Under the project, Vietnam spent": not a country's thing
        ("Vietnam's exports").
        """
        text = self.text
        while clause < len(text) and text[clause] in " \t":
            clause += 1
        j = self.country_next[bisect_left(self.mention_starts, clause)]
        if j == len(self.mentions):
            return None
        land = self.mentions[j]
        opens = land.start == clause or FRONTED_PHRASE.fullmatch(text, clause, land.start)
        return land if opens and not POSSESSED.match(text, land.end) else None

    def _named(self, place_id: str) -> Mention | None:
        """Return the article's first mention of the place *place_id* (a country), if any."""
        return next((m for m in self.mentions if m.place_id == place_id), None)

    def _country_near(self, start: int, sent: Span) -> Mention | None:
        """Return the country of *sent* nearest to the figure at *start*.

        A count of provinces is a country's: "62 provinces of Vietnam", "Laos has 17 provinces".
        """
        named = [m for m in self.mentions_in(max(sent.start, start - CLAUSE_WINDOW), min(
            sent.end, start + CLAUSE_WINDOW)) if m.kind == "country"]  # (bounded: linear time)
        return min(named, key=lambda m: abs(m.start - start)) if named else None
