"""Time and figures in a real browser: the date range, the timeline, the Charts view.

The app runs (``conftest.dated_server``) on a copy of the seeds whose manifest dates them
(``tests/test_app_time.py``: 000 on 2024-03-12, 001 on 2024-05-20, 002 on
2024-11-02, 003 on 2024-08-15 as the seeds say, 004 undated).  Read in the
seeds: Pa Xa Lào village is named in the bodies of 000 and 001, once each;
the Tây Trang International Border Post twice in 000 and nowhere else; the
Sen Thượng post "is tasked with managing and protecting 24km of national
border" (001).
"""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlparse

import pytest

from .conftest import MAP_FRAME, off_machine

pytestmark = pytest.mark.browser

SLOW_MS = 120_000

_COUNT = """
(id) => { let n = null;
  window.map.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (p && p.id === id && p.mention_count !== undefined) n = p.mention_count; });
  return n; }
"""


def _idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=SLOW_MS)


def _count(page, place_id: str, *, not_value=None) -> int | None:
    """Return the mention count the map's feature of *place_id* carries (frame looked up afresh).

    With *not_value*, wait until the map shows another value (the map is redrawn
    after a filter change).
    """
    deadline = page.evaluate("Date.now()") + SLOW_MS
    last = None
    while page.evaluate("Date.now()") < deadline:
        try:
            frame = page.locator(MAP_FRAME).first.element_handle(timeout=5_000).content_frame()
            if frame is not None and frame.evaluate("() => !!window.map"):
                last = frame.evaluate(_COUNT, place_id)
                if not_value is None or last != not_value:
                    return last
        except Exception:  # the frame went away while the app re-ran: look again
            pass
        page.wait_for_timeout(300)
    return last


def _shown(page) -> str:
    return page.locator('[data-testid="stSidebar"]').get_by_text("Shown:").first.inner_text()


def test_moving_the_date_range_changes_the_map_counts_and_the_timeline(tab, dated_server,
                                                                      artifacts):
    tab.goto(dated_server + "/", wait_until="domcontentloaded")
    tab.frame_locator(MAP_FRAME).locator(".leaflet-container").first.wait_for(
        state="visible", timeout=SLOW_MS)
    _idle(tab)
    assert _count(tab, "village:pa-xa-lao") == 2
    assert _count(tab, "post:tay-trang") == 2
    assert _shown(tab).startswith("Shown: 5 article(s)")
    in_range = '[aria-label*="in_range: in range"]'
    march_in = tab.locator('[data-testid="stSidebar"] [aria-roledescription="bar"]'
                           '[aria-label*="month: 2024-03"]' + in_range)
    assert march_in.count() == 3  # articles, mentions and figures of March (000)
    tab.screenshot(path=str(artifacts / "30-date-range-before.png"), full_page=True)
    # the range's first day about a tenth of the range later (a page of the slider):
    # past March, before 001's day (2024-05-20): 000 (2024-03-12) leaves
    thumb = tab.locator('[data-testid="stSidebar"] input[type="range"]'
                        '[aria-label="Published between — start"]').first
    thumb.focus()
    thumb.press("PageUp")
    _idle(tab)
    assert _count(tab, "village:pa-xa-lao", not_value=2) == 1
    assert _count(tab, "post:tay-trang") in (0, None)  # not mentioned in the range
    tab.wait_for_function("() => [...document.querySelectorAll('[data-testid=stSidebar] *')]"
                          ".some(e => (e.innerText || '').startsWith('Shown: 4 article'))",
                          timeout=SLOW_MS)
    assert march_in.count() == 0  # March is now outside the range
    query = parse_qs(urlparse(tab.url).query)
    assert "2024-04-01" <= query["from"][0] < "2024-05-20" and query["to"] == ["2024-11-02"]
    tab.screenshot(path=str(artifacts / "31-date-range-after.png"), full_page=True)
    assert off_machine(tab.requests) == []


def _choose(page, main, theme: str) -> None:
    """Choose *theme* in the Charts view's theme box (opening it again if it closed)."""
    for _ in range(3):
        _idle(page)
        main.locator('[data-testid="stSelectbox"]').first.click()
        option = page.get_by_role("option", name=theme)
        try:
            option.click(timeout=10_000)
            return
        except Exception:
            page.keyboard.press("Escape")
    raise AssertionError(f"could not choose {theme}")


