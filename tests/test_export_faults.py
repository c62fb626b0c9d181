"""``geo export`` under faults: killed runs, Ctrl-C, two runs at once, nothing to export.

After any interruption the output folder holds exactly one complete export,
the previous one or the new one, and a re-run never answers "up to date"
for a folder it did not finish.  Kills are real ``SIGKILL``s, sent by the
exporting process to itself at a chosen moment (a function of the product
wrapped so that its n-th call kills), so each moment is hit every time.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pyogrio
import pytest
from _hooks import HOOKED

import geo.cli as cli
import geo.staging as staging
from geo.export import FIGURES_CSV, GPKG_NAME, ZIP_NAME
from geo.layers.build import LAYER_NAMES
from geo.staging import OutputFolder

#: What an export writes: a GeoJSON per layer, the zip, the GeoPackage, figures.csv.
EXPORT_FILES = len(LAYER_NAMES) + 3

# real processes, kills and locks: the full gate, not the edit-test loop
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
EXPORT_NAMES = sorted([f"{n}.geojson" for n in LAYER_NAMES] + [ZIP_NAME, GPKG_NAME,
                                                                 FIGURES_CSV, cli.EXPORT_STAMP])
def hooked_geo(target: str, n: int, how: str, *argv: str, wait: bool = True, env=None):
    module, name = target.rsplit(".", 1)
    cmd = [sys.executable, "-c", HOOKED, module, name, str(n), how, *argv]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if not wait:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Corpus ``old`` (one article) and ``new`` (three); complete exports of both.

    ``reference`` is the export of ``new``; ``template`` the (stamped) export
    of ``old`` that each test copies as its previous export.
    """
    root = tmp_path_factory.mktemp("corpora")
    for name, files in (("old", SEED_FILES[:1]), ("new", SEED_FILES[1:4])):
        (root / name).mkdir()
        for f in files:
            shutil.copy(f, root / name / f.name)
    assert cli.main(["export", str(root / "new"), "--out", str(root / "reference"),
                     "--no-cache", "--quiet"]) == 0
    assert cli.main(["export", str(root / "old"), "--out", str(root / "template"),
                     "--cache-dir", str(root / "cache"), "--quiet"]) == 0
    assert sorted(p.name for p in (root / "template").iterdir()) == EXPORT_NAMES
    return root


@pytest.fixture
def previous(corpora, tmp_path, capsys) -> Path:
    """An output folder holding a complete (stamped) export of the ``old`` corpus."""
    capsys.readouterr()
    out = tmp_path / "work" / "out"
    out.parent.mkdir()
    shutil.copytree(corpora / "template", out)
    return out


def contents(folder: Path) -> dict[str, object]:
    """Every file of *folder* by name: its bytes; the zip's members; the GeoPackage's layers.

    (The zip and the GeoPackage embed the time they were written.)
    """
    out: dict[str, object] = {}
    for path in folder.iterdir():
        if path.name == ZIP_NAME:
            with zipfile.ZipFile(path) as zf:
                out[path.name] = [(n, zf.read(n)) for n in zf.namelist()]
        elif path.name == GPKG_NAME:
            out[path.name] = sorted((layer, pyogrio.read_info(path, layer=layer)["features"])
                                    for layer in pyogrio.list_layers(path)[:, 0])
        else:
            out[path.name] = path.read_bytes()
    return out


def assert_one_complete_export(out: Path, before: dict[str, object], reference: Path) -> str:
    """*out* holds the previous export byte for byte, or the whole new one: say which.

    A run removes the previous export's stamp before it starts (a killed run
    leaves the previous files, with nothing claiming they are up to date).
    """
    now = contents(out)
    if now == before:
        return "previous"
    if cli.EXPORT_STAMP not in now:
        assert now == without_stamp(before), "a mix of two exports"
        return "previous"
    assert sorted(p.name for p in out.iterdir()) == EXPORT_NAMES
    expected = contents(reference)
    stamp = now.pop(cli.EXPORT_STAMP)
    expected.pop(cli.EXPORT_STAMP, None)  # the reference ran without a cache: no stamp
    assert now == expected, "a mix of two exports"
    assert stamp.decode().splitlines()[1:] == [str(out / n) for n in
                                              [f"{x}.geojson" for x in LAYER_NAMES]
                                              + [ZIP_NAME, GPKG_NAME, FIGURES_CSV]]
    return "new"


