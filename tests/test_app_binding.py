"""The app's server: bound to 127.0.0.1 by default, and no request leaves the machine at start.

Streamlit listens on every interface unless told otherwise and, headless,
looks its external IP address up on the internet to print an "External
URL".  ``.streamlit/config.toml`` (and ``geo_app``'s copy of it) set
``server.address`` and ``browser.serverAddress``, which turn both off.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from _servers import free_port, stop_group, wait_healthy

from geo_app.__main__ import SETTINGS, streamlit_argv

ROOT = Path(__file__).resolve().parent.parent


def test_settings_bind_to_the_loopback_interface():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["browser"]["serverAddress"] == "localhost"
    assert SETTINGS["server.address"] == "127.0.0.1"
    assert SETTINGS["browser.serverAddress"] == "localhost"


def test_serving_to_a_team_is_an_explicit_option_that_wins():
    argv = streamlit_argv("/x/app.py", ["--server.address", "0.0.0.0"])
    assert argv.index("--server.address=127.0.0.1") < argv.index("--server.address")


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of the TCP sockets listening on *port* (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_streamlit_run_listens_on_loopback_only_and_looks_nothing_up(tmp_path):
    port = free_port()
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONUNBUFFERED": "1",
           "GEO_CORPUS": str(tmp_path / "news")}
    log_path = tmp_path / "app.log"
    with log_path.open("wb") as log:  # the repository's config.toml, only the port given
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
    try:
        wait_healthy(f"http://127.0.0.1:{port}", proc, log_path, timeout=90)
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
        text = log_path.read_text()
        assert f"URL: http://localhost:{port}" in text
        assert "External URL" not in text and "Network URL" not in text
        assert "external IP" not in text
    finally:
        stop_group(proc)
