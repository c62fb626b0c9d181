"""geo.app.geography: names of the province's capital, districts and communes for the map."""

from __future__ import annotations

from geo.app.geography import COMMUNE_ZOOM, DISTRICT_ZOOM, map_labels


def test_capital_districts_and_communes_each_at_its_zoom(gaz):
    labels = map_labels(gaz)
    zooms = {(name, zoom) for name, _, _, zoom in labels}
    assert [name for name, *_, z in labels if z == 0] == ["Điện Biên Phủ"]  # the capital
    # Mường Chà, Tuần Giáo...: legacy districts of the province
    assert {("Mường Chà", DISTRICT_ZOOM), ("Tuần Giáo", DISTRICT_ZOOM)} <= zooms
    assert ("Nậm Kè", COMMUNE_ZOOM) in zooms  # a 2025 commune
    assert sum(1 for *_, z in labels if z == DISTRICT_ZOOM) == 9  # 10 districts, less the city
    for _, lat, lon, _ in labels:  # all in or near the province
        assert 20.5 < lat < 22.9 and 101.8 < lon < 104.0


def test_a_label_sits_at_its_own_point_only(gaz):
    # a unit whose point is its parent's (precision of a larger unit) gets no label
    for name, lat, lon, zoom in map_labels(gaz):
        if zoom == COMMUNE_ZOOM:
            matches = [c.place for c in gaz.lookup(name)
                       if c.place.lat == lat and c.place.lon == lon]
            assert matches and all(p.precision in ("point", "commune") for p in matches), name
