"""Tables written as text (geo.text.tables), their figures and the kinds their columns give.

Every table here was written for this test; the expected figures and places
come from reading each table as a reader does: a row's numbers are its
label's, a total row is the province's, the header says what is counted.
"""

from __future__ import annotations

from geo.figures.extract import extract_figures
from geo.mentions.find import find_mentions
from geo.model import Article, Span
from geo.pipeline import process_article
from geo.reading.read import read_article
from geo.text.tables import find_tables

TABBED = (
    "Border guards of Điện Biên province reviewed their first quarter of 2024: 31 drug cases "
    "in all.\n\n"
    "Table 2. Results by post, first quarter of 2024\n"
    "No.\tPost\tCases\tSuspects\tOpium (kg)\tNote\n"
    "1\tNậm Kè\t12\t15\t2.5\tjoint case\n"
    "2\tPa Thơm\t7\t9\t0.8\t\n"
    "3\tNà Bủng\t12\t14\t1.25\t\n"
    "\tTotal\t31\t38\t4.55\n\n"
    "The command will add officers to the posts facing Laos.\n"
)

ALIGNED = (
    "The provincial report gives the patrols of four districts.\n\n"
    "   District          Patrols      Households\n"
    "                                  helped\n"
    "   Mường Nhé           1,214              31\n"
    "   Nậm Pồ                987              44\n"
    "   Mường Chà             296               9\n\n"
    "Source: the provincial Border Guard Command.\n"
)


def _article(text: str, date: str = "2024-04-02") -> Article:
    return Article("t", text, body=Span(0, len(text)), date=date)


def _triples(text: str, gaz, date: str = "2024-04-02") -> set[tuple]:
    """Return the (value, unit, place) of every figure of *text*."""
    article = _article(text, date)
    return {(f.value, f.unit, f.place_name)
            for f in extract_figures(article, find_mentions(article, gaz))}


def test_a_tabbed_table_and_an_aligned_one_with_a_header_on_two_lines():
    (t,) = find_tables(TABBED)
    assert [c.text for c in t.header] == ["No.", "Post", "Cases", "Suspects", "Opium (kg)",
                                          "Note"]
    assert t.header[t.label].text == "Post" and t.caption.startswith("Table 2.")
    assert [t.header[c].text for c in t.measures] == ["Cases", "Suspects", "Opium (kg)"]
    assert [r[t.label].text for r in t.rows] == ["Nậm Kè", "Pa Thơm", "Nà Bủng", "Total"]
    assert t.rows[-1][-1].text == ""  # the total row stops early: its cells keep their columns
    (a,) = find_tables(ALIGNED)
    assert [c.text for c in a.header] == ["District", "Patrols", "Households helped"]
    assert [r[a.label].text for r in a.rows] == ["Mường Nhé", "Nậm Pồ", "Mường Chà"]


def test_prose_lists_and_flattened_tables_are_no_tables():
    assert find_tables("Nậm Kè 12 cases, Pa Thơm 7 cases and Nà Bủng 12 cases.\n") == []
    flat = "No. Post Cases Suspects\n1 Nậm Kè 12 15\n2 Pa Thơm 7 9\n"
    assert find_tables(flat) == []  # single spaces: the cells cannot be told apart
    spaced = "He said:  yes.  Then  no.\nShe said:  maybe.  Then  yes.\n"
    assert find_tables(spaced) == []  # no header of words over rows of numbers


def test_the_names_under_a_post_header_are_posts_and_under_a_district_header_districts(gaz):
    found = {(m.surface, m.kind) for m in find_mentions(_article(TABBED), gaz)}
    assert {("Nậm Kè", "border_post"), ("Pa Thơm", "border_post"),
            ("Nà Bủng", "border_post")} <= found
    found = {(m.surface, m.kind) for m in find_mentions(_article(ALIGNED), gaz)}
    assert {("Mường Nhé", "district"), ("Nậm Pồ", "district"), ("Mường Chà", "district")} <= found


