"""What a write starts from: the current state of each stream it touches or names.

A write reads only the streams it needs, each as cheaply as it can: from the
stream's latest snapshot and the events after it, so a long stream costs at most K
events; or, for an aggregate whose projection gives states (a group, whose members
are looked up one by one), from that projection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from evtcli.domain.events import Envelope, read_json
from evtcli.domain.registry import Model
from evtcli.projections.runner import Projections
from evtcli.store.keys import Keyring
from evtcli.store.log import EventLog
from evtcli.write.rules import StreamKey, referenced_keys


class StreamStates:
    """Reads streams' current states inside a write's transaction."""

    def __init__(self, conn: Connection, model: Model, log: EventLog, projections: Projections, keyring: Keyring) -> None:
        self.conn = conn
        self.model = model
        self.log = log
        self.projections = projections
        self.snapshots = projections.snapshots
        self.keyring = keyring

    def read(self, aggregate: str, aggregate_ids: Iterable[str]) -> dict[str, Any]:
        """The current state of each of these streams (None if empty): each stream's
        latest snapshot and the events after it, so that reading a stream costs at most
        K events however long it is. An aggregate whose projection gives states (a
        group, whose members are looked up one by one) is read from it instead."""
        ids = set(aggregate_ids)
        found: dict[str, Any] = dict.fromkeys(ids)
        from_projection = self.projections.head_states(self.conn, aggregate, ids)
        if from_projection is not None:
            found.update(from_projection)
            return found
        declared = self.model.aggregate(aggregate)
        fold, unseal = declared.fold, self.keyring.unseal
        if declared.sealed:
            self.keyring.prefetch(aggregate, ids)
        found.update(self.snapshots.latest(self.conn, declared, ids, self.keyring))
        after = {aggregate_id: state.version for aggregate_id, state in found.items() if state is not None}
        for aggregate_id, version, event_type, schema_version, payload, recorded_at, _ in self.log.read_streams(
            self.conn, aggregate, ids, after_versions=after
        ):
            found[aggregate_id] = fold(
                found[aggregate_id],
                aggregate_id,
                version,
                event_type,
                schema_version,
                unseal(declared, aggregate_id, event_type, schema_version, read_json(payload)),
                recorded_at,
            )
        return found


def states_before(
    model: Model,
    drafts: Sequence[Envelope],
    known: Mapping[StreamKey, Any],
    new_streams_unchecked: bool,
    read: Callable[[str, set[str]], Mapping[str, Any]],
) -> dict[StreamKey, Any]:
    """The state, before the drafts, of every stream they touch or name: from ``known``
    (states the caller has read already), None for a new stream, or ``read`` (the
    current states of some streams of an aggregate) for the rest, one call per
    aggregate. With ``new_streams_unchecked`` a stream whose first draft is version 1
    is taken to be new without reading it."""
    before: dict[StreamKey, Any] = {}
    wanted: dict[str, set[str]] = {}
    for draft in drafts:
        key = (draft.aggregate, draft.aggregate_id)
        if key in before:
            continue
        if key in known:
            before[key] = known[key]
        elif new_streams_unchecked and draft.version == 1:
            before[key] = None
        else:
            before[key] = None
            wanted.setdefault(draft.aggregate, set()).add(draft.aggregate_id)
    for key in referenced_keys(model, list(drafts)):
        if key not in before and key[0] in model.aggregates:
            before[key] = known.get(key)
            if key not in known:
                wanted.setdefault(key[0], set()).add(key[1])
    for aggregate, ids in wanted.items():
        model.aggregate(aggregate)  # refuse an undeclared aggregate before asking the log
        for aggregate_id, state in read(aggregate, ids).items():
            before[(aggregate, aggregate_id)] = state
    return before
