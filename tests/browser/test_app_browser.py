"""The app in a real browser: map, click → passages, layers, export, offline, XSS.

Debian's Chromium through Playwright against ``streamlit run app.py`` (see
``conftest.py``).  Screenshots of the main views go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import re
import time

import pytest
from geojson_pydantic import FeatureCollection
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .conftest import MAP_FRAME, off_machine

pytestmark = pytest.mark.browser

SLOW_MS = 120_000
TAY_TRANG_PASSAGE = ("Border guards from the Tây Trang International Border Post assist "
                     "locals in Na Ư commune")

#: In the map's frame: the first drawn feature whose properties match, its
#: screen point, and whether a real click there would reach it (the map may
#: draw on a canvas, where the last-drawn shape under the pointer wins, and
#: DOM markers sit above the canvas).
_FIND_FEATURE = """
([key, value, kind]) => {
  const map = window.map;
  if (!map) return null;
  let found = null;
  map.eachLayer(l => {
    if (found) return;
    const p = l.feature && l.feature.properties;
    if (!p || !l.getLatLng) return;
    const v = String(p[key] || '');
    if (!v.includes(value) || (kind && p.kind !== kind)) return;
    found = l;
  });
  if (!found) return null;
  if (found.bringToFront) found.bringToFront();
  map.setView(found.getLatLng(), Math.max(map.getZoom(), 11), {animate: false});
  const pt = map.latLngToContainerPoint(found.getLatLng());
  const rect = map.getContainer().getBoundingClientRect();
  const x = rect.left + pt.x, y = rect.top + pt.y;
  const el = document.elementFromPoint(x, y);
  const id = found.feature.properties.id;
  let hit = false;
  const own = found._path || found._icon;
  if (own) {
    hit = !!(el && (el === own || own.contains(el)));
  } else if (found._renderer && found._renderer._drawFirst) {
    const r = found._renderer, lp = map.latLngToLayerPoint(found.getLatLng());
    let top = null;
    for (let o = r._drawFirst; o; o = o.next) {
      const l = o.layer;
      if (l.options.interactive && l._containsPoint && l._containsPoint(lp)) top = l;
    }
    hit = el === r._container && !!top && !!top.feature && top.feature.properties.id === id;
  }
  window.__target = found;
  return {id, name: found.feature.properties.name, x, y, hit};
}
"""

#: Fire a click on the found feature as Leaflet would (used when another
#: symbol at the same point covers it).
_FIRE_CLICK = """
() => { const l = window.__target;
        l.fire('click', {latlng: l.getLatLng(), layer: l, sourceTarget: l}, true); }
"""

_LAYER_COUNT = "() => window.map ? Object.keys(window.map._layers).length : 0"


def _open(page, app_server):
    page.goto(app_server.url + "/", wait_until="domcontentloaded")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-container").first.wait_for(state="visible", timeout=SLOW_MS)
    _map_frame(page)
    return frame


def _map_frame(page, timeout_ms: int = SLOW_MS):
    """Return the map's frame once its map has drawn its layers.

    The component's iframe is replaced whenever the map changes (new
    articles, filters), so the frame is looked up afresh until it answers.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    last = None
    while time.monotonic() < deadline:
        try:
            handle = page.locator(MAP_FRAME).first.element_handle(timeout=5_000)
            frame = handle.content_frame() if handle else None
            if frame is not None and frame.evaluate(_LAYER_COUNT) > 20:
                return frame
        except Exception as err:  # detached while the app re-ran: look again
            last = err
        page.wait_for_timeout(250)
    raise AssertionError(f"the map did not draw within {timeout_ms} ms ({last})")


