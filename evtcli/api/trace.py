"""One event and how it came about: ``events show`` and ``events trace``.

Events name each other in their metadata: ``causation_id`` is the event (or the
request) that caused one, ``correlation_id`` the request a whole chain of events
belongs to. A destroy's releases (a group's MemberRemoved) name the Destroyed event
as their cause and keep its correlation id; an import keeps the ids its lines
carry. Metadata is stored as canonical JSON text, which no index covers: finding
the events that name an id scans the event tables once per level of the tree
(see :meth:`~evtcli.store.reads.MergedReads.with_metadata`), and a trace holds at
most TRACE_LIMIT events.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from evtcli.api.core import StoreCore
from evtcli.domain.events import Envelope
from evtcli.domain.numbers import LARGEST_NUMBER
from evtcli.domain.validation import refuse_non_utf8
from evtcli.errors import NotFound
from evtcli.store.chain import head
from evtcli.store.reads import raw_to_envelope

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The most events one trace reads (and shows); a larger tree is cut, and says so.
TRACE_LIMIT = 1_000
# How many causes a trace follows up from the given event to find the root.
CAUSE_DEPTH = 100


@dataclass(frozen=True)
class TracedEvent:
    """One event of a trace: how deep it is in the causation tree (0: a root)."""

    depth: int
    event: Envelope


@dataclass(frozen=True)
class Trace:
    """The causation tree of an event's correlation, in tree order (each event
    before the events it caused, siblings by position)."""

    event_id: str  # the event asked for, marked when shown
    correlation_id: str | None
    events: list[TracedEvent]
    truncated: bool  # more than TRACE_LIMIT events: the rest are not shown


def _field(event: Envelope, key: str) -> str | None:
    value = event.metadata.get(key)
    return value if isinstance(value, str) and value else None


class TraceCommands(StoreCore):
    """Events by position or event id, and the causation trees they belong to."""

    def event_position(self, reference: int | str) -> int:
        """The position of the event a reference names: a position (digits) or an event_id."""
        with self._read() as conn:
            return self._find(conn, reference).position

    def _find(self, conn: Connection, reference: int | str) -> Envelope:
        text = str(reference).strip() if isinstance(reference, int) else refuse_non_utf8(reference, "EVENT").strip()
        found: Envelope | None = None
        if text.isascii() and text.isdigit():
            position = int(text)
            if 0 < position <= LARGEST_NUMBER:
                found = self.log.read_position(conn, position)
            if found is None:
                raise NotFound(f"no event at position {text}", f"the log ends at position {head(conn)[0]}")
            return found
        rows = self.log.events_by_id(conn, {text.lower()} | {text})
        if not rows:
            raise NotFound(
                f"no event has the id {text!r}", "give an event_id or a position, as 'evtcli events tail --json' shows them"
            )
        return raw_to_envelope(next(iter(rows.values())))

    def trace(self, reference: int | str) -> Trace:
        """The causation tree of the event a position or event_id names: its root (found
        by following causation ids up), every event of its correlation id, and every
        event those caused, down to the last."""
        with self._read() as conn:
            event = self._find(conn, reference)
            root, members = self._causes(conn, event)
            correlation = _field(event, "correlation_id") or _field(root, "correlation_id")
            if correlation is not None:
                members.update((e.event_id, e) for e in self.log.with_metadata(conn, "correlation_id", [correlation], TRACE_LIMIT))
                named = self.log.events_by_id(conn, {correlation})
                members.update((row.event_id, raw_to_envelope(row)) for row in named.values())
            frontier = list(members)
            while frontier and len(members) <= TRACE_LIMIT:
                caused = self.log.with_metadata(conn, "causation_id", frontier, TRACE_LIMIT + 1)
                frontier = [e.event_id for e in caused if e.event_id not in members]
                members.update((e.event_id, e) for e in caused)
            ordered = sorted(members.values(), key=lambda e: e.position)
            truncated = len(ordered) > TRACE_LIMIT
            shown = self.unsealed(conn, ordered[:TRACE_LIMIT])
        return Trace(event.event_id, correlation, _tree(shown), truncated)

    def _causes(self, conn: Connection, event: Envelope) -> tuple[Envelope, dict[str, Envelope]]:
        """The first stored event up the chain of causation ids, and the chain itself."""
        chain = {event.event_id: event}
        root = event
        for _ in range(CAUSE_DEPTH):
            cause = _field(root, "causation_id")
            if cause is None or cause in chain:
                break
            rows = self.log.events_by_id(conn, {cause})
            if not rows:
                break  # caused by a request, or an event this log does not hold
            root = raw_to_envelope(next(iter(rows.values())))
            chain[root.event_id] = root
        return root, chain


def _tree(events: list[Envelope]) -> list[TracedEvent]:
    """Events (in position order) as a tree by causation id: roots are those whose
    cause is not among them; each is followed by what it caused."""
    by_id = {event.event_id: event for event in events}
    children: dict[str | None, list[Envelope]] = {}
    for event in events:
        cause = _field(event, "causation_id")
        children.setdefault(cause if cause in by_id and cause != event.event_id else None, []).append(event)
    found: list[TracedEvent] = []
    placed: set[str] = set()

    def walk(event: Envelope, depth: int) -> None:
        stack = [(event, depth)]
        while stack:
            current, level = stack.pop()
            if current.event_id in placed:
                continue
            placed.add(current.event_id)
            found.append(TracedEvent(level, current))
            stack.extend((child, level + 1) for child in reversed(children.get(current.event_id, [])))

    for root in children.get(None, []):
        walk(root, 0)
    for event in events:  # a cycle of causes has no root: shown from its first event
        if event.event_id not in placed:
            walk(event, 0)
    return found
