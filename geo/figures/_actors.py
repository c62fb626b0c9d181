"""Actor phrases of figures' scope: "the province", "the Command", "the post", "the gate".

Private to :mod:`geo.figures._context`: found in one Aho-Corasick pass over
an article's body; "the province" stands for the article's province, "the
post" and "the gate" for the nearest post or gate named before them.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

__all__ = ["ACTORS", "ACTOR_KINDS", "Actor"]

#: Actor phrases standing for the nearest facility named before them: kind → mention kind.
ACTOR_KINDS = {"post": "border_post", "gate": "border_gate"}


def _actor_automaton() -> ahocorasick.Automaton:
    """Actor phrases ("the province", "the Command", "the post"...) in one pass."""
    auto = ahocorasick.Automaton()
    for det in ("the", "The", "our", "Our", "this", "This"):
        for word in ("province", "provincial", "Command", "command", "PBG"):
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "province"))
        for word in ("post", "border post", "unit", "station"):
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "post"))
        for word in ("gate", "border gate"):  # not "checkpoint" (police), "crossing" (an act)
            phrase = f"{det} {word}"
            auto.add_word(phrase, (len(phrase), "gate"))
    for phrase in ("province’s", "province's"):
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
