"""Every environment variable and default path of the product, in one place.

The command line, the app and the gazetteer ask this module; nothing else in
:mod:`geo` reads the environment for them.  :meth:`Settings.from_env` takes
one snapshot of the environment (a frozen dataclass, easy to pass around or
to change with :func:`dataclasses.replace`).

=================  =====================================================  =====================
variable           default                                                what
=================  =====================================================  =====================
``GEO_CACHE_DIR``  ``~/.cache/geo-dienbien``                              built units, processed
                                                                          articles (safe to
                                                                          delete)
``GEO_OVERRIDES``  ``data/overrides.csv`` in a source checkout, else      user gazetteer
                   ``~/.local/share/geo-dienbien/overrides.csv``          overrides (CSV)
``GEO_CORPUS``     ``seeds/`` of a source checkout, else ``./corpus``     corpus folder
=================  =====================================================  =====================

The product's own data (curated places, boundary extract) ships inside the
package and is read through :mod:`importlib.resources` (:func:`data_dir`), so
an installed wheel works from any folder.  User files never go there: an
installed package folder may be read-only and is replaced on upgrade.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: Environment variable naming the cache folder.
CACHE_ENV = "GEO_CACHE_DIR"
#: Environment variable naming the user override file.
OVERRIDES_ENV = "GEO_OVERRIDES"
#: Environment variable naming the corpus folder.
CORPUS_ENV = "GEO_CORPUS"
#: Folder name under the user's cache and data folders.
APP_NAME = "geo-dienbien"
OVERRIDES_FILE = "overrides.csv"


@dataclass(frozen=True)
class Settings:
    """Where the product reads and writes, as the environment says.

    Attributes
    ----------
    cache_dir : Path
        Built administrative units (``admin-units-*.pickle``), processed
        articles (``results.sqlite``) and the app's map snapshots; keyed by
        content and code version, so deleting the folder only costs time.
    overrides : Path
        The user override file: read when it exists, written by the app's
        "Unresolved names" view.  It may not exist.
    overrides_from_env : bool
        Whether ``$GEO_OVERRIDES`` named *overrides* (a missing file is then
        an error, so the user hears about a typo).
    corpus_dir : Path
        The app's corpus and ``geo export``'s default corpus.
    """

    cache_dir: Path
    overrides: Path
    overrides_from_env: bool
    corpus_dir: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Return the settings the environment gives (``os.environ`` by default).

        Empty variables count as unset.
        """
        env = os.environ if environ is None else environ
        home = Path(env.get("HOME") or Path.home())
        checkout = source_checkout()
        overrides = env.get(OVERRIDES_ENV)
        return cls(
            cache_dir=Path(env.get(CACHE_ENV) or home / ".cache" / APP_NAME),
            overrides=Path(overrides) if overrides else _default_overrides(checkout, home),
            overrides_from_env=bool(overrides),
            corpus_dir=Path(env.get(CORPUS_ENV) or (checkout / "seeds" if checkout is not None
                                                    else Path.cwd() / "corpus")),
        )

    def overrides_to_read(self) -> Path | None:
        """Return the override file to read, or ``None`` when there is none.

        The file ``$GEO_OVERRIDES`` names, even if it is missing; else the
        default file when it exists.
        """
        if self.overrides_from_env or self.overrides.is_file():
            return self.overrides
        return None


def default_cache_dir() -> Path:
    """Return ``$GEO_CACHE_DIR``, or ``~/.cache/geo-dienbien`` when it is not set."""
    return Settings.from_env().cache_dir


def data_dir() -> Traversable:
    """Return the package's data folder (``curated_places.csv``, ``boundary.geojson``).

    A :class:`~importlib.resources.abc.Traversable`: a plain folder for a
    source checkout or an installed wheel, but read it with ``read_bytes`` /
    ``read_text`` rather than ``open`` so any importer works.
    """
    return resources.files("geo") / "data"


def source_checkout() -> Path | None:
    """Return the repository root when :mod:`geo` runs from a source checkout, else ``None``.

    A checkout (also an editable install) has ``pyproject.toml`` next to the
    ``geo/`` folder; an installed wheel sits in ``site-packages`` without one.
    """
    root = Path(__file__).resolve().parents[1]
    return root if (root / "pyproject.toml").is_file() else None


def _default_overrides(checkout: Path | None, home: Path) -> Path:
    # a checkout keeps the user's file where it always was (data/, not committed);
    # an installed package folder may be read-only and is replaced on upgrade
    if checkout is not None:
        return checkout / "data" / OVERRIDES_FILE
    return home / ".local" / "share" / APP_NAME / OVERRIDES_FILE
