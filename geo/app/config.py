"""Where the app finds its corpus, override file, cache and static folder.

Made once per run (:meth:`AppConfig.from_env`, through :mod:`geo.settings`)
and passed to whatever needs it; nothing in the app reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from geo.mapping.assets import DEFAULT_BASE
from geo.settings import Settings

__all__ = ["AppConfig"]


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

        Corpus, override file and cache come from
        :meth:`geo.settings.Settings.from_env` (one answer for the CLI and
        the app): ``$GEO_CORPUS`` / ``$GEO_OVERRIDES`` win; otherwise a
        source checkout uses its ``seeds/`` and ``data/overrides.csv``, an
        installed package ``./corpus`` (empty until an article is added) and
        ``~/.local/share/geo-dienbien/overrides.csv``.
        """
        settings = Settings.from_env(environ)
        return cls(app_dir=Path(app_dir).resolve(), corpus_dir=settings.corpus_dir,
                   overrides=settings.overrides, cache_dir=settings.cache_dir)
