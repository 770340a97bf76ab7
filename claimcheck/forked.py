"""Work done on the other core: a forked process computes a part of a large job while the caller
computes the rest (grouping embeds the texts so while it computes the features, and finds a
part of its candidate pairs so).

A forked process starts with a copy of the caller's memory, shared until either side writes to
it, so it needs nothing sent to it; what it computes comes back pickled through a pipe. Where
no process can be forked (one core, no `fork`, not the main thread, the fork fails) or the
process fails, the part is computed in the caller instead: the same result, later.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Any, Generic, NoReturn, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether a process forked here can compute on a core of its own: a platform with `fork`,
    two cores or more for this process, and the main thread (a server's worker thread, Dask's,
    does not fork: its other threads may hold locks a forked copy would wait on forever)."""
    return (hasattr(os, "fork") and len(os.sched_getaffinity(0)) > 1
            and threading.current_thread() is threading.main_thread())


class Forked(Generic[T]):
    """`fn(*args)` computed in a forked process while the caller goes on; `result()` waits for
    it. Without a process (`fork` false, or see `can_fork`), or when the process failed,
    `result()` computes it here, so that a failure is raised here. A `with` block ends the
    process if the caller gives up first (an error, Ctrl-C)."""

    def __init__(self, fn: Callable[..., T], *args: Any, fork: bool = True):
        self.fn, self.args = fn, args
        self.pid, self.pipe = 0, -1
        if not (fork and can_fork()):
            return
        read, write = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:  # no process to spare (EAGAIN, ENOMEM): `result()` computes it here
            os.close(read)
            os.close(write)
            return
        if self.pid == 0:
            os.close(read)
            _run(fn, args, write)
        os.close(write)
        self.pipe = read

    def result(self) -> T:
        """What `fn(*args)` returns, once."""
        if self.pid:
            with open(self.pipe, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
            if os.waitstatus_to_exitcode(status) == 0:
                return pickle.loads(data)
        return self.fn(*self.args)

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pid:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
            os.close(self.pipe)
            self.pid = 0


def _run(fn: Callable[..., Any], args: tuple, pipe: int) -> NoReturn:
    """The forked process, which never returns: Ctrl-C is the parent's to handle (it ends this
    process); no garbage collection, which would touch, and so copy, every object shared with
    the parent; a failure is only an exit code (the parent computes the part again, and raises
    it)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        gc.disable()
        with open(pipe, "wb") as out:
            pickle.dump(fn(*args), out, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)
