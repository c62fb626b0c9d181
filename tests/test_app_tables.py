"""geo.app.tables: rows of the places, mentions and figures tables, and their CSV."""

from __future__ import annotations

import csv
import io

import pytest
from _app_fixtures import AppGazetteer, make_corpus

from geo.app.index import index_corpus
from geo.app.tables import figures_rows, mentions_rows, places_rows, rows_to_csv


@pytest.fixture
def index():
    return index_corpus(make_corpus())


def test_tables_and_csv(index):
    places = places_rows(index, AppGazetteer())
    assert [r["place_id"] for r in places] == ["post:tay-trang", "vnold:c:9"]
    assert places[0]["mentions"] == 3 and places[0]["articles"] == 2
    mentions = mentions_rows(index)
    assert len(mentions) == 6
    data = rows_to_csv(mentions).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows[0]["surface"] == "Tây Trang Border Post"
    figures = figures_rows(index)
    assert [f["value"] for f in figures] == [12, 15]
    assert list(figures[0])[:3] == ["figure", "article", "title"]


def test_csv_defuses_formulas():
    data = rows_to_csv([{"a": "=HYPERLINK(\"x\")", "b": "-1", "c": 3}])
    assert "'=HYPERLINK" in data.decode("utf-8-sig")


def test_csv_of_no_rows_is_an_empty_header():
    assert rows_to_csv([]) == "\ufeff\n".encode()


def test_mentions_table_rows_are_the_cli_rows(index):
    # the table shows what `geo mentions --json` writes (era included), marker
    # numbers in one cell, without the reader's offsets
    rows = mentions_rows(index)
    mentions = [m for ms in index.mentions.values() for m in ms]
    for row, m in zip(rows, mentions, strict=True):
        cli = m.to_row()
        assert {k: v for k, v in cli.items() if k not in ("sentence", "paragraph",
                                                          "marker_numbers")} == \
            {k: v for k, v in row.items() if k != "marker_numbers"}
        assert "successor" in row and "legacy_unit" in row and "sentence" not in row


def test_the_table_shows_a_readers_words_and_the_csv_keeps_the_codes():
    from geo.app.tables import shown_rows

    rows = [{"name": "Tây Trang International Border Gate Border Post", "kind": "border_post",
             "uncertainty_m": 16622.6492},
            {"place_name": "Nậm Kè", "theme": "drugs_crime", "kind": None, "value": 2.5}]
    assert shown_rows(rows) == [
        {"name": "Tây Trang Border Post", "kind": "border post", "uncertainty_m": 16623},
        {"place_name": "Nậm Kè", "theme": "Drugs and crime", "kind": None, "value": 2.5}]
    data = rows_to_csv(rows).decode("utf-8-sig")
    assert "border_post" in data and "Tây Trang International Border Gate Border Post" in data
