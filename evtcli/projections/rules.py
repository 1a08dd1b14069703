"""The rules of a write that reach beyond one stream: claims, references, memberships.

The fold checks each stream on its own; these need other streams, which the write
path has in hand (the batch) or asks the projections about (everything else):

- a claim (a user's email, a group's name) is held by one stream at most;
- a reference (the user a group's ``MemberAdded`` names) must exist and be in one of
  the declared statuses when the event happens;
- a membership (a group's members) may hold a stream only while it is in the
  declared statuses: when a held stream leaves them, its holders must let it go.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy import Connection

from evtcli.domain.events import Envelope
from evtcli.domain.model import Claim, Model
from evtcli.errors import EvtcliError, NotFound, RuleViolation
from evtcli.projections.runner import Projections

StreamKey = tuple[str, str]  # (aggregate, aggregate id)
# Turns an error about the draft at an index into the error to raise (e.g. naming its line).
Locate = Callable[[int, EvtcliError], EvtcliError]
# (draft index, aggregate, claim, aggregate id, key before, key after, state after)
Transition = tuple[int, str, Claim, str, str | None, str | None, Any]


def located(locate: Locate | None, index: int, error: EvtcliError) -> EvtcliError:
    return error if locate is None else locate(index, error)


def check_claims(
    conn: Connection, projections: Projections, transitions: list[Transition], locate: Locate | None
) -> None:
    """Refuse the first draft that takes a claimed value another stream holds."""
    if not transitions:
        return
    wanted: dict[tuple[str, str], set[str]] = {}
    for _, aggregate, claim, _, old_key, new_key, _ in transitions:
        keys = wanted.setdefault((aggregate, claim.name), set())
        keys.update(key for key in (old_key, new_key) if key is not None)
    owners = {
        (aggregate, name): projections.claim_owners(conn, aggregate, name, keys)
        for (aggregate, name), keys in wanted.items()
    }
    for index, aggregate, claim, aggregate_id, old_key, new_key, state in transitions:
        holders = owners[(aggregate, claim.name)]
        if old_key is not None and holders.get(old_key) == aggregate_id:
            del holders[old_key]
        if new_key is not None:
            holder = holders.get(new_key)
            if holder is not None and holder != aggregate_id:
                error = RuleViolation(f"{claim.name} {claim.shown(state)} belongs to {aggregate} {holder}", claim.hint)
                raise located(locate, index, error)
            holders[new_key] = aggregate_id


def check_references(model: Model, draft: Envelope, states: Mapping[StreamKey, Any]) -> None:
    """Refuse a draft whose payload names a stream that is missing or in the wrong status."""
    aggregate = model.aggregates[draft.aggregate]
    event_type, payload = aggregate.decode(draft.type, draft.schema_version, draft.payload)
    for field, reference in event_type.references:
        target = payload[field]
        state = states.get((reference.aggregate, target))
        if state is None:
            raise NotFound(f"no {reference.aggregate} {target}", reference.hint)
        if state.status not in reference.statuses:
            raise RuleViolation(f"{reference.aggregate} {target} is {state.status}", reference.hint)


def referenced_keys(model: Model, drafts: list[Envelope]) -> set[StreamKey]:
    """The streams the drafts' payloads name (to be read before the drafts are folded)."""
    found: set[StreamKey] = set()
    for draft in drafts:
        aggregate = model.aggregates.get(draft.aggregate)
        event_type = None if aggregate is None else aggregate.event_types.get(draft.type)
        if event_type is None or not event_type.references:
            continue
        for field, reference in event_type.references:
            target = draft.payload.get(field) if isinstance(draft.payload, Mapping) else None
            if isinstance(target, str):
                found.add((reference.aggregate, target))
    return found


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
