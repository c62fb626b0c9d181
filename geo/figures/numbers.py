"""Number forms of English news text and their values.

One compiled pattern, :data:`QUANTITY`, finds every *candidate* quantity in
a text: digits or number words, an optional qualifier ("over", "nearly"),
currency, range, scale word and unit.  :func:`parse_quantity` turns a match
into a :class:`Quantity` (a temperature below zero negative).  Whether it is a *figure*
(not a year, a document number, an ordinal) is decided by :mod:`geo.figures.extract`.

Separators
----------
The articles are English translations, so English separators apply even
where Vietnamese would write them the other way round:

* a comma followed by groups of exactly three digits separates thousands:
  ``"1,220,030"`` → 1220030, ``"2,650"`` → 2650;
* a single point is always a decimal point, *even when three digits follow
  it*: ``"408.616 kilometers"`` → 408.616 km and ``"455.573km"`` → 455.573
  km (a border of 408 km, not of 408,616 km), ``"21.374kg"`` → 21.374 kg;
* two or more points can only be Vietnamese thousands separators:
  ``"1.220.030"`` → 1220030; so can points before a decimal comma:
  ``"29.874,5"`` → 29874.5;
* a comma followed by one or two digits is a decimal comma before a scale
  word or a measure (``"2,35 tỷ"``, ``"1,2 kg"``: text translated word for
  word); a point followed by three digits in a count of things that cannot
  be split (``"2.000 tablet"``) is read as thousands by the figure reader
  (:mod:`geo.figures.extract`);
* on a page written the Vietnamese way throughout
  (:func:`geo.figures.pagestyle.decimal_comma_page`: points group thousands
  in counts, "2.145 households", or commas mark
  decimals, "96,3%", and nothing is written the English way), a comma before
  three digits in a measure is a decimal comma: ``"408,616 km of border"`` →
  408.616 km; and a point before three digits groups thousands whatever the
  unit: ``"VND 58.300 million"`` → 58,300 million.

Values are exact: decimal arithmetic is used for scale words, so ``"VND
17.4 billion"`` is the integer 17400000000; a value is an ``int`` when it
is whole and a ``float`` otherwise.  A number of more than
:data:`MAX_DIGITS` digits, or a value of :data:`MAX_VALUE` or more, is no
value at all (``None``): noise such as a pasted table is not a figure, and
reading it would cost quadratic time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: Cardinal number words and their values ("one" is left out on purpose:
#: "one of the...", "one often sees" are almost never counts).
WORD_NUMBERS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100,
    "a hundred": 100,
}
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

#: Scale words after a number.
SCALES: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9,
                          "bn": 10**9, "trillion": 10**12, "k": 10**3,
                          # Vietnamese left in translated text: "60 triệu đồng", "2 tỷ đồng"
                          "nghìn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}

#: Surface forms of units and the one spelling used in figures.
UNITS: dict[str, str] = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "g": "g", "grams": "g", "gram": "g",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes",
    "tấn": "tonnes",  # left untranslated by a province's site: "1,5 tấn of maize seeds"
    "ha": "ha", "hectare": "ha", "hectares": "ha",
    "km2": "km2", "km²": "km2", "sq km": "km2", "square km": "km2", "square kilometres": "km2",
    "square kilometers": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "sq.km": "km2", "sq. km": "km2", "sqkm": "km2",  # "9,541 sq.km" (VNA and the provinces)
    "m2": "m2", "m²": "m2", "sq m": "m2", "square metres": "m2", "square meters": "m2",
    "sq.m": "m2", "sq. m": "m2", "square metre": "m2", "square meter": "m2",
    "m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3", "cubic metre": "m3",
    "cubic meter": "m3",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "mile": "miles", "miles": "miles", "mi": "miles", "sq mi": "sq mi", "square miles": "sq mi",
    "square mile": "sq mi", "°c": "°C", "degrees celsius": "°C", "degree celsius": "°C",
    "degrees c": "°C", "degrees": "°C", "degree": "°C",  # (the weather's)
    "ft": "ft", "feet": "ft", "foot": "ft",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimeters": "mm", "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeters": "cm",
    "mw": "MW", "kw": "kW", "kwh": "kWh",
    # an earthquake's: "a 6.75-magnitude quake", "of 6.7 magnitude", "5.3 on the Richter scale"
    "magnitude": "magnitude", "richter": "magnitude", "on the richter scale": "magnitude",
    "mu": "mu",  # the Chinese land unit (1/15 ha) of Xinhua's English: "230,000 mu of tea"
    "%": "%", "percent": "%", "per cent": "%",
    "vnd": "VND", "vnđ": "VND", "d": "VND", "dong": "VND", "vietnamese dong": "VND",
    "vietnam dong": "VND", "đồng": "VND",
    "usd": "USD", "us$": "USD", "$": "USD", "¥": "CNY",  # (the yuan's sign in this region)
    "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "u.s dollars": "USD",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "lak": "LAK", "kip": "LAK", "kips": "LAK", "lao kip": "LAK",
    "thb": "THB", "baht": "THB", "thai baht": "THB",
}
#: Currencies: the normalised units that are money.
CURRENCIES = frozenset({"VND", "USD", "CNY", "LAK", "THB"})
#: What a measure counts when its sentence names nothing ("52 km" → "length").
UNIT_SUBJECTS = {"km": "length", "miles": "length", "ft": "length", "sq mi": "area",
                 "kg": "weight", "g": "weight",
                 "tonnes": "weight", "ha": "area", "km2": "area", "m2": "area", "m3": "volume",
                 "mu": "area", "magnitude": "earthquake",
                 "m": "length", "cm": "length",
                 "mm": "rainfall", "%": "share", "MW": "capacity", "kW": "capacity",
                 "kWh": "energy", "°C": "temperature", **dict.fromkeys(CURRENCIES, "funds")}
_CURRENCY_WORDS = frozenset(k for k, v in UNITS.items() if v in CURRENCIES)

#: Verbs whose "over" is a particle, not a qualifier: "handed over 21 people".
_PHRASAL = re.compile(r"\b(?:hand|turn|take|took|pass|give|gave)(?:s|ed|en|ing|n)?\s+$",
                      re.IGNORECASE)
#: What makes "X and Y" one range: "between" right before it.
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: A decimal comma: one or two digits after it never group thousands ("96,3").
DECIMAL_COMMA_VALUE = re.compile(r"\d{1,3},\d{1,2}")
#: An earthquake's magnitude written before its number: "magnitude 6.7", "a magnitude of
#: 1.4", "a magnitude-4.9 earthquake"; or "measuring 4.2" after a quake ("the strongest
#: aftershock measuring 4.2")
MAGNITUDE_BEFORE = re.compile(r"\bmagnitudes?(?:[^\S\n]+of)?(?:[^\S\n]+|-)$|(?:quakes?|"
                              r"tremors?|aftershocks?)\b[^.!?\n]{0,80}\bmeasuring[^\S\n]+$",
                              re.IGNORECASE)
#: Qualifiers before a number, as written in figures (lower case).
QUALIFIERS = ("more than", "less than", "fewer than", "up to", "at least", "over", "nearly",
              "about", "approximately", "around", "almost", "roughly", "some")

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)*"
#: Points grouping thousands, a decimal comma: the Vietnamese way ("29.874,5"; never English).
_VI_NUMBER = r"\d{1,3}(?:\.\d{3})+,\d{1,3}(?![\d.,])"
_VI_NUMBER_VALUE = re.compile(_VI_NUMBER)
#: A decimal comma, read only before a scale word or a measure ("2,35 tỷ đồng", "1,5
#: million", "1,2 kg" in text translated word for word): one or two digits after a comma
#: never group thousands.
_DECIMAL_COMMA = (r"\d{1,3},\d{1,2}(?=[^\S\n]*(?:(?:tỷ|tỉ|triệu|million|billion|kg|kilograms?|"
                  r"grams?|g|tonnes?|tons?|tấn|ha|hectares?|km[²2]|m[²2]|km|sq\.?[^\S\n]?km|"
                  r"(?:square[^\S\n]+)?(?:kilo)?met(?:re|er)s?|m|mm|MW|litres?|liters?|"
                  r"per[^\S\n]?cent)(?!\w)|%))")  # ... or a share: "fell from 58,3% to 47,5%"
_WORD_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in WORD_NUMBERS),
                            key=len, reverse=True))
_WORD_ONE = rf"(?:{_WORD_ALT})(?:-(?:{'|'.join(_UNITS_WORDS)}))?"
# "three hundred and twelve", "two hundred" (a sentence may open on a number in words)
_HUNDREDS = rf"(?:(?:{_WORD_ONE}|a)[^\S\n]+hundred(?:[^\S\n]+and[^\S\n]+{_WORD_ONE})?)"
# "three thousand five hundred" (a bare "two thousand" is two and the scale word)
_WORD = (rf"(?:(?:{_WORD_ONE}|a)[^\S\n]+thousand[^\S\n]+(?:and[^\S\n]+)?(?:{_HUNDREDS}|"
         rf"{_WORD_ONE})|{_HUNDREDS}|{_WORD_ONE})")
_UNIT_ALT = "|".join(sorted((re.escape(u).replace(r"\ ", r"[\s-]+") if u != "mu" else "(?-i:mu)"
                             for u in UNITS if u not in _CURRENCY_WORDS),
                            key=len, reverse=True))  # "mu" in lower case only: "5 Mu Cang Chai"
_QUAL_ALT = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)

# Word boundaries that count a combining mark (U+0300-U+036F) as part of the
# word, as ``\b`` does not: in NFD text "A\u0300367" is the one word "À367"
# and holds no number, as in NFC.
_B = r"(?<![\w\u0300-\u036f])"  # a word starts here
_E = r"(?![\w\u0300-\u036f])"  # a word ends here

#: Dong written "D" right before an amount with its scale, as the ADB does: "D14.3 billion".
_DONG = r"\d[\d.,]*[^\S\n]?(?:million|billion|trillion)\b"
#: A range's currency said again before its high end: "between $15 and $25".
_CUR_AGAIN = r"(?:(?P=cur)[^\S\n]?)?"

#: Candidate quantities.  Groups: ``qual``, ``cur`` (currency before),
#: ``vague`` ("thousands of"), ``num``, ``high`` (range end), ``scale``,
#: ``unit``, ``cur2`` (currency after).
QUANTITY = re.compile(
    rf"(?:(?P<qual>{_B}(?:{_QUAL_ALT}))\s+)?"
    rf"(?:(?P<cur>{_B}(?:VND|VNĐ|USD|CNY|RMB|LAK|THB)|US\$|\$|¥|{_B}(?-i:D)(?={_DONG}))\s?)?"
    r"(?:"
    rf"(?P<vague>{_B}(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions)\s+of)\b"
    r"|"
    rf"(?P<num>(?:(?<=VND)|(?<=VNĐ)|(?<=USD)|(?<=CNY)|(?<=RMB)|(?<=LAK)|(?<=THB)|(?<=\$)|(?<=¥)"
    rf"|(?<=\b(?-i:D))(?={_DONG})"
    rf"|(?<=\bc\.)|(?<=\bca\.)|(?<=[a-z]{{2}}/)"  # "c.360 km", "3,692 sq mi/9,563 sq km"
    rf"|(?<=magnitude-)"  # "a magnitude-4.9 earthquake"
    rf"|(?<=[\s(][-−])(?=\d[\d.,]*[^\S\n]?(?:°|degrees?\b))"  # below zero: "-1°C"
    rf"|(?<![\w.,/+:\-\u0300-\u036f]))(?:{_VI_NUMBER}|{_DECIMAL_COMMA}|{_DIGITS})"
    rf"|{_B}(?<!few )(?<!several )(?<!many ){_WORD}{_E})"  # no "a few dozen travellers"
    # a scale said on both ends of a range: "between 2.5 million and 5 million dong"
    rf"(?:[^\S\n]+(?P<lowscale>thousand|million|billion|trillion)(?=[^\S\n]*(?:-|–|to|and)"
    rf"[^\S\n]*{_CUR_AGAIN}\d[\d.,]*[^\S\n]+(?P=lowscale){_E}))?"
    rf"(?:[^\S\n]*(?P<conn>-|–|\bto\b|\band\b)[^\S\n]*{_CUR_AGAIN}"
    rf"(?P<high>{_DIGITS}|(?:(?<=to )|(?<=and ))(?:{_WORD_ONE}){_E})"
    r"(?!\d|,\d))?"  # "150 to 200", "7-8 km", "four to six people", "between 25 and 30"
    # a scale may start the next line of a hard-wrapped text ("about VND 6.3\nmillion")
    rf"(?:[^\S\n]*\n?[^\S\n]*(?P<scale>{_B}(?:thousand|million|billion|bn|trillion|nghìn|triệu|tỷ|tỉ){_E}"
    rf"|(?<=\d)bn{_E}|(?<=\d)k(?=[^\S\n]*(?:dong|đồng|VND|kip){_E})))?"  # "105k dong"
    # "52 km", "52km", and the hyphenated adjective "a 52-km border"
    rf"(?:(?:[^\S\n]*|-)(?P<unit>(?:{_UNIT_ALT}){_E}|%))?"
    rf"(?:[^\S\n]*(?P<cur2>(?<=[,.]\d{{3}})(?-i:d){_E}"  # a guidebook's "130,000d"
    rf"|\b(?:VND|USD|(?:vietnam(?:ese)?\s+)?dong|đồng|CNY|RMB|LAK|THB|(?:chinese\s+)?yuan|renminbi|"
    rf"(?:lao\s+)?kips?|(?:thai\s+)?baht|(?:US\s+|U\.S\.?\s+)?dollars){_E}))?"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number form found in a text, before any judgement of what it counts.

    ``start``/``end`` span the whole form (qualifier to unit); ``num_start``
    and ``num_end`` span the number itself.  ``unit`` is the normalised unit
    ("km", "%", "VND"...) or ``""`` when a noun follows instead.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: int | float | None
    value_high: int | float | None
    unit: str
    qualifier: str | None
    vague: bool
    is_word: bool
    raw: str


#: Digits a number may have (separators aside) to be read at all: a longer run is
#: a pasted table or an identifier, not a quantity; reading it would cost
#: quadratic time and overflow floats and the conversion of integers to text.
MAX_DIGITS = 24
#: A value (after its scale word) at or above this is not a figure: no amount
#: the news reports comes near it (Vietnam's GDP is about 10**16 VND).
MAX_VALUE = 10**18

#: Commas grouping thousands, maybe with decimals: "1,220,030", "2,650.5".
COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def _exact(d: Decimal | None, scale: int = 1) -> int | float | None:
    """Return ``d * scale`` as an int when whole, else a float; ``None`` beyond a sane size."""
    if d is None:
        return None
    d = d * scale
    if abs(d) >= MAX_VALUE:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def is_falling(low: str, high: str) -> bool:
    """Tell whether a range's end is below its start ("from 3,820 to 2,610")."""
    a, b = _decimal(low), _decimal(high)
    return a is not None and b is not None and b < a