def test_each_number_of_a_row_is_its_posts_and_the_total_the_provinces(gaz):
    article = _article(TABBED)
    figures = extract_figures(article, find_mentions(article, gaz))
    got = {(f.value, f.unit, f.place_name) for f in figures}
    assert {(12, "cases", "Nậm Kè Border Post"), (15, "suspects", "Nậm Kè Border Post"),
            (2.5, "kg", "Nậm Kè Border Post"), (7, "cases", "Pa Thơm Border Post"),
            (0.8, "kg", "Pa Thơm Border Post"), (12, "cases", "Nà Bủng Border Post"),
            (1.25, "kg", "Nà Bủng Border Post"), (38, "suspects", "Điện Biên"),
            (4.55, "kg", "Điện Biên")} <= got
    opium = next(f for f in figures if f.value == 2.5)
    assert opium.subject == "opium" and opium.theme == "drugs_crime" and opium.quote == "2.5"
    # the total "31" restates the lead's "31 drug cases": one figure with two quotes
    (total,) = [f for f in figures if f.value == 31]
    assert total.place_name == "Điện Biên" and len(total.quotes) == 2
    assert not any(f.value in (1, 2, 3) for f in figures)  # row numbers are no figures


def test_a_header_on_two_lines_names_what_is_counted(gaz):
    got = _triples(ALIGNED, gaz)
    assert {(1214, "patrols", "Mường Nhé"), (44, "households", "Nậm Pồ"),
            (9, "households", "Mường Chà")} <= got


BARRED = (
    "The merger left the province with fewer, larger border communes.\n\n"
    "New commune | merged from | area (km2) | population\n"
    "Quảng Lâm | Quảng Lâm, Na Cô Sa | 233.25 | 12,980\n"
    "Nà Hỳ | Nà Hỳ, Nà Khoa, Nậm Nhừ | 275.64 | 21,407\n\n"
    "| Post | Patrols | Cases |\n"
    "|---|---:|---:|\n"
    "| Nậm Kè | 112 | 9 |\n"
    "| Pa Thơm | 87 | 4 |\n"
)


def test_bar_separated_and_markdown_tables_are_read(gaz):
    bar, md = find_tables(BARRED)
    assert [c.text for c in bar.header] == ["New commune", "merged from", "area (km2)",
                                            "population"]
    assert [r[bar.label].text for r in bar.rows] == ["Quảng Lâm", "Nà Hỳ"]
    assert [r[md.label].text for r in md.rows] == ["Nậm Kè", "Pa Thơm"]  # the rule skipped
    got = _triples(BARRED, gaz, date="2025-09-01")
    assert {(12980, "people", "Quảng Lâm"), (21407, "people", "Nà Hỳ"),
            (112, "patrols", "Nậm Kè Border Post"), (4, "cases", "Pa Thơm Border Post")} <= got
    # a sentence with bars in it is no table
    assert find_tables("Trade | logistics | border news from Điện Biên\n") == []


LEGEND = (
    "The provincial Border Guard reviewed the dry season.\n\n"
    "Results by post (patrols / cases / opium seized):\n\n"
    "- Nậm Kè Border Post: 41 / 3 / 1.2 kg\n"
    "- Pa Thơm Border Post: 37 / 2 / 0.4 kg\n\n"
    "Merged communes (area; population):\n"
    "Quảng Lâm (from Quảng Lâm and Na Cô Sa): 390.4 sq.km; 13,205\n"
    "Nà Bủng (from Nà Bủng and Vàng Đán): 195.3 sq.km; 8,214\n"
)


def test_a_list_under_a_legend_of_its_fields_is_read_as_a_table(gaz):
    posts, communes = find_tables(LEGEND)
    assert [c.text for c in posts.header] == ["Results by post", "patrols", "cases",
                                              "opium seized"]
    assert [r[0].text for r in posts.rows] == ["Nậm Kè Border Post", "Pa Thơm Border Post"]
    assert [r[0].text for r in communes.rows] == ["Quảng Lâm", "Nà Bủng"]
    got = _triples(LEGEND, gaz, date="2025-09-01")
    assert {(41, "patrols", "Nậm Kè Border Post"), (3, "cases", "Nậm Kè Border Post"),
            (0.4, "kg", "Pa Thơm Border Post"), (13205, "people", "Quảng Lâm"),
            (195.3, "km2", "Nà Bủng")} <= got
    # a legend over prose, or items with another number of values, is no table
    assert find_tables("Figures (cases / suspects):\nThe post handled many cases.\n") == []
    assert find_tables("Results (cases / suspects):\nA: 4 / 5 / 6\nB: 1 / 2 / 3\n") == []


