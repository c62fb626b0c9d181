"""The app's two halves: geo/app (view models) never imports Streamlit; geo_app (pages) does."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "geo" / "app").glob("*.py")), ids=lambda p: p.name)
def test_view_models_never_import_streamlit_or_folium(path):
    assert not _imports(path) & {"streamlit", "streamlit_folium", "folium", "geo_app"}


def test_app_py_only_runs_the_package():
    assert _imports(ROOT / "app.py") <= {"pathlib", "geo_app"}
