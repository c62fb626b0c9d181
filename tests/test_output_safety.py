"""Output safety: atomic exports, nothing outside the output folder touched, safe names.

Interruptions are simulated by monkeypatching a writer to raise part-way
(``KeyboardInterrupt`` as Ctrl-C does, ``OSError`` as a full disk does).
"""

from __future__ import annotations

import csv
import json
import os
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from _layers_fixtures import FakeGazetteer, make_corpus
from hypothesis import given
from hypothesis import strategies as st
from strategies import ci_settings

import geo.cli as cli
import geo.export as export
import geo.geojson as geojson
from geo.errors import ExportError
from geo.export import FIGURES_CSV, GPKG_NAME, ZIP_NAME, export_layers
from geo.layers.build import LAYER_NAMES, build_layers
from geo.model import Corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUT_NAMES = [f"{n}.geojson" for n in LAYER_NAMES] + [ZIP_NAME, GPKG_NAME, FIGURES_CSV]
SAFE = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(?:geojson|zip|gpkg|csv)$")
HOSTILE_TITLES = [
    "../../etc/passwd", "..\\..\\boot.ini", "/tmp/evil", "CON", "nul.txt", "a\x00b",
    '<script>alert("x")</script>', "=HYPERLINK(\"http://x\")", "Điện Biên " * 40,
    "name\nwith\nlines", ".hidden", "", "   ",
]


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under *folder*: (kind, bytes or link target, mode, mtime)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        st_ = path.lstat()
        if path.is_symlink():
            content = ("link", os.readlink(path))
        elif path.is_dir():
            content = ("dir", None)
        else:
            content = ("file", path.read_bytes())
        out[str(path.relative_to(folder))] = (*content, st_.st_mode, st_.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def layers(corpus):
    return build_layers(corpus, FakeGazetteer())


def changed(layers):
    """The same layers with one more property, so every overwritten file would show."""
    out = {}
    for name, frame in layers.items():
        frame = frame.copy()
        frame["export_run"] = "second"
        out[name] = frame
    return out


def _interrupted_file(layers, target: str, n: int) -> str:
    """The file being written when the writer fails (see the parametrisation below)."""
    if target == "_feature_json":
        seen = 0
        for name in LAYER_NAMES:
            seen += len(layers[name])
            if seen > n:
                return f"{name}.geojson"
    return {"_write_zip": ZIP_NAME, "_write_gpkg": GPKG_NAME,
            "write_figures_csv": FIGURES_CSV}[target]


# --- atomic writes ------------------------------------------------------------------


def _fail_after(monkeypatch, target: str, n: int, exc: BaseException) -> None:
    module = geojson if target == "_feature_json" else export  # (GeoJSON text: geo.geojson)
    real = getattr(module, target)
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > n:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(module, target, failing)


# two or three exports each: half-way through a layer stays in the fast tier
@pytest.mark.parametrize(("target", "n"), [
    pytest.param("_feature_json", 0, marks=pytest.mark.slow),  # the first feature
    ("_feature_json", 5),  # half-way through a layer
    pytest.param("_write_zip", 0, marks=pytest.mark.slow),
    pytest.param("_write_gpkg", 0, marks=pytest.mark.slow),
    pytest.param("write_figures_csv", 0, marks=pytest.mark.slow),
])
@pytest.mark.parametrize("exc", [KeyboardInterrupt(), OSError(28, "No space left on device")],
                         ids=["ctrl-c", "disk-full"])
def test_interrupted_export_leaves_previous_files_intact_and_no_temporary(
        tmp_path, layers, corpus, monkeypatch, target, n, exc):
    out, complete = tmp_path / "out", tmp_path / "complete"
    export_layers(layers, out, corpus=corpus)
    export_layers(changed(layers), complete, corpus=corpus)  # what a whole second run writes
    before = snapshot(out)
    _fail_after(monkeypatch, target, n, exc)
    with pytest.raises((KeyboardInterrupt, ExportError)):
        export_layers(changed(layers), out, corpus=corpus)
    after = snapshot(out)
    assert sorted(after) == sorted(before)  # no temporary or partial file left
    interrupted = _interrupted_file(layers, target, n)
    assert after[interrupted] == before[interrupted]  # the file being written: old, intact
    for name, entry in after.items():  # every other file: the old one or a complete new one
        assert entry == before[name] or is_complete(out / name, complete / name), name


def is_complete(path: Path, reference: Path) -> bool:
    """Whether *path* is a whole export file (zip and GeoPackage embed times: check them)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf, zipfile.ZipFile(reference) as ref:
            return zf.testzip() is None and all(
                zf.read(n) == ref.read(n) for n in ref.namelist()) and \
                zf.namelist() == ref.namelist()
    if path.suffix == ".gpkg":
        import pyogrio

        return sorted(pyogrio.list_layers(path)[:, 0]) == sorted(
            pyogrio.list_layers(reference)[:, 0])
    return path.read_bytes() == reference.read_bytes()


def test_interrupted_first_export_leaves_no_file_at_all(tmp_path, layers, monkeypatch):
    """All or nothing: a first export stopped half-way leaves an empty folder, no part."""
    out = tmp_path / "out"
    _fail_after(monkeypatch, "_feature_json", 40, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        export_layers(layers, out)
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left


def test_rename_failure_leaves_no_temporary(tmp_path, layers, monkeypatch):
    out = tmp_path / "out"
    export_layers(layers, out)
    before = snapshot(out)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(export.os, "replace", refuse)
    with pytest.raises(ExportError, match="Permission denied"):
        export_layers(changed(layers), out)
    assert snapshot(out) == before  # the first rename failed: nothing replaced, no temporary


@pytest.mark.slow
def test_cli_export_interrupted_is_one_line_and_keeps_old_files(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert cli.main(["export", str(SEEDS / "001_ecd96f9a6b292574.txt"), "--out", str(out),
                     "--no-cache", "--quiet"]) == 0
    before = snapshot(out)
    capsys.readouterr()
    _fail_after(monkeypatch, "_feature_json", 0, OSError(28, "No space left on device"))
    code = cli.main(["export", str(SEEDS), "--out", str(out), "--no-cache", "--quiet"])
    captured = capsys.readouterr()
    assert code != 0 and captured.out == ""
    assert captured.err.startswith("geo: could not export layers to ")
    assert "No space left on device" in captured.err and len(captured.err.splitlines()) == 1
    assert snapshot(out) == before  # failed on the first file: everything as it was


# --- nothing outside the output folder ----------------------------------------------


def test_files_outside_the_output_folder_are_never_touched(tmp_path, layers, corpus):
    parent = tmp_path / "work"
    parent.mkdir()
    (parent / "boundary.geojson").write_text("mine, not the export's")
    (parent / "layers.zip").write_bytes(b"PK old")
    (parent / "notes.txt").write_text("keep")
    (parent / "sub").mkdir()
    (parent / "sub" / "figures.csv").write_text("a,b\n")
    before = snapshot(parent)
    out = parent / "export"
    written = export_layers(layers, out, corpus=corpus)
    assert all(p.parent == out for p in written)
    after = snapshot(parent)
    new = {k: v for k, v in after.items() if k not in before}
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(new) == sorted(["export"] + [f"export/{n}" for n in OUTPUT_NAMES])


def test_unrelated_files_inside_the_output_folder_are_kept(tmp_path, layers):
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.txt").write_text("mine")
    (out / "other.geojson").write_text("{}")
    (out / ".hidden").write_text("x")
    export_layers(layers, out)
    assert (out / "README.txt").read_text() == "mine"
    assert (out / "other.geojson").read_text() == "{}"
    assert (out / ".hidden").read_text() == "x"


def test_a_symlinked_output_file_is_replaced_not_written_through(tmp_path, layers):
    """An output name that is a link to a file elsewhere: the link goes, the file stays."""
    outside = tmp_path / "precious.geojson"
    outside.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "boundary.geojson").symlink_to(outside)
    export_layers(layers, out)
    assert outside.read_text() == "precious"
    assert not (out / "boundary.geojson").is_symlink()
    assert json.loads((out / "boundary.geojson").read_text())["type"] == "FeatureCollection"


def test_cli_export_touches_only_its_folder(tmp_path):
    parent = tmp_path / "home"
    parent.mkdir()
    (parent / "figures.csv").write_text("user's own")
    before = snapshot(parent)
    assert cli.main(["export", str(SEEDS / "002_f447b384136a2931.txt"), "--out",
                     str(parent / "maps"), "--no-cache", "--quiet"]) == 0
    after = snapshot(parent)
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(k for k in after if k not in before) == sorted(
        ["maps"] + [f"maps/{n}" for n in OUTPUT_NAMES])


# --- output names ---------------------------------------------------------------------


def test_output_names_are_fixed_and_safe_whatever_the_titles(tmp_path, layers, corpus):
    """No output name comes from an article: titles and ids only reach file *contents*."""
    results = []
    for i, result in enumerate(corpus.results):
        title = HOSTILE_TITLES[i % len(HOSTILE_TITLES)]
        article = replace(result.article, title=title, id=f"../{title}")
        results.append(replace(result, article=article,
                               figures=tuple(replace(f, article=article.id)
                                             for f in result.figures)))
    hostile = Corpus(tuple(results), (), corpus.gazetteer_version)
    out = tmp_path / "out"
    written = export_layers(build_layers(hostile, FakeGazetteer()), out, corpus=hostile)
    assert [p.name for p in written] == OUTPUT_NAMES
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(OUTPUT_NAMES)
    assert all(SAFE.match(name) for name in OUTPUT_NAMES)
    with (out / FIGURES_CSV).open(encoding="utf-8", newline="") as fh:
        titles = {row["article_title"] for row in csv.DictReader(fh)}
    assert titles & set(HOSTILE_TITLES)  # kept as data, in the file
    with zipfile.ZipFile(out / ZIP_NAME) as zf:  # zip members: the same safe names
        assert sorted(zf.namelist()) == sorted(f"{n}.geojson" for n in LAYER_NAMES)


@pytest.mark.parametrize("bad", ["../escape", "a/b", "..", "/etc/passwd", "\\x"])
def test_layer_names_never_leave_the_output_folder(tmp_path, layers, bad):
    frame = next(iter(layers.values()))
    out = tmp_path / "out"
    try:
        written = export_layers({bad: frame}, out)
    except ExportError as err:  # nothing usable left of the name: refused, nothing written
        assert "no usable file name" in str(err)
        written = []
    assert all(p.parent == out and SAFE.match(p.name) for p in written)
    assert {p.name for p in tmp_path.iterdir()} <= {"out"}
    assert all(SAFE.match(p.name) for p in tmp_path.rglob("*") if p.is_file())


@ci_settings(300)
@given(name=st.text(max_size=80))
def test_safe_name_is_a_plain_file_stem(name):
    try:
        stem = export.safe_name(name)
    except ExportError:
        return
    assert re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", stem) or re.fullmatch(
        r"[a-z0-9_-]{1,64}", stem)
    assert stem not in (".", "..") and "/" not in stem


@ci_settings(300)
@given(name=st.text(max_size=120))
def test_uploaded_article_names_become_safe_file_names(name):
    """The app saves uploads under names derived from the user's file name (geo.app.files)."""
    from geo.app.files import safe_filename

    safe = safe_filename(name)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.(?:txt|md|html|htm)", safe), safe
    assert len(safe) <= 90


# --- figures.csv is opened in spreadsheets: formulas in article text stay text ---------


def test_figures_csv_defuses_spreadsheet_formulas(tmp_path, corpus):
    result = corpus.results[0]
    article = replace(result.article, title='=HYPERLINK("http://example.org","x")')
    hostile = Corpus((replace(result, article=article), *corpus.results[1:]), (),
                     corpus.gazetteer_version)
    written = export_layers(build_layers(hostile, FakeGazetteer()), tmp_path, corpus=hostile)
    csv_path = next(p for p in written if p.name == FIGURES_CSV)
    with csv_path.open(encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert not any(cell[:1] in ("=", "+", "@") for cell in cells)
