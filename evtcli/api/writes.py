"""The generic write: every write command of every aggregate comes down to
:meth:`StreamWrites.start_stream` or :meth:`StreamWrites.append_event`.

Validate the payload with the declared model before the lock; then, in one write
transaction, resolve the stream, read its state, check ``--expected-version``, and
hand the events to the one write path (:mod:`evtcli.write`).
"""

from __future__ import annotations

import uuid
from typing import Any, Callable

from sqlalchemy import Connection

from evtcli.api.core import StoreCore, WriteContext
from evtcli.domain.events import Envelope, format_timestamp
from evtcli.domain.model import next_version
from evtcli.errors import ConcurrencyConflict, NotFound


class StreamWrites(StoreCore):
    """Starting a stream and appending to one, for any aggregate."""

    def _timestamp(self) -> str:
        return format_timestamp(self.clock())

    def start_stream(
        self, aggregate: str, type_name: str, context: "WriteContext" = WriteContext(), **values: Any
    ) -> Envelope:
        """Append the event that starts a new stream of ``aggregate`` (with a new id); return it."""
        event_type, payload = self.model.aggregate(aggregate).draft(type_name, **values)
        metadata = context.metadata(self.actor)
        aggregate_id = str(self.new_id())
        with self._write() as conn:
            draft = self._draft(aggregate, aggregate_id, 1, event_type, payload, metadata)
            writer = self._writer(conn)
            return writer.write([draft], states={(aggregate, aggregate_id): None}, react=True, plaintext=True).events[0]

    def append_event(
        self,
        aggregate: str,
        reference: str,
        type_name: str,
        *,
        expected_version: int | None = None,
        context: "WriteContext" = WriteContext(),
        **values: Any,
    ) -> Envelope:
        """Append one event of ``type_name`` to an existing stream and return it as stored.

        ``reference`` is any reference the aggregate's declaration takes (an id, a
        unique prefix, an email, a group's name); with ``expected_version`` the stream must be at
        that version now (else ConcurrencyConflict, exit 3). The payload ``values``
        are validated by the declared model before the write lock is taken.
        """
        self.model.aggregate(aggregate).draft(type_name, **values)
        (event,) = self.append_events(
            aggregate,
            reference,
            lambda conn: [(type_name, values)],
            expected_version=expected_version,
            context=context,
        )
        return event

    def check_event(
        self,
        aggregate: str,
        reference: str,
        type_name: str,
        *,
        expected_version: int | None = None,
    ) -> None:
        """Refuse, reading only, what :meth:`append_event` would refuse before it sees
        a payload: no such stream, another version, a status the event does not
        follow. A terminal asks for a password only when it could be used."""
        declared = self.model.aggregate(aggregate)
        with self._read() as conn:
            writer = self._writer(conn)
            aggregate_id, state = self._current(conn, writer, aggregate, reference, expected_version)
        declared.allow(declared.event_type(type_name), state, aggregate_id)

    def append_events(
        self,
        aggregate: str,
        reference: str,
        steps: Callable[[Connection], list[tuple[str, dict[str, Any]]]],
        *,
        expected_version: int | None = None,
        context: "WriteContext" = WriteContext(),
    ) -> list[Envelope]:
        """Append several events to one existing stream in one transaction; return them.

        ``steps`` gives (event type, payload values) pairs; it is called inside the
        transaction, so that it may resolve references there (a group's new
        members). Events other streams must answer with (a destroyed user leaving
        their groups) are written after these, in the same transaction, and are not
        returned.
        """
        declared = self.model.aggregate(aggregate)
        metadata = context.metadata(self.actor)
        with self._write() as conn:
            writer = self._writer(conn)
            aggregate_id, state = self._current(conn, writer, aggregate, reference, expected_version)
            drafts = []
            for offset, (type_name, values) in enumerate(steps(conn), start=1):
                event_type, payload = declared.draft(type_name, **values)
                drafts.append(self._draft(aggregate, aggregate_id, next_version(state) + offset - 1, event_type, payload, metadata))
            written = writer.write(drafts, states={(aggregate, aggregate_id): state}, react=True, plaintext=True)
            return written.events[: len(drafts)]

    def _current(
        self,
        conn: Connection,
        writer: Any,
        aggregate: str,
        reference: str,
        expected_version: int | None,
    ) -> tuple[str, Any]:
        """The stream ``reference`` names and its state, refused unless it exists (and
        is at ``expected_version`` when given)."""
        aggregate_id = self.references.resolve(conn, aggregate, reference)
        state = writer.states(aggregate, [aggregate_id])[aggregate_id]
        if state is None:
            raise NotFound(f"no {aggregate} {aggregate_id}", f"list them with 'evtcli {aggregate} list --all'")
        expect_version(aggregate, aggregate_id, state.version, expected_version)
        return aggregate_id, state

    def _draft(
        self, aggregate: str, aggregate_id: str, version: int, event_type: Any, payload: dict[str, Any], metadata: dict[str, Any]
    ) -> Envelope:
        return Envelope(
            position=0,
            event_id=str(uuid.uuid4()),
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            version=version,
            type=event_type.type,
            schema_version=event_type.schema_version,
            payload=payload,
            metadata=metadata,
            # Read inside the write lock: times then follow positions within a stream.
            recorded_at=self._timestamp(),
            hash="",
        )



def expect_version(aggregate: str, aggregate_id: str, current: int, expected: int | None) -> None:
    """Refuse (exit 3) when the caller expected the stream at another version."""
    if expected is not None and current != expected:
        raise ConcurrencyConflict(
            f"{aggregate} {aggregate_id} is at version {current}, not {expected}",
            f"check it with 'evtcli {aggregate} show' and retry",
        )
