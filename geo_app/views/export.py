"""The Export view: every layer as GeoJSON, all layers as a zip and a GeoPackage, figures CSV."""

from __future__ import annotations

import streamlit as st

from geo.export import safe_name
from geo.layers.registry import LAYERS
from geo_app.context import Context

#: The files of all layers: (suffix, button label, MIME type).
BUNDLES = (
    (".zip", "All layers · zip", "application/zip"),
    (".gpkg", "All layers · GeoPackage", "application/geopackage+sqlite3"),
    (".csv", "Figures · CSV", "text/csv"),
)


def render(ctx: Context) -> None:
    """Offer every export file of the layers as the filters select them."""
    layers, files = ctx.data.exports(ctx.filters)
    st.caption("The layers as on the map (filters applied). GeoJSON is RFC 7946 (WGS 84, "
               "longitude first); list-valued properties are JSON text.")
    cols = st.columns(3)
    for i, name in enumerate(layers):
        fname = f"{safe_name(name)}.geojson"
        if fname in files:
            layer = LAYERS.get(name)
            title = layer.title if layer is not None else name
            cols[i % 3].download_button(
                f"{title.split(' (')[0]} ({len(layers[name])}) · GeoJSON", files[fname],
                file_name=fname, mime="application/geo+json", key=f"dl_{name}",
                help=f"{title}: {fname}")
    st.divider()
    for col, (suffix, label, mime) in zip(st.columns(3), BUNDLES, strict=True):
        fname = next((f for f in files if f.endswith(suffix)), None)
        if fname:
            col.download_button(label, files[fname], file_name=fname, mime=mime,
                                key=f"dl{suffix}")
