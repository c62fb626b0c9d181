"""Odd paths: file names that are not UTF-8, symbolic links out of the corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import geo.cli as cli
from geo.model import Failure, printable

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "001_ecd96f9a6b292574.txt"
LATIN1_NAME = b"r\xe9sum\xe9.txt"  # "résumé" in Latin-1: not valid UTF-8


@pytest.fixture
def latin1_corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    try:
        with open(os.path.join(os.fsencode(folder), LATIN1_NAME), "wb") as fh:
            fh.write(SEED.read_bytes())
    except (OSError, UnicodeError):  # pragma: no cover - a file system that refuses it
        pytest.skip("this file system refuses names that are not UTF-8")
    return folder


def test_printable_escapes_undecodable_bytes_only():
    assert printable("Điện Biên.txt") == "Điện Biên.txt"
    assert printable(os.fsdecode(LATIN1_NAME)) == "r\\xe9sum\\xe9.txt"
    assert printable("lone \ud800") == "lone \\xed\\xa0\\x80"
    failure = Failure(os.fsdecode(LATIN1_NAME), f"{os.fsdecode(LATIN1_NAME)}: empty file")
    assert failure.message() == "r\\xe9sum\\xe9.txt: empty file"


def test_a_name_that_is_not_utf8_is_processed_and_shown_escaped(latin1_corpus, capsys):
    """Regression: `--json` wrote invalid UTF-8, `geo export` crashed (surrogates not allowed)."""
    assert cli.main(["mentions", str(latin1_corpus), "--json", "--no-cache", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    out.encode("utf-8")  # strict: every line is valid UTF-8
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["article"] for r in rows} == {"r\\xe9sum\\xe9"}
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)


def test_export_of_a_corpus_with_a_name_that_is_not_utf8(latin1_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["export", str(latin1_corpus), "--out", str(out), "--no-cache",
                     "--quiet"]) == 0
    assert "from 1 article(s)" in capsys.readouterr().err
    figures = (out / "figures.csv").read_bytes().decode("utf-8")  # strict
    assert "r\\xe9sum\\xe9" in figures


def test_a_bad_file_whose_name_is_not_utf8_is_one_printable_line(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    open(os.path.join(os.fsencode(folder), LATIN1_NAME), "wb").close()  # empty
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    assert cli.main(["figures", str(folder), "--json", "--no-cache", "--quiet"]) == 1
    out, err = capsys.readouterr()
    err.encode("utf-8")
    assert err.splitlines() == [f"geo: {folder}/r\\xe9sum\\xe9.txt: empty file (0 bytes)",
                                "geo: 1 file(s) failed, 1 processed"]
    assert out  # the good file's figures


@pytest.fixture
def linked_corpus(tmp_path) -> tuple[Path, Path]:
    """A corpus with a link to a file and one to a folder outside it, and one inside."""
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SEED.read_bytes())  # places: reading it would show
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes((SEEDS / "002_f447b384136a2931.txt").read_bytes())
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "sub" / "again.txt").symlink_to(folder / "good.txt")  # inside: same file
    return folder, outside


def test_links_out_of_the_corpus_are_not_followed(linked_corpus, capsys):
    folder, outside = linked_corpus
    code = cli.main(["mentions", str(folder), "--json", "--no-cache", "--quiet"])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_FAILURES
    assert {json.loads(line)["article"] for line in out.splitlines()} == {"good"}
    assert err.splitlines() == [
        f"geo: {folder / 'elsewhere'}: symbolic link to {outside}, outside the corpus folder: "
        "not followed (name it on the command line to read it)",
        f"geo: {folder / 'passwd.txt'}: symbolic link to {outside / 'secret.txt'}, outside the "
        "corpus folder: not followed (name it on the command line to read it)",
        "geo: 2 file(s) failed, 1 processed"]


def test_a_link_named_on_the_command_line_is_read(linked_corpus, capsys):
    folder, _ = linked_corpus
    assert cli.main(["mentions", str(folder / "passwd.txt"), "--json", "--no-cache",
                     "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and {json.loads(line)["article"] for line in out.splitlines()} == {"passwd"}
