"""Actor phrases of figures' scope: "the province", "the Command", "the post", "the commune".

Private to :mod:`geo.figures._context`: found in one Aho-Corasick pass over
an article's body; "the province" stands for the article's province, "the
post" and "the gate" for the nearest post or gate named before them, "the
commune", "the ward", "the district" and "the village" ("The village has 38
hectares of rice", "the village school") for the nearest unit of that kind
named before them outside a list ("merged the communes of A, B and C. The
commune has ...": the new commune named before the list, not C), a sentence's
opening "Its" or "Their" for the post or gate of the sentence before, else
its first place ("... is the job of the Tây Trang Border Post. Its officers
processed 158,900 passports").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

__all__ = ["ACTORS", "ACTOR_KINDS", "ALL_POSTS", "FACILITY_ACTORS", "IT_OPENER", "RANKED_IN",
           "SUPERLATIVES", "UNIT_ACTORS", "WE", "Actor", "find_actors", "is_new"]

#: Actor phrases standing for the nearest facility named before them: kind → mention kind.
ACTOR_KINDS = {"post": "border_post", "gate": "border_gate", "commune": "commune",
               "ward": "ward", "district": "district", "county": "county", "village": "village"}
#: "the posts", "our units": all the province's posts; a place named in the clause wins.
ALL_POSTS = "all posts"
#: Actor kinds that stand for an administrative unit: with none named before, the province.
UNIT_ACTORS = frozenset({"commune", "ward", "district", "county", "village"})


#: Actor phrases of a facility, and the kind of mention they stand for.
FACILITY_ACTORS = {"post": "border_post", "gate": "border_gate"}
#: "we", "our officers": the unit of who speaks (an interview's commander, a quote's source).
WE = "we"
#: What "our ..." stands for the speaker's unit in ("our post", "our officers"; not "our
#: neighbour", "our counterparts").
_OUR_NOUNS = ("post", "border post", "unit", "station", "officers", "soldiers", "men", "troops",
              "forces", "force", "team", "teams", "area", "section", "border guards", "staff",
              "militia", "medical station", "officers and soldiers", "border", "province")
#: ... with words between: "our mass mobilisation team", "our two working teams" (the
#: letter first, "\b" after it: the engine skips to an "o" rather than trying every place).
_OUR_LONG = re.compile(r"[Oo](?<!\w[Oo])ur[^\S\n]+(?:[a-z-]+[^\S\n]+){1,3}?(?:team|teams|"
                       r"unit|units|officers|soldiers|forces|staff|post|station|troops)\b")
#: "his province", "her post": the speaker's unit, as "our post"
_HIS_NOUNS = ("province", "post", "unit", "district", "commune", "village")
#: "The Border Guard Station of Huổi Puốc": a post, not the province's Border Guard.
_A_POST = re.compile(r"[^\S\n]+(?:[Ss]tations?|[Pp]osts?)\b")
#: "joined the Border Guard in 2003": the force as a whole, no actor of the province.
_JOINED = re.compile(r"\bjoin(?:ed|s|ing)?[^\S\n]+$")
#: "the point where the three countries meet", "the point of no return": no trade point.
_NOT_A_PLACE = re.compile(r"[^\S\n]+(?:where|of|at|in|on|when|that|which|is|was)\b")
#: "Border guards held 126 sessions", ", border guards seized": the province's force, said
#: bare; not whose they are ("Lao border guards", "the post's border guards", "border
#: guards from the Nà Bủng post", "border guards of both countries"), nor those of a place
#: named before ("Border guards there recorded fewer than 2,000 crossings")
_GUARDS_BEFORE = re.compile(r"(?:^|[.!?;:,(\n]|\b(?:and|[a-z]{3,}ed|while|as|when))[^\S\n]*$")
_GUARDS_AFTER = re.compile(r"[^\S\n]+(?:of|from|at|in|on|with|and|there|here)\b|[’']")
#: A unit compared with others of a larger one, before the larger one: "among the largest
#: communes in the province", "the poorest district of Điện Biên" (a frame, no subject)
SUPERLATIVES = "largest|biggest|smallest|poorest|richest|highest|lowest|remotest|best|worst"
RANKED_IN = re.compile(rf"\b(?:{SUPERLATIVES}|(?:most|least)[^\S\n]+[a-z-]+)(?:[^\S\n]+[a-z-]+)?"
                       r"[^\S\n]+(?:communes?|districts?|provinces?|villages?|localit(?:y|ies)|wards?|"
                       r"units?|posts?|areas?)[^\S\n]+(?:in|of)[^\S\n]+(?:the[^\S\n]+)?$",
                       re.IGNORECASE)
#: "the commune centre", "commune-level": a kind of place, not the commune named before.
_GENERIC_UNIT = re.compile(r"(?:[^\S\n]+(?:centres?|centers?|level)\b|-level\b)")
#: "The station has 9 doctors" after "its own health station": that station, when it is
#: the last station or post named before and a lower-case word other than "border" or
#: "guard" qualifies it ("the provincial anti-malaria station"; not "Pa Thom station")
_STATIONS = re.compile(r"(?P<word>[\w-]+)[^\S\n]+stations?\b|\bposts?\b", re.IGNORECASE)
_BORDER_WORDS = frozenset({"border", "guard", "guards"})
#: ... passing over a station said without a qualifier ("one station", "the station's")
_NEUTRAL_WORDS = frozenset({"the", "a", "an", "this", "that", "our", "its", "one", "each",
                            "new", "same", "whole"})


def _actor_automaton() -> ahocorasick.Automaton:
    """Actor phrases ("the province", "the Command", "the post"...) in one pass."""
    auto = ahocorasick.Automaton()
    for det in ("the", "The", "our", "Our", "this", "This"):
        for word in ("province", "provincial", "Provincial", "Command", "command", "PBG",
                     "Border Guard", "force", "department"):  # "The force handled 52 smuggling
            # cases"; "The department collected VND46.8 billion" (a province's department)
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "province"))
        for word in ("posts", "border posts", "border guard posts", "units", "border guard units",
                     "stations"):  # "the posts have built"
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), ALL_POSTS))
        for word in ("post", "border post", "unit", "station", "border station",
                     "border guard station"):
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "post"))
        for word in ("gate", "border gate", "port", "border port", "point", "trade point",
                     "crossing", "border crossing", "checkpoint", "border checkpoint"):
            # "the port" is a gate named before ("the Longfu port"), no actor when none was
            # ("Hải Phòng port"); so is "the crossing" (else an act), and "the checkpoint"
            # (else the police's; it ends like "the point")
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "gate"))
        for word in UNIT_ACTORS:
            whole = ("whole ", "entire ") if word != "village" else ()  # "In the whole commune
            # there are 15 workers" (not "the whole village came to look": its people)
            for adjective in ("", "new ", "merged ", "same ", "enlarged ", "expanded ", *whole):
                phrase = f"{det} {adjective}{word}"
                auto.add_word(phrase, (len(phrase), word))
    for phrase in ("Posts", "Units", "Border posts", "All posts", "All units", "Border units",
                   "border units"):  # "Units carried out 64 patrols", "border units organized"
        auto.add_word(phrase, (len(phrase), ALL_POSTS))
    for det in ("our", "Our"):
        for noun in _OUR_NOUNS:
            auto.add_word(f"{det} {noun}", (len(det) + 1 + len(noun), WE))
    for phrase in ("We", "we"):
        auto.add_word(phrase, (len(phrase), WE))
    for det in ("his", "His", "her", "Her"):
        for noun in _HIS_NOUNS:
            auto.add_word(f"{det} {noun}", (len(det) + 1 + len(noun), WE))
    for det in ("my", "My"):  # "my post": the speaker's; "My commune has 7 villages": the
        for noun in _HIS_NOUNS:  # commune named before, as "our commune" is
            auto.add_word(f"{det} {noun}", (len(det) + 1 + len(noun),
                                            noun if noun in UNIT_ACTORS else WE))
    for phrase in ("Its", "Their", "It"):  # a sentence opening on the place of the one before
        auto.add_word(phrase, (len(phrase), "its"))
    for phrase in ("province’s", "province's", "border communes"):  # "in border communes"
        auto.add_word(phrase, (len(phrase), "province"))
    for phrase in ("Border guards", "border guards"):  # the province's force (_GUARDS_BEFORE)
        auto.add_word(phrase, (len(phrase), "province"))
    auto.make_automaton()
    return auto


ACTORS = _actor_automaton()


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor phrase: "the province" (``kind="province"``), "the post", "the gate"."""

    start: int
    end: int
    kind: str
    phrase: str
    #: for "we": the speaker's unit, a mention, or an actor standing for it ("chairman of the
    #: district People's Committee": "the district"); set by geo.figures._speakers
    speaker: object = None


