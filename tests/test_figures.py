"""Figures in sentences: what is one, what is not (geo.figures.extract)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from _figures_fixtures import article_of

from geo.figures.extract import extract_figures
from geo.model import Span

VALID = [
    # sentence, [(value, unit, qualifier, subject), ...]
    ("The post conducted 2,650 patrols.", [(2650, "patrols", None, "patrols")]),
    ("Seized: 1,220,030 synthetic drug tablets.",
     [(1220030, "tablets", None, "synthetic drug tablets")]),
    ("Residents self-manage 408.616 kilometers of border.", [(408.616, "km", None, "border")]),
    ("It manages 455.573km of border.", [(455.573, "km", None, "border")]),
    ("Seized 59.7kg of heroin and 21.374kg of opium.",
     [(59.7, "kg", None, "heroin"), (21.374, "kg", None, "opium")]),
    ("It protects 24km of national border.", [(24, "km", None, "border")]),
    ("They mobilised VND 17.4 billion.", [(17400000000, "VND", None, "funds")]),
    ("The value of agricultural production per capita reached over VND 1.36 million/year.",
     [(1360000, "VND", "over", "agricultural production")]),
    ("The province has nearly 3,400 households.", [(3400, "households", "nearly",
                                                    "households")]),
    ("It has over 4,400 individuals.", [(4400, "individuals", "over", "individuals")]),
    ("Members oversee more than 1,600 households.",
     [(1600, "households", "more than", "households")]),
    ("Results showed 100% of trainees meeting requirements.", [(100, "%", None, "trainees")]),
    ("In all, 99.25% of troops met health standards.", [(99.25, "%", None, "troops")]),
    ("The commune has five border markers (from markers 107 to 111).",
     [(5, "markers", None, "border markers")]),
    ("Then eight officers joined.", [(8, "officers", None, "officers")]),
    ("They visit the two communes of Si Pa Phìn and Chà Nưa.",
     [(2, "communes", None, "communes")]),
    ("There are 302 groups of 1,682 members.",
     [(302, "groups", None, "groups"), (1682, "members", None, "members")]),
    ("They persuaded 30 households (180 individuals) to renounce the cult.",
     [(30, "households", None, "households"), (180, "individuals", None, "individuals")]),
    ("It held 36 provincial-level and 217 post-level meetings.",
     [(36, "meetings", None, "provincial-level meetings"),
      (217, "meetings", None, "post-level meetings")]),
    ("Nearly a dozen officers and soldiers came.",
     [(12, "officers and soldiers", "nearly", "officers and soldiers")]),
    ("Twenty-five households moved.", [(25, "households", None, "households")]),
    ("The plant will add about 120 MW.", [(120, "MW", "about", "capacity")]),
    ("Up to 40 families received rice.", [(40, "families", "up to", "families")]),
    ("At least 12 suspects were arrested.", [(12, "suspects", "at least", "suspects")]),
    ("Approximately 300 soldiers joined.", [(300, "soldiers", "approximately", "soldiers")]),
    ("Around 50 houses were built.", [(50, "houses", "around", "houses")]),
    ("Each household receives 20kg of rice per month.", [(20, "kg", None, "rice")]),
    ("They deployed 1 patrol.", [(1, "patrol", None, "patrol")]),
]


def _figures(sentence, **kw):
    return extract_figures(article_of(sentence, **kw), [])


@pytest.mark.parametrize(("sentence", "expected"), VALID, ids=[v[0][:40] for v in VALID])
def test_valid_figures(sentence, expected):
    figures = _figures(sentence)
    assert [(f.value, f.unit, f.qualifier, f.subject) for f in figures] == expected
    for f in figures:
        assert sentence[f.start:f.end] == f.quote


def test_range_keeps_low_and_high():
    (f,) = _figures("The hydropower capacity will reach 2,500 - 3,000MW by 2030.")
    assert (f.value, f.value_high, f.unit) == (2500, 3000, "MW")


INVALID = [
    "In 2024, the province celebrated.",
    "On August 31, the post held a ceremony.",
    "Published on 28 September 2018.",
    "Friday, September 20, 2024, 08:32 (GMT+7)",
    "In implementing Directive 01/CT-TTg from the Prime Minister.",
    "In line with Decree No.03/2019/NĐ-CP on cooperation.",
    "Under Resolution 33-NQ/TW dated 28 September 2018.",
    "Directive 09-CT/TW and Conclusion 44-KL/TW apply.",
    "Implementing Resolution No.4 (12th and 13th terms) on Party building.",
    "Resolution No.57-NQ/TW dated December 22, 2024, applies.",
    "Officers joined the councils for the 2021-2026 term.",
    "Objectives for the 2025-2030 term were set.",
    "During the 2020-2025 period, the economy grew.",
    "Between 2020-2025, the Command led the work.",
    "It prepared for the 70th anniversary of the victory.",
    "Youths look to the 14th National Congress.",
    "It was evaluated by Military Region 2 as excellent.",
    "Directives from Military Zone 2 arrived.",
    "Soldiers of Border Company 163 joined.",
    "Military Region 2’s Command issued plans.",
    "With the motto of “3 stays, 4 togethers,” officers live in villages.",
    "The man, aged 45, was arrested.",
    "The woman is 38 years old.",
    "Patrols reached markers 107 to 111.",
    "Marker 79 stands on the ridge.",
    "She has raised her eight children for over seven years.",
    "Over the past five years, the force grew.",
    "The two-level local government model applies.",
    "The “Four-Good Cell” model was kept.",
    "Along the two sides of the border.",
    "Trade between the two countries grew.",
    "A granite pillar marks the meeting of the three borders.",
    "It is one of many activities.",
    "He remembers 1979 well.",
    "Cases rose after COVID-19 spread.",
    "The first, second and third phases.",
]


@pytest.mark.parametrize("sentence", INVALID, ids=[s[:40] for s in INVALID])
def test_not_figures(sentence):
    assert _figures(sentence) == []


VAGUE = [
    ("Thousands of officers and soldiers conduct missions.", "officers and soldiers"),
    ("This involved thousands of individuals, households, and communities.", "individuals"),
    ("Hundreds of households are still at risk.", "households"),
    ("Tens of thousands of gifts were given.", "gifts"),
]


@pytest.mark.parametrize(("sentence", "subject"), VAGUE)
def test_vague_quantities_are_marked_and_have_no_value(sentence, subject):
    (f,) = _figures(sentence)
    assert f.vague and f.value is None and f.subject == subject


PERIODS = [
    ("Between 2020-2025, the Command conducted 2,650 patrols.", "2020-2025"),
    ("During the 2020-2025 period, the province deployed 300 troops.", "2020-2025"),
    ("In the period of 2023 - 2025, it held 12 meetings.", "2023-2025"),
    ("Each household receives 20kg of rice per month.", "per month"),
    ("Production reached VND 1.36 million/year.", "per year"),
    ("Farmers harvest 300 tonnes annually.", "per year"),
    ("Eight officers are part of the People’s Councils for the 2021-2026 term.",
     "2021-2026 term"),
    ("In 2023, the post conducted 120 patrols.", "2023"),
    ("Over the past five years, the force mobilised VND 17.4 billion.", "past five years"),
    ("The post conducted 120 patrols.", None),
]


@pytest.mark.parametrize(("sentence", "period"), PERIODS)
def test_period(sentence, period):
    (f,) = _figures(sentence)
    assert f.period == period


def test_framing_period_holds_for_later_paragraphs_until_another():
    text = ("Between 2020-2025, the Command conducted 2,650 patrols.\n\n"
            "It also seized 59.7kg of heroin.\n\n"
            "During the 2015-2020 period, it held 40 meetings.")
    assert [f.period for f in _figures(text)] == ["2020-2025", "2020-2025", "2015-2020"]


def test_term_holds_only_for_its_own_clause():
    text = ("Four commanders sit on the boards, 29 officers hold roles, and eight officers are "
            "part of the People’s Councils for the 2021-2026 term. Additionally, 83 members "
            "take part.")
    assert [f.period for f in _figures(text)] == [None, None, "2021-2026 term", None]


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    ("On August 31, the post helped 30 households.", "2024-09-20", "2024-08-31"),
    ("On July 30, nearly a dozen officers helped.", "2025-08-05", "2025-07-30"),
    ("On July 30, nearly a dozen officers helped.", None, None),
    ("On December 30, 40 officers helped.", "2025-01-10", "2024-12-30"),
    ("On 9 January 2015, 40 officers helped.", "2025-01-10", "2015-01-09"),
    ("Nearly a dozen officers helped.", "2025-08-05", None),
    # a range of days is a date, not a figure (added 2026-12-03, fifth session)
    ("On 1-3 November, 40 officers patrolled.", "2025-12-10", "2025-11-01"),
    ("From November 10 to 14, 40 officers patrolled.", "2025-12-10", "2025-11-10"),
    # a date inside an aside about a place named before is not its sentence's
    ("In Thanh Yên commune, which took in Pa Thơm commune on July 1, 40 officers "
     "patrolled.", "2025-12-10", None),
])
def test_date_from_sentence_and_article_year(sentence, date, expected):
    (f,) = _figures(sentence, date=date)
    assert f.date == expected


def test_only_the_body_is_searched():
    text = "Title with 99 patrols\n\nBody: the post conducted 12 patrols.\n\nRecent: 77 houses"
    start = text.index("Body")
    end = text.index("\n\nRecent")
    figures = _figures(text, body=(start, end))
    assert [f.value for f in figures] == [12]


def test_empty_body_gives_nothing():
    assert extract_figures(article_of("12 patrols", body=(0, 0)), []) == []


def test_nfd_text_gives_the_same_figures_with_exact_quotes():
    nfc = ("Ở xã Pa Thơm, đồn Biên phòng conducted 2,650 patrols; the Điện Biên command "
           "seized 59.7kg of heroin; 1,220,030 viên synthetic drug tablets.")
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = _figures(nfc), _figures(nfd)
    assert [(f.value, f.unit, f.subject) for f in a] == [(f.value, f.unit, f.subject) for f in b]
    assert [f.subject for f in a][-1] == "viên synthetic drug tablets"
    assert all(nfd[f.start:f.end] == f.quote for f in b)


def test_figure_row_is_the_cli_contract():
    (f,) = _figures("Between 2020-2025, the Command conducted over 2,650 patrols.")
    d = f.to_row()
    assert list(d)[:12] == ["article", "quote", "start", "end", "value", "unit", "subject",
                            "theme", "qualifier", "period", "place_id", "place_name"]
    assert d["value"] == 2650 and d["qualifier"] == "over" and d["period"] == "2020-2025"
    assert d["theme"] == "patrols" and d["quote"] == "over 2,650 patrols"
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_sentence_span_is_recorded():
    text = "First sentence here. The post conducted 12 patrols. Last one."
    (f,) = _figures(text)
    assert text[f.sentence.start:f.sentence.end] == "The post conducted 12 patrols."
    assert f.sentence == Span(21, 51)


def test_figures_csv_columns_are_the_figure_row():
    """The CSV and the CLI share one row layout: every CSV column is a row field, and back."""
    from geo.export import FIGURE_COLUMNS

    (f,) = _figures("The post conducted 12 patrols.")
    assert sorted(FIGURE_COLUMNS) == sorted(f.to_row())


@pytest.mark.parametrize(("text", "expected"), [
    # fifteenth session, round 106's timeline: the noun before a verb in the present, as
    # timelines and headlines write ("Visitors reach 4,100"), and "X numbers" counting Xs
    ("2019: Visitors reach 4,100 as the road opens.", (4100, "visitors")),
    ("2018: Visitor numbers pass 2,500 a year.", (2500, "visitors")),
    ("Seizures of heroin totals 3 tonnes.", (3, "tonnes")),  # its own unit stays
    # a sentence opening on the noun is read whole ("Crossings", not "rossings")
    ("Crossings reached 68,900 last year.", (68900, "crossings")),
])
def test_a_noun_before_a_verb_of_reaching_counts_the_number_after(text, expected):
    assert expected in {(f.value, f.unit) for f in _figures(text)}


@pytest.mark.parametrize(("page", "expected"), [
    # fifteenth session, round 108: "- 165 pupils in X;\n- 148 in Y" (the noun said once)
    ("Scholarships for border pupils\n\nĐBP - The fund gave scholarships to border pupils "
     "this year, officials said on Monday.\n\nThe scholarships went to:\n\n- 165 pupils in "
     "Muong Nhe District;\n- 148 in Nam Po District, mostly from Na Hy;\n- 42 in Muong Cha "
     "District.\n", {(148, "pupils", "Nậm Pồ"), (42, "pupils", "Mường Chà")}),
    # round 109: "- Điện Biên Phủ city: 135 recruits;" then "- Tuần Giáo district: 170;" (the
    # place as each item's label)
    ("Recruits leave for the army\n\nĐiện Biên (VNA) – Localities of Điện Biên held ceremonies "
     "to send off young people joining the army.\n\nThe ceremonies were held in all "
     "districts:\n\n- Điện Biên Phủ city: 135 recruits, at the Him Lam ward cultural centre;"
     "\n- Tuần Giáo district: 170;\n- Mường Nhé district: 150.\n",
     {(170, "recruits", "Tuần Giáo"), (150, "recruits", "Mường Nhé")}),
])
def test_a_bullets_bare_number_counts_the_bullet_befores_noun(gaz, page, expected):
    from geo.pipeline import process_article
    from geo.reading.articles import parse_article
    got = {(f.value, f.unit, f.place_name)
           for f in process_article(parse_article(page, article_id="a"), gaz).figures}
    assert expected <= got


def test_a_part_of_a_named_whole_before_a_modal_verb_counts_its_noun():
    # fifteenth session, round 109: "Of the new recruits, 1,190 will serve in the army"
    got = {(f.value, f.unit) for f in _figures(
        "Of the new recruits, 1,190 will serve in the army and 160 in the police.")}
    assert (1190, "recruits") in got
