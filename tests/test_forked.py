"""Work on the other core (claimcheck/forked.py): what a forked process computes is what
computing it here gives, and it is computed here whenever the process cannot help."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from claimcheck import forked
from claimcheck.forked import Forked, can_fork

needs_fork = pytest.mark.skipif(not can_fork(), reason="no second core to fork a process onto")


def _where(x: int) -> tuple[int, int]:
    return os.getpid(), x * 2


@needs_fork
def test_the_part_is_computed_in_a_process_of_its_own():
    with Forked(_where, 21) as part:
        assert part.pid
        pid, value = part.result()
    assert value == 42
    assert pid != os.getpid()


def test_without_a_process_the_part_is_computed_here():
    with Forked(_where, 21, fork=False) as part:
        assert not part.pid
        assert part.result() == (os.getpid(), 42)


@needs_fork
def test_a_failed_process_is_computed_again_here():
    parent = os.getpid()

    def fails_there(x: int) -> int:
        if os.getpid() != parent:
            raise MemoryError
        return x + 1

    with Forked(fails_there, 1) as part:
        assert part.pid
        assert part.result() == 2


def test_outside_the_main_thread_nothing_is_forked():
    """A server's worker thread (Dask's) does not fork: its other threads may hold locks."""
    got: list = []

    def run() -> None:
        with Forked(_where, 1) as part:
            got.append((part.pid, part.result()))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert got == [(0, (os.getpid(), 2))]


def test_on_one_core_nothing_is_forked(monkeypatch):
    monkeypatch.setattr(forked.os, "sched_getaffinity", lambda _pid: {0})
    with Forked(_where, 1) as part:
        assert not part.pid
        assert part.result() == (os.getpid(), 2)


@needs_fork
def test_giving_up_ends_the_process():
    with pytest.raises(KeyboardInterrupt), Forked(time.sleep, 60) as part:
        pid = part.pid
        raise KeyboardInterrupt
    with pytest.raises(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
