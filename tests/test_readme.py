"""The README's ``geo …`` examples run as written, from the repository root."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.S)
#: The shell block of the "Command line" section: activate, then geo commands.
EXAMPLES = next(b for b in SHELL_BLOCKS if b.startswith(". .venv/bin/activate"))
COMMANDS = [line for line in EXAMPLES.splitlines() if line.startswith("geo ")]


def _geo() -> list[str]:
    """The ``geo`` the README's install gives (next to this Python), else ``python -m geo``."""
    script = Path(sys.executable).with_name("geo")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "geo"]


def test_the_readme_shows_how_to_reach_geo():
    assert "`.venv/bin/geo`" in README
    assert len(COMMANDS) >= 3
    assert {shlex.split(c)[1] for c in COMMANDS} == {"places", "mentions", "figures", "export"}


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_readme_example_runs(command, tmp_path):
    # the repository root, seen from a scratch folder so that outputs land there
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    argv = shlex.split(command)
    env = {k: v for k, v in os.environ.items() if k not in ("GEO_OVERRIDES", "GEO_CORPUS")}
    proc = subprocess.run([*_geo(), *argv[1:]], cwd=tmp_path, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout
    if argv[1] == "places":
        assert "gate:tay-trang" in proc.stdout  # Tây Trang International Border Gate
    if argv[1] == "mentions":
        assert "post:tay-trang" in proc.stdout  # "Tây Trang International Border Post"
    if argv[1] == "figures":
        assert any(json.loads(line)["unit"] for line in proc.stdout.splitlines())
    if argv[1] == "export":
        assert (tmp_path / "out" / "layers" / "layers.zip").is_file()
