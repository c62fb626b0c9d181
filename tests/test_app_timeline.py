"""geo.app.timeline, geo.app.charts, geo.app.placefigures: time and figures as the app shows them.

The corpus is ``_app_fixtures.make_corpus``: ``a1`` (2024-08-15) names the
Tây Trang post twice and Na Ư once in its body (and the post once more in
its furniture) and says "held 12 patrols"; ``b2`` (2025-01-02) names the
post once (and an unresolved village) with "15 patrols".
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from _app_fixtures import TEXT, AppGazetteer, make_corpus

from geo.app.charts import chart_choices, figure_chart
from geo.app.filters import Filters
from geo.app.index import index_corpus
from geo.app.panel import place_panel
from geo.app.placefigures import figure_passage, sparkline_svg, sparklines
from geo.app.timeline import ArticleCount, article_counts, corpus_counts, timeline, timeline_svg


@pytest.fixture
def index():
    return index_corpus(make_corpus())


def test_article_counts_are_body_mentions_of_a_place_and_figures(index):
    assert article_counts(index) == (ArticleCount("a1", "2024-08-15", 3, 1),
                                     ArticleCount("b2", "2025-01-02", 1, 1))
    assert corpus_counts(make_corpus().results) == article_counts(index)  # same, no index


def test_every_month_from_first_to_last_with_the_range_marked(index):
    tl = timeline(article_counts(index), Filters(date_from="2024-09-01", date_to="2025-12-31"))
    assert [m.month for m in tl.months] == ["2024-08", "2024-09", "2024-10", "2024-11",
                                            "2024-12", "2025-01"]
    aug, jan = tl.months[0], tl.months[-1]
    assert (aug.articles, aug.mentions, aug.figures, aug.in_range) == (1, 3, 1, False)
    assert (jan.articles, jan.mentions, jan.figures, jan.in_range) == (1, 1, 1, True)
    assert all(m.articles == 0 for m in tl.months[1:-1])  # a gap in the news shows
    assert (tl.included.articles, tl.included.mentions) == (1, 1)


def test_the_timeline_is_drawn_as_bars_each_saying_what_it_is(index):
    # a1 (2024-08: 3 mentions, 1 figure) outside the range, b2 (2025-01) inside
    tl = timeline(article_counts(index), Filters(date_from="2024-09-01", date_to="2025-12-31"))
    svg = timeline_svg(tl)
    bars = re.findall(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" '
                      r'fill="(#\w+)"[^>]*aria-label="([^"]+)"', svg)
    assert len(bars) == 6 * 3  # every month, three measures
    labels = {label: (float(h), fill) for _, h, fill, label in bars}
    aug = labels["month: 2024-08; measure: mentions; count: 3; in_range: outside the range"]
    jan = labels["month: 2025-01; measure: mentions; count: 1; in_range: in range"]
    assert aug[0] > jan[0] > 0 and aug[1] != jan[1]  # one scale per row; grey, then blue
    assert labels["month: 2024-10; measure: articles; count: 0; in_range: in range"][0] == 0
    assert ">2024-08<" in svg and ">2025-01<" in svg  # first and last month written
    assert "<script" not in svg


def test_the_timeline_escapes_what_it_writes():
    from geo.app.timeline import Month, Timeline

    odd = Month('2024-01"><script>', 1, 1, 1)
    svg = timeline_svg(Timeline((odd,), Month("undated"), Month("year only"), Month("all")))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def _with_undated(index):
    counts = article_counts(index)
    return counts + (ArticleCount("u", None, 5, 2), ArticleCount("y", "2024", 4, 0))


def test_undated_and_year_only_articles_are_counted_apart(index):
    counts = _with_undated(index)
    everything = timeline(counts, Filters())
    assert (everything.undated.articles, everything.undated.mentions) == (1, 5)
    assert (everything.year_only.articles, everything.year_only.mentions) == (1, 4)
    assert everything.included.articles == 4
    assert sum(m.articles for m in everything.months) == 2  # neither is put in a month


def test_include_undated_works_whatever_the_range(index):
    counts = _with_undated(index)
    no_range = timeline(counts, Filters(include_undated=False))
    assert no_range.included.articles == 3 and not no_range.undated.in_range
    ranged = timeline(counts, Filters(date_from="2025-01-01", date_to="2025-01-31",
                                      include_undated=False))
    assert ranged.included.articles == 1  # b2 only: not the undated one, not "2024"
    kept = timeline(counts, Filters(date_from="2025-01-01", date_to="2025-01-31"))
    assert kept.included.articles == 2  # b2 and the undated one


def test_the_corpus_filter_leaves_undated_articles_out_without_a_range():
    corpus = make_corpus()
    undated = replace(corpus, results=corpus.results + (
        replace(corpus.results[1], article=replace(corpus.results[1].article, id="u",
                                                   date=None)),))
    kept = Filters(include_undated=False).apply(undated)
    assert [r.article.id for r in kept.results] == ["a1", "b2"]
    assert [r.article.id for r in Filters().apply(undated).results] == ["a1", "b2", "u"]


def test_chart_of_disagreeing_figures_is_a_range_with_both_sources(index):
    assert chart_choices(f for fs in index.figures.values() for f in fs) == {
        "patrols": (("patrol", 2),)}
    chart = figure_chart(index, "patrols", "patrol")
    (bar,) = chart.bars  # 12 and 15 patrols of the same post: one group, never 27
    assert (bar.place_id, bar.low, bar.high, bar.agree) == ("post:tay-trang", 12, 15, False)
    assert [s.article for s in bar.sources] == ["a1", "b2"]
    row = bar.to_row()
    assert row["start"] == 12 and row["high"] == 15 and row["agree"] == "sources disagree"
    assert "12–15 patrol" in row["value"] and "27" not in row["value"]
    assert [(p.day, p.value) for p in chart.points] == [("2024-08-15", 12), ("2025-01-02", 15)]
    assert chart.undated == () and chart.unplaced == 0


def test_chart_bars_of_one_place_are_not_summed_across_periods(index):
    corpus = make_corpus()
    (f1,) = corpus.results[0].figures
    extra = replace(f1, value=30, period="2020-2025", quote="30 patrols")
    results = (replace(corpus.results[0], figures=(f1, extra)), corpus.results[1])
    chart = figure_chart(index_corpus(replace(corpus, results=results)), "patrols", "patrol")
    assert sorted((b.period, b.low, b.high) for b in chart.bars
                  if b.period) == [("2020-2025", 30, 30)]
    assert len(chart.bars) == 2 and all(b.high < 42 for b in chart.bars)


def test_sparkline_and_the_figure_in_its_sentence(index):
    info = place_panel("post:tay-trang", index, AppGazetteer())
    (line,) = sparklines(info.figures)
    assert line.unit == "patrol" and [p["value"] for p in line.points] == [12, 15]
    assert [p["day"] for p in line.points] == ["2024-08-15", "2025-01-02"]
    svg = sparkline_svg(line, width=100, height=40)
    (a, b) = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert float(a[0]) < float(b[0])  # 2024 left of 2025
    assert float(a[1]) > float(b[1])  # 12 patrols below 15
    assert "12 patrol" in svg and "2024-08-15" in svg
    start = TEXT.index("12 patrols")
    html = figure_passage(index, "a1", start, start + 10)
    assert html == ('In 2024 the Tây Trang post held <mark class="geo-mention">12 patrols'
                    '</mark>.')
    assert figure_passage(index, "nope", 0, 1) is None
    assert figure_passage(index, "a1", 0, 10_000) is None


def test_sparkline_text_is_escaped_and_equal_values_sit_mid_height():
    from geo.app.placefigures import Sparkline

    hostile = '<img src=x onerror="alert(1)">'
    line = Sparkline("kg", ({"day": "2024-01-01", "value": 5.0, "figure": "5 kg",
                             "subject": hostile, "title": hostile},
                            {"day": "2024-06-01", "value": 5.0, "figure": "5 kg",
                             "subject": "heroin", "title": "t"}), 0)
    svg = sparkline_svg(line, width=100, height=40)
    assert "<img" not in svg and "&lt;img" in svg
    assert re.findall(r'cy="([\d.]+)"', svg) == ["20.0", "20.0"]
