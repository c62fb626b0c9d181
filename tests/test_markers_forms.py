"""Every marker form of English copy, the series from the text, unknown numbers on a stretch,
and villages stated with their commune (issue 14).

The phrases and sentences were written for this test; each expected list of
numbers is what the phrase says when read.
"""

from __future__ import annotations

import pytest

from geo.figures.extract import extract_figures
from geo.mentions.find import find_mentions
from geo.mentions.markers import find_marker_phrases
from geo.model import Article, Span
from geo.text import fold


def _numbers(phrase):
    return [p.numbers for p in find_marker_phrases(fold(phrase))]


@pytest.mark.parametrize(("phrase", "numbers"), [
    ("they reached Border Mark No.17 at noon", [(17,)]),
    ("Landmark No. 5 was cleaned", [(5,)]),
    ("the milestone 12 stands", [(12,)]),
    ("boundary pillar 5 was repainted", [(5,)]),
    ("marker No 130 lies on the ridge", [(130,)]),
    ("national border markers in the section from No.58 to 59", [(58, 59)]),
    # thirty-sixth session, round 305: a comma before "from"
    ("officers watch over five border markers there, from No 107 to No 111, and",
     [(107, 108, 109, 110, 111)]),
    ("soldiers repainted the markers between No. 120 and No. 124", [(120, 121, 122, 123, 124)]),
    # the communes named between the word and the range (held-out article u06)
    ("the national border markers in Si Pa Phin and Cha Nua communes from No.58 to 60",
     [(58, 59, 60)]),
    ("from Marker No 41 to Marker No 44 in Pa Thom", [(41, 42, 43, 44)]),
    ("from Border Mark No.20 to Border Mark No.22", [(20, 21, 22)]),
    ("markers 5, 38 and 52 were inspected", [(5, 38, 52)]),
    ("markers 12 and 12/1 were rebuilt", [(12,)]),
    ("marker 12/1", [(12,)]),
    ("markers 107 to 111", [(107, 108, 109, 110, 111)]),
    # round 5: pillars, and a stretch "between" two markers
    ("a joint inspection of pillar No. 96 near the gate", [(96,)]),
    ("border pillar 12 was rebuilt", [(12,)]),
    ("joint patrols between markers 70 and 73 this year", [(70, 71, 72, 73)]),
    ("markers 70 and 73 were repainted", [(70, 73)]),
    # a stretch with words between its two ends: the far end stands for the markers after
    # the near one
    ("from marker 4 at the tripoint to marker 7 at the pass", [(4,), (5, 6, 7)]),
    # ... walked either way (a stretch downwards was two markers until the twenty-sixth
    # session; round 210's gold, "from the No. 3 boundary marker to the No. 1 marker",
    # counts the one between)
    ("from marker 9 in the north to marker 6", [(9,), (6, 7, 8)]),
    ("near marker 4. Then to marker 7", [(4,), (7,)]),
    # a range in apposition after a comma (added 2026-12-04, seventh session, after round 40)
    ("the post guards eight markers, No. 10 to No. 17, on the China line",
     [(10, 11, 12, 13, 14, 15, 16, 17)]),
    ("the post has 14 markers, 3 of them new", []),
    # ... or a bare range (twenty-fifth session, round 190); not a measure or a count
    ("their stretch of the border has five markers, 107 to 111, and they walk it",
     [(107, 108, 109, 110, 111)]),
    ("the team installed 14 markers, 2 to 3 km apart", []),
    ("they repaired 12 markers, 40 to 50 workers came", []),
    # a number said before its marker word after "No.", and a stretch walked downwards
    # (twenty-sixth session, round 210)
    ("walked from the No. 3 boundary marker to the No. 1 marker", [(3,), (1, 2)]),
    ("patrols went from marker 111 to marker 107 last week", [(107, 108, 109, 110, 111)]),
    ("the province has 146 border markers", []),
])
def test_every_marker_form_gives_its_numbers(phrase, numbers):
    assert _numbers(phrase) == numbers


@pytest.mark.parametrize("phrase", [
    "a patrol to mark 70 years of the victory",
    "trade at the No. 3 border market rose; the No. 2 boundary line runs north",
    "border markers from 2019 to 2024 were repaired",
    "markers were planted in the two communes from 12 villages to 14 villages",
    "this is a milestone 2024 for the province",
    "a boundary post 12 km away",
    "the border marks the edge of the district",
    "146 border markers",
])
def test_counts_years_and_distances_are_no_marker_numbers(phrase):
    assert _numbers(phrase) == []


