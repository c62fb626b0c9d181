"""A figure's scope, the words its rules read and the sizes they compare.

Private to :mod:`geo.figures`.

:class:`Scope` is what :class:`geo.figures._context.ArticleContext` answers
for each figure: the place, its kind and the rule that chose it.  The
tables say how coarse a place is: a village is finer than a post, a commune
or a gate ("In Tàng Phon village, ..., the Nậm Kè Border Post": the
village), and a count of units is never about a unit as small as those it
counts ("29 communes" is no commune's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.figures._actors import Actor
from geo.model import Mention
from geo.text.needles import Needled

__all__ = ["APPOSED", "APPOSITIVE", "AWAY_AFTER", "BRACKETED", "CLAUSE_BREAK", "CLAUSE_WINDOW",
           "COMMA", "COMPARED", "CONTRAST", "FACILITY_KINDS", "FROM_PLACE", "FRONTED", "HERE",
           "HOLDER_GAP", "IN_AT", "IN_PROVINCE", "IN_THE_PROVINCE", "IN_UNIT", "ITEM_OPENS", "LAW",
           "LENGTH_END", "LIST_OPENER", "LOCATION_KINDS", "LOCATIVE", "MEASURED_FROM",
           "NATIONWIDE", "OF_PROVINCES", "OWN", "PARTICIPLE", "PARTNER", "POSSESSED", "POSSESSIVE",
           "RELATIVE", "ROUTE_TO", "SCENE", "SOURCE", "STEWARDS", "Scope", "THAN", "THERE_OPENS",
           "TOTAL", "TRIP_TO", "WEAK_KINDS", "WITH_FIGURE", "across", "country_in", "gate_of_post",
           "holds", "nationwide_starts", "own_words", "rank", "scope_of", "strong_first",
           "unless_venue", "where_of"]

# -- the words of the scope rules (geo.figures._context) ----------------------
# a place named right after the figure: "from/of/at (the)"
#: A figure that is a length: "34 km", "27 kilometres", "500 m".
LENGTH_END = Needled(re.compile(r"(?<![^\W\d_])(?:km|kilomet(?:er|re)s?|m|met(?:er|re)s?|miles?)$"),
                     "m")
OWN = re.compile(r"[^\S\n]+(?:from|of|at)[^\S\n]+(?:the[^\S\n]+)?(?:(?:former|old|new)[^\S\n]+)?")
#: Before a place people or things came from: "312 students from Phongsaly", "from Laos'
#: Phongsaly province", "from the".
FROM_PLACE = re.compile(r"\bfrom[^\S\n]+(?:(?:Laos|China|Lao|Chinese)[’']?s?[^\S\n]+)?"
                        r"(?:the[^\S\n]+)?$")
#: Before a place a distance is measured from, a landmark: "about 90 km by road from Mường Nhé
#: commune", "two hours' drive from the"
MEASURED_FROM = re.compile(r"(?:\b\d[\d.,]*[^\S\n]?|\b(?:an?|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|several|few)[^\S\n]+)(?:km|kilomet(?:er|re)s?|m|"
                           r"met(?:er|re)s?|miles?|hours?|minutes?)\b['’]?(?:[^\S\n]+(?:by"
                           r"[^\S\n]+road|away|on[^\S\n]+foot|by[^\S\n]+car|drive|walk))?"
                           r"[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?$")
#: ... or a trip's end: "before the road, a trip to Muong Nhe took most of a day"
TRIP_TO = re.compile(r"\b(?:trips?|journeys?|drives?|rides?|walks?)[^\S\n]+to[^\S\n]+"
                     r"(?:the[^\S\n]+)?$")
#: ... or named in a clause that says how far away it is: "the nearest hospital, the regional
#: medical centre in Mường Nhé commune, is 65 km away"
AWAY_AFTER = re.compile(r"[^.;:\n]{0,40}?[^\S\n](?:is|are|lies|lie|sits|stands)[^\S\n]+(?:(?:about|"
                        r"some|only|more[^\S\n]+than|over|nearly)[^\S\n]+)?\d[\d.,]*[^\S\n]?(?:km|"
                        r"kilomet(?:er|re)s?|miles?|hours?|minutes?)\b[^\S\n]+away\b")
#: ... unless a route goes on from it: "450 km from Tây Trang to the port"
ROUTE_TO = re.compile(r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+to[^\S\n]")
#: ... and "in" after a count of units: "five border communes in Mường Nhé and Mường Chà"
IN_UNIT = re.compile(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?(?:(?:former|old|new)[^\S\n]+)?")
# what may stand between a locative and its place: "in the former Pa Thơm"
_PLACE_LEAD = (r"[^\S\n]+"
               # "in Điện Biên province's Nà Hỳ commune", "in the province's Nà Hỳ"
               r"(?:(?:the|[A-ZĐ][^\W\d_]*(?:[^\S\n]+[A-ZĐ][^\W\d_]*){0,3})[^\S\n]+"
               r"(?:province|district)['’]s[^\S\n]+)?"
               r"(?:the[^\S\n]+)?(?:(?:former|new|old)[^\S\n]+)?"
               # "in the remote district of X", "in the border commune of X"
               r"(?:(?:[a-z-]+[^\S\n]+){0,2}(?:district|commune|village|ward|town)[^\S\n]+"
               r"of[^\S\n]+)?$")
# a locative right before a place: "in", "at", "near", "inside" (+ "the", "former")
LOCATIVE = re.compile(r"\b(?:in|at|near|inside|within|through|via|into|next[^\S\n]+to|beside|"
                      r"adjacent[^\S\n]+to)" + _PLACE_LEAD,
                      re.IGNORECASE)
LOCATION_KINDS = frozenset({"village", "commune", "ward", "district", "border_gate",
                            "border_post", "foreign_place"})
# where a new clause starts inside a sentence: "; ", ": ", ", while the ..."
#: Characters around a figure searched for its clause's edges: clauses are
#: shorter, and a bound keeps a long unpunctuated sentence linear.
CLAUSE_WINDOW = 400
_TURNS = r"while|whereas|but"  # the words that turn a sentence to another subject
_SAID = r"(?:[^\S\n]+that)?(?=[^\S\n]+(?:the[^\S\n]+)?[^\W\d_])"
CLAUSE_BREAK = re.compile(rf";|:|,[^\S\n]+(?:{_TURNS}|and)\b"
                          # ", with Luang Prabang accounting for the remaining 4.7 million kWh"
                          r"|,[^\S\n]+with\b(?=[^,;\n]{1,60}?[^\W\d_]ing\b)"
                          # "the chairman of X said (that) trade through the Y gate reached",
                          # "a captain from Thai Binh told me the post looks after 36 km" (each
                          # verb opens on its letter, then looks back: a faster scan than "\b")
                          rf"|s(?<!\ws)(?:aid|ays|tated){_SAID}|n(?<!\wn)oted{_SAID}"
                          rf"|a(?<!\wa)(?:dded|nnounced){_SAID}|r(?<!\wr)eported{_SAID}"
                          r"|t(?<!\wt)old[^\S\n]+(?:me|us|him|her|them|reporters|journalists|"
                          rf"[A-Z][\w.]+){_SAID}")
#: A comparison: "1.2 yuan a kilogram, better than at the market in Muong Nhe town", "less
#: than half of what a private clinic in Hanoi offers", "shorten the route by 150 km compared
#: with the road through Tay Trang" (not "more than 300 pills", "more than VND 1.1 billion",
#: "more than half the households": a figure's own qualifier)
THAN = (r"\b(?:than|compared[^\S\n]+(?:with|to))\b(?![^\S\n]+(?:(?:VND|USD|CNY|US\$|\$|¥|€)?"
        r"[^\S\n]*\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|twice|double)\b|"
        r"half\b(?![^\S\n]+of[^\S\n]+what\b)))")
COMPARED = re.compile(THAN, re.IGNORECASE)
#: What ends the clause a figure's "sentence place" is looked for in: a semicolon, a contrast
#: (", while officers from the X post donated ...": another subject's), a comparison, a part
#: ("1,978 cases and three deaths, most of them in Vientiane": the whole is no part's; "58
#: people had been tested, most of them young men from X")
CONTRAST = re.compile(rf";|,[^\S\n]+(?:{_TURNS}|(?:most|many|some|half)[^\S\n]+of[^\S\n]+(?:them|"
                      rf"which|whom))\b|(?i:{THAN})")
# a sentence opening on a participle phrase of place, before its subject
PARTICIPLE = re.compile(r"(?:Located|Situated|Based|Lying|Stationed|Headquartered|Nestled)"
                        r"[^\S\n]+(?:in|at|on|near|along)\b"
                        # or of a unit's making: "Carved out of Muong Nhe ... in 2012, Nam Po has",
                        # "Formed on 1 July 2025 from the former ... communes, the commune has"
                        r"|(?:Carved|Created|Formed|Split|Separated|Established|Merged)[^\S\n]+"
                        r"(?:(?:in|on)[^\S\n]+[^,.;:\n]{1,30}?[^\S\n]+)?(?:out[^\S\n]+of|from|off)\b"
                        # or a distance: "Located 90 km from ...", "Some 40 km from X, the post"
                        r"|(?:(?:Located|Situated|Lying|Nestled)[^\S\n]+)?(?:(?:[Aa]bout|[Ss]ome"
                        r"|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Mm]ore[^\S\n]+than|[Ll]ess"
                        r"[^\S\n]+than)[^\S\n]+)?\d[\d.,]*[^\S\n]?(?:km|kilomet(?:er|re)s|m"
                        r"|met(?:er|re)s|miles)[^\S\n]+(?:away[^\S\n]+)?(?:from|of|north|south"
                        r"|east|west)\b")
COMMA = re.compile(r",[^\S\n]+")
#: A place's possessive: "Vietnam's", "Laos’"
# between a place and the place it holds: "Điện Biên province's Nà Hỳ", "Laos' Phongsaly"
HOLDER_GAP = re.compile(r"(?:[^\S\n]+(?:province|district))?['’]s?[^\S\n]+")
POSSESSED = re.compile(r"['’]s?\b|['’]")
#: A phrase fronted before a clause's subject: "Under the project, Vietnam spent".
FRONTED_PHRASE = re.compile(r"[^,.;:\n]{1,50},[^\S\n]+")
#: A subject whose verb is left out, before its figure: "... and Laos about 380 billion kip".
GAPPED = re.compile(r"[^\S\n]+(?:(?:about|some|around|nearly|roughly|over|almost|only|just|"
                    r"more[^\S\n]+than)[^\S\n]+)?")
GAP_OPENS = ("and ", "while ", "whereas ")
# a sentence that sums up: "In total, ...", "Altogether, ...", "Total for December 2025: ..."
TOTAL = re.compile(r"(?:in[^\S\n]+total|in[^\S\n]+all|all[^\S\n]+told|altogether|overall|"
                   r"(?:provincial[^\S\n]+|overall[^\S\n]+)?totals?(?:[^\S\n]+for\b[^:\n]{0,40})?"
                   r"[^\S\n]*:)", re.IGNORECASE)
# a figure of a whole country: "seized 144 million pills nationwide"
NATIONWIDE = re.compile(r"\b(?:nationwide|nation-wide|across[^\S\n]+the[^\S\n]+country|"
                        r"nationally(?=[^\S\n]*[,.;])|"  # "Nationally, ...", "... nationally."
                        r"(?:in|of)[^\S\n]+the[^\S\n]+whole[^\S\n]+country|"
                        r"across[^\S\n]+(?:Vi[eệ]t[^\S\n]*Nam|Vietnam))\b", re.IGNORECASE)


def nationwide_starts(text: str, lo: int, hi: int) -> list[int]:
    """Return where :data:`NATIONWIDE` matches in ``text[lo:hi]``, in order.

    The pattern is tried only around "nation", "country" and "across" (found
    in the lower-cased text): run over a whole article it cost 0.4 ms, a
    tenth of the article's figures.
    """
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): no offsets
        return [m.start() for m in NATIONWIDE.finditer(text, lo, hi)]
    found: set[int] = set()
    for word in ("nation", "country", "across"):
        i = low.find(word, lo, hi)
        while i >= 0:
            m = NATIONWIDE.search(text, max(lo, i - 24), min(hi, i + 20))
            if m is not None:
                found.add(m.start())
            i = low.find(word, i + 1, hi)
    return sorted(found)


# Between a place and its figure: "X with 152", "X follows with 187", "X District with 112".
WITH_FIGURE = re.compile(r"(?:[^\S\n]+(?:[a-z]+|District|Commune|Province|County))?[^\S\n]+with"
                         r"[^\S\n]+(?:(?:about|some|over|nearly|"
                         r"almost|more[^\S\n]+than)[^\S\n]+)?$")
# A figure in brackets right after its place: "Thanh Xương commune (200 beds)".
BRACKETED = re.compile(r"(?:[^\S\n]+(?:village|hamlet|commune|ward|district|province|town|"
                        r"county))?[^\S\n]*\($")
# A list item opens before its place: ", Pa Xa Xá 58", " and Pác Thơm 49" (the figures'
# gapped lists read the same opener, geo.figures._elided).
LIST_OPENER = r"(?:[,;][^\S\n]*(?:and[^\S\n]+)?|[^\S\n]and[^\S\n]+)(?:the[^\S\n]+)?"
ITEM_OPENS = re.compile(LIST_OPENER + "$")
#: The whole province after a figure: "612 pupils in 15 border communes of the province",
#: "across the province", "16 border posts in the province"
IN_PROVINCE = re.compile(r"\b(?:(?:across|throughout)[^\S\n]+the|in[^\S\n]+(?:the[^\S\n]+)?"
                         r"(?:[\w,]+[^\S\n]+){0,2}(?:communes|districts|localities|wards)"
                         r"[^\S\n]+(?:of|in)[^\S\n]+the|in[^\S\n]+the[^\S\n]+(?:whole|entire))"
                         r"[^\S\n]+province\b", re.IGNORECASE)  # ... "in the whole province"
#: ... or "in the province" right after the figure ("the highest in the province" is not)
IN_THE_PROVINCE = re.compile(r"[^\S\n]+in[^\S\n]+the[^\S\n]+province\b", re.IGNORECASE)
#: A sentence opening on a total said before: "Of the" before its figure.
PARTITIVE_OPENS = re.compile(r"Of[^\S\n]+(?:the|its|their|these|those)[^\S\n]+")
#: A figure's own words naming the province its owner: "11 of the province's 16 posts"
OF_PROVINCES = re.compile(r"\bof[^\S\n]+the[^\S\n]+province['’]s\b", re.IGNORECASE)
#: "in", "at" or "visited" right before a place: the place of a province subject's clause.
IN_AT = re.compile(r"\b(?:in|at|visited|visiting|visits)" + _PLACE_LEAD, re.IGNORECASE)
# a sentence opening on its source: "According to the command, ...", "Citing the post, ..."
#: An opening phrase of who speaks where ("Speaking at a conference in Hà Nội,", "Receiving
#: the guests,") or by what means ("With support from ...,"): own words come after it.
OPENER = re.compile(r"(?:Speaking|Addressing|Attending|Chairing|Hosting|Receiving|Welcoming"
                    r"|Talking|Presenting|Opening|Closing)[^\S\n]+(?:at|to|during|on|in|"
                    r"before|the|a|an|this|that|his|her|their)\b[^,\n]{0,150},"
                    # ... or by what means: "With support from the province's programme,",
                    # "Under the programme launched by ...," (not "Under the province's policy")
                    r"|(?:With|Thanks[^\S\n]+to|Under(?![^,\n]{0,40}\b(?:province|district|"
                    r"commune|county)['’]s\b))[^\S\n]+[^,\n]{0,60}?\b(?:support|help|"
                    r"assistance|funding|funds|financing|capital|backing|sponsorship|loans?|"
                    r"programmes?|programs?|projects?|schemes?|policy|policies|plans?|planning)"
                    r"\b[\"”’']?"
                    r"(?:[^\S\n]+(?:of|from|for|by|under|to|launched|funded|run|initiated|financed|"
                    r"sponsored|called|named|titled)\b[^,\n]{0,100})?,")
SOURCE = re.compile(r"(?:According[^\S\n]+to|Citing|Quoting|As[^\S\n]+reported[^\S\n]+by"
                    # "Acting on information from the Si Pa Phin Border Post, police in X"
                    r"|(?:(?:Acting|Based)[^\S\n]+on|On)[^\S\n]+(?:information|intelligence|"
                    r"a[^\S\n]+tip(?:-off)?|tip-offs|tips)[^\S\n]+(?:provided[^\S\n]+by|from))\b"
                    r"[^,\n]{0,120},")


def own_words(text: str, lo: int, hi: int) -> tuple[re.Match | None, int]:
    """Return a sentence's source opener, if any, and where its own words start.

    "According to the command, ..." (the source), "Speaking at a conference in
    Hà Nội, ..." (who speaks where), "With support from X, ..." (by what means).
    """
    source = SOURCE.match(text, lo, hi)
    opener = source or OPENER.match(text, lo, hi)
    return source, opener.end() if opener else lo


# a possessive right before the figure: "Tá Miếu's 38 households", "the village's 38",
# "the country's 62 poorest districts"
POSSESSIVE = Needled(re.compile(r"(?:\bthe[^\S\n]+(?P<unit>village|commune|ward|district|"
                                r"province|country))?['’]s[^\S\n]+$", re.IGNORECASE), "'", "’")
# "here" or "there" right after the figure, pointing back ("helped 46 households here"; not
# "there were")
HERE = re.compile(r"[^\S\n]+(?:here|there)\b(?![^\S\n]+(?:is|are|was|were|has|have|had)\b)")
# a sentence opening "There, the post ...", "At the scene, officers found ..." (the place of
# the event told before: SCENE), "Officers stationed there gave ..."
SCENE = re.compile(r"(?:At|On)[^\S\n]+the[^\S\n]+(?:scene|spot),")
THERE_OPENS = re.compile(rf"(?:There|Here),[^\S\n]|{SCENE.pattern}"
                         r"|(?:[A-Z][a-z]+[^\S\n]+)(?:[a-z]+[^\S\n]+){0,2}"
                         r"(?:stationed|based|living|working|posted)[^\S\n]+(?:there|here)\b")
# a relative clause about the place before it: ", where ...", ", which has ...", ", whose ..."
RELATIVE = re.compile(r",[^\S\n]+(?:(?P<rel>where)|which[^\S\n]+(?:also[^\S\n]+)?(?:has|had|"
                      r"have|handled|handles|covers|covered|borders|manages|managed|lies|recorded|records|counts|"
                      r"includes|is[^\S\n]+home|guards|shares|shared|spans|stretches|comprises|"
                      r"contains|hosts|guarded|controls|oversees|holds|"
                      r"maintains|is[^\S\n]+(?:in[^\S\n]+charge[^\S\n]+of|responsible[^\S\n]+for))"
                      r"|whose)[^\S\n]")

#: A place's own relative clause naming its neighbours, right before a ", where": "the
#: province of Lai Chau, which borders China and Laos, where 2,140 cattle died" (Lai Chau's)
_WHICH_BORDERS = re.compile(r",[^\S\n]+which[^\S\n]+(?:borders?|adjoins|faces)[^,;.\n]{0,80}$")


def where_of(text: str, w: int) -> int:
    """Return where the places before a ", where" at *w* end: before their ", which borders"."""
    found = _WHICH_BORDERS.search(text, max(0, w - 100), w)
    return found.start() if found is not None else w


#: A stretch a unit is in charge of, before its figure: "the post manages 22.1 km of border
#: with 8 markers in X commune" is the post's, not the commune's it lies in.
STEWARDS = Needled(re.compile(
    r"\b(?:manag(?:es|ed|ing)|in[^\S\n]+charge[^\S\n]+of|responsible[^\S\n]+for|oversees|"
    r"guard(?:s|ed|ing)|protect(?:s|ed|ing))[^\S\n]+(?:[^;\n]{0,40}?[^\S\n](?:with|and)[^\S\n]+)?"
    r"(?:(?:about|some|nearly|over|almost|more[^\S\n]+than)[^\S\n]+)?$"),
    "manag", "charge", "responsible", "oversees", "guard", "protect")
# a description of the place right before it: "Ban Namnga, a village of 86 households"
APPOSITIVE = re.compile(r",[^\S\n]+(?:an?|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:village|commune|"
                        r"hamlet|town|district|ward|community|settlement|province|county|city)"
                        r"[^\S\n]+(?:of|with|home"
                        r"[^\S\n]+to)[^\S\n]+(?:about|some|nearly|over|more[^\S\n]+than)?"
                        r"[^\S\n]*$")
# a distance in apposition to the place right before it: "not through Lào Cai, 400 km to the
# east", "the remote Tả Ló San village, more than 20 km from the commune centre"
APPOSED = re.compile(r"(?:[^\S\n]+(?:village|hamlet))?"
                     r",[^\S\n]+(?:(?:about|some|around|roughly|nearly|almost|over|more"
                     r"[^\S\n]+than)[^\S\n]+)?")
# a sentence opening on a phrase of place before its subject ("In Nậm Pồ district, the ...")
FRONTED = re.compile(r"(?:In(?![^\S\n]+addition\b)|At|During|Along|Across|On|Near|Inside|Within"
                     r"|Throughout)[^\S\n]"
                     r"|(?P<off>(?:(?:North|South|East|West)(?:-?(?:east|west))?|Beyond|Further"
                     r"|Upstream|Downstream|(?:Together|Along)[^\S\n]+with|Alongside|Like|Unlike"
                     r"|Besides|With|(?:Apart|Aside)[^\S\n]+from|In[^\S\n]+addition[^\S\n]+to)\b)")

#: Border posts and gates: who acts, where a unit or a village is where.
FACILITY_KINDS = frozenset({"border_post", "border_gate"})
#: Kinds that are a figure's place only when nothing finer is named.
WEAK_KINDS = frozenset({"country"})
#: How coarse a scope is: a village is finer than a post, a commune or a gate.
_RANK = {"village": 0, "border_post": 1, "border_gate": 1, "commune": 1, "ward": 1,
         "post": 1, "gate": 1, "district": 2, "foreign_place": 2}


@dataclass(frozen=True, slots=True)
class Scope:
    """The place a figure is about, its kind and the rule that chose it."""

    place_id: str | None
    place_name: str | None
    reason: str
    kind: str | None = None


def across(m: Mention) -> bool:
    """Tell a gate across the border (the gazetteer puts it in no Vietnamese commune)."""
    return m.kind == "border_gate" and m.legacy_unit is None and m.successor is None


def holds(text: str, a: Mention, b: Mention) -> bool:
    """Tell whether *a* is named as the holder of *b* ("Điện Biên province's Nà Hỳ")."""
    return HOLDER_GAP.fullmatch(text, a.end, b.start) is not None


def rank(found: Mention | Actor) -> int:
    """Return how coarse a place or an actor phrase is (0 for a village)."""
    return _RANK.get(found.kind, 3)


def strong_first(mentions) -> Mention | None:
    """Return the first of *mentions* that is no country, or ``None``."""
    return next((m for m in mentions if m.kind not in WEAK_KINDS), None)


def scope_of(m: Mention, reason: str) -> Scope:
    """Return *m* as a figure's scope, the rule's *reason* naming its surface."""
    return Scope(m.place_id, m.name, f"{reason}: {m.surface!r}", m.kind)


#: A sentence stating the law's threshold: "more than 100 grams ... can carry the death penalty".
LAW = re.compile(r"\b(?:(?:can|may|could|will|would)[^\S\n]+(?:result[^\S\n]+in|carry|bring|"
                 r"face|lead[^\S\n]+to|mean)|carries|brings|faces|means)[^\S\n]+(?:the[^\S\n]+|"
                 r"a[^\S\n]+)?death[^\S\n]+(?:penalty|sentence)"  # "carries the death penalty"
                 r"|\b(?:can|may|could|will|would)[^\S\n]+be[^\S\n]+(?:sentenced|condemned)"
                 r"[^\S\n]+to[^\S\n]+death\b"  # ... "40 kg of fireworks is a criminal offense"
                 r"|\b(?:is|are|constitutes?)[^\S\n]+(?:a[^\S\n]+)?(?:criminal[^\S\n]+offen[cs]e|"
                 r"crime|punishable)\b")
LAW = Needled(LAW, "death", "crim", "punishable")
#: Before a country named as a partner: "near the frontier with Laos", "trade with China".
PARTNER = re.compile(r"\b(?:with|from)[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
#: A country a figure happens in: "jobs in Laos paying VND 8 million", "60 kg into Vietnam"
#: (not "126 people who crossed into Vietnam": a crossing is at the border).
_IN_COUNTRY = re.compile(r"(?:\b(?!cross)\w+\s+|[^\w\s]\s*)(?:in|into|across|throughout)\s+"
                         r"(?:the\s+)?$")
#: A whole border described by its length: "the 2,337 km Vietnam-Laos border".
_LONG_BORDER = re.compile(r"\d[\d,.]*[\s-]*(?:km|kilomet(?:re|er)s?)[\s-]+(?:long\s+)?$")
#: A country opening a pair: "the 2,337 km Vietnam-Laos border".
_COUNTRY_PAIR = re.compile(r"[-–—]\w")
#: Two countries something passes between: "Trade between Laos and Vietnam reached".
_BETWEEN = re.compile(r"\bbetween[^\S\n]+(?:the[^\S\n]+)?$")
_AND_NEXT = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+")
#: What ends the clause of a figure before a country after it: "11 citizens who had overstayed
#: in Vietnam", "37 people trying to cross, most of them coming from Laos".
_CLAUSE_ENDS = re.compile(r"[,;:(]|\b(?:who|which|that|where|while|whose)\b")


def country_in(text: str, named: list[Mention], start: int, end: int) -> Mention | None:
    """Return the country a figure at ``[start, end)`` happens in, if nothing finer is named.

    *named* are the sentence's mentions; only countries something happens in
    ("in Laos", "into Vietnam", in the figure's own clause when after it), a
    whole border between two ("along the 2,337 km Vietnam-Laos border") or the
    first of two before it something passes between ("Trade between Laos and
    Vietnam reached") count,
    the nearest to the figure first: a country named as a partner ("a 360-km
    border with Laos") is no place of the figure.
    """
    if not named or any(m.kind not in WEAK_KINDS for m in named):
        return None
    inside = [m for m in named if (_IN_COUNTRY.search(text, max(0, m.start - 24), m.start)
                                   and not (m.start >= end and _CLAUSE_ENDS.search(
                                       text, end, m.start)))
              or (_COUNTRY_PAIR.match(text, m.end)
                  and _LONG_BORDER.search(text, max(0, m.start - 24), m.start))
              or (_BETWEEN.search(text, max(0, m.start - 14), m.start)
                  and _AND_NEXT.match(text, m.end) and m.start < start)]
    return min(inside, key=lambda m: m.start - end if m.start >= end else start - m.end,
               default=None)


#: The end of the name of a post named after its gate.
_GATE_POST = " Border Gate Border Post"


def gate_of_post(m: Mention) -> Mention | None:
    """Return the gate a "X Border Gate Border Post" is the post of, as a mention, else ``None``.

    The curated gazetteer names such posts after their gate and gives both
    one id suffix (``post:tay-trang``, ``gate:tay-trang``).
    """
    if m.kind != "border_post" or not (m.name or "").endswith(_GATE_POST) \
            or not (m.place_id or "").startswith("post:"):
        return None
    return replace(m, kind="border_gate", name=m.name[:-len(" Border Post")],
                   place_id="gate:" + m.place_id[len("post:"):])


#: A gate things were handed over at: the ceremony's venue, not whose they are ("The
#: supplies, including 10 tonnes of rice, were handed over at the Longfu border crossing")
_HANDED_AT = re.compile(r"\b(?:handed[^\S\n]+over|presented|delivered)(?:[^\S\n]+on[^\S\n]+"
                        r"[A-Za-z]+)?[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?$")


def unless_venue(text: str, found: Mention | Actor | None) -> Mention | Actor | None:
    """Return *found*, or ``None`` when it is a border gate things were handed over at."""
    if isinstance(found, Mention) and found.kind == "border_gate" and _HANDED_AT.search(
            text, max(0, found.start - 40), found.start):
        return None
    return found
