"""Ten thousand generated texts through the whole pipeline, then one export of all of them.

The property (issue 15): on every generated text — seed sentences mutated
(:func:`strategies.article_texts`) or any Unicode at all
(:data:`strategies.any_text`) — processing raises nothing but a
:class:`~geo.errors.GeoError`, every offset slices the text to its surface or
quote; and the export of every text processed is valid GeoJSON (RFC 7946).

``GEO_PROPERTY_TEXTS`` (default 10,000) sets how many texts are drawn and
``GEO_FUZZ_SCALE`` multiplies it, for a deep nightly run (README, "Run the
tests").  Derandomized: CI draws the same texts on every run.
"""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import SCALE, any_text, article_texts, ci_settings
from test_properties import check_article, check_layer_file, check_offsets, same_text

from geo.errors import GeoError
from geo.model import Corpus
from geo.pipeline import process_article
from geo.reading.articles import parse_article

#: Texts drawn per run (times ``GEO_FUZZ_SCALE``).
TEXTS = int(os.environ.get("GEO_PROPERTY_TEXTS", "10000") or 10000)


@pytest.mark.slow
def test_ten_thousand_generated_texts_then_one_valid_export(gaz, tmp_path):
    from geo.export import export_layers
    from geo.layers.build import LAYER_NAMES, build_layers

    results = []
    seen = {"texts": 0, "refused": 0}
    start = time.monotonic()

    @ci_settings(TEXTS)
    @given(text=st.one_of(article_texts(), article_texts(max_paragraphs=1), any_text))
    def one_text(text):
        seen["texts"] += 1
        try:
            article = parse_article(text, article_id=f"gen{seen['texts']}",
                                    path=f"gen{seen['texts']}.txt")
            result = process_article(article, gaz)
        except GeoError:
            seen["refused"] += 1
            return
        assert same_text(result.article.text, text)
        check_article(result.article)
        check_offsets(result.article, result.mentions, result.figures)
        results.append(result)

    one_text()
    assert seen["texts"] >= TEXTS * SCALE
    corpus = Corpus(tuple(results), (), gaz.version)
    layers = build_layers(corpus, gaz)
    written = export_layers(layers, tmp_path, corpus=corpus)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)
    features = 0
    for layer in LAYER_NAMES:
        features += len(check_layer_file(tmp_path / f"{layer}.geojson", layer)["features"])
    mentions = sum(len(r.mentions) for r in results)
    print(f"{seen['texts']} texts ({seen['refused']} refused), {mentions} mentions, "
          f"{features} features, {time.monotonic() - start:.0f} s")
    assert mentions and features  # the texts did reach the map
