"""The registry of views drives the navigation: every registered view is a page, and renders.

Streamlit's ``AppTest`` runs ``app.py`` on a copy of the seeds; a view is
reached as the app's own buttons reach it (``st.session_state.goto``, then
``st.switch_page``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _apptest import app_test
from streamlit.testing.v1 import AppTest

import geo_app.page
import geo_app.views
from geo_app.views import VIEWS, View, view_by_key

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """A copy of the seeds, an empty override file and a cache, for the module."""
    work = tmp_path_factory.mktemp("views")
    shutil.copytree(ROOT / "seeds", work / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEO_CORPUS", str(work / "corpus"))
        mp.setenv("GEO_OVERRIDES", str(work / "overrides.csv"))
        mp.setenv("GEO_CACHE_DIR", str(work / "cache"))
        yield work


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _goto(at: AppTest, key: str) -> AppTest:
    at.session_state["goto"] = key
    return _run(at)


def test_registry_keys_and_titles_are_unique():
    assert len({v.key for v in VIEWS}) == len(VIEWS) == len({v.title for v in VIEWS})
    assert VIEWS[0].key == "map"  # the page the app opens on


def test_unknown_view_names_the_known_ones():
    with pytest.raises(KeyError, match="tables"):
        view_by_key("nope")


def test_the_app_opens_on_the_first_view(env):
    at = _run(app_test())
    assert at.session_state.view == VIEWS[0].key


@pytest.mark.parametrize("key", [v.key for v in VIEWS])
def test_every_registered_view_renders(env, key):
    at = _run(app_test())
    at = _goto(at, key)
    assert at.session_state.view == key
    assert at.sidebar.title[0].value == "Điện Biên border news"  # every view has the sidebar


def test_a_view_declared_in_the_registry_is_a_page(env, monkeypatch):
    """Adding a view is one declaration: the navigation picks it up."""
    import streamlit as st

    def render(ctx):
        st.markdown(f"Probe view over {ctx.data.article_count} articles")

    probe = View("probe", "Probe", render)
    monkeypatch.setattr(geo_app.views, "VIEWS", (*VIEWS, probe))
    at = _goto(_run(app_test()), "probe")
    assert at.session_state.view == "probe"
    assert "Probe view over 5 articles" in [m.value for m in at.markdown]
    assert geo_app.page.views.VIEWS[-1] is probe
