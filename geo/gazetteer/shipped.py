"""Administrative units shipped prebuilt with the package (``geo/data/admin_units.json.gz``).

Building the units from ``vietnamadminunits`` takes seconds (one
``convert_address`` call per legacy commune), which a first start on an
empty cache folder used to pay.  ``scripts/make_admin_units.py`` builds them
once and writes them here, with the key they were built under: the format,
the package's version, a hash of its data files' contents and of the code
that builds units (:mod:`geo.gazetteer.admin`).  The key is reproducible
(contents, not file times), so the shipped file is used wherever the same
package version and code are installed; when anything it depends on
changes, the key no longer matches and the units are built (and cached) as
before, and ``tests/test_gazetteer_shipped.py`` says to regenerate the file.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import fields
from importlib import metadata
from pathlib import Path

from geo.gazetteer import admin
from geo.model import Place
from geo.settings import data_dir

#: File name in the package data.
SHIPPED_FILE = "admin_units.json.gz"
#: Version of the file's layout (bump when it changes).
FORMAT = 1
_FIELDS = tuple(f.name for f in fields(Place))


def shipped_key() -> str:
    """Return the key the units would be built under here (reproducible across machines)."""
    import importlib.util

    h = hashlib.sha256(f"format {FORMAT}\0{','.join(_FIELDS)}\0".encode())
    try:
        h.update(metadata.version("vietnamadminunits").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover
        h.update(b"unknown")
    # the package's folder without importing it (its import costs ~0.4 s)
    spec = importlib.util.find_spec("vietnamadminunits")
    folder = Path(spec.origin).parent / "data"
    for f in sorted(folder.iterdir()):
        if f.is_file():
            h.update(f"\0{f.name}\0".encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    h.update(Path(admin.__file__).read_bytes())
    return h.hexdigest()[:32]


def encode(places: tuple[Place, ...], key: str) -> bytes:
    """Return the shipped file's bytes for *places* (deterministic: same input, same bytes)."""
    rows = [[getattr(p, name) for name in _FIELDS] for p in places]
    doc = {"format": FORMAT, "key": key, "fields": list(_FIELDS), "places": rows}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def decode(data: bytes) -> tuple[str, tuple[Place, ...]]:
    """Return ``(key, places)`` from the shipped file's bytes.

    Raises ``ValueError`` on a file of another format or field list.
    """
    doc = json.loads(gzip.decompress(data))
    if doc.get("format") != FORMAT or tuple(doc.get("fields", ())) != _FIELDS:
        raise ValueError("admin units file of another format")
    i_alt, i_bbox, i_attrs = (_FIELDS.index(n) for n in ("alt_names", "bbox", "attrs"))
    places = []
    for row in doc["places"]:
        row[i_alt] = tuple(row[i_alt])
        row[i_bbox] = tuple(row[i_bbox]) if row[i_bbox] is not None else None
        row[i_attrs] = tuple(tuple(a) for a in row[i_attrs])
        places.append(Place(*row))
    return doc["key"], tuple(places)


def read_shipped() -> tuple[str, tuple[Place, ...]] | None:
    """Return ``(key, places)`` of the shipped file, or ``None`` if there is none."""
    path = data_dir() / SHIPPED_FILE
    try:
        data = path.read_bytes()
    except (OSError, FileNotFoundError):
        return None
    try:
        return decode(data)
    except (ValueError, KeyError, TypeError, OSError, EOFError):
        return None


def shipped_units() -> tuple[Place, ...] | None:
    """Return the shipped units when they were built under this installation's key."""
    found = read_shipped()
    if found is None or found[0] != shipped_key():
        return None
    return found[1]
