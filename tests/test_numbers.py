"""Number forms → values (geo.figures.numbers)."""

from __future__ import annotations

import pytest

from geo.figures.numbers import QUANTITY, normalise_unit, parse_number, parse_quantity

VALID = [
    # form, value, value_high, unit, qualifier
    ("2,650", 2650, None, "", None),
    ("1,220,030", 1220030, None, "", None),
    ("408.616 kilometers", 408.616, None, "km", None),
    ("455.573km", 455.573, None, "km", None),
    ("59.7kg", 59.7, None, "kg", None),
    ("21.374kg", 21.374, None, "kg", None),
    ("24km", 24, None, "km", None),
    ("VND 17.4 billion", 17400000000, None, "VND", None),
    ("VND 1.36 million", 1360000, None, "VND", None),
    ("17.4 billion VND", 17400000000, None, "VND", None),
    ("nearly 3,400", 3400, None, "", "nearly"),
    ("over 4,400", 4400, None, "", "over"),
    ("Over 98%", 98, None, "%", "over"),
    ("more than 1,600", 1600, None, "", "more than"),
    ("about 30", 30, None, "", "about"),
    ("up to 5", 5, None, "", "up to"),
    ("at least 12", 12, None, "", "at least"),
    ("approximately 7", 7, None, "", "approximately"),
    ("around 40", 40, None, "", "around"),
    ("100%", 100, None, "%", None),
    ("99.25%", 99.25, None, "%", None),
    ("five", 5, None, "", None),
    ("Four", 4, None, "", None),
    ("eight", 8, None, "", None),
    ("a dozen", 12, None, "", None),
    ("twenty-five", 25, None, "", None),
    ("2,500 - 3,000MW", 2500, 3000, "MW", None),
    ("2,500-3,000 MW", 2500, 3000, "MW", None),
    ("1.220.030", 1220030, None, "", None),
    ("15 hectares", 15, None, "ha", None),
    ("3 tonnes", 3, None, "tonnes", None),
    # dong written "D" before an amount with its scale, as the ADB writes it (added
    # 2026-12-04, eighth session, after round 44's first sight)
    ("D14.3 billion", 14300000000, None, "VND", None),
    ("D3 million", 3000000, None, "VND", None),
]


@pytest.mark.parametrize(("form", "value", "high", "unit", "qualifier"), VALID,
                         ids=[v[0] for v in VALID])
def test_valid_forms(form, value, high, unit, qualifier):
    m = QUANTITY.search(form)
    assert m is not None and m.group() == form
    q = parse_quantity(m)
    assert (q.value, q.value_high, q.unit, q.qualifier) == (value, high, unit, qualifier)
    assert type(q.value) is type(value)


VAGUE = ["thousands of", "Thousands of", "hundreds of", "dozens of", "tens of thousands of",
         "hundreds of thousands of"]


@pytest.mark.parametrize("form", VAGUE)
def test_vague_forms_have_no_value(form):
    q = parse_quantity(QUANTITY.search(form))
    assert q.vague and q.value is None


NO_NUMBER = ["No.03/2019", "GMT+7", "01/CT-TTg is", "one of them", "First,", "A4"]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_not_number_forms(text):
    """Digits glued to letters, points, slashes or plus signs are not numbers."""
    found = [m.group("num") for m in QUANTITY.finditer(text) if m.group("num")]
    assert found in ([], ["01"])  # "01/" is rejected later, by what follows it


@pytest.mark.parametrize(("text", "value"), [
    ("408.616", 408.616), ("455.573", 455.573), ("2,650", 2650), ("1,220,030", 1220030),
    ("17.4 billion", 17400000000), ("1.36 million", 1360000), ("seven", 7), ("a dozen", 12),
    ("ninety-nine", 99), ("0.5", 0.5),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "one", "2,6,5", "twenty-ten"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_point_with_three_decimals_is_a_decimal_in_english_text():
    """408.616 km is a border of about 409 km, not of 408,616 km."""
    assert parse_number("408.616") == pytest.approx(408.616)


@pytest.mark.parametrize(("raw", "unit"), [("kilometres", "km"), ("KM", "km"), ("%", "%"),
                                           ("percent", "%"), ("dong", "VND"), ("Tons", "tonnes")])
def test_normalise_unit(raw, unit):
    assert normalise_unit(raw) == unit


def _seed_texts():
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in seeds]


@pytest.mark.parametrize("form", ["nearly a dozen men", "over VND 17.4 billion", "“Four-Good",
                                  "Road D1, 5 km", "a 3D model of 12 million",
                                  "about US$ 5 million", "Between 2020-2025, the", "a 2,500 - "
                                  "3,000MW plant", "tens of thousands of gifts"]
                         + [v[0] for v in VALID] + VAGUE + NO_NUMBER)
def test_fast_scan_gives_the_same_matches_as_the_pattern(form):
    from geo.figures.scan import iter_quantities

    text = f"Then {form}, and 12 more."
    assert ([m.span() for m in iter_quantities(text)]
            == [m.span() for m in QUANTITY.finditer(text)])


def test_fast_scan_on_the_seeds_nfc_and_nfd():
    import unicodedata

    from geo.figures.scan import iter_quantities

    for text in _seed_texts():
        for t in (text, unicodedata.normalize("NFD", text)):
            for s, e in ((0, len(t)), (7, len(t) - 5)):
                assert ([(m.span(), m.group()) for m in iter_quantities(t, s, e)]
                        == [(m.span(), m.group()) for m in QUANTITY.finditer(t, s, e)])
