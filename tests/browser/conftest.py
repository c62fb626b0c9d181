"""Fixtures of the browser tests: a running app and Debian's Chromium through Playwright.

The app runs as ``streamlit run app.py`` on a free port of 127.0.0.1, on a
copy of the seed corpus and an empty override file in a temporary folder,
so the tests never write into the repository.  Chromium is Debian's
(``/usr/bin/chromium``); Playwright's own browser download is never used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest
from _servers import free_port, stop_group, wait_healthy

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def pytest_collection_modifyitems(config, items):
    """Skip browser tests, with the reason, only when Debian's Chromium is absent."""
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not found: `apt-get install -y chromium` "
                                   "(.ci/run does it)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)






@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """Start the app on a free port (seed corpus copy, temp overrides); stop it after."""
    work = tmp_path_factory.mktemp("app")
    corpus = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    overrides = work / "overrides.csv"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update({
        "GEO_CORPUS": str(corpus),
        "GEO_OVERRIDES": str(overrides),
        "GEO_CACHE_DIR": str(work / "cache"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "PYTHONUNBUFFERED": "1",
    })
    log = work / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py",
             "--server.headless", "true", "--server.port", str(port),
             "--server.address", "127.0.0.1"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
    try:
        wait_healthy(url, proc, log)
        yield SimpleNamespace(url=url, port=port, corpus=corpus, overrides=overrides, log=log,
                              proc=proc)
    finally:
        stop_group(proc)


@pytest.fixture(scope="session")
def dated_server(tmp_path_factory):
    """The app on a copy of the seeds dated by a manifest (``tests/_apptest.py``).

    Its own port, cache and overrides; one server for every test that needs dates.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from _apptest import dated_copy

    work = tmp_path_factory.mktemp("dated-app")
    corpus = dated_copy(work / "corpus")
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
def tab(browser, dated_server):
    """A fresh browser page on the dated app that records every request."""
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    pg = context.new_page()
    pg.requests = []
    context.on("request", lambda r: pg.requests.append(r.url))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Debian's Chromium, headless, driven by Playwright, with a temporary home.

    Chromium writes its profile, crash-report settings and GLib's dconf cache
    under ``$HOME``; the tests' home is left alone.
    """
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"))
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
                              env=env)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, app_server):
    """A fresh browser page on the app that records every request and dialog.

    ``page.requests`` lists every URL requested (the page and its frames);
    ``page.failed`` every one answered with an error status ("404 URL");
    ``page.dialogs`` every alert/confirm/prompt message (dismissed).
    """
    context = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 1100})
    pg = context.new_page()
    pg.requests = []
    pg.failed = []
    pg.dialogs = []
    context.on("request", lambda r: pg.requests.append(r.url))
    context.on("response", lambda r: pg.failed.append(f"{r.status} {r.url}")
               if r.status >= 400 else None)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The folder for screenshots (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def off_machine(urls) -> list[str]:
    """Return the URLs of *urls* that go to any host but this machine."""
    bad = []
    for u in urls:
        p = urlparse(u)
        if p.scheme in ("data", "blob", "about", "chrome", "chrome-extension"):
            continue
        if (p.hostname or "") not in LOCAL_HOSTS:
            bad.append(u)
    return bad
