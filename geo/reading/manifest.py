"""The corpus manifest: per-file title, outlet, publication date and URL.

A corpus folder may hold a ``manifest.csv`` (UTF-8, header row)::

    file,title,outlet,date,url
    003_6e08b6e2bc4add28.txt,Dien Bien Provincial ...,National Defence Journal,2024-08-15,

``file`` (the file name in that folder) is required; ``title``, ``outlet``,
``date`` (ISO ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only the month or
year is known, or empty: unknown dates stay empty, never guessed) and ``url``
are optional columns, and other columns are kept.
Non-empty values win over what the article text says.  Articles without a
row load all the same (title from the text, date from the text or unknown).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from geo.errors import ArticleError

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "title", "outlet", "date", "url")


def load_manifest(directory: str | Path) -> dict[str, dict[str, str]]:
    """Read ``manifest.csv`` of a corpus folder.

    Parameters
    ----------
    directory : str or Path
        The corpus folder.

    Returns
    -------
    dict
        File name → row (column → value, whitespace stripped).  Empty when
        the folder has no manifest.

    Raises
    ------
    ArticleError
        The manifest cannot be read or a row is malformed; the message names
        the file and line.
    """
    path = Path(directory) / MANIFEST_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise ArticleError(f"{path}: cannot read manifest ({err.strerror})") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ArticleError(f"{path}:{line}: manifest is not UTF-8 (byte {err.start})") from err
    return parse_manifest(text, name=str(path))


def parse_manifest(text: str, *, name: str = MANIFEST_NAME) -> dict[str, dict[str, str]]:
    """Parse manifest CSV text (see the module docstring); *name* is used in messages.

    Raises
    ------
    ArticleError
        A missing ``file`` column, a row with the wrong number of fields, an
        empty or duplicate file name, a file name with a folder in it, or a
        date that is not ``YYYY-MM-DD``.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            return {}
        header = [h.strip().lower() for h in header]
        if "file" not in header:
            raise ArticleError(f"{name}:1: manifest header has no 'file' column: {header}")
        if len(set(header)) != len(header):
            raise ArticleError(f"{name}:1: manifest header repeats a column: {header}")
        rows: dict[str, dict[str, str]] = {}
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                raise ArticleError(
                    f"{name}:{line}: expected {len(header)} fields "
                    f"({','.join(header)}), got {len(fields)}"
                )
            row = {h: f.strip() for h, f in zip(header, fields, strict=True)}
            _check_row(row, rows, name, line)
            rows[row["file"]] = row
    except csv.Error as err:
        raise ArticleError(f"{name}:{reader.line_num}: malformed CSV: {err}") from err
    return rows


def _check_row(row: dict[str, str], seen: dict, name: str, line: int) -> None:
    file = row["file"]
    if not file:
        raise ArticleError(f"{name}:{line}: empty 'file'")
    if "/" in file or "\\" in file or file in (".", ".."):
        raise ArticleError(f"{name}:{line}: 'file' must be a file name in this folder: {file!r}")
    if file in seen:
        raise ArticleError(f"{name}:{line}: duplicate row for {file!r}")
    value = row.get("date", "")
    if value and not _iso_date(value):
        raise ArticleError(f"{name}:{line}: date {value!r} is not an ISO date (YYYY-MM-DD, "
                           "or YYYY-MM or YYYY when only the month or year is known)")


def _iso_date(value: str) -> bool:
    """Tell whether *value* is an ISO date, maybe of a month or a year ("2021-06", "2021")."""
    full = {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)  # a year, a month
    try:
        return date.fromisoformat(full).isoformat() == full
    except ValueError:
        return False