def _idle(page, timeout_ms: int = SLOW_MS) -> None:
    """Wait until the app is not running its script (no "Running…" indicator)."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
        timeout=timeout_ms)


def _download(page, button, attempts: int = 3):
    """Click a download button until the browser downloads; return the download.

    A click while the app reruns can land on a button whose file the rerun has
    just replaced (CI saw one such click give no download in 30 s); the click is
    then repeated on the button the rerun drew.
    """
    for attempt in range(attempts):
        _idle(page)  # a click while the page still runs can land on a button being replaced
        try:
            with page.expect_download(timeout=20_000) as info:
                button.click()
            return info.value
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _click_feature(page, key: str, value: str, kind: str | None = None) -> dict:
    _idle(page)
    frame = _map_frame(page)
    target = frame.evaluate(_FIND_FEATURE, [key, value, kind])
    assert target, f"no feature with {key} containing {value!r} on the map"
    page.wait_for_timeout(300)  # the view has moved: let the canvas redraw
    target = frame.evaluate(_FIND_FEATURE, [key, value, kind])
    if target["hit"]:
        box = page.locator(MAP_FRAME).first.bounding_box()
        page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    else:
        frame.evaluate(_FIRE_CLICK)
    return target


#: The browser is on the page the link *href* leads to, its main area has drawn
#: something and the app is not running its script.
_VIEW_DRAWN = """(href) => location.pathname === new URL(href, location.href).pathname &&
  !document.querySelector('[data-testid="stStatusWidget"]') &&
  [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stElementContainer"]')]
    .some(e => e.offsetHeight > 0)"""


def _view(page, name: str, ready=None) -> None:
    """Go to the registered view titled *name* through the app's navigation.

    A click right after the map reported its view used to leave the new
    page's main area empty; the map now holds such a click for a moment
    (``SettleBeforeLeaving``, tested on purpose below).  A click while the
    page before it is still running can still be lost on a loaded machine: a
    user clicks again; so does this, until the view has drawn (and *ready*,
    a locator of what the test needs from it, is visible).
    """
    link = page.get_by_role("link", name=name, exact=True).first
    href = link.get_attribute("href") or "/"
    for attempt in range(3):
        _idle(page)
        link.click()
        try:
            page.wait_for_function(_VIEW_DRAWN, arg=href, timeout=40_000)
            if ready is not None:
                ready.wait_for(state="visible", timeout=40_000)
            return
        except PlaywrightError:
            if attempt == 2:
                raise


def _no_injection(page) -> None:
    """Nothing from the payloads ran or became an element, in the page or the map."""
    assert page.dialogs == [], page.dialogs
    for frame in page.frames:
        try:
            state = frame.evaluate(
                "() => ({xss: window.__xss || null,"
                " img: document.querySelectorAll('img[src=\"x\"], img[onerror]').length,"
                " svg: document.querySelectorAll('svg[onload]').length,"
                " js: [...document.querySelectorAll('a[href]')]"
                "      .filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,"
                " scripts: [...document.querySelectorAll('script')]"
                "      .filter(s => /^\\s*(window\\.__xss|alert)/.test(s.textContent || ''))"
                "      .length})")
        except Exception:  # a frame that went away while navigating
            continue
        assert state == {"xss": None, "img": 0, "svg": 0, "js": 0, "scripts": 0}, (frame.url,
                                                                                     state)


def test_map_click_tay_trang_shows_its_passage(page, app_server, artifacts):
    _open(page, app_server)
    page.wait_for_timeout(500)
    page.screenshot(path=str(artifacts / "01-map.png"), full_page=True)
    target = _click_feature(page, "name", "Tây Trang", "border_post")
    passage = page.get_by_text(TAY_TRANG_PASSAGE, exact=False).first
    try:
        passage.wait_for(state="visible", timeout=30_000)
    except Exception:
        page.screenshot(path=str(artifacts / "02-place-panel-FAILED.png"), full_page=True)
        raise
    mark = page.locator("mark.geo-mention", has_text="Tây Trang International Border Post").first
    assert mark.is_visible()
    assert page.get_by_text("Tay Trang", exact=False).first.is_visible()  # without diacritics
    page.screenshot(path=str(artifacts / "02-place-panel.png"), full_page=True)
    assert target["id"]
    assert off_machine(page.requests) == [], off_machine(page.requests)
    assert page.failed == []  # every script, style and image the page asks for is served
    assert page.dialogs == []


def test_the_map_comes_first_and_the_filters_follow_in_the_same_frame(page, app_server):
    # a new visitor: the map is drawn before the sidebar's widgets, which then appear
    # without a click, beside the same map (its frame and Leaflet map kept)
    page.goto(app_server.url + "/", wait_until="domcontentloaded")
    frame = _map_frame(page)
    frame.evaluate("() => { window.__first_map = window.map; }")
    kinds = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')
    kinds.first.wait_for(state="visible", timeout=SLOW_MS)
    _idle(page)
    assert page.get_by_role("button", name="Zoom to the selection").is_visible()
    assert page.locator(MAP_FRAME).count() == 1
    assert _map_frame(page).evaluate("() => window.__first_map === window.map")


def test_layer_control_toggles_a_layer(page, app_server, artifacts):
    frame = _open(page, app_server)
    mf = _map_frame(page)
    before = mf.evaluate(_LAYER_COUNT)
    frame.locator(".leaflet-control-layers").first.hover()
    boxes = frame.locator(".leaflet-control-layers-overlays input[type=checkbox]")
    assert boxes.count() >= 3
    labels = frame.locator(".leaflet-control-layers-overlays label")
    names = [labels.nth(i).inner_text().strip() for i in range(labels.count())]
    i = next(i for i, n in enumerate(names) if re.search("post", n, re.I))
    was = boxes.nth(i).is_checked()
    boxes.nth(i).click()
    page.wait_for_timeout(300)
    assert boxes.nth(i).is_checked() != was
    after = mf.evaluate(_LAYER_COUNT)
    assert after != before, (names[i], before, after)
    page.screenshot(path=str(artifacts / "03-layer-toggled.png"))
    boxes.nth(i).click()
    page.wait_for_timeout(300)
    assert mf.evaluate(_LAYER_COUNT) == before
    assert off_machine(page.requests) == []


def test_download_geojson_is_valid(page, app_server, artifacts, tmp_path):
    _open(page, app_server)
    _view(page, "Export")
    button = page.get_by_role("button", name=re.compile(r"^Border posts \(\d+\) · GeoJSON"))
    button.wait_for(state="visible", timeout=SLOW_MS)
    page.screenshot(path=str(artifacts / "04-export.png"), full_page=True)
    download = _download(page, button)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.name == "border_posts.geojson"
    data = json.loads(path.read_text("utf-8"))
    FeatureCollection.model_validate(data)
    assert data["type"] == "FeatureCollection" and data["features"]
    assert "crs" not in data
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"][:2]
        assert 100 < lon < 106 and 19 < lat < 24  # longitude first (RFC 7946)
        assert f["properties"]["kind"] == "border_post"
    assert any("Tây Trang" in f["properties"]["name"] for f in data["features"])
    assert off_machine(page.requests) == []


def test_reader_and_tables(page, app_server, artifacts):
    _open(page, app_server)
    _view(page, "Read an article", ready=page.locator(".geo-article mark.geo-mention").first)
    assert page.locator(".geo-article .geo-furniture").count() > 0
    page.screenshot(path=str(artifacts / "05-reader.png"), full_page=True)
    _view(page, "Tables")
    page.get_by_role("button", name=re.compile("Download places")).wait_for(timeout=SLOW_MS)
    page.screenshot(path=str(artifacts / "06-tables.png"), full_page=True)
    _view(page, "Unresolved names")
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "07-unresolved.png"), full_page=True)
    assert off_machine(page.requests) == []


#: In the map's frame: send a report to Streamlit (as the map does after a
#: move) and click the navigation link *name* in the same tick.
_REPORT_THEN_NAVIGATE = """
(name) => {
  const doc = window.frameElement.ownerDocument;
  const link = [...doc.querySelectorAll('[data-testid="stTopNavLink"]')]
    .find(a => a.textContent.trim() === name);
  window.parent.postMessage({isStreamlitMessage: true, type: 'streamlit:setComponentValue',
    dataType: 'json', value: {last_active_drawing: null, last_clicked: null,
                              center: {lat: 21.52, lng: 102.91}, zoom: 10}}, '*');
  link.click();
}
"""


def test_navigation_right_after_a_map_report_draws_the_new_view(page, app_server):
    # a click on the navigation in the tick after the map reported its view used to
    # leave the new view's main area empty (the sidebar drawn, nothing else): every time
    # in Chromium, so the race is made on purpose here, twice
    _open(page, app_server)
    for _ in range(2):
        _idle(page)
        _map_frame(page).evaluate(_REPORT_THEN_NAVIGATE, "Read an article")
        page.locator(".geo-article mark.geo-mention").first.wait_for(state="visible",
                                                                    timeout=SLOW_MS)
        assert page.evaluate("location.pathname").endswith("/reader")
        _view(page, "Map", ready=page.locator(MAP_FRAME).first)


XSS_TEXT = """Payload <script>window.__xss = 1; alert(1)</script> at the border

ĐBP - Border guards of the <img src=x onerror="window.__xss=2;alert(2)"> Tây Trang Border Post \
visited "><svg onload="window.__xss=3;alert(3)"> Na Ư commune and \
<a href="javascript:window.__xss=4">Huổi Puốc</a> border gate, see [link](javascript:alert(5)).

They met people of Xss"><img src=x onerror=alert(6)> village.
"""


def test_uploaded_article_with_payloads_executes_nothing(page, app_server, artifacts, tmp_path):
    upload = tmp_path / "payload<img src=x onerror=alert(7)>.html"
    upload.write_text(f"<html><body><h1>Payload &lt;b&gt; title</h1>"
                      f"<article><p>{XSS_TEXT}</p></article></body></html>", "utf-8")
    plain = tmp_path / "payload.txt"
    plain.write_text(XSS_TEXT, "utf-8")
    _open(page, app_server)
    _view(page, "Add an article")
    page.locator("input[type=file]").first.set_input_files([str(plain), str(upload)])
    page.wait_for_timeout(1000)
    _idle(page)
    page.get_by_role("button", name="Process", exact=True).click()
    page.get_by_text("Done:", exact=False).first.wait_for(state="visible", timeout=SLOW_MS)
    page.screenshot(path=str(artifacts / "08-add-article.png"), full_page=True)
    _no_injection(page)
    _view(page, "Read an article")
    page.locator(".geo-article").first.wait_for(state="visible", timeout=SLOW_MS)
    # choose the uploaded article in the reader
    page.get_by_label("Article", exact=True).first.click()
    page.get_by_role("option", name=re.compile("Payload")).first.click()
    page.get_by_text("window.__xss = 1", exact=False).first.wait_for(state="visible",
                                                                    timeout=SLOW_MS)
    page.wait_for_timeout(500)
    page.screenshot(path=str(artifacts / "09-reader-payload.png"), full_page=True)
    _no_injection(page)
    _view(page, "Map")
    _map_frame(page)
    _click_feature(page, "name", "Tây Trang", "border_post")
    page.locator(".geo-passage").first.wait_for(state="visible", timeout=30_000)
    page.wait_for_timeout(500)
    _no_injection(page)
    _view(page, "Tables")
    page.wait_for_timeout(1500)
    _no_injection(page)
    assert off_machine(page.requests) == []


XSS_NAME = 'Xss"><img src=x onerror="window.__xss=8;alert(8)"> <script>alert(9)</script>'


def test_override_with_payload_name_executes_nothing(page, app_server, artifacts, tmp_path):
    from geo.app.files import write_override

    write_override(app_server.overrides, {
        "id": "user:xss-village", "name": XSS_NAME, "alt_names": "Xss", "kind": "village",
        "lat": 21.21, "lon": 102.93, "precision": "point", "coord_source": "user",
        "notes": '<a href="javascript:alert(10)">notes</a>'})
    article = tmp_path / "xss-village.txt"
    article.write_text("Guards visit Xss village\n\nĐBP - Border guards of the Tây Trang Border "
                       "Post visited Xss village in Na Ư commune to help families.\n", "utf-8")
    try:
        _open(page, app_server)
        # an article that mentions the place, so it is drawn on the map with its name
        _view(page, "Add an article")
        page.locator("input[type=file]").first.set_input_files([str(article)])
        page.wait_for_timeout(1000)
        page.get_by_role("button", name="Process", exact=True).click()
        page.get_by_text("Done:", exact=False).first.wait_for(state="visible", timeout=SLOW_MS)
        _view(page, "Map")
        _map_frame(page)
        target = _click_feature(page, "id", "user:xss-village")
        page.locator("h3", has_text="Xss").first.wait_for(state="visible", timeout=SLOW_MS)
        page.wait_for_timeout(800)  # the feature's popup and tooltip are open now
        page.screenshot(path=str(artifacts / "11-override-payload-on-map.png"), full_page=True)
        _no_injection(page)
        assert target["name"] == XSS_NAME  # the name reached the map as text, unchanged
        page.get_by_label("Name, with or without diacritics").fill("xss")
        page.keyboard.press("Enter")
        page.get_by_role("button", name="Show on map").click()
        page.locator("h3", has_text="Xss").first.wait_for(state="visible", timeout=SLOW_MS)
        assert page.get_by_text("<img src=x", exact=False).first.is_visible()
        _map_frame(page)
        page.wait_for_timeout(500)
        page.screenshot(path=str(artifacts / "10-override-payload.png"), full_page=True)
        _no_injection(page)
        _view(page, "Tables")
        page.wait_for_timeout(1500)
        _no_injection(page)
        assert off_machine(page.requests) == []
    finally:
        app_server.overrides.unlink(missing_ok=True)


#: In the map's frame: the screen point of the first feature whose property
#: *key* equals *value* (the view centred on it first, at zoom 12).
_POINT_OF = """
([key, value]) => {
  const map = window.map;
  let found = null;
  map.eachLayer(l => {
    const p = l.feature && l.feature.properties;
    // a place at a point shared with others is drawn in their pile's symbol
    const own = p && (String(p[key]) === value || (p.members || []).includes(value));
    if (!found && own && l.getLatLng) found = l;
  });
  if (!found) return null;
  map.setView(found.getLatLng(), 12, {animate: false});
  const pt = map.latLngToContainerPoint(found.getLatLng());
  return {x: pt.x, y: pt.y};
}
"""


def _real_click_at(page, place_id: str) -> None:
    """Click with the mouse where the place *place_id* is drawn (whatever lies above it)."""
    _idle(page)
    frame = _map_frame(page)
    assert frame.evaluate(_POINT_OF, ["id", place_id]), f"{place_id} is not drawn"
    page.wait_for_timeout(400)
    pt = frame.evaluate(_POINT_OF, ["id", place_id])
    box = page.locator(MAP_FRAME).first.bounding_box()
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])


def _switch_layer(page, title: str) -> None:
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-control-layers").first.hover()
    label = frame.locator(".leaflet-control-layers-overlays label", has_text=title).first
    label.locator("input[type=checkbox]").click()
    page.mouse.move(5, 5)
    page.wait_for_timeout(300)


@pytest.mark.parametrize(("place_id", "name", "passage", "layer"), [
    ("post:tay-trang", "Tây Trang Border Post", TAY_TRANG_PASSAGE, None),
    ("gate:tay-trang", "Tây Trang International Border Gate", None,
     "Gazetteer places no article mentions"),
    ("marker:vn-la:108", "Vietnam–Laos border marker 108",
     "five border markers (from markers 107 to 111)", None),
    ("village:tang-phon", "Tàng Phon", "In another remote border village, Tàng Phon", None),
    ("vnold:c:03340", "Pa Thơm", "In Pa Thơm commune (Điện Biên district), five border",
     "Communes"),
])
def test_every_place_answers_a_real_click(page, app_server, artifacts, place_id, name,
                                          passage, layer):
    # a real mouse click where the place is drawn: places sharing the point
    # are listed in the panel ("N places here"); the place is one button away
    _open(page, app_server)
    if layer:
        _switch_layer(page, layer)  # a layer switched on after the map loaded
    _real_click_at(page, place_id)
    chooser = page.get_by_text(re.compile(r"^\d+ places here$")).first
    heading = page.locator("h3").filter(
        has_text=re.compile(r"^\s*" + re.escape(name) + r"\s*$")).first
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not heading.is_visible():
        if chooser.is_visible():
            button = page.get_by_role("button", name=re.compile("^" + re.escape(name) + r" \("))
            if button.count() and button.first.is_enabled():
                try:  # a rerun may disable or replace it between the check and the click
                    button.first.click(timeout=2_000)
                except PlaywrightError:
                    pass
        page.wait_for_timeout(300)
    slug = re.sub("[^a-z0-9]+", "-", place_id)
    page.screenshot(path=str(artifacts / f"12-click-{slug}.png"), full_page=True)
    assert heading.is_visible(), f"no panel of {name} after a click on it"
    if passage:
        page.get_by_text(passage, exact=False).first.wait_for(state="visible", timeout=30_000)
        assert page.locator("mark.geo-mention").first.is_visible()
    else:
        page.get_by_text("Passages (0)", exact=False).first.wait_for(state="visible")
    assert off_machine(page.requests) == []


def test_online_background_without_network_is_said_once(page, app_server, artifacts):
    # no network: every tile request fails; the map says so once, and works
    page.route(re.compile(r"https?://(?!127\.0\.0\.1|localhost).*"), lambda r: r.abort())
    _open(page, app_server)
    page.get_by_text("OpenStreetMap background (online)").first.click()
    _idle(page)
    notes = "() => [...document.querySelectorAll('.geo-tiles-failed')].map(n => n.textContent)"
    deadline = time.monotonic() + SLOW_MS / 1000
    found = []
    while time.monotonic() < deadline and not found:
        try:
            found = _map_frame(page).evaluate(notes)
        except Exception:  # the map's frame was replaced (tiles on): look again
            found = []
        page.wait_for_timeout(300)
    assert len(found) == 1 and "could not load" in found[0], found
    page.screenshot(path=str(artifacts / "13-tiles-offline.png"))
    _real_click_at(page, "post:tay-trang")  # still usable
    page.get_by_text(TAY_TRANG_PASSAGE, exact=False).first.wait_for(state="visible",
                                                                   timeout=30_000)
    assert len(_map_frame(page).evaluate(notes)) == 1  # once, not once per tile


@pytest.mark.parametrize(("place_id", "name"), [
    ("post:tay-trang", "Tây Trang Border Post"),
    ("gate:tay-trang", "Tây Trang International Border Gate"),
    ("marker:vn-la:108", "Vietnam–Laos border marker 108"),
    ("vnold:c:03340", "Pa Thơm"),
])
def test_link_to_a_place_opens_its_panel_and_reload_keeps_it(page, app_server, artifacts,
                                                             place_id, name):
    page.goto(f"{app_server.url}/?place={place_id}", wait_until="domcontentloaded")
    heading = page.locator("h3").filter(
        has_text=re.compile(r"^\s*" + re.escape(name) + r"\s*$")).first
    heading.wait_for(state="visible", timeout=SLOW_MS)
    _map_frame(page)
    page.reload(wait_until="domcontentloaded")
    heading.wait_for(state="visible", timeout=SLOW_MS)
    assert f"place={place_id}".replace(":", "%3A") in page.url or f"place={place_id}" in page.url
    assert off_machine(page.requests) == []


def test_a_click_goes_to_the_url_and_survives_a_reload(page, app_server, artifacts):
    _open(page, app_server)
    _real_click_at(page, "village:tang-phon")  # under the Nậm Kè post: chosen in the panel
    page.get_by_role("button", name="Tàng Phon (village)").click()
    heading = page.locator("h3").filter(has_text=re.compile(r"^\s*Tàng Phon\s*$")).first
    heading.wait_for(state="visible", timeout=30_000)
    page.wait_for_function("() => location.search.includes('tang-phon')", timeout=30_000)
    page.reload(wait_until="domcontentloaded")
    heading.wait_for(state="visible", timeout=SLOW_MS)
    page.get_by_text("In another remote border village, Tàng Phon", exact=False).first.wait_for(
        state="visible", timeout=SLOW_MS)
    page.screenshot(path=str(artifacts / "14-reloaded.png"), full_page=True)


def test_downloaded_map_opens_with_no_server_and_no_network(page, app_server, artifacts,
                                                            browser, tmp_path):
    _open(page, app_server)
    button = page.get_by_role("button", name=re.compile("Download this map"))
    button.wait_for(state="visible", timeout=SLOW_MS)
    download = _download(page, button)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.suffix == ".html"
    # a fresh browser context: no server, every request but the file itself refused
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    try:
        offline = context.new_page()
        requests = []
        offline.on("request", lambda r: requests.append(r.url))
        context.route(re.compile(r"^(?!file:).*"), lambda r: r.abort())
        offline.goto(path.as_uri())
        offline.locator(".leaflet-container").first.wait_for(state="visible", timeout=30_000)
        count = offline.wait_for_function(
            """() => { for (const k of Object.keys(window)) {
                 const m = window[k];
                 if (k.startsWith('map_') && m && m._layers && m.getZoom) {
                   return Object.keys(m._layers).length; } }
               return 0; }""", timeout=30_000).json_value()
        assert count > 20  # the layers are drawn
        assert offline.locator(".leaflet-control-layers").count() == 1
        assert offline.locator(".geo-legend").count() == 1
        offline.screenshot(path=str(artifacts / "15-offline-html.png"))
        assert [u for u in requests if not u.startswith("file:")] == []
    finally:
        context.close()


def test_screenshot_of_every_view_at_1366x768(browser, app_server, artifacts):
    # kept as test artefacts: how each registered view looks on a small laptop
    from geo_app.views import VIEWS

    context = browser.new_context(viewport={"width": 1366, "height": 768})
    try:
        pg = context.new_page()
        requests = []
        context.on("request", lambda r: requests.append(r.url))
        pg.set_default_timeout(30_000)
        for view in VIEWS:
            pg.goto(f"{app_server.url}/{'' if view is VIEWS[0] else view.key}",
                    wait_until="domcontentloaded")
            if view is VIEWS[0]:
                pg.frame_locator(MAP_FRAME).locator(".leaflet-container").first.wait_for(
                    state="visible", timeout=SLOW_MS)
                width = pg.locator(MAP_FRAME).first.bounding_box()["width"]
                assert width > 1366 * 0.45, width  # the map takes most of the page
            _idle(pg)
            pg.wait_for_timeout(800)
            pg.screenshot(path=str(artifacts / f"1366x768-{view.key}.png"))
        assert off_machine(requests) == []
    finally:
        context.close()
