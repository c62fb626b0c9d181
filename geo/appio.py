"""File input and output of the app: corpus fingerprints, saved articles, override rows.

Writes are atomic (a temporary file in the target folder, then a rename), never
overwrite an existing article, and only ever touch the one file they name.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from geo.errors import InputError, OverrideError

#: Article file types the app accepts (upload and corpus folder).
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

#: Extra files of a corpus folder that change how articles are read.
_CORPUS_EXTRAS = ("manifest.csv", "manifest.json")


def corpus_files(folder: str | os.PathLike) -> list[Path]:
    """Return the article files (and manifest) of *folder*, sorted; ``[]`` if none."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir()
        if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or p.name in _CORPUS_EXTRAS)
    )


def file_digest(path: str | os.PathLike) -> str:
    """Return the SHA-256 of the file at *path* (``""`` if it cannot be read)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def bytes_digest(data: bytes) -> str:
    """Return the SHA-256 of *data* (hex)."""
    return hashlib.sha256(data).hexdigest()


def file_stamp(path: str | os.PathLike) -> tuple[str, int, int]:
    """Return ``(path, size, mtime_ns)`` of *path*: a cheap key for :func:`file_digest`."""
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_size, st.st_mtime_ns)


def safe_filename(name: str, *, default: str = "article", suffix: str = ".txt") -> str:
    """Return a safe file name (ASCII, no folders, allowed suffix) made from *name*.

    Examples
    --------
    >>> safe_filename("../../etc/Điện Biên <b>.html")
    'dien-bien-b.html'
    """
    base = os.path.basename(str(name).replace("\\", "/"))
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = f".{ext.lower()}" if f".{ext.lower()}" in ARTICLE_SUFFIXES else suffix
    slug = slugify(stem)[:80] or default
    return slug + ext


def slugify(text: str) -> str:
    """Return *text* as an ASCII, lower-case, hyphenated slug (``đ`` → ``d``)."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def save_article(folder: str | os.PathLike, filename: str, data: bytes) -> Path:
    """Write an article into the corpus *folder* under a safe, new name.

    Parameters
    ----------
    folder : str or path-like
        The corpus folder (created if missing).
    filename : str
        The name the user gave; made safe by :func:`safe_filename`; a number
        is added when a file of that name exists (nothing is overwritten).
    data : bytes
        The file content, as uploaded.

    Returns
    -------
    Path
        Where it was written.

    Raises
    ------
    InputError
        If *data* is empty.
    OSError
        If the folder cannot be written.
    """
    if not data or not data.strip():
        raise InputError(f"{filename!r} is empty: nothing to save")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_filename(filename)
    stem, ext = os.path.splitext(name)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)
        for n in range(1, 10_000):
            target = folder / (name if n == 1 else f"{stem}-{n}{ext}")
            try:
                os.link(tmp, target)  # fails if target exists: never overwrite
            except FileExistsError:
                continue
            return target
        raise InputError(f"too many files named {name!r} in {str(folder)!r}")
    finally:
        Path(tmp).unlink(missing_ok=True)


# ------------------------------------------------------------------ overrides

#: Columns the app writes to a new override file (see the gazetteer's docs).
OVERRIDE_COLUMNS = ("id", "name", "kind", "lat", "lon", "precision", "source", "alt_names",
                    "notes")


def append_override(path: str | os.PathLike, row: Mapping[str, object]) -> Path:
    """Append one validated row to the user override file, atomically.

    The file is rewritten whole (existing rows kept byte for byte, the new
    row added with the file's own columns) into a temporary file next to it,
    which then replaces it: a crash never leaves half a row.

    Parameters
    ----------
    path : str or path-like
        The override CSV; created with :data:`OVERRIDE_COLUMNS` if missing.
    row : mapping
        At least ``id``, ``name``, ``kind``, ``lat``, ``lon``.

    Returns
    -------
    Path

    Raises
    ------
    OverrideError
        If the row is invalid (the message says why) or the existing file's
        header lacks a column the row needs.
    """
    path = Path(path)
    clean = validate_override_row(row)
    existing = path.read_bytes() if path.exists() else b""
    text = existing.decode("utf-8-sig") if existing else ""
    if text.strip():
        header = next(csv.reader(io.StringIO(text)))
        missing = [k for k in ("id", "name", "kind", "lat", "lon") if k not in header]
        if missing:
            raise OverrideError(f"{str(path)!r} line 1: header lacks {', '.join(missing)}")
        columns = header
    else:
        columns, text = list(OVERRIDE_COLUMNS), ""
    ids = {r.get("id") for r in csv.DictReader(io.StringIO(text))} if text else set()
    if clean["id"] in ids:
        raise OverrideError(f"{str(path)!r}: id {clean['id']!r} is already in the file")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    if not text:
        w.writeheader()
    w.writerow({k: clean.get(k, "") for k in columns})
    sep = "" if not text or text.endswith("\n") else "\n"
    out = (text + sep + buf.getvalue()).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(out)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


_ID = re.compile(
    r"^(user|post|gate|village|country|foreign|other|marker|vn2025|vnold):[a-z0-9:._-]+$")


def validate_override_row(row: Mapping[str, object]) -> dict[str, str]:
    """Check one override row and return it as strings.

    Raises
    ------
    OverrideError
        Missing id/name/kind, an id outside the allowed namespaces, an
        unknown kind or precision, or coordinates out of range (a point
        outside the region is reported as likely swapped lat/lon).
    """
    from geo.model import Kind, Precision

    clean = {k: ("" if v is None else " ".join(str(v).split())) for k, v in row.items()}
    for key in ("id", "name", "kind"):
        if not clean.get(key):
            raise OverrideError(f"override row: {key} is missing")
    if not _ID.match(clean["id"]):
        raise OverrideError(f"override row: id {clean['id']!r} must look like 'user:<slug>'")
    if clean["kind"] not in {k.value for k in Kind}:
        raise OverrideError(f"override row: unknown kind {clean['kind']!r}")
    if clean.get("precision") and clean["precision"] not in {p.value for p in Precision}:
        raise OverrideError(f"override row: unknown precision {clean['precision']!r}")
    try:
        lat, lon = float(clean["lat"]), float(clean["lon"])
    except (KeyError, ValueError) as err:
        raise OverrideError(f"override row: lat/lon must be numbers, got "
                            f"{clean.get('lat')!r}, {clean.get('lon')!r}") from err
    hint = " (lat and lon swapped?)" if 5 <= lon <= 30 and 95 <= lat <= 115 else ""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise OverrideError(f"override row: lat {lat}, lon {lon} out of range{hint}")
    if not (5 <= lat <= 30 and 95 <= lon <= 115):
        raise OverrideError(f"override row: {lat}, {lon} is outside the region{hint}")
    clean["lat"], clean["lon"] = f"{lat:.6f}", f"{lon:.6f}"
    return clean
