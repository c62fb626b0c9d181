"""A built wheel works on its own: installed outside the clone, run from another folder.

The command line (``geo places``, ``geo mentions``) and the app (``geo-app``,
which runs ``streamlit run`` on the packaged page) are both tried.

The wheel is built with ``pip wheel . --no-deps`` from a copy of the sources
(an in-tree build would leave ``build/`` and ``*.egg-info`` in the clone; pip
fetches the build backend, setuptools, from the package index as ``pip
install`` does).  It is installed with ``--no-deps`` into a fresh virtual
environment under ``tmp_path`` that sees this environment's site-packages
through a ``.pth`` file, so no dependency is downloaded.  Expected values come
from reading seed 000: "Border guards from the Tây Trang International Border
Post assist locals in Na Ư commune", "five border markers (from markers 107 to
111)".
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
from _servers import free_port, stop_group, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_dedc6cf91859ad52.txt"

pytestmark = pytest.mark.slow


def _run(argv, *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, f"{argv}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """``(venv, env, elsewhere)``: a venv with only the wheel installed, its environment, a cwd."""
    work = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "GEO_OVERRIDES", "GEO_CORPUS")}
    env.update(PYTHONIOENCODING="utf-8")
    # pip gets a home of its own (it may leave a cache, or a rustup file when it asks
    # rustc its version for its user agent); geo's home must stay empty
    build_env = dict(env, HOME=str(work / "build-home"), PIP_CACHE_DIR=str(work / "pip-cache"),
                     PIP_DISABLE_PIP_VERSION_CHECK="1")
    env["HOME"] = str(work / "home")
    Path(env["HOME"]).mkdir()

    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for package in ("geo", "geo_app"):
        shutil.copytree(ROOT / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "static"))
    _run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", work / "dist"],
         cwd=src, env=build_env)
    (wheel,) = (work / "dist").glob("geo_dienbien-*.whl")

    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=work, env=build_env)
    (purelib,) = venv.glob("lib/python3*/site-packages")
    # the dependencies come from this environment; its own .pth files (an editable
    # geo) are not read, since a path added by a .pth file is not a site folder
    (purelib / "_parent_env.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                             encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install",
          "--no-deps", "--no-index", "-q", wheel], cwd=work, env=build_env)

    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    return venv, env, elsewhere


def test_the_installed_package_is_the_wheel(installed):
    venv, env, elsewhere = installed
    probe = ("import json, geo, geo.settings as s; from importlib import resources; "
             "print(json.dumps([geo.__file__, str(s.source_checkout()), str(s.data_dir()), "
             "str(s.Settings.from_env().overrides), (resources.files('geo') / 'py.typed')"
             ".is_file()]))")
    out = _run([venv / "bin" / "python", "-c", probe], cwd=elsewhere, env=env).stdout
    geo_file, checkout, data, overrides, typed = json.loads(out)
    assert Path(geo_file).is_relative_to(venv) and not Path(geo_file).is_relative_to(ROOT)
    assert checkout == "None"
    assert Path(data).is_relative_to(venv)
    assert Path(overrides) == Path(env["HOME"]) / ".local/share/geo-dienbien/overrides.csv"
    assert typed


def test_geo_places_from_another_folder(installed):
    venv, env, elsewhere = installed
    out = _run([venv / "bin" / "geo", "places", "--kind", "border_gate", "--json"],
               cwd=elsewhere, env=env).stdout
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert rows["gate:tay-trang"]["name"] == "Tây Trang International Border Gate"
    assert all(r["kind"] == "border_gate" for r in rows.values())


def test_geo_mentions_of_a_seed_from_another_folder(installed):
    venv, env, elsewhere = installed
    out = _run([venv / "bin" / "geo", "mentions", SEED, "--json"], cwd=elsewhere, env=env).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)
    by_surface = {r["surface"]: r for r in rows}
    assert by_surface["Tây Trang International Border Post"]["place_id"] == "post:tay-trang"
    assert by_surface["Na Ư"]["kind"] == "commune"
    assert by_surface["markers 107 to 111"]["marker_numbers"] == [107, 108, 109, 110, 111]
    assert by_surface["Pa Thơm"]["place_id"] == "vnold:c:03340"


def test_nothing_written_to_home_or_the_working_folder(installed):
    venv, env, elsewhere = installed
    assert list(Path(env["HOME"]).iterdir()) == []  # the cache is the test's GEO_CACHE_DIR
    assert list(elsewhere.iterdir()) == []


#: Opens the app (argv: url, chromium, home), waits for the sidebar caption of a
#: one-article corpus and the map, prints the URLs the page requested (JSON).
_BROWSE = """
import json, sys
from playwright.sync_api import sync_playwright
url, chromium, home = sys.argv[1:4]
requests = []
with sync_playwright() as pw:
    browser = pw.chromium.launch(
        executable_path=chromium, env={"HOME": home},
        args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync"])
    try:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text("1 article(s) from news", exact=False).first.wait_for(timeout=120_000)
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        frame.locator(".leaflet-container").first.wait_for(timeout=120_000)
    finally:
        browser.close()
print(json.dumps(requests))
"""




@pytest.mark.browser
def test_the_installed_app_starts_and_reads_an_article(installed, tmp_path):
    """``geo-app --corpus DIR`` of the installed wheel: served offline, the page shows the article.

    The corpus holds seed 000 only; its sidebar counts one article and the
    map's Leaflet comes from the app's own server.
    """
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} not found: `apt-get install -y chromium` (.ci/run does it)")
    venv, env, _ = installed
    corpus = tmp_path / "news"
    corpus.mkdir()
    shutil.copy2(SEED, corpus / SEED.name)
    where = tmp_path / "cwd"
    where.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    app_env = dict(env, HOME=str(tmp_path / "home"))
    log_path = tmp_path / "app.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(venv / "bin" / "geo-app"), "--corpus", str(corpus), "--server.port", str(port),
             "--server.address", "127.0.0.1"],
            cwd=where, env=app_env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_healthy(url, proc, log_path, timeout=120)
        # Chromium is driven from its own process: the browser tests' session-wide
        # Playwright may be running in this one, and one thread takes one
        probe = subprocess.run(
            [sys.executable, "-c", _BROWSE, url, str(chromium), str(tmp_path / "chromium-home")],
            capture_output=True, text=True, timeout=400)
        assert probe.returncode == 0, probe.stderr[-3000:]
        requests = json.loads(probe.stdout)
        assert "Traceback" not in log_path.read_text()
        assert all(r.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
                   for r in requests), sorted(set(requests))
    finally:
        stop_group(proc)
