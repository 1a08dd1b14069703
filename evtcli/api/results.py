"""What the less common use cases return: what init did to the schema, stats,
timeline pages, an event in context, a page of a group's members, what forgetting did.

Kept apart from the commands that make them, and imported when one is made: a
dataclass costs its module's import time (Python generates and compiles its
methods), and a command such as ``user list`` returns none of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evtcli.api.consumers import ConsumerStatus
    from evtcli.domain.events import Envelope
    from evtcli.projections.results import GroupSummary, Member, ProjectionStatus


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
    consumers: list[ConsumerStatus] = field(default_factory=list)

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
class MemberPage:
    """One page of a group's members: the group's row (with its member count), the
    members on the page, oldest first, and where the page lies among the members
    that match (``search``: name or email, any case; every member without one)."""

    group: GroupSummary
    members: list[Member]
    offset: int  # matching members skipped before the page
    limit: int | None  # the page's size; None: every member from offset on
    search: str | None
    matching: int  # members that match the search; the member count without one

    @property
    def more(self) -> int:
        """Matching members after this page."""
        return max(self.matching - self.offset - len(self.members), 0)

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, None when this one is the last."""
        return self.offset + len(self.members) if self.more else None

    @property
    def previous_offset(self) -> int | None:
        """The offset of the page before this one, None when this one is the first."""
        if self.offset == 0:
            return None
        return 0 if self.limit is None else max(min(self.offset, self.matching) - self.limit, 0)


@dataclass(frozen=True)
class Forgetting:
    """What ``user forget`` did: the event, the positions whose personal data stays in
    plaintext, and whether the freed bytes were pushed out of the files at once."""

    event: Envelope
    plaintext_positions: list[int]
    scrubbed: bool
