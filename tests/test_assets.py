"""Local Leaflet/jQuery/markercluster assets materialised from the xstatic packages."""

import re
from pathlib import Path

import xstatic.pkg.jquery
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from _layers_fixtures import FakeGazetteer, make_corpus

from geo.mapping.assets import asset_urls, materialise_assets

BASE = "/app/static"


def _local_file(static: Path, url: str) -> Path:
    assert url.startswith(BASE + "/")
    return static / url[len(BASE) + 1:]


def test_materialise_copies_files_from_the_packages(tmp_path):
    local = materialise_assets(tmp_path / "static", base=BASE)
    urls = dict(local.map_js + local.map_css + local.cluster_js + local.cluster_css)
    leaflet = Path(xstatic.pkg.leaflet.BASE_DIR)
    assert _local_file(tmp_path / "static", urls["leaflet"]).read_bytes() == (
        leaflet / "leaflet.js").read_bytes()
    assert _local_file(tmp_path / "static", urls["jquery"]).read_bytes() == (
        Path(xstatic.pkg.jquery.BASE_DIR) / "jquery.min.js").read_bytes()
    assert _local_file(tmp_path / "static", urls["markerclusterjs"]).read_bytes() == (
        Path(xstatic.pkg.leaflet_markercluster.BASE_DIR) / "leaflet.markercluster.js"
    ).read_bytes()
    for url in local.urls():
        assert _local_file(tmp_path / "static", url).is_file(), url
    # leaflet.css refers to images/layers.png relatively (the layer control icon)
    css = _local_file(tmp_path / "static", urls["leaflet_css"])
    assert (css.parent / "images" / "layers.png").is_file()


def test_urls_are_versioned_and_under_base():
    local = asset_urls("/app/static/")
    assert local.map_js[0] == ("leaflet", f"/app/static/leaflet-{xstatic.pkg.leaflet.VERSION}"
                                          "/leaflet.js")
    assert all(u.startswith("/app/static/") and "//" not in u for u in local.urls())
    assert local.icon_image_path.endswith("/images/")


def test_second_run_rewrites_nothing(tmp_path):
    materialise_assets(tmp_path, base=BASE)
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    materialise_assets(tmp_path, base=BASE)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == stamps


def test_damaged_file_is_replaced(tmp_path):
    local = materialise_assets(tmp_path, base=BASE)
    target = _local_file(tmp_path, dict(local.map_js)["leaflet"])
    target.write_text("half a scr")
    materialise_assets(tmp_path, base=BASE)
    assert target.read_bytes() == (Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js").read_bytes()
    assert not [p for p in tmp_path.rglob(".*") if p.is_file()]  # no temporary leftovers


def test_map_html_only_links_materialised_files(tmp_path):
    from geo.layers.build import build_layers
    from geo.mapping.folium_map import build_map

    materialise_assets(tmp_path, base=BASE)
    page = build_map(build_layers(make_corpus(), FakeGazetteer()), asset_base=BASE)
    html = page.get_root().render()
    links = re.findall(r'<(?:script|link)[^>]*?(?:src|href)="([^"]+)"', html)
    assert links
    for url in links:
        assert _local_file(tmp_path, url).is_file(), url
    assert not re.search(r"""<(script|link)[^>]*(src|href)=["']?(https?:)?//""", html)


def test_streamlit_folium_sees_only_local_links(tmp_path):
    """st_folium sends every element's default_js/css to the browser: all must be local."""
    import folium

    from geo.layers.build import build_layers
    from geo.mapping.folium_map import build_map

    fmap = build_map(build_layers(make_corpus(), FakeGazetteer()), asset_base=BASE)

    def walk(el):
        yield el
        for child in el._children.values():
            yield from walk(child)

    urls = [u for el in walk(fmap) if isinstance(el, folium.elements.JSCSSMixin)
            for _, u in (*el.default_js, *el.default_css)]
    assert urls and all(u.startswith(BASE + "/") for u in urls), urls


def test_static_folder_is_gitignored():
    """The copied scripts are never committed; only the folder's README is (so it exists)."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    ignored = subprocess.run(["git", "check-ignore", "static/leaflet-1.9.4/leaflet.js",
                              "static/README.md"], cwd=root, capture_output=True, text=True)
    assert ignored.stdout.split() == ["static/leaflet-1.9.4/leaflet.js"]
