"""Counts of things done, written as "N times": "patrolled the section 15 times".

Private helper of :func:`geo.figures.extract.extract_figures`.  "times" is
no thing counted in itself ("three times higher", "2.5 times the 2020
figure" multiply); after a verb of the same sentence that is done again and
again it counts the doing: "patrolled markers 107 to 111 15 times" is 15
patrols, "exchanged information 36 times" 36 exchanges.
"""

from __future__ import annotations

import re

__all__ = ["event_count"]

#: A verb done again and again, in the past or the present perfect, up to the number.
_DONE = re.compile(r"\b(?P<verb>patroll?|check|inspect|visit|exchang|meet|met|held|hold|organis|"
                   r"organiz|conduct|coordinat|cross|enter|violat|repair|walk)(?:ed|e|es|s|ing)?\b"
                   r"[^.;:!?\n]{0,110}$", re.IGNORECASE)
#: "times" that multiplies or compares: "three times higher", "twice ... 2.5 times the".
_MULTIPLIES = re.compile(r"[^\S\n]+times[^\S\n]+(?:higher|more|larger|lower|less|greater|bigger|"
                         r"smaller|as|than|that|the|over|faster|cheaper|per|a|an|each|every|"
                         r"what)\b")
#: What each verb's doing is called.
_NOUNS = {"patroll": "patrols", "patrol": "patrols", "check": "checks",
          "inspect": "inspections", "visit": "visits", "exchang": "exchanges", "walk": "walks"}
#: Verbs of change whose "times" multiplies: "increased three times".
_CHANGE = re.compile(r"\b(?:increas|ris|rose|grew|grow|doubl|decreas|fell|fall|multipl|drop|"
                     r"cut|reduc)\w*[^\S\n]+(?:by[^\S\n]+)?(?:about[^\S\n]+|nearly[^\S\n]+)?$",
                     re.IGNORECASE)


def event_count(text: str, start: int, end: int) -> str | None:
    """Return what "N times" at ``[start, end)`` counts, or ``None`` if it multiplies.

    >>> text = "Soldiers patrolled the section with Lao troops 15 times last year."
    >>> event_count(text, text.index("15"), text.index(" last"))
    'patrols'
    >>> text = "Trade was three times higher than in 2020."
    >>> event_count(text, text.index("three"), text.index(" higher")) is None
    True
    """
    if _MULTIPLIES.match(text, end - len(" times")) or _CHANGE.search(
            text, max(0, start - 40), start):
        return None
    done = _DONE.search(text, max(0, start - 120), start)
    if done is None:
        return None
    return _NOUNS.get(done["verb"].lower(), "occasions")
