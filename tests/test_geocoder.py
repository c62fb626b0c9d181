"""The geopy geocoder backed by the gazetteer (and geopandas' geocode through it)."""

import geopandas
import pytest
from geopy.exc import GeocoderServiceError
from geopy.location import Location

from geo.gazetteer.geocoder import GazetteerGeocoder


@pytest.fixture(scope="module")
def coder(gaz):
    return GazetteerGeocoder(gaz)


def test_geocode_returns_location(coder):
    loc = coder.geocode("Pa Thơm")
    assert isinstance(loc, Location)
    assert loc.raw["id"] == "vnold:c:03340"
    assert loc.raw["successor"] == "vn2025:c:03349"
    assert loc.raw["precision"] == "commune" and loc.raw["method"] == "exact"
    assert (loc.latitude, loc.longitude) == (loc.raw["lat"], loc.raw["lon"])
    assert "Pa Thơm" in loc.address


def test_geocode_many_and_none(coder):
    many = coder.geocode("Điện Biên", exactly_one=False, limit=3)
    assert isinstance(many, list) and len(many) == 3
    assert coder.geocode("Atlantis") is None
    assert coder.geocode("Atlantis", exactly_one=False) == []
    assert coder.geocode("Vietnam") is None  # no sourced point for the country


def test_kinds(coder):
    assert coder.geocode("Pa Thơm Border Post", kinds=["border_post"]).raw["id"] == "post:pa-thom"


def test_never_touches_the_network(coder):
    with pytest.raises(GeocoderServiceError):
        coder.adapter.get_json("https://example.org", timeout=1, headers={})
    with pytest.raises(NotImplementedError):
        coder.reverse((21.3, 102.9))


def test_geopandas_geocode(gaz):
    df = geopandas.tools.geocode(["Pa Thơm", "Si Pa Phìn Border Post", "Atlantis"],
                                 provider=GazetteerGeocoder)
    assert df.crs == "EPSG:4326"
    pa_thom = gaz.get("vnold:c:03340")
    assert (df.geometry[0].x, df.geometry[0].y) == (pa_thom.lon, pa_thom.lat)
    assert "Si Pa Phìn Border Post" in df.address[1]
    assert df.geometry[2].is_empty
