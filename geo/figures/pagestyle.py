"""How a page writes its numbers: the Vietnamese way or the English way.

The Vietnamese way: points group thousands, commas mark decimals; see the
separators of :mod:`geo.figures.numbers`.
"""

from __future__ import annotations

import re

from geo.figures.numbers import UNITS, normalise_unit

__all__ = ["decimal_comma_page"]

#: Written the Vietnamese way: a point before three digits in a count ("2.145 households",
#: "1.220.030"), or a comma before one or two digits ("96,3%", "1,2 billion").
_VI_STYLE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)"
                       r"|\d{1,3}\.\d{3}(?!\d|[.,]\d)[^\S\n]+(?P<vi_noun>[^\W\d]+)"
                       r"|\d{1,3},\d{1,2}(?!\d|[.,]\d))")
#: Written the English way: commas before three digits in a count ("2,145 households",
#: "1,220,030"), or a point before one or two digits ("3.5 kg").
_EN_STYLE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}(?!\d|[.,]\d)"
                       r"|\d{1,3},\d{3}(?!\d|[.,]\d)[^\S\n]+(?P<en_noun>[^\W\d]+)"
                       r"|\d+\.\d{1,2}(?!\d|[.,]\d)[^\S\n]*(?:%|[^\W\d]+))")


def decimal_comma_page(text: str, start: int = 0, end: int | None = None) -> bool:
    """Tell whether ``text[start:end]`` writes numbers the Vietnamese way throughout.

    Two signs of the Vietnamese way (a point grouping thousands in a count
    of things, a comma before one or two digits) and none of the English
    way (a comma grouping thousands in a count, a point before one or two
    digits): then a comma before three digits in a measure is a decimal
    comma (:func:`parse_quantity`).

    >>> decimal_comma_page("It has 2.145 households, 96,3% of them poor, and 408,616 km.")
    True
    >>> decimal_comma_page("It has 2,145 households, 96,3% of them poor, and 408,616 km.")
    False
    """
    end = len(text) if end is None else end
    vi = 0
    for m in _VI_STYLE.finditer(text, start, end):
        noun = m.group("vi_noun")
        vi += noun is None or normalise_unit(noun) == noun and noun.lower() not in UNITS
    if vi < 2:
        return False
    for m in _EN_STYLE.finditer(text, start, end):
        noun = m.group("en_noun")
        if noun is None or normalise_unit(noun) == noun and noun.lower() not in UNITS:
            return False
    return True
