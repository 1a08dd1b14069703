"""Ctrl-C as a request to stop at the next safe point, for commands that run until it.

A KeyboardInterrupt raised wherever the signal lands can land inside the database
driver closing a connection, where SQLAlchemy reports it with a traceback on stderr.
A following command (``events tail -f``) instead asks :class:`StopRequest` between
polls; a second Ctrl-C interrupts at once, as usual.
"""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any


class StopRequest:
    """While entered, the first of ``signals`` (SIGINT by default) only marks the
    request (``bool(request)`` is true); the second raises KeyboardInterrupt. The
    previous handlers are restored on leaving. Outside the main thread, where
    handlers cannot be set, it does nothing."""

    def __init__(self, signals: tuple[int, ...] = (signal.SIGINT,)) -> None:
        self.asked = False
        self._signals = signals
        self._previous: dict[int, Any] = {}

    def __bool__(self) -> bool:
        return self.asked

    def __enter__(self) -> "StopRequest":
        try:
            for number in self._signals:
                self._previous[number] = signal.signal(number, self._handle)
        except ValueError:  # not the main thread
            pass
        return self

    def __exit__(self, *exc_info: object) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True
