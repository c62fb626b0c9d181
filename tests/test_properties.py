"""Property-based tests: mutated article text never crashes the pipeline or breaks offsets.

Strategies live in ``tests/strategies.py``.  Every test runs with
``derandomize=True`` and no example database, so CI sees the same examples
on every run; ``GEO_FUZZ_SCALE=20`` multiplies the examples for a deep run.
"""

from __future__ import annotations

import html
import json
import math
import re
import tempfile
import unicodedata
from pathlib import Path

import geojson_validator
import pytest
from geojson_pydantic import FeatureCollection
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_text, article_texts, ci_settings, nfc_article_texts

from geo.errors import GeoError
from geo.figures.extract import extract_figures
from geo.mentions.find import find_mentions
from geo.model import Article, Kind, Precision
from geo.reading.articles import parse_article
from geo.reading.read import read_article

KINDS = {k.value for k in Kind}
PRECISIONS = {p.value for p in Precision}


def run(text: str, gaz, *, furniture: bool = True):
    """Parse, find mentions, extract figures; ``None`` if a GeoError said no.

    Any other exception fails the test (that is the property).
    """
    try:
        article = parse_article(text, article_id="generated")
        mentions = find_mentions(article, gaz, furniture=furniture)
        figures = extract_figures(article, mentions)
    except GeoError:
        return None
    return article, mentions, figures


def same_text(read: str, text: str) -> bool:
    """Tell whether *read* is *text* as read: the same length and characters, but line breaks
    inside hard-wrapped paragraphs made spaces (offsets into either hold for both)."""
    return len(read) == len(text) and all(
        a == b or (b == "\n" and a == " ") for a, b in zip(read, text, strict=True))


def check_article(article: Article) -> None:
    n = len(article.text)
    assert 0 <= article.body.start <= article.body.end <= n
    previous = -1
    for span in article.furniture:
        assert 0 <= span.start <= span.end <= n
        assert span.start >= previous  # sorted, disjoint
        previous = span.end
    for span in (article.title_span, article.dateline):
        if span is not None:
            assert 0 <= span.start <= span.end <= n


def check_offsets(article: Article, mentions, figures) -> None:
    text = article.text
    n = len(text)
    for m in mentions:
        assert 0 <= m.start < m.end <= n, m
        assert text[m.start:m.end] == m.surface, m
        assert m.kind in KINDS, m
        assert m.precision is None or m.precision in PRECISIONS, m
        # no place id: no point, unless the context placed it (a village at its commune's
        # point, an unknown marker on its unit's stretch) with an area's precision
        assert m.place_id is not None or m.method == "unresolved" or m.lat is None or (
            m.method == "context" and m.precision in ("commune", "district", "segment")), m
        assert all(isinstance(x, int) for x in m.marker_numbers), m
        for span in (m.sentence, m.paragraph):
            if span is not None:
                assert span.start <= m.start and m.end <= span.end <= n, (m, span)
        if m.lat is not None:
            assert math.isfinite(m.lat) and math.isfinite(m.lon)
            assert -90 <= m.lat <= 90 and -180 <= m.lon <= 180
    starts = [m.start for m in mentions]
    assert starts == sorted(starts), "mentions in text order"
    for f in figures:
        assert 0 <= f.start < f.end <= n, f
        assert text[f.start:f.end] == f.quote, f
        if f.value is not None:
            assert not isinstance(f.value, bool)
            assert math.isfinite(f.value), f
        if f.value_high is not None:
            assert math.isfinite(f.value_high), f
        assert article.in_body(f.start, f.end) or not article.body.end, f
        json.dumps(f.value, allow_nan=False)


# --- no crash, offsets slice the text ----------------------------------------


@pytest.mark.slow
@ci_settings(1500)
@given(text=article_texts(), furniture=st.booleans())
def test_pipeline_never_crashes_and_offsets_slice_the_text(gaz, text, furniture):
    out = run(text, gaz, furniture=furniture)
    if out is None:
        return
    article, mentions, figures = out
    assert same_text(article.text, text)  # offsets are the text as read
    check_article(article)
    check_offsets(article, mentions, figures)
    if not furniture:
        assert all(m.in_body or article.title_span and
                   article.title_span.start <= m.start < article.title_span.end
                   for m in mentions)


@pytest.mark.slow
@ci_settings(800)
@given(text=any_text)
def test_any_unicode_text_never_crashes(gaz, text):
    out = run(text, gaz)
    if out is not None:
        check_article(out[0])
        check_offsets(*out)


# --- NFD gives what NFC gives ----------------------------------------------------


def _signature(mentions, figures):
    return ([(m.place_id, m.kind, m.in_body, tuple(m.marker_numbers)) for m in mentions],
            [(f.value, f.value_high, f.unit, f.vague) for f in figures])


@pytest.mark.slow
@ci_settings(600)
@given(text=nfc_article_texts())
def test_nfd_gives_the_same_mentions_and_figures_as_nfc(gaz, text):
    nfd = unicodedata.normalize("NFD", text)
    nfc_out = run(text, gaz)
    nfd_out = run(nfd, gaz)
    assert (nfc_out is None) == (nfd_out is None)
    if nfc_out is None:
        return
    check_offsets(*nfd_out)
    nfc_mentions, nfc_figures = _signature(*nfc_out[1:])
    nfd_mentions, nfd_figures = _signature(*nfd_out[1:])
    assert nfd_mentions == nfc_mentions
    assert nfd_figures == nfc_figures
    # the surfaces are the same words, only composed differently
    assert [unicodedata.normalize("NFC", m.surface) for m in nfd_out[1]] == \
        [m.surface for m in nfc_out[1]]


