"""Memberships settled: a holder lets go of a stream it may no longer hold.

A membership (a group's members) may hold a stream only while that stream is in the
declared statuses. When a write leaves a held stream outside them (a destroyed
user), :class:`Memberships` finds who still holds it; a command then adds the
release events (``MemberRemoved``) made here, each caused by the draft that changed
the held stream, while an import must carry them itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from evtcli.domain.events import Envelope
from evtcli.domain.model import next_version
from evtcli.domain.registry import Model
from evtcli.projections.runner import Projections
from evtcli.write.rules import StreamKey


class Memberships:
    """Finds the holders that must let go of streams that left the statuses they may be held in."""

    def __init__(self, conn: Connection, model: Model, projections: Projections) -> None:
        self.conn = conn
        self.model = model
        self.projections = projections
        self.over = {name: model.memberships_over(name) for name in model.aggregates}

    def unsettled(
        self, changed: Mapping[StreamKey, Any], batch: Mapping[StreamKey, Any], carried: Iterable[StreamKey]
    ) -> dict[StreamKey, list[Holder]]:
        """Held streams that may no longer be held, and who still holds them.

        ``changed`` are the streams the batch changed (their new states), ``batch``
        every state the batch has, ``carried`` streams left unsettled by earlier
        batches of the same transaction. Returns held stream -> its holders.
        """
        candidates = set(carried)
        for key, state in changed.items():
            if any(state.status not in membership.statuses for _, membership in self.over.get(key[0], ())):
                candidates.add(key)
        found: dict[StreamKey, list[Holder]] = {}
        for held_aggregate in sorted({key[0] for key in candidates}):
            ids = {key[1] for key in candidates if key[0] == held_aggregate}
            for holder, membership in self.over[held_aggregate]:
                stored = self.projections.holders(self.conn, holder.name, held_aggregate, ids)
                # The batch's own states of holders replace what the projection says of them.
                in_batch: set[str] = set()
                holding: dict[str, set[str]] = {}
                for (aggregate, holder_id), state in batch.items():
                    if aggregate == holder.name and state is not None:
                        in_batch.add(holder_id)
                        held = membership.held(state)  # asked key by key: it may be large, or partly read
                        for held_id in ids:
                            if held_id in held:
                                holding.setdefault(held_id, set()).add(holder_id)
                for held_id in sorted(ids):
                    holders = (set(stored.get(held_id, ())) - in_batch) | holding.get(held_id, set())
                    for holder_id in sorted(holders):
                        found.setdefault((held_aggregate, held_id), []).append(
                            (holder.name, holder_id, membership.release, membership.field, membership.role)
                        )
        return found


# (holder aggregate, holder id, release event type, its field naming the held stream, role)
Holder = tuple[str, str, str, str, str]


def release(model: Model, trigger: Envelope, holder: Holder, version: int, held_id: str) -> Envelope:
    """The event by which a holder lets a held stream go, caused by ``trigger``."""
    aggregate, holder_id, release_type, field, _ = holder
    return replace(
        trigger,
        event_id=str(uuid.uuid4()),
        aggregate=aggregate,
        aggregate_id=holder_id,
        version=version,
        type=release_type,
        schema_version=model.aggregates[aggregate].event_types[release_type].schema_version,
        payload={field: held_id},
        metadata={**trigger.metadata, "causation_id": trigger.event_id},
    )


def release_drafts(
    model: Model, drafts: Sequence[Envelope], left: Mapping[StreamKey, list[Holder]], current: Mapping[StreamKey, Any]
) -> list[Envelope]:
    """The release events for every holder in ``left`` (held stream -> its holders),
    each caused by the last draft of the held stream, numbered after the holder's
    ``current`` state (and after each other, when one holder lets several go)."""
    batch = list(drafts)  # a release may be the last draft of a stream held in turn
    versions: dict[StreamKey, int] = {}
    for held, holders in left.items():
        trigger = batch[last_draft(batch, held)]
        for holder in holders:
            key = (holder[0], holder[1])
            version = versions[key] = versions[key] + 1 if key in versions else next_version(current[key])
            batch.append(release(model, trigger, holder, version, held[1]))
    return batch[len(drafts):]


def last_draft(drafts: Sequence[Envelope], key: StreamKey) -> int:
    """The index of the last draft of a stream (the one that left it as it is)."""
    for index in range(len(drafts) - 1, -1, -1):
        if (drafts[index].aggregate, drafts[index].aggregate_id) == key:
            return index
    return 0
