"""What the less common use cases return: what init did to the schema, stats,
timeline pages, an event in context, what forgetting did.

Kept apart from the commands that make them, and imported when one is made: a
dataclass costs its module's import time (Python generates and compiles its
methods), and a command such as ``user list`` returns none of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evtcli.domain.events import Envelope
    from evtcli.projections.results import ProjectionStatus


@dataclass(frozen=True)
class SchemaChange:
    """What :meth:`StoreCore.init` did: ``before`` is None for a new database."""

    before: int | None
    after: int
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class AggregateStats:
    """One aggregate type: its events per event type, its streams per status."""

    name: str
    events: dict[str, int]  # every declared type, in declaration order (0 when none)
    statuses: dict[str, int]  # every declared status, from the aggregate's projection
    snapshots: int = 0  # rows of <aggregate>_snapshots

    @property
    def total(self) -> int:
        return sum(self.events.values())


@dataclass(frozen=True)
class Stats:
    """What ``evtcli stats`` shows, read in one transaction."""

    head: int
    aggregates: list[AggregateStats]
    projections: list[ProjectionStatus]
    database_bytes: int

    @property
    def events(self) -> int:
        return sum(aggregate.total for aggregate in self.aggregates)


@dataclass(frozen=True)
class TimelinePage:
    """Events newest first, the head position they were read at, and whether older
    matching events exist below the last one (the cursor for the next page)."""

    events: list[Envelope]
    head: int
    has_older: bool

    @property
    def older_cursor(self) -> int | None:
        return self.events[-1].position if self.has_older and self.events else None


@dataclass(frozen=True)
class EventContext:
    """One event with the events its metadata names and the events it caused."""

    event: Envelope
    causation: Envelope | None
    correlation: Envelope | None
    caused: list[Envelope]


@dataclass(frozen=True)
class Forgetting:
    """What ``user forget`` did: the event, the positions whose personal data stays in
    plaintext, and whether the freed bytes were pushed out of the files at once."""

    event: Envelope
    plaintext_positions: list[int]
    scrubbed: bool
