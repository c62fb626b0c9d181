"""Servers the tests start themselves: a free port, waiting until healthy, stopping the group."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    """Return a port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Wait until Streamlit at *url* answers ``/_stcore/health``; fail with its log otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, f"exited with {proc.returncode}:\n{log.read_text()}"
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"not healthy after {timeout} s:\n{log.read_text()}"
        time.sleep(0.3)


def stop_group(proc: subprocess.Popen) -> None:
    """Stop the process group *proc* leads (started with ``start_new_session=True``)."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # the group we started, by its id
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
