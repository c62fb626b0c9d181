"""Hostile override files: every impossible row refused at once, questionable rows warned.

An override row is checked against the gazetteer it changes
(:func:`geo.gazetteer.overrides.check_overrides`): a reference to no place,
a parent chain that loops, an impossible marker number are refused — all of
them in one run, one ``file:line`` line each; a name other places have, a
new kind, are applied with one warning line each; the export keeps every
feature it had.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geo.cli as cli
from geo.app.files import write_override
from geo.app.sources import load_app_gazetteer
from geo.app.unresolved import point_fix
from geo.errors import OverrideError
from geo.gazetteer import load_gazetteer
from geo.gazetteer.overrides import OverrideCheck

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HEADER = "id,name,kind,lat,lon,parent,marker_numbers,series\n"

#: One impossible row per line (line number → words of its message).
IMPOSSIBLE = {
    3: "parent 'user:nowhere' is no place",
    4: "parent cycle user:a → user:b → user:a",
    5: "parent cycle user:b → user:a → user:b",
    6: "parent cycle user:self → user:self",
    7: "marker number -5 is impossible",
    8: "marker number 0 is impossible",
    9: "out of range",
    10: "new entry 'user:nameless' needs name",
    11: "parent 'user:orphan' was refused",
}
HOSTILE = HEADER + "\n".join([
    "user:good,Bản Good Place,village,21.50,103.00,,,",        # 2: valid
    "user:orphan,Orphan,village,21.50,103.00,user:nowhere,,",  # 3
    "user:a,Alpha,village,21.50,103.00,user:b,,",              # 4
    "user:b,Beta,village,21.50,103.00,user:a,,",               # 5
    "user:self,Selfish,village,21.50,103.00,user:self,,",      # 6
    "marker:vn-la:901,Mốc 901,border_marker,,,,-5,VN-LA",      # 7
    "marker:vn-la:902,Mốc 902,border_marker,,,,0,VN-LA",       # 8
    "user:far,Far,village,123.0,500.0,,,",                     # 9
    "user:nameless,,village,21.50,103.00,,,",                  # 10
    "user:child,Child,village,,,user:orphan,,",                # 11: its parent is refused
    "vn2025:p:11,,border_marker,,,,,",                         # 12: a warning
]) + "\n"


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hostile(tmp_path) -> Path:
    path = tmp_path / "overrides.csv"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_cli_reports_every_impossible_row_at_once(capsys, hostile):
    code, out, err = run_main(capsys, "--overrides", str(hostile), "places", "--json")
    assert code == 2 and out == ""
    *lines, warning = err.splitlines()
    assert len(lines) == len(IMPOSSIBLE)  # one line per bad row, no traceback
    for line, (number, words) in zip(lines, sorted(IMPOSSIBLE.items()), strict=True):
        assert line.startswith(f"geo: {hostile}:{number}: "), line
        assert words in line, line
    assert warning.startswith(f"geo: {hostile}:12: warning: kind 'border_marker' ignored")


def test_library_raises_with_every_problem(hostile):
    with pytest.raises(OverrideError) as info:
        load_gazetteer(overrides=hostile)
    assert [m.split(": ", 1)[0] for m in str(info.value).splitlines()] == [
        f"{hostile}:{n}" for n in sorted(IMPOSSIBLE)]


def test_lenient_load_keeps_the_valid_rows(hostile):
    check = OverrideCheck()
    gaz = load_gazetteer(overrides=hostile, check=check)
    assert gaz.get("user:good") is not None
    for refused in ("user:orphan", "user:a", "user:b", "user:self", "user:far", "user:child",
                    "marker:vn-la:901", "marker:vn-la:902", "user:nameless"):
        assert gaz.get(refused) is None, refused
    assert len(check.errors) == len(IMPOSSIBLE) and len(check.warnings) == 1


def test_the_tripoint_is_marker_zero(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(HEADER + "marker:vn-cn:0,,,,,,0,VN-CN;VN-LA\n", encoding="utf-8")
    check = OverrideCheck()
    load_gazetteer(overrides=path, check=check)
    assert check.errors == [] and check.warnings == []


def test_app_reports_every_problem_and_applies_the_good_rows(hostile):
    gaz, problems = load_app_gazetteer(hostile)
    assert gaz.get("user:good") is not None  # not the built-in gazetteer alone
    ignored = [p for p in problems if p.startswith("User override ignored: ")]
    assert [p.split(": ")[1] for p in ignored] == [f"{hostile}:{n}" for n in sorted(IMPOSSIBLE)]
    (warned,) = [p for p in problems if p not in ignored]
    assert warned.startswith(f"User override applied with a warning: {hostile}:12: warning:")


# --- shadowing names -------------------------------------------------------------


def test_a_name_like_an_existing_place_is_a_warning_telling_the_resolution(capsys, tmp_path):
    over = tmp_path / "o.csv"
    over.write_text(HEADER + "user:db,Điện Biên,village,21.50,103.00,,,\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Officials met in Điện Biên on Monday.\n", encoding="utf-8")
    code, out, err = run_main(capsys, "--overrides", str(over), "mentions", str(article),
                              "--json", "--no-cache")
    assert code == 0
    warnings = [line for line in err.splitlines() if f"{over}:2: warning:" in line]
    assert len(warnings) == 1, err
    warning = warnings[0]
    assert "user:db is named 'Điện Biên' like" in warning and "vn2025:p:11" in warning
    assert "shadowing" in warning
    # what the warning says of the resolution is what the resolution does
    mention = next(m for m in map(json.loads, out.splitlines()) if m["surface"] == "Điện Biên")
    if mention["place_id"] == "user:db":
        assert "now resolves to user:db" in warning
    else:
        assert f"still resolves to {mention['place_id']}" in warning


def test_app_fix_that_shadows_a_place_is_warned(tmp_path):
    path = tmp_path / "overrides.csv"
    write_override(path, point_fix("Mường Nhé", "village", 22.1, 102.5))
    gaz, problems = load_app_gazetteer(path)
    assert gaz.get("user:muong-nhe") is not None
    warned = [p for p in problems if "user:muong-nhe is named 'Mường Nhé' like" in p]
    assert len(warned) == 1 and warned[0].startswith(
        f"User override applied with a warning: {path}:2: warning:")


def test_a_new_name_of_its_own_is_no_warning(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(HEADER + "user:xyz,Bản Xyzzy Plugh,village,21.50,103.00,,,\n",
                    encoding="utf-8")
    check = OverrideCheck()
    load_gazetteer(overrides=path, check=check)
    assert check.lines() == []


# --- new kinds and the export -------------------------------------------------------


def _export_ids(capsys, out: Path, *over: str) -> dict[str, list[str]]:
    code, _, err = run_main(capsys, *over, "export", str(SEEDS), "--out", str(out),
                            "--no-cache", "--quiet", "--workers", "1")
    assert code == 0, err
    return {p.stem: sorted(f["id"] for f in json.loads(p.read_text("utf-8"))["features"])
            for p in sorted(out.glob("*.geojson"))}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """Feature ids of every exported layer of the seeds, without overrides."""
    out = tmp_path_factory.mktemp("export-base")
    code = cli.main(["export", str(SEEDS), "--out", str(out), "--no-cache", "--quiet",
                     "--workers", "1"])
    assert code == 0
    return {p.stem: sorted(f["id"] for f in json.loads(p.read_text("utf-8"))["features"])
            for p in sorted(out.glob("*.geojson"))}


def test_a_province_as_border_marker_keeps_every_feature(capsys, tmp_path, baseline):
    over = tmp_path / "o.csv"
    over.write_text(HEADER + "vn2025:p:11,,border_marker,,,,,\n", encoding="utf-8")
    got = _export_ids(capsys, tmp_path / "out", "--overrides", str(over))
    assert got == baseline
    gaz = load_gazetteer(overrides=over)
    assert gaz.get("vn2025:p:11").kind == "province"


def test_kind_of_another_family_is_one_warning_line(capsys, tmp_path):
    over = tmp_path / "o.csv"
    over.write_text(HEADER + "vn2025:p:11,,border_marker,,,,,\n", encoding="utf-8")
    code, out, err = run_main(capsys, "--overrides", str(over), "places", "--kind", "province",
                              "--json")
    assert code == 0 and out
    assert err.splitlines() == [
        f"geo: {over}:2: warning: kind 'border_marker' ignored: vn2025:p:11 is a province in "
        "the official register and stays one (a province cannot become a border_marker; the "
        "rest of the row applies); add a new entry with its own id for a place of that kind"]


def test_a_post_as_gate_moves_layer_and_keeps_its_mentions(capsys, tmp_path, baseline):
    over = tmp_path / "o.csv"
    over.write_text(HEADER + "post:nam-ke,,border_gate,,,,,\n", encoding="utf-8")
    got = _export_ids(capsys, tmp_path / "out", "--overrides", str(over))
    assert "post:nam-ke" in baseline["border_posts"] and "post:nam-ke" in got["border_gates"]
    assert "post:nam-ke" not in got["border_posts"]
    # the same features, one moved from posts to gates
    assert sorted(i for ids in got.values() for i in ids) == sorted(
        i for ids in baseline.values() for i in ids)
    # the names made from its old kind stay names of the place, now a gate
    gaz = load_gazetteer(overrides=over)
    assert "Nậm Kè Border Guard Station" in gaz.get("post:nam-ke").alt_names  # made from "post"
