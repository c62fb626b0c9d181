"""The ``geo`` command line: help, the JSON-lines contract, batches with bad files, errors.

Most tests call :func:`geo.cli.main` in-process (with ``capsys``); the ones
about tracebacks, exit codes and ``python -m geo`` run a real subprocess.
Every run uses ``--no-cache`` or a temporary ``--cache-dir``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _encodings import to_cp1258

import geo.cli as cli
from geo.layers.build import LAYER_NAMES
from geo.model import Kind, Precision

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
OVERRIDES = Path(__file__).resolve().parent / "data" / "overrides"
KINDS = {k.value for k in Kind}
PRECISIONS = {p.value for p in Precision}
#: What an export writes: a GeoJSON per layer, the zip, the GeoPackage, figures.csv.
EXPORT_FILES = len(LAYER_NAMES) + 3

MENTION_FIELDS = ["article", "surface", "start", "end", "in_body", "kind", "place_id", "name",
                  "lat", "lon", "precision", "marker_numbers"]
FIGURE_FIELDS = ["article", "quote", "start", "end", "value", "unit", "subject", "theme",
                 "qualifier", "period", "place_id", "place_name"]
COMMANDS = ["mentions", "figures", "places", "export", "score"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """Run from a scratch folder (the cache folder is each test's own: see conftest.py)."""
    monkeypatch.chdir(tmp_path)


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_geo(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GEO_OVERRIDES"}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "geo", *argv], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd or ROOT, env=env, timeout=300)


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def seed_text(article_id: str) -> str:
    return (SEEDS / f"{article_id}.txt").read_bytes().decode("utf-8")


# --- help ----------------------------------------------------------------------


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: geo" in out
    for command in COMMANDS:
        assert command in out


def test_every_command_and_option_has_help(capsys):
    parser = cli._parser(cli.Settings.from_env())
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    assert sorted(sub.choices) == sorted(COMMANDS)
    for name, subparser in sub.choices.items():
        assert subparser.description, name
        for action in subparser._actions:
            assert action.help, f"geo {name} {action.option_strings or action.dest}"
        with pytest.raises(SystemExit) as info:
            cli.main([name, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: geo {name}") and len(out.splitlines()) > 5, name


def test_no_command_prints_help_and_exits_non_zero(capsys):
    code, out, _ = run_main(capsys)
    assert code != 0 and "usage: geo" in out


def test_python_dash_m_geo_help():
    proc = run_geo("--help")
    assert proc.returncode == 0 and "mentions" in proc.stdout and proc.stderr == ""


# --- the JSON-lines contract -----------------------------------------------------


def main_output(*argv: str) -> list[dict]:
    """Run ``geo`` in-process (module-scoped fixtures cannot use capsys); return its rows."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    assert code == 0 and err.getvalue() == "", err.getvalue()
    return json_lines(out.getvalue())


@pytest.fixture(scope="module")
def mention_rows():
    return main_output("mentions", str(SEEDS), "--json", "--no-cache", "--quiet", "--all")


def test_mentions_json_has_the_contract_fields(mention_rows):
    assert len(mention_rows) > 50
    assert {r["article"] for r in mention_rows} == {p.stem for p in SEED_FILES}
    for row in mention_rows:
        assert list(row)[:len(MENTION_FIELDS)] == MENTION_FIELDS, row
        assert isinstance(row["in_body"], bool)
        assert row["kind"] in KINDS
        assert row["precision"] is None or row["precision"] in PRECISIONS
        assert isinstance(row["marker_numbers"], list)
        assert all(type(n) is int for n in row["marker_numbers"])
        if row["place_id"] is None:
            assert row["lat"] is None and row["lon"] is None
        else:
            assert isinstance(row["name"], str) and row["name"]
        if row["lat"] is not None:  # a resolved place may have no point (Model: Place)
            assert -90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180


def test_mentions_offsets_slice_the_file_text_as_read(mention_rows):
    texts = {p.stem: seed_text(p.stem) for p in SEED_FILES}
    for row in mention_rows:
        assert type(row["start"]) is int and type(row["end"]) is int
        assert texts[row["article"]][row["start"]:row["end"]] == row["surface"], row


def test_mentions_marker_range_and_body_filter(mention_rows, capsys):
    ranges = [r for r in mention_rows if len(r["marker_numbers"]) > 1]
    assert [107, 108, 109, 110, 111] in [r["marker_numbers"] for r in ranges]
    assert any(not r["in_body"] for r in mention_rows)  # titles, with --all
    code, out, _ = run_main(capsys, "mentions", str(SEED_FILES[1]), "--json", "--no-cache",
                            "--quiet")
    assert code == 0
    rows = json_lines(out)
    assert rows and all(r["in_body"] for r in rows)  # without --all: the body only


def test_unresolved_filter(capsys):
    code, out, _ = run_main(capsys, "mentions", str(SEEDS), "--json", "--no-cache", "--quiet",
                            "--unresolved")
    assert code == 0
    assert all(r["place_id"] is None for r in json_lines(out))


@pytest.fixture(scope="module")
def figure_rows():
    return main_output("figures", str(SEEDS), "--json", "--no-cache", "--quiet")


def test_figures_json_has_the_contract_fields(figure_rows):
    assert len(figure_rows) > 30
    for row in figure_rows:
        assert list(row)[:len(FIGURE_FIELDS)] == FIGURE_FIELDS, row
        assert row["value"] is None or type(row["value"]) in (int, float)
        assert isinstance(row["unit"], str) and isinstance(row["theme"], str)
        assert (row["place_id"] is None) == (row["place_name"] is None)


def test_figures_offsets_slice_the_file_text_as_read(figure_rows):
    texts = {p.stem: seed_text(p.stem) for p in SEED_FILES}
    for row in figure_rows:
        assert texts[row["article"]][row["start"]:row["end"]] == row["quote"], row


def test_figures_values_at_full_precision(figure_rows):
    values = {r["value"] for r in figure_rows}
    assert {1220030, 17400000000, 2650, 27803} <= values
    big = next(r for r in figure_rows if r["value"] == 17400000000)
    assert type(big["value"]) is int  # JSON integer, not 1.74e10


def test_text_output_is_a_table(capsys):
    code, out, _ = run_main(capsys, "figures", str(SEED_FILES[2]), "--no-cache", "--quiet")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["article", "start", "quote", "value", "unit", "theme",
                              "place_name"]
    assert rows


def test_places_border_posts(capsys):
    code, out, err = run_main(capsys, "places", "--kind", "border_post", "--json")
    assert code == 0 and err == ""
    rows = json_lines(out)
    assert len(rows) == 16
    assert len({r["id"] for r in rows}) == 16
    for row in rows:
        assert row["kind"] == "border_post" and row["id"].startswith("post:")
        assert row["precision"] in PRECISIONS
        assert 20.5 < row["lat"] < 22.7 and 102.0 < row["lon"] < 103.7  # Điện Biên


def test_places_unknown_kind_is_one_line_listing_the_kinds(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["places", "--kind", "castle", "--json"])
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith("geo places: error: argument --kind: invalid choice: 'castle'")
    assert all(f"'{kind}'" in line for kind in KINDS)


def test_places_kind_help_lists_the_kinds(capsys):
    with pytest.raises(SystemExit):
        cli.main(["places", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert all(kind in out for kind in KINDS)


@pytest.mark.parametrize(("argv", "words"), [
    (["mention", "seeds"], "argument COMMAND: invalid choice: 'mention'"),
    (["mentions"], "the following arguments are required: PATH"),
    (["export", "seeds"], "the following arguments are required: --out"),
    (["figures", "seeds", "--workers", "0"], "argument --workers: expected a whole number"),
    (["places", "--colour"], "unrecognized arguments: --colour"),
])
def test_usage_errors_are_one_line_with_exit_2(capsys, argv, words):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    out, err = capsys.readouterr()
    assert info.value.code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith("geo") and words in line and "--help" in line


# --- batches: one bad file never stops the others ----------------------------------


@pytest.fixture
def bad_batch(tmp_path):
    """Empty, binary, invalid-UTF-8 and missing files next to the good seeds."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "photo.png").write_bytes(PNG)
    seed = seed_text(SEED_FILES[0].stem).encode()
    (bad / "broken.txt").write_bytes(seed[:2000] + b"\xff\xfe" + seed[2000:])
    return [bad / "empty.txt", bad / "photo.png", bad / "broken.txt", bad / "missing.txt"]


def test_batch_reports_each_bad_file_on_one_line_and_keeps_the_good(bad_batch):
    proc = run_geo("mentions", *map(str, bad_batch), str(SEEDS), "--json", "--no-cache",
                   "--quiet")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    for path, words in zip(bad_batch, ["empty file", "PNG image", "invalid UTF-8",
                                       "no such file"], strict=True):
        mine = [ln for ln in lines if str(path) in ln]
        assert len(mine) == 1, (path, lines)
        assert mine[0].startswith(f"geo: {path}: ") and words in mine[0]
        assert mine[0].count(str(path)) == 1  # the file named once, not twice
    assert lines[-1] == "geo: 4 file(s) failed, 5 processed"
    assert len(lines) == 5
    rows = json_lines(proc.stdout)
    assert {r["article"] for r in rows} == {p.stem for p in SEED_FILES}


def test_batch_output_of_good_files_is_unchanged_by_bad_ones(bad_batch, capsys):
    code, alone, _ = run_main(capsys, "mentions", str(SEEDS), "--json", "--no-cache", "--quiet")
    assert code == 0
    code, mixed, err = run_main(capsys, "mentions", *map(str, bad_batch[:3]), str(SEEDS),
                                "--json", "--no-cache", "--quiet")
    assert code == 1 and mixed == alone
    assert len(err.splitlines()) == 4


def test_figures_batch_with_bad_files(bad_batch, capsys):
    code, out, err = run_main(capsys, "figures", *map(str, bad_batch), str(SEEDS), "--json",
                              "--no-cache", "--quiet")
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 5 and lines[-1] == "geo: 4 file(s) failed, 5 processed"
    assert all(sum(str(p) in ln for ln in lines) == 1 for p in bad_batch)
    assert {r["article"] for r in json_lines(out)} <= {p.stem for p in SEED_FILES}
    assert len(json_lines(out)) > 30


def test_missing_path_is_one_line(capsys, tmp_path):
    missing = tmp_path / "nowhere" / "article.txt"
    code, out, err = run_main(capsys, "mentions", str(missing), "--json", "--no-cache")
    assert code != 0 and out == ""
    assert err.splitlines() == [f"geo: {missing}: no such file or directory",
                                "geo: 1 file(s) failed, 0 processed"]


def test_empty_folder_says_no_articles_and_where_it_looked(capsys, tmp_path):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    code, out, err = run_main(capsys, "figures", str(tmp_path), "--json", "--no-cache")
    assert code != 0 and out == ""
    assert err == (f"geo: no articles found in {tmp_path} "
                   "(looked for .htm, .html, .md, .txt files)\n")


def test_no_articles_names_every_folder(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    code, _, err = run_main(capsys, "mentions", str(tmp_path / "a"), str(tmp_path / "b"),
                            "--no-cache")
    assert code == 1
    assert err.startswith(f"geo: no articles found in {tmp_path / 'a'}, {tmp_path / 'b'} (")


def test_export_reads_the_corpus_folder_of_the_environment(capsys, monkeypatch, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    monkeypatch.setenv("GEO_CORPUS", str(corpus))
    code, out, err = run_main(capsys, "export", "--out", str(tmp_path / "out"), "--quiet")
    assert code == 1 and f"no articles found in {corpus} (" in err


def test_size_limit_option(capsys):
    code, out, err = run_main(capsys, "mentions", str(SEED_FILES[0]), str(SEED_FILES[1]),
                              "--json", "--no-cache", "--max-bytes", "15000")
    assert code == 1
    assert {r["article"] for r in json_lines(out)} == {SEED_FILES[1].stem}  # 14,924 bytes
    (line, summary) = err.splitlines()
    assert line == (f"geo: {SEED_FILES[0]}: 15,117 bytes is over the size limit of "
                    "15,000 bytes")
    assert summary == "geo: 1 file(s) failed, 1 processed"


def test_size_limit_default_is_documented(capsys):
    with pytest.raises(SystemExit):
        cli.main(["mentions", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--max-bytes N refuse article files bigger than N bytes (default: 5,242,880" in out


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_bad_max_bytes_is_a_usage_error(capsys, value):
    with pytest.raises(SystemExit) as info:
        cli.main(["mentions", str(SEEDS), "--max-bytes", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--max-bytes" in err and "Traceback" not in err


def test_a_bug_on_one_article_is_a_failure_not_a_crash(capsys, monkeypatch):
    """Regression: pipeline._safe_process caught only GeoError, so one bad article stopped all."""
    import geo.mentions.find

    real = geo.mentions.find.find_mentions

    def flaky(article, gazetteer, **kwargs):
        if article.id == SEED_FILES[2].stem:
            raise IndexError("boom")
        return real(article, gazetteer, **kwargs)

    monkeypatch.setattr(geo.mentions.find, "find_mentions", flaky)
    code, out, err = run_main(capsys, "mentions", str(SEEDS), "--json", "--no-cache", "--quiet",
                              "--workers", "1")
    assert code == 1
    assert err.splitlines() == [
        f"geo: {SEED_FILES[2]}: unexpected error: IndexError: boom",
        "geo: 1 file(s) failed, 4 processed",
    ]
    assert {r["article"] for r in json_lines(out)} == {p.stem for p in SEED_FILES} - {
        SEED_FILES[2].stem}


def test_cache_gives_the_same_output(capsys, tmp_path):
    args = ["figures", str(SEEDS), "--json", "--quiet", "--cache-dir", str(tmp_path / "c")]
    first = run_main(capsys, *args)
    second = run_main(capsys, *args)
    assert first == second and first[0] == 0
    assert (tmp_path / "c" / "results.sqlite").is_file()


def test_unusable_cache_dir_is_one_warning(capsys, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    code, out, err = run_main(capsys, "mentions", str(SEED_FILES[0]), "--json", "--quiet",
                              "--cache-dir", str(blocker))
    assert code == 0 and json_lines(out)
    assert len(err.splitlines()) == 1 and err.startswith(f"geo: cache disabled: {blocker}")


# --- override files --------------------------------------------------------------


BAD_OVERRIDES = [  # file, line
    ("missing_columns.csv", 1),
    ("swapped.csv", 3),
    ("duplicate_ids.csv", 3),
    ("unknown_kind.csv", 2),
    ("malformed_row.csv", 2),
    ("out_of_range.csv", 2),
    ("outside_region.csv", 2),
]


@pytest.mark.parametrize(("name", "line"), BAD_OVERRIDES)
def test_malformed_override_is_one_line_naming_file_and_line(capsys, name, line):
    path = OVERRIDES / name
    code, out, err = run_main(capsys, "--overrides", str(path), "places", "--json")
    assert code != 0 and out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"geo: {path}:{line}: ")


def test_malformed_override_in_a_subprocess_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,kind,lat,lon\nuser:x,X,village,abc\n", encoding="utf-8")
    proc = run_geo("--overrides", str(bad), "mentions", str(SEED_FILES[0]), "--json",
                   "--no-cache")
    assert proc.returncode != 0 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"geo: {bad}:2: expected 5 fields, found 4 (a missing or extra comma?)"]


def test_override_from_environment_and_missing_file(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_OVERRIDES", str(tmp_path / "typo.csv"))
    code, out, err = run_main(capsys, "places", "--json")
    assert code != 0 and out == ""
    assert len(err.splitlines()) == 1 and "typo.csv" in err


def test_valid_override_adds_a_place(capsys):
    code, out, _ = run_main(capsys, "--overrides", str(OVERRIDES / "valid.csv"), "places",
                            "--json")
    assert code == 0
    assert any(r["id"].startswith("user:") for r in json_lines(out))


# --- export ---------------------------------------------------------------------


@pytest.mark.slow
def test_export_writes_the_layers_and_says_what_it_wrote(tmp_path):
    out = tmp_path / "layers"
    proc = run_geo("export", str(SEEDS), "--out", str(out), "--no-cache", "--quiet")
    assert proc.returncode == 0, proc.stderr
    written = [Path(line) for line in proc.stdout.splitlines()]
    from geo.layers.build import LAYER_NAMES

    assert [p.name for p in written] == [f"{n}.geojson" for n in LAYER_NAMES] + [
        "layers.zip", "layers.gpkg", "figures.csv"]
    assert all(p.parent == out and p.is_file() for p in written)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert proc.stderr == f"wrote {len(written)} file(s) to {out} from 5 article(s)\n"
    for path in written[:len(LAYER_NAMES)]:
        assert json.loads(path.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_export_with_a_bad_file_still_writes_and_exits_non_zero(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes((SEED_FILES[1]).read_bytes())
    (corpus / "bad.txt").write_bytes(PNG)
    out = tmp_path / "out"
    code, stdout, err = run_main(capsys, "export", str(corpus), "--out", str(out), "--no-cache",
                                 "--quiet")
    assert code == 1
    assert (out / "border_posts.geojson").is_file()
    assert f"geo: {corpus / 'bad.txt'}: not a text file" in err
    assert "1 file(s) failed, 1 processed" in err


def test_export_into_a_file_is_one_line(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("keep me")
    code, out, err = run_main(capsys, "export", str(SEED_FILES[0]), "--out", str(blocker),
                              "--no-cache", "--quiet")
    assert code != 0 and out == ""
    assert len(err.splitlines()) == 1 and "could not create output folder" in err
    assert blocker.read_text() == "keep me"


# --- warnings: a guessed encoding is reported, not silent ---------------------------------


def test_guessed_encoding_is_reported_on_stderr(capsys, tmp_path):
    """Regression (cli._corpus): article warnings such as an encoding guess were never shown."""
    path = tmp_path / "old_cms.txt"
    path.write_bytes(to_cp1258(seed_text(SEED_FILES[1].stem)))
    code, out, err = run_main(capsys, "mentions", str(path), "--json", "--no-cache", "--quiet")
    assert code == 0  # a warning, not a failure
    (line,) = err.splitlines()
    assert line.startswith(f"geo: warning: {path}: not UTF-8 ")
    assert "decoded as Windows-1258 by guess" in line
    rows = json_lines(out)
    names = {r["name"] for r in rows}
    assert "Nậm Kè" in names  # the place names come out right, with diacritics
    import unicodedata

    text = path.read_bytes().decode("cp1258")
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)
    assert any(unicodedata.normalize("NFC", r["surface"]) != r["surface"] for r in rows)


def test_article_without_body_warns(capsys, tmp_path):
    path = tmp_path / "title_only.txt"
    path.write_text("Only a title here\n", encoding="utf-8")
    code, out, err = run_main(capsys, "figures", str(path), "--json", "--no-cache", "--quiet")
    assert code == 0 and out == ""
    # regression (articles.parse_article): the warning named the article id, not the file
    assert err == f"geo: warning: {path}: no article body found\n"


# --- re-running an export over an unchanged corpus ---------------------------------------


@pytest.mark.slow
def test_export_rerun_on_an_unchanged_corpus_writes_nothing(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_dedc6cf91859ad52.txt", "002_f447b384136a2931.txt"):
        (corpus / name).write_bytes((SEEDS / name).read_bytes())
    out = tmp_path / "out"
    code, first, err = run_main(capsys, "export", str(corpus), "--out", str(out))
    assert code == 0 and f"wrote {EXPORT_FILES} file(s)" in err
    stamped = {p: p.stat().st_mtime_ns for p in out.iterdir()}

    code, again, err = run_main(capsys, "export", str(corpus), "--out", str(out))
    assert code == 0 and "up to date" in err
    assert again == first  # the same files listed
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == stamped  # none rewritten

    # an edited article, or a missing output file, means a real export again
    (out / "figures.csv").unlink()
    code, _, err = run_main(capsys, "export", str(corpus), "--out", str(out))
    assert code == 0 and f"wrote {EXPORT_FILES} file(s)" in err and (out / "figures.csv").is_file()
    article = corpus / "002_f447b384136a2931.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("2,650 patrols",
                                                                   "2,651 patrols"),
                       encoding="utf-8")
    code, _, err = run_main(capsys, "export", str(corpus), "--out", str(out))
    assert code == 0 and f"wrote {EXPORT_FILES} file(s)" in err
    assert "2651" in (out / "figures.csv").read_text(encoding="utf-8")


def test_a_corpus_with_one_fault_everywhere_is_not_buried_in_warnings(capsys, tmp_path):
    # 25 articles whose manifest dates contradict the date line each text carries
    lines = ["file,title,outlet,date,url"]
    for i in range(25):
        (tmp_path / f"a{i:02d}.txt").write_text(
            "Patrols on the border\n\nUpdated: 14/03/2023 10:32\n\n"
            "Border guards of the Nậm Kè Border Post patrolled the border.\n", encoding="utf-8")
        lines.append(f"a{i:02d}.txt,,,2024-01-{i + 1:02d},")
    (tmp_path / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_main(capsys, "mentions", str(tmp_path), "--json", "--no-cache",
                              "--quiet")
    assert code == 0 and len(out.splitlines()) == 25  # every article still read
    warned = err.splitlines()
    assert len(warned) == 21
    assert all("differs from the text's 2023-03-14" in w for w in warned[:20])
    assert warned[-1] == "geo: warning: 5 more warning(s) not shown (--all-warnings prints them)"
    code, out, err = run_main(capsys, "mentions", str(tmp_path), "--json", "--no-cache",
                              "--quiet", "--all-warnings")
    assert len(err.splitlines()) == 25 and "more warning" not in err
