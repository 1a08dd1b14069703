"""What ``evtcli verify`` reports: each problem found, and the report of a whole check.

Kept apart from the passes that find them: :class:`VerifyReport` is what the API
names in its signatures, and importing it loads no database code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from evtcli.errors import IntegrityProblem


@dataclass(frozen=True)
class Problem:
    """One inconsistency: where it is (with the position when there is one) and what it is."""

    where: str
    what: str
    position: int | None = None
    kind: Literal["log", "projection"] = "log"
    hint: str | None = None  # how to put it right, when that is not to restore the log


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of :func:`evtcli.audit.verify.verify`; ``complete`` is False when it stopped at the limit."""

    events: int
    streams: Mapping[str, int]  # aggregate -> streams in the log (users, …)
    problems: tuple[Problem, ...]
    complete: bool
    seconds: float = 0.0
    # aggregate -> (the status of its forgotten streams, how many there are)
    erased: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    snapshots: Mapping[str, int] = field(default_factory=dict)  # aggregate -> snapshots checked
    anchors: int = 0  # anchors checked (held or not)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def log_problems(self) -> int:
        """Problems in the event log itself: the chain, positions, versions, payloads."""
        return sum(1 for problem in self.problems if problem.kind == "log")

    @property
    def projection_problems(self) -> int:
        """Projection rows, checkpoints or definitions that differ from a fresh fold."""
        return len(self.problems) - self.log_problems

    def summary(self) -> str:
        """The problems counted by kind, e.g. ``1 problem in the event log and 2 problems in
        the projections`` (each count a lower bound when the check stopped at the limit)."""
        more = "" if self.complete else " or more"
        parts = [
            f"{count}{more} problem{'s' if count != 1 else ''} in the {where}"
            for count, where in ((self.log_problems, "event log"), (self.projection_problems, "projections"))
            if count
        ]
        return " and ".join(parts)

    def error(self) -> IntegrityProblem:
        """The error a command raises for this report (call only when not ``ok``)."""
        if not self.log_problems:
            return IntegrityProblem(
                f"verify found {self.summary()}", "run 'evtcli replay' to rebuild them from the log"
            )
        # A broken log comes first: a replay would only rebuild the projections from it.
        hints = {problem.hint for problem in self.problems if problem.kind == "log"}
        if len(hints) == 1 and None not in hints:  # all of one kind that has its own remedy
            return IntegrityProblem(f"verify found {self.summary()}", hints.pop())
        return IntegrityProblem(
            f"verify found {self.summary()}",
            "the log was changed outside evtcli; restore the database from a backup or an export",
        )


class Unclean(Exception):
    """The quick passes met something that is not right: the full passes must say what."""


class LimitReached(Exception):
    """As many problems were found as the check was asked for: it stops there."""


class Findings:
    """The problems the full passes have found so far, and the events they checked."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.problems: list[Problem] = []
        self.events = 0  # checked so far, also when stopped at the limit

    def add(self, problem: Problem) -> None:
        """Note a problem; LimitReached when it is the last one wanted."""
        self.problems.append(problem)
        if len(self.problems) >= self.limit:
            raise LimitReached
