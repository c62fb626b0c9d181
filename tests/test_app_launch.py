"""Starting the app: ``python -m geo_app`` (settings, entry script) and the app outside a clone."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest
from _servers import free_port, stop_group, wait_healthy
from streamlit.testing.v1 import AppTest

from geo.app.config import AppConfig
from geo.mapping.assets import DEFAULT_BASE, asset_urls
from geo_app.__main__ import ENTRY, SETTINGS, prepare, run_dir, streamlit_argv

ROOT = Path(__file__).resolve().parents[1]


def _flat(table: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for k, v in table.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = str(v).lower() if isinstance(v, bool) else str(v)
    return out


def test_launcher_settings_are_the_repository_settings():
    """``python -m geo_app`` and ``streamlit run app.py`` run with the same Streamlit settings."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert SETTINGS == _flat(config)
    assert SETTINGS["server.enableStaticServing"] == "true"


def test_streamlit_command_line():
    argv = streamlit_argv("/x/streamlit_app.py", ["--server.port", "8502"])
    assert argv[:3] == ["streamlit", "run", "/x/streamlit_app.py"]
    assert "--server.enableStaticServing=true" in argv and "--server.headless=true" in argv
    assert argv[-2:] == ["--server.port", "8502"]  # the user's options come last and win


def test_prepare_puts_the_script_and_the_map_scripts_in_a_writable_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    assert run_dir() == tmp_path / "cache" / "app"
    script = prepare(run_dir())
    assert script.read_bytes() == ENTRY.read_bytes()
    for url in asset_urls().urls():
        assert (run_dir() / "static" / url.removeprefix(DEFAULT_BASE + "/")).is_file(), url
    before = script.stat().st_mtime_ns
    assert prepare(run_dir()) == script and script.stat().st_mtime_ns == before


@pytest.mark.parametrize("clone", [True, False])
def test_default_folders_in_and_outside_a_clone(tmp_path, monkeypatch, clone):
    """The app's folders are geo.settings' answer: the checkout's, or the current folder's."""
    from geo import settings

    repo = tmp_path / "repo"
    monkeypatch.setattr(settings, "source_checkout", lambda: repo if clone else None)
    monkeypatch.chdir(tmp_path)
    config = AppConfig.from_env(tmp_path / "app", environ={"HOME": str(tmp_path / "home")})
    if clone:
        assert config.corpus_dir == repo / "seeds"
        assert config.overrides == repo / "data" / "overrides.csv"
    else:
        assert config.corpus_dir == tmp_path / "corpus"
        assert config.overrides == (tmp_path / "home" / ".local" / "share" / "geo-dienbien"
                                    / "overrides.csv")
    assert config.app_dir == tmp_path / "app"
    env = AppConfig.from_env(tmp_path, environ={"GEO_CORPUS": "/c", "GEO_OVERRIDES": "/o.csv"})
    assert env.corpus_dir == Path("/c") and env.overrides == Path("/o.csv")


@pytest.mark.slow
def test_installed_app_outside_a_clone_opens_on_an_empty_corpus(tmp_path, monkeypatch):
    """The packaged entry, run from a folder with no seeds: an empty corpus, every view works."""
    from geo import settings

    monkeypatch.setattr(settings, "source_checkout", lambda: None)  # as installed from a wheel
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GEO_CORPUS", raising=False)
    monkeypatch.delenv("GEO_OVERRIDES", raising=False)
    monkeypatch.chdir(tmp_path)
    script = prepare(run_dir())
    at = AppTest.from_file(str(script), default_timeout=300)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    warnings = " ".join(str(w.value) for w in at.sidebar.warning)
    assert "No articles in" in warnings and "corpus" in warnings
    at.session_state["goto"] = "add"
    at.run()
    assert not at.exception and at.session_state.view == "add"
    assert "corpus/" in " ".join(c.label for c in at.checkbox)




def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.read()


@pytest.mark.slow
def test_python_m_geo_app_serves_the_app_and_its_scripts(tmp_path):
    """``python -m geo_app`` from a folder that is not a clone: healthy, Leaflet served locally."""
    port = free_port()
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    env.pop("GEO_CORPUS", None)
    log = (tmp_path / "app.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "geo_app", "--corpus", str(tmp_path / "news"),
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, tmp_path / "app.log", timeout=90)
        leaflet = asset_urls().map_js[0][1]
        status, body = _get(url + leaflet)
        assert status == 200 and b"Leaflet" in body[:2000], leaflet
        assert _get(url + "/")[0] == 200
        assert not (ROOT / "geo_app" / "static").exists()  # nothing written into the package
    finally:
        stop_group(proc)
        log.close()


STATIC_WARNING = "no static folder found"


def _serve_and_log(argv: list[str], cwd: Path, env: dict[str, str], log_path: Path) -> str:
    """Start the app server, wait until it answers a page, stop it; return its output."""
    port = free_port()
    argv = [*argv, "--server.port", str(port), "--server.address", "127.0.0.1"]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", proc, log_path, timeout=90)
            assert _get(f"http://127.0.0.1:{port}/")[0] == 200
        finally:
            stop_group(proc)
    return log_path.read_text("utf-8", errors="replace")


def _fresh_clone(target: Path) -> Path:
    """Copy what a fresh clone has for ``streamlit run app.py``: the tracked files only."""
    tracked = subprocess.run(["git", "ls-files", "app.py", ".streamlit", "static"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    assert "app.py" in tracked
    for name in tracked:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes((ROOT / name).read_bytes())
    return target


@pytest.mark.slow
@pytest.mark.parametrize("how", ["streamlit run app.py", "python -m geo_app"])
def test_first_start_never_warns_of_a_missing_static_folder(tmp_path, how):
    """Regression: "Static file serving is enabled, but no static folder found" at a first start."""
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path / "home"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "GEO_CORPUS": str(tmp_path / "news")}
    if how == "streamlit run app.py":
        clone = _fresh_clone(tmp_path / "clone")
        argv = [sys.executable, "-m", "streamlit", "run", "app.py"]
        cwd = clone
    else:
        argv = [sys.executable, "-m", "geo_app"]
        cwd = tmp_path
    output = _serve_and_log(argv, cwd, env, tmp_path / "server.log")
    assert "You can now view" in output or "URL" in output, output  # it did start
    assert STATIC_WARNING not in output, output
