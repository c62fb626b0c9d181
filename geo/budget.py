"""A time budget for the work on one file: past it, the work stops with an exception.

All stages are linear in their input, but a file may still be huge or meet a
case nobody foresaw; one file must never hold up a batch for long.
:func:`time_budget` arms a real-time timer (``SIGALRM``) around the work on
one file; when it fires, :class:`~geo.errors.TimeBudgetError` is raised in
the middle of the work, the file becomes a failure and the batch goes on.

The timer works in the main thread of a process (the command line, and each
worker process of a pool); the app, whose code runs in a thread of
Streamlit's, does its reading and processing in a forked child process for
that (:mod:`geo.app.worker`).  Where there is no ``SIGALRM`` (Windows), the
budget is not enforced.  A single long call into C code (one regular-expression match)
is interrupted only when it returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from geo.errors import TimeBudgetError

#: Seconds of work allowed per file by default: generous, a normal article takes
#: well under a second and the largest allowed file (5 MB) a minute at most.
DEFAULT_TIME_BUDGET = 300.0


def enforceable() -> bool:
    """Whether :func:`time_budget` can stop work here (main thread, ``SIGALRM``)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, what: str) -> Iterator[None]:
    """Raise :class:`TimeBudgetError` in the ``with`` body once *seconds* have passed.

    Parameters
    ----------
    seconds : float or None
        The budget; ``None`` (or where it cannot be enforced) means no limit.
    what : str
        Named in the error (the file).
    """
    if not seconds or not enforceable():
        yield
        return

    def expired(signum, frame):
        raise TimeBudgetError(f"{what}: gave up after {seconds:g} s (the time budget per "
                              "file; see --time-budget)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
