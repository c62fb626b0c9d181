"""What an actor phrase or a pronoun stands for: "the post", "Its officers", "It lies ...".

Private to :mod:`geo.figures._context`: the methods of :class:`Pronouns`
read the article through the :class:`~geo.figures._context.ArticleContext`
they are mixed into (``text``, ``actors``, ``actor_starts``, ``mentions``,
``mention_starts``, ``free_next``, ``province``, ``home_scope``, ``sentence_of``,
``paragraph_index``, ``mentions_in``, ``_nearest``, ``_opening_unit``,
``_sentence_before``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.figures._actors import (
    ACTOR_KINDS,
    ALL_POSTS,
    IT_OPENER,
    RANKED_IN,
    UNIT_ACTORS,
    WE,
    Actor,
    is_new,
)
from geo.figures._life import in_life
from geo.figures._scope import (
    FACILITY_KINDS,
    FROM_PLACE,
    WEAK_KINDS,
    Scope,
    scope_of,
)
from geo.figures._usable import CHAIN_GAP
from geo.mentions.era import era_of_date
from geo.model import CURRENT, Mention, Span

__all__ = ["REACH", "Pronouns"]

#: How far back "the village's" or a unit phrase after a figure looks for its unit.
REACH = 3000
#: A sentence opening on a pronoun that carries the place of the one before it.
_PRONOUN = re.compile(r"[\"“‘' ]*(?:It|Its|They|Their)\b")
#: Before a sentence's subject at its opening: nothing, a quote, "The", a sentence adverb
#: ("For now, ", "Meanwhile, "), a time opener ("Since July 1, 2025, Sín Thầu has been
#: formed from ..."), and "The new" or "The former" before a merged unit's name
_OPENS_ON = re.compile(r"[\"“‘' ]*(?:(?:Since|From|On|In|By|After|Last|This|For|At|During|Until)"
                       r"[^\S\n][^,.;:\n]{0,24}(?:,[^\S\n]*(?:19|20)\d\d)?,[^\S\n]+|(?:Today|Now|"
                       r"Meanwhile|However|Currently|Still|Yet|Already|Nowadays|Moreover|Besides|"
                       r"Overall),[^\S\n]+)?(?:[Tt]he[^\S\n]+(?:(?:new|former|newly[^\S\n]+"
                       r"merged|merged|enlarged)[^\S\n]+)?)?")


#: Between an "It" and the figure of a whole it is one of: "It was the last of ", "It is one
#: of the ", "It is also the second of "
_MEMBER_OF = re.compile(r"[^\S\n]+(?:is|was)[^\S\n]+(?:also[^\S\n]+|now[^\S\n]+)?(?:one|"
                        r"the[^\S\n]+[a-z]+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+)?")


#: The unit posts stand in, after them: "the border posts in the commune", "posts of X district"
_POSTS_IN = re.compile(r"[^\S\n]+(?:in|of)[^\S\n]+(?:(?:the|this)[^\S\n]+(?P<unit>commune|district)"
                       r"\b|(?:the[^\S\n]+)?(?:(?:former|old|new)[^\S\n]+)?)")

#: People and goods named by where they come from, up to a place's name: "donors from Hà Nội
#: and ", "traders from Lao Cai and from across the border in ", "cigarettes from China's ",
#: "The driver, from ": where they came from is no subject.
_ORIGIN = re.compile(r"\b(?:donors|traders|buyers|tourists|visitors|investors|sponsors|"
                     r"benefactors|philanthropists|businesses|companies|firms|merchants|"
                     r"goods|cargo|cigarettes|driver|drivers|"
                     # what is traded: "imports ..., chiefly maize and cassava chips from
                     # Phongsaly and Oudomxay"
                     r"imports|products|produce|commodities|chips|maize|corn|cassava|timber|"
                     r"rubber|latex|cattle|buffaloes|fruit|vegetables|coffee|tea|cement|"
                     r"fertili[sz]er)"
                     r",?[^\S\n]+from[^\S\n]+(?:(?:[A-ZĐ][\w’'-]*|and|or|from|across|the|border|in|"
                     r"city|province|provinces|,)[^\S\n]*)*$"
                     # or where a journey began: "carried up from Dien Bien Phu", "taxi from
                     # Điện Biên Phủ" (and "left X" before the time or the arrival: _LEFT)
                     r"|\b(?:departed(?:[^\S\n]+from)?|set[^\S\n]+(?:off|out)[^\S\n]+from|"
                     r"(?:carried|brought|trucked|driven|shipped)(?:[^\S\n]+(?:up|down|in))?"
                     r"[^\S\n]+from|taxis?[^\S\n]+from)[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or where people come from, no topic for the paragraphs after: "Vietnamese patients come
#: mostly from the Hani and Mong villages of Muong Nhe district" (in its own paragraph, a
#: place it goes on about: "Most of the animals come from villages in Phongsaly, where ...")
_COME_FROM = re.compile(r"\b(?:come|comes|came)(?:[^\S\n]+(?:mostly|mainly|largely|chiefly|also|"
                        r"down|up|in))?"
                        r"[^\S\n]+from[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,7}?(?:of|in)?[^\S\n]*$")
#: A place left on a journey: "left Điện Biên Phủ ward at 5 am and reached the village" (not
#: "left Ẳng Cang commune for a factory in Malaysia": the emigrant's home, its figures)
_LEFT = re.compile(r"\bleft[^\S\n]+(?:the[^\S\n]+)?$")
_JOURNEY_ON = re.compile(r"[^\S\n]+(?:ward|town|city|commune)?[^\S\n]*(?:at[^\S\n]+(?:dawn|noon|"
                         r"night|midnight|\d)|early|before[^\S\n]+dawn|and[^\S\n]+(?:then[^\S\n]+)?"
                         r"(?:reached|arrived|crossed|drove|headed|got))")
#: ... or who made the subject, in an aside: "The race, organized by the Dien Bien Province
#: People's Committee and a Hanoi sports company, offered four distances" (not "led by":
#: a team led by a post is the post's)
_BY_AGENT = re.compile(r",[^\S\n]+(?:organi[sz]ed|hosted|funded|financed|sponsored|built|"
                       r"initiated|launched|co-organi[sz]ed)[^\S\n]+by[^\S\n]+"
                       r"(?:the[^\S\n]+)?$")
#: ... or partners in an aside, to its last comma: "Since 2020, in coordination with the Mường
#: Nhà Border Post, the police and Company 163 of Luang Prabang, it has solved 14 cases"
_PARTNERS = re.compile(r",[^\S\n]+in[^\S\n]+(?:close[^\S\n]+)?(?:coordination|cooperation|"
                       r"collaboration)[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or who gave what the subject used: "The soldiers have built two schools with materials
#: supplied by the provincial government, and have taught some 150 adults" (the soldiers')
_GIVEN_BY = re.compile(r"\b(?:supplied|provided|donated|granted|given|allocated|contributed|"
                       r"funded|financed|sponsored)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or where a thing was made or shown: "The report, prepared for a government meeting in
#: Hanoi this week, says the area fell from 7,800 hectares" (the report's subject, not Hanoi)
_MADE_AT = re.compile(r",[^\S\n]+(?:prepared|presented|submitted|released|published|issued|"
                      r"written|drafted)[^\S\n]+(?:for|at|in|to|by)[^,;\n]{0,40}?[^\S\n](?:in|at)"
                      r"[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or examples of what the sentence counts: "22 of the 58 communes lie on the border,
#: among them Sin Thau and Na Bung. In these communes ..." (no topic of the paragraph)
_EXAMPLES = re.compile(r",[^\S\n]+(?:among[^\S\n]+them|such[^\S\n]+as)[^\S\n]+[^,;.:\n]{0,40}$")
#: ... or a name a place lends to something else, no subject: a donor named by its home ("A
#: Hà Nội charity donated", "a Hanoi-based company"; not "the Mường Nhà post sponsors 26
#: pupils"), a work named after a place ("behind the Son La hydropower dam").
_LENDS_NAME = re.compile(r"(?:-based)?[^\S\n]+(?:charity|charities|company|companies|firm|NGO|"
                         r"foundation|association|club|enterprise|businesses|benefactors?|"
                         r"donors?|hydropower|hydro-power|dam|reservoir)\b")


class Pronouns:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: what "the post", "Its" stand for."""

    __slots__ = ()

    def _referent(self, pos: int) -> Mention | None:
        """Return what a sentence's opening "Its" at *pos* stands for, if anything.

        The last post or gate of the sentence before, else its first place, else
        what its first actor phrase stands for ("the village").
        """
        sent = self.sentence_of(pos)
        if self.text[sent.start:pos].strip("\"“‘' ") and not (self.text.startswith(
                "it ", pos) and IT_OPENER.search(self.text, sent.start, pos)) \
                or sent.start == 0:
            return None  # not the sentence's opening word (nor an "it" after its opener)
        prev = self._sentence_before(sent.start)
        par = self.paragraph_index(sent.start)
        subject = self._subject_before(prev, par)
        if self.text.startswith(("It ", "it "), pos) or subject is not None:
            return subject  # "The Tây Trang gate, opposite Pang Hốc, ... . Its turnover"
        for _ in range(3):  # "The unit mobilized ... . It presented ... . Its officers ..."
            if prev.start >= prev.end or self.paragraph_index(prev.start) != par \
                    or self.mentions_in(prev.start, prev.end) or not _PRONOUN.match(
                        self.text, prev.start):
                break
            prev = self._sentence_before(prev.start)
        places = [m for m in self.mentions_in(prev.start, sent.start) if m.kind not in WEAK_KINDS]
        facilities = [m for m in places if m.kind in FACILITY_KINDS]
        if places:
            return facilities[-1] if facilities else places[0]
        i = bisect_left(self.actor_starts, prev.start)  # "The village has ... . Its buffalo"
        actor = self.actors[i] if i < len(self.actors) and self.actors[i].end <= prev.end else None
        if actor is None or actor.kind not in ACTOR_KINDS:
            return None
        return self._nearest(ACTOR_KINDS[actor.kind], actor.start, unlisted=True,
                             lo=actor.start - REACH)

    def _subject_before(self, prev: Span, par: int) -> Mention | None:
        """Return what "It" opening a sentence stands for: a sentence before's subject.

        The place or actor phrase a sentence before (in the paragraph, three at
        most, over those opening on a pronoun; for an "It" opening its paragraph,
        the paragraph before's last) opens on: "The post is one of 16
        posts under the Command. It manages 36.2 km" is the post; "A Pa Chai,
        in Sin Thau commune, is the westernmost village. It lies 250 km from
        the city" is the village; not "Eight cases were found in Nà Bủng
        commune. It also handled ..." (a place named in passing).
        """
        for k in range(3):
            home = self.paragraph_index(prev.start)
            if prev.start >= prev.end or home != par and not (k == 0 and home == par - 1):
                return None  # (an "It" opening its paragraph: the last sentence before's)
            par = home
            # what the sentence opens on; not _first_actor, which resolves an "It" there
            # itself (a chain of "It" sentences would be walked again and again)
            mention = self._first_free(prev.start, prev.end)
            i = bisect_left(self.actor_starts, prev.start)
            actor = self.actors[i] if i < len(self.actors) and self.actors[i].end <= prev.end \
                else None
            found = actor if actor is not None and (
                mention is None or actor.start < mention.start) else mention
            if found is not None and _OPENS_ON.fullmatch(self.text, prev.start, found.start) \
                    and not (isinstance(found, Actor) and found.kind == "its"):
                if isinstance(found, Mention):
                    return found if found.kind not in WEAK_KINDS else None
                if found.kind not in ACTOR_KINDS:
                    return None  # "The province ...": the province is no "it" to carry
                kind = ACTOR_KINDS[found.kind]
                return self._opening_unit(kind, found) or self._nearest(
                    kind, found.start, unlisted=True, lo=found.start - REACH)
            if not _PRONOUN.match(self.text, prev.start):
                return None
            prev = self._sentence_before(prev.start)
        return None

    def _first_free(self, start: int, end: int) -> Mention | None:
        """Return the first mention in ``[start, end)`` that is no country and in no list."""
        j = self.free_next[bisect_left(self.mention_starts, start)]
        return self.mentions[j] if j < len(self.mentions) and self.mentions[j].start < end \
            else None

    def _first_actor(self, start: int, end: int, origins: bool = False) -> Mention | Actor | None:
        """Return the first place or actor phrase in ``[start, end)``: no origin, no aside.

        Nor an example ("among them X"); with *origins*, where people come from
        is passed over too (a topic).
        """
        mention = self._first_free(start, end)
        for _ in range(4):  # a few lists of origins at most (a dense text stays linear)
            partners = mention is not None and _PARTNERS.search(
                self.text, max(start, mention.start - 45), mention.start)
            aside = mention is not None and (partners or _BY_AGENT.search(
                self.text, max(start, mention.start - 45), mention.start) or _GIVEN_BY.search(
                self.text, max(start, mention.start - 30), mention.start) or _MADE_AT.search(
                self.text, max(start, mention.start - 64), mention.start))
            if mention is None or not (aside or _ORIGIN.search(
                    self.text, max(start, mention.start - 90), mention.start) or _EXAMPLES.search(
                    self.text, max(start, mention.start - 60), mention.start) or RANKED_IN.search(
                    self.text, max(start, mention.start - 60), mention.start) or in_life(
                    self.text, start, mention.start) or origins and _COME_FROM.search(
                    self.text, max(start, mention.start - 90), mention.start)
                    or _LENDS_NAME.match(self.text, mention.end) or (_LEFT.search(
                        self.text, max(start, mention.start - 10), mention.start)
                        and _JOURNEY_ON.match(self.text, mention.end))):
                break
            after = mention.end  # "donors from Hà Nội gave the posts": not Hà Nội, nor what
            if aside:  # "The race, organized by X and a Hanoi company, offered": the aside's end
                comma = self.text.rfind(",", mention.end, min(end, mention.end + 240)) \
                    if partners else self.text.find(",", mention.end, min(end, mention.end + 120))
                after = comma if comma > 0 else after
            for _ in range(4):  # the units holding it ("from X county in China's Yunnan")
                nxt = self._first_free(after, end)
                if nxt is None or not CHAIN_GAP.fullmatch(self.text, after, nxt.start):
                    break
                after = nxt.end
            mention = self._first_free(after, end)
        i = bisect_left(self.actor_starts, start)
        phrase = self.actors[i] if i < len(self.actors) and self.actors[i].end <= end else None
        if phrase is not None and phrase.phrase == "it" and self._referent(phrase.start) is None:
            i += 1  # an "it" after an opener that stands for nothing found: no subject
            phrase = self.actors[i] if i < len(self.actors) and self.actors[i].end <= end else None
        if phrase is not None and _GIVEN_BY.search(self.text, max(start, phrase.start - 30),
                                                   phrase.start):  # a donor: the next one
            phrase = self.actors[i + 1] if i + 1 < len(self.actors) and self.actors[
                i + 1].end <= end else None
        if phrase is not None and phrase.phrase == "It" and (_MEMBER_OF.fullmatch(
                self.text, phrase.end, end) or self._referent(phrase.start) is None):
            phrase = None  # "It is expected that ...": no place before it to stand for; "It
            # was the last of 58 joint patrols held by ...": the whole's figure, not the It's
        if mention is None:
            return phrase
        if phrase is None or mention.start <= phrase.start or (  # "Among the units, the Nậm
                phrase.kind == ALL_POSTS and mention.kind != "foreign_place"):  # Kè Border Post
            return mention  # handled 23 cases"; not "The posts held 44 joint patrols with Lao
        return phrase  # companies of Phongsaly": the posts

    def _province_named(self, start: int) -> Mention | None:
        """Return a province named last before *start* in its sentence, if not the article's.

        ("Officials in Luang Prabang said the province had spent 9.6 billion
        kip": Luang Prabang's, not the article's province; a province of ours
        only when the article's is another), or the subject of the sentence
        before when "The province" opens its own.
        """
        sent = self.sentence_of(start)
        named = self.mentions_in(max(sent.start, start - 200), start)  # (bounded)
        last = next((m for m in reversed(named) if m.kind in ("province", "foreign_place")
                     and m.precision == "province"), None)
        if last is None and self.text[sent.start:start].strip(" \"“‘'").lower() in ("the", ""):
            # the sentence opens on it: the subject of the sentence before ("Phongsaly
            # province handed over 17 sets ... . The province also gave 45 million kip")
            last = self._subject_before(self._sentence_before(sent.start),
                                        self.paragraph_index(sent.start))
            if last is not None and last.precision != "province":
                return None
        if last is None or FROM_PLACE.search(self.text, max(sent.start, last.start - 24),
                                             last.start):
            return None  # ("312 students from Phongsaly ..., while the province's hospitals")
        # one of ours only when the article's is another ("Điện Biên border guards recorded
        # 37 seizures in the province" in a report told from Phongsaly), and not one of two
        # ("plants in Sơn La and Lai Châu provinces; ... the east of the province")
        if last.kind != "foreign_place" and (self.province is None or self.province.place_id
                                             == last.place_id or self._paired(last)):
            return None
        return last

    def _posts_commune(self, pos: int) -> tuple[str, str] | None:
        """Return the commune (id, name) all posts named before *pos* stand in, if one.

        "Three border posts, A Pa Chải, Sen Thượng and Leng Su Sìn, are
        stationed in the commune. Together with the posts, 38 groups ...": the
        posts of its paragraph and the one before, two or more, in one commune
        of the article's time (after the 2025 merger, Sín Thầu).
        """
        p = self.paragraph_index(pos)
        lo = self.paragraphs[max(p - 1, 0)].start if p >= 0 else pos
        posts = {m.place_id: m for m in self.mentions_in(lo, pos) if m.kind == "border_post"}
        return self.era_commune(posts.values()) if len(posts) >= 2 else None

    def era_commune(self, mentions) -> tuple[str, str] | None:
        """Return the one commune (id, name) *mentions* all stand in, of the article's era.

        After the 2025 merger the new commune (a post, a village: the
        gazetteer's ``successor``), before it the legacy one; ``None`` when
        they stand in two or more, or the gazetteer puts one in none.
        """
        new = era_of_date(self.date) == CURRENT
        units = {(m.successor, m.successor_name) if new else (m.legacy_unit, m.legacy_name)
                 for m in mentions}
        unit = units.pop() if len(units) == 1 else None
        return unit if unit is not None and unit[0] is not None else None

    def _actor_scope(self, found: Mention | Actor, reason: str) -> Scope:
        if isinstance(found, Mention):
            return scope_of(found, reason)
        phrase = found.phrase
        if found.kind == WE and isinstance(found.speaker, Actor):  # "chairman of the
            return self._actor_scope(found.speaker, f"{reason}: {phrase!r} → the speaker's "
                                                    "unit")  # district": what it stands for
        if found.kind == WE:
            return scope_of(found.speaker, f"{reason}: {phrase!r} → the speaker's unit")
        if found.kind in ACTOR_KINDS:
            kind = ACTOR_KINDS[found.kind]
            unit = found.kind in UNIT_ACTORS
            word = next((w for w in ("port", "point", "crossing") if phrase.endswith(w)), None)
            near = self._nearest(kind, found.start, unlisted=unit, word=word) \
                if word else None  # "the Longfu port ... the port", "trade point ... the point"
            near = near or self._opening_unit(kind, found) \
                or self._nearest(kind, found.start, unlisted=unit, new=is_new(phrase))
            if near is None and found.kind == "county":  # no Vietnamese unit is a county
                near = self._nearest("foreign_place", found.start, unlisted=True)
            what = kind.replace("_", " ")
            if near is not None:
                return scope_of(near, f"{reason}: {phrase!r} → nearest {what}")
            if not unit:
                return Scope(None, None, f"{reason}: {phrase!r} with no {what} before it")
        if found.kind == "its" and (ref := self._referent(found.start)) is not None:
            return scope_of(ref, f"{reason}: {phrase!r} → the sentence before's")
        if found.kind == ALL_POSTS and (held := _POSTS_IN.match(self.text, found.end)):
            near = self._nearest(held["unit"], found.start, unlisted=True) \
                if held["unit"] else self._first_free(held.end(), held.end() + 1)
            if near is not None:  # "the border posts in the commune received 34 citizens"
                return scope_of(near, f"{reason}: {phrase!r} → the unit they stand in")
        if found.kind == ALL_POSTS and phrase.lower().startswith("the ") and (
                shared := self._posts_commune(found.start)) is not None:
            return Scope(*shared, f"{reason}: {phrase!r} → the commune of the posts named "
                                  f"before it", "commune")
        if found.kind == "province" and phrase.lower().startswith("the province") and (
                abroad := self._province_named(found.start)):
            return scope_of(abroad, f"{reason}: {phrase!r} → the province named before it")
        if self.of_district(found):  # "the posts" of a district's review
            return scope_of(self.district, f"{reason}: {phrase!r} → the article's district")
        if self.province is None:
            return self.home_scope(f"{reason}: {phrase!r}")
        return scope_of(self.province, f"{reason}: {phrase!r} → article's province")
