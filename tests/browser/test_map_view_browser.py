"""Where the map opens, in a real browser: the selection's places; a filter change keeps the view.

Article 004 of the seeds names Mường Pồn commune and Điện Biên Phủ city (and
the Northwest region, drawn apart): a link selecting it opens on them, closely, not on
every article's places (which reach Sen Thượng, 22.4° N, and Huổi Puốc,
20.9° N: zoom 9 at 1366×768).  On the dated seeds (``conftest.dated_server``)
a map the user moved stays where it is when the date range changes its
layers (Pa Xa Lào 2 → 1 mentions), and "Zoom to the selection" then shows
the places drawn.  A click on a place that the map pins itself leaves the
map's arguments as they were: the page gets the panel, not the layers'
script again.
"""

from __future__ import annotations

import re
import time

import pytest

from .conftest import MAP_FRAME, off_machine
from .test_app_browser import _POINT_OF, SLOW_MS, _idle, _map_frame, _view
from .test_map_layers_browser import _wait_count

pytestmark = pytest.mark.browser

_VIEW = """() => { const m = window.map, c = m.getCenter(), b = m.getBounds();
  return {lat: c.lat, lon: c.lng, zoom: m.getZoom(),
          s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast()}; }"""

#: Names of the places with mentions drawn as points, and whether each is in the view
#: (regions aside: a region's symbol stands for several provinces, not a place to fit).
_POINTS_IN_VIEW = """() => { const m = window.map, b = m.getBounds(), out = {};
  m.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (p && p.name && l.getLatLng && p.mention_count > 0 && p.kind !== 'region'
        && l.options.interactive !== false)
      out[p.name] = b.contains(l.getLatLng()); });
  return out; }"""


