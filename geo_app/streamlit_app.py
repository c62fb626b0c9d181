"""The app's entry script inside the package: what ``python -m geo_app`` runs.

Streamlit serves the ``static/`` folder next to the script it runs, so the
launcher (:mod:`geo_app.__main__`) runs a copy of this file kept in a
writable folder (see :func:`geo_app.__main__.run_dir`).
"""

from pathlib import Path

from geo_app.page import run

run(Path(__file__).resolve().parent)
