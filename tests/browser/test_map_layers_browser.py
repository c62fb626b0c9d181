"""A filter change swaps the map's layers in a real browser; the map itself stays.

The base map (background, boundary, legend, layer control) is the same under
every filter, so the browser keeps its frame and its Leaflet map; the layers
the filters select arrive as st_folium's feature group (issue 13).  After a
change the counts are the new ones, the layer control lists each layer once,
a layer switched on stays on through the next change (and in the new frame
of another view and back), and a click on a place (also on a layer switched
on after the change) still opens its panel; the selection sent back after a
click leaves the layers as they are.  The
app runs on the dated seeds (``conftest.dated_server``): Pa Xa Lào village
is named in 000 (2024-03-12) and 001, the Tây Trang post in 000 only.
"""

from __future__ import annotations

import re
import time

import pytest

from .conftest import MAP_FRAME, off_machine
from .test_app_browser import _view

pytestmark = pytest.mark.browser

SLOW_MS = 120_000
COMMUNES = "Communes and other units (legacy & 2025)"

#: The mention count of the feature of place *id* on the map (null: not drawn).
_COUNT = """
(id) => { let n = null;
  window.map.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (p && p.id === id && p.mention_count !== undefined) n = p.mention_count; });
  return n; }
"""

#: The screen point of the place *id* (the view centred on it at zoom 12 first).
_POINT_OF = """
(id) => {
  const map = window.map;
  let found = null;
  map.eachLayer(l => {
    const p = l.feature && l.feature.properties;
    const own = p && (p.id === id || (p.members || []).includes(id));
    if (!found && own && l.getLatLng) found = l;
  });
  if (!found) return null;
  map.setView(found.getLatLng(), 12, {animate: false});
  const pt = map.latLngToContainerPoint(found.getLatLng());
  return {x: pt.x, y: pt.y};
}
"""

_OVERLAYS = """
() => [...document.querySelectorAll('.leaflet-control-layers-overlays label')].map(
  l => [l.textContent.trim(), l.querySelector('input').checked])
"""


def _idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=SLOW_MS)


def _frame(page):
    return page.locator(MAP_FRAME).first.element_handle(timeout=SLOW_MS).content_frame()


def _wait_count(frame, place_id: str, value, timeout_s: float = 90):
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        last = frame.evaluate(_COUNT, place_id)
        if last == value:
            return last
        time.sleep(0.25)
    return last


def _switch_layer(page, frame_loc, title: str) -> None:
    frame_loc.locator(".leaflet-control-layers").first.hover()
    label = frame_loc.locator(".leaflet-control-layers-overlays label", has_text=title).first
    label.locator("input[type=checkbox]").click()
    page.mouse.move(5, 5)
    page.wait_for_timeout(300)


def _click_opens(page, frame, place_id: str, name: str) -> None:
    """Click with the mouse where *place_id* is drawn; its panel opens (chooser included)."""
    _idle(page)
    assert frame.evaluate(_POINT_OF, place_id), f"{place_id} is not drawn"
    page.wait_for_timeout(400)  # the view has moved: let the canvas redraw
    pt = frame.evaluate(_POINT_OF, place_id)
    box = page.locator(MAP_FRAME).first.bounding_box()
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    heading = page.locator("h3").filter(
        has_text=re.compile(r"^\s*" + re.escape(name) + r"\s*$")).first
    chooser = page.get_by_text(re.compile(r"^\d+ places here$")).first
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not heading.is_visible():
        if chooser.is_visible():  # places sharing the point: one button away
            button = page.get_by_role("button", name=re.compile("^" + re.escape(name) + r" \("))
            if button.count() and button.first.is_enabled():
                try:
                    button.first.click(timeout=2_000)
                except Exception:  # replaced by a rerun: look again
                    pass
        page.wait_for_timeout(300)
    assert heading.is_visible(), f"no panel of {name} after a click on it"


