"""The place a figure is about, chosen among hand-made mentions."""

from __future__ import annotations

from _figures_fixtures import PROVINCE, article_of, make_mention, mention_of

from geo.figures.extract import extract_figures

POST = ("post:sen-thuong", "Sen Thượng Border Post", "border_post")
NAM_KE = ("post:nam-ke", "Nậm Kè Border Post", "border_post")
PA_THOM = ("vnold:c:03340", "Pa Thơm", "commune")
VILLAGE = ("village:tang-phon", "Tàng Phon", "village")
CHINA = ("country:cn", "China", "country")
MARKER = ("marker:vn-la:107", "Marker 107", "border_marker")
NEW_PROVINCE = ("vn2025:p:11", "Điện Biên", "province")


def _scopes(text, places, **kw):
    article = article_of(text, **kw)
    mentions = [mention_of(article, surface, place, nth) for surface, place, nth in places]
    return [(f.value, f.place_id, f.scope_reason.split(":")[0])
            for f in extract_figures(article, mentions)]


def test_clause_subject():
    text = ("The Sen Thượng Border Post is tasked with managing and protecting 24km of national "
            "border between Vietnam and China, which includes eight border markers.")
    got = _scopes(text, [("Sen Thượng Border Post", POST, 0), ("China", CHINA, 0)])
    assert got == [(24, "post:sen-thuong", "clause subject"),
                   (8, "post:sen-thuong", "clause subject")]


def test_locative_first_place():
    text = "In Pa Thơm commune, five border markers (from markers 107 to 111) are located."
    got = _scopes(text, [("Pa Thơm commune", PA_THOM, 0), ("markers 107 to 111", MARKER, 0)])
    assert got == [(5, "vnold:c:03340", "clause subject")]


def test_own_from_phrase_beats_a_locative():
    text = ("In another remote border village, Tàng Phon, on July 30, nearly a dozen officers "
            "and soldiers from the Nậm Kè Border Post helped.")
    got = _scopes(text, [("Tàng Phon", VILLAGE, 0), ("Nậm Kè Border Post", NAM_KE, 0)])
    assert got == [(12, "post:nam-ke", "own phrase")]


def test_the_province_resolves_to_the_articles_province_mention():
    text = ("Điện Biên borders Laos. Currently, the province has 81 collectives and nearly 3,400 "
            "households.")
    got = _scopes(text, [("Điện Biên", NEW_PROVINCE, 0)])
    assert got == [(81, "vn2025:p:11", "clause subject"), (3400, "vn2025:p:11",
                                                           "clause subject")]


def test_the_command_resolves_to_the_province():
    text = ("The Điện Biên provincial Border Guard Command works hard.\n\n"
            "A joint patrol between the Sen Thượng Border Post and China.\n\n"
            "In high-risk areas, the Command deployed 178 officers in 23 operations.")
    got = _scopes(text, [("Điện Biên", PROVINCE, 0), ("Sen Thượng Border Post", POST, 0)])
    assert [g[1] for g in got] == ["vnold:p:11", "vnold:p:11"]


def test_the_province_without_a_province_mention_is_none_with_a_reason():
    article = article_of("Currently, the province has 81 collectives.")
    (f,) = extract_figures(article, [])
    assert f.place_id is None and "no province mention" in f.scope_reason


def test_no_mentions_at_all_gives_none_with_a_reason():
    (f,) = extract_figures(article_of("They held 12 meetings."), [])
    assert f.place_id is None and f.scope_reason


def test_place_after_the_figure_in_the_sentence():
    text = "Tasked with managing 455.573km of border, the Điện Biên provincial Command works."
    got = _scopes(text, [("Điện Biên", PROVINCE, 0)])
    assert got == [(455.573, "vnold:p:11", "sentence place")]


def test_paragraph_actor_then_previous_paragraph_then_article():
    text = ("The Sen Thượng Border Post helps locals. On average, each household receives "
            "20kg of rice per month.\n\n"
            "It also built 12 houses for poor families in the commune. They were needed.\n\n"
            "Caption line.\n\n"
            "Điện Biên is a border province. It is in the northwest.\n\n"
            "Inspection results showed 100% of trainees meeting requirements this year, again.")
    got = _scopes(text, [("Sen Thượng Border Post", POST, 0), ("Điện Biên", PROVINCE, 0)])
    assert got == [(20, "post:sen-thuong", "paragraph actor"),
                   (12, "post:sen-thuong", "previous paragraph actor"),
                   (100, "vnold:p:11", "previous paragraph actor")]


def test_article_main_actor_is_the_most_frequent_province():
    text = ("Lai Châu and Điện Biên met. Điện Biên leads.\n\n"
            "A paragraph with no place at all. It keeps going for a while.\n\n"
            "Another paragraph with no place. It reports 40 patrols.")
    article = article_of(text)
    lai_chau = ("vnold:p:12", "Lai Châu", "province")
    mentions = [mention_of(article, "Lai Châu", lai_chau, 0),
                mention_of(article, "Điện Biên", PROVINCE, 0),
                mention_of(article, "Điện Biên", PROVINCE, 1)]
    (f,) = extract_figures(article, mentions)
    assert f.place_id == "vnold:p:11" and f.scope_reason.startswith("article main actor")


def test_event_names_are_not_scopes():
    text = ("In preparation for the 70th anniversary of the Điện Biên Phủ Victory, 100% of "
            "households in 300 border villages signed commitments.")
    dbp = ("vnold:d:094", "Điện Biên Phủ", "district")
    got = _scopes(text, [("Điện Biên Phủ", dbp, 0)])
    assert all(g[1] is None for g in got)


def test_countries_only_as_a_last_resort():
    text = "China and the Sen Thượng Border Post held 12 meetings."
    got = _scopes(text, [("China", CHINA, 0), ("Sen Thượng Border Post", POST, 0)])
    assert got == [(12, "post:sen-thuong", "clause subject")]


def test_unresolved_and_out_of_body_mentions_are_ignored():
    text = "Sen Thượng Border Post.\n\nThe post conducted 12 patrols."
    article = article_of(text, body=(text.index("The post"), len(text)))
    outside = make_mention(article, 0, 22, POST)
    (f,) = extract_figures(article, [outside])
    assert f.place_id is None
    article = article_of(text)
    unresolved = make_mention(article, 0, 22, (None, None, "border_post"))
    (f,) = extract_figures(article, [unresolved])
    assert f.place_id is None


def test_the_post_resolves_to_the_nearest_border_post_before():
    text = ("Officers of the Sen Thượng Border Post visit villages.\n\n"
            "This year the post conducted 40 patrols.")
    got = _scopes(text, [("Sen Thượng Border Post", POST, 0)])
    assert got == [(40, "post:sen-thuong", "clause subject")]
