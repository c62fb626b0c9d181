"""What surrounds a figure: its sentence, scope place, period and date.

Private helpers of :mod:`geo.figures.extract`.  :class:`ArticleContext` is built
once per article (sentences, paragraphs, usable mentions, the article's
province, period expressions) so that each figure costs a few bisects.

Scope rules (the first that gives a place wins; ``scope_reason`` records which):

1. ``own phrase``: a place named right after the figure by "from/of/at"
   ("a dozen officers and soldiers from the Nậm Kè Border Post"); ``apposition``: the place
   a description holding the figure follows ("Ban Namnga, a village of 86 households");
   ``possessive``: a place's possessive before the figure ("the village's 38 households");
2. ``clause location``: a place finer than the province that the figure's clause gives as the
   location, after the figure and with no comma between ("seized 6 kg of opium in Pa Xa Lào
   village", "found 9 kg near Ka Hâu village", "targets 1,426 children in the commune": the
   commune named before): where the counted things are wins over who
   counted them, but not over a unit's stretch ("the post manages 22 km of border in X
   commune"); ``here``: "here" or "there" right after the figure points to the last village
   (else commune, else place) of its sentence or the one before; "At the scene," opening
   its sentence, to the village or commune of the event told in the paragraphs before;
3. ``where clause``: in a ", where ..." clause, the place right before
   "where" ("near Tàng Phon village, Nậm Kè commune, where 16 kg was
   seized": the village; "the post in Mường Pồn commune, where officers
   seized 3 kg": the commune, not the post);
4. ``clause subject``: the first place or actor phrase ("the province",
   "the Command", "the command", "the provincial ...", "the post", "the
   gate") before the figure in its clause ("The Sen Thượng Border Post is
   tasked with ... 24km"; "..., while the Nậm Nhừ Border Post made 42
   patrols"; after an opening "Located in ..., "; after an opening "In X
   district, " when a finer place or "the post" follows: "In Nậm Pồ district,
   the Na Cô Sa Border Post opened 3 classes"; not past a landmark of the opener's place:
   "In Mai district, across from Tay Trang, traders ..."), else in its sentence; but a
   trail's village or commune named after the subject (``where the trail is``: "a patrol of
   the post stopped a man on a forest trail in Pa My commune, seizing 6,000 pills");
   ``a total``: a sentence opening on "In total", "Altogether", "Overall", "Total
   for ...:" with no place before the figure: the article's district (``_focus``) or province;
5. ``where the thing it opens on went``: a sentence opening on a thing named before ("The
   exercise mobilised 1,250 people" after "an exercise in Thanh Nưa commune"); else ``sentence
   place``: the first place after the figure in its sentence, not past a semicolon, a contrast
   (", while ..."; "Tasked with ... 455.573km ..., the Command"), a comparison ("less than
   half of what a clinic in Hà Nội pays") or a part (", most of them in Vientiane");
6. ``paragraph actor``: else the first place or actor phrase of the paragraph
   before the figure (earlier sentences' sources skipped);
7. ``previous paragraph actor``: else the same for the topic sentence of the
   paragraph before (its first of four words or more; captions and headings
   skipped, unless nothing else comes before; under a summary's heading, "The
   year in numbers", the province); else the first place of the figure's
   paragraph after it (``paragraph actor``); not past a digest's item (``_digest``);
8. ``article main place``: else the place the article is about (finer than the province, named
   twice in the body and twice as often as any other; else the one its title names);
9. ``article main actor``: else the commune or district all the article's places lie in
   (``_focus``), else its province: Điện Biên when named, unless another is named twice as
   often (a defendant's Nghệ An) or the story is told from across the border (a Lao paper's
   Phongsaly: ``article_province``).

"The post", "the gate": the nearest post or gate named before them; "we", "our officers": the
unit of who speaks (``geo.figures._actors``). Actor phrases about the province resolve to the
article's province mention (none: the place is ``None``, the reason says so).  A country in the
figure's sentence is its place only when no paragraph before names anything
finer; a list of three places or more after the figure gives none of them;
a place before "-based" ("a Hà Nội-based fund") is a donor's home, never a
place; places inside event names never are, border markers only a height's. See
:meth:`~geo.figures._located.Located.beyond` for what overrides the place found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from geo.figures._actors import Actor, find_actors
from geo.figures._counted import COUNTED_SIZE, FOREIGN_SIZE, UNIT_SIZE, can_hold, counted_units
from geo.figures._digest import item_openers
from geo.figures._focus import Focus, focus_district, one_commune
from geo.figures._notes import Notes
from geo.figures._pairs import own_clause
from geo.figures._refer import References
from geo.figures._sales import sale_place
from geo.figures._scope import (
    APPOSED,
    APPOSITIVE,
    BRACKETED,
    CLAUSE_BREAK,
    CLAUSE_WINDOW,
    FACILITY_KINDS,
    GAP_OPENS,
    GAPPED,
    IN_UNIT,
    ITEM_OPENS,
    LAW,
    LENGTH_END,
    OWN,
    PARTITIVE_OPENS,
    STEWARDS,
    WEAK_KINDS,
    WITH_FIGURE,
    Scope,
    nationwide_starts,
    scope_of,
)
from geo.figures._speakers import speakers_units
from geo.figures._subjects import Subjects
from geo.figures._usable import (
    article_province,
    home_province,
    listed_places,
    main_place,
    next_free,
    partner_places,
    title_place,
    usable_places,
)
from geo.model import Article, Mention, Span
from geo.text import Passages, paragraph_spans


@dataclass(slots=True)
class ArticleContext(References, Focus, Subjects):
    """Per-article lookups shared by all figures of the article."""

    text: str
    paragraphs: list[Span]
    paragraph_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    province: Mention | None
    notes: Notes
    year: int | None
    date: str | None
    actors: list[Actor] = field(default_factory=list)
    actor_starts: list[int] = field(default_factory=list)
    passages: Passages | None = None  # sentence splits, shared with find_mentions
    main_place: Mention | None = None  # the place the article is about, if one dominates
    listed: frozenset[int] = frozenset()  # indices of mentions in lists of three or more
    #: for each index, the first mention from there on that is neither a country nor listed
    free_next: list[int] = field(default_factory=list)
    country_next: list[int] = field(default_factory=list)  # the first country from there on
    nationwide: list[int] = field(default_factory=list)  # where "nationwide" and the like stand
    home: Scope | None = None  # Điện Biên when the article names no province (home_province)
    titled: Mention | None = None  # the one place finer than a province its title names
    markers: list[Mention] = field(default_factory=list)  # the border markers (for heights)
    items: list[int] = field(default_factory=list)  # a digest's: each paragraph's item opener
    district: Mention | None = None  # the one district the article's places lie in (_focus)
    commune: Mention | None = None  # ... the one commune (_focus)

    @classmethod
    def build(cls, article: Article, mentions, notes: Notes,
              passages: Passages | None = None, districts=None) -> ArticleContext:
        """Split the body into paragraphs and index the usable mentions of *article*.

        *passages*: the sentences split for ``find_mentions`` (or None); *districts*: each
        place's legacy district (``_focus.focus_district``).
        """
        text, body = article.text, article.body
        paragraphs = paragraph_spans(text, body.start, body.end)
        usable = usable_places(text, body, mentions)
        province = article_province(usable, article.date)
        titled = title_place(usable, mentions, article.title_span)
        main = main_place(usable, titled)
        year = int(article.date[:4]) if article.date and article.date[:4].isdigit() else None
        actors = speakers_units(find_actors(text, body, usable), text, paragraphs, usable)
        listed = listed_places(text, usable) | partner_places(text, usable)
        free_next, country_next = next_free(text, usable, listed)
        home = home_province(usable, article.date) if province is None else None
        return cls(text, paragraphs, [p.start for p in paragraphs], usable,
                   [m.start for m in usable], province, notes, year, article.date, actors,
                   [a.start for a in actors], passages or Passages(text), main, listed,
                   free_next, country_next, nationwide_starts(text, body.start, body.end),
                   home, titled, [m for m in mentions if m.kind == "border_marker" and m.place_id],
                   item_openers(text, paragraphs),
                   focus_district(usable, districts or {}, province or home), one_commune(usable))

    # -- spans ---------------------------------------------------------------
    def paragraph_index(self, pos: int) -> int:
        """Return the index of the paragraph containing *pos*, or -1."""
        i = bisect_right(self.paragraph_starts, pos) - 1
        return i if i >= 0 and pos < self.paragraphs[i].end else -1

    def _sentences_of(self, p: int) -> tuple[list[Span], list[int]]:
        par = self.paragraphs[p]
        return self.passages.sentences(par.start, par.end)

    def sentence_of(self, pos: int) -> Span:
        """Return the sentence containing *pos* (or a one-character span)."""
        p = self.paragraph_index(pos)
        if p < 0:
            return Span(pos, pos + 1)
        spans, starts = self._sentences_of(p)
        i = bisect_right(starts, pos) - 1
        return spans[i] if i >= 0 and pos < spans[i].end else Span(pos, pos + 1)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Return usable mentions starting in ``[start, end)``, in text order."""
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    # -- scope ---------------------------------------------------------------
    def scope(self, start: int, end: int, sent: Span, *, subject: str = "",
              value: float | None = None, next_start: int | None = None) -> Scope:
        """Return the scope place of a figure spanning ``[start, end)`` in *sent*.

        What follows the next figure (at *next_start*) is that figure's when a
        clause of its own starts between them ("led 240 patrols and persuaded 17
        households in Nậm Vì commune"; not "48,500 people and 9,600 vehicles
        crossed at", "15 citizens, including four children, at the gate").
        *subject* is what the figure counts (its head noun last): a count of
        units ("29 communes", "16 posts") is never about a unit as small as
        those it counts: the article's province's (of provinces: its sentence's
        country's; of "the three former communes": maybe a commune's, not of districts).
        """
        counted = counted_units(words := subject.split())
        size = COUNTED_SIZE.get(counted)
        if size is not None and "former" in words and counted != "districts":  # a commune's
            size = COUNTED_SIZE["villages"]
        elif counted == "posts" and (value or 0) > 4:  # a commune holds a few posts, not 16
            size = COUNTED_SIZE["communes"]
        upto = Span(sent.start, next_start) if next_start is not None and next_start < sent.end \
            and own_clause(self.text, end, next_start) else sent
        if PARTITIVE_OPENS.fullmatch(self.text, sent.start, start) and (
                comma := self.text.find(",", end, sent.end)) > 0:
            upto = Span(sent.start, comma)  # "Of the 47 cases, 29 occurred in X": a total's
        if subject == "funds" and (market := sale_place(
                self.text, self.mentions_in, start, end, sent)) is not None:
            return scope_of(market, "where it was sold")  # "sold ... for 60,000 yuan"
        found = self.item_head(start, self._scope(start, end, upto, size))
        if (beyond := self.beyond(found, start, end, sent, value, size)) is not None:
            return beyond  # "a 2,337-km border", "10 cows ... to 10 households in Chung Chải"
        if (gate := self.works_at_gate(found, start, sent)) is not None:
            return gate  # "the province ... to expand the gate's inspection yard by 5.6 hectares"
        if size is None:  # "Sín Thầu. ... in the province, 28 km"; a lead's seizure
            return self.lead_event(start, self.under_heading(start, found))
        held = bool(found.place_id) and can_hold(found, counted, value, size)  # (its place)
        if not (held and found.kind != "province") and (
                district := self.counted_in_district(start, end, sent)) is not None:
            return scope_of(district, f"{found.reason}; a count of {counted} in the district")
        if held or found.place_id is None or self.province is None or found.reason.startswith(
                "place with"):  # (else "the five posts stationed in the district", or no
            return found  # post holds 16 posts: the province)
        return scope_of(self.province, f"{found.reason}; a count of {counted}: the province")

    def _scope(self, start: int, end: int, sent: Span, size: int | None) -> Scope:
        text = self.text
        m = OWN.match(text, end) or (IN_UNIT.match(text, end) if size is not None else None)
        if m:  # of a count of units, a larger unit but a province ("4 villages of X"; not "a post
            # covers 3 communes of Điện Biên"); "34 km from Điện Biên Phủ City" not the city's
            far = m[0].lstrip()[:4] == "from" and LENGTH_END.search(text, start, end)
            for mention in self.mentions_in(m.end(), m.end() + 1):
                if far and mention.kind not in ("village", "commune") or size is not None \
                        and size in (UNIT_SIZE.get(mention.kind), FOREIGN_SIZE) \
                        and self._listed(mention):  # from a town, a post; the units counted
                    continue  # ("3 districts of Mai, Samphanh and Nhot Ou") are not the place
                if mention.kind not in WEAK_KINDS and (size is None or mention.kind != "province"
                                                        and UNIT_SIZE.get(mention.kind, 9) > size):
                    return scope_of(mention, "own phrase")
        described = APPOSITIVE.search(text, max(sent.start, start - 60), start)
        if described is not None:  # "Ban Namnga, a village of 86 households"
            named = self.mentions_in(max(sent.start, described.start() - 60), described.start())
            if named and named[-1].end == described.start() and named[-1].kind not in WEAK_KINDS:
                return scope_of(named[-1], "apposition")
        if LENGTH_END.search(text, start, end) and (before := self.mentions_in(
                max(sent.start, start - 30), start)) and before[-1].kind not in WEAK_KINDS \
                and APPOSED.fullmatch(text, before[-1].end, start) and not self._listed(
                    before[-1]) and not text.endswith(("and ", "or "), 0, before[-1].start):
            return scope_of(before[-1], "apposition")  # "Lào Cai, 400 km to the east"
        if (owner := self._owner(start, sent.start, end)) is not None:  # "the village's 38
            return scope_of(owner, "possessive")  # households"
        if text.endswith(("its ", "their "), max(sent.start, start - 6), start) and (posts := [
                m for m in self.mentions_in(sent.start, start) if m.kind in FACILITY_KINDS]):
            # "the X Border Post ... by its 32 officers"; not after a unit the sentence opens
            # on ("Điện Biên Province ... to upgrade the Huổi Puốc gate, ... its 455 km border")
            head = self.mentions_in(sent.start, sent.start + 5)
            return scope_of(head[0] if head and head[0].kind in UNIT_SIZE else posts[-1],
                            "possessive")
        named = self.mentions_in(max(sent.start, start - 80), start)
        m = named[-1] if named and named[-1].kind not in WEAK_KINDS else None
        if m is not None and BRACKETED.match(text, m.end, start):
            return scope_of(m, "place with")  # "a camp in Thanh Xương commune (200 beds)"
        if named and GAPPED.fullmatch(text, named[-1].end, start) and text.endswith(
                GAP_OPENS, sent.start, named[-1].start):
            return scope_of(named[-1], "gapped subject")  # "..., and Laos about 380 billion kip"
        if (each := self._respective(start, sent)) is not None:  # "A and B, 8% and 9% each"
            return scope_of(each, "respectively")
        if (whole := self._whole_of(start, end, sent)) is not None:  # "one of 42 schools in X"
            return scope_of(whole, "one of a whole")
        located = self._clause_location(end, sent.end) if size is None and not STEWARDS.search(
            text, max(sent.start, start - 80), start) else None  # (not a post's stretch)
        if located is not None:
            return scope_of(located, "clause location")
        if m is not None:
            if WITH_FIGURE.match(text, m.end, start):  # "Si Pa Phìn with 152", "... with 300 beds"
                return scope_of(m, "place with")
            if not text[m.end:start].strip() and ITEM_OPENS.search(
                    text, max(sent.start, m.start - 12), m.start):
                return scope_of(m, "list item")  # "X has 74 households, Pa Xa Xá 58"
        if (land := self.nationwide_country(start, end, sent)) is not None:
            return scope_of(land, "nationwide: the country")  # "seized 144 million ... nationwide"
        if (law := LAW.search(text, end, min(sent.end, end + CLAUSE_WINDOW))) and not \
                CLAUSE_BREAK.search(text, end, law.start()) and (vn := next(
                (m for m in self.mentions if m.place_id == "country:vn"), None)) is not None:
            return scope_of(vn, "the law's threshold: the country")  # ("600 g ... can carry")
        if (here := self._here(start, end, sent.start)) is not None:
            return scope_of(here, "here")  # "helped 46 households here", "There, the post ..."
        if (where := self._where_antecedent(max(sent.start, start - CLAUSE_WINDOW), start)):
            return scope_of(where, "where clause")
        if (subject := self._opener_subject(end, sent)) is not None:  # "Located ..., the gate"
            return self._actor_scope(subject, "the subject after its opener")
        return self._subject_scope(start, end, sent)