def _decimal(text: str) -> Decimal | None:
    if len(text) > 2 * MAX_DIGITS:  # separators at most every other character
        return None
    t = " ".join(text.lower().split())
    if t in WORD_NUMBERS:
        return Decimal(WORD_NUMBERS[t])
    if " thousand " in t:  # "three thousand five hundred": 3,500
        head, _, rest = t.partition(" thousand ")
        rest = rest.strip().removeprefix("and ").strip()
        thousands = Decimal(1) if head == "a" else _decimal(head)
        tail = _decimal(rest)
        return None if thousands is None or tail is None or tail >= 1000 \
            else thousands * 1000 + tail
    if " hundred" in t:  # "three hundred and twelve": 312
        head, _, rest = t.partition(" hundred")
        rest = rest.strip().removeprefix("and ").strip()
        hundreds = Decimal(1) if head == "a" else _decimal(head)
        tail = _decimal(rest) if rest else Decimal(0)
        return None if hundreds is None or tail is None or tail >= 100 else hundreds * 100 + tail
    if "-" in t:
        tens, _, units = t.partition("-")
        if tens in WORD_NUMBERS and units in _UNITS_WORDS:
            return Decimal(WORD_NUMBERS[tens] + _UNITS_WORDS.index(units) + 1)
        return None
    if _VI_NUMBER_VALUE.fullmatch(t):
        t = t.replace(".", "").replace(",", ".")
    elif DECIMAL_COMMA_VALUE.fullmatch(t):
        t = t.replace(",", ".")
    if "," in t:
        if not COMMA_GROUPS.fullmatch(t):
            return None
        t = t.replace(",", "")
    elif t.count(".") > 1:  # Vietnamese thousands separators: 1.220.030
        if not _POINT_GROUPS.fullmatch(t):
            return None
        t = t.replace(".", "")
    if sum(c.isdigit() for c in t) > MAX_DIGITS:
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def parse_number(text: str) -> int | float | None:
    """Return the value of one number form, or ``None`` if it is not one.

    Parameters
    ----------
    text : str
        Digits with English separators (``"1,220,030"``, ``"408.616"``), a
        number word (``"five"``, ``"a dozen"``, ``"twenty-five"``), or
        either followed by a scale word (``"17.4 billion"``).

    Returns
    -------
    int or float or None
        The exact value: an ``int`` when whole.  A single point is a
        decimal point (``"408.616"`` → 408.616); see the module docstring.

    Examples
    --------
    >>> parse_number("1,220,030"), parse_number("455.573"), parse_number("17.4 billion")
    (1220030, 455.573, 17400000000)
    """
    parts = text.strip().rsplit(None, 1)
    scale = 1
    if len(parts) == 2 and parts[1].lower() in SCALES:
        scale = SCALES[parts[1].lower()]
        text = parts[0]
    return _exact(_decimal(text), scale)


