"""``figures.csv`` is tidy: one row per figure, one column per field; pandas and GDAL read it.

The corpus is a copy of the seeds whose manifest also dates 002 (the seeds
date only 003, which has no figure): so both a dated and an undated figure
are in the file.  Expected values are from reading the seed texts.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
S0, S2 = "000_dedc6cf91859ad52", "002_f447b384136a2931"


@pytest.fixture(scope="module")
def exported(gaz, tmp_path_factory):
    from geo.export import export_layers
    from geo.layers.build import build_layers
    from geo.pipeline import process_corpus

    work = tmp_path_factory.mktemp("figures-csv")
    corpus_dir = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus_dir)
    manifest = corpus_dir / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["file"].startswith("002_"):
            row["date"] = "2024-11-02"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    corpus = process_corpus([corpus_dir], gaz, workers=1)
    out = work / "out"
    export_layers(build_layers(corpus, gaz), out, corpus=corpus)
    texts = {r.article.id: r.article.text for r in corpus.results}
    figures = [f for r in corpus.results for f in r.figures]
    return out / "figures.csv", texts, figures


@pytest.fixture(scope="module")
def frame(exported):
    return pd.read_csv(exported[0], encoding="utf-8")


def test_one_row_per_figure_one_column_per_field(frame, exported):
    _, _, figures = exported
    assert len(frame) == len(figures)  # a repeated figure is one row (its quotes in a cell)
    assert list(frame.columns[:4]) == ["article", "quote", "start", "end"]
    for col in ("article_date", "date_source", "quotes", "quote_count", "scope_reason",
                "lat", "lon", "place_precision", "article_title"):
        assert col in frame.columns
    assert frame.columns.is_unique


def test_dtypes(frame):
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"
    assert frame["quote_count"].dtype == "int64"
    assert frame["value"].dtype == "float64"  # vague figures: empty cells, NaN
    assert frame["vague"].dtype == "bool"
    assert frame["lat"].dtype == "float64" and frame["lon"].dtype == "float64"
    assert set(frame["date_source"]) <= {"manifest", "none"} | {
        s for s in frame["date_source"] if s.startswith("text:")}


def _one(frame, article, quote):
    found = frame[(frame["article"] == article) & (frame["quote"] == quote)]
    assert len(found) == 1, (article, quote, len(found))
    return found.iloc[0]


def test_the_border_of_the_province_in_two_articles(frame):
    # 002: "Tasked with managing and protecting 455.573km of border ..." (dated by the
    # manifest of this corpus); 000: "408.616 kilometers of border" (undated)
    dated = _one(frame, S2, "455.573km of border")
    assert dated["value"] == 455.573 and dated["unit"] == "km" and dated["theme"] == "border"
    assert dated["article_date"] == "2024-11-02" and dated["date_source"] == "manifest"
    undated = _one(frame, S0, "408.616 kilometers of border")
    assert undated["value"] == 408.616 and pd.isna(undated["article_date"])
    assert undated["date_source"] == "none"
    for row in (dated, undated):  # the province's point, in Điện Biên
        assert row["place_precision"] == "province"
        assert 20.5 < row["lat"] < 22.9 and 101.8 < row["lon"] < 103.95
        assert isinstance(row["scope_reason"], str) and row["scope_reason"]


def test_a_repeated_figure_is_one_row_with_its_quotes(frame, exported):
    # 002 says "26 individuals" twice: "persuaded 26 individuals to renounce the “Hồ Chí
    # Minh spiritualism” cult" and "26 individuals to leave the “Hồ Chí Minh
    # Spiritualism” cult"
    _, texts, _ = exported
    row = _one(frame, S2, "26 individuals")
    assert row["quote_count"] == 2
    quotes = json.loads(row["quotes"])
    assert [q["quote"] for q in quotes] == ["26 individuals", "26 individuals"]
    for q in quotes:
        assert texts[S2][q["start"]:q["end"]] == "26 individuals"
    assert quotes[0]["start"] < quotes[1]["start"]


def test_it_opens_as_a_point_layer_with_gdal(exported, frame):
    pyogrio = pytest.importorskip("pyogrio")
    path, _, _ = exported
    layer = pyogrio.read_dataframe(path, X_POSSIBLE_NAMES="lon", Y_POSSIBLE_NAMES="lat",
                                   KEEP_GEOM_COLUMNS="YES")
    assert len(layer) == len(frame)
    placed = layer[layer.geometry.notna() & ~layer.geometry.is_empty]
    assert len(placed) == frame["lat"].notna().sum() > 0
    first = placed.iloc[0]
    assert abs(first.geometry.x - float(first["lon"])) < 1e-9
    assert abs(first.geometry.y - float(first["lat"])) < 1e-9


def test_cells_are_plain_and_spreadsheet_safe():
    """A value that is no number (NaN), a numpy number, a formula-like subject (unit cells)."""
    import io

    import numpy as np

    from geo.export import write_figures_csv
    from geo.model import Figure

    figs = [Figure("a", "NaN kg", 0, 6, float("nan"), "kg", "=cmd|' /C calc'!A0", "drugs"),
            Figure("a", "3 posts", 7, 14, np.int64(3), "posts", "posts", "border",
                   value_high=np.float64(4.5), vague=True)]
    buf = io.StringIO()
    assert write_figures_csv(figs, buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["value"] == "" and rows[0]["subject"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["value"] == "3" and rows[1]["value_high"] == "4.5"
    assert rows[1]["vague"] == "True" and rows[1]["qualifier"] == ""
