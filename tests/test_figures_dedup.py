"""A figure repeated in one article is one figure with several quotes."""

from __future__ import annotations

from _figures_fixtures import PROVINCE, article_of, mention_of

from geo.figures.extract import extract_figures
from geo.figures.summary import summarise_figures
from geo.pipeline import process_article
from geo.reading.articles import parse_article

NAM_KE = ("post:nam-ke", "Nậm Kè Border Post", "border_post")
PA_THOM = ("post:pa-thom", "Pa Thơm Border Post", "border_post")


def _figures(text, places=()):
    article = article_of(text)
    return extract_figures(article, [mention_of(article, s, p, n) for s, p, n in places])


def test_wire_story_title_lead_caption_body_is_one_figure(gaz):
    text = ("Border guards seize 15 kg of heroin in Điện Biên\n\n"
            "ĐIỆN BIÊN (VNA) – Border guards of Điện Biên seized 15 kg of heroin on March 13.\n\n"
            "Border guards with the 15 kg of heroin seized at the Nậm Kè Border Post.\n\n"
            "The Nậm Kè Border Post arrested two Lao nationals carrying 15 kg of heroin in a "
            "forest near the border. The case is being investigated.\n")
    result = process_article(parse_article(text, article_id="w"), gaz)
    heroin = [f for f in result.figures if f.subject == "heroin"]
    assert len(heroin) == 1
    f = heroin[0]
    assert [q for _, _, q in f.quotes] == ["15 kg of heroin"] * 4
    assert [s for s, _, _ in f.quotes] == sorted(s for s, _, _ in f.quotes)
    assert f.quotes[0][0] < result.article.body.start  # the title's occurrence is a quote
    for s, e, q in f.quotes:
        assert text[s:e] == q
    # the kept occurrence is the one whose own sentence names the post
    assert f.place_id == "post:nam-ke"
    row = f.to_row()
    assert len(row["quotes"]) == 4 and row["quotes"][0]["quote"] == "15 kg of heroin"


def test_summary_counts_a_repeated_figure_once():
    text = ("The Nậm Kè Border Post seized 15 kg of heroin. Police praised the seizure of the "
            "15 kg of heroin. The province's border guards seized 20 kg of opium in May.")
    figs = _figures(text, [("Nậm Kè Border Post", NAM_KE, 0)])
    assert [(f.value, f.subject, len(f.to_row()["quotes"])) for f in figs] == [(15, "heroin", 2),
                                                                    (20, "opium", 1)]
    heroin = [g for g in summarise_figures(figs) if g.subject == "heroin"]
    assert [(g.value, len(g.sources)) for g in heroin] == [(15, 1)]


def test_same_count_at_two_named_places_is_two_figures():
    """Two posts each with 15 kg of heroin: two seizures, not one."""
    text = ("The Nậm Kè Border Post seized 15 kg of heroin in March. "
            "The Pa Thơm Border Post seized 15 kg of heroin in April.")
    figs = _figures(text, [("Nậm Kè Border Post", NAM_KE, 0), ("Pa Thơm Border Post", PA_THOM,
                                                                 0)])
    assert [(f.value, f.place_id) for f in figs] == [(15, "post:nam-ke"), (15, "post:pa-thom")]


def test_small_counts_are_not_merged():
    """"two suspects" in two cases are two pairs of people."""
    text = ("In the first case, border guards arrested two suspects with 3 kg of opium. "
            "In the second case, they arrested two suspects with 5 kg of methamphetamine.")
    figs = _figures(text)
    assert [f.value for f in figs if f.subject == "suspects"] == [2, 2]


def test_different_periods_or_subjects_are_not_merged():
    text = ("Between 2020-2025, the province's border guards conducted 1,520 patrols. "
            "In 2024, they conducted 1,520 patrols. They also held 1,520 meetings.")
    figs = _figures(text, [])
    assert [(f.value, f.subject, f.period) for f in figs] == [
        (1520, "patrols", "2020-2025"), (1520, "patrols", "2024"), (1520, "meetings", "2020-2025")]


def test_vague_figures_are_not_merged():
    text = "Thousands of residents joined. Later, thousands of residents left."
    assert [f.vague for f in _figures(text)] == [True, True]


