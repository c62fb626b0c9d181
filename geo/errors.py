"""The one exception tree of the package.

Every error the package raises on purpose derives from :class:`GeoError` and
also from the matching built-in, so callers may catch either.  Messages name
the input (file, and line where there is one).
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error raised on purpose by :mod:`geo`."""


class InputError(GeoError, ValueError):
    """An input (article, override row, argument) is malformed."""


class ArticleError(InputError):
    """An article file cannot be read as text (empty, binary, bad encoding, too big)."""


class OverrideError(InputError):
    """A row of a user override file is malformed; the message names file and line."""


class GazetteerError(GeoError, RuntimeError):
    """The built-in gazetteer data is missing or inconsistent."""


class ExportError(GeoError, OSError):
    """An export could not be written."""


class ExportBusyError(ExportError):
    """Another process is writing an export into the same output folder."""


class StoreError(GeoError, OSError):
    """An on-disk cache (an SQLite store, a pickle) cannot be used.

    ``rebuilt`` is true when the file was unreadable and has been moved aside
    and made again, empty: the operation failed, but the store works again.
    """

    def __init__(self, message: str, *, rebuilt: bool = False) -> None:
        super().__init__(message)
        self.rebuilt = rebuilt


class TimeBudgetError(GeoError, TimeoutError):
    """The work on one file took longer than its time budget (see :mod:`geo.budget`)."""
