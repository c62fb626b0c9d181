"""Writing files safely: atomic replacement and spreadsheet-safe cells.

Every file the product writes (exports, the override file, uploaded
articles, cached admin units, the app's JavaScript copies) goes through
:func:`atomic_write`: a reader sees the old file or the new one, never half
of one, and a failed write leaves no temporary file behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

#: First characters that make a spreadsheet run a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def atomic_write(path: str | os.PathLike, write: Callable[[Path], object], *,
                 mode: int = 0o644) -> Path:
    """Call ``write(tmp)`` on a temporary path next to *path*, then rename it to *path*.

    Parameters
    ----------
    path : path-like
        The file to create or replace; its folder must exist.
    write : callable
        Writes the whole content to the temporary path it is given.  The
        temporary name keeps *path*'s extension (GDAL checks it for
        GeoPackages).
    mode : int
        Permissions of the new file.

    Returns
    -------
    Path
        *path*.

    Raises
    ------
    Whatever *write* or the file system raises (``KeyboardInterrupt`` too);
    the temporary file, and any ``<tmp>-journal``/``-wal`` beside it, is
    removed first and *path* is left as it was.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.",
                                    suffix=f".tmp{path.suffix}")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, *tmp.parent.glob(tmp.name + "-*")):
            leftover.unlink(missing_ok=True)
        raise
    return path


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write *data* to *path* atomically (see :func:`atomic_write`)."""
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


def atomic_copy(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Copy *source* to *target* atomically (see :func:`atomic_write`)."""
    def write(tmp: Path) -> None:
        with open(source, "rb") as src, open(tmp, "wb") as out:
            shutil.copyfileobj(src, out)

    return atomic_write(target, write)


def spreadsheet_safe(value):
    """Return *value*, with a text cell a spreadsheet would run as a formula quoted.

    Article text is untrusted: a title such as ``=HYPERLINK(...)`` must stay
    text when a CSV is opened in a spreadsheet, so a cell starting with
    ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``.
    Anything that is not text is returned unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
