"""The Điện Biên border news map: ``streamlit run app.py`` from a clone of the repository.

The app lives in :mod:`geo_app` (pages: the registry in
:mod:`geo_app.views`; caches: :mod:`geo_app.cache`) over the view models of
:mod:`geo.app`; this script only runs it.  Streamlit serves ``static/``
next to it (the map's Leaflet and friends, copied there at start) and reads
``.streamlit/config.toml``.  Installed from a wheel, start it with
``python -m geo_app`` (see the README).

Environment: ``GEO_CORPUS`` (corpus folder, default ``seeds/``),
``GEO_OVERRIDES`` (user override CSV, default ``data/overrides.csv``),
``GEO_CACHE_DIR`` (processed-article cache, default ``~/.cache/geo-dienbien``).
"""

from pathlib import Path

from geo_app.page import run

run(Path(__file__).resolve().parent)
