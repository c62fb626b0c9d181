"""The unit an article is about: where its generic actors, totals and leftovers belong.

Private to :mod:`geo.figures._context`.  A review of Nậm Pồ district's year
whose places all lie in the district ("the district's five border posts
...; Police and border guards uncovered 47 drug cases"; a table of its
communes and their total) is about the district: "the posts", bare "border
guards", a total, a table's total and what no rule places are the
district's, not the province's; a story whose places all lie in one commune
(its post, its villages) leaves what no rule places to the commune; a story
about one border gate gives it what the province builds or spends there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from geo.figures._actors import ALL_POSTS
from geo.figures._pronouns import REACH
from geo.figures._scope import IN_PROVINCE, Scope, across, scope_of
from geo.model import Mention, Span
from geo.region import province_code

__all__ = ["Focus", "focus_district", "one_commune"]

#: After a count of units, where they are: "... posts stationed in the (new) district"
_IN_THE_DISTRICT = re.compile(r"(?:[^\S\n]+[a-z-]+){0,3}?[^\S\n]+(?:in|of)[^\S\n]+the[^\S\n]+"
                              r"(?:(?:new|same|whole|border|former)[^\S\n]+)?district\b(?![’'])")
#: ... or before it: "the district's 11 communes", "the district's five border posts"
_DISTRICTS = re.compile(r"\bthe[^\S\n]+district[’']s[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}$")
#: What a province does for a gate: works, land, money, the market and the fees it takes
_GATE_WORKS = re.compile(r"\b(?:build|built|building|expand\w*|upgrad\w*|yards?|invest\w*|cost|"
                         r"hectares?|ha|markets?|stalls|duties|fees|warehouses?)\b", re.IGNORECASE)
#: ... not for gates in the plural
_GATES = re.compile(r"\b(?:gates|crossings|checkpoints|ports)\b", re.IGNORECASE)
#: The kinds of place a commune holds (or is).
_IN_COMMUNE = frozenset({"commune", "ward", "village", "border_post", "border_gate"})


def focus_district(usable: list[Mention], districts: Mapping[str, tuple[str, str]],
                   province: Mention | Scope | None) -> Mention | None:
    """Return the mention of the one district of the article's *province* its places lie in.

    *districts*: the legacy district and its province (ids) of each place id
    (:func:`geo.pipeline.legacy_district`).  The district must be named in
    the body, with two places or more finer than it, and no place of another
    district of the province.
    """
    if province is None or province.place_id is None:
        return None
    code = province_code(province.place_id)
    ours = [m for m in usable if m.place_id in districts
            and province_code(districts[m.place_id][1]) == code]
    held = {districts[m.place_id][0] for m in ours}
    if len(held) != 1:
        return None
    district = held.pop()
    if len({m.place_id for m in ours if m.place_id != district}) < 2:
        return None
    return next((m for m in ours if m.place_id == district), None)


def one_commune(usable: list[Mention]) -> Mention | None:
    """Return the mention of the one commune all places of *usable* in a commune are or lie in.

    Two places or more, the commune named, of the era it is named in: "Tá Miếu
    village", "Sín Thầu commune" and "the A Pa Chải gate" lie in legacy Sín
    Thầu and in the 2025 one.
    """
    ours = [m for m in usable if m.kind in _IN_COMMUNE]
    if len({m.place_id for m in ours}) < 2:
        return None
    for units in ({m.legacy_unit for m in ours}, {m.successor for m in ours}):
        if len(units) == 1 and (unit := units.pop()) is not None and (
                named := next((m for m in ours if m.place_id == unit), None)) is not None:
            return named
    return None


class Focus:
    """Mixin of :class:`~geo.figures._context.ArticleContext`: the unit an article is about."""

    __slots__ = ()

    def of_district(self, found) -> bool:
        """Tell whether an actor phrase stands for the district the article is about.

        "the posts", "border units" and bare "border guards" do, unless their
        sentence speaks of the whole province ("Across the province, border
        guards handled 311 cases").
        """
        if self.district is None or not (found.kind == ALL_POSTS
                                         or found.phrase.lower() == "border guards"):
            return False
        sent = self.sentence_of(found.start)
        return not IN_PROVINCE.search(self.text, sent.start, sent.end)

    def works_at_gate(self, found: Scope, start: int, sent: Span) -> Scope | None:
        """Return the gate a story is about when the province's figure at *start* is its works.

        "The provincial People's Committee has approved a plan to expand the
        gate's inspection yard by 5.6 hectares at a cost of 86 billion VND" in a
        story about the Tây Trang gate (its main place, named in the figure's
        paragraph or in the title): the gate's.  Not when the figure's sentence or
        the one before names another gate of ours, nor when its sentence names a
        post or gates in the plural ("trade through the province's border
        gates") or speaks of no works, land, money, market or fees ("These
        efforts have mobilized over VND 17.4 billion").
        """
        gate, home = self.main_place, self.province or self.home
        if gate is None or gate.kind != "border_gate" or found.kind != "province" \
                or home is None or found.place_id != home.place_id:
            return None
        if not _GATE_WORKS.search(self.text, sent.start, sent.end) or _GATES.search(
                self.text, sent.start, sent.end) or any(
                m.kind == "border_post" for m in self.mentions_in(sent.start, sent.end)):
            return None
        p = self.paragraph_index(start)
        par = self.paragraphs[p] if p >= 0 else sent
        if (self.titled is None or self.titled.place_id != gate.place_id) and all(
                m.place_id != gate.place_id for m in self.mentions_in(par.start, par.end)):
            return None  # a paragraph not about the gate
        near = self._sentence_before(sent.start).start
        if any(m.kind == "border_gate" and m.place_id != gate.place_id and not across(m)
               for m in self.mentions_in(near, sent.end)):
            return None  # another gate of ours ("Huổi Puốc gate, meanwhile, will get a new
            # road. ... the road will cost 120 billion VND"; not the Lao gate facing it)
        return scope_of(gate, f"{found.reason}; works at the gate the article is about")

    def counted_in_district(self, start: int, end: int, sent: Span) -> Mention | None:
        """Return the district a count ``[start, end)`` of units in *sent* says it counts in.

        "the five posts stationed in the district", "one of five border posts
        stationed in the new district", "the district's 11 communes": the last
        district named before.  (``ArticleContext.scope`` asks only when the
        place the sentence gave is the province or cannot hold them.)
        """
        if not (_IN_THE_DISTRICT.match(self.text, end) or _DISTRICTS.search(
                self.text, max(sent.start, start - 40), start)):
            return None
        return self._nearest("district", start, unlisted=True, lo=max(0, start - REACH))

    def article_whole(self, reason: str) -> Scope:
        """Return the district the article is about, else its province, for a whole's figure."""
        if self.district is not None:
            return scope_of(self.district, f"{reason}: the article's district")
        if self.province is None:
            return self.home_scope(reason)
        return scope_of(self.province, f"{reason}: the article's province")

    def article_place(self) -> Scope:
        """Return the place of a figure no rule places: the article's main place, else its unit.

        The place it is about (``main_place``); else the commune every place
        the article names in a commune lies in (:func:`one_commune`); else
        the district it is about; else its province.
        """
        if self.main_place is not None:
            return scope_of(self.main_place, "article main place")
        if self.commune is not None:
            return scope_of(self.commune, "article main actor: the article's commune")
        if self.district is not None:
            return scope_of(self.district, "article main actor: the article's district")
        if self.province is not None:
            return scope_of(self.province, "article main actor")
        return self.home_scope("article main actor")
