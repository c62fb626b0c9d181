"""Local copies of the map's JavaScript and CSS, taken from installed PyPI packages.

Folium links Leaflet, jQuery and its plugins from public CDNs; this product
must work offline, and one failing ``<script>`` silently blanks the whole map.
:func:`materialise_assets` copies Leaflet, jQuery and Leaflet.markercluster
out of the ``xstatic-leaflet``, ``xstatic-jquery`` and
``xstatic-leaflet-markercluster`` packages into a ``static/`` folder (which
Streamlit serves at ``/app/static/`` when ``[server] enableStaticServing =
true``); :func:`asset_urls` says where they are served.  No third-party
JavaScript is kept in the repository: ``static/`` is made at run time and
git-ignored.

This module does not import Folium: :mod:`geo.mapping.folium_map` points Folium's asset
lists at these URLs.
"""

from __future__ import annotations

import filecmp
import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from geo.errors import ExportError
from geo.files import atomic_copy

#: Where Streamlit serves ``static/`` next to ``app.py``.
DEFAULT_BASE = "/app/static"

# (xstatic module, folder name under static/) for each package.
_PACKAGES = {
    "leaflet": "xstatic.pkg.leaflet",
    "jquery": "xstatic.pkg.jquery",
    "markercluster": "xstatic.pkg.leaflet_markercluster",
}

# Files copied from each package (relative to its BASE_DIR), images included
# because leaflet.css refers to ``images/layers.png`` relatively.
_FILES = {
    "leaflet": (
        "leaflet.js",
        "leaflet.css",
        "images/layers.png",
        "images/layers-2x.png",
        "images/marker-icon.png",
        "images/marker-icon-2x.png",
        "images/marker-shadow.png",
    ),
    "jquery": ("jquery.min.js",),
    "markercluster": (
        "leaflet.markercluster.js",
        "MarkerCluster.css",
        "MarkerCluster.Default.css",
    ),
}


@dataclass(frozen=True, slots=True)
class LocalAssets:
    """URLs of the local assets, as ``(name, url)`` pairs in load order.

    The names are Folium's own (``"leaflet"``, ``"jquery"``, ``"leaflet_css"``,
    ``"markerclusterjs"``...), so the lists drop into ``default_js`` /
    ``default_css`` of ``folium.Map`` and ``folium.plugins.MarkerCluster``.
    """

    map_js: tuple[tuple[str, str], ...]
    map_css: tuple[tuple[str, str], ...]
    cluster_js: tuple[tuple[str, str], ...]
    cluster_css: tuple[tuple[str, str], ...]
    icon_image_path: str

    def urls(self) -> list[str]:
        """Return every URL, scripts first."""
        pairs = self.map_js + self.cluster_js + self.map_css + self.cluster_css
        return [url for _, url in pairs]


def _module(package: str):
    return importlib.import_module(_PACKAGES[package])


def _folder(package: str) -> str:
    """Folder of *package* under ``static/``, versioned so browsers never mix versions."""
    return f"{package}-{_module(package).VERSION}"


def asset_urls(base: str = DEFAULT_BASE) -> LocalAssets:
    """Return the URLs under which the local assets are served.

    Parameters
    ----------
    base : str
        URL prefix of the ``static/`` folder, e.g. ``"/app/static"``.

    Returns
    -------
    LocalAssets
    """
    base = base.rstrip("/")

    def url(package: str, name: str) -> str:
        return f"{base}/{_folder(package)}/{name}"

    return LocalAssets(
        map_js=(
            ("leaflet", url("leaflet", "leaflet.js")),
            ("jquery", url("jquery", "jquery.min.js")),
        ),
        map_css=(("leaflet_css", url("leaflet", "leaflet.css")),),
        cluster_js=(("markerclusterjs", url("markercluster", "leaflet.markercluster.js")),),
        cluster_css=(
            ("markerclustercss", url("markercluster", "MarkerCluster.css")),
            ("markerclusterdefaultcss", url("markercluster", "MarkerCluster.Default.css")),
        ),
        icon_image_path=url("leaflet", "images/"),
    )


def materialise_assets(static_dir: str | os.PathLike, *, base: str = DEFAULT_BASE) -> LocalAssets:
    """Copy the local assets into *static_dir* and return their URLs.

    Files already present with the same content are left alone; every copy
    is atomic (temporary file in the same folder, then rename), so a browser
    never gets half a script.

    Parameters
    ----------
    static_dir : str or path-like
        The ``static/`` folder next to ``app.py``; created if missing.
    base : str
        URL prefix under which *static_dir* is served.

    Returns
    -------
    LocalAssets

    Raises
    ------
    ExportError
        If a file cannot be written.
    """
    static_dir = Path(static_dir)
    for package, names in _FILES.items():
        source_dir = Path(_module(package).BASE_DIR)
        target_dir = static_dir / _folder(package)
        for name in names:
            source, target = source_dir / name, target_dir / name
            if target.is_file() and filecmp.cmp(source, target, shallow=False):
                continue
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_copy(source, target)
            except OSError as err:
                raise ExportError(f"could not write asset {str(target)!r}: {err}") from err
    return asset_urls(base)
