"""Where a sale took place, for a price: the place abroad a sentence names before it.

Private to :mod:`geo.figures._context` ("... taken to Mengla in China's Yunnan province,
where they were sold as brides for 60,000 yuan each": Mengla's price).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.model import Mention, Span

__all__ = ["sale_place"]

#: A sale's price right after "for": "sold to men in Jiangcheng county for up to 60,000
#: yuan", "sell each of them for 50,000 yuan", "bought the girl for 45,000 yuan"
_SOLD_FOR = re.compile(r"\b(?:sold|sells?|selling|resold|bought|buy(?:s|ing)?)\b[^.;\n]*?"
                       r"[^\S\n]for(?:[^\S\n]+(?:up[^\S\n]+to|about|around|between|nearly|"
                       r"some|only|roughly|approximately|as[^\S\n]+much[^\S\n]+as))?[^\S\n]*$")
#: Between a place abroad and the one holding it ("Jiangcheng county, China", "Mengla in
#: China's Yunnan"), or a holder and the place it holds ("China's Yunnan": _POSSESSED)
_ABROAD_CHAIN = re.compile(r"(?:[^\S\n]+(?:county|province|prefecture|district|city|town))?"
                           r"(?:,[^\S\n]*|[^\S\n]+(?:in|of)[^\S\n]+)")
_POSSESSED = re.compile(r"['’]s?[^\S\n]+")
#: After a price, the place it was paid in: " (US$6,700) in ", " each in ", " per kg at "
_PAID_IN = re.compile(r"(?:[^\S\n]*\([^()\n]{0,30}\))?(?:[^\S\n]+(?:each|apiece|(?:per|a)"
                      r"[^\S\n]+\w+))?[^\S\n]+(?:in|at)[^\S\n]+(?:the[^\S\n]+)?")
#: Where a sale abroad can be: a place across the border, a country but Vietnam, the
#: Golden Triangle
_ABROAD_KINDS = frozenset({"foreign_place", "country"})


def sale_place(text: str, mentions_in: Callable[[int, int], list[Mention]], start: int, end: int,
               sent: Span) -> Mention | None:
    """Return where a sale whose price is the figure ``[start, end)`` took place, if abroad.

    "... taken to Mengla in China's Yunnan province, where they were sold as
    brides for 60,000 yuan each": the last place abroad the sentence names
    before the price (the first of the chain naming it), not the victims'
    home commune the clause opens on. A price with no place abroad before it
    (tea that "sells for up to 60 yuan per kg" in a Vietnamese commune), or with
    its place after it ("bought in Laos ... and sold it for VND 150 million in Hà
    Nội"): none.
    """
    if not _SOLD_FOR.search(text, max(sent.start, start - 240), start) or (
            (paid := _PAID_IN.match(text, end)) and mentions_in(
                paid.end(), paid.end() + 1)):
        return None
    named = [m for m in mentions_in(sent.start, start) if m.place_id != "country:vn"]
    k = next((i for i in range(len(named) - 1, -1, -1) if named[i].kind in _ABROAD_KINDS
              or named[i].place_id == "region:golden-triangle"), None)
    while k:  # back to the first of the chain, over a holder named as possessor
        j = k - 1 if k < 2 or not _POSSESSED.fullmatch(
            text, named[k - 1].end, named[k].start) else k - 2
        if named[j].kind not in _ABROAD_KINDS or not _ABROAD_CHAIN.fullmatch(
                text, named[j].end, named[j + 1].start):
            break
        k = j
    return named[k] if k is not None else None
