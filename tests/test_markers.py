"""Marker phrases: numbers, ranges, series."""

import pytest

from geo.mentions.markers import (
    VN_CN,
    VN_LA,
    find_marker_phrases,
    marker_place_id,
    parse_marker_numbers,
    series_from_number,
    series_from_words,
)
from geo.text import fold

VALID = [
    ("five border markers (from markers 107 to 111) are", "markers 107 to 111",
     (107, 108, 109, 110, 111)),
    ("a patrol from marker No. 3 to No. 1, 3.2 km", "marker no. 3 to no. 1", (1, 2, 3)),
    ("between markers 103-104", "markers 103-104", (103, 104)),
    ("the upgrade at marker No.144 began", "marker no.144", (144,)),
    ("Marker 0 on the summit", "marker 0", (0,)),
    ("Vietnam-China border markers No.1-No.3", "markers no.1-no.3", (1, 2, 3)),
    ("markers 12, 13 and 14 and 2,000 people", "markers 12, 13 and 14", (12, 13, 14)),
    ("Mốc số 3", "moc so 3", (3,)),
    ("cột mốc 113", "cot moc 113", (113,)),
    ("landmark 5", "landmark 5", (5,)),
    ("markers 111 – 107", "markers 111 - 107", (107, 108, 109, 110, 111)),
    # twenty-ninth session, round 250: a blog's "numbered from ... to ..."
    ("the markers that separate it from Laos are numbered from 107 to 111.",
     "markers that separate it from laos are numbered from 107 to 111",
     (107, 108, 109, 110, 111)),
    ("the markers numbered 41 to 44 along the stream", "markers numbered 41 to 44",
     (41, 42, 43, 44)),
]
INVALID = [
    "146 border markers",
    "the 2021-2026 term",
    "democracy 12",
    "markers 1 to 500",
    "marker 1,220,030",
    "Directive 01/CT-TTg",
    "Military Region 2",
    "There are 14 markers, numbered by the two sides in 2008.",  # (a guard: no number after)
]


@pytest.mark.parametrize(("text", "phrase", "numbers"), VALID)
def test_valid_phrases(text, phrase, numbers):
    folded = fold(text)
    found = find_marker_phrases(folded)
    assert [(folded[m.start:m.end], m.numbers) for m in found] == [(phrase, numbers)]


@pytest.mark.parametrize("text", INVALID)
def test_not_marker_phrases(text):
    assert find_marker_phrases(fold(text)) == []


def test_parse_numbers_directly():
    assert parse_marker_numbers("markers 107 to 111") == (107, 108, 109, 110, 111)
    assert parse_marker_numbers("marker no. 3 to no. 1") == (1, 2, 3)
    assert parse_marker_numbers("markers 7, 9") == (7, 9)
    assert parse_marker_numbers("markers") == ()


@pytest.mark.parametrize(("text", "series"), [
    ("on the vietnam-laos border", VN_LA),
    ("with china's yunnan", VN_CN),
    ("lao and chinese forces", None),
    ("in pa thom commune", None),
])
def test_series_from_words(text, series):
    assert series_from_words(text) == series


def test_series_from_number_and_ids():
    assert series_from_number((107,)) == VN_LA
    assert series_from_number((3,)) is None
    assert marker_place_id(VN_LA, 107) == "marker:vn-la:107"
    assert marker_place_id(VN_CN, 3) == "marker:vn-cn:3"
