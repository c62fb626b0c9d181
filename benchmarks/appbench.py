"""App start to a visible map, against a minimal streamlit-folium page; click → passages.

Each page is measured from ``streamlit run`` being spawned to the Folium map
being visible inside the ``st_folium`` iframe (a marker or a drawn feature
on screen), in Debian's Chromium driven by Playwright (cold start), then
again on the running server (warm start: a new visitor, the server's caches
filled; the median of :data:`WARM_LOADS` page loads).  Every page's server
stays up once its cold start is measured, and the warm loads go round the
pages in turn (minimal page, apps, minimal page, ...): a load spike on this
shared machine then falls on every page alike instead of on the one whose
turn it was.  The browser is started once, before the clocks run, and each
page load opens a fresh browser context (no HTTP cache, no local storage, a
new Streamlit session).

The minimal page is three ``folium.Marker``\\ s in ``st_folium``, written to a
temporary folder.  It too loads Leaflet and jQuery from local files
(:mod:`geo.mapping.assets`, Streamlit static serving): with Folium's default CDN
links the page would wait on the network forever on an offline machine.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
# something drawn on the map: a marker icon, an SVG path or the canvas of a canvas renderer
DRAWN = (".leaflet-marker-pane .leaflet-marker-icon, "
         ".leaflet-overlay-pane path.leaflet-interactive, .leaflet-overlay-pane canvas")
TIMEOUT_MS = 180_000
#: Page loads on the running server (warm start) per page; the median counts.
WARM_LOADS = 5

MINIMAL_PAGE = '''
"""Minimal streamlit-folium page: three markers, local Leaflet (benchmark reference)."""
import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.mapping.assets import materialise_assets

local = materialise_assets("{static}", base="/app/static")
m = folium.Map(location=[21.6, 102.9], zoom_start=8, tiles=None)
m.default_js, m.default_css = list(local.map_js), list(local.map_css)
for name, lat, lon in [("Pa Thơm", 21.35, 102.92), ("Nậm Kè", 22.13, 102.47),
                       ("A Pa Chải", 22.40, 102.14)]:
    folium.Marker([lat, lon], tooltip=name).add_to(m)
st.title("Three markers")
st_folium(m, height=640, use_container_width=True)
'''

CONFIG = """
[server]
enableStaticServing = true
headless = true
runOnSave = false
fileWatcherType = "none"
[browser]
gatherUsageStats = false
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_health(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    url = f"http://127.0.0.1:{port}/_stcore/health"
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        time.sleep(0.05)
    raise TimeoutError(f"no health on port {port} after {timeout} s")


@contextlib.contextmanager
def streamlit_server(script: Path, *, cwd: Path, env: dict, log: Path):
    """Start ``streamlit run script``; yield ``(port, proc, t_spawn)``; stop it after."""
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1"]
    with open(log, "wb") as out:
        t_spawn = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            yield port, proc, t_spawn
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)  # the session we started, by its id
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def measure_page(browser, port: int, proc, t0: float, *, click: bool = False) -> dict:
    """Time the page served on *port* (spawned at *t0*) to a visible map; optionally click."""
    out: dict = {}
    _wait_health(port, proc)
    out["health"] = time.perf_counter() - t0
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        t_nav = time.perf_counter()
        times = _load_page(page, port)
        out["page_to_shell"], out["page_to_iframe"], out["page_to_map"] = times
        out["spawn_to_map"] = t_nav - t0 + times[2]
        _wait_idle(page)  # the page's own reruns done: the server is warm now
        if click:
            out.update(click_place(page))
    finally:
        context.close()
    return out


def warm_loads(browser, ports: dict[str, int],
               rounds: int = WARM_LOADS) -> tuple[dict[str, list], dict[str, list]]:
    """Load each running page *rounds* times, the pages in turn.

    Return the seconds to the map and the seconds to the whole page (the
    app's filters drawn: :func:`_whole_page`; none for a page without a
    sidebar), per page.  Each load is a new visitor (a fresh browser
    context, a new session); its reruns end before the next load starts.
    """
    loads: dict[str, list] = {label: [] for label in ports}
    wholes: dict[str, list] = {label: [] for label in ports}
    for _ in range(rounds):
        for label, port in ports.items():
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            try:
                page = context.new_page()
                t_nav = time.perf_counter()
                loads[label].append(_load_page(page, port)[2])
                if _whole_page(page):
                    wholes[label].append(time.perf_counter() - t_nav)
                _wait_idle(page)
            finally:
                context.close()
    return loads, wholes


def _whole_page(page) -> bool:
    """Wait for the app's filters in the sidebar (drawn once the map is: geo_app.page).

    Return whether the page has a sidebar at all (the minimal page has none).
    """
    if not page.locator('[data-testid="stSidebar"]').count():
        return False
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.wait_for(
        state="visible", timeout=TIMEOUT_MS)
    return True