def _markers(text, gaz, date="2024-03-01"):
    a = Article("t", text, body=Span(0, len(text)), date=date)
    return [m for m in find_mentions(a, gaz) if m.kind == "border_marker"]


def test_the_series_comes_from_a_neighbour_named_anywhere_in_the_article(gaz):
    text = ("Vietnamese and Lao soldiers met at the border on Monday.\n\n"
            "They then cleaned Landmark No. 5 together.")
    [m] = _markers(text, gaz)
    assert m.marker_numbers == (5,) and m.marker_series == "VN-LA"


def test_no_series_when_the_article_names_both_neighbours_and_nothing_near(gaz):
    text = "Laos and China sent delegates.\n\nSoldiers cleaned Landmark No. 5."
    [m] = _markers(text, gaz)
    assert m.marker_series is None and m.place_id is None


def test_a_number_only_the_laos_line_has_beats_china_named_in_the_sentence(gaz):
    text = ("The province repaired Marker 120 near Huổi Puốc and, with the Chinese side, "
            "inspected markers 1 to 3.")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz)}
    assert found == {(120,): "VN-LA", (1, 2, 3): "VN-CN"}


def test_past_marker_17_is_not_the_laos_line_in_an_article_naming_lai_chau(gaz):
    # added 2026-12-04 (seventh session), after round 39's first sight: Lai Châu's stretch of
    # the China line goes on past Điện Biên's marker 17, so "marker 16 to marker 18" at the
    # junction is no Laos-line range by its numbers (here the article names both neighbours:
    # no series rather than a wrong one)
    text = ("The Lai Châu and Điện Biên border guards signed a regulation on Monday. It covers "
            "the section from marker 16 to marker 18, where Sen Thượng commune meets Ka Lăng "
            "commune.\n\nBoth forces also patrol with Chinese and Lao units.")
    [m] = _markers(text, gaz, "2021-09-10")
    assert m.marker_numbers == (16, 17, 18) and m.marker_series != "VN-LA"


def test_a_unit_whose_known_markers_are_on_one_line_tells_the_series(gaz):
    # twenty-first session, after round 103's misses: the series of each unit's known markers
    # had never been indexed (marker names hold numbers, and names with numbers were skipped),
    # so "the marker named before it" (the tripoint) gave the China line. Lai Châu named: the
    # numbers tell nothing; the post and the commune named beside the markers do.
    text = ("Sín Thầu holds the Vietnam–China section with its markers, from Marker 0 at the "
            "tripoint, and part of the Laos line.\n\nIn Thanh Yên, the Pa Thơm Border Post "
            "guards markers 107 to 111.\n\nLai Châu also borders China.")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz, "2026-01-15")}
    assert found == {(0,): "VN-CN", (107, 108, 109, 110, 111): "VN-LA"}


def test_a_place_across_the_border_tells_the_series(gaz):
    [m] = _markers("Officers from Yunnan province walked to marker No.7 with them.", gaz)
    assert m.marker_series == "VN-CN"


def test_an_unknown_number_sits_on_the_stretch_of_the_commune_named(gaz):
    [m] = _markers("Patrols checked markers 105 and 106 in Pa Thơm commune.", gaz)
    assert m.marker_numbers == (105, 106) and m.marker_series == "VN-LA"
    assert m.place_id is None and m.precision == "segment" and m.method == "context"
    pa_thom = gaz.get("vnold:c:03340")
    lon0, lat0, lon1, lat1 = pa_thom.bbox
    assert lat0 - 0.05 <= m.lat <= lat1 + 0.05 and lon0 - 0.05 <= m.lon <= lon1 + 0.05
    assert 50 <= m.uncertainty_m < 40_000


def test_an_unknown_number_with_no_unit_named_stays_without_a_point(gaz):
    [m] = _markers("Soldiers repainted marker 130 on the Laos border.", gaz)
    assert m.place_id is None and m.lat is None and m.precision is None


def _all(text, gaz, date="2024-03-01"):
    a = Article("t", text, body=Span(0, len(text)), date=date)
    return find_mentions(a, gaz)


