"""Bounded admission for the HTTP API: a few questions at once, a bounded queue, then 503.

Shedding load with a clear "busy" keeps memory flat under overload instead of piling up
threads and requests without limit.
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

    @contextmanager
    def admit(self) -> Iterator[None]:
        with self._lock:
            if self._inside >= self._capacity:
                raise Busy("busy: too many questions at once; retry in a moment")
            self._inside += 1
        try:
            with self._slots:
                yield
        finally:
            with self._lock:
                self._inside -= 1
