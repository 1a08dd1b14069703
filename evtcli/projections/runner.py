"""Checkpoints, replay, verify-by-diff and status, for whatever projections a store has.

A projection's definition version is the one number to bump when its tables change
shape (a column added, dropped or retyped) or its rows change meaning: the stored
projection then shows as stale, and :meth:`Projections.replay` drops its tables and
creates them from their current definition (indexes too) before rebuilding the rows,
all in replay's one transaction. The store's ``SCHEMA_VERSION`` stays as it is.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence

from sqlalchemy import Connection, select, update

from evtcli.domain.entries import PartialEntries
from evtcli.domain.events import is_canonical, read_json
from evtcli.domain.model import Aggregate
from evtcli.domain.registry import Model
from evtcli.errors import EvtcliError, IntegrityProblem, UsageProblem, ValidationError
from evtcli.progress import Progress
from evtcli.projections.base import Projection
from evtcli.store.chain import head
from evtcli.store.keys import Keyring
from evtcli.store.log import EventLog
from evtcli.store.snapshots import Snapshots
from evtcli.store.schema import projection_checkpoints, recreate_tables

if TYPE_CHECKING:
    from evtcli.projections.results import Difference, ProjectionStatus, ReplayResult

# Stored payloads are read by orjson where it reads them exactly as json does.
_parse = read_json


def select_projections(names: Sequence[str], selected: str | None) -> list[str]:
    """Every name, or only ``selected``: a usage error naming them when it is none of them."""
    if selected is None:
        return list(names)
    if selected not in names:
        raise UsageProblem(f"unknown projection {selected!r}", f"use one of: {', '.join(names)}")
    return [selected]


class Projections:
    """The projections of one store, kept in step with its log."""

    def __init__(
        self, model: Model, log: EventLog, projections: Sequence[Projection], snapshots: Snapshots | None = None
    ) -> None:
        self.model = model
        self.log = log
        self.all = {projection.name: projection for projection in projections}
        self.snapshots = snapshots or Snapshots(model)
        for projection in projections:
            model.aggregate(projection.aggregate)  # a projection of an undeclared aggregate is a bug

    @property
    def versions(self) -> dict[str, int]:
        return {name: projection.version for name, projection in self.all.items()}

    def names(self, selected: str | None) -> list[str]:
        return select_projections(list(self.all), selected)

    def of(self, aggregate: str) -> list[Projection]:
        return [projection for projection in self.all.values() if projection.aggregate == aggregate]

    def claim_owners(self, conn: Connection, aggregate: str, claim: str, keys: set[str]) -> dict[str, str]:
        """Key -> id of the stream that holds it now, from whichever projection keeps the claim."""
        for projection in self.of(aggregate):
            owners = projection.claim_owners(conn, claim, keys)
            if owners is not None:
                return owners
        raise LookupError(f"no projection keeps the {aggregate} claim {claim!r}")

    def holders(self, conn: Connection, holder: str, held: str, ids: set[str]) -> dict[str, set[str]]:
        """Held id -> ids of the ``holder`` streams that hold it now, from the projection
        that keeps them (none: no stream of ``holder`` holds any)."""
        for projection in self.of(holder):
            found = projection.holders(conn, held, ids)
            if found is not None:
                return found
        return {}

    def head_states(self, conn: Connection, aggregate: str, ids: set[str]) -> dict[str, Any] | None:
        """Streams' current states from the projection that gives them (see
        :meth:`Projection.head_states`); None when no projection of the aggregate does."""
        for projection in self.of(aggregate):
            found = projection.head_states(conn, ids)
            if found is not None:
                return found
        return None

    def whole(self, conn: Connection, aggregate: Aggregate, state: Any) -> Any:
        """The state with every partly read collection read whole, as a plain dict:
        what a snapshot writes (only that: a state's collections are persistent maps)."""
        for name in aggregate.entry_fields:
            collection = getattr(state, name)
            if isinstance(collection, PartialEntries):
                stored = next(
                    found
                    for projection in self.of(aggregate.name)
                    if (found := projection.stored_entries(conn, name, state.id)) is not None
                )
                state = dataclasses.replace(state, **{name: collection.whole(stored)})
        return state

    # -- checkpoints --------------------------------------------------------------------

    def advance(self, conn: Connection, position: int) -> None:
        """Record that every projection has applied everything up to ``position`` (same transaction)."""
        conn.execute(
            update(projection_checkpoints)
            .where(projection_checkpoints.c.name.in_(list(self.all)))
            .values(position=position)
        )

    def _checkpoints(self, conn: Connection) -> dict[str, Any]:
        """Projection name -> its stored row (``position``, ``version``)."""
        query = select(projection_checkpoints.c.name, projection_checkpoints.c.position, projection_checkpoints.c.version)
        return {row.name: row for row in conn.execute(query)}

    def refuse_ahead(self, conn: Connection) -> None:
        """IntegrityProblem when a projection has applied events past the log's head:
        the log lost events it once had (cut back, its head row rewritten to match),
        and a replay would make the projections agree with what is left."""
        position = head(conn)[0]
        ahead = {name: int(row.position) for name, row in self._checkpoints(conn).items() if int(row.position) > position}
        if ahead:
            name, checkpoint = max(ahead.items(), key=lambda item: item[1])
            raise IntegrityProblem(
                f"projection {name} has applied the log up to position {checkpoint}, but the log ends at "
                f"{position}: the log lost events it once had",
                "run 'evtcli verify' to see every problem, and restore the database from a backup or an export",
            )

    def current(self, conn: Connection, position: int) -> bool:
        """Whether every projection has applied the log up to ``position`` with the
        code's definition (neither lagging nor stale): status() without counting rows."""
        stored = self._checkpoints(conn)
        return all(
            name in stored and int(stored[name].position) == position and int(stored[name].version) == projection.version
            for name, projection in self.all.items()
        )

    def status(self, conn: Connection) -> list[ProjectionStatus]:
        from evtcli.projections.results import ProjectionStatus

        position, _ = head(conn)
        stored = self._checkpoints(conn)
        result = []
        for name, projection in self.all.items():
            row = stored.get(name)
            result.append(
                ProjectionStatus(
                    name=name,
                    checkpoint=int(row.position) if row else 0,
                    head=position,
                    rows=projection.count(conn),
                    version=int(row.version) if row else 0,
                    code_version=projection.version,
                )
            )
        return result

    # -- replay and diff -------------------------------------------------------------------

    def replay(self, conn: Connection, selected: str | None = None, progress: Progress = None) -> list[ReplayResult]:
        """Rebuild projections from the log inside the caller's write transaction.

        Each aggregate's log is folded once, for all of its selected projections. A
        stale projection (built by another definition version) gets its tables anew,
        in the shape the code declares, before its rows are written.
        """
        from evtcli.projections.results import ReplayResult

        names = self.names(selected)
        position, _ = head(conn)
        stored = self._checkpoints(conn)
        for name in names:
            row = stored.get(name)
            if row is None or int(row.version) != self.all[name].version:
                recreate_tables(conn, self.all[name].tables)
        results = []
        # A replay of everything rewrites the snapshots too, from the same fold.
        for aggregate, projections in self._by_aggregate(names, every_aggregate=selected is None):
            sinks = [projection.rebuild(conn) for projection in projections]
            snapshots = _SnapshotRewrite(conn, self, aggregate) if selected is None else None
            events = 0
            for state, count in self.fresh_states(conn, aggregate, progress):
                events += count
                for sink in sinks:
                    sink.add(state)
                if snapshots is not None:
                    snapshots.add(state)
            if snapshots is not None:
                snapshots.finish()
            for projection, sink in zip(projections, sinks):
                rows = sink.finish()
                conn.execute(
                    update(projection_checkpoints)
                    .where(projection_checkpoints.c.name == projection.name)
                    .values(position=position, version=projection.version)
                )
                results.append(ReplayResult(projection.name, events, rows, position))
        order = {name: index for index, name in enumerate(names)}
        return sorted(results, key=lambda result: order[result.name])

    def diff(
        self, conn: Connection, selected: str | None = None, progress: Progress = None, limit: int | None = None
    ) -> Iterator[Difference]:
        """Differences between the live projections and a fresh fold, by a merge on the key."""
        found = 0
        # Without a selection every aggregate is folded, also one no projection
        # reads: a diff of everything is also the check that the whole log folds.
        for aggregate, projections in self._by_aggregate(self.names(selected), every_aggregate=selected is None):
            sinks = [projection.differ(conn) for projection in projections]
            stopped = False
            for state, _ in self.fresh_states(conn, aggregate, progress):
                for sink in sinks:
                    sink.add(state)
                if limit is not None and sum(len(sink.differences) for sink in sinks) + found >= limit:
                    stopped = True  # enough found; the rest of the live rows stay unread
                    break
            for sink in sinks:
                if not stopped:
                    sink.finish()
                for difference in sink.differences:
                    yield difference
                    found += 1
                    if limit is not None and found >= limit:
                        return

    def status_counts(self, conn: Connection, aggregate: Aggregate) -> dict[str, int]:
        """Streams of the aggregate per declared status, from the projection that keeps them."""
        for projection in self.of(aggregate.name):
            counts = projection.status_counts(conn)
            if counts is not None:
                return {status: counts.pop(status, 0) for status in aggregate.statuses} | counts
        return {}

    def _by_aggregate(self, names: list[str], every_aggregate: bool = False) -> list[tuple[Aggregate, list[Projection]]]:
        grouped: dict[str, list[Projection]] = {name: [] for name in self.model.aggregates} if every_aggregate else {}
        for name in names:
            grouped.setdefault(self.all[name].aggregate, []).append(self.all[name])
        return [(self.model.aggregate(aggregate), projections) for aggregate, projections in grouped.items()]

    def fresh_states(
        self,
        conn: Connection,
        aggregate: Aggregate,
        progress: Progress = None,
        *,
        canonical: bool = False,
        watch: Mapping[str, int] | None = None,
        seen: Callable[[Any], None] | None = None,
    ) -> Iterator[tuple[object, int]]:
        """Every stream of the aggregate folded from the log, in id order, with its event count.

        One stream is in memory at a time. A log the fold refuses raises IntegrityProblem;
        with ``canonical`` (verify), so does a payload not stored as canonical JSON.
        ``seen`` is given the state of each stream named in ``watch`` at the version
        ``watch`` names (verify compares it with the stream's snapshot).
        """
        fold = aggregate.fold
        parse = _parse
        keyring = Keyring(conn, self.model) if aggregate.sealed else None
        current: str | None = None
        state = None
        events = 0
        watched = 0  # the version of the current stream to hand to ``seen`` (0: none)
        for aggregate_id, version, event_type, schema_version, payload, recorded_at, position in self.log.read_streams(
            conn, aggregate.name, plain=True
        ):
            if aggregate_id != current:
                if state is not None:
                    _refuse_keyless(aggregate, state, keyring)
                    if progress is not None:
                        progress(events)
                    yield state, events
                current, state, events = aggregate_id, None, 0
                watched = watch.get(aggregate_id, 0) if watch else 0
            try:
                data = parse(payload)
                if canonical and not (type(data) is dict and is_canonical(data, payload)):
                    raise ValidationError("the payload is not stored as a canonical JSON object")
                if keyring is not None:
                    data = keyring.unseal(aggregate, aggregate_id, event_type, schema_version, data)
                state = fold(state, aggregate_id, version, event_type, schema_version, data, recorded_at)
            except (EvtcliError, ValueError) as exc:
                reason = exc.message if isinstance(exc, EvtcliError) else "a payload is not JSON"
                raise IntegrityProblem(
                    f"{aggregate.name} {aggregate_id}: the log cannot be folded at position {position}: {reason}",
                    "run 'evtcli verify' to locate the damage",
                ) from None
            events += 1
            if version == watched:
                seen(state)  # type: ignore[misc]
        if state is not None:
            _refuse_keyless(aggregate, state, keyring)
            if progress is not None:
                progress(events)
            yield state, events


def _refuse_keyless(aggregate: Aggregate, state: Any, keyring: Keyring | None) -> None:
    """A stream whose sealed values no key opened must be one forgotten on purpose."""
    if keyring is not None and keyring.unreadable and state.status != aggregate.erased:
        if (aggregate.name, state.id) in keyring.unreadable:
            raise IntegrityProblem(
                f"{aggregate.name} {state.id}: its personal data is sealed and its key is missing",
                "import the keys file exported with these events ('evtcli events import FILE --keys KEYS')",
            )


class _SnapshotRewrite:
    """Replay's snapshots: each stream at least K events long gets one at its last
    version (a forgotten stream none), the old ones gone. Written a few at a time, so
    replay holds no more than it folds."""

    def __init__(self, conn: Connection, projections: Projections, aggregate: Aggregate) -> None:
        self.conn, self.aggregate = conn, aggregate
        self.snapshots = projections.snapshots
        self.snapshots.clear(conn, aggregate.name)
        self.every = self.snapshots.every
        self.keyring = Keyring(conn, projections.model)
        self.pending: list[Any] = []
        self.size = 0

    def add(self, state: Any) -> None:
        if state.version < self.every or state.status == self.aggregate.erased:
            return
        self.pending.append(state)
        self.size += 1 + sum(len(getattr(state, name)) for name in self.aggregate.entry_fields)
        if self.size >= 1000:
            self.finish()

    def finish(self) -> None:
        self.snapshots.write(self.conn, self.aggregate, self.pending, self.keyring)
        self.pending, self.size = [], 0
