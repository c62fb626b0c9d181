"""File helpers of the app: corpus files, safe names, saved articles, override rows."""

from __future__ import annotations

import csv
import os

import pytest

from geo import appio
from geo.errors import InputError, OverrideError

GOOD = {"id": "user:huoi-xyz", "name": "Huổi Xyz", "kind": "village", "lat": 21.5,
        "lon": 102.7, "precision": "point", "source": "user"}


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


def test_append_override_creates_then_appends(tmp_path):
    path = tmp_path / "sub" / "overrides.csv"
    appio.append_override(path, GOOD)
    appio.append_override(path, {**GOOD, "id": "user:other", "name": "Other"})
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["user:huoi-xyz", "user:other"]
    assert rows[0]["name"] == "Huổi Xyz" and rows[0]["lat"] == "21.500000"
    assert rows[0]["source"] == "user"


def test_append_override_keeps_existing_columns_and_rows(tmp_path):
    path = tmp_path / "overrides.csv"
    path.write_text("id,name,kind,lat,lon,extra\npost:x,X,border_post,21,103,keep me", "utf-8")
    appio.append_override(path, GOOD)
    text = path.read_text("utf-8")
    assert text.startswith("id,name,kind,lat,lon,extra\npost:x,X,border_post,21,103,keep me\n")
    assert text.rstrip().endswith("user:huoi-xyz,Huổi Xyz,village,21.500000,102.700000,")


@pytest.mark.parametrize(("row", "message"), [
    ({**GOOD, "id": ""}, "id is missing"),
    ({**GOOD, "id": "evil id"}, "must look like"),
    ({**GOOD, "kind": "castle"}, "unknown kind"),
    ({**GOOD, "precision": "exact"}, "unknown precision"),
    ({**GOOD, "lat": "abc"}, "must be numbers"),
    ({**GOOD, "lat": None}, "must be numbers"),
    ({**GOOD, "lat": 95}, "out of range"),
    ({**GOOD, "lat": 102.7, "lon": 21.5}, "swapped"),
    ({**GOOD, "lat": 48.8, "lon": 2.3}, "outside the region"),
])
def test_append_override_refuses_bad_rows(tmp_path, row, message):
    path = tmp_path / "overrides.csv"
    with pytest.raises(OverrideError, match=message):
        appio.append_override(path, row)
    assert not path.exists()


def test_append_override_refuses_duplicate_id(tmp_path):
    path = tmp_path / "overrides.csv"
    appio.append_override(path, GOOD)
    before = path.read_bytes()
    with pytest.raises(OverrideError, match="already"):
        appio.append_override(path, GOOD)
    assert path.read_bytes() == before


def test_append_override_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "overrides.csv"
    appio.append_override(path, GOOD)
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        appio.append_override(path, {**GOOD, "id": "user:two"})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["overrides.csv"]