def _load_page(page, port: int) -> tuple[float, float, float]:
    """Open the page; return seconds to the app shell, the map's iframe, the drawn map."""
    t_nav = time.perf_counter()
    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
    page.locator('[data-testid="stApp"]').first.wait_for(state="visible", timeout=TIMEOUT_MS)
    shell = time.perf_counter() - t_nav
    page.locator(IFRAME).first.wait_for(state="attached", timeout=TIMEOUT_MS)
    iframe = time.perf_counter() - t_nav
    frame = page.frame_locator(IFRAME)
    frame.locator(".leaflet-container").first.wait_for(state="visible", timeout=TIMEOUT_MS)
    frame.locator(DRAWN).first.wait_for(state="visible", timeout=TIMEOUT_MS)
    return shell, iframe, time.perf_counter() - t_nav


_FIND_PLACE = """
() => {
  const maps = Object.keys(window).filter(
    k => k.startsWith('map_') && window[k] && window[k].latLngToContainerPoint);
  if (!maps.length) return null;
  const map = window[maps[0]];
  let best = null;
  map.eachLayer(l => {
    const p = l.feature && l.feature.properties;
    if (!p || !p.id || !l.getLatLng || !(p.mention_count > 0)) return;
    if (p.layer === 'communes' || p.layer === 'foreign_places') {
      if (best && best.layer !== 'communes' && best.layer !== 'foreign_places') return;
    }
    const pt = map.latLngToContainerPoint(l.getLatLng());
    const size = map.getSize();
    if (pt.x < 5 || pt.y < 5 || pt.x > size.x - 5 || pt.y > size.y - 5) return;
    if (!best || (p.mention_count > best.count && best.layer === p.layer)
        || (best.layer === 'communes' && p.layer !== 'communes')) {
      best = {id: p.id, name: p.name, layer: p.layer, count: p.mention_count, x: pt.x, y: pt.y};
    }
  });
  return best;
}
"""


def click_place(page) -> dict:
    """Click the most-mentioned place symbol on the map; time until its passages show."""
    frame = next((f for f in page.frames if "streamlit_folium" in (f.url or "")
                  or f.name and "st_folium" in f.name), None)
    if frame is None:
        handle = page.locator(IFRAME).first.element_handle()
        frame = handle.content_frame() if handle else None
    if frame is None:
        return {"click_error": "st_folium iframe not found"}
    _wait_idle(page)
    target = frame.evaluate(_FIND_PLACE)
    if not target:
        return {"click_error": "no clickable place found on the map"}
    box = page.locator(IFRAME).first.bounding_box()
    passages = page.locator(".geo-passage")
    before = passages.count()
    t = time.perf_counter()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    try:
        page.get_by_text("Passages (").first.wait_for(state="visible", timeout=30_000)
        if before == 0:
            passages.first.wait_for(state="visible", timeout=30_000)
    except Exception as err:  # report, do not crash the benchmark
        return {"click_error": f"{target['name']}: {type(err).__name__}",
                "click_place": target["name"]}
    return {"click_to_passages": time.perf_counter() - t, "click_place": target["name"],
            "click_passages": passages.count()}


def _wait_idle(page, timeout: float = 60) -> None:
    """Wait until Streamlit has finished running the script (no "Running..." widget)."""
    end = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < end:
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        now = time.monotonic()
        if running:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= 1.0:  # one quiet second: reruns triggered by st_folium done
            return
        time.sleep(0.05)


