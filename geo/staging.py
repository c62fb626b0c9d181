"""Output folders replaced all at once: a lock, a staging folder, one swap.

An export is many files (one GeoJSON per layer, a zip, a GeoPackage, a CSV,
the ``.geo-export`` stamp).  A reader of the output folder, and the next
run, must see either the whole previous export or the whole new one, never
a mix, whatever happens to the run (``kill -9``, Ctrl-C, a full disk, a
second run at the same time).  The scheme:

1. :class:`OutputFolder` takes an exclusive ``flock`` on the output folder
   itself (created if missing).  A second run into the same folder is
   refused at once (:class:`~geo.errors.ExportBusyError`), before it does
   any work.  The kernel drops the lock when a process dies, so a killed
   run never leaves a stale lock.
2. Holding the lock, every ``.<name>.geo-stage-*`` / ``.<name>.geo-old-*``
   beside the folder is the leftover of a dead run and is removed, as are
   the temporary files older versions left inside the folder.
3. :meth:`OutputFolder.stage` makes a sibling ``.<name>.geo-stage-<pid>-<random>``;
   the whole export is written there, and the files of the output folder
   that are not the export's (the user's own) are hard-linked in.
4. :meth:`OutputFolder.publish` swaps the staging folder and the output
   folder with one ``renameat2(RENAME_EXCHANGE)`` (Linux): the folder's
   name points at the old contents or at the new, never at neither.  The
   old contents, now under the staging name, are then deleted.  Where the
   exchange is not available, two renames do the same, and a run that dies
   between them is repaired by the next one (the old folder is renamed back).

The output folder itself is replaced, so open handles on it (a shell whose
working directory it is) keep seeing the old one.  See ``docs/INPUTS.md``.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from geo.errors import ExportBusyError, ExportError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None

_STAGE, _OLD = ".geo-stage-", ".geo-old-"
#: Temporary files of atomic writes (``.<stem>.<8 random>.tmp.<ext>`` and their
#: ``-journal``; the stamp's ``..geo-export.<8 random>.tmp``) that a run killed by
#: an older version left inside the folder.  Narrow on purpose: a user's own
#: hidden files never match.
_LEFTOVER = re.compile(r"^\.(?:[a-z0-9_-]+\.[a-z0-9_]{8}\.tmp\.(?:geojson|zip|gpkg|csv)"
                       r"(?:-journal|-wal|-shm)?|\.geo-export\.[a-z0-9_]{8}\.tmp)$")
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2
#: Output folders this process holds (real path → holder): nested use is a no-op.
_HELD: dict[str, OutputFolder] = {}


class OutputFolder:
    """An output folder locked for one run; replaced whole by :meth:`publish`.

    Parameters
    ----------
    path : path-like
        The output folder; created (with its parents) if missing.

    Raises
    ------
    ExportError
        When *path* names a file, or cannot be created.
    ExportBusyError
        When another process holds the folder.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._fds: list[int] = []
        self._real: str | None = None
        self._nested = False

    def __enter__(self) -> OutputFolder:
        real = os.path.realpath(self.path)
        if real in _HELD:  # this process already holds it (the CLI, then export_layers)
            self._nested = True
            return _HELD[real]
        self._lock()
        self._real = os.path.realpath(self.path)
        _HELD[self._real] = self
        try:
            self._clean()
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if not self._nested:
            self._release()

    # -- locking ---------------------------------------------------------------------------

    def _lock(self) -> None:
        for _ in range(20):  # the folder may be swapped between open and flock: retry
            _restore(self.path)
            if self.path.exists() and not self.path.is_dir():
                raise ExportError(f"could not create output folder {str(self.path)!r}: "
                                  "a file has that name")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError as err:
                raise ExportError(f"could not create output folder {str(self.path)!r}: "
                                  f"{err.strerror or err}") from err
            if fcntl is None:  # pragma: no cover
                self._fds.append(fd)
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ExportBusyError(
                    f"{self.path}: another export is writing into this folder; "
                    "try again when it has finished") from None
            if _same_file(fd, self.path):
                self._fds.append(fd)
                return
            os.close(fd)
        raise ExportBusyError(f"{self.path}: the folder keeps changing; is another export "
                              "writing into it?")

    def _release(self) -> None:
        if self._real is not None:
            _HELD.pop(self._real, None)
            self._real = None
        while self._fds:
            os.close(self._fds.pop())  # closing the descriptor drops its flock

    def _clean(self) -> None:
        """Remove what dead runs left: staging/old siblings, temporary files inside."""
        real = Path(self._real or self.path)
        for stale in _siblings(real, (_STAGE, _OLD)):
            _remove(stale)
        for entry in real.iterdir():
            if _LEFTOVER.match(entry.name):
                _remove(entry)

    # -- staging and publishing ------------------------------------------------------------

    def stage(self) -> Path:
        """Return a new empty staging folder beside the output folder."""
        target = Path(self._real or self.path)
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{target.name}{_STAGE}{os.getpid()}-",
                                            dir=target.parent))
            os.chmod(staging, target.stat().st_mode & 0o7777)  # the folder keeps its mode
            return staging
        except OSError as err:
            raise ExportError(f"could not create a staging folder beside {str(self.path)!r}: "
                              f"{err.strerror or err}") from err

    def discard(self, staging: Path) -> None:
        """Remove a staging folder that will not be published."""
        _remove(staging)

    def publish(self, staging: Path, *, keep_out: Iterable[str] = ()) -> None:
        """Replace the output folder's contents by *staging*'s, all at once.

        Entries of the output folder that *staging* does not hold are carried
        over (hard links; copies where links fail), except the names in
        *keep_out* (the export's own files, which the new export replaces or
        drops).  The staging folder is gone afterwards.
        """
        target = Path(self._real or self.path)
        skip = set(keep_out)
        try:
            for entry in target.iterdir():
                if entry.name not in skip and not _LEFTOVER.match(entry.name) \
                        and not os.path.lexists(staging / entry.name):
                    _carry(entry, staging / entry.name)
            fd = os.open(staging, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            self._fds.append(fd)
            if fcntl is not None:  # the new folder is locked before it takes the name
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if not _exchange(staging, target):
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}{_OLD}", dir=target.parent))
                os.rename(target, old / "old")
                os.rename(staging, target)
                staging = old  # removed below, like the exchanged old folder
            _fsync_dir(target.parent)
        except OSError as err:
            _remove(staging)
            raise ExportError(f"could not replace {str(self.path)!r}: "
                              f"{err.strerror or err}") from err
        _remove(staging)  # the old contents