PRESS_RELEASE = (
    "Results by border commune in 2025:\n\n"
    "| Border commune | Responsible border post(s) | Households supported | Drug cases |\n"
    "|---|---|---:|---:|\n"
    "| Sín Thầu | A Pa Chải, Sen Thượng, Leng Su Sìn | 312 | 6 |\n"
    "| Mường Nhé | Mường Nhé | 268 | 9 |\n"
    "| Quảng Lâm | Na Cô Sa | 185 | 11 |\n"
)


def test_a_column_headed_by_a_kind_types_its_names_whatever_column_it_is(gaz):
    # (added 2026-12-03, sixth session, after round 38's press release: the posts were read
    # as the communes of their names)
    found = {(m.surface, m.kind) for m in find_mentions(_article(PRESS_RELEASE, "2025-12-30"),
                                                         gaz)}
    assert {("A Pa Chải", "border_post"), ("Sen Thượng", "border_post"),
            ("Leng Su Sìn", "border_post"), ("Na Cô Sa", "border_post"),
            ("Sín Thầu", "commune"), ("Quảng Lâm", "commune")} <= found
    assert ("Mường Nhé", "border_post") in found and ("Mường Nhé", "commune") in found


DISTRICT_COMMUNE = (
    "Field update, third quarter.\n\n"
    "| District | Commune | Children weighed | Latrines built |\n"
    "|---|---|---|---|\n"
    "| Muong Nhe | Leng Su Sin | 188 | 3 |\n"
    "| Nam Po | Na Hy | 455 | 7 |\n"
    "| Muong Cha | Ma Thi Ho | 409 | 5 |\n"
)


def test_a_row_naming_a_district_and_its_commune_is_the_communes(gaz):
    # added 2026-12-06 (twenty-sixth session), after round 201's NGO table: the district in
    # the label column holds the commune named beside it; the row is the commune's
    got = _triples(DISTRICT_COMMUNE, gaz, date="2017-10-20")
    assert {(188, "children", "Leng Su Sìn"), (7, "latrines", "Nà Hỳ"),
            (409, "children", "Ma Thì Hồ")} <= got
    # a post named beside its commune leaves the row the commune's (round 164's table)
    posts = ("Border communes after the merger.\n\n| Commune | Border post | Border (km) |\n"
             "|---|---|---|\n| Nà Hỳ | Nà Hỳ Border Post | 38.21 |\n"
             "| Nà Bủng | Nà Bủng Border Post | 36.045 |\n")
    assert (38.21, "km", "Nà Hỳ") in _triples(posts, gaz, date="2025-09-01")


def test_a_row_of_the_rest_is_the_provinces(gaz):
    # added 2026-12-06 (twenty-sixth session), after round 207's survey: "Other districts"
    # names no place; what the named rows leave is the province's, as a total is (not the
    # place of the first row, the table's first words)
    survey = ("Malaria in Điện Biên province, 2017.\n\n"
              "| District | Confirmed cases | Men |\n|---|---|---|\n"
              "| Mường Nhé | 128 | 104 |\n| Nậm Pồ | 201 | 187 |\n"
              "| Other districts | 24 | 20 |\n")
    got = _triples(survey, gaz, date="2018-03-01")
    assert {(128, "cases", "Mường Nhé"), (24, "cases", "Điện Biên"),
            (20, "men", "Điện Biên")} <= got
    others = _triples(survey.replace("Other districts", "Others"), gaz, date="2018-03-01")
    assert (24, "cases", "Điện Biên") in others


SCALED = (
    "Trade through the gates of Điện Biên province, 2025.\n\n"
    "Gate | Goods (thousand tonnes) | Value (US$ million) | Fees (billion VND)\n"
    "Tây Trang | 281.3 | 94.6 | 118.7\n"
    "Huổi Puốc | 77.9 | 24.1 | 21.5\n"
)