def write_minimal_page(folder: Path) -> Path:
    """Write the minimal three-marker page, its config and static folder under *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".streamlit").mkdir(exist_ok=True)
    (folder / ".streamlit" / "config.toml").write_text(CONFIG, encoding="utf-8")
    script = folder / "minimal_page.py"
    script.write_text(textwrap.dedent(MINIMAL_PAGE).replace("{static}", str(folder / "static")),
                      encoding="utf-8")
    return script


def stage_app(res, workdir: Path, corpus_dir: Path, *, code: Path = ROOT,
              env: dict | None = None) -> None:
    """Measure the app (seeds and 10k corpus) and the minimal page in one browser.

    *code* is the folder holding ``app.py`` and ``geo/`` (the run's snapshot),
    *env* the environment that puts it on ``PYTHONPATH``.
    """
    print("\n== app cold start to a visible map (Chromium + Playwright)", flush=True)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        res.note("playwright is not installed: app measurements skipped")
        return
    if not Path(CHROMIUM).exists():
        res.note(f"{CHROMIUM} not found: app measurements skipped")
        return
    minimal = write_minimal_page(workdir / "minimal")
    env = dict(env or os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    cache = workdir / "cache"  # warm: the export stage filled it
    runs: dict[str, dict] = {}
    ports: dict[str, int] = {}
    with sync_playwright() as pw, contextlib.ExitStack() as servers:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        servers.callback(browser.close)  # (after the servers: the stack unwinds backwards)
        plan = [
            ("minimal three-marker page", minimal, minimal.parent, {}, False),
            ("app, 5 seed articles", code / "app.py", code,
             {"GEO_CORPUS": str(code / "seeds"), "GEO_CACHE_DIR": str(workdir / "app-cache")},
             True),
            (f"app, {_count(corpus_dir):,}-article corpus (cache warm)", code / "app.py", code,
             {"GEO_CORPUS": str(corpus_dir), "GEO_CACHE_DIR": str(cache)}, True),
            ("minimal three-marker page (again)", minimal, minimal.parent, {}, False),
        ]
        for label, script, cwd, extra, click in plan:
            log = workdir / f"streamlit-{len(runs)}.log"
            rows_before = _cache_rows(extra.get("GEO_CACHE_DIR"))
            try:
                port, proc, t0 = servers.enter_context(
                    streamlit_server(script, cwd=cwd, env={**env, **extra}, log=log))
                r = measure_page(browser, port, proc, t0, click=click)
            except Exception as err:  # report, keep going
                tail = log.read_text(errors="replace")[-400:] if log.exists() else ""
                res.note(f"{label}: {type(err).__name__}: {err}; log tail: {tail!r}")
                continue
            if "corpus (cache warm)" in label:
                missed = _cache_rows(extra.get("GEO_CACHE_DIR")) - rows_before
                if missed:
                    res.note(f"{label}: {missed:,} cache misses, the app processed them "
                             "(geo/*.py changed since the export stage?)")
            runs[label], ports[label] = r, port
        try:
            loads, wholes = warm_loads(browser, ports)
            for label in loads:
                runs[label]["warm_page_to_map"] = statistics.median(loads[label])
                runs[label]["warm_loads"] = " / ".join(f"{x:.2f}" for x in loads[label])
                if wholes[label]:
                    runs[label]["warm_page_to_whole"] = statistics.median(wholes[label])
        except Exception as err:  # report what the cold starts measured
            res.note(f"warm loads: {type(err).__name__}: {err}")
    for label, r in runs.items():
        res.add("app", label, ", ".join(f"{k} {v:.2f} s" if isinstance(v, float)
                                        else f"{k} {v}" for k, v in r.items()))
    if not runs:
        return
    minimal_runs = [r for k, r in runs.items() if k.startswith("minimal")]
    ref = min(r["spawn_to_map"] for r in minimal_runs) if minimal_runs else None
    ref_warm = min((r["warm_page_to_map"] for r in minimal_runs if "warm_page_to_map" in r),
                   default=None)
    rows = []
    for label, r in runs.items():
        ratio = f"{r['spawn_to_map'] / ref:.2f}×" if ref else "-"
        warm = r.get("warm_page_to_map")
        warm_cell = f"{warm:.2f} s ({r['warm_loads']})" if warm is not None else "-"
        warm_ratio = f"{warm / ref_warm:.2f}×" if warm is not None and ref_warm else "-"
        click = (f"{r['click_to_passages']:.2f} s ({r.get('click_place')}, "
                 f"{r.get('click_passages')} passages)" if "click_to_passages" in r
                 else r.get("click_error", "-"))
        whole = r.get("warm_page_to_whole")
        whole_cell = f"{whole:.2f} s" if whole is not None else "-"
        rows.append([label, f"{r['health']:.2f} s", f"{r['page_to_shell']:.2f} s",
                     f"{r['page_to_iframe']:.2f} s", f"{r['page_to_map']:.2f} s",
                     f"{r['spawn_to_map']:.2f} s", ratio, warm_cell, warm_ratio, whole_cell,
                     click])
    res.tables["App: start to a visible map, click → passages"] = (
        ["page", "spawn → server healthy", "page load → app shell", "page load → map iframe",
         "page load → map visible", "spawn → map visible (cold)", "cold ÷ minimal",
         "warm: page load → map visible (median; each)", "warm ÷ minimal",
         "warm: page load → filters drawn (median)", "click → passages"],
        rows)
    apps = {k: r for k, r in runs.items() if k.startswith("app")}
    if ref_warm and apps:
        warm_apps = {k: r for k, r in apps.items() if "warm_page_to_map" in r}
        worst_label, worst = max(warm_apps.items(), key=lambda kv: kv[1]["warm_page_to_map"])
        ratio = worst["warm_page_to_map"] / ref_warm
        res.target("app map visible, warm start", "≤ 1.5× the minimal st_folium page (same run)",
                   f"{ratio:.2f}× ({worst['warm_page_to_map']:.2f} s against "
                   f"{ref_warm:.2f} s; {worst_label})", ratio <= 1.5)
    clicks = [r["click_to_passages"] for r in apps.values() if "click_to_passages" in r]
    if clicks:
        res.target("click → passages", "≤ 1 s, whatever the corpus size",
                   f"{max(clicks):.2f} s (worst of {len(clicks)})", max(clicks) <= 1.0)
    else:
        res.target("click → passages", "≤ 1 s", "could not click a place", None)


def _cache_rows(cache_dir) -> int:
    if not cache_dir:
        return 0
    from benchmarks.run import cache_rows

    return cache_rows(Path(cache_dir))


def _count(folder: Path) -> int:
    return sum(1 for _ in Path(folder).glob("*.txt"))
