"""Build Vietnam's administrative units and write them as package data.

Writes ``geo/data/admin_units.json.gz`` (see :mod:`geo.gazetteer.shipped`):
every unit of both eras, built by :func:`geo.gazetteer.admin.build_admin_places`
from the installed ``vietnamadminunits``, with the key it was built under.
Run it after upgrading ``vietnamadminunits`` or changing
``geo/gazetteer/admin.py``; the same inputs give the same bytes.

Usage::

    python scripts/make_admin_units.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import admin  # noqa: E402
from geo.gazetteer.shipped import SHIPPED_FILE, encode, shipped_key  # noqa: E402

TARGET = ROOT / "geo" / "data" / SHIPPED_FILE


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true",
                   help="do not write: exit 1 if the shipped file differs from a fresh build")
    args = p.parse_args(argv)
    data = encode(admin.build_admin_places(), shipped_key())
    if args.check:
        same = TARGET.is_file() and TARGET.read_bytes() == data
        print(f"{TARGET}: {'up to date' if same else 'stale: run scripts/make_admin_units.py'}")
        return 0 if same else 1
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
