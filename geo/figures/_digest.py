"""A digest's items: news briefs, each opened by its own dateline.

Private to :mod:`geo.figures._context`.  A wire digest or a "news in brief"
column strings unrelated stories together, each opening on a dateline in
capitals ("KUNMING -- Border police of ...", "BANGKOK - Thai police ...",
"HANOI, Vietnam - ..."), maybe in the middle of the page.  A figure of one
item is never about the place of the item before it: the paragraphs before
an item's first are not read for its figures, nor is the article's main
place (the digest has none).  A page with fewer than two such paragraphs is
no digest: its one dateline opens the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.model import Span

__all__ = ["item_openers"]

#: A paragraph opening on a dateline: a name in capitals, maybe its country and the agency's
#: bracket, then a dash ("KUNMING --", "PHNOM PENH -", "HANOI, Vietnam (AFP) -").
_DATELINE = re.compile(r"[^\S\n]*[A-Z][A-Z'.-]{2,}(?:[^\S\n][A-Z][A-Z'.-]+){0,3}"
                       r"(?:,[^\S\n]+[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)?"
                       r"(?:[^\S\n]+\([^()\n]{1,40}\))?[^\S\n]*(?:--|[-–—])[^\S\n]")


def item_openers(text: str, paragraphs: Sequence[Span]) -> list[int]:
    """Return, for each paragraph, the index of the paragraph opening its item (-1: none).

    An empty list when the page is no digest (fewer than two datelines).
    """
    opens = [_DATELINE.match(text, p.start) is not None for p in paragraphs]
    if sum(opens) < 2:
        return []
    items, current = [], -1
    for k, opened in enumerate(opens):
        current = k if opened else current
        items.append(current)
    return items
