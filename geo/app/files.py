"""File input and output of the app: corpus files, digests, saved articles, override rows, exports.

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
from geo.files import atomic_write_bytes
from geo.model import Failure
from geo.reading import ARTICLE_SUFFIXES, iter_corpus_files
from geo.reading.manifest import MANIFEST_NAME

__all__ = ["bytes_digest", "corpus_files", "export_files", "file_digest", "file_stamp",
           "safe_filename", "save_article", "slugify", "tree_stamp", "write_override"]


def corpus_files(folder: str | os.PathLike) -> list[Path]:
    """Return the files the pipeline reads for *folder*, sorted; ``[]`` if none.

    The article files are those :func:`geo.reading.iter_corpus_files` walks
    (sub-folders included, hidden files and other suffixes left out), plus
    the ``manifest.csv`` of every folder that holds one of them: a change to
    any of these changes what the pipeline reads.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    files: list[Path] = []
    folders: dict[str, Path] = {}
    for item in iter_corpus_files(folder):
        if isinstance(item, Failure):  # the pipeline reports it; nothing to stamp
            continue
        files.append(item[0])  # each file once: the walk drops repeats
        folders.setdefault(str(item[0].parent), item[0].parent)
    files.extend(m for m in (f / MANIFEST_NAME for f in folders.values()) if m.is_file())
    return sorted(files, key=str)  # (str keys: sorting 10,000 Paths takes 0.1 s)


def tree_stamp(folder: str | os.PathLike) -> str:
    """Return one hash of everything under *folder*: each entry's path, type, size and mtime.

    Cheap (one ``os.scandir`` per folder, one ``lstat`` per entry, no file
    read, symbolic links not followed) and equal as long as nothing under
    *folder* changed: what :func:`corpus_files` finds, and their stamps, are
    the same while it is.  The app computes its :class:`~geo.app.keys.CacheKey`
    once per tree stamp (10,000 files: tens of milliseconds, against about a
    second for the pipeline's walk and stamps).
    """
    h = hashlib.sha256()
    stack = [os.fspath(folder)]
    while stack:
        where = stack.pop()
        try:
            with os.scandir(where) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:  # missing, not a folder, unreadable: that is the state
            h.update(f"!{where}\0{err.errno}\n".encode("utf-8", "surrogatepass"))
            continue
        for e in entries:
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                continue
            h.update(f"{e.path}\0{st.st_mode}\0{st.st_size}\0{st.st_mtime_ns}\n"
                     .encode("utf-8", "surrogatepass"))
            if e.is_dir(follow_symlinks=False):
                stack.append(e.path)
    return h.hexdigest()


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


def export_files(layers, figures) -> dict[str, bytes]:
    """Return every export file (as :func:`geo.export.export_layers` writes them) as bytes.

    Parameters
    ----------
    layers : mapping of str to geopandas.GeoDataFrame
        As returned by :func:`geo.layers.build.build_layers`.
    figures : iterable of Figure
        For the figures CSV.

    Returns
    -------
    dict of str to bytes
        File name (``<layer>.geojson``, the zip, the GeoPackage, the CSV) to
        content, in the order written.

    Raises
    ------
    geo.errors.ExportError
        If the export fails.
    """
    from geo.export import export_layers

    with tempfile.TemporaryDirectory(prefix="geo-export-") as tmp:
        paths = export_layers(layers, tmp, figures=list(figures))
        return {p.name: p.read_bytes() for p in paths}


# ------------------------------------------------------------------ overrides


def write_override(path: str | os.PathLike, row: Mapping[str, object]) -> Path:
    """Add or update one row of the user override file, atomically.

    The row uses the columns of the curated-places schema
    (:data:`geo.gazetteer.COLUMNS`) and is validated by the gazetteer's own
    row parser before anything is written.  When the file already has a row
    with the same id, the two are merged (non-empty new cells win,
    ``alt_names`` are united), as the gazetteer itself merges corrections.
    Other rows are kept as they are.  The whole file is written into a
    temporary file next to it that then replaces it, so a crash never leaves
    half a row.

    Parameters
    ----------
    path : str or path-like
        The override CSV; created (with every schema column) if missing.
    row : mapping
        Column → value; at least ``id``.

    Returns
    -------
    Path

    Raises
    ------
    OverrideError
        If the row is invalid (the gazetteer's message: file, line, problem)
        or the existing file cannot be read as an override CSV.
    """
    from geo.gazetteer.rows import COLUMNS, parse_rows

    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as err:
        raise OverrideError(f"{str(path)!r}: could not read the override file: {err}") from err
    records: list[dict[str, str]] = []
    columns = list(COLUMNS)
    if text.strip():
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip() for h in reader.fieldnames or ()]
        if not set(("id", "name", "kind", "lat", "lon")) <= set(header):
            raise OverrideError(f"{str(path)!r}:1: header lacks id, name, kind, lat or lon")
        columns = header + [c for c in COLUMNS if c not in header]
        records = [{k.strip(): (v or "") for k, v in r.items() if k} for r in reader]
    new = {k: _cell(v) for k, v in row.items() if k in COLUMNS}
    if not new.get("id"):
        raise OverrideError(f"{str(path)!r}: the override row has no id")
    for i, old in enumerate(records):
        if old.get("id", "").strip() == new["id"]:
            merged = dict(old)
            for k, v in new.items():
                if k == "alt_names":
                    names = [n.strip() for n in (old.get(k, "") + ";" + v).split(";")]
                    v = "; ".join(dict.fromkeys(n for n in names if n))
                if v:
                    merged[k] = v
            records[i] = merged
            target = merged
            break
    else:
        records.append(new)
        target = new
    check = io.StringIO()
    w = csv.DictWriter(check, fieldnames=list(COLUMNS), extrasaction="ignore",
                       lineterminator="\n")
    w.writeheader()
    w.writerow({k: target.get(k, "") for k in COLUMNS})
    _, errors = parse_rows(io.StringIO(check.getvalue(), newline=""), str(path))
    if errors:
        raise errors[0]
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in records:
        w.writerow({k: r.get(k, "") for k in columns})
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, out.getvalue().encode("utf-8"))
    return path


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split())
