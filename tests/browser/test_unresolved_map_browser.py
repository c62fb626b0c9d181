"""The "Unresolved names" view's map in a real browser: its own frame, the current layers.

The seeds have no unresolved name, so the app runs here on the dated seeds
(``test_app_time.dated_copy``) plus one undated article naming "Po Nhu Kho
Village" (a name with a trigger the gazetteer does not know: unresolved, as
``tests/test_mentions.py`` says) and Pa Xa Lào village, which 000
(2024-03-12) and 001 name too: 3 articles with all the dates, 2 once the
range's start moves past 000.

Issue 12 asked whether this map keeps layers of the main map or of a
previous state.  It did not, in every way tried (these tests): it is a new
frame with no pin of the main map's, the layers of the filters as they are,
swapped in the same frame when they change, also when they change while the
frame is still loading Leaflet (streamlit-folium drops that render, but the
frame's first ``setFrameHeight`` makes Streamlit render it again with the
latest arguments).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from _servers import free_port, stop_group, wait_healthy

from .conftest import MAP_FRAME, ROOT, off_machine
from .test_app_browser import SLOW_MS, _idle, _view
from .test_map_layers_browser import _OVERLAYS, _wait_count

pytestmark = pytest.mark.browser

ARTICLE = ("Border guards help families of Po Nhu Kho Village\n\n"
           "Border guards of the Tây Trang Border Post helped the families of Po Nhu Kho "
           "Village build houses.\n\nThe soldiers also visited Pa Xa Lào village.\n")


@pytest.fixture(scope="module")
def unresolved_server(tmp_path_factory):
    """The app on the dated seeds and one article with an unresolved village."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _apptest import dated_copy

    work = tmp_path_factory.mktemp("unresolved-app")
    corpus = dated_copy(work / "corpus")
    (corpus / "005_aaaaaaaaaaaaaaaa.txt").write_text(ARTICLE, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, GEO_CORPUS=str(corpus), GEO_OVERRIDES=str(work / "overrides.csv"),
               GEO_CACHE_DIR=str(work / "cache"), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
               PYTHONUNBUFFERED="1")
    log = work / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        stop_group(proc)


@pytest.fixture
def tab(browser, unresolved_server):
    """A fresh page on this module's app that records every request."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    pg = context.new_page()
    pg.requests = []
    context.on("request", lambda r: pg.requests.append(r.url))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


def _fix_map(page, timeout_s: float = 90):
    """Return the frame of the view's map once its layers are on."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            frame = page.locator(MAP_FRAME).first.element_handle(timeout=5_000).content_frame()
            if frame and frame.evaluate("() => !!(window.map && window.map.__geoData)"):
                return frame
        except Exception:  # the frame being made
            pass
        page.wait_for_timeout(250)
    raise AssertionError("the view's map did not draw its layers")


def _later_start(page) -> None:
    thumb = page.locator('[data-testid="stSidebar"] input[type="range"]'
                         '[aria-label="Published between — start"]').first
    thumb.focus()
    thumb.press("PageUp")  # a page later: 000 (2024-03-12) leaves


def test_the_fix_map_is_its_own_with_the_layers_of_the_filters(tab, unresolved_server,
                                                               artifacts):
    tab.goto(unresolved_server + "/?place=post:tay-trang", wait_until="domcontentloaded")
    main = _fix_map(tab)
    assert _wait_count(main, "village:pa-xa-lao", 3) == 3
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and main.evaluate("() => window.map.__geoPinned") is None:
        tab.wait_for_timeout(250)
    assert main.evaluate("() => window.map.__geoPinned") == "post:tay-trang"
    main.evaluate("() => { window.__mainFrame = true; }")
    _view(tab, "Unresolved names", ready=tab.get_by_text("Po Nhu Kho", exact=False).first)
    fix = _fix_map(tab)
    assert fix.evaluate("() => window.__mainFrame") is None  # a frame of its own
    assert fix.evaluate("() => window.map.__geoPinned || null") is None  # no pin of the main map
    assert _wait_count(fix, "village:pa-xa-lao", 3) == 3
    fix.evaluate("() => { window.__fixFrame = true; }")
    _later_start(tab)
    _idle(tab)
    assert _wait_count(_fix_map(tab), "village:pa-xa-lao", 2) == 2
    fix = _fix_map(tab)
    assert fix.evaluate("() => window.__fixFrame") is True  # swapped in the same frame
    titles = [t for t, _ in fix.evaluate(_OVERLAYS)]
    assert len(titles) == len(set(titles)) and "Villages and hamlets" in titles
    tab.screenshot(path=str(artifacts / "53-unresolved-map.png"), full_page=True)
    assert off_machine(tab.requests) == []


def test_a_filter_changed_while_the_fix_map_loads_shows_the_new_layers(tab, unresolved_server):
    held = []

    def hold_leaflet(route):
        url = route.request.url
        if url.endswith("/leaflet.js"):
            held.append(route)
        else:
            route.continue_()

    tab.route("**/app/static/**", hold_leaflet)
    tab.goto(unresolved_server + "/unresolved", wait_until="domcontentloaded")
    tab.wait_for_selector(MAP_FRAME, state="attached", timeout=SLOW_MS)
    _idle(tab)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not held:
        tab.wait_for_timeout(100)
    assert held, "Leaflet was not asked for"
    _later_start(tab)  # while the frame waits for Leaflet
    _idle(tab)
    for route in held:
        route.continue_()
    tab.wait_for_timeout(1000)
    assert _wait_count(_fix_map(tab), "village:pa-xa-lao", 2) == 2
