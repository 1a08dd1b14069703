"""What the projection commands report: status, replay results, drift, group summaries.

Kept apart from the runner that makes them, and imported when one is made: a
dataclass costs its module's import time (Python generates and compiles its
methods), and a command such as ``user list`` never reports any of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class ProjectionStatus:
    name: str
    checkpoint: int
    head: int
    rows: int
    version: int
    code_version: int

    @property
    def lag(self) -> int:
        return self.head - self.checkpoint

    @property
    def stale(self) -> bool:
        """Built by another definition of the projection: rebuild with ``evtcli replay``."""
        return self.version != self.code_version


@dataclass(frozen=True)
class ReplayResult:
    name: str
    events: int
    rows: int
    position: int


@dataclass(frozen=True)
class Difference:
    """One way the live projection differs from a fresh fold of the log."""

    projection: str
    key: str
    field: str  # a column name, or "(row)" for a row found on one side only
    live: object
    fresh: object


@dataclass(frozen=True)
class GroupSummary:
    """A row of the ``groups`` projection: a group without its members, with their count."""

    id: str
    name: str
    status: str
    member_count: int
    version: int
    created_at: str
    updated_at: str
    destroyed_at: str | None
    destroyed_reason: str | None


class Member(NamedTuple):
    """A member of a group as the projections list it: the user's id, current name
    and email, and when they were added."""

    id: str
    name: str
    email: str
    added_at: str
