"""Start the app: ``python -m geo_app [--corpus DIR] [streamlit options]`` (also ``geo-app``).

Runs ``streamlit run`` on the package's entry script with the settings the
repository keeps in ``.streamlit/config.toml`` (static serving on, headless,
no usage statistics...), so an app installed from a wheel works offline
from any folder.  Other options (``--server.port 8502``...) go to Streamlit.

Streamlit serves the ``static/`` folder next to the script it runs, and the
app copies the map's JavaScript there; so the script is run from a copy in
:func:`run_dir` (a folder of the cache), never from ``site-packages``,
which may not be writable.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from geo.settings import CORPUS_ENV, OVERRIDES_ENV

#: The settings of ``.streamlit/config.toml``, as ``streamlit run`` flags.
SETTINGS: dict[str, str] = {
    "server.address": "127.0.0.1",
    "server.enableStaticServing": "true",
    "server.headless": "true",
    "server.runOnSave": "false",
    "server.fileWatcherType": "none",
    "server.maxUploadSize": "20",
    "browser.serverAddress": "localhost",
    "browser.gatherUsageStats": "false",
    "client.toolbarMode": "minimal",
    "client.showErrorDetails": "none",
    "runner.fastReruns": "true",
    "theme.base": "light",
}
#: The entry script in the package.
ENTRY = Path(__file__).with_name("streamlit_app.py")


def run_dir() -> Path:
    """Return the folder the entry script is run from: ``app/`` in the cache folder."""
    from geo.settings import default_cache_dir

    return default_cache_dir() / "app"


def prepare(folder: Path) -> Path:
    """Put the entry script and the map's scripts into *folder*; return the script's path."""
    from geo.files import atomic_write_bytes
    from geo.mapping.assets import materialise_assets

    folder.mkdir(parents=True, exist_ok=True)
    script = folder / ENTRY.name
    code = ENTRY.read_bytes()
    if not script.is_file() or script.read_bytes() != code:
        atomic_write_bytes(script, code)
    materialise_assets(folder / "static")
    return script


def streamlit_argv(script: str | os.PathLike, options: list[str]) -> list[str]:
    """Return the ``streamlit run`` command line of *script*: the app's settings, then *options*."""
    flags = [f"--{name}={value}" for name, value in SETTINGS.items()]
    return ["streamlit", "run", str(script), *flags, *options]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m geo_app",
        description="Start the Điện Biên border news map (a Streamlit app) in the browser. "
                    "Other options are passed to `streamlit run` (e.g. --server.port 8502).")
    p.add_argument("--corpus", metavar="DIR",
                   help=f"corpus folder (default: ${CORPUS_ENV}, else seeds/ of a source "
                        "checkout, else ./corpus)")
    p.add_argument("--overrides", metavar="CSV",
                   help=f"user override file (default: ${OVERRIDES_ENV}, else data/overrides.csv "
                        "of a source checkout, else ~/.local/share/geo-dienbien/overrides.csv)")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the app until Streamlit stops; return its exit status."""
    args, options = _parser().parse_known_args(argv)
    for value, env in ((args.corpus, CORPUS_ENV), (args.overrides, OVERRIDES_ENV)):
        if value:
            os.environ[env] = str(Path(value).resolve())
    script = prepare(run_dir())
    from streamlit.web import cli

    sys.argv = streamlit_argv(script, options)
    try:
        cli.main()
    except SystemExit as end:
        return end.code if isinstance(end.code, int) else 0 if end.code is None else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