def test_a_scale_in_a_headers_bracketed_unit_multiplies_its_numbers(gaz):
    # added 2026-12-04 (seventh session), after round 39's first sight: "94.6" under
    # "Value (US$ million)" is US$94.6 million, not the bare number 94.6
    got = _triples(SCALED, gaz)
    assert {(94_600_000, "USD", "Tây Trang International Border Gate"),
            (24_100_000, "USD", "Huổi Puốc Border Gate"),
            (281_300, "tonnes", "Tây Trang International Border Gate"),
            (21_500_000_000, "VND", "Huổi Puốc Border Gate")} <= got
    assert not any(value in (94.6, 24.1, 281.3) for value, _, _ in got)


BY_YEAR = (
    "Heroin seizures in the provinces bordering Laos fell again in 2023.\n\n"
    "**Table 3. Heroin seized (kg) by border province, 2020-2023**\n\n"
    "| Province | 2020 | 2021 | 2022 | 2023 |\n"
    "|---|---:|---:|---:|---:|\n"
    "| Điện Biên | 298.6 | 263.1 | 221.7 | 184.9 |\n"
    "| Sơn La | 512.3 | 468.9 | 431.2 | 372.5 |\n"
    "| **Total** | **810.9** | **732.0** | **652.9** | **557.4** |\n\n"
    "Table 4. Methamphetamine tablets seized (million), selected provinces\n\n"
    "| Province | 2022 | 2023 | Change |\n"
    "|---|---:|---:|---:|\n"
    "| Bokeo | 96.2 | 118.5 | +23% |\n"
    "| Phongsaly | 4.8 | 7.3 | +52% |\n"
)


def test_a_header_of_years_takes_what_is_counted_from_the_caption(gaz):
    # added 2026-12-04 (seventh session), after round 40's first sight: a Markdown table
    # whose columns are years, its caption in bold, its total in bold
    article = _article(BY_YEAR, "2024-06-14")
    figs = extract_figures(article, find_mentions(article, gaz))
    got = {(f.value, f.unit, f.place_name, f.period) for f in figs}
    assert {(298.6, "kg", "Điện Biên", "2020"), (184.9, "kg", "Điện Biên", "2023"),
            (512.3, "kg", "Sơn La", "2020"), (4_800_000, "tablets", "Phongsaly", "2022"),
            (7_300_000, "tablets", "Phongsaly", "2023"), (52, "%", "Phongsaly", None)} <= got
    assert {f.value for f in figs if f.scope_reason.startswith("table total")} >= {
        810.9, 732.0, 652.9, 557.4}
    # a province the gazetteer lacks ("Bokeo") gives its row no place, not the paragraph's
    bokeo = [f for f in figs if f.value in (96_200_000, 118_500_000, 23)]
    assert len(bokeo) == 3 and all(f.place_name is None for f in bokeo), bokeo
    assert not any(f.value in (2020, 2021, 96.2) for f in figs)


def test_a_participle_and_or_after_a_headers_noun_are_not_its_unit(gaz):
    text = ("The command reviewed its year.\n\n"
            "| Commune | Houses built or repaired | Households supported |\n"
            "|---|---:|---:|\n| Sín Thầu | 41 | 312 |\n| Nậm Kè | 29 | 240 |\n")
    assert {(41, "houses", "Sín Thầu"), (240, "households", "Nậm Kè")} <= _triples(text, gaz)


# --- added 2026-12-04 (ninth session), after rounds 44 and 50


TWO_COLUMNS = (
    "The project's spending in Điện Biên was reviewed in March.\n\n"
    "Table 3. Spending by commune, 2017-2019 (USD)\n\n"
    "   Commune                         Spending (USD)\n"
    "   Sín Thầu                              58,200\n"
    "   Nậm Kè                                44,900\n"
    "   Total                                103,100\n\n"
    "Table 4: Estimated cost\n\n"
    "Item                           $ million\n"
    "Road works                          4.15\n"
    "Resettlement                        0.35\n"
)


