"""The one write path: every append, from a command or an import, goes through here.

Within the caller's write transaction, :meth:`Writer.write` takes events for any
streams, in order, and

1. folds each onto its stream's state with the declared model (versions, statuses,
   payloads: every rule of the fold), and checks the streams its payload names;
2. settles memberships: a stream that may no longer be held (a destroyed user) is
   let go by every holder (its groups), by events the write adds for a command,
   or by events an import must carry;
3. checks the aggregates' uniqueness claims (a user's email, a group's name)
   against the holders the projections know and against the batch itself;
4. appends the events to the log with the next positions and chain hashes;
5. applies the state changes to every projection and advances the checkpoints.

So a command, an import chunk and (through the same fold) a replay obey one
implementation of each rule, and the log and the projections change together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection

from evtcli.domain.events import Envelope
from evtcli.domain.model import next_version
from evtcli.domain.registry import Model
from evtcli.errors import EvtcliError, RuleViolation
from evtcli.projections.runner import Projections
from evtcli.store.keys import Keyring
from evtcli.store.log import EventLog
from evtcli.write import rules
from evtcli.write.releases import Holder, Memberships, last_draft, release_drafts
from evtcli.write.rules import Locate, StreamKey, Transition, located
from evtcli.write.states import StreamStates, states_before


@dataclass(frozen=True)
class Written:
    """What a write appended: the events as stored, each stream's state after them, and
    the streams still held against the rules: held stream -> (the index of the draft
    that made it so, or -1 when an earlier batch did; its holders)."""

    events: list[Envelope]
    states: dict[StreamKey, Any]
    head: int
    unsettled: dict[StreamKey, tuple[int, list[Holder]]] = field(default_factory=dict)
    # Streams whose sealed drafts no key opened -> the index of the first such draft;
    # an import must end them forgotten.
    keyless: dict[StreamKey, int] = field(default_factory=dict)


class Writer:
    """Appends to the log and every projection of one store, inside ``conn``'s transaction."""

    def __init__(self, conn: Connection, model: Model, log: EventLog, projections: Projections) -> None:
        self.conn = conn
        self.model = model
        self.log = log
        self.projections = projections
        self.keyring = Keyring(conn, model)
        self.snapshots = projections.snapshots
        self.stream_states = StreamStates(conn, model, log, projections, self.keyring)
        # (aggregate, type) of the events that forget a stream: their keys go with them.
        self._erasing = {
            (aggregate.name, name)
            for aggregate in model.aggregates.values()
            if aggregate.name in self.keyring.tables
            for name in aggregate.erasing_types
        }

    def states(self, aggregate: str, aggregate_ids: Iterable[str]) -> dict[str, Any]:
        """The current state of each of these streams (None if empty): see :meth:`StreamStates.read`."""
        return self.stream_states.read(aggregate, aggregate_ids)

    def write(
        self,
        drafts: Sequence[Envelope],
        *,
        states: Mapping[StreamKey, Any] | None = None,
        new_streams_unchecked: bool = False,
        locate: Locate | None = None,
        keep_events: bool = True,
        react: bool = False,
        unsettled: Iterable[StreamKey] | None = None,
        plaintext: bool = False,
        snapshots: bool = True,
    ) -> Written:
        """Check and append ``drafts`` (events with versions, no positions or hashes).

        ``states`` gives streams' current states the caller has read already.
        With ``new_streams_unchecked``, a stream whose first draft is version 1 is
        taken to be new without asking the log; if it is not, the unique
        constraints refuse the write (import's fast path, inside a savepoint).
        ``locate`` names where a refused draft came from. With ``react`` (a
        command), held streams that may no longer be held are let go by events the
        write adds, caused by the draft that changed them; without it (an import)
        they are returned as ``unsettled``, to be settled by later batches of the
        same transaction (pass them back in). Drafts are as stored (sealed, an
        import), or with ``plaintext`` (a command) sealed here before they are
        stored. Nothing is written when anything is refused. Streams left at least
        K events past their snapshot get a new one, unless ``snapshots`` is False (an
        import, which takes them once at its end: see :meth:`take_snapshots`).
        """
        drafts = list(drafts)
        before = states_before(self.model, drafts, states or {}, new_streams_unchecked, self.states)
        current = dict(before)
        transitions: list[Transition] = []
        keyless: dict[StreamKey, int] = {}
        touched: dict[StreamKey, dict[str, Any]] = {}
        if not plaintext:
            self.keyring.prefetch_sealed(drafts)
        self._fold(drafts, 0, current, transitions, locate, touched, None if plaintext else keyless, clamp_time=plaintext)
        carried = set(unsettled or ())
        memberships = Memberships(self.conn, self.model, self.projections)
        changed = {key: current[key] for key in {(d.aggregate, d.aggregate_id) for d in drafts}}
        left = memberships.unsettled(changed, current, carried)
        still: dict[StreamKey, tuple[int, list[Holder]]] = {}
        if left and react:
            self._release(drafts, left, before, current, transitions, locate, touched)
        else:
            still = {key: (-1 if key in carried else last_draft(drafts, key), holders) for key, holders in left.items()}
        rules.check_claims(self.conn, self.projections, transitions, locate)
        written = self._append(drafts, before, current, touched, keep_events, still, keyless, plaintext)
        if snapshots:
            self.take_snapshots(written.states)
        return written

    def take_snapshots(self, states: Mapping[StreamKey, Any]) -> int:
        """Give a new snapshot to each of these streams (as the write left them) that is
        at least K events past its snapshot or holds a stale one. Returns how many."""
        by_aggregate: dict[str, dict[str, Any]] = {}
        for (aggregate, aggregate_id), state in states.items():
            by_aggregate.setdefault(aggregate, {})[aggregate_id] = state
        taken = 0
        for name, aggregate_states in by_aggregate.items():
            aggregate = self.model.aggregates[name]
            due = self.snapshots.due(self.conn, name, aggregate_states)
            if due:
                whole = [self.projections.whole(self.conn, aggregate, aggregate_states[i]) for i in due]
                taken += self.snapshots.write(self.conn, aggregate, whole, self.keyring)
        return taken

    def _fold(
        self,
        drafts: list[Envelope],
        start: int,
        current: dict[StreamKey, Any],
        transitions: list[Transition],
        locate: Locate | None,
        touched: dict[StreamKey, dict[str, Any]],
        keyless: dict[StreamKey, int] | None = None,
        clamp_time: bool = False,
    ) -> None:
        """Fold drafts[start:] onto ``current`` (in place), noting claim transitions
        and, per stream, the keys of keyed collections the drafts change (``touched``).

        With ``keyless``, the drafts are as stored: sealed values are opened first,
        and the streams whose values no key opens are noted there.

        Within a stream ``recorded_at`` never goes backwards, or ``fold --at`` would
        have no single answer. A draft earlier than its stream's last event is
        refused (an import line); with ``clamp_time`` (a command) it is recorded at
        the stream's last time instead. A command's time is this machine's clock,
        read under the write lock: it falls behind the stream only when a clock was
        wrong (another machine's, on a shared server, or an imported event from the
        future), and refusing would lock the stream until the clock caught up, while
        the stream's last time is the earliest one that keeps the order."""
        declared = self.model.aggregates
        unreadable = self.keyring.unreadable
        for index in range(start, len(drafts)):
            draft = drafts[index]
            try:
                key = (draft.aggregate, draft.aggregate_id)
                state = current[key]
                aggregate = declared.get(draft.aggregate) or self.model.aggregate(draft.aggregate)
                if draft.version != next_version(state):
                    _refuse_version(draft, state)
                if state is not None and draft.recorded_at < state.updated_at:
                    if not clamp_time:
                        _refuse_time(draft, state)
                    draft = drafts[index] = replace(draft, recorded_at=state.updated_at)
                payload = draft.payload
                if keyless is not None and aggregate.sealed:
                    payload = self.keyring.unseal(aggregate, draft.aggregate_id, draft.type, draft.schema_version, payload)
                    if key in unreadable and key not in keyless:
                        keyless[key] = index
                new_state = aggregate.fold(
                    state,
                    draft.aggregate_id,
                    draft.version,
                    draft.type,
                    draft.schema_version,
                    payload,
                    draft.recorded_at,
                    new=True,  # appended now: today's rules, not only those of when it was recorded
                    touched=touched.setdefault(key, {}) if aggregate.entry_fields else None,
                    checked=draft.checked_payload(),
                )
                if aggregate.event_types[draft.type].references:
                    rules.check_references(self.model, draft, current)
            except EvtcliError as exc:
                # A claim refused earlier in the batch is the first problem, not this one.
                rules.check_claims(self.conn, self.projections, transitions, locate)
                raise located(locate, index, exc) from None
            for claim in aggregate.claims:
                old_key = None if state is None else claim.key(state)
                new_key = claim.key(new_state)
                if old_key != new_key:
                    transitions.append((index, draft.aggregate, claim, draft.aggregate_id, old_key, new_key, new_state))
            current[key] = new_state

    def _release(
        self,
        drafts: list[Envelope],
        left: Mapping[StreamKey, list[Holder]],
        before: dict[StreamKey, Any],
        current: dict[StreamKey, Any],
        transitions: list[Transition],
        locate: Locate | None,
        touched: dict[StreamKey, dict[str, Any]],
    ) -> None:
        """Add to ``drafts`` (and fold) the events by which holders let go what they may no
        longer hold, each caused by the draft that changed the held stream."""
        wanted: dict[str, set[str]] = {}
        for holders in left.values():
            for aggregate, holder_id, *_ in holders:
                if (aggregate, holder_id) not in current:
                    wanted.setdefault(aggregate, set()).add(holder_id)
        for aggregate, ids in wanted.items():
            for holder_id, state in self.states(aggregate, ids).items():
                before[(aggregate, holder_id)] = current[(aggregate, holder_id)] = state
        start = len(drafts)
        drafts.extend(release_drafts(self.model, drafts, left, current))
        self._fold(drafts, start, current, transitions, locate, touched, clamp_time=True)

    def _append(
        self,
        drafts: list[Envelope],
        before: dict[StreamKey, Any],
        current: dict[StreamKey, Any],
        touched: dict[StreamKey, dict[str, Any]],
        keep_events: bool,
        unsettled: dict[StreamKey, tuple[int, list[Holder]]],
        keyless: dict[StreamKey, int],
        plaintext: bool,
    ) -> Written:
        stored = drafts
        if plaintext:
            declared = self.model.aggregates
            stored = [
                replace(d, payload=self.keyring.seal(declared[d.aggregate], d.aggregate_id, d.type, d.payload))
                if declared[d.aggregate].sealed
                else d
                for d in drafts
            ]
        first, hashes = self.log.append(self.conn, stored)
        if self._erasing:
            for draft in drafts:
                if (draft.aggregate, draft.type) in self._erasing:
                    # Forgetting: the key goes, and the snapshots that hold the stream's state.
                    self.keyring.delete(draft.aggregate, draft.aggregate_id)
                    self.snapshots.delete(self.conn, draft.aggregate, [draft.aggregate_id])
        head = first + len(drafts) - 1
        written = {(draft.aggregate, draft.aggregate_id) for draft in drafts}
        changes: dict[str, list[tuple[Any, Any, Any]]] = {}
        for key in written:
            changes.setdefault(key[0], []).append((before[key], current[key], touched.get(key, {})))
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
        return Written(events, {key: current[key] for key in written}, head, unsettled, keyless)


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


def _refuse_time(draft: Envelope, state: Any) -> None:
    raise RuleViolation(
        f"{draft.aggregate} {draft.aggregate_id} version {draft.version} is recorded at {draft.recorded_at}, "
        f"before its version {state.version} ({state.updated_at})",
        "a stream's events are recorded in time order; correct recorded_at or the order of the lines",
    )
