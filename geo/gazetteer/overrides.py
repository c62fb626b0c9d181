"""User override files: add or correct gazetteer entries without code changes.

An override file is a CSV with the columns of ``geo/data/curated_places.csv``
(see ``geo/data/README.md``); only ``id``, ``name``, ``kind``, ``lat`` and
``lon`` must be present as columns.  A row whose id exists corrects that entry
(its non-empty cells win); any other row adds an entry.  Which file the app
and CLI read is :attr:`geo.settings.Settings.overrides`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from geo.errors import OverrideError
from geo.gazetteer.rows import PlaceRow, parse_rows

#: Largest override file read (bytes); a bigger file is refused.
MAX_BYTES = 5_000_000


def read_overrides_lenient(path: Path) -> tuple[list[PlaceRow], list[OverrideError]]:
    """Read an override file, keeping the good rows and reporting the bad ones.

    Parameters
    ----------
    path : Path
        The override CSV.

    Returns
    -------
    rows : list of PlaceRow
        Valid rows.
    errors : list of OverrideError
        One per problem, message ``"file:line: problem"``; an unreadable
        file gives a single error and no rows.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return [], [OverrideError(f"{name}:0: could not read the override file: "
                                  f"{err.strerror or err}")]
    if len(data) > MAX_BYTES:
        return [], [OverrideError(f"{name}:0: override file is {len(data)} bytes, "
                                  f"more than the {MAX_BYTES} allowed")]
    if b"\x00" in data:
        return [], [OverrideError(f"{name}:0: not a text file (contains NUL bytes)")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return [], [OverrideError(f"{name}:{line}: not valid UTF-8 (byte {err.start}); "
                                  f"save the file as UTF-8")]
    return parse_rows(io.StringIO(text, newline=""), name)


def read_overrides(path: Path) -> list[PlaceRow]:
    """Read an override file, raising on the first problem.

    Raises
    ------
    OverrideError
        ``"file:line: problem"`` for the first bad row.
    """
    rows, errors = read_overrides_lenient(path)
    if errors:
        raise errors[0]
    return rows


def check_new_rows(rows: Iterable[PlaceRow], known: set[str]) -> list[OverrideError]:
    """Check rows that add entries: a new id needs a name and a kind.

    Parameters
    ----------
    rows : iterable of PlaceRow
        Override rows.
    known : set of str
        Ids already in the gazetteer (rows with these ids are corrections).
    """
    errors = []
    for row in rows:
        if row.id in known:
            continue
        missing = [c for c in ("name", "kind") if not getattr(row, c)]
        if missing:
            errors.append(OverrideError(f"{row.origin}: new entry {row.id!r} needs "
                                        f"{' and '.join(missing)} (no built-in entry has "
                                        f"this id)"))
    return errors