def test_a_two_column_table_under_its_caption_is_read_and_an_unbracketed_unit_scales(gaz):
    tables = find_tables(TWO_COLUMNS)
    assert [[r[t.label].text for r in t.rows] for t in tables] == [
        ["Sín Thầu", "Nậm Kè", "Total"], ["Road works", "Resettlement"]]
    got = _triples(TWO_COLUMNS, gaz)
    assert {(58200, "USD", "Sín Thầu"), (44900, "USD", "Nậm Kè")} <= got
    assert {(v, u) for v, u, _ in got} >= {(4150000, "USD"), (350000, "USD")}  # "$ million"


def test_two_columns_without_a_caption_are_no_table():
    text = ("Border posts and their soldiers:\n\n"
            "   Nậm Kè Border Post                    44\n"
            "   Pa Thơm Border Post                   38\n"
            "   Si Pa Phìn Border Post                41\n")
    assert find_tables(text) == []


# --- added 2026-12-04 (eleventh session), after round 63's customs report

BY_GATE = (
    "Trade through Điện Biên's gates rose in the first quarter.\n\n"
    "Turnover by border gate, first quarter of 2023 (USD thousand)\n\n"
    "Month | Tay Trang | Huoi Puoc | A Pa Chai\n"
    "January | 3,915 | 402 | 118\n"
    "February | 4,276 | 611 | 96\n"
    "Total | 8,191 | 1,013 | 214\n\n"
    "Source: Dien Bien Customs Sub-department\n"
)


def test_columns_headed_by_places_take_their_measure_and_unit_from_the_caption(gaz):
    # a caption line that ends on its unit, over a table whose columns are gates: each
    # number is its column's, in thousands of dollars; a column's total is its own
    got = _triples(BY_GATE, gaz)
    assert {(3_915_000, "USD", "Tây Trang International Border Gate"),
            (611_000, "USD", "Huổi Puốc Border Gate"),
            (118_000, "USD", "A Pa Chải Border Gate"),
            (8_191_000, "USD", "Tây Trang International Border Gate")} <= got
    assert not any(value in (3915, 402, 8191) for value, _, _ in got)


PLAN = (
    "The provincial People's Committee has adopted a plan for the border communes of Điện Biên "
    "for 2026-2030, with money for roads, water and power.\n\n"
    "The plan allocates VND 1.12 trillion for 2026-2027 to the communes with the largest "
    "needs:\n\n"
    "Commune | 2026-2027 (VND billion) | Main items\n"
    "Sín Thầu | 186 | Road to Marker 0; water for Tá Miếu village\n"
    "Nậm Kè | 118 | Resettling 64 households at landslide risk\n"
    "Nà Hỳ | 131 | Grid power for 9 villages\n"
    "Nà Bủng | 127 | Road to the Nà Bủng – Lao Phu Chai crossing\n\n"
    "The communes will report on the work every six months.\n"
)


def test_a_period_over_its_unit_heads_money_and_a_rows_words_are_read_as_text(gaz):
    # twelfth session, round 72's plan: "2026-2027 (VND billion)" is what the column counts
    # and when; the row's "Main items" are text whose figures are the row's commune's
    figures = extract_figures(_article(PLAN, "2025-12-11"), find_mentions(
        _article(PLAN, "2025-12-11"), gaz))
    got = {(f.value, f.unit, f.place_name, f.period) for f in figures}
    assert {(186_000_000_000, "VND", "Sín Thầu", "2026-2027"),
            (118_000_000_000, "VND", "Nậm Kè", "2026-2027"),
            (127_000_000_000, "VND", "Nà Bủng", "2026-2027")} <= got
    assert {(f.value, f.unit, f.place_name) for f in figures} >= {
        (64, "households", "Nậm Kè"), (9, "villages", "Nà Hỳ")}


