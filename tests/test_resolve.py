"""The pure resolution rules, one at a time."""

import pytest
from _mentions_fixtures import FakeGazetteer

from geo.mentions.resolve import (
    bare_allowed,
    best_fuzzy,
    choose_bare,
    choose_by_trigger,
    choose_in_container,
    decide_era,
    edit_distance,
    era_from_words,
    era_of_date,
    fuzzy_limit,
    is_event,
    person_reason,
    within,
)

G = FakeGazetteer()


def cands(*ids):
    return [(G.get(i), None) for i in ids]


@pytest.mark.parametrize(("date", "era"), [
    ("2025-06-30", "legacy"), ("2025-07-01", "2025"), ("2019-01-01T08:00", "legacy"), (None, None)])
def test_era_of_date(date, era):
    assert era_of_date(date) == era


def test_decide_era():
    assert decide_era("2024-08-15", [("2025", "x")]) == ("legacy", "dated 2024")
    era, why = decide_era(None, [("legacy", "names Nậm Pồ district")])
    assert era == "legacy" and "Nậm Pồ" in why
    era, why = decide_era(None, [])
    assert era == "2025" and "undated" in why
    assert decide_era(None, [("legacy", "a"), ("2025", "b")])[0] == "2025"


def test_era_from_words():
    assert era_from_words("the two-tier local government model") == "2025"
    assert era_from_words("the (new) pu nhung commune") == "2025"
    assert era_from_words("patrols in 2023") is None


def test_choose_by_trigger_era_and_type():
    both = cands("vnold:c:03346", "vn2025:c:03349")
    assert choose_by_trigger(both, "commune", "legacy").id == "vnold:c:03346"
    assert choose_by_trigger(both, "commune", "2025").id == "vn2025:c:03349"
    muong_cha = cands("vnold:d:097", "vnold:c:03172", "vn2025:c:03166")
    assert choose_by_trigger(muong_cha, "district", "2025").id == "vnold:d:097"
    # a legacy article's "Mường Chà commune" is not the legacy town (Thị trấn)
    assert choose_by_trigger(muong_cha, "commune", "legacy").id == "vn2025:c:03166"
    town = choose_by_trigger(muong_cha, "commune", "legacy", trigger_word="town")
    assert town.id == "vnold:c:03172"
    assert choose_by_trigger(cands("country:vn"), "commune", "2025") is None


def test_choose_bare():
    dien_bien = [G.get(i) for i in ("vnold:p:11", "vn2025:p:11", "vnold:d:100")]
    assert choose_bare(dien_bien, "legacy").id == "vnold:p:11"
    spp = [G.get(i) for i in ("vnold:c:03199", "vn2025:c:03199", "post:si-pa-phin",
                              "gate:si-pa-phin")]
    assert choose_bare(spp, "2025").id == "vn2025:c:03199"
    assert choose_bare([G.get("gate:huoi-puoc")], "2025").id == "gate:huoi-puoc"
    assert choose_bare([G.get("vnold:c:99999")], "legacy") is None  # elsewhere: needs a trigger


def test_bare_allowed():
    assert bare_allowed(G.get("country:la"), multiword=False)
    assert bare_allowed(G.get("foreign:yunnan"), multiword=False)
    assert not bare_allowed(G.get("vnold:c:99999"), multiword=True)
    assert bare_allowed(G.get("vn2025:p:01"), multiword=True)


@pytest.mark.parametrize(("before", "after", "left", "person"), [
    (["the", "major"], None, None, True),
    (["mrs."], None, None, True),
    (["comrade"], None, None, True),
    ([",", "said"], None, None, True),
    ([], "said", None, True),
    ([], None, "Giàng", True),
    (["in"], None, "In", False),
    (["of"], None, None, False),
    ([], None, "Northern", False),
    ([], None, "Since", False),
])
def test_person_reason(before, after, left, person):
    assert (person_reason(before, after, left) is not None) == person


def test_is_event():
    assert is_event("Victory") and is_event("campaign")
    assert not is_event("district") and not is_event(None)


def test_within_and_containers():
    village = G.get("village:pa-xa-lao")
    assert within(village, "vnold:c:03340", G.get)
    assert within(village, "vn2025:c:03349", G.get)
    assert not within(village, "vnold:c:03346", G.get)
    assert within(G.get("vnold:c:03340"), "vnold:d:100", G.get)
    pair = choose_in_container([village], [G.get("vnold:c:03346"), G.get("vn2025:c:03349")],
                               G.get)
    assert pair[1].id == "vn2025:c:03349"
    assert choose_in_container([village], [G.get("vnold:d:103")], G.get) is None


def test_edit_distance_and_fuzzy():
    assert edit_distance("si pha phin", "si pa phin", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2
    assert fuzzy_limit("na u") == 1 and fuzzy_limit("si pa phin") == 2
    entries = [("si pa phin", G.get("post:si-pa-phin")), ("pa thom", G.get("post:pa-thom"))]
    place, core, d = best_fuzzy("si pha phin", entries)
    assert (place.id, d) == ("post:si-pa-phin", 1)
    assert best_fuzzy("pa thoom x", entries) is None
    assert best_fuzzy("qa thom", entries) is None  # first letter must agree
