"""geo.app.files: corpus files, safe names, saved articles, override rows."""

from __future__ import annotations

import csv
import os

import pytest

from geo.app import files as appio
from geo.errors import InputError, OverrideError

GOOD = {"id": "user:huoi-xyz", "name": "Huổi Xyz", "kind": "village", "lat": 21.5,
        "lon": 102.7, "precision": "point", "coord_source": "user"}


@pytest.mark.parametrize(("name", "expected"), [
    ("article.txt", "article.txt"),
    ("../../etc/passwd", "passwd.txt"),
    ("Điện Biên <b>.HTML", "dien-bien-b.html"),
    ("x.exe", "x.txt"),
    ("", "article.txt"),
    ("....", "article.txt"),
    ("C:\\Users\\me\\news.md", "news.md"),
])
def test_safe_filename(name, expected):
    assert appio.safe_filename(name) == expected


def test_save_article_never_overwrites(tmp_path):
    first = appio.save_article(tmp_path, "news.txt", b"one")
    second = appio.save_article(tmp_path, "news.txt", b"two")
    assert first.name == "news.txt" and second.name == "news-2.txt"
    assert first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_save_article_refuses_empty(tmp_path):
    with pytest.raises(InputError, match="empty"):
        appio.save_article(tmp_path, "x.txt", b"  \n")


def test_corpus_files(tmp_path):
    for name in ("a.txt", "b.html", "manifest.csv", "c.png", ".hidden.tmp"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in appio.corpus_files(tmp_path)] == ["a.txt", "b.html", "manifest.csv"]
    assert appio.corpus_files(tmp_path / "missing") == []


def test_corpus_files_are_the_files_the_pipeline_reads(tmp_path):
    """Sub-folders too (not hidden ones), with their manifests: what iter_corpus walks."""
    from geo.reading import iter_corpus_files

    for name in ("a.txt", "sub/b.md", "sub/manifest.csv", "sub/deeper/c.htm", ".git/d.txt",
                 "sub/e.png", "other/manifest.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in appio.corpus_files(tmp_path)]
    assert found == ["a.txt", "sub/b.md", "sub/deeper/c.htm", "sub/manifest.csv"]
    read = {item[0] for item in iter_corpus_files(tmp_path) if isinstance(item, tuple)}
    assert read == {p for p in appio.corpus_files(tmp_path) if p.name != "manifest.csv"}


def _rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_write_override_creates_then_appends(tmp_path):
    path = tmp_path / "sub" / "overrides.csv"
    appio.write_override(path, GOOD)
    appio.write_override(path, {**GOOD, "id": "user:other", "name": "Other"})
    rows = _rows(path)
    assert [r["id"] for r in rows] == ["user:huoi-xyz", "user:other"]
    assert rows[0]["name"] == "Huổi Xyz" and rows[0]["lat"] == "21.500000"
    assert rows[0]["coord_source"] == "user"


def test_written_file_loads_in_the_gazetteer_reader(tmp_path):
    from geo.gazetteer import read_overrides

    path = tmp_path / "overrides.csv"
    appio.write_override(path, GOOD)
    appio.write_override(path, {"id": "post:tay-trang", "alt_names": ["Tay Trang post"]})
    rows = read_overrides(path)
    assert [r.id for r in rows] == ["user:huoi-xyz", "post:tay-trang"]
    assert rows[0].lat == 21.5 and rows[1].alt_names == ("Tay Trang post",)


def test_write_override_merges_a_row_with_the_same_id(tmp_path):
    path = tmp_path / "overrides.csv"
    appio.write_override(path, {"id": "post:x", "alt_names": "A"})
    appio.write_override(path, {"id": "post:x", "alt_names": "B; A", "notes": "user"})
    appio.write_override(path, {**GOOD, "lat": 21.6})
    appio.write_override(path, GOOD)
    rows = _rows(path)
    assert [r["id"] for r in rows] == ["post:x", "user:huoi-xyz"]
    assert rows[0]["alt_names"] == "A; B" and rows[0]["notes"] == "user"
    assert rows[1]["lat"] == "21.500000"


def test_write_override_keeps_existing_columns_and_rows(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text("id,name,kind,lat,lon,notes\npost:x,X,border_post,21,103,keep me", "utf-8")
    appio.write_override(path, GOOD)
    rows = _rows(path)
    assert rows[0] == {**{k: "" for k in rows[0]}, "id": "post:x", "name": "X",
                       "kind": "border_post", "lat": "21", "lon": "103", "notes": "keep me"}
    assert list(rows[0])[:6] == ["id", "name", "kind", "lat", "lon", "notes"]
    assert rows[1]["id"] == "user:huoi-xyz"


@pytest.mark.parametrize(("row", "message"), [
    ({**GOOD, "id": ""}, "no id"),
    ({**GOOD, "id": "evil id"}, "bad id"),
    ({**GOOD, "kind": "castle"}, "unknown kind"),
    ({**GOOD, "precision": "exact"}, "unknown precision"),
    ({**GOOD, "lat": "abc"}, "not a number"),
    ({**GOOD, "lat": None}, "both lat and lon"),
    ({**GOOD, "lat": 102.7, "lon": 21.5}, "swapped"),
    ({**GOOD, "lat": 48.8, "lon": 2.3}, "outside the region"),
])
def test_write_override_refuses_bad_rows(tmp_path, row, message):
    path = tmp_path / "overrides.csv"
    with pytest.raises(OverrideError, match=message):
        appio.write_override(path, row)
    assert not path.exists()


def test_write_override_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "overrides.csv"
    appio.write_override(path, GOOD)
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        appio.write_override(path, {**GOOD, "id": "user:two"})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["overrides.csv"]


def test_tree_stamp_changes_with_any_file_under_the_folder(tmp_path):
    import os

    from geo.app.files import tree_stamp

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("one", "utf-8")
    (corpus / "sub" / "b.txt").write_text("two", "utf-8")
    first = tree_stamp(corpus)
    assert tree_stamp(corpus) == first  # nothing changed: same stamp
    seen = {first}
    (corpus / "sub" / "b.txt").write_text("two, longer", "utf-8")  # edited in a sub-folder
    seen.add(tree_stamp(corpus))
    os.utime(corpus / "a.txt", ns=(1, 1))  # same size, other mtime
    seen.add(tree_stamp(corpus))
    (corpus / "c.txt").write_text("three", "utf-8")  # added
    added = tree_stamp(corpus)
    seen.add(added)
    assert len(seen) == 4
    (corpus / "c.txt").unlink()  # removed again
    assert tree_stamp(corpus) != added
    assert tree_stamp(tmp_path / "missing") != tree_stamp(corpus)  # no error either
