"""The commands' error guard: how errors, signals and a closed or full stdout become a one-line
`Error: …` and an exit code (`guarded`, used by every command in `cli.py`)."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import typer

from .errors import ClaimcheckError


def _err(msg: str) -> None:
    from .inert import terminal

    typer.echo(f"Error: {terminal(msg)}", err=True)


class Terminated(BaseException):
    """SIGTERM, raised where the command is (like Ctrl-C's KeyboardInterrupt), so what it was
    doing cleans up: parse workers are ended, temporary files removed, no report written."""


def _terminated(_signum: int, _frame: Any) -> None:
    raise Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM raises `Terminated` while a command runs (signals reach the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn claimcheck's named errors into `Error: …` and exit 2; Ctrl-C into exit 130, SIGTERM
    into 143; a closed pipe on stdout into a quiet exit 141 and a full disk into exit 2; any
    other exception (a bug) into one line and exit 3, or its traceback with --debug."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = kwargs.get("debug", False)
        try:
            try:
                with _sigterm_raises():
                    return fn(*args, **kwargs)
            finally:
                sys.stdout.flush()  # a closed pipe or a full disk shows here, not at exit
        except Terminated:
            _err("terminated")
            raise typer.Exit(143) from None
        except ClaimcheckError as exc:
            if debug:
                raise
            _err(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            _err("interrupted")
            raise typer.Exit(130) from None
        except typer.Exit:
            raise
        except BrokenPipeError:  # `claimcheck claims | head -1`: the reader has what it wanted
            _drop_stdout()
            raise typer.Exit(141) from None
        except Exception as exc:  # a bug: one line (no article text), the traceback with --debug
            if debug:
                raise
            if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
                _drop_stdout()
                _err(f"cannot write the output: {exc.strerror}")
                raise typer.Exit(2) from None
            _err(
                f"internal error ({type(exc).__name__}): run again with --debug for the traceback, "
                "and report it"
            )
            raise typer.Exit(3) from None

    return wrapper


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # output that does not fit: not a bug


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so Python's flush at exit does not fail on it again."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (tests)
        pass
