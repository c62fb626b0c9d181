"""How two figures of one sentence relate: a clause of its own, a qualifier, a restatement.

Private to :mod:`geo.figures`.  "led 240 patrols and persuaded 17 households in
Nậm Vì commune": the second figure opens a clause of its own, and what follows
it is not the first's (:func:`own_clause`); "three cases with 51 head": the
second qualifies the first and shares its place; "380 billion kip (about 47.4
million dollars)": the same figure restated (:func:`qualifying`).
"""

from __future__ import annotations

import re

from geo.figures._scope import Scope

__all__ = ["NOT_OWN", "OWN_CLAUSE", "own_clause", "qualifying"]

#: Between two figures, the start of a clause of the second's own: a comma or two words and
#: more, but not "and", "including", "among them" ("15 citizens, including four children")
OWN_CLAUSE = re.compile(r"(?![\s,]*(?:and|or|including|among[^\S\n]+them|of[^\S\n]+whom|"
                        r"plus)?[\s,]*$)"
                        # "12 cakes of heroin and 18,000 pills in X": what it counts, then "and"
                        r"(?![^\S\n]+of[^\S\n]+(?:[^\W\d][\w-]*[^\S\n]+){1,3}(?:and|or)[^\S\n]+$)"
                        r"(?:.*,|[^\S\n]*\S+[^\S\n]+\S+)", re.DOTALL)
#: The next figure as who or what receives what a figure counts, in its clause: "brought 100
#: boxes of noodles, oil and salt to the 73 households of X", "950 million VND will go to the
#: four damaged markers in X", "22 tonnes distributed to 640 households in X" (not "fell from
#: 7,800 ha ... to 940 ha", "accounted for US$20 million": a bare number after "to" or "for"
#: is received only by people)
_GIVEN = re.compile(r"[^\S\n](?:to|for|among)[^\S\n]+(?P<det>(?:the|all)[^\S\n]+)?(?:(?:about|"
                    r"nearly|over|some|more[^\S\n]+than)[^\S\n]+)?$")
_RECEIVERS = re.compile(r"\S+[^\S\n]+(?:[a-z-]+[^\S\n]+)?(?:households|families|people|pupils|"
                        r"students|children|villagers|residents|members|learners|patients|"
                        r"beneficiaries|victims)\b")


def own_clause(text: str, end: int, next_start: int) -> bool:
    """Tell whether the next figure, at *next_start*, is in a clause of its own.

    A clause of its own (:data:`OWN_CLAUSE`) whose figure does not receive what
    the one ending at *end* counts (:data:`_GIVEN`).
    """
    given = _GIVEN.search(text, max(end, next_start - 32), next_start)
    return OWN_CLAUSE.match(text, end, next_start) is not None and not (given and (
        given["det"] or _RECEIVERS.match(text, next_start)))


#: Between a figure and one that qualifies it: "three cases with 51 head", "2 cases involving"
_WITH_PREV = re.compile(r"[^\S\n]+(?:with|involving|weighing|worth|carrying)[^\S\n]+"
                        r"(?:(?:about|some|nearly|almost|over|more[^\S\n]+than)[^\S\n]+)?")
#: Rules that name no place of the figure's own words.
NOT_OWN = ("clause subject", "paragraph actor", "previous paragraph actor", "sentence place",
            "article main")


def qualifying(text: str, prev, start: int, scope: Scope) -> Scope:
    """Return the scope of a figure at *start* that may qualify the figure *prev* before it.

    "the Thanh Luông Border Post three cases with 51 head": the post's head of
    cattle, like its cases. Only when the figure's own words name no place
    ("with 5 kg in Y village" keeps Y).
    """
    if _WITH_PREV.fullmatch(text, prev.end, start) and scope.reason.startswith(NOT_OWN):
        return Scope(prev.place_id, prev.place_name, "with the figure before")
    if _RESTATED.fullmatch(text, prev.end, start):  # "380 billion kip (about 47.4 million
        return Scope(prev.place_id, prev.place_name, "the figure before, restated")  # dollars)"
    return scope


#: Between a figure and the same one restated in brackets: "500,000 kip (U.S. $62)".
_RESTATED = re.compile(r"[^\S\n]*\((?:(?:about|some|around|roughly|nearly|approximately|"
                       r"almost|over|or|equal[^\S\n]+to|equivalent[^\S\n]+to)[^\S\n]+)?")