def output_folder(path: str | os.PathLike) -> OutputFolder:
    """Return the :class:`OutputFolder` of *path*, to use as a context manager."""
    return OutputFolder(path)


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _siblings(path: Path, markers: tuple[str, ...]) -> list[Path]:
    prefixes = tuple(f".{path.name}{m}" for m in markers)
    try:
        return [p for p in path.parent.iterdir() if p.name.startswith(prefixes)]
    except OSError:
        return []


def _restore(path: Path) -> None:
    """Give back the folder of a run that died between the two renames of the fallback."""
    if os.path.lexists(path):
        return
    for old in sorted(_siblings(path, (_OLD,)), reverse=True):
        with contextlib.suppress(OSError):
            os.rename(old / "old", path)
            return


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _carry(source: Path, target: Path) -> None:
    """Put *source* (a user's file, link or folder) at *target*, sharing data where possible."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        target.mkdir()
        shutil.copystat(source, target)
        for entry in source.iterdir():
            _carry(entry, target / entry.name)
    else:
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, target)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); ``False`` where not supported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def why_not_replaceable(out: Path, corpus) -> str | None:
    """Say why *out* cannot be swapped for a new folder: it holds the corpus or the cwd."""
    real = os.path.realpath(out)

    def within(path) -> bool:
        p = os.path.realpath(path)
        return p == real or p.startswith(real.rstrip(os.sep) + os.sep)

    if any(within(c) for c in corpus):
        return "the corpus is in it"
    if within(os.getcwd()):
        return "it is the current folder (or holds it)"
    return None
