"""Fixtures shared by every test: one gazetteer, and caches that never leave the temp folder.

``gaz``
    The built-in gazetteer, loaded once per session (it is immutable).
``geo_cache_dir`` (autouse)
    Each test runs with its own ``GEO_CACHE_DIR`` (also seen by the
    subprocesses it starts), so nothing is written to ``~/.cache`` and no
    test sees another's processed articles.  The administrative units, which
    take seconds to build, are built once per session and linked into each
    test's folder.

``GEO_OVERRIDES`` and ``GEO_CORPUS`` of the developer's shell are removed for
the session: tests set them when they need them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_ADMIN_UNITS = "admin-units-*.pickle"


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory) -> Path:
    """The cache folder of module- and session-scoped fixtures (set before any of them runs)."""
    path = tmp_path_factory.mktemp("geo-cache-session")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEO_CACHE_DIR", str(path))
        mp.delenv("GEO_OVERRIDES", raising=False)
        mp.delenv("GEO_CORPUS", raising=False)
        yield path


@pytest.fixture(autouse=True)
def geo_cache_dir(tmp_path_factory, monkeypatch, _session_cache) -> Path:
    """This test's own ``GEO_CACHE_DIR``, holding the session's built administrative units."""
    path = tmp_path_factory.mktemp("geo-cache")
    _link(_session_cache.glob(_ADMIN_UNITS), path)
    monkeypatch.setenv("GEO_CACHE_DIR", str(path))
    yield path
    if not any(_session_cache.glob(_ADMIN_UNITS)):  # this test built them: keep them
        _link(path.glob(_ADMIN_UNITS), _session_cache)


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Restore ``sys.modules["__main__"]`` after each test.

    Streamlit's ``AppTest`` runs ``app.py`` as ``__main__`` and leaves it
    there; a process started afterwards with "spawn" (Dask's workers) would
    then import ``app.py`` again as its main module and run the whole page.
    """
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(scope="session")
def gaz(_session_cache):
    """The built-in gazetteer (also the one :mod:`strategies` draws place names from)."""
    from strategies import gazetteer

    return gazetteer()


def _link(files, folder: Path) -> None:
    for file in files:
        try:
            os.link(file, folder / file.name)  # the loader replaces files, never writes into them
        except FileExistsError:
            pass
