"""The rules of a write that reach beyond one stream: claims and references.

The fold checks each stream on its own; these need other streams, which the write
path has in hand (the batch) or asks the projections about (everything else):

- a claim (a user's email, a group's name) is held by one stream at most;
- a reference (the user a group's ``MemberAdded`` names) must exist and be in one of
  the declared statuses when the event happens.

The third such rule, that a membership holds a stream only while it is in the
declared statuses, is settled by :mod:`evtcli.write.releases`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection

from evtcli.domain.events import Envelope
from evtcli.domain.model import Claim
from evtcli.domain.registry import Model
from evtcli.errors import EvtcliError, NotFound, RuleViolation
from evtcli.projections.runner import Projections

StreamKey = tuple[str, str]  # (aggregate, aggregate id)
# Turns an error about the draft at an index into the error to raise (e.g. naming its line).
Locate = Callable[[int, EvtcliError], EvtcliError]
# (draft index, aggregate, claim, aggregate id, key before, key after, state after)
Transition = tuple[int, str, Claim, str, str | None, str | None, Any]


def located(locate: Locate | None, index: int, error: EvtcliError) -> EvtcliError:
    """The error to raise for ``error`` about the draft at ``index`` (as ``locate`` names it)."""
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
