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
    """While entered, the first SIGINT only marks the request (``bool(request)`` is
    true); the second raises KeyboardInterrupt. The previous handler is restored on
    leaving. Outside the main thread, where handlers cannot be set, it does nothing."""

    def __init__(self) -> None:
        self.asked = False
        self._previous: Any = None
        self._installed = False

    def __bool__(self) -> bool:
        return self.asked

    def __enter__(self) -> "StopRequest":
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        except ValueError:  # not the main thread
            pass
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True
