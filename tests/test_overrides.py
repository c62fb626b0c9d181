"""User override files: valid files apply, each kind of bad row is refused with file:line."""

from pathlib import Path

import pytest

from geo.errors import InputError, OverrideError
from geo.gazetteer import load_gazetteer, read_overrides, read_overrides_lenient

DATA = Path(__file__).parent / "data" / "overrides"
HEADER = "id,name,kind,lat,lon,precision,coord_source,source_url,notes\n"

VALID = ["valid.csv", "valid_minimal.csv", "valid_bom.csv"]
INVALID = [  # file, line, words the message must contain
    ("missing_columns.csv", 1, "missing column(s) lon"),
    ("swapped.csv", 3, "swapped"),
    ("duplicate_ids.csv", 3, "duplicate id 'user:dup' (first on line 2)"),
    ("unknown_kind.csv", 2, "unknown kind 'hamlet'"),
    ("malformed_row.csv", 2, "expected 9 fields, found 5"),
    ("out_of_range.csv", 2, "out of range"),
    ("outside_region.csv", 2, "outside the region"),
]
INLINE_INVALID = [  # (row after HEADER, words)
    ("user:x,X,village,abc,102.9,point,,,", "lat is not a number"),
    ("user:x,X,village,21.5,,point,,,", "both lat and lon"),
    ("user:x,X,village,21.5,102.9,exact,,,", "unknown precision 'exact'"),
    ("User X,X,village,21.5,102.9,point,,,", "bad id"),
    (",X,village,21.5,102.9,point,,,", "empty id"),
    ('user:x,"X,village,21.5,102.9,point,,,', "expected 9 fields"),
]


@pytest.mark.parametrize("name", VALID)
def test_valid_files_read(name):
    rows, errors = read_overrides_lenient(DATA / name)
    assert errors == [] and rows
    assert read_overrides(DATA / name) == rows


@pytest.mark.parametrize(("name", "line", "words"), INVALID)
def test_invalid_files_refused(name, line, words):
    with pytest.raises(OverrideError) as info:
        read_overrides(DATA / name)
    message = str(info.value)
    assert message.startswith(f"{DATA / name}:{line}: ")
    assert words in message
    assert isinstance(info.value, InputError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(("row", "words"), INLINE_INVALID)
def test_invalid_rows(tmp_path, row, words):
    path = tmp_path / "o.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    rows, errors = read_overrides_lenient(path)
    assert rows == [] and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}:2: ") and words in str(errors[0])


def test_lenient_keeps_good_rows():
    rows, errors = read_overrides_lenient(DATA / "swapped.csv")
    assert [r.id for r in rows] == ["user:ok"]
    assert len(errors) == 1 and "look swapped" in str(errors[0])


@pytest.mark.parametrize(("content", "words"), [
    (b"", "empty file"),
    (b"id,name,kind,lat,lon\nuser:x,\xff\xfe,village,21.5,102.9\n", "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "NUL"),
])
def test_unreadable_files(tmp_path, content, words):
    path = tmp_path / "o.csv"
    path.write_bytes(content)
    with pytest.raises(OverrideError, match=words):
        read_overrides(path)


def test_missing_file(tmp_path):
    with pytest.raises(OverrideError, match="could not read"):
        read_overrides(tmp_path / "absent.csv")


def test_overrides_add_and_correct(gaz):
    over = load_gazetteer(overrides=DATA / "valid.csv")
    added = over.get("user:pa-xa-lao-school")
    assert (added.lat, added.lon, added.precision) == (21.2801, 102.8702, "point")
    assert added.coord_source == "user GPS 2025-03"
    village = over.get("village:pa-xa-lao")
    assert (village.lat, village.lon, village.precision) == (21.2812, 102.8690, "point")
    assert village.coord_source == "user"  # no coord_source given
    assert village.name == gaz.get("village:pa-xa-lao").name  # blank name keeps the built-in
    assert over.lookup("Pa Xa Lào school")[0].place.id == "user:pa-xa-lao-school"
    assert over.version != gaz.version
    assert gaz.get("village:pa-xa-lao").precision == "commune"  # built-in unchanged


def test_override_corrects_admin_unit_and_dependants():
    over = load_gazetteer(overrides=DATA / "valid_minimal.csv")
    """The fixture moves old Pa Thơm to the official commune page's point (SOURCES §6)."""
    unit = over.get("vnold:c:03340")
    assert (unit.lat, unit.lon, unit.coord_source) == (21.3072, 102.9286, "user")
    assert unit.precision == "commune"  # a unit's new point is the unit's point
    post = over.get("post:pa-thom")  # still commune precision, now at the corrected point
    assert (post.lat, post.lon, post.precision) == (21.3072, 102.9286, "commune")


def test_new_entry_needs_name_and_kind(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(HEADER + "user:nameless,,,21.5,102.9,point,,,\n", encoding="utf-8")
    with pytest.raises(OverrideError, match=r"o.csv:2: new entry 'user:nameless' needs name"):
        load_gazetteer(overrides=path)


def test_load_with_lenient_rows():
    rows, errors = read_overrides_lenient(DATA / "swapped.csv")
    over = load_gazetteer(overrides=rows)
    assert over.get("user:ok") is not None and over.get("user:swapped") is None
    assert errors
