"""A filter change (date range, theme) on the 10,000-article corpus, against a minimal page.

``python -m benchmarks.filterbench`` writes the synthetic corpus
(:mod:`benchmarks.corpus`) with a manifest that dates it (a desk's dates,
spread over 2023–2025, one article in ten undated: the generator's articles
carry the seeds' one date otherwise), exports it with ``geo export`` as a
user would (the results, the app's map snapshot and its corpus digest are
then in the cache folder the app reads), then times in Debian's Chromium,
from the key press to the map redrawn and the app idle:

- the first filter change after a start ("Include undated articles"
  unticked): the first view comes from the map snapshot, this change from
  the corpus digest (:mod:`geo.app.digest`), read in the background once the
  page is drawn;
- in a new session: the date range moved (the slider's start thumb, one
  page: about a tenth of the range);
- a theme chosen in "Themes of figures";
- the date range moved again (a range not seen yet: nothing cached).

The baseline, in the same run and browser: a minimal page whose slider
redraws a three-marker streamlit-folium map.  The map counts as redrawn when
the browser shows a new Leaflet map, or new layers on the map it kept (the
app keeps its base map across filter changes and swaps the layers:
:mod:`geo.mapping._host`); the table says which.  In process, the same
filter changes are broken down as the app makes them (the digest read once,
then per change: filter, layers, the layers' feature group, its script,
timeline), beside the whole map the app drew before, and profiled
(pyinstrument, ``.[bench]``).  The
results are appended to ``benchmarks/RESULTS.md`` (``--out`` elsewhere) as
their own section, with the machine's load.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus as synth  # noqa: E402
from benchmarks.appbench import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    CONFIG,
    IFRAME,
    TIMEOUT_MS,
    _wait_health,
    _wait_idle,
    streamlit_server,
)

FIRST_DAY = dt.date(2023, 1, 1)
SPAN_DAYS = 900

MINIMAL_SLIDER_PAGE = '''
"""Minimal page: a slider redraws a three-marker streamlit-folium map (benchmark reference)."""
import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.mapping.assets import materialise_assets

local = materialise_assets("{static}", base="/app/static")
k = st.slider("Shift", 0, 100, 0, key="shift")
m = folium.Map(location=[21.6, 102.9], zoom_start=8, tiles=None)
m.default_js, m.default_css = list(local.map_js), list(local.map_css)
for name, lat, lon in [("Pa Thơm", 21.35, 102.92), ("Nậm Kè", 22.13, 102.47),
                       ("A Pa Chải", 22.40, 102.14)]:
    folium.Marker([lat + k / 1000, lon], tooltip=f"{{name}} {{k}}").add_to(m)
st_folium(m, height=640, use_container_width=True)
'''

#: Mark the map drawn now and the layers it shows: a redraw makes a new map object
#: (a new frame: the minimal page, the app before the base map was kept) or, in a map
#: kept, puts new layers on it (geo.mapping._host: a new ``map.__geoData``).
_MARK = ("() => { const m = window.map; if (!m) return false; m.__old = true;"
         " if (m.__geoData) m.__geoData.__old = true; return true; }")
_REDRAWN = ("() => !!window.map && (!window.map.__old || (!!window.map.__geoData && "
            "!window.map.__geoData.__old)) && Object.keys(window.map._layers).length >= 3")
#: The map redrawn is the one marked (its layers swapped), not a new one.
_KEPT = "() => !!window.map && window.map.__old === true"


def desk_date(i: int) -> str:
    """Return the manifest date of synthetic article *i* ("" for one article in ten)."""
    if i % 10 == 9:
        return ""
    return (FIRST_DAY + dt.timedelta(days=(i * 37) % SPAN_DAYS)).isoformat()


def write_manifest(folder: Path, paths: list[Path]) -> None:
    """Date the synthetic corpus in *folder* with :func:`desk_date`."""
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "title", "outlet", "date", "url"])
        for i, p in enumerate(paths):
            w.writerow([p.name, "", "", desk_date(i), ""])


def _frame(page):
    handle = page.locator(IFRAME).first.element_handle(timeout=TIMEOUT_MS)
    return handle.content_frame()


def _timed_change(page, act) -> tuple[float, bool]:
    """Return the seconds from *act* (a key press, a click) to the map redrawn and idle.

    And whether the browser kept the map (its layers swapped) rather than drawing a new one.
    """
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not _frame(page).evaluate(_MARK):
        assert time.monotonic() < deadline, "no map to mark"
        page.wait_for_timeout(100)
    t0 = time.perf_counter()
    act()
    while True:
        try:
            if _frame(page).evaluate(_REDRAWN):
                break
        except Exception:  # the frame is being replaced: look again
            pass
        assert time.monotonic() < deadline, "the map was not redrawn"
        time.sleep(0.02)
    t_map = time.perf_counter() - t0
    kept = bool(_frame(page).evaluate(_KEPT))
    _wait_idle(page)
    return t_map, kept


def _open(browser, port: int):
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
    page.frame_locator(IFRAME).locator(".leaflet-container").first.wait_for(
        state="visible", timeout=TIMEOUT_MS * 8)
    _wait_idle(page, timeout=TIMEOUT_MS / 1000)
    return context, page


def browser_changes(workdir: Path, corpus_dir: Path,
                    env: dict) -> tuple[dict[str, float], dict[str, bool]]:
    """Time the filter changes in the app and the slider change of the minimal page.

    Returns the seconds per change (and the app's first start), and per change
    whether the browser kept the map.
    """
    from playwright.sync_api import sync_playwright

    minimal = workdir / "minimal"
    (minimal / ".streamlit").mkdir(parents=True, exist_ok=True)
    (minimal / ".streamlit" / "config.toml").write_text(CONFIG, encoding="utf-8")
    script = minimal / "minimal_slider.py"
    script.write_text(textwrap.dedent(MINIMAL_SLIDER_PAGE).replace("{static}",
                                                                   str(minimal / "static")),
                      encoding="utf-8")
    out: dict[str, float] = {}
    kept: dict[str, bool] = {}

    def timed(label: str, page, act) -> None:
        out[label], kept[label] = _timed_change(page, act)

    app_env = _app_env(workdir, corpus_dir, env)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            with streamlit_server(script, cwd=minimal, env=env,
                                  log=workdir / "minimal.log") as (port, proc, _):
                _wait_health(port, proc)
                context, page = _open(browser, port)
                thumb = page.locator('input[type="range"]').first
                for i in range(2):
                    thumb.focus()
                    timed(f"minimal page: slider moved ({i + 1})", page,
                          lambda: thumb.press("PageUp"))
                context.close()
            with streamlit_server(ROOT / "app.py", cwd=ROOT, env=app_env,
                                  log=workdir / "app.log") as (port, proc, _):
                _wait_health(port, proc)
                t = time.perf_counter()
                context, page = _open(browser, port)
                out["app: first start (on the exported corpus)"] = time.perf_counter() - t
                # the first view comes from the map snapshot, the first filter change
                # from the corpus digest (read in the background after the first view)
                side = page.locator('[data-testid="stSidebar"]')
                undated = side.get_by_text("Include undated articles").first
                timed(FIRST_CHANGE, page, undated.click)
                context.close()
                context, page = _open(browser, port)  # a fresh session
                side = page.locator('[data-testid="stSidebar"]')
                start = side.locator('input[type="range"]').first
                start.focus()
                timed("app: date range moved", page, lambda: start.press("PageUp"))

                # the list of themes opened first: the clock runs from the theme chosen
                # (as from the key press on the slider), not from opening a list
                side.locator('[data-testid="stMultiSelect"]').nth(2).click()
                option = page.get_by_role("option").filter(has_not_text="Select all").first
                option.wait_for(state="visible", timeout=TIMEOUT_MS)
                timed("app: theme chosen", page, option.click)
                page.keyboard.press("Escape")
                start.focus()
                timed("app: date range moved again", page, lambda: start.press("PageUp"))
                context.close()
        finally:
            browser.close()
    return out, kept


def export_corpus(corpus_dir: Path, workdir: Path, env: dict) -> None:
    """Run ``geo export`` on the corpus as a user would, into the cache folder the app reads."""
    import subprocess

    overrides = workdir / "overrides.csv"  # named by $GEO_OVERRIDES: the CLI reads it
    if not overrides.is_file():
        overrides.write_text("id,name,kind,lat,lon\n", encoding="utf-8")

    subprocess.run([sys.executable, "-m", "geo", "export", str(corpus_dir),
                    "--out", str(workdir / "export"), "--quiet"],
                   env=_app_env(workdir, corpus_dir, env), check=True)


def _app_env(workdir: Path, corpus_dir: Path, env: dict) -> dict:
    """Return the environment of the app (and of the export made for it)."""
    return {**env, "GEO_CORPUS": str(corpus_dir), "GEO_CACHE_DIR": str(workdir / "cache"),
            "GEO_OVERRIDES": str(workdir / "overrides.csv")}


def in_process(corpus_dir: Path, cache_dir: Path) -> tuple[float, list[tuple[str, dict]], str]:
    """Break the same filter changes down, in process, as the app makes them.

    Returns the seconds to read the digest (once, in the background in the
    app), per change the seconds of each step (and, apart, of the whole map
    the app drew before the base map was kept: ``build_map`` and its
    component's arguments), and the profile of the changes (pyinstrument's
    top lines, :func:`benchmarks.run.profile_top`).
    """
    from benchmarks.run import profile_top
    from geo.app.far import map_window
    from geo.app.filters import Filters
    from geo.app.geography import map_labels
    from geo.app.keys import CacheKey
    from geo.app.snapshot import read_digest
    from geo.gazetteer import load_gazetteer
    from geo.mapping.folium_map import build_map
    from geo.settings import Settings
    from geo_app import mapframe

    gaz = load_gazetteer()
    overrides = Settings.from_env().overrides
    key = CacheKey.of(str(corpus_dir), overrides).with_gazetteer(gaz.version)
    t = time.perf_counter()
    digest = read_digest(cache_dir, key.snapshot_id)
    t_digest = time.perf_counter() - t
    if digest is None:
        raise SystemExit("no corpus digest in the cache folder: did geo export save it?")
    themes = sorted(t for t in digest.themes if t)
    a = FIRST_DAY + dt.timedelta(days=90)
    b = FIRST_DAY + dt.timedelta(days=SPAN_DAYS - 1)
    plans = [("date range", Filters(date_from=a.isoformat(), date_to=b.isoformat())),
             ("theme", Filters(themes=themes[:1])),
             ("undated left out", Filters(include_undated=False))]
    window, labels = map_window(gaz), map_labels(gaz)
    out = []
    for label, filters in plans:
        steps, layers = _change(digest, gaz, filters, window)
        t = time.perf_counter()
        m = build_map(layers, asset_base="/app/static", window=window, labels=labels)
        mapframe.frame(m, key="map", height=620, returned_objects=["last_active_drawing"])
        steps["whole map (before)"] = time.perf_counter() - t
        out.append((label, steps))
    _, profile = profile_top(lambda: [_change(digest, gaz, f, window) for _, f in plans])
    return t_digest, out, profile


def _change(digest, gaz, filters, window) -> tuple[dict[str, float], dict]:
    """Make what a filter change makes in the app (geo_app.context.AppCorpus); time each step.

    The map's layers and columns only, the figures not asked for; their
    feature group and its script (``AppCorpus.layers_script``), the timeline.
    Returns the seconds per step and the layers.
    """
    from geo.app.timeline import timeline
    from geo.layers import LAYERS
    from geo.layers.build import build_layers
    from geo.mapping.folium_map import host_map, layers_group, seal
    from geo_app import mapframe

    steps: dict[str, float] = {}
    t = time.perf_counter()
    stats = digest.stats(filters)  # the articles kept, their counts summed per place
    steps["filter"] = time.perf_counter() - t
    t = time.perf_counter()
    layers = build_layers(None, gaz, registry=LAYERS.for_map(), map_only=True, stats=stats)
    steps["layers"] = time.perf_counter() - t
    t = time.perf_counter()
    group = layers_group(layers, window=window)
    steps["map"] = time.perf_counter() - t
    t = time.perf_counter()
    steps["bytes"] = len(seal(mapframe.feature_group(host_map(), group)))
    steps["html"] = time.perf_counter() - t
    t = time.perf_counter()
    timeline(digest.article_counts(filters.without_dates()), filters)
    steps["timeline"] = time.perf_counter() - t
    steps["total"] = sum(v for k, v in steps.items() if k != "bytes")
    return steps, layers


#: The first filter change after a start (see browser_changes).
FIRST_CHANGE = "app: first filter change after a start (undated left out)"


def render(n: int, load_start: str, load_end: str, changes: dict[str, float],
           kept: dict[str, bool], t_digest: float, steps: list[tuple[str, dict[str, float]]],
           profile: str) -> str:
    """Return the results as a Markdown section."""
    ref = min((v for k, v in changes.items() if k.startswith("minimal")), default=None)
    app = {k: v for k, v in changes.items() if k.startswith("app:") and "first start" not in k}
    lines = [f"## Filter change on the {n:,}-article corpus (`python -m benchmarks.filterbench`)",
             "", f"- **date**: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
             f"- **load average at start**: {load_start}",
             f"- **load average at end**: {load_end} (this run included)",
             "- **corpus**: benchmarks/corpus.py, seed 7, with a manifest dating nine articles "
             "in ten over 2023-01-01 … 2025-06-19",
             "- **the app's cache**: made by `geo export` of the corpus (results, map snapshot, "
             "corpus digest)",
             "- A full `python -m benchmarks.run` rewrites this file: run this one after it.",
             ""]
    worst = max(app.values()) if app else None
    if worst is not None:
        lines += [f"**Target** (issue 13): a filter change ≤ 1.5 s — worst measured "
                  f"{worst:.2f} s" + (f" ({worst / ref:.1f}× the minimal page's slider)"
                                      if ref else "")
                  + f": **{'yes' if worst <= 1.5 else 'no'}**", ""]
    lines += ["| change | key press → map redrawn | ÷ minimal page | the map |",
              "|---|---|---|---|"]
    for k, v in changes.items():
        ratio = f"{v / ref:.2f}×" if ref and "first start" not in k else "-"
        how = "-" if k not in kept else ("kept, layers swapped" if kept[k] else "new")
        lines.append(f"| {k} | {v:.2f} s | {ratio} | {how} |")
    lines += ["", f"In process, the same changes (seconds; the digest read once: "
              f"{t_digest:.2f} s). *map*: the layers' feature group; *component*: its script "
              "as st_folium sends it (*MB*); the last column, apart: the whole map and its "
              "component's arguments, as the app made them before the base map was kept:", "",
              "| filter | filter | layers | map | component | MB | timeline | total "
              "| whole map (before) |", "|---|---|---|---|---|---|---|---|---|"]
    for label, s in steps:
        lines.append(f"| {label} | " + " | ".join(f"{s[k]:.2f}" for k in (
            "filter", "layers", "map", "html")) + f" | {s['bytes'] / 1e6:.2f} | "
            + " | ".join(f"{s[k]:.2f}" for k in ("timeline", "total", "whole map (before)"))
            + " |")
    lines += ["", "Profile of the three changes in process (as the app makes them now):", "",
              profile]
    return "\n".join(lines) + "\n"


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--articles", type=int, default=10_000)
    p.add_argument("--keep", type=Path, default=None, help="work here and keep it")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md",
                   help="append the section here (default benchmarks/RESULTS.md)")
    p.add_argument("--no-browser", action="store_true")
    args = p.parse_args(argv)
    load_start = _load()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="geo-filterbench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        corpus_dir = workdir / "corpus"
        if not (corpus_dir / "manifest.csv").is_file():
            paths = synth.generate_corpus(corpus_dir, args.articles, seed=7)
            write_manifest(corpus_dir, paths)
        env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
                   PYTHONPATH=str(ROOT))
        t = time.perf_counter()
        export_corpus(corpus_dir, workdir, env)  # the app starts from what it leaves
        print(f"  geo export of the corpus: {time.perf_counter() - t:.1f} s", flush=True)
        changes, kept = ({}, {}) if args.no_browser else browser_changes(workdir, corpus_dir,
                                                                         env)
        for k, v in changes.items():
            print(f"  {k}: {v:.2f} s" + (f" (map kept: {kept[k]})" if k in kept else ""),
                  flush=True)
        os.environ.update(_app_env(workdir, corpus_dir, {}))  # the app's settings, in process
        t_digest, steps, profile = in_process(corpus_dir, workdir / "cache")
        print(f"  in process, the digest read: {t_digest:.2f} s", flush=True)
        for label, s in steps:
            print(f"  in process, {label}: " + ", ".join(
                f"{k} {v / 1e6:.2f} MB" if k == "bytes" else f"{k} {v:.2f} s"
                for k, v in s.items()), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    text = render(args.articles, load_start, _load(), changes, kept, t_digest, steps, profile)
    print("\n" + text)
    if args.out:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
