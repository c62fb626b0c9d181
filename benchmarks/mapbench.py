"""Map build time and HTML size against the number of places drawn."""

from __future__ import annotations

import inspect
import time


def _build_map(layers, gaz):
    from geo.mapping.folium_map import build_map

    params = inspect.signature(build_map).parameters
    kwargs = {"asset_base": "/app/static"} if "asset_base" in params else {}
    if "tiles" in params:
        kwargs["tiles"] = None
    if len([p for p in params.values() if p.default is inspect.Parameter.empty]) >= 2:
        return build_map(layers, gaz, **kwargs)
    return build_map(layers, **kwargs)


def stage_map(res, corpus, gaz, workdir) -> None:
    """Build layers and the map for growing slices of *corpus*; time and size them."""
    from dataclasses import replace

    from geo.layers.build import PLACE_LAYERS, build_layers

    print("\n== map build time and HTML size against the number of places", flush=True)
    n = len(corpus.results)
    sizes = sorted({k for k in (1, 5, 50, 500, 5_000, n) if k <= n})
    rows = []
    for k in sizes:
        sub = replace(corpus, results=corpus.results[:k])
        t0 = time.perf_counter()
        layers = build_layers(sub, gaz)
        t1 = time.perf_counter()
        m = _build_map(layers, gaz)
        t2 = time.perf_counter()
        html = m.get_root().render()
        t3 = time.perf_counter()
        places = sum(len(layers[name]) for name in PLACE_LAYERS if name in layers)
        features = sum(len(f) for f in layers.values())
        size = len(html.encode("utf-8"))
        rows.append([f"{k:,}", f"{places:,}", f"{features:,}", f"{(t1 - t0) * 1000:.0f} ms",
                     f"{(t2 - t1) * 1000:.0f} ms", f"{(t3 - t2) * 1000:.0f} ms",
                     f"{size / 1e3:,.0f} kB", f"{size / max(places, 1) / 1e3:.1f} kB"])
        res.add("map", f"{k:,} articles → {places:,} places",
                f"layers {(t1 - t0) * 1000:.0f} ms, build_map {(t2 - t1) * 1000:.0f} ms, "
                f"render {(t3 - t2) * 1000:.0f} ms, HTML {size / 1e3:,.0f} kB")
    res.tables["Map: build time and HTML size against places"] = (
        ["articles", "places drawn", "features (all layers)", "build_layers", "build_map",
         "render HTML", "HTML size", "HTML per place"], rows)