def test_a_box_of_facts_and_a_list_of_counts_by_place_are_read_as_tables(gaz):
    # thirteenth session, rounds 73 and 78: "Label: number" lines count what the label
    # names; a list of "Place: number" items under "... by district:" counts what the
    # legend names, each for its item's place; a number followed by a noun is running text
    text = ("The Nậm Pồ district Border Guard reviewed ten years of work on Monday.\n\n"
            "The force in figures, 2015-2025\n\n"
            "Houses built for poor households: 312 (VND 14.6 billion)\n"
            "Children sponsored: 87\n"
            "Drug cases handled: 640, with 702 suspects\n"
            "Views: 1,204\n\n"
            "Drug users in treatment by commune:\n\n"
            "• Nà Hỳ: 41\n"
            "• Nà Bủng: 29\n"
            "• Chà Cang and Nà Khoa: 33 together\n\n"
            "Damage by commune:\n\n"
            "- Nà Hỳ: 12 houses damaged and 3 ha of rice lost;\n"
            "- Vàng Đán: 4 houses damaged.\n")
    got = _triples(text, gaz, "2025-03-03")
    values = {(v, u) for v, u, _ in got}
    assert {(312, "houses"), (87, "children"), (640, "cases"), (702, "suspects")} <= values
    assert {(41, "Nà Hỳ"), (29, "Nà Bủng"), (33, "Chà Cang")} <= {(v, p) for v, _, p in got}
    assert (1204, "views") not in values and not any(v == 1204 for v, _ in values)
    assert {(12, "houses"), (4, "houses"), (3, "ha")} <= values  # running text, once each
    assert sum(v == 12 for v, _ in values) == 1


def test_a_column_of_sums_of_money_is_a_measure(gaz):
    # thirteenth session, round 78: "VND 700,000" cells are the column's figures
    text = ("The posts sponsor pupils in the new communes.\n\n"
            "Post | Pupils | Support per month\n"
            "Nà Bủng | 38 | VND 700,000\n"
            "Nậm Kè | 31 | VND 500,000\n"
            "Si Pa Phìn | 26 | VND 600,000\n"
            "Mường Nhà | 12 | 900,000 dong\n")
    got = _triples(text, gaz, "2026-01-14")
    assert {(700_000, "VND", "Nà Bủng Border Post"), (500_000, "VND", "Nậm Kè Border Post"),
            (600_000, "VND", "Si Pa Phìn Border Post"), (900_000, "VND", "Mường Nhà Border Post")
            } <= got


def test_a_caption_row_of_an_html_table_made_markdown_gives_the_year_columns_their_unit(gaz):
    # thirteenth session, round 79's UNDCP report: the caption is the table's first row, the
    # columns are years; a header ending in a year and a participle counts its first noun
    text = ("The table shows the poppy area by district.\n\n"
            "| Table 1. Opium poppy area (hectares) and households growing poppy, by district |"
            "  |  |  |\n|---|---|---|---|\n"
            "| District | 1993 | 2000 | Households growing poppy, 2000 |\n|---|---|---|---|\n"
            "| Muong Te | 3,260 | 410 | 1,020 |\n| Tua Chua | 2,100 | 140 | 350 |\n")
    got = _triples(text, gaz, "2001-06-26")
    assert {(3260, "ha", "Mường Tè"), (410, "ha", "Mường Tè"), (1020, "households", "Mường Tè"),
            (2100, "ha", "Tủa Chùa")} <= got


def test_a_numbered_box_of_facts_counts_what_its_labels_name(gaz):
    # fifteenth session, round 107: "1. Label: number" items, numbered instead of bulleted
    text = ("The provincial Border Guard reviewed its work on family papers in 2025.\n\n"
            "By the numbers:\n\n"
            "1. Cross-border marriages registered with border guards' help: 186.\n"
            "2. Children helped to obtain birth certificates: 433.\n"
            "3. Family reunions organised: 21.\n")
    values = {(v, u) for v, u, _ in _triples(text, gaz, "2026-01-23")}
    assert {(186, "marriages"), (433, "children"), (21, "reunions")} <= values


def test_rows_of_what_is_counted_under_columns_of_years(gaz):
    # fifteenth session, round 109: "People | 1,900 | 2,300" under "Means | 2018 | 2023":
    # the row's label says what its numbers count; a row naming a place stays the place's
    text = ("Điện Biên province concluded its defence zone exercise on Friday.\n\n"
            "Means mobilised by the provincial exercises:\n\n"
            "Means | 2018 | 2023\nPeople | 1,900 | 2,300\nVehicles | 126 | 180\n"
            "Heroin (kg) | 12 | 15\n\nThe scenario centred on the western border.\n")
    values = {(v, u) for v, u, _ in _triples(text, gaz, "2023-09-23")}
    assert {(1900, "people"), (2300, "people"), (126, "vehicles"), (180, "vehicles"),
            (12, "kg"), (15, "kg")} <= values