# --- bytes on disk: decode or refuse, never crash ----------------------------------

_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258", "cp1252", "latin-1"]


@ci_settings(300)
@given(text=article_texts(max_paragraphs=2).map(lambda t: t.lstrip("\ufeff")),
       encoding=st.sampled_from(_ENCODINGS))  # a leading U+FEFF would be a BOM, rightly removed
def test_read_article_decodes_or_refuses_clearly(text, encoding):
    data = text.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except GeoError as err:
            assert "\n" not in str(err) and str(path) in str(err)
            return
    check_article(article)
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        if len(re.findall(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});", text)) >= 2:
            # entities left over from a page ("&nbsp;" twice) are read as characters, and said
            assert same_text(article.text, html.unescape(text))
            assert any("HTML entities" in w for w in article.warnings)
        else:
            assert same_text(article.text, text)  # BOM removed, wrapped lines joined
    if encoding not in ("utf-8", "utf-8-sig", "utf-16") and article.encoding != "utf-8":
        assert any("by guess" in w for w in article.warnings)  # a guess is always reported


@ci_settings(300)
@given(data=st.binary(max_size=600))
def test_random_bytes_decode_or_refuse_clearly(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "noise.txt"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except GeoError as err:
            assert "\n" not in str(err) and str(path) in str(err)
            return
    check_article(article)


@ci_settings(60)
@given(paragraphs=st.lists(article_texts(max_paragraphs=1), min_size=1, max_size=3),
       junk=st.sampled_from(["<script>alert('xss-marker Pa Thơm')</script>",
                             "<style>p{color:red} .style-marker{}</style>",
                             "<!-- comment-marker Nậm Pồ district -->", ""]))
def test_html_pages_become_text_without_markup(paragraphs, junk):
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>{junk}" for p in paragraphs)
    html = f"<html><head>{junk}<title>Border news</title></head><body><article>{body}" \
           "</article></body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        try:
            article = read_article(path)
        except GeoError as err:
            assert "\n" not in str(err)
            return
    check_article(article)
    for hidden in ("xss-marker", "style-marker", "comment-marker"):
        assert hidden not in article.text  # text from the page's markup, never its code


# --- every exported layer is valid GeoJSON ------------------------------------------


@pytest.mark.slow
@ci_settings(12)
@given(texts=st.lists(article_texts(max_paragraphs=3), min_size=1, max_size=3))
def test_exported_layers_are_valid_geojson(gaz, texts):
    from geo.export import export_layers
    from geo.layers.build import LAYER_NAMES, build_layers
    from geo.model import Corpus
    from geo.pipeline import process_article

    results = []
    for i, text in enumerate(texts):
        try:
            article = parse_article(text, article_id=f"gen{i}", path=f"gen{i}.txt")
            results.append(process_article(article, gaz))
        except GeoError:
            continue
    corpus = Corpus(tuple(results), (), gaz.version)
    layers = build_layers(corpus, gaz)
    with tempfile.TemporaryDirectory() as tmp:
        written = export_layers(layers, tmp, corpus=corpus)
        names = sorted(p.name for p in Path(tmp).iterdir())
        assert names == sorted(p.name for p in written)  # no temporary leftovers
        for layer in LAYER_NAMES:
            data = check_layer_file(Path(tmp) / f"{layer}.geojson", layer)
            for feature in data["features"]:
                for value in feature["properties"].values():
                    assert value is None or type(value) in (str, int, float, bool), layer


def check_layer_file(path: Path, layer: str) -> dict:
    """Read an exported layer and check it is RFC 7946 GeoJSON with valid geometries."""
    data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_constants)
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert geojson_validator.validate_structure(data, check_crs=True) == {}, layer
    if data["features"]:
        checks = geojson_validator.validate_geometries(data)
        assert checks["invalid"] == {}, (layer, checks)
    FeatureCollection.model_validate(data)
    return data


def _no_constants(name):
    raise AssertionError(f"{name} is not JSON (RFC 8259)")


# --- regressions found by the properties above (fixed) --------------------------------

NFD_NUMBER_CASES = [
    "They held À367 joint patrols and 2 meetings.",  # a digit right after an accented letter
    "They held Ế12 joint patrols.",
    "They visited the Àtwo communes of Si Pa Phìn and Chà Nưa.",  # a number word, likewise
]


@pytest.mark.parametrize("sentence", NFD_NUMBER_CASES)
def test_nfd_number_glued_to_an_accented_letter(gaz, sentence):
    text = "Border news\n\n" + sentence
    nfc = run(text, gaz)
    nfd = run(unicodedata.normalize("NFD", text), gaz)
    assert [f.value for f in nfd[2]] == [f.value for f in nfc[2]]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\n "])
def test_name_broken_over_a_line_lies_inside_its_sentence(gaz, newline):
    """Regression (geo/mentions.py Passages.at): the sentence of a hard-wrapped name cut it."""
    text = ("Border news\n\nCaptain Vang A Bia of the Tây Trang International Border"
            f"{newline}Post visited homes. Nậm Pồ district is far.")
    article, mentions, _ = run(text, gaz)
    check_offsets(article, mentions, [])
    post = next(m for m in mentions if m.kind == "border_post")
    assert post.surface.startswith("Tây Trang") and post.surface.endswith("Post")
    assert text[post.sentence.start:post.sentence.end].startswith("Captain")
    assert "visited homes." in text[post.sentence.start:post.sentence.end]