def _settled(page, timeout_s: float = 60) -> dict:
    """Return the map's view once the app is idle and the view stopped moving."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        _idle(page)
        page.wait_for_timeout(700)
        now = _map_frame(page).evaluate(_VIEW)
        if now == last:
            return now
        last = now
    return last


def test_a_link_with_filters_opens_on_the_selections_places(page, app_server, artifacts):
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"{app_server.url}/?articles=004_254c39c735b64e9a", wait_until="domcontentloaded")
    _map_frame(page)
    view = _settled(page)
    page.screenshot(path=str(artifacts / "50-link-opens-on-selection.png"))
    points = _map_frame(page).evaluate(_POINTS_IN_VIEW)
    assert "Điện Biên Phủ city" in points, points  # (Mường Pồn: in the communes, hidden)
    assert all(points.values()), points  # every place of the selection in the view
    # closely: not the whole province (every article's view: zoom 9, 20.9° to 22.5° N)
    assert view["zoom"] >= 10 and view["n"] - view["s"] < 0.8, view
    assert off_machine(page.requests) == []


def test_a_filter_change_keeps_the_users_view_until_asked(tab, dated_server, artifacts):
    tab.goto(dated_server + "/", wait_until="domcontentloaded")
    frame = _map_frame(tab)
    assert _wait_count(frame, "village:pa-xa-lao", 2) == 2
    _settled(tab)
    # the user moves the map; the URL follows
    frame.evaluate("() => window.map.setView([21.30125, 102.80375], 12, {animate: false})")
    tab.wait_for_function("() => /[?&]zoom=12(&|$)/.test(location.search)", timeout=SLOW_MS)
    moved = _settled(tab)
    assert moved["zoom"] == 12 and abs(moved["lat"] - 21.30125) < 1e-3, moved
    # the date range's start a page later: 000 (2024-03-12) leaves, the layers change
    thumb = tab.locator('[data-testid="stSidebar"] input[type="range"]'
                        '[aria-label="Published between — start"]').first
    thumb.focus()
    thumb.press("PageUp")
    assert _wait_count(_map_frame(tab), "village:pa-xa-lao", 1) == 1
    after = _settled(tab)
    assert after["zoom"] == 12 and abs(after["lat"] - moved["lat"]) < 1e-6 and abs(
        after["lon"] - moved["lon"]) < 1e-6, (moved, after)
    # asked: the map shows the places drawn
    tab.get_by_role("button", name=re.compile("Zoom to the selection")).click()
    deadline = time.monotonic() + 60
    fitted = after
    while time.monotonic() < deadline and fitted["zoom"] == 12:
        fitted = _settled(tab)
    tab.screenshot(path=str(artifacts / "51-zoom-to-selection.png"))
    assert fitted["zoom"] < 12, fitted
    points = _map_frame(tab).evaluate(_POINTS_IN_VIEW)
    assert "Pa Xa Lào" in points and all(points.values()), points
    assert off_machine(tab.requests) == []


#: The length of the groups' script the map was last given (the layers and the pin).
_SENT = "() => (window.__GLOBAL_DATA__.last_feature_group || '').length"


def _click_place(page, place_id: str, name: str, frames: list[int]) -> int:
    """Click *place_id* with the mouse (the view on it first); return the bytes the page got."""
    frame = _map_frame(page)
    assert frame.evaluate(_POINT_OF, ["id", place_id]), f"{place_id} is not drawn"
    _settled(page)  # the view moved: the map reported it, the app ran
    pt = _map_frame(page).evaluate(_POINT_OF, ["id", place_id])
    _settled(page)
    box = page.locator(MAP_FRAME).first.bounding_box()
    frames.clear()
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    page.locator("h3").filter(has_text=re.compile(r"^\s*" + re.escape(name) + r"\s*$")).first \
        .wait_for(state="visible", timeout=SLOW_MS)
    _idle(page)
    page.wait_for_timeout(1000)
    return sum(frames)


def test_a_click_does_not_send_the_layers_again(page, app_server, artifacts):
    # the Tây Trang post is the only place under its symbol at zoom 12 (its gate is
    # not drawn: no article names it): the map pins it itself; the app selects it too
    frames: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived",
                                          lambda data: frames.append(len(data))))
    page.goto(app_server.url + "/", wait_until="domcontentloaded")
    _map_frame(page)
    _settled(page)
    layers = _map_frame(page).evaluate(_SENT)
    assert layers > 50_000  # (140 kB on the seeds)
    got = _click_place(page, "post:tay-trang", "Tây Trang Border Post", frames)
    assert got < layers / 4, (got, layers)  # the panel, not the map again
    assert _map_frame(page).evaluate("() => window.map.__geoPinned") == "post:tay-trang"
    # a place chosen beside the map is sent to it (its pin moves)
    page.get_by_role("radio", name=re.compile(r"^Laos \d+×$")).click()  # (a pill)
    deadline = time.monotonic() + 60
    while (time.monotonic() < deadline
           and _map_frame(page).evaluate("() => window.map.__geoPinned") != "country:la"):
        page.wait_for_timeout(250)
    assert _map_frame(page).evaluate("() => window.map.__geoPinned") == "country:la"
    # the post clicked again: pinned by the map, nothing sent again
    got = _click_place(page, "post:tay-trang", "Tây Trang Border Post", frames)
    assert got < layers / 4, (got, layers)
    assert _map_frame(page).evaluate("() => window.map.__geoPinned") == "post:tay-trang"
    # another view and back: a new frame pins the selected place, not the one sent last
    _view(page, "Tables")
    _view(page, "Map", ready=page.locator(MAP_FRAME).first)
    deadline = time.monotonic() + 60
    pinned = None
    while time.monotonic() < deadline and pinned != "post:tay-trang":
        try:
            pinned = _map_frame(page).evaluate("() => window.map.__geoPinned")
        except Exception:  # the frame being made
            pinned = None
        page.wait_for_timeout(250)
    page.screenshot(path=str(artifacts / "52-pinned-after-views.png"))
    assert pinned == "post:tay-trang"
    assert off_machine(page.requests) == []