def without_stamp(files: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in files.items() if k != cli.EXPORT_STAMP}


def no_leftovers(out: Path) -> bool:
    return sorted(p.name for p in out.parent.iterdir()) == [out.name]


# the moments: while processing articles, after 1, 7 and 13 files of the export (the
# GeoPackage is the 13th), at the stamp, just before the swap, just after it
MOMENTS = [
    ("geo.pipeline.process_article", 2, "previous"),
    ("geo.export.atomic_write", 1, "previous"),
    ("geo.export.atomic_write", 7, "previous"),
    ("geo.export.atomic_write", 13, "previous"),
    ("geo.export.atomic_write", 15, "previous"),
    ("geo.staging._exchange", 1, "previous"),
    ("geo.staging._fsync_dir", 1, "new"),
]


@pytest.mark.parametrize(("target", "n", "expected"), [
    pytest.param(*m, marks=() if m[1] == 7 else pytest.mark.slow) for m in MOMENTS])
def test_killed_export_leaves_one_complete_export_and_no_false_up_to_date(
        corpora, previous, capsys, target, n, expected):
    before = contents(previous)
    proc = hooked_geo(target, n, "kill", "export", str(corpora / "new"), "--out",
                      str(previous), "--quiet")
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert assert_one_complete_export(previous, before, corpora / "reference") == expected

    code = cli.main(["export", str(corpora / "new"), "--out", str(previous), "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    if expected == "previous":  # the killed run did not finish: a real export now
        assert f"wrote {EXPORT_FILES} file(s)" in err and "up to date" not in err
    else:  # it had finished (swapped in): its stamp is true
        assert "up to date" in err
    assert assert_one_complete_export(previous, before, corpora / "reference") == "new"
    assert no_leftovers(previous)  # the staging folder of the dead run is gone


@pytest.mark.parametrize(("target", "n"), [
    pytest.param("geo.export.atomic_write", 4, marks=pytest.mark.slow),
    pytest.param("geo.staging._exchange", 1, marks=pytest.mark.slow),
    pytest.param("geo.pipeline.process_article", 1, marks=pytest.mark.slow),
])
def test_ctrl_c_is_one_line_and_leaves_the_previous_export(corpora, previous, target, n):
    before = contents(previous)
    proc = hooked_geo(target, n, "ctrl-c", "export", str(corpora / "new"), "--out",
                      str(previous), "--quiet")
    assert proc.returncode == 130 and proc.stderr == "geo: interrupted\n" and proc.stdout == ""
    assert contents(previous) in (before, without_stamp(before))
    assert no_leftovers(previous)  # cleaned on the way out, not only by the next run


def test_a_second_run_into_the_same_folder_is_refused_at_once(corpora, previous, tmp_path,
                                                              capsys, monkeypatch):
    ready, go = tmp_path / "ready", tmp_path / "go"
    first = hooked_geo("geo.cli._corpus", 1, "barrier", "export", str(corpora / "new"),
                       "--out", str(previous), "--quiet", wait=False,
                       env={"GEO_TEST_READY": str(ready), "GEO_TEST_GO": str(go)})
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert first.poll() is None and time.monotonic() < deadline, first.stderr.read()
            time.sleep(0.05)
        before = contents(previous)

        def must_not_run(*args, **kwargs):
            raise AssertionError("the second run processed the corpus")

        monkeypatch.setattr(cli, "_corpus", must_not_run)
        code = cli.main(["export", str(corpora / "old"), "--out", str(previous), "--quiet"])
        captured = capsys.readouterr()
        assert code == cli.EXIT_USAGE and captured.out == ""
        assert captured.err == (f"geo: {previous}: another export is writing into this "
                                "folder; try again when it has finished\n")
        assert contents(previous) == before
    finally:
        go.touch()
        stdout, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    assert assert_one_complete_export(previous, before, corpora / "reference") == "new"
    assert no_leftovers(previous)


def test_lock_in_one_process_refuses_another_process(tmp_path):
    out = tmp_path / "out"
    code = "import sys; from geo.staging import OutputFolder; OutputFolder(sys.argv[1]).__enter__()"
    with OutputFolder(out):
        proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.returncode != 0 and "another export is writing" in proc.stderr
    # released with the context: the next holder gets it
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr


def test_lock_is_released_when_its_holder_dies(tmp_path):
    out = tmp_path / "out"
    code = ("import os, signal, sys; from geo.staging import OutputFolder; "
            "OutputFolder(sys.argv[1]).__enter__(); os.kill(os.getpid(), signal.SIGKILL)")
    proc = subprocess.run([sys.executable, "-c", code, str(out)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -signal.SIGKILL
    with OutputFolder(out):  # no stale lock
        pass


def test_in_process_second_holder_is_nested_not_refused(tmp_path):
    out = tmp_path / "out"
    with OutputFolder(out) as first, OutputFolder(out) as second:
        assert second is first
    with OutputFolder(out):  # released
        pass


# --- nothing to export: refused before any work, the previous export kept ----------------


@pytest.fixture
def no_processing(monkeypatch):
    def must_not_run(*args, **kwargs):
        raise AssertionError("processed although the run should have been refused")

    monkeypatch.setattr(cli, "_corpus", must_not_run)
    monkeypatch.setattr(cli, "_gazetteer", must_not_run)


def test_missing_corpus_is_refused_before_processing_and_keeps_the_export(
        previous, no_processing, capsys):
    before = contents(previous)
    code = cli.main(["export", "nosuch", "--out", str(previous), "--quiet"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_FAILURES and captured.out == ""
    assert captured.err.splitlines() == [
        "geo: nosuch: no such file or directory", "geo: 1 file(s) failed, 0 processed",
        f"geo: nothing exported: {previous} left as it was"]
    assert contents(previous) == before


def test_empty_corpus_is_refused_before_processing(previous, no_processing, tmp_path, capsys):
    before = contents(previous)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.json").write_text("{}")
    code = cli.main(["export", str(tmp_path / "empty"), "--out", str(previous), "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILURES
    assert f"no articles found in {tmp_path / 'empty'}" in err and "nothing exported" in err
    assert contents(previous) == before


def test_corpus_of_bad_files_only_does_not_replace_the_export(previous, tmp_path, capsys):
    before = contents(previous)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "a.txt").write_bytes(b"")
    code = cli.main(["export", str(tmp_path / "bad"), "--out", str(previous), "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILURES
    assert err.splitlines() == [
        f"geo: {tmp_path / 'bad' / 'a.txt'}: empty file (0 bytes)",
        "geo: 1 file(s) failed, 0 processed",
        f"geo: nothing exported: {previous} left as it was (--allow-empty writes an "
        "export of no article)"]
    assert contents(previous) == without_stamp(before)


def test_allow_empty_writes_an_export_of_no_article(previous, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code = cli.main(["export", str(tmp_path / "empty"), "--out", str(previous), "--quiet",
                     "--allow-empty"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_FAILURES  # still said: no articles found
    assert f"wrote {EXPORT_FILES} file(s)" in captured.err and "from 0 article(s)" in captured.err
    assert (previous / FIGURES_CSV).read_text(encoding="utf-8").count("\n") == 1  # header
    assert not (previous / cli.EXPORT_STAMP).exists()


def test_out_naming_a_file_is_refused_before_processing(tmp_path, no_processing, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("keep me")
    code = cli.main(["export", str(SEED_FILES[0]), "--out", str(blocker), "--quiet"])
    captured = capsys.readouterr()
    assert code == cli.EXIT_USAGE and captured.out == ""
    assert captured.err == (f"geo: could not create output folder {str(blocker)!r}: "
                            "a file has that name\n")
    assert blocker.read_text() == "keep me"


# --- leftovers of dead runs ---------------------------------------------------------------


@pytest.mark.slow
def test_leftovers_of_dead_runs_are_cleaned(previous, corpora, capsys):
    stage = previous.parent / f".{previous.name}.geo-stage-99999-abc"
    stage.mkdir()
    (stage / "communes.geojson").write_text("half")
    old_tmp = [".communes.k2j3_x9a.tmp.geojson", ".layers.x8a0b1c2.tmp.gpkg",
               ".layers.x8a0b1c2.tmp.gpkg-journal", "..geo-export.q1w2e3r4.tmp"]
    for name in old_tmp:  # what older versions left inside the folder
        (previous / name).write_bytes(b"")
    (previous / "mine.txt").write_text("the user's")
    for name in (".notes.tmp", ".draft.tmp.csv", ".plan.ab.tmp.geojson"):  # the user's own
        (previous / name).write_text("keep")
    assert cli.main(["export", str(corpora / "new"), "--out", str(previous), "--quiet"]) == 0
    assert no_leftovers(previous)
    names = sorted(p.name for p in previous.iterdir())
    assert names == sorted([*EXPORT_NAMES, "mine.txt", ".notes.tmp", ".draft.tmp.csv",
                            ".plan.ab.tmp.geojson"])
    assert (previous / "mine.txt").read_text() == "the user's"


def test_stamp_is_gone_once_a_new_export_has_started(previous, corpora, monkeypatch):
    """Killed while processing: the old export stays, but without a stamp to vouch for it."""
    seen = {}

    def spy(*args, **kwargs):
        seen["stamp"] = (previous / cli.EXPORT_STAMP).exists()
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_corpus", spy)
    assert cli.main(["export", str(corpora / "new"), "--out", str(previous), "--quiet"]) == 130
    assert seen == {"stamp": False}


# --- without an atomic exchange: two renames, repaired by the next run ---------------------


@pytest.mark.slow
def test_two_rename_fallback_swaps_and_a_death_between_them_is_repaired(
        previous, corpora, monkeypatch, capsys):
    before = contents(previous)
    monkeypatch.setattr(staging, "_exchange", lambda a, b: False)
    real_rename, calls = os.rename, []

    def dies_at_second(src, dst):
        calls.append(src)
        if len(calls) == 2:  # the old folder moved away, the new one not yet in
            raise KeyboardInterrupt
        return real_rename(src, dst)

    monkeypatch.setattr(staging.os, "rename", dies_at_second)
    assert cli.main(["export", str(corpora / "new"), "--out", str(previous), "--quiet"]) == 130
    monkeypatch.setattr(staging.os, "rename", real_rename)
    assert not previous.exists()  # the moment between the renames
    with OutputFolder(previous):  # the next run puts the previous export back first
        assert contents(previous) == without_stamp(before)
    assert cli.main(["export", str(corpora / "new"), "--out", str(previous), "--quiet"]) == 0
    assert assert_one_complete_export(previous, before, corpora / "reference") == "new"
    assert no_leftovers(previous)


@pytest.mark.parametrize("where", ["corpus", "cwd", "parent-of-cwd"])
def test_out_holding_the_corpus_or_the_current_folder_is_refused(
        tmp_path, no_processing, capsys, monkeypatch, where):
    """Swapping such a folder would move the corpus, or leave the shell in a deleted folder."""
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "news.txt").write_bytes(SEED_FILES[0].read_bytes())
    corpus = out if where == "corpus" else SEED_FILES[0]
    if where != "corpus":
        monkeypatch.chdir(out if where == "cwd" else out / "sub")
    code = cli.main(["export", str(corpus), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE and len(err.splitlines()) == 1
    assert err.startswith(f"geo: {out}: ") and "give --out a folder of its own" in err
    assert sorted(p.name for p in out.iterdir()) == ["news.txt", "sub"]