def test_rows_of_years_read_each_measure_for_its_year(gaz):
    # eighteenth session, round 124 (and rounds 76, 89 and 118's golds): "Year | Persons |
    # Vehicles" with a row per year; the year is the row's label and its figures' period
    text = ("Traffic through the Tây Trang gate has grown. The gate recorded:\n\n"
            "| Year | Persons | Vehicles | Goods (tonnes) |\n|---|---|---|---|\n"
            "| 2019 | 52,100 | 7,400 | 61,000 |\n| 2021 | 8,350 | 2,910 | 40,500 |\n\n"
            "The border post expects more in 2024.\n")
    (t,) = find_tables(text)
    assert t.header[t.label].text == "Year" and [r[t.label].text for r in t.rows] == [
        "2019", "2021"]
    article = _article(text, "2024-03-01")
    found = {(f.value, f.unit, f.period, f.place_name)
             for f in extract_figures(article, find_mentions(article, gaz))}
    gate = "Tây Trang International Border Gate"
    assert {(52_100, "persons", "2019", gate), (7_400, "vehicles", "2019", gate),
            (61_000, "tonnes", "2019", gate), (8_350, "persons", "2021", gate),
            (40_500, "tonnes", "2021", gate)} <= found
    assert not any(f[0] in (2019, 2021) for f in found)  # the years are no figures


def test_columns_of_years_under_a_heading_count_what_the_heading_says(gaz):
    # nineteenth session, round 125: a Markdown heading, not a "Table 1." caption, over
    # "| District | 2013 | 2014 | Jan–Oct 2016 |": each year column's numbers are the
    # heading's cases, the column its period (months of a year too)
    text = ("Almost all cases come from the border districts.\n\n"
            "## Confirmed cases in the border districts\n\n"
            "| District | 2013 | 2014 | Jan–Oct 2016 |\n|---|---|---|---|\n"
            "| Mường Nhé | 212 | 168 | 74 |\n| Nậm Pồ | 96 | 88 | 41 |\n\n"
            "*Source: the provincial centre.*\n")
    article = _article(text, "2016-12-01")
    found = {(f.value, f.unit, f.period, f.place_name)
             for f in extract_figures(article, find_mentions(article, gaz))}
    assert {(212, "cases", "2013", "Mường Nhé"), (168, "cases", "2014", "Mường Nhé"),
            (74, "cases", "Jan–Oct 2016", "Mường Nhé"), (96, "cases", "2013", "Nậm Pồ"),
            (41, "cases", "Jan–Oct 2016", "Nậm Pồ")} <= found
    assert not any(f[0] in (2013, 2014, 2016) for f in found)


def test_a_sentence_over_columns_of_years_is_no_heading(gaz):
    text = ("The post kept count of it all.\n"
            "| District | 2013 | 2014 |\n|---|---|---|\n"
            "| Mường Nhé | 212 | 168 |\n| Nậm Pồ | 96 | 88 |\n")
    article = _article(text)
    assert not extract_figures(article, find_mentions(article, gaz))


def test_a_row_labelled_province_under_its_districts_is_the_province(gaz):
    # twentieth session, round 136: an NGO annex's table of districts ends on a bold
    # "Province" row, the sum of the rows above
    text = ("Annex 3. Điện Biên province: border guard data\n\n"
            "Table A3.1. Heroin seized by border guards, by district\n\n"
            "| District | 2011 | 2012 |\n|---|---|---|\n"
            "| Mường Nhé | 19.8 | 27.3 |\n| Mường Chà | 12.4 | 10.1 |\n"
            "| **Province** | **62.4** | **63.8** |\n")
    got = {(value, place) for value, _, place in _triples(text, gaz, "2013-03-01")}
    assert {(62.4, "Điện Biên"), (63.8, "Điện Biên"), (27.3, "Mường Nhé")} <= got, got