def test_repeat_with_a_fallback_place_joins_the_named_one():
    text = ("Officers of the Nậm Kè Border Post handed over 21 people to Lao authorities.\n\n"
            "Officials said the 21 people had crossed the border illegally.")
    figs = _figures(text, [("Nậm Kè Border Post", NAM_KE, 0), ("Điện Biên", PROVINCE, 0)]
                    if "Điện Biên" in text else [("Nậm Kè Border Post", NAM_KE, 0)])
    assert [(f.value, f.place_id, len(f.to_row()["quotes"])) for f in figs] == [
        (21, "post:nam-ke", 2)]


def test_title_figure_alone_is_not_a_figure(gaz):
    text = ("Border guards seize 15 kg of heroin\n\nĐBP - The Nậm Kè Border Post seized drugs "
            "worth VND 2 billion.\n")
    result = process_article(parse_article(text, article_id="t"), gaz)
    assert [(f.value, f.unit) for f in result.figures] == [(2_000_000_000, "VND")]
    assert result.figures[0].to_row()["quotes"] == [
        {"quote": "VND 2 billion", "start": text.index("VND 2"),
         "end": text.index("VND 2") + len("VND 2 billion")}]


def test_a_repeat_without_a_period_joins_the_one_with_it():
    """The title says "1,480 households", the body "In 2022, ... 1,480 households": one fact."""
    text = ("Mường Nhé district supports 1,480 households.\n\nIn 2022, Mường Nhé district "
            "supported 1,480 households with rice.")
    figs = _figures(text)
    assert [(f.value, f.period, len(f.to_row()["quotes"])) for f in figs] == [(1480, "2022", 2)]


def test_a_post_and_its_commune_agree(gaz):
    """Seized "in Nậm Kè commune" (lead) and "by the Nậm Kè Border Post" (body): one seizure."""
    text = ("Border guards seize heroin\n\nĐBP - Border guards seized 15 kg of heroin in Nậm Kè "
            "commune on Monday.\n\nThe Nậm Kè Border Post said the 15 kg of heroin came from "
            "Laos.\n")
    figs = process_article(parse_article(text, article_id="c"), gaz).figures
    assert [(f.value, len(f.quotes)) for f in figs] == [(15, 2)]


def test_a_measure_and_an_amount_are_two_figures():
    text = "The suspects carried 15 kg of heroin and 350,000 Chinese yuan when they were stopped."
    assert [(f.quote, f.unit) for f in _figures(text)] == [("15 kg of heroin", "kg"),
                                                           ("350,000 Chinese yuan", "CNY")]


def test_a_figure_after_the_points_back_whatever_its_words_and_place():
    """The lead's "48 bars of opium" and the body's "the 48 opium bars": one seizure."""
    text = ("Border guards of the province seized 48 bars of opium and 9,600 pills in Mường "
            "Chà district.\n\nThe Nậm Kè Border Post found the 48 opium bars and the 9,600 red "
            "pills in a car. The Pa Thơm Border Post seized 48 bars of heroin in June.")
    figs = _figures(text, [("Nậm Kè Border Post", NAM_KE, 0), ("Pa Thơm Border Post", PA_THOM,
                                                                 0)])
    got = [(f.value, f.unit, len(f.to_row()["quotes"])) for f in figs]
    assert got == [(48, "bars", 2), (9600, "pills", 2), (48, "bars", 1)]


def test_the_same_value_of_another_unit_is_not_pointed_back_to():
    text = ("The Nậm Kè Border Post made 30 patrols in May.\n\nThe post then repaired the 30 km "
            "of road to the border.")
    figs = _figures(text, [("Nậm Kè Border Post", NAM_KE, 0)])
    assert [(f.value, f.unit) for f in figs] == [(30, "patrols"), (30, "km")]


def test_a_repeat_with_fewer_words_before_its_noun_is_the_same_fact():
    # added 2026-12-04 (tenth session), after round 57's year-end review: "the 27 border
    # communes" then "27 communes"; but "3 former communes" are not "3 communes"
    text = ("The Command said 315 drug addicts from the 27 border communes were sent to "
            "rehabilitation centres.\n\nThe province's border runs across 27 communes of four "
            "districts.\n\nThe new commune took in 3 former communes; the district now has 3 "
            "communes.")
    got = [(f.value, f.subject, len(f.to_row()["quotes"])) for f in _figures(text)]
    assert (27, "border communes", 2) in got and not any(v == 27 and n == 1 for v, _, n in got)
    assert (3, "former communes", 1) in got and (3, "communes", 1) in got
