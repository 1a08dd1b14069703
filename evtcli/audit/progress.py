"""How the checks pass progress on: in batches, since a bar update per event costs
more than checking it."""

from __future__ import annotations

from evtcli.progress import Progress

__all__ = ["Batched", "Progress", "PROGRESS_EVERY"]

# How many rows pass between progress callbacks.
PROGRESS_EVERY = 1000


class Batched:
    """Passes progress on every ``every`` (PROGRESS_EVERY) events, and can take it back."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.every = PROGRESS_EVERY
        self.pending = 0
        self.passed = 0  # passed on so far

    def __call__(self, count: int) -> None:
        self.pending += count
        if self.progress is not None and self.pending >= self.every:
            self.progress(self.pending)
            self.passed += self.pending
            self.pending = 0

    def flush(self) -> None:
        """Pass on what is pending (at the end of a pass)."""
        if self.progress is not None and self.pending:
            self.progress(self.pending)
            self.passed += self.pending
        self.pending = 0

    def rewind(self) -> None:
        """Take back everything passed on (a negative count), to count again from 0."""
        if self.progress is not None and self.passed:
            self.progress(-self.passed)
        self.passed = self.pending = 0