@pytest.mark.parametrize(("text", "village", "unit_id", "precision"), [
    ("Rice reached Huổi Sang village, Nậm Kè commune, on Monday.", "Huổi Sang", "vnold:c:03162",
     "commune"),
    ("Families in Pa Cang hamlet in Mường Toong commune got seedlings.", "Pa Cang",
     "vnold:c:03163", "commune"),
    ("Cows went to Ban Ho village of Mường Chà district.", "Ban Ho", "vnold:d:097", "district"),
])
def test_an_unknown_village_stated_with_its_unit_sits_at_the_units_point(gaz, text, village,
                                                                        unit_id, precision):
    m = next(m for m in _all(text, gaz) if m.surface == village)
    unit = gaz.get(unit_id)
    assert m.kind == "village" and m.place_id is None and m.method == "context"
    assert (m.lat, m.lon, m.precision) == (unit.lat, unit.lon, precision)


def test_an_unknown_village_alone_has_no_point(gaz):
    m = next(m for m in _all("Visitors came to Cay Mo village.", gaz) if m.surface == "Cay Mo")
    assert m.kind == "village" and m.place_id is None and m.lat is None


# --- added 2026-12-04 (eighth session), after the first sights of rounds 43-45


def test_the_tripoint_in_brackets_is_marker_zero_of_the_china_line(gaz):
    # readers file marker 0 with the China line (15 golds of the blind rounds against 5)
    [m] = _markers("Officials met at the tri-junction boundary marker (No. 0), 1,864 meters above "
                   "sea level, on Monday.", gaz)
    assert m.marker_numbers == (0,) and m.marker_series == "VN-CN"
    assert m.place_id == "marker:vn-cn:0"


def test_between_qualified_markers_is_the_stretch_from_one_to_the_other(gaz):
    [m] = _markers("The port faces the gate between China-Vietnam boundary markers No. 1 and "
                   "No. 3.", gaz)
    assert m.marker_numbers == (1, 2, 3)
    [m] = _markers("Soldiers repaired markers 103 and 105 on Monday.", gaz)
    assert m.marker_numbers == (103, 105)


# --- added 2026-12-04 (ninth session), after the first sight of round 49


def test_the_place_nearest_the_marker_tells_its_line(gaz):
    text = ("Officials of Laos and China met at the tripoint, then a team from China checked "
            "markers 5 and 6.")
    [m] = _markers(text, gaz)
    assert m.marker_numbers == (5, 6) and m.marker_series == "VN-CN"


def test_the_line_named_right_after_the_marker_tells_it(gaz):
    text = ("The post guards 30 km of border, 18 km with China and 12 km with Laos, and markers "
            "1 to 4 on the Vietnam–Laos border.")
    [m] = _markers(text, gaz)
    assert m.marker_numbers == (1, 2, 3, 4) and m.marker_series == "VN-LA"


def test_a_marker_with_no_line_named_is_on_the_line_of_the_marker_before(gaz):
    text = ("Lao and Chinese officers attended the ceremony.\n\nChinese border police and our "
            "soldiers checked markers 10 to 17. They repainted the numbers on markers 12 and "
            "14.")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz)}
    assert found == {tuple(range(10, 18)): "VN-CN", (12, 14): "VN-CN"}


def test_a_first_marker_with_no_line_named_is_on_the_line_of_the_marker_after(gaz):
    text = ("The monthly market at the foot of Marker 3 opened before dawn.\n\nTraders came from "
            "Laos and China. In the afternoon many of them climbed to Marker 0, where the three "
            "countries meet.")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz)}
    assert found == {(3,): "VN-CN", (0,): "VN-CN"}


def test_a_sentence_naming_a_line_does_not_reach_past_a_blank_line(gaz):
    text = ("Chinese traders sell tools at the market\n\nThe commune's militia cleaned marker 5 "
            "with Lao soldiers on Monday.")
    [m] = _markers(text, gaz)
    assert m.marker_series == "VN-LA"


# --- twelfth session, round 69's joint inspections ------------------------------------------

def test_a_stretch_from_a_marker_in_brackets_to_another(gaz):
    text = ("Laos and China: all markers from the tripoint marker (Marker 0) to marker 17 were "
            "found in good condition on the China line.")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz)}
    assert found == {(0,): "VN-CN", tuple(range(1, 18)): "VN-CN"}


def test_a_count_after_a_marker_number_is_no_marker():
    assert _numbers("held near China-Vietnam boundary marker No. 3, 320 villagers came") == [(3,)]
    assert _numbers("markers 5, 38 and 52 were repaired") == [(5, 38, 52)]
    # twentieth session (the figures of rounds 49 and 120 were read as markers' numbers)
    assert _numbers("six of them at markers 107 to 111, and 4 meetings on crime") == [
        tuple(range(107, 112))]
    assert _numbers("the border runs from marker 107 to marker 111, 14 children walk") == [
        tuple(range(107, 112))]
    assert _numbers("patrols at markers 103, and 104 were repaired") == [(103, 104)]



