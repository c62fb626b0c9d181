"""Where the product keeps its caches (one answer for the CLI, the app and the gazetteer)."""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable naming the cache folder.
CACHE_ENV = "GEO_CACHE_DIR"


def default_cache_dir() -> Path:
    """Return ``$GEO_CACHE_DIR``, or ``~/.cache/geo-dienbien`` when it is not set.

    The folder holds the built administrative units (``admin-units-*.pickle``)
    and the processed-article cache (``results.sqlite``); both are keyed by
    content and code version, so deleting the folder only costs time.
    """
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "geo-dienbien")
