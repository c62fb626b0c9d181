"""Name index: folding, type words, ordering, aliases."""

import dataclasses

import pytest

from geo.gazetteer import Candidate, load_gazetteer
from geo.gazetteer.aliases import gate_base, post_aliases, post_base
from geo.gazetteer.index import exact_key, folded_key, strip_type_words
from geo.text import fold


@pytest.mark.parametrize("query", ["Xã Pa Thơm", "xa pa thom", "Pa Thom", "Pa Thơm", "PA THƠM",
                                   "Pa Thơm commune", "pa  thom", "commune of Pa Thơm"])
def test_pa_thom_hits_the_commune(gaz, query):
    assert gaz.lookup(query)[0].place.id == "vnold:c:03340"


def test_exact_before_folded_and_methods(gaz):
    exact = gaz.lookup("Pa Thơm")[0]
    folded = gaz.lookup("Pa Thom")[0]
    assert (exact.method, folded.method) == ("exact", "folded")
    assert exact.score > folded.score
    assert exact.why and folded.why


def test_d_with_stroke_folds_to_d(gaz):
    ids = [c.place.id for c in gaz.lookup("Dien Bien", kinds=["province"])]
    assert ids[0] == "vn2025:p:11" and "vnold:p:11" in ids


def test_dien_bien_first_then_neighbours_then_rest(gaz):
    """'Điện Biên' is a province, a legacy district, and wards elsewhere in Vietnam."""
    ids = [c.place.id for c in gaz.lookup("Điện Biên")]
    assert {"vn2025:p:11", "vnold:p:11", "vnold:d:100"} <= set(ids[:3])
    rest = [gaz.get(i).province for i in ids[3:]]
    assert rest and all(p not in ("vnold:p:11", "vn2025:p:11") for p in rest)


def test_kinds_filter(gaz):
    assert all(c.place.kind == "district" for c in gaz.lookup("Mường Chà", kinds=["district"]))
    assert gaz.lookup("Mường Chà", kinds=["district"])[0].place.id == "vnold:d:097"
    assert gaz.lookup("Pa Thơm", kinds=["border_post"]) == []


def test_no_match_is_empty_list(gaz):
    assert gaz.lookup("Atlantis") == []
    assert gaz.lookup("") == []


@pytest.mark.parametrize("alias", [
    "Si Pa Phìn Border Post", "Si Pa Phìn Border Guard Post", "Si Pa Phìn Border Guard Station",
    "Đồn Biên phòng Si Pa Phìn", "si pa phin border station",
])
def test_post_aliases(gaz, alias):
    assert gaz.lookup(alias)[0].place.id == "post:si-pa-phin"


@pytest.mark.parametrize(("alias", "pid"), [
    ("Tây Trang Border Post", "post:tay-trang"),
    ("Tây Trang International Border Gate", "gate:tay-trang"),
    ("Tay Trang border gate", "gate:tay-trang"),
    ("Huổi Puốc Border Gate Border Post", "post:huoi-puoc"),
    ("Huổi Puốc border gate", "gate:huoi-puoc"),
    ("Nậm Đích - Huổi Hịa", "gate:nam-dich"),
    ("Tây Trang - Sốp Hùn", "gate:tay-trang"),
    ("Sốp Hùn", "gate:pang-hoc"),
    ("Mốc 113", "marker:vn-la:113"),
    ("marker 0", "marker:vn-cn:0"),
    ("Laos", "country:la"),
    ("Phongsaly", "foreign:phongsaly-province"),
])
def test_curated_names(gaz, alias, pid):
    assert pid in [c.place.id for c in gaz.lookup(alias)]


def test_aliases_are_folded_pairs(gaz):
    pairs = set(gaz.aliases())
    assert ("pa thom", "vnold:c:03340") in pairs
    assert ("xa pa thom", "vnold:c:03340") in pairs
    assert ("don bien phong si pa phin", "post:si-pa-phin") in pairs
    assert all(alias == fold(alias) for alias, _ in list(pairs)[:2000])


def test_candidate_is_frozen(gaz):
    c = gaz.lookup("Pa Thơm")[0]
    assert isinstance(c, Candidate)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.score = 0


def test_keys():
    assert exact_key("  Xã  Pa Thơm ") == "xã pa thơm"
    assert folded_key("Đồn Biên phòng") == "don bien phong"
    assert strip_type_words("Xã Pa Thơm")[0] == "Pa Thơm"
    assert strip_type_words("Mường Chà district") == ("Mường Chà", ("district", "foreign_place"))
    assert strip_type_words("Pa Thơm") is None


def test_alias_rules():
    assert post_base("Pa Thơm Border Post") == "Pa Thơm"
    assert gate_base("Nậm Đích – Huổi Hịa Border Crossing") == "Nậm Đích"
    assert gate_base("Tây Trang International Border Gate") == "Tây Trang"
    names = post_aliases("Tây Trang International Border Gate Border Post")
    assert "Đồn Biên phòng Tây Trang" in names and "Tây Trang Border Guard Station" in names


def test_version_and_children(gaz):
    assert len(gaz.version) == 64
    assert load_gazetteer().version == gaz.version
    assert {p.id for p in gaz.children("vnold:d:100")} >= {"vnold:c:03340", "vnold:c:03361"}
    assert gaz.extent("vnold:c:03340").geom_type == "Polygon"
    assert gaz.get("nope:x") is None and gaz.extent("nope:x") is None


def test_pickles(gaz):
    import pickle

    gaz.memo["test"] = object()  # what stages keep on a gazetteer is not pickled
    try:
        again = pickle.loads(pickle.dumps(gaz))
    finally:
        del gaz.memo["test"]
    assert again.memo == {}
    assert again.version == gaz.version and len(again.places) == len(gaz.places)
    assert again.lookup("Pa Thom")[0].place.id == "vnold:c:03340"
    assert again.extent("marker:vn-la:113").equals(gaz.extent("marker:vn-la:113"))
