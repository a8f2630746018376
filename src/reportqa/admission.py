"""Bounded admission for the HTTP API: a few questions at once, a bounded queue, then 503.

Shedding load with a clear "busy" keeps memory flat under overload instead of piling up
threads and requests without limit. The count is taken in the event loop, before a request
gets a worker thread, so waiting requests are bounded by `max_queue` and not by the size of
the thread pool.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Busy(Exception):
    """The queue is full; the client should retry shortly."""


class Admission:
    def __init__(self, *, max_concurrent: int = 2, max_queue: int = 64) -> None:
        self._slots = threading.Semaphore(max(1, max_concurrent))
        self._capacity = max(1, max_concurrent) + max(0, max_queue)
        self._inside = 0
        self._lock = threading.Lock()

    def enter(self) -> None:
        """Count a request in, or raise Busy when running + waiting would pass the limit."""
        with self._lock:
            if self._inside >= self._capacity:
                raise Busy("busy: too many questions at once; retry in a moment")
            self._inside += 1

    def leave(self) -> None:
        with self._lock:
            self._inside -= 1

    @contextmanager
    def slot(self) -> Iterator[None]:
        """One of the `max_concurrent` places where a question is actually answered."""
        with self._slots:
            yield

    @contextmanager
    def admit(self) -> Iterator[None]:
        self.enter()
        try:
            with self.slot():
                yield
        finally:
            self.leave()
