"""The one write path: every append, from a command or an import, goes through here.

Within the caller's write transaction, :meth:`Writer.write` takes events for any
streams, in order, and

1. folds each onto its stream's state with the declared model (versions, statuses,
   payloads: every rule of the fold);
2. checks the aggregates' uniqueness claims (a user's email) against the holders
   the projections know and against the batch itself;
3. appends the events to the log with the next positions and chain hashes;
4. applies the state changes to every projection and advances the checkpoints.

So a command, an import chunk and (through the same fold) a replay obey one
implementation of each rule, and the log and the projections change together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Mapping, Sequence

from sqlalchemy import Connection

from evtcli.domain.events import Envelope
from evtcli.domain.model import Claim, Model
from evtcli.errors import EvtcliError, RuleViolation
from evtcli.projections.runner import Projections
from evtcli.store.log import EventLog

StreamKey = tuple[str, str]  # (aggregate, aggregate id)
# Turns an error about the draft at an index into the error to raise (e.g. naming its line).
Locate = Callable[[int, EvtcliError], EvtcliError]


@dataclass(frozen=True)
class Written:
    """What a write appended: the events as stored, and each stream's state after them."""

    events: list[Envelope]
    states: dict[StreamKey, Any]
    head: int


class Writer:
    """Appends to the log and every projection of one store, inside ``conn``'s transaction."""

    def __init__(self, conn: Connection, model: Model, log: EventLog, projections: Projections) -> None:
        self.conn = conn
        self.model = model
        self.log = log
        self.projections = projections

    def states(self, aggregate: str, aggregate_ids: Iterable[str]) -> dict[str, Any]:
        """The current state of each of these streams, folded from the log (None if empty)."""
        ids = set(aggregate_ids)
        found: dict[str, Any] = dict.fromkeys(ids)
        fold = self.model.aggregate(aggregate).fold
        for aggregate_id, version, event_type, schema_version, payload, recorded_at, _ in self.log.read_streams(
            self.conn, aggregate, ids
        ):
            found[aggregate_id] = fold(
                found[aggregate_id], aggregate_id, version, event_type, schema_version, json.loads(payload), recorded_at
            )
        return found

    def write(
        self,
        drafts: Sequence[Envelope],
        *,
        states: Mapping[StreamKey, Any] | None = None,
        new_streams_unchecked: bool = False,
        locate: Locate | None = None,
        keep_events: bool = True,
    ) -> Written:
        """Check and append ``drafts`` (events with versions, no positions or hashes).

        ``states`` gives streams' current states the caller has read already.
        With ``new_streams_unchecked``, a stream whose first draft is version 1 is
        taken to be new without asking the log; if it is not, the unique
        constraints refuse the write (import's fast path, inside a savepoint).
        ``locate`` names where a refused draft came from. Nothing is written when
        anything is refused.
        """
        before = self._states_before(drafts, states or {}, new_streams_unchecked)
        current = dict(before)
        transitions: list[tuple[int, str, Claim, str, str | None, str | None, Any]] = []
        declared = self.model.aggregates
        for index, draft in enumerate(drafts):
            try:
                key = (draft.aggregate, draft.aggregate_id)
                state = current[key]
                aggregate = declared.get(draft.aggregate) or self.model.aggregate(draft.aggregate)
                if draft.version != (1 if state is None else state.version + 1):
                    _refuse_version(draft, state)
                new_state = aggregate.fold(
                    state,
                    draft.aggregate_id,
                    draft.version,
                    draft.type,
                    draft.schema_version,
                    draft.payload,
                    draft.recorded_at,
                )
            except EvtcliError as exc:
                # A claim refused earlier in the batch is the first problem, not this one.
                self._check_claims(transitions, locate)
                raise _located(locate, index, exc) from None
            for claim in aggregate.claims:
                old_key = None if state is None else claim.key(state)
                new_key = claim.key(new_state)
                if old_key != new_key:
                    transitions.append((index, draft.aggregate, claim, draft.aggregate_id, old_key, new_key, new_state))
            current[key] = new_state
        self._check_claims(transitions, locate)
        first, hashes = self.log.append(self.conn, drafts)
        head = first + len(drafts) - 1
        changes: dict[str, list[tuple[Any, Any]]] = {}
        for key, state in current.items():
            changes.setdefault(key[0], []).append((before[key], state))
        for aggregate_name, aggregate_changes in changes.items():
            for projection in self.projections.of(aggregate_name):
                projection.apply(self.conn, aggregate_changes)
        if drafts:
            self.projections.advance(self.conn, head)
        events = (
            [replace(draft, position=first + offset, hash=digest) for offset, (draft, digest) in enumerate(zip(drafts, hashes))]
            if keep_events
            else []
        )
        return Written(events, current, head)

    def _states_before(
        self, drafts: Sequence[Envelope], known: Mapping[StreamKey, Any], new_streams_unchecked: bool
    ) -> dict[StreamKey, Any]:
        """The state of every stream the drafts touch, as it is before them (in draft order)."""
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
        for aggregate, ids in wanted.items():
            self.model.aggregate(aggregate)  # refuse an undeclared aggregate before asking the log
            for aggregate_id, state in self.states(aggregate, ids).items():
                before[(aggregate, aggregate_id)] = state
        return before

    def _check_claims(self, transitions: list[tuple[int, str, Claim, str, str | None, str | None, Any]], locate: Locate | None) -> None:
        """Refuse the first draft that takes a claimed value another stream holds."""
        if not transitions:
            return
        wanted: dict[tuple[str, str], set[str]] = {}
        for _, aggregate, claim, _, old_key, new_key, _ in transitions:
            keys = wanted.setdefault((aggregate, claim.name), set())
            keys.update(key for key in (old_key, new_key) if key is not None)
        owners = {
            (aggregate, name): self.projections.claim_owners(self.conn, aggregate, name, keys)
            for (aggregate, name), keys in wanted.items()
        }
        for index, aggregate, claim, aggregate_id, old_key, new_key, state in transitions:
            holders = owners[(aggregate, claim.name)]
            if old_key is not None and holders.get(old_key) == aggregate_id:
                del holders[old_key]
            if new_key is not None:
                holder = holders.get(new_key)
                if holder is not None and holder != aggregate_id:
                    error = RuleViolation(
                        f"{claim.name} {claim.shown(state)} belongs to {aggregate} {holder}", claim.hint
                    )
                    raise _located(locate, index, error)
                holders[new_key] = aggregate_id


def _refuse_version(draft: Envelope, state: Any) -> None:
    """Say why the draft's version does not follow the stream's."""
    current = 0 if state is None else state.version
    if draft.version <= current:
        raise RuleViolation(
            f"{draft.aggregate} {draft.aggregate_id} already has a version {draft.version} with another event_id",
            "leave the line out, or give it the stored event's event_id if it is the same event",
        )
    raise RuleViolation(
        f"{draft.aggregate} {draft.aggregate_id} version {draft.version} does not follow version {current}",
        "versions of a stream go 1, 2, 3 … without gaps; is a line missing or out of order?",
    )


def _located(locate: Locate | None, index: int, error: EvtcliError) -> EvtcliError:
    return error if locate is None else locate(index, error)
