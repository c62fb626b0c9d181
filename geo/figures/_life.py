"""A person's life told in an aside: its places are no figure's place and no "the post"'s.

Private to :mod:`geo.figures` ("chaired by Mr. Lò Văn Pọm, 68, who fought on the
northern border and later served at the Mường Nhé Border Post").
"""

from __future__ import annotations

import re

from geo.text.needles import Needled

__all__ = ["LIFE", "in_life"]

#: A person's life: "he spent four years with the medical team of the Mường Nhé Border
#: Post before asking to be sent ..."
_LIFE = (r"(?:(?:\b(?:Mr|Ms|Mrs|Dr|Major|Colonel|Captain|Lieutenant|Sergeant)\.?"
         r"(?:[^\S\n]+[A-ZĐ][\w'’-]*){1,4}(?:,[^\S\n]+\d{2})?|"
         r"[^\S\n]\d{2})"  # a person's title and name, or age
         r",[^\S\n]+who|\b(?:[Hh]e|[Ss]he))[^\S\n]+(?:had[^\S\n]+|once[^\S\n]+|"
         r"later[^\S\n]+)?(?:fought|served|worked|was[^\S\n]+born|grew[^\S\n]+up|studied|"
         r"spent|retired|taught)\b")
_LIVED = ("fought", "served", "worked", "born", "grew", "studied", "spent", "retired", "taught")
LIFE = Needled(re.compile(_LIFE), *_LIVED)
_IN_LIFE = Needled(re.compile(_LIFE + r"[^,;.\n]*$"), *_LIVED)  # ... up to a place (no comma)


def in_life(text: str, lo: int, pos: int) -> bool:
    """Tell whether the place at *pos* is named in a person's life told before it.

    "he spent four years with the medical team of the Mường Nhé Border Post";
    not looked for before *lo*.
    """
    return _IN_LIFE.search(text, max(lo, pos - 120), pos) is not None
