"""Where the app finds its corpus, override file, cache and static folder.

Read once per run from the environment (:meth:`AppConfig.from_env`) and
passed to whatever needs it; nothing else in the app reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from geo.mapping.assets import DEFAULT_BASE
from geo.settings import default_cache_dir

__all__ = ["CORPUS_ENV", "OVERRIDES_ENV", "AppConfig"]

#: Environment variable naming the corpus folder.
CORPUS_ENV = "GEO_CORPUS"
#: Environment variable naming the user override CSV (as for the CLI).
OVERRIDES_ENV = "GEO_OVERRIDES"


@dataclass(frozen=True)
class AppConfig:
    """The app's folders and files.

    Parameters
    ----------
    app_dir : Path
        The folder of the script Streamlit runs; Streamlit serves its
        ``static/`` folder at :attr:`asset_base`.
    corpus_dir : Path
        The corpus folder (read, and written by "Add an article").
    overrides : Path
        The user override CSV (read, and written by "Unresolved names").
    cache_dir : Path
        The result cache and the map snapshot.
    asset_base : str
        URL path of ``static/`` (the map's Leaflet and friends).
    """

    app_dir: Path
    corpus_dir: Path
    overrides: Path
    cache_dir: Path
    asset_base: str = DEFAULT_BASE

    @property
    def static_dir(self) -> Path:
        """Return the folder Streamlit serves at :attr:`asset_base`."""
        return self.app_dir / "static"

    @classmethod
    def from_env(cls, app_dir: str | os.PathLike, *,
                 environ: Mapping[str, str] | None = None) -> AppConfig:
        """Return the configuration of an app whose script lives in *app_dir*.

        ``$GEO_CORPUS`` and ``$GEO_OVERRIDES`` win.  Otherwise, in a clone of
        the repository (*app_dir* holds ``seeds/`` and ``data/``) the corpus
        is ``seeds/`` and the override file ``data/overrides.csv``; elsewhere
        (the app installed from a wheel) they are ``corpus/`` and
        ``overrides.csv`` in the current folder: an empty corpus until an
        article is added.  The cache is :func:`geo.settings.default_cache_dir`.
        """
        env = os.environ if environ is None else environ
        app_dir = Path(app_dir).resolve()
        here = Path.cwd()
        corpus = env.get(CORPUS_ENV) or (
            app_dir / "seeds" if (app_dir / "seeds").is_dir() else here / "corpus")
        overrides = env.get(OVERRIDES_ENV) or (
            app_dir / "data" / "overrides.csv" if (app_dir / "data").is_dir()
            else here / "overrides.csv")
        return cls(app_dir=app_dir, corpus_dir=Path(corpus), overrides=Path(overrides),
                   cache_dir=default_cache_dir())
