"""The Streamlit app of the border news map (``streamlit run app.py``, ``python -m geo_app``).

Only this package imports Streamlit; what it shows is prepared by
:mod:`geo.app`.

- :mod:`.page` — the wiring: navigation of the registered views, sidebar, view.
- :mod:`.views` — the registry of views (one declaration each) and one module per view.
- :mod:`.cache` — every ``st.cache_*``, keyed by :class:`geo.app.keys.CacheKey`.
- :mod:`.context` — what a view gets: configuration, gazetteer, corpus, filters.
- :mod:`.sidebar` — search, filters, tiles.
- :mod:`.state` — session state: selected place, map view, the view asked for.
- :mod:`.__main__` — ``python -m geo_app``: ``streamlit run`` with the app's settings.
"""
