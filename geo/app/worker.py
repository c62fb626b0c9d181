"""Work the app does on articles, in a child process where the time budget can stop it.

The per-file time budget (:mod:`geo.budget`) is a ``SIGALRM`` timer, which
only the main thread of a process can arm; Streamlit runs the app's code in
a thread of its own.  :func:`in_child` runs a function in a forked child
process instead: there the calling thread is the main thread, so
:func:`geo.budget.time_budget` works, and the child is a copy of the app
(the gazetteer and its name index come along without being sent).  The
result, or the exception, comes back through a pipe.

Where the budget can be armed already (the main thread, as in the tests and
the command line) or where processes cannot be forked (not Linux/macOS),
the function runs here, as before.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable
from typing import TypeVar

from geo.budget import enforceable
from geo.errors import GeoError

T = TypeVar("T")

__all__ = ["in_child", "needs_child"]


def needs_child() -> bool:
    """Whether the budget needs a child process here (a thread that is not the main one)."""
    return not enforceable() and "fork" in multiprocessing.get_all_start_methods()


def in_child(fn: Callable[..., T], *args) -> T:
    """Return ``fn(*args)``, run in a forked child process when :func:`needs_child`.

    Raises
    ------
    Exception
        Whatever *fn* raised (a :class:`GeoError` with its message when the
        exception itself cannot travel); :class:`GeoError` when the child
        died without an answer.
    """
    if not needs_child():
        return fn(*args)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run, args=(send, fn, args, os.getpid()), daemon=True)
    child.start()
    send.close()
    try:
        ok, value = pickle.loads(receive.recv_bytes())
    except EOFError:
        child.join()
        raise GeoError(f"the worker process stopped without an answer (exit code "
                       f"{child.exitcode})") from None
    finally:
        receive.close()
    child.join()
    if ok:
        return value
    raise value


def _run(send, fn, args, parent: int) -> None:
    _die_with_parent(parent)
    try:
        answer = (True, fn(*args))
    except BaseException as err:  # noqa: BLE001 - every outcome goes back to the parent
        answer = (False, err)
    try:
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that cannot be pickled: its message travels
        err = answer[1]
        data = pickle.dumps((False, GeoError(f"{type(err).__name__}: {err}")))
    send.send_bytes(data)
    send.close()


def _die_with_parent(parent: int) -> None:
    """Have the kernel end this child when the app's process dies (Linux)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return
    if os.getppid() != parent:
        os._exit(1)
