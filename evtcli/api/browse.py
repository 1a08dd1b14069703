"""Reads for looking around the log: pages of the timeline, one event and what it
caused, a version of a stream beside the one before. ``evtcli serve`` is their
client; it holds no SQL of its own."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Sequence

from sqlalchemy import Connection

from evtcli.api.core import StoreCore
from evtcli.api.resolve import check_filters, parse_at
from evtcli.domain.events import Envelope, canonical_json, read_json
from evtcli.errors import NotFound, UsageProblem
from evtcli.store.chain import ENVELOPE_COLUMNS, head
from evtcli.store.reads import raw_to_envelope

if TYPE_CHECKING:
    from evtcli.api.results import EventContext, TimelinePage

# An event names at most this many others as caused by it on one page.
CAUSED_LIMIT = 200
# Events a page may fold from a stream's start for the version before its snapshot.
PREVIOUS_FOLD_LIMIT = 1_000


class BrowseCommands(StoreCore):
    """Timeline pages by position (keyset, so page 2,000 costs what page 1 does),
    single events, and versions of streams, for every aggregate."""

    def timeline(
        self,
        count: int = 50,
        *,
        before: int | None = None,
        after: int = 0,
        types: Sequence[str] | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        until: str | None = None,
    ) -> TimelinePage:
        """Up to ``count`` matching events below position ``before`` (the newest when
        not given) and above ``after``, newest first. ``until`` keeps events recorded
        at or before that time (ISO 8601); ``aggregate_id`` is an id, prefix or email."""
        if count < 1:
            raise UsageProblem(f"cannot show {count} events a page", "give a count of 1 or more")
        types, aggregate = check_filters(self.model, types, aggregate)
        recorded_until = parse_at(until) if until else None
        with self._read() as conn:
            if aggregate_id is not None:
                aggregate_id = self.references.resolve_any(conn, aggregate_id, aggregate)
            position = head(conn)[0]
            up_to = position if before is None else min(position, before - 1)
            found = self.log.read_last(
                conn,
                count + 1,
                after=after,
                up_to=up_to,
                aggregate=aggregate,
                types=types,
                aggregate_id=aggregate_id,
                recorded_until=recorded_until,
            )
            found.reverse()
            events = self.unsealed(conn, found[:count])
            from evtcli.api.results import TimelinePage

            return TimelinePage(events, position, len(found) > count)

    def event_context(self, position: int) -> EventContext:
        """The event at ``position``, the stored events its causation and correlation
        ids name, and the events recorded with it as their cause."""
        with self._read() as conn:
            found = self.log.read_position(conn, position) if position > 0 else None
            if found is None:
                raise NotFound(f"no event at position {position}", f"the log ends at position {head(conn)[0]}")
            named = {
                key: found.metadata[key]
                for key in ("causation_id", "correlation_id")
                if isinstance(found.metadata.get(key), str)
            }
            rows = self.log.events_by_id(conn, set(named.values()))
            linked = self.unsealed(conn, [raw_to_envelope(row) for row in rows.values()])
            by_id = {event.event_id: event for event in linked}
            caused = self.log.caused_by(conn, found.event_id, CAUSED_LIMIT)
            event, *caused = self.unsealed(conn, [found, *caused])
            from evtcli.api.results import EventContext

            return EventContext(
                event,
                by_id.get(named.get("causation_id", "")),
                by_id.get(named.get("correlation_id", "")),
                caused,
            )

    def fold_with_previous(self, aggregate: str, reference: str, version: int) -> tuple[Any | None, Any]:
        """A stream folded at ``version`` and at the version before it, in one pass
        from the latest snapshot at or before them: what a page shows of one version,
        and what that version changed. The state before is None at version 1, and when
        the snapshot is at ``version`` itself and the version before it would have to
        be folded from more than PREVIOUS_FOLD_LIMIT events (a group of 200,000 members
        just imported, or snapshotted): a page does not read a whole long stream."""
        _, aggregate = check_filters(self.model, None, aggregate)
        declared = self.model.aggregate(aggregate or "")
        with self._read() as conn:
            stream_id = self.references.resolve(conn, aggregate or "", reference, ids_from_log=True)
            last = self.log.stream_version(conn, declared.name, stream_id)
            if not 1 <= version <= last:
                raise NotFound(
                    f"{declared.name} {stream_id} has versions 1 to {last}, not {version}",
                    f"give a version between 1 and {last}",
                )
            start, events = self.snapshot_and_after(conn, declared.name, stream_id, version=version)
            if start is not None and start.version == version:
                if 1 < version <= PREVIOUS_FOLD_LIMIT + 1:
                    return self.fold_as_of(conn, declared.name, stream_id, at=None, version=version - 1), start
                return None, start
            before = declared.fold_envelopes(events[:-1], start)
            return before, declared.fold_envelopes(events[-1:], before)


# One encoder for every line (json.dumps with options builds one per call).
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def shown_lines(core: StoreCore, conn: Connection, rows: Sequence[Sequence[Any]]) -> list[str]:
    """Stored rows (``log.read_raw``, Row objects or the driver's tuples, in
    ENVELOPE_COLUMNS order) as ``events tail --jsonl`` prints them, in order.

    The line is the event's export line, spliced from the stored text, which is the
    same text (compact, raw UTF-8, keys as stored), with, for a type that keeps
    secret fields, its payload re-encoded without them. Only events whose values are
    sealed are decoded in full and opened with their keys.
    """
    from evtcli.jsonl import export_line

    lines: list[str | None] = []
    sealed: list[tuple[int, Sequence[Any]]] = []
    shown = _shown_types(core.model)
    for row in rows:
        secret = shown.get((row[0], row[_TYPE], row[_SCHEMA_VERSION]))
        if secret is None:  # sealed, or not declared: the long way (which also says what is wrong)
            sealed.append((len(lines), row))
            lines.append(None)
        elif not secret:
            lines.append(export_line(row))
        else:
            payload = read_json(row[_PAYLOAD])
            for name in secret:
                payload.pop(name, None)
            # Still in stored (sorted) order: its canonical text is what tail prints.
            lines.append(export_line((*row[:_PAYLOAD], canonical_json(payload), *row[_PAYLOAD + 1 :])))
    if sealed:
        opened = core.unsealed(conn, [raw_to_envelope(row) for _, row in sealed])
        for (index, _), envelope in zip(sealed, opened):
            lines[index] = _compact(shown_event(envelope))
    return lines  # type: ignore[return-value]


_TYPE, _SCHEMA_VERSION, _PAYLOAD = (ENVELOPE_COLUMNS.index(name) for name in ("type", "schema_version", "payload"))


def _shown_types(model: Any) -> dict[tuple[str, str, int], frozenset[str] | None]:
    """(aggregate, type, schema version) -> the payload fields output leaves out, or
    None when such an event stores sealed values (shown only once opened). Made per
    call: a few dozen entries, and the model may gain an aggregate while a process runs."""
    found: dict[tuple[str, str, int], frozenset[str] | None] = {}
    for aggregate in model.aggregates.values():
        for name, event_type in aggregate.event_types.items():
            sealed_since = event_type.sealed_since
            for version in range(1, event_type.schema_version + 1):
                sealed = sealed_since is not None and version >= sealed_since and bool(event_type.personal)
                found[(aggregate.name, name, version)] = None if sealed else frozenset(event_type.secret)
    return found


def shown_event(envelope: Envelope) -> dict[str, Any]:
    """An event as output shows it: the envelope, its payload without the type's secret
    fields (password hashes). ``tail --json`` and ``evtcli serve`` both print this."""
    data = envelope.to_dict()
    data["payload"] = shown_payload(envelope)
    return data


def shown_payload(envelope: Envelope) -> dict[str, Any]:
    """An event's payload without the fields its type declares secret."""
    from evtcli.domain.declared import MODEL

    secret = MODEL.secret_fields(envelope.aggregate, envelope.type)
    return {key: value for key, value in envelope.payload.items() if key not in secret}


def public_state(aggregate: str, state: Any) -> dict[str, Any]:
    """A folded or projected state as output shows it: the declared public fields only."""
    from evtcli.domain.declared import MODEL

    return MODEL.aggregate(aggregate).public(state)  # type: ignore[no-any-return]
