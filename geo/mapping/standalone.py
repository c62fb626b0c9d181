"""The map as one self-contained HTML file: opens with no server and no network.

:func:`standalone_html` renders a map built with local assets
(:func:`geo.mapping.folium_map.build_map` with ``asset_base``) and puts every
local script and stylesheet inside the page, with the stylesheets' images as
``data:`` URLs.  The layers are in the page already (one GeoJSON per layer),
so the file is the map: layer control, legend, tooltips, popups.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from pathlib import Path

import folium

from geo.mapping import assets

__all__ = ["standalone_html"]

_TAG = re.compile(r"""<script\s+src="(?P<js>[^"]+)"\s*>\s*</script>"""
                  r"""|<link\s+rel="stylesheet"\s+href="(?P<css>[^"]+)"\s*/?>""")
_CSS_URL = re.compile(r"""url\(\s*['"]?(?!data:)([^'")]+)['"]?\s*\)""")


def _local_files(asset_base: str) -> dict[str, Path]:
    """URL → file of every local asset served under *asset_base*."""
    out = {}
    base = asset_base.rstrip("/")
    for package, names in assets._FILES.items():
        folder = Path(assets._module(package).BASE_DIR)
        for name in names:
            out[f"{base}/{assets._folder(package)}/{name}"] = folder / name
    return out


def _data_url(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _inline_css(path: Path) -> str:
    text = path.read_text("utf-8")

    def image(m: re.Match) -> str:
        target = (path.parent / m.group(1)).resolve()
        return f'url("{_data_url(target)}")' if target.is_file() else m.group(0)

    return _CSS_URL.sub(image, text).replace("</style", "<\\/style")


def standalone_html(fmap: folium.Map, *, asset_base: str = assets.DEFAULT_BASE,
                    title: str = "Điện Biên border news map") -> str:
    """Return *fmap* as one HTML page holding its scripts, styles and data.

    Parameters
    ----------
    fmap : folium.Map
        A map drawn with ``asset_base`` (its scripts point at local files).
    asset_base : str
        The URL prefix the map's scripts were given.
    title : str
        The page title.

    Returns
    -------
    str
        The page; it loads nothing from anywhere.

    Raises
    ------
    ValueError
        If the map links a script or stylesheet that is not a local asset
        (it would not open offline).
    """
    files = _local_files(asset_base)
    page = fmap.get_root().render()

    def inline(m: re.Match) -> str:
        url = m.group("js") or m.group("css")
        path = files.get(url)
        if path is None:
            raise ValueError(f"the map links {url!r}, which is not a local asset: "
                             f"build it with asset_base={asset_base!r}")
        if m.group("js"):
            return "<script>" + path.read_text("utf-8").replace("</script", "<\\/script") + \
                "</script>"
        return "<style>" + _inline_css(path) + "</style>"

    page = _TAG.sub(inline, page)
    head = f"<head>\n<title>{html.escape(title)}</title>"
    return page.replace("<head>", head, 1)
