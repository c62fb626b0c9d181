"""The pure resolution rules, one at a time."""

import pytest
from _mentions_fixtures import FakeGazetteer

from geo.mentions.resolve import (
    bare_allowed,
    best_fuzzy,
    choose_bare,
    choose_by_trigger,
    choose_in_container,
    decide,
    edit_distance,
    fit_container,
    fits,
    fuzzy_limit,
    is_event,
    person_reason,
    shown_units,
    within,
)

G = FakeGazetteer()


def cands(*ids):
    return [(G.get(i), None) for i in ids]


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


def test_edit_distance_counts_edits_within_the_limit():
    # Distances counted by hand: a letter dropped, one changed, two letters swapped
    # (two edits), a word added; past the limit the answer is limit + 1 whatever
    # the true distance.
    assert edit_distance("nam ke", "nam khe", 2) == 1
    assert edit_distance("tay trang", "tay trong", 2) == 1
    assert edit_distance("huoi puoc", "huoi pouc", 2) == 2
    assert edit_distance("muong nhe", "muong nhe", 0) == 0
    assert edit_distance("a pa chai", "a pa chai post", 2) == 3
    assert edit_distance("sin thau", "si pa phin", 2) == 3
    assert edit_distance("", "ab", 2) == 2 and edit_distance("ab", "", 1) == 2
    # a long name with one letter missing in the middle (the band must reach it)
    assert edit_distance("tay trang international border gate",
                         "tay trang internatonal border gate", 1) == 1


def test_edit_distance_and_fuzzy():
    assert edit_distance("si pha phin", "si pa phin", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2
    assert fuzzy_limit("na u") == 1 and fuzzy_limit("si pa phin") == 2
    entries = [("si pa phin", G.get("post:si-pa-phin")), ("pa thom", G.get("post:pa-thom"))]
    place, core, d = best_fuzzy("si pha phin", entries)
    assert (place.id, d) == ("post:si-pa-phin", 1)
    assert best_fuzzy("pa thoom x", entries) is None
    assert best_fuzzy("qa thom", entries) is None  # first letter must agree


def test_decide_with_a_trigger():
    d = decide(cands("vnold:c:03346", "vn2025:c:03349"), "commune", "commune", "legacy")
    assert d.place.id == "vnold:c:03346" and (d.kind, d.how, d.why, d.skip) == (None,) * 4
    d = decide(cands("country:vn"), "commune", "commune", "2025")
    assert d.place is None and d.how == "unresolved" and "no commune of that name" in d.why


def test_decide_bare_names_regions_and_events():
    d = decide(cands("gate:huoi-puoc"), None, None, "2025")
    assert d.place.id == "gate:huoi-puoc" and d.why.startswith("no type word")
    d = decide((), None, None, "2025", known_as=("region", "Northwest"))
    assert (d.place, d.kind, d.how) == (None, "region", "unresolved")
    d = decide(cands("vnold:c:99999"), None, None, "legacy")
    assert d.place is None and d.skip.startswith("no trigger word")
    d = decide(cands("other:dien-bien-phu-city"), "event", None, "2025")
    assert d.place.id == "other:dien-bien-phu-city"


def test_fits():
    both = cands("vnold:d:097", "vn2025:c:03166")
    assert [p.id for p in fits(both, "district")] == ["vnold:d:097"]
    assert [p.id for p in fits(both, None)] == ["vnold:d:097", "vn2025:c:03166"]
    assert [p.id for p in fits(both, "event")] == ["vnold:d:097", "vn2025:c:03166"]


def test_fit_container_picks_the_pair_that_fit():
    village, old, new = G.get("village:pa-xa-lao"), G.get("vnold:c:03346"), G.get("vn2025:c:03349")
    child, child_why, parent, parent_why = fit_container(village, "a", [village], old, "b",
                                                         [old, new], G.get)
    assert (child, parent) == (village, new)
    assert child_why == "a; in Thanh Yên" and parent_why == "b; the unit that holds Pa Xa Lào"
    # the container must be the larger unit
    assert fit_container(old, "a", [old], village, "b", [village], G.get) is None
    assert fit_container(village, "a", [village], G.get("vnold:d:103"), "b", [], G.get) is None


def test_fit_container_moves_the_child_to_its_unit():
    old_pa_thom = G.get("vnold:c:03340")
    new_unit = G.get("vn2025:c:03349")  # holds no Pa Thơm commune of its own: the child moves
    district = G.get("vnold:d:100")
    child, why, parent, _ = fit_container(new_unit, "a", [new_unit, old_pa_thom], district, "b",
                                          [district], G.get)
    assert parent is district and child is old_pa_thom
    assert why == "a; in Điện Biên (legacy unit)"


def test_shown_units():
    legacy, successor = shown_units(G.get("vnold:c:03340"), G.get)
    assert (legacy.id, successor.id) == ("vnold:c:03340", "vn2025:c:03349")
    legacy, successor = shown_units(G.get("vn2025:c:03349"), G.get)
    assert legacy is None and successor.id == "vn2025:c:03349"  # merged from several
    legacy, successor = shown_units(G.get("marker:vn-la:107"), G.get)
    assert (legacy.name, successor.name) == ("Pa Thơm", "Thanh Yên")
    assert shown_units(G.get("country:la"), G.get) == (None, None)