#: A time opener a sentence's "it" comes right after: "In the first nine months of 2025 it",
#: "Last year, it" (the subject of the sentence before, as "It" opening one)
IT_OPENER = re.compile(r"(?:(?<=[.!?\"”][^\S\n])|(?<=\n)|^)[\"“‘']?(?:Since|From|In|By|After|Last|"
                       r"This|During|Until|Over|Throughout|Between)[^\S\n][^,.;:!?\n]{0,60}?,?"
                       r"[^\S\n]$")
#: Before a gate whose side is meant: "the Vietnamese side of ".
_SIDE_OF = re.compile(r"\bside[^\S\n]+of[^\S\n]+$")


def is_new(phrase: str) -> bool:
    """Tell whether a unit phrase speaks of a unit made in the merger ("the new commune")."""
    return any(f" {word} " in phrase for word in ("new", "enlarged", "merged", "expanded"))


def find_actors(text: str, body, mentions=()) -> list[Actor]:
    """Return the actor phrases of the body span *body* of *text*, whole words, in text order.

    "We" and "our officers" are actors of kind :data:`WE` (their speaker's unit
    is :func:`geo.figures._speakers.speakers_units`'s); "the port", "the
    crossing" are actors only after a border gate among *mentions*.
    """
    actors = []
    named = {m.end + 1 for m in mentions}  # "Điện Biên province's": the place named, no actor
    # "the border communes of A and B": those; not of a list ("of A, B and C districts")
    starts = {m.start for m in mentions if not text.startswith(",", m.end)}
    for stop, (length, kind) in ACTORS.iter(text, body.start, body.end):
        start = stop + 1 - length
        after = text[stop + 1:stop + 2]
        guard = text.endswith("Guard", start, stop + 1)  # not its post, not a force joined
        if start in named and text.startswith("province", start) or kind == "province" and (
                text.startswith(" of ", stop + 1) and stop + 5 in starts) and (
                text[start].isupper() or text.endswith("communes", start, stop + 1)):
            continue  # "the border communes of Chung Chải and Leng Su Sìn", "The province of
            # Phongsaly has": those named (not "split the province of Lai Chau": no subject)
        if text.endswith("order guards", start, stop + 1) and not (_GUARDS_BEFORE.search(
                text, max(0, start - 12), start) and not _GUARDS_AFTER.match(text, stop + 1)):
            continue
        if (start == 0 or not text[start - 1].isalnum()) and not after.isalnum() and not (
                kind in UNIT_ACTORS and _GENERIC_UNIT.match(text, stop + 1)) and not (
                text.endswith(" point", start, stop + 1) and _NOT_A_PLACE.match(
                    text, stop + 1)) and not (
                guard and (_A_POST.match(text, stop + 1)
                           or _JOINED.search(text, max(0, start - 12), start))) and not (
                kind in (*UNIT_ACTORS, "province") and RANKED_IN.search(text, max(0, start - 60),
                                                                     start)):
            actors.append(Actor(start, stop + 1, kind, text[start:stop + 1]))
    if "our " in text or "Our " in text:  # "our mass mobilisation team": the speaker's unit
        starts = {a.start for a in actors}
        actors += [Actor(m.start(), m.end(), WE, m[0]) for m in _OUR_LONG.finditer(
            text, body.start, body.end) if m.start() not in starts]
    first_gate = min((m.start for m in mentions if m.kind == "border_gate"), default=len(text))
    actors = [a for a in actors if (a.start > first_gate or not a.phrase.endswith((
        "port", "point", "crossing"))) and not (a.kind == "gate" and _SIDE_OF.search(
            text, max(0, a.start - 12), a.start))]  # "the Vietnamese side of the crossing"
    actors = [a for a in actors if not (a.kind == "post" and a.phrase.endswith("station")
                                        and _other_station(text, a.start))]
    at = text.find(" it ", body.start, body.end)  # "In the first nine months of 2025 it
    while at >= 0:  # handled 3 cases": the subject after a time opener, as "It" opening one
        if IT_OPENER.search(text, max(body.start, at - 70), at + 1):
            actors.append(Actor(at + 1, at + 3, "its", "it"))
        at = text.find(" it ", at + 3, body.end)
    actors.sort(key=lambda a: (a.start, -a.end))
    return actors


def _other_station(text: str, pos: int) -> bool:
    """Tell whether the last station or post named before *pos* is no border post."""
    named = [m for m in _STATIONS.finditer(text, max(0, pos - 3000), pos)  # (bounded)
             if (m["word"] or "").lower() not in _NEUTRAL_WORDS]
    word = named[-1]["word"] if named else None
    return word is not None and word.islower() and word not in _BORDER_WORDS
