"""The app under Streamlit's ``AppTest`` as a visitor sees it once the map is drawn.

``AppTest`` runs the page with no browser: st_folium's component gives its
default value and never reports, so the page would stay at a new visitor's
first runs (the map alone, the sidebar's widgets not yet drawn: see
:mod:`geo_app.page`).  Tests of the whole page start where a browser is
after the map's first report; ``tests/test_app_first_runs.py`` tests the
first runs themselves.  Also the helpers the AppTest modules share: a copy
of the seeds with manifest dates, the app pointed at a corpus, the map
component's arguments.
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo_app.state import MAP_DRAWN

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
#: Manifest dates given to three seeds by :func:`dated_copy` (file-name prefix: date).
DATES = {"000": "2024-03-12", "001": "2024-05-20", "002": "2024-11-02"}


def dated_copy(folder: Path) -> Path:
    """Copy the seeds into *folder* with :data:`DATES` in their manifest; return the copy."""
    shutil.copytree(ROOT / "seeds", folder)
    manifest = folder / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["date"] = DATES.get(row["file"][:3], row["date"])
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return folder


def app_test(script: Path = APP) -> AppTest:
    """Return an ``AppTest`` of *script* whose map has reported from the browser."""
    at = AppTest.from_file(str(script), default_timeout=300)
    at.session_state[MAP_DRAWN] = True
    return at


def map_args(at: AppTest) -> dict:
    """Return the arguments of the page's one map component (as the browser gets them)."""
    comps = [c for c in at.get("component_instance")
             if "st_folium" in (c.proto.component_name or "")]
    assert len(comps) == 1, "the map component is missing"
    return json.loads(comps[0].proto.json_args)


@contextlib.contextmanager
def app_env(work: Path, corpus: Path):
    """Point the app at *corpus*, with its override file and cache folder in *work*."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEO_CORPUS", str(corpus))
        mp.setenv("GEO_OVERRIDES", str(work / "overrides.csv"))
        mp.setenv("GEO_CACHE_DIR", str(work / "cache"))
        yield work
