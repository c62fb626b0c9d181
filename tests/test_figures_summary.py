"""Like with like: summaries keep disagreeing values side by side."""

from __future__ import annotations

from _figures_fixtures import PROVINCE, article_of, mention_of

from geo.figures.extract import FigureSummary, extract_figures, summarise_figures
from geo.model import Figure


def _fig(article, value, *, subject="border", unit="km", period=None, place="vnold:p:11",
         vague=False):
    return Figure(article=article, quote=f"{value} {unit}", start=0, end=5, value=value,
                  unit=unit, subject=subject, theme="border", period=period, place_id=place,
                  place_name="Điện Biên", vague=vague)


def test_disagreeing_values_are_kept_side_by_side_not_summed():
    (s,) = summarise_figures([_fig("000", 408.616), _fig("002", 455.573)])
    assert isinstance(s, FigureSummary)
    assert not s.agree and s.value is None
    assert s.values == (408.616, 455.573)
    assert [src.article for src in s.sources] == ["000", "002"]


def test_agreeing_values_give_one_value_and_every_source():
    (s,) = summarise_figures([_fig("001", 17400000000, subject="funds", unit="VND"),
                              _fig("002", 17400000000, subject="funds", unit="VND")])
    assert s.agree and s.value == 17400000000 and s.articles == ("001", "002")


def test_different_place_subject_unit_or_period_are_not_grouped():
    figs = [_fig("a", 1), _fig("b", 2, place="post:sen-thuong"), _fig("c", 3, subject="roads"),
            _fig("d", 4, unit="m"), _fig("e", 5, period="2020-2025")]
    assert len(summarise_figures(figs)) == 5


def test_vague_figures_are_left_out():
    assert summarise_figures([_fig("a", None, vague=True)]) == []


def test_seed_border_lengths_disagree_between_articles():
    text_a = "Điện Biên: the province has 408.616 kilometers of border."
    text_b = "Điện Biên: the province manages 455.573km of border."
    figs = []
    for i, text in enumerate((text_a, text_b)):
        article = article_of(text, article_id=f"a{i}")
        figs += extract_figures(article, [mention_of(article, "Điện Biên", PROVINCE)])
    (s,) = summarise_figures(figs)
    assert (s.place_id, s.subject, s.unit) == ("vnold:p:11", "border", "km")
    assert s.values == (408.616, 455.573) and not s.agree
