"""Actor phrases of figures' scope: "the province", "the Command", "the post", "the commune".

Private to :mod:`geo.figures._context`: found in one Aho-Corasick pass over
an article's body; "the province" stands for the article's province, "the
post" and "the gate" for the nearest post or gate named before them, "the
commune", "the ward" and "the district" for the nearest unit of that kind
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

__all__ = ["ACTORS", "ACTOR_KINDS", "ALL_POSTS", "UNIT_ACTORS", "Actor", "find_actors"]

#: Actor phrases standing for the nearest facility named before them: kind → mention kind.
ACTOR_KINDS = {"post": "border_post", "gate": "border_gate", "commune": "commune",
               "ward": "ward", "district": "district", "county": "county"}
#: "the posts", "our units": all the province's posts; a place named in the clause wins.
ALL_POSTS = "all posts"
#: Actor kinds that stand for an administrative unit: with none named before, the province.
UNIT_ACTORS = frozenset({"commune", "ward", "district", "county"})


#: "the commune centre", "commune-level": a kind of place, not the commune named before.
_GENERIC_UNIT = re.compile(r"(?:[^\S\n]+(?:centres?|centers?|level)\b|-level\b)")


def _actor_automaton() -> ahocorasick.Automaton:
    """Actor phrases ("the province", "the Command", "the post"...) in one pass."""
    auto = ahocorasick.Automaton()
    for det in ("the", "The", "our", "Our", "this", "This"):
        for word in ("province", "provincial", "Command", "command", "PBG"):
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "province"))
        for word in ("posts", "border posts", "units", "stations"):  # "the posts have built"
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), ALL_POSTS))
        for word in ("post", "border post", "unit", "station"):
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "post"))
        for word in ("gate", "border gate"):  # not "checkpoint" (police), "crossing" (an act)
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "gate"))
        for word in UNIT_ACTORS:
            for adjective in ("", "new ", "merged ", "same ", "enlarged ", "expanded "):
                phrase = f"{det} {adjective}{word}"
                auto.add_word(phrase, (len(phrase), word))
    for phrase in ("Posts", "Units", "Border posts", "All posts", "All units"):
        auto.add_word(phrase, (len(phrase), ALL_POSTS))  # "Units carried out 64 patrols"
    for phrase in ("Its", "Their"):  # a sentence opening on the place of the one before
        auto.add_word(phrase, (len(phrase), "its"))
    for phrase in ("province’s", "province's", "border communes"):  # "in border communes"
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


def find_actors(text: str, body) -> list[Actor]:
    """Return the actor phrases of the body span *body* of *text*, whole words, in text order."""
    actors = []
    for stop, (length, kind) in ACTORS.iter(text, body.start, body.end):
        start = stop + 1 - length
        after = text[stop + 1:stop + 2]
        if (start == 0 or not text[start - 1].isalnum()) and not after.isalnum() and not (
                kind in UNIT_ACTORS and _GENERIC_UNIT.match(text, stop + 1)):
            actors.append(Actor(start, stop + 1, kind, text[start:stop + 1]))
    actors.sort(key=lambda a: (a.start, -a.end))
    return actors
