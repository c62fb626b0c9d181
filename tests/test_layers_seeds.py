"""The five seeds end to end: read → mentions → figures → layers → export → map.

Expected values come from reading the seed texts (quoted in each test).
"""

import json
from pathlib import Path

import geojson_validator
import geopandas as gpd
import pytest
from geojson_pydantic import FeatureCollection

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
S0 = "000_dedc6cf91859ad52"
S1 = "001_ecd96f9a6b292574"


@pytest.fixture(scope="module")
def seed_run(gaz):
    pytest.importorskip("geo.mentions.find")
    from geo.model import Corpus
    from geo.pipeline import process_article
    from geo.reading.read import read_article

    results = tuple(process_article(read_article(p), gaz) for p in SEEDS)
    return Corpus(results, (), gaz.version), gaz


@pytest.fixture(scope="module")
def layers(seed_run):
    from geo.layers.build import build_layers

    corpus, gazetteer = seed_run
    return build_layers(corpus, gazetteer)


def _row(layers, layer, pid):
    frame = layers[layer].set_index("id")
    assert pid in frame.index, f"{pid} not in {layer}"
    return frame.loc[pid]


def _article_ids(row):
    return [a["id"] for a in json.loads(row["articles"])]


def test_pa_xa_lao_in_both_articles(layers):
    # 000: "Pa Xa Lào village in Pa Thơm commune"; 001: "Pa Xa Lào village, Thanh Yên commune"
    r = _row(layers, "villages", "village:pa-xa-lao")
    assert {S0, S1} <= set(_article_ids(r))
    assert r["legacy_name"] == "Pa Thơm" and r["successor_name"] == "Thanh Yên"


def test_markers_107_to_111_each_on_a_border_segment(layers):
    # 000: "five border markers (from markers 107 to 111)"
    unc = layers["uncertainty"].set_index("id")
    for n in range(107, 112):
        r = _row(layers, "border_markers", f"marker:vn-la:{n}")
        assert S0 in _article_ids(r) and r["precision"] == "segment"
        assert unc.loc[f"marker:vn-la:{n}", "shape"] == "segment"


def test_spelling_variant_post_and_first_passage(layers):
    # 000: "... at the Si Pha Phìn Border Post, and his colleagues visit ..."
    r = _row(layers, "border_posts", "post:si-pa-phin")
    assert S0 in _article_ids(r)
    assert "Si Pha Phìn Border Post" in r["first_passage"]


def test_tay_trang_post_passage(layers):
    # 000: "Border guards from the Tây Trang International Border Post assist locals ..."
    r = _row(layers, "border_posts", "post:tay-trang")
    assert r["mention_count"] >= 1 and r["first_passage_article"] == S0
    assert "Tây Trang International Border Post" in r["first_passage"]


def test_every_layer_exports_valid(seed_run, layers, tmp_path):
    from geo.export import export_layers

    corpus, _ = seed_run
    paths = export_layers(layers, tmp_path, corpus=corpus)
    for name in layers:
        path = tmp_path / f"{name}.geojson"
        assert path in paths
        data = json.loads(path.read_text(encoding="utf-8"))
        assert geojson_validator.validate_structure(data, check_crs=True) == {}
        if data["features"]:
            checks = geojson_validator.validate_geometries(data)
            assert checks["invalid"] == {}, name
        FeatureCollection.model_validate(data)
        assert len(gpd.read_file(path)) == len(layers[name])
    assert (tmp_path / "figures.csv").stat().st_size > 0


def test_map_of_the_seeds_is_local_and_escaped(layers):
    import re

    from geo.mapping.folium_map import build_map

    page = build_map(layers, asset_base="/app/static").get_root().render()
    links = re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', page)
    assert links and all(u.startswith("/app/static/") for u in links)


def test_map_only_layers_hold_what_the_map_shows_and_nothing_heavy(seed_run, layers):
    # what the app draws after a filter change: the map's columns, the same values
    from geo.layers.build import build_layers
    from geo.layers.registry import LAYERS

    corpus, gazetteer = seed_run
    lean = build_layers(corpus, gazetteer, registry=LAYERS.for_map(), map_only=True)
    assert "figures" not in lean
    villages = lean["villages"].set_index("id")
    assert "articles" not in villages and "figures_summary" not in villages
    # Pa Xa Lào: named in 000 and 001 (see test_pa_xa_lao_in_both_articles)
    assert villages.loc["village:pa-xa-lao", "article_count"] == 2
    for name, frame in lean.items():
        layer = LAYERS[name]
        assert tuple(frame.columns) == (*(layer.map_columns or layer.columns), "geometry")
        full = layers[name][list(frame.columns)]
        assert frame.drop(columns="geometry").equals(full.drop(columns="geometry")), name
        assert frame.geometry.equals(full.geometry), name


def test_layers_summed_from_each_articles_counts_are_the_same(seed_run):
    # the app counts each article's mentions once per corpus, then sums the articles
    # a filter keeps (dates, articles, themes keep their mentions)
    from geo.app.filters import Filters
    from geo.layers import count_articles
    from geo.layers._stats import collect_stats
    from geo.layers.build import build_layers

    corpus, gazetteer = seed_run
    counted = count_articles(corpus.results, gazetteer)
    assert counted[S0].mentions["village:pa-xa-lao"] >= 1  # "Pa Xa Lào village" in 000
    for filters in (Filters(), Filters(articles=(S0, S1)), Filters(themes=("patrols",)),
                    Filters(include_undated=False)):
        sub = filters.apply(corpus)
        assert collect_stats(sub.results, gazetteer, counted=counted) == collect_stats(
            sub.results, gazetteer)
        fast = build_layers(sub, gazetteer, map_only=True, counted=counted)
        slow = build_layers(sub, gazetteer, map_only=True)
        for name, frame in fast.items():
            assert frame.drop(columns="geometry").equals(
                slow[name].drop(columns="geometry")), name
