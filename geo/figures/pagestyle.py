"""How a page writes its numbers: the Vietnamese way or the English way.

The Vietnamese way: points group thousands, commas mark decimals; see the
separators of :mod:`geo.figures.numbers`.
"""

from __future__ import annotations

import re

from geo.figures.numbers import COMMA_GROUPS, DECIMAL_COMMA_VALUE, POINT_GROUPS, UNITS

__all__ = ["decimal_comma_page"]

#: A number as written, separators and all: "2.145", "96,3", "1,220,030", "29.874,5".  (Its
#: first digit before the look back at what precedes it: the engine skips to a digit instead
#: of trying the look back at every character, three times faster.)
_NUMBER = re.compile(r"\d(?<![\d.,]\d)\d*(?:[.,]\d+)*")
#: A point before one or two digits, the English way ("3.5 kg").
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_NOUN = re.compile(r"[^\S\n]+([^\W\d]+)")
_WORD_OR_SHARE = re.compile(r"[^\S\n]*(?:%|[^\W\d])")


def decimal_comma_page(text: str, start: int = 0, end: int | None = None) -> bool:
    """Tell whether ``text[start:end]`` writes numbers the Vietnamese way throughout.

    Two signs of the Vietnamese way (a point grouping thousands in a count
    of things, a comma before one or two digits) and none of the English
    way (a comma grouping thousands in a count, a point before one or two
    digits): then a comma before three digits in a measure is a decimal
    comma (:func:`geo.figures.numbers.parse_quantity`).  One pass over the
    numbers, ended by the first sign of the English way.

    >>> decimal_comma_page("It has 2.145 households, 96,3% of them poor, and 408,616 km.")
    True
    >>> decimal_comma_page("It has 2,145 households, 96,3% of them poor, and 408,616 km.")
    False
    """
    end = len(text) if end is None else end
    vi = 0
    for m in _NUMBER.finditer(text, start, end):
        num, after = m[0], m.end()
        if "," in num:  # commas grouping thousands in a count ("2,145 households") are English
            if "." not in num and COMMA_GROUPS.fullmatch(num) and (
                    num.count(",") > 1 or _counted(text, after, end)):
                return False
            vi += bool(DECIMAL_COMMA_VALUE.fullmatch(num))  # "96,3" is Vietnamese
        elif "." in num:  # "3.5 kg" is English; "1.220.030", "2.145 households" Vietnamese
            if _EN_DECIMAL.fullmatch(num) and _WORD_OR_SHARE.match(text, after, end):
                return False
            vi += bool(POINT_GROUPS.fullmatch(num) and (num.count(".") > 1 or _counted(
                text, after, end)))
    return vi >= 2


def _counted(text: str, pos: int, end: int) -> bool:
    """Tell a noun right after *pos* that is no unit: "households", not "km"."""
    noun = _NOUN.match(text, pos, end)
    return noun is not None and noun[1].lower() not in UNITS