def test_a_theme_shows_its_chart_and_a_bar_selects_its_place(tab, dated_server, artifacts):
    tab.goto(dated_server + "/charts", wait_until="domcontentloaded")
    main = tab.locator('[data-testid="stMain"]')
    main.get_by_text("in km, by place").first.wait_for(state="visible", timeout=SLOW_MS)
    _idle(tab)
    # choose another theme: its chart replaces the first
    _choose(tab, main, "Drugs and crime")
    main.get_by_text("Drugs and crime in kg, by place").first.wait_for(state="visible",
                                                                        timeout=SLOW_MS)
    _idle(tab)
    bars = main.locator('[aria-roledescription="bar"]')
    assert bars.count() >= 1
    tab.screenshot(path=str(artifacts / "32-chart-drugs.png"), full_page=True)
    # back to the border in km; a click on the Sen Thượng post's bar selects it
    _choose(tab, main, "Border managed")
    main.get_by_text("Border managed in km, by place").first.wait_for(state="visible",
                                                                       timeout=SLOW_MS)
    _idle(tab)
    bar = main.locator('[aria-roledescription="bar"][aria-label*="Sen Thượng"]').first
    for _ in range(3):  # a chart drawn a moment ago may not listen yet: click again
        bar.click()
        try:
            tab.wait_for_url("**place=post%3Asen-thuong**", timeout=20_000)
            break
        except Exception:
            _idle(tab)
    assert "place=post%3Asen-thuong" in tab.url
    main.get_by_role("heading", name="Sen Thượng Border Post").first.wait_for(
        state="visible", timeout=SLOW_MS)
    tab.screenshot(path=str(artifacts / "33-chart-bar-selects.png"), full_page=True)
    # and the map opens on it
    main.get_by_role("button", name="Show on the map").click()
    tab.frame_locator(MAP_FRAME).locator(".leaflet-container").first.wait_for(
        state="visible", timeout=SLOW_MS)
    assert "place=post%3Asen-thuong" in tab.url
    assert off_machine(tab.requests) == []


_FIGURE_SYMBOL = """
(pid) => {
  const map = window.map;
  let found = null;
  map.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (!found && p && p.place_id === pid && p.ring > 1 && l._geoPoint) found = l; });
  if (!found) return null;
  map.setView(found.getLatLng(), 10, {animate: false});
  const at = found._geoPoint(map), anchor = map.latLngToContainerPoint(found.getLatLng());
  return {x: at.x, y: at.y, away: at.distanceTo(anchor), ring: found.feature.properties.ring};
}
"""


def test_figure_symbols_ring_their_place_and_a_click_opens_it(tab, dated_server, artifacts):
    # the province of Điện Biên carries most of the seeds' figures (000, 002, 004: border
    # length, patrols, seizures, party building...): many groups, one ring of symbols
    tab.goto(dated_server + "/", wait_until="domcontentloaded")
    frame_loc = tab.frame_locator(MAP_FRAME)
    frame_loc.locator(".leaflet-container").first.wait_for(state="visible", timeout=SLOW_MS)
    _idle(tab)
    frame = tab.locator(MAP_FRAME).first.element_handle().content_frame()
    assert frame.evaluate(_FIGURE_SYMBOL, "vnold:p:11") is None  # on request only
    # the figures are drawn on request: the sidebar's switch, then in the URL
    tab.locator('[data-testid="stSidebar"]').get_by_text("Figures (one symbol").first.click()
    tab.wait_for_url("**layers=figures**", timeout=SLOW_MS)
    deadline = time.monotonic() + SLOW_MS / 1000
    target = None
    while target is None:  # a new map, with the figures shown
        assert time.monotonic() < deadline, "no figure symbol drawn"
        try:
            frame = tab.locator(MAP_FRAME).first.element_handle().content_frame()
            target = frame.evaluate(_FIGURE_SYMBOL, "vnold:p:11")
        except Exception:  # the map's frame is being replaced: look again
            target = None
        tab.wait_for_timeout(200)
    _idle(tab)
    frame = tab.locator(MAP_FRAME).first.element_handle().content_frame()
    target = frame.evaluate(_FIGURE_SYMBOL, "vnold:p:11")
    assert target and target["ring"] > 5
    assert target["away"] > 15  # drawn beside the point, not on it
    tab.wait_for_timeout(500)
    target = frame.evaluate(_FIGURE_SYMBOL, "vnold:p:11")
    box = tab.locator(MAP_FRAME).first.bounding_box()
    tab.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    tab.wait_for_url("**place=vnold%3Ap%3A11**", timeout=SLOW_MS)
    tab.locator('[data-testid="stMain"]').get_by_role("heading", name="Điện Biên").first.wait_for(
        state="visible", timeout=SLOW_MS)
    # its figures over time: drawn (one point per dated report), not an empty box
    spark = tab.locator('[data-testid="stMain"] svg.geo-sparkline').first
    spark.wait_for(state="visible", timeout=SLOW_MS)
    assert spark.locator("circle").count() >= 2 and spark.bounding_box()["height"] > 20
    tab.screenshot(path=str(artifacts / "34-figure-symbol-click.png"), full_page=True)
