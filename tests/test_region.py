"""The home region: Điện Biên first, then its neighbours, then the rest."""

import pytest
from _mentions_fixtures import FakeGazetteer, _p

from geo.region import (
    ELSEWHERE,
    HOME,
    HOME_PROVINCE_ID,
    NEIGHBOUR,
    TRIPOINT_ALIASES,
    TRIPOINT_ID,
    in_home_province,
    province_code,
    region_rank,
)

G = FakeGazetteer()


def test_region_rank():
    assert region_rank(G.get("vnold:c:03340")) == 0
    assert region_rank(G.get("country:la")) == 1
    assert region_rank(G.get("vnold:c:99999")) == 2


@pytest.mark.parametrize(("place", "rank"), [
    (_p("vn2025:c:1", "A", "commune", province="vn2025:p:11"), HOME),
    (_p("vnold:c:1", "A", "commune", province="vnold:p:11"), HOME),
    (_p("country:vn", "Vietnam", "country"), HOME),  # Vietnam itself
    (_p("vn2025:c:2", "B", "commune", province="vn2025:p:12"), NEIGHBOUR),  # Lai Châu
    (_p("vnold:c:3", "C", "commune", province="vnold:p:14"), NEIGHBOUR),  # Sơn La
    (_p("foreign:x", "X", "foreign_place", country="LA"), NEIGHBOUR),
    (_p("foreign:y", "Y", "foreign_place", country="CN"), NEIGHBOUR),
    (_p("vn2025:c:4", "D", "commune", province="vn2025:p:01"), ELSEWHERE),
    (_p("foreign:z", "Z", "foreign_place", country="TH"), ELSEWHERE),
])
def test_region_rank_by_province_and_country(place, rank):
    assert region_rank(place) == rank


@pytest.mark.parametrize(("place", "home"), [
    (_p("vn2025:c:1", "A", "commune", province="vn2025:p:11"), True),
    (_p("vnold:c:1", "A", "commune", province="vnold:p:11"), True),
    (_p("country:vn", "Vietnam", "country"), False),  # no province
    (_p("vn2025:c:2", "B", "commune", province="vn2025:p:12"), False),
    (_p("foreign:x", "X", "foreign_place", country="LA", province="vn2025:p:11"), False),
])
def test_in_home_province(place, home):
    assert in_home_province(place) is home


def test_codes_and_ids():
    assert province_code("vnold:p:11") == province_code(HOME_PROVINCE_ID) == "11"
    assert TRIPOINT_ALIASES == {"marker:vn-la:0": TRIPOINT_ID}