def test_a_row_naming_a_place_the_gazetteer_lacks_takes_its_unit_from_the_row(gaz):
    # twenty-first session, round 143: "Na Hi" (misspelt) is no place the gazetteer knows; the
    # row's district cell says where the row's figures are
    text = ("We surveyed households in six communes.\n\n"
            "| Commune | District | Households surveyed | Enrolment (%) |\n"
            "|---|---|---|---|\n"
            "| Sín Thầu | Mường Nhé | 186 | 96.1 |\n"
            "| Na Hi | Nậm Pồ | 215 | 94.6 |\n")
    got = {(v, p) for v, _, p in _triples(text, gaz, "2014-09-01")}
    assert {(186, "Sín Thầu"), (215, "Nậm Pồ"), (94.6, "Nậm Pồ")} <= got


def test_the_total_row_of_a_table_whose_caption_names_one_place_is_that_places(gaz, tmp_path):
    # thirty-first session, round 270: a saved page's <caption> "Results of border posts in
    # Nậm Pồ district" (made Markdown: a row of one cell over the rule) is the table's caption
    # whatever its words, and its total row is Nậm Pồ's, not the province's
    page = tmp_path / "half-year.html"
    page.write_text(
        "<html><head><title>Nậm Pồ posts review the half year</title></head><body><article>"
        "<h1>Nậm Pồ posts review the half year</h1>"
        "<p>In the first six months of 2018, the border posts stationed in Nậm Pồ district "
        "held their review on July 10, the district's steering committee said.</p>"
        "<table><caption>Results of border posts in Nậm Pồ district, first half of 2018"
        "</caption><thead><tr><th>Border post</th><th>Patrols</th><th>Households helped</th>"
        "</tr></thead><tbody><tr><td>Si Pa Phìn</td><td>96</td><td>35</td></tr>"
        "<tr><td>Nà Hỳ</td><td>88</td><td>42</td></tr>"
        "<tr><td>Total</td><td>184</td><td>77</td></tr></tbody></table>"
        "<p>The posts will add patrols in the rainy season, when the trails are emptiest and "
        "the traffickers most active, the committee said.</p></article></body></html>",
        encoding="utf-8")
    result = process_article(read_article(page), gaz)
    got = {(f.value, f.unit, f.place_name) for f in result.figures}
    assert {(96, "patrols", "Si Pa Phìn Border Post"), (42, "households", "Nà Hỳ Border Post"),
            (184, "patrols", "Nậm Pồ"), (77, "households", "Nậm Pồ")} <= got, got
    # a caption naming no place, or two, leaves the total to the article's province
    text = ("The review covered the posts of two districts.\n\n"
            "| Results of the posts of Mường Nhé and Nậm Pồ districts |  |  |\n|---|---|---|\n"
            "| Border post | Patrols | Households helped |\n"
            "| Si Pa Phìn | 96 | 35 |\n| Nậm Kè | 88 | 42 |\n| Total | 184 | 77 |\n")
    assert (184, "patrols", "Điện Biên") in _triples(text, gaz, "2018-07-12")


def test_the_total_of_a_table_of_one_communes_villages_is_the_communes(gaz):
    # thirty-third session, round 286's field notes: a table of the villages of Pa Thơm (the
    # gazetteer puts each in its commune) totals the commune, not the province; after the 2025
    # merger the new commune (Thanh Yên)
    text = ("The commune People's Committee gave us these figures.\n\n"
            "Village | Households | Poor households\n"
            "Pa Xa Xá | 41 | 27\n"
            "Pa Xa Lào | 38 | 25\n"
            "Total | 79 | 52\n\n"
            "Most residents are Khơ Mú.\n")
    assert {(79, "households", "Pa Thơm"), (41, "households", "Pa Xa Xá")} <= _triples(
        text, gaz, "2014-03-01")
    assert (79, "households", "Thanh Yên") in _triples(text, gaz, "2025-10-01")
    # ... villages of two communes total the province
    two = text.replace("Pa Xa Lào", "Tá Miếu")
    assert (79, "households", "Điện Biên") in _triples(two, gaz, "2014-03-01")
