"""Hostile text: linear work, no crash on absurd numbers, a time budget per file.

"Linear" is checked without absolute times: the same text at a size and at
twice that size, the CPU time of each taken as the best of three runs; a
linear stage takes about twice as long, a quadratic one four times, so the
bound (3) is generous both ways.
"""

from __future__ import annotations

import gc
import json
import time

import pytest

import geo.cli as cli
import geo.pipeline as pipeline
from geo.export import export_layers
from geo.figures.numbers import MAX_DIGITS, MAX_VALUE, parse_number
from geo.layers.build import build_layers
from geo.model import Corpus
from geo.pipeline import process_article, process_corpus
from geo.reading.articles import parse_article

#: Doubling the input may cost at most this factor (linear: 2, quadratic: 4).
RATIO = 3.0


def article(body: str):
    return parse_article("A hostile page\n\n" + body + "\n", article_id="hostile")


def cpu_seconds(fn, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()  # each run starts from the same heap
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def doubling_ratio(gaz, make, n: int) -> float:
    """CPU time on a text twice as long over that on the text (linear: about 2).

    The two are timed in turns, each its best of three, and a ratio over
    :data:`RATIO` is measured once more: other work on the machine (CI runs
    two test processes) can slow either run once, a quadratic path slows the
    long text every time.
    """
    small, large = article(make(n)), article(make(2 * n))
    process_article(small, gaz)  # warm: the name index, compiled patterns

    def ratio() -> float:
        short = long = float("inf")
        for _ in range(3):
            short = min(short, cpu_seconds(lambda: process_article(small, gaz), repeats=1))
            long = min(long, cpu_seconds(lambda: process_article(large, gaz), repeats=1))
        return long / max(short, 1e-3)

    first = ratio()
    return first if first < RATIO else min(first, ratio())


@pytest.mark.slow
def test_text_dense_with_place_names_is_linear(gaz):
    """Regression (mentions._context): every hit scanned every other hit: 6 s/23 s/80 s."""
    unit = "Pa Thơm Mường Nhé Nậm Pồ "
    result = process_article(article(unit * 10), gaz)
    assert len(result.mentions) == 30  # every name found, one after the other
    assert doubling_ratio(gaz, lambda n: unit * n, 3000) < RATIO


@pytest.mark.slow
@pytest.mark.parametrize("unit", [
    "Pa Thơm commune, Mường Nhé district, ",
    "the four districts of Điện Biên, Mường Chà and Nậm Pồ ",
    "Pa Thơm in Mường Nhé in Nậm Pồ in ",
    "markers 107 to 111, ",
    "12 patrols with 30 officers, ",
    # one endless line: the heading test reads no whole line per number
    "Of the 27, 11 are from Nghệ An, ",
    "Nà Hỳ has 12 households, Nà Bủng 14, ",
    # short one-sentence paragraphs, each like a caption: no walk back over all of them
    "Sín Thầu sent 23 recruits, Nà Hỳ 18 and Chà Nưa 11.\n\nOf the recruits, 142 are Mông.\n\n",
    # bare names listed after a post in one endless sentence
    "the Nà Bủng Border Post handled 14 cases; Nậm Kè, 11 cases; Nà Hỳ, 8, ",
    # the seventh session's rules, each in one endless sentence (added 2026-12-04, after a
    # CI run found "12 patrols with 30 officers" quadratic: the law's threshold was looked
    # for up to the sentence's end from every figure)
    "jobs in Laos paying 4 million VND and ",
    "the new Thanh Yên commune with 12 households and the enlarged commune with 14 and ",
    "donors from Hà Nội and Hồ Chí Minh City gave the posts 1,400 bags and ",
    # the eighth session's rules (added 2026-12-04): a list of posts as subject, a gift to
    # people somewhere, a semicolon far after a figure, goods from abroad
    "guards of the Huoi Puoc, Muong Nha and Tay Trang posts held 36 sessions and ",
    "the provincial Command sent 200 gifts to people in Phongsaly and ",
    "damaged nine markers and 12 houses in Pa Thơm commune and ",
    "two men carrying 1,500 packs of cigarettes from China's Yunnan and ",
    "The flood in Mường Pồn commune swept away 23 houses. ",
    # the twenty-ninth session's rules (added 2026-12-07, after a CI run found the trail's
    # search quadratic on "Nà Hỳ has 12 households, Nà Bủng 14, "): scenes in one paragraph,
    # partners in asides, trails after one subject
    "In Tàng Phon village the post found a trail. At the scene, officers seized 3 kg. ",
    "Since May, in coordination with the Mường Nhà Border Post and Nà Hỳ commune, it has "
    "seized 3 kg of opium, ",
    "the post stopped a man on a forest path in Nậm Chua commune, seizing 400 pills and ",
    # the thirty-third session's speakers: labels, names said again, officers by rank
    "Chairman Lò Văn Khà: We have 12 households.\n\n",
    "\"We seized 3 kg,\" Hùng said. Major Lò Văn Hùng of the Nà Bủng Border Post said we "
    "held 12 patrols.\n\n",
    "The Nà Bủng Border Post grew. In 2020 it held 12 patrols and in 2021, it held 14. ",
])
def test_other_dense_texts_are_linear(gaz, unit):
    assert doubling_ratio(gaz, lambda n: unit * n, 1500) < RATIO


@pytest.mark.slow
def test_hundreds_of_thousands_of_comma_groups_are_linear_and_no_figure(gaz):
    """Regression (figures.numbers): 25 s at 300k groups, then 'unexpected error: Overflow'."""
    def make(n):
        return "Pa Thơm commune paid VND " + "123," * n + "123 to families."

    result = process_article(article(make(400_000)), gaz)  # the size that overflowed
    assert result.figures == ()
    assert doubling_ratio(gaz, make, 50_000) < RATIO


@pytest.mark.parametrize("digits", [MAX_DIGITS + 1, 401, 4_301, 100_000])
def test_absurdly_long_quantities_are_not_figures(gaz, digits):
    text = f"Border guards of Pa Thơm commune seized {'9' * digits} kg of heroin."
    result = process_article(article(text), gaz)
    assert result.figures == ()
    assert any(m.name == "Pa Thơm" for m in result.mentions)


def test_a_401_digit_quantity_does_not_stop_the_export(gaz, tmp_path):
    """Regression (layers statistics): an OverflowError and no output at all."""
    text = f"Border guards of Pa Thơm commune seized {'9' * 401} kg and 12 kg of heroin."
    result = process_article(article(text), gaz)
    assert [f.value for f in result.figures] == [12]
    written = export_layers(build_layers(Corpus((result,)), gaz), tmp_path)
    assert len(written) == 14  # one file per layer (14 layers with regions)


def test_a_4301_digit_quantity_does_not_stop_geo_figures(tmp_path, capsys):
    """Regression: Python's int-string limit crashed ``geo figures``."""
    path = tmp_path / "huge.txt"
    path.write_text(f"Huge\n\nPa Thơm commune seized {'9' * 4301} kg and 59.7 kg of heroin.\n",
                    encoding="utf-8")
    assert cli.main(["figures", str(path), "--json", "--no-cache", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["value"] for line in out.splitlines()] == [59.7] and err == ""


@pytest.mark.parametrize(("text", "value"), [
    ("999,999,999,999,999,999", 999_999_999_999_999_999),
    ("1,000,000,000,000,000,000", None),
    ("17.4 billion", 17_400_000_000),
    ("1.5 trillion", 1_500_000_000_000),
    ("1000000 trillion", None),  # 10**18
    ("9" * MAX_DIGITS, None),  # above MAX_VALUE
    ("0." + "1" * (MAX_DIGITS - 1), float("0." + "1" * (MAX_DIGITS - 1))),
    ("0." + "1" * MAX_DIGITS, None),
])
def test_sane_magnitudes(text, value):
    assert MAX_VALUE == 10**18
    assert parse_number(text) == value


# --- HTML pages of very many elements --------------------------------------------------


def _long_page(n: int) -> str:
    body = "".join(f"<p>Paragraph {i} at Pa Thơm.</p>" for i in range(n))
    return ("<html><head><title>A long page</title></head><body>"
            "<nav>Mường Nhé news</nav><script>var x = 'Nậm Pồ';</script>"
            f"<article><h1>A long page</h1>{body}</article>"
            "<!-- Tủa Chùa --><footer>Sìn Hồ newspaper</footer></body></html>")


@pytest.mark.slow
def test_an_html_page_of_100k_paragraphs_reads_in_linear_time(tmp_path):
    """Regression (reading): 100,000 <p> (4.7 MB) took 48 s, quadratic in trafilatura's XPath.

    Reading only (decoding, HTML, title, date, body and furniture, passages):
    processing the text is linear by the tests above.
    """
    from geo.reading._html import LARGE_PAGE
    from geo.reading.read import read_article

    n = 2 * LARGE_PAGE  # both past the limit; where the quadratic XPath showed (x4)
    small, large = tmp_path / "small.html", tmp_path / "large.html"
    small.write_text(_long_page(n), encoding="utf-8")
    large.write_text(_long_page(2 * n), encoding="utf-8")

    read_article(small)  # warm
    ratio = cpu_seconds(lambda: read_article(large)) / max(
        cpu_seconds(lambda: read_article(small)), 1e-3)
    # a 9 MB page parses a little worse than linearly beside another test run
    # (3.02 once with two workers on two cores); quadratic reading gives 4
    assert ratio < 3.5
    article = read_article(small)
    # every paragraph, in order, and nothing of the navigation, scripts, comments, footer
    assert article.text.count("Paragraph ") == n
    assert article.text.index("Paragraph 9 ") < article.text.index("Paragraph 10 ")
    for hidden in ("Mường Nhé", "Nậm Pồ", "Tủa Chùa", "Sìn Hồ"):
        assert hidden not in article.text
    assert article.title == "A long page"
    assert any("HTML elements is read whole" in w for w in article.warnings)


def test_a_page_under_the_limit_keeps_the_main_text_extraction(tmp_path):
    from geo.reading.read import read_article

    path = tmp_path / "short.html"
    path.write_text(_long_page(50), encoding="utf-8")
    article = read_article(path)
    assert article.text.count("Paragraph ") == 50 and "Mường Nhé" not in article.text
    assert not any("read whole" in w for w in article.warnings)


# --- the time budget per file -----------------------------------------------------------


@pytest.fixture
def slow_article(monkeypatch):
    """Processing the article whose id ends in ``slow`` takes an hour."""
    real = pipeline.process_article

    def process(article, gazetteer):
        if article.id.endswith("slow"):
            time.sleep(3600)
        return real(article, gazetteer)

    monkeypatch.setattr(pipeline, "process_article", process)


def _corpus(folder, names):
    folder.mkdir()
    for name in names:
        (folder / f"{name}.txt").write_text(
            f"News {name}\n\nBorder guards at Pa Thơm Border Post held 12 patrols.\n",
            encoding="utf-8")
    return folder


def test_a_file_over_its_time_budget_fails_and_the_batch_goes_on(gaz, tmp_path, slow_article):
    folder = _corpus(tmp_path / "corpus", ["a", "b_slow", "c"])
    corpus = process_corpus([folder], gaz, workers=1, time_budget=0.5)
    assert [r.article.id for r in corpus.results] == ["a", "c"]
    (failure,) = corpus.failures
    assert failure.message() == (f"{folder / 'b_slow.txt'}: gave up after 0.5 s (the time "
                                 "budget per file; see --time-budget)")


def test_time_budget_on_the_command_line(tmp_path, slow_article, capsys):
    folder = _corpus(tmp_path / "corpus", ["a", "b_slow"])
    code = cli.main(["mentions", str(folder), "--json", "--no-cache", "--quiet",
                     "--time-budget", "0.5"])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_FAILURES
    assert {json.loads(line)["article"] for line in out.splitlines()} == {"a"}
    assert err.splitlines() == [
        f"geo: {folder / 'b_slow.txt'}: gave up after 0.5 s (the time budget per file; see "
        "--time-budget)", "geo: 1 file(s) failed, 1 processed"]


@pytest.mark.parametrize("value", ["0", "-1", "soon", "inf", "nan"])
def test_bad_time_budget_is_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["figures", "x.txt", "--time-budget", value])
    assert stopped.value.code == cli.EXIT_USAGE
    assert "--time-budget" in capsys.readouterr().err


@pytest.mark.slow
def test_time_budget_in_pool_workers(gaz, tmp_path, slow_article):
    names = [f"{i:03d}" for i in range(70)] + ["zz_slow"]  # above the in-process threshold
    folder = _corpus(tmp_path / "corpus", names)
    corpus = process_corpus([folder], gaz, workers=2, time_budget=1.0)
    assert len(corpus.results) == 70
    (failure,) = corpus.failures
    assert "zz_slow.txt: gave up after 1 s" in failure.message()


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path):
    from geo.reading.read import read_article

    path = tmp_path / "x.html"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/'
                    '1999/xhtml"><head><title>Patrol news</title></head><body><p>Border guards '
                    'of Pa Thơm Border Post patrolled the border with villagers.</p></body>'
                    '</html>', encoding="utf-8")
    article = read_article(path)
    assert article.title == "Patrol news" and "Pa Thơm Border Post" in article.text