def test_a_list_item_or_a_time_after_a_marker_is_no_range():
    # twenty-seventh session (round 221): a podcast's chapters, "- 38:30 The climb to
    # Marker 0" over "- 52:10 Coming back", were markers 0 to 52
    assert _numbers("- 38:30 The climb to Marker 0\n- 52:10 Coming back via Nam Po") == [(0,)]
    assert _numbers("we reached marker 3 at 10:45 and left") == [(3,)]
    # a range written across a line's end still is one
    assert _numbers("the patrol walked from markers 107 to\n111 in two days") == [
        tuple(range(107, 112))]
    assert _numbers("markers 103 -\n104 were repaired") == [(103, 104)]

def test_the_line_named_right_before_the_marker_word_tells_it(gaz):
    text = ("Patients came from Laos and Vietnam. The last outreach day was held near "
            "China-Vietnam boundary marker No. 3 in Qushui, across from Sín Thầu.")
    [m] = _markers(text, gaz)
    assert m.marker_series == "VN-CN"


def test_a_tables_column_of_marker_numbers_names_markers_not_counts(gaz):
    text = ("The joint team inspected ten markers on the Viet Nam - Laos borderline:\n\n"
            "| Vietnamese border post | Markers | Km walked | Findings |\n"
            "|---|---|---|---|\n"
            "| Thanh Luong | 103-104 | 6.5 | Intact |\n"
            "| Pa Thom | 107-111 | 9 | Base of marker 109 cracked |\n"
            "| Huoi Puoc | 144 | 7.5 | Paint faded |\n\n"
            "The two sides will meet again in March.\n")
    found = sorted(n for m in _markers(text, gaz) for n in m.marker_numbers)
    assert found == [103, 104, 107, 108, 109, 109, 110, 111, 144]
    assert all(m.marker_series == "VN-LA" for m in _markers(text, gaz))
    figures = extract_figures(Article("t", text, body=Span(0, len(text)), date="2022-12-14"),
                              _all(text, gaz, "2022-12-14"))
    assert not any(f.unit == "markers" and f.value in (103, 107, 144) for f in figures)
    # a column of counts headed "Markers" stays counts
    counts = text.replace("103-104", "2").replace("107-111", "5").replace("| 144 |", "| 1 |")
    assert sorted(n for m in _markers(counts, gaz) for n in m.marker_numbers) == [109]



def test_a_table_of_words_names_its_markers_by_no(gaz):
    # twenty-seventh session (round 209): a table with no column of numbers is a table too
    text = ("Six markers had been damaged. The damaged markers are listed below:\n\n"
            "| Marker | Border line | Managing unit | Location |\n"
            "|---|---|---|---|\n"
            "| No. 3 | Việt Nam–China | A Pa Chải Border Post | Sín Thầu commune |\n"
            "| No. 65 | Việt Nam–Laos | Si Pa Phìn Border Post | Chà Nưa commune |\n"
            "| No. 144 | Việt Nam–Laos | Huổi Puốc Border Post | Mường Nhà commune |\n\n"
            "Border guards cleared vegetation around 142 markers.\n")
    found = {m.marker_numbers: m.marker_series for m in _markers(text, gaz)}
    assert found == {(3,): "VN-CN", (65,): "VN-LA", (144,): "VN-LA"}
    # "Marker No." over bare numbers names markers; "Markers" over them counts
    ids = (text.replace("| Marker |", "| Marker No. |").replace("No. 3", "3")
           .replace("No. 65", "65").replace("No. 144", "144"))
    assert sorted(n for m in _markers(ids, gaz) for n in m.marker_numbers) == [3, 65, 144]
    assert _markers(ids.replace("| Marker No. |", "| Markers |"), gaz) == []

def test_the_paragraph_of_a_marker_tells_its_line_when_its_sentence_does_not(gaz):
    # round 72's communiqué: the article names both lines; the marker's paragraph the one
    text = ("The province shares borders with Laos and China.\n\n"
            "The two forces held six joint patrols, including one covering markers 1 to 3. "
            "Chinese police handed over 14 citizens who had crossed to work in Yunnan.\n\n"
            "Lao officials will meet in Phongsaly next month.")
    [m] = _markers(text, gaz)
    assert (m.marker_numbers, m.marker_series) == ((1, 2, 3), "VN-CN")