def normalise_unit(text: str) -> str:
    """Return the one spelling of a unit (``"kilometers"`` → ``"km"``), or *text* unchanged."""
    return UNITS.get(" ".join(text.lower().replace("-", " ").split()), text)


#: Money never written with decimals; a point before three digits groups thousands.
_WHOLE_MONEY = frozenset({"VND", "LAK"})
#: One point before three digits: thousands in Vietnamese writing ("500.000 đồng", "2.000
#: tablet"), a decimal in English: read as thousands only where no decimal can be meant.
POINT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


#: Measures whose "408,616" a Vietnamese page means as 408.616.
_MEASURES = frozenset({"km", "m", "kg", "g", "tonnes", "ha", "km2", "m2", "m3", "mm", "%",
                       "MW"})
#: One comma before three digits ("408,616"); points grouping thousands ("2.145", "1.220.030").
COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")
POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
#: A temperature's sign before it ("minus 2 degrees", "-1°C"), or "below zero" after it.
_MINUS = re.compile(r"(?:\bminus[^\S\n]+|(?<![\w.,])[-−])$", re.IGNORECASE)
_BELOW_ZERO = re.compile(r"[^\S\n]+below[^\S\n]+(?:zero|freezing)\b", re.IGNORECASE)


def parse_quantity(m: re.Match[str], *, decimal_comma: bool = False) -> Quantity:
    """Turn a :data:`QUANTITY` match into a :class:`Quantity`.

    Parameters
    ----------
    m : re.Match
        A match of :data:`QUANTITY`.
    decimal_comma : bool
        The page writes numbers the Vietnamese way
        (:func:`geo.figures.pagestyle.decimal_comma_page`):
        "408,616 km" is 408.616 km.

    Returns
    -------
    Quantity
        Value (``None`` for vague forms such as "thousands of"), range end,
        normalised unit, qualifier in lower case.
    """
    qual = m.group("qual")
    qualifier = " ".join(qual.lower().split()) if qual else None
    start = m.start()
    if qualifier == "over" and _PHRASAL.search(m.string, max(0, start - 12), start):
        qualifier, start = None, m.start("cur") if m.group("cur") else m.start("num")
    if m.group("conn") == "and" and (between := BETWEEN.search(m.string, max(0, start - 12),
                                                                  start)):
        start = between.start()  # "between 25 and 30 men" is quoted whole
    if m.group("vague"):
        return Quantity(m.start(), m.end(), m.start("vague"), m.end("vague"), None, None, "",
                        qualifier, True, True, m.group())
    scale = SCALES.get((m.group("scale") or "").lower(), 1)
    currency = m.group("cur") or m.group("cur2")
    if currency and (m.group("unit") or "") in ("m", "M") and scale == 1:
        scale = SCALES["million"]  # "$4m", "1.5m dong": money in millions, not metres
    unit = normalise_unit(currency) if currency else normalise_unit(m.group("unit") or "")
    num = m.group("num")
    if unit in _WHOLE_MONEY and scale == 1 and POINT_THOUSANDS.fullmatch(num):
        num = num.replace(".", "")  # "500.000 đồng" (Vietnamese writing): no 500.0 đồng
    if decimal_comma and unit in _MEASURES and scale == 1 and COMMA_GROUP.fullmatch(num):
        num = num.replace(",", ".")
    elif decimal_comma and POINT_GROUPS.fullmatch(num):
        num = num.replace(".", "")  # "VND 58.300 million", "4.820 m of pipeline"
    low = _decimal(num)
    high = _decimal(m.group("high")) if m.group("high") else None
    value = _exact(low, scale)
    value_high = _exact(high, scale)
    is_word = not m.group("num")[0].isdigit()
    if unit == "°C" and value is not None and ((sign := _MINUS.search(
            m.string, max(0, m.start("num") - 7), m.start("num"))) or _BELOW_ZERO.match(
            m.string, m.end())):  # "minus 2 degrees", "-1°C", "1 degree below zero"
        value, value_high = -value, None if value_high is None else -value_high
        start = min(start, sign.start()) if sign else start
    return Quantity(start, m.end(), m.start("num"), m.end("num"), value, value_high, unit,
                    qualifier, False, is_word, m.string[start:m.end()])