def test_a_filter_change_swaps_the_layers_and_keeps_the_map(tab, dated_server, artifacts):
    tab.goto(dated_server + "/", wait_until="domcontentloaded")
    frame_loc = tab.frame_locator(MAP_FRAME)
    frame_loc.locator(".leaflet-container").first.wait_for(state="visible", timeout=SLOW_MS)
    _idle(tab)
    iframe = tab.locator(MAP_FRAME).first.element_handle()
    frame = _frame(tab)
    assert _wait_count(frame, "village:pa-xa-lao", 2) == 2
    assert frame.evaluate(_COUNT, "post:tay-trang") == 2
    overlays = frame.evaluate(_OVERLAYS)
    frame.evaluate("() => { window.__sameFrame = true; window.map.__sameMap = true; }")

    # the date range's start a page later: 000 (2024-03-12) leaves
    thumb = tab.locator('[data-testid="stSidebar"] input[type="range"]'
                        '[aria-label="Published between — start"]').first
    thumb.focus()
    thumb.press("PageUp")
    _idle(tab)
    assert _wait_count(frame, "village:pa-xa-lao", 1) == 1  # in the same frame
    assert frame.evaluate(_COUNT, "post:tay-trang") is None  # not mentioned in the range
    # the same iframe element, the same page in it, the same Leaflet map
    assert tab.evaluate("([a, b]) => a === b", [iframe, tab.locator(MAP_FRAME).first
                                                .element_handle()])
    assert frame.evaluate("() => window.__sameFrame === true && window.map.__sameMap === true")
    assert tab.locator(MAP_FRAME).count() == 1
    # the layer control lists the layers of the new selection, each once, as at start
    now = frame.evaluate(_OVERLAYS)
    titles = [t for t, _ in now]
    assert len(titles) == len(set(titles)) and "Villages and hamlets" in titles
    assert "Border posts" in titles and titles[0] == "International boundary"
    assert {t: on for t, on in now} == {t: on for t, on in overlays if t in titles}
    tab.screenshot(path=str(artifacts / "40-layers-swapped.png"), full_page=True)

    # a click on a place of the new layers opens its panel; the selection sent back
    # leaves the layers as they are (their popup stays open)
    frame.evaluate("() => { window.map.__geoData.__kept = true; }")
    _click_opens(tab, frame, "village:pa-xa-lao", "Pa Xa Lào")
    tab.get_by_text("Passages (1)", exact=False).first.wait_for(state="visible",
                                                                timeout=30_000)
    _idle(tab)
    assert frame.evaluate("() => window.map.__geoData.__kept === true")
    assert frame.evaluate("() => window.map.__geoPinned") == "village:pa-xa-lao"
    # a layer switched on after the change answers a click too
    _switch_layer(tab, frame_loc, "Communes")
    _click_opens(tab, frame, "vn2025:c:03349", "Thanh Yên")

    # the range back: the layers change again; the communes stay switched on
    _idle(tab)
    thumb.focus()
    thumb.press("PageDown")
    _idle(tab)
    assert _wait_count(frame, "village:pa-xa-lao", 2) == 2
    assert frame.evaluate("() => window.__sameFrame === true && window.map.__sameMap === true")
    assert dict(frame.evaluate(_OVERLAYS))[COMMUNES] is True
    assert frame.evaluate(_COUNT, "post:tay-trang") == 2
    tab.screenshot(path=str(artifacts / "41-layers-swapped-back.png"), full_page=True)

    # another view and back: a new frame, a new map; the communes are still switched on
    _view(tab, "Read an article", ready=tab.locator(".geo-article").first)
    _view(tab, "Map", ready=tab.locator(MAP_FRAME).first)
    frame_loc.locator(".leaflet-container").first.wait_for(state="visible", timeout=SLOW_MS)
    deadline = time.monotonic() + 60
    frame = _frame(tab)
    while time.monotonic() < deadline:
        try:
            frame = _frame(tab)
            if frame.evaluate("() => !!(window.map && window.map.__geoData)"):
                break
        except Exception:  # the frame being made: look again
            pass
        tab.wait_for_timeout(250)
    assert frame.evaluate("() => window.__sameFrame") is None  # a new frame indeed
    assert dict(frame.evaluate(_OVERLAYS))[COMMUNES] is True
    assert dict(frame.evaluate(_OVERLAYS))["Border posts"] is True
    assert off_machine(tab.requests) == []
