"""``evtcli verify``: check the log and every projection without changing anything.

A store with no problem, the usual case, is checked by the quick passes: one
position-order pass over the chain, and one stream-order pass per event table
that folds each stream and compares its projection rows as it goes (see
:func:`_clean`). They do every check the full passes below do, but only say
whether all of them hold; at the first sign of a problem they give up, and the
full passes run to find and name every problem, in order, from the start.

The full passes stream over the same snapshot of the database:

1. position order: positions run 1, 2, 3 … without gaps; each event's hash chains
   from the previous event's over its canonical body; payload and metadata are
   stored as canonical JSON objects; the head row names the last event.
2. every projection: checkpoint at the head, current definition, and rows equal to
   a fresh fold of the log (``runner.diff``). The fresh fold decodes every event,
   checks that versions run 1, 2, 3 … and that the domain fold accepts each stream.
3. only when that fold fails: stream order (aggregate id, version) once more, to
   name the position of every event that does not decode, breaks the version
   sequence or is refused by the fold.

Checking each link of the chain against the *stored* hash of the event before it
means a changed event is reported once, at its own position, not at every later one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Literal, Mapping

from sqlalchemy import Connection, Row

from evtcli.domain.events import GENESIS_HASH, canonical_json, is_canonical, read_json
from evtcli.domain.model import Aggregate
from evtcli.errors import EvtcliError, IntegrityProblem
from evtcli.progress import Progress
from evtcli.projections.base import Drift
from evtcli.projections.results import Difference
from evtcli.projections.runner import Projections
from evtcli.store.keys import Keyring
from evtcli.store.log import EventLog, chain_hash_of_row, head

DEFAULT_LIMIT = 20
# How many rows pass between progress callbacks (a callback per row would cost more
# than the check itself).
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class Problem:
    """One inconsistency: where it is (with the position when there is one) and what it is."""

    where: str
    what: str
    position: int | None = None
    kind: Literal["log", "projection"] = "log"


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of :func:`verify`; ``complete`` is False when it stopped at the limit."""

    events: int
    streams: Mapping[str, int]  # aggregate -> streams in the log (users, …)
    problems: tuple[Problem, ...]
    complete: bool
    seconds: float = 0.0
    # aggregate -> (the status of its forgotten streams, how many there are)
    erased: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    snapshots: Mapping[str, int] = field(default_factory=dict)  # aggregate -> snapshots checked

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def users(self) -> int:
        return self.streams.get("user", 0)

    @property
    def log_problems(self) -> int:
        """Problems in the event log itself: the chain, positions, versions, payloads."""
        return sum(1 for problem in self.problems if problem.kind == "log")

    @property
    def projection_problems(self) -> int:
        """Projection rows, checkpoints or definitions that differ from a fresh fold."""
        return len(self.problems) - self.log_problems

    def summary(self) -> str:
        """The problems counted by kind, e.g. ``1 problem in the event log and 2 problems in
        the projections`` (each count a lower bound when the check stopped at the limit)."""
        more = "" if self.complete else " or more"
        parts = [
            f"{count}{more} problem{'s' if count != 1 else ''} in the {where}"
            for count, where in ((self.log_problems, "event log"), (self.projection_problems, "projections"))
            if count
        ]
        return " and ".join(parts)

    def error(self) -> IntegrityProblem:
        """The error a command raises for this report (call only when not ``ok``)."""
        if not self.log_problems:
            return IntegrityProblem(
                f"verify found {self.summary()}", "run 'evtcli replay' to rebuild them from the log"
            )
        # A broken log comes first: a replay would only rebuild the projections from it.
        return IntegrityProblem(
            f"verify found {self.summary()}",
            "the log was changed outside evtcli; restore the database from a backup or an export",
        )


class _LimitReached(Exception):
    pass


class _Findings:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.problems: list[Problem] = []
        self.events = 0  # checked so far, also when stopped at the limit

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)
        if len(self.problems) >= self.limit:
            raise _LimitReached


def verify(
    conn: Connection, projections: Projections, *, progress: Progress = None, limit: int = DEFAULT_LIMIT
) -> VerifyReport:
    """Check the log and the projections in ``conn``'s (snapshot) transaction.

    Stops after ``limit`` problems. ``progress`` is called with numbers of events
    checked: about twice the event count in all (the chain, then the fresh fold), or
    with a negative number when the full passes start the count over.
    """
    report = _Batched(progress)
    try:
        return _clean(conn, projections, report)
    except _Unclean:
        report.rewind()  # the full passes check every event again
    findings = _Findings(max(1, limit))
    try:
        _check_chain(conn, projections, findings, progress)
        _check_projections(conn, projections, findings, progress)
        _check_snapshots(conn, projections, findings)
        complete = True
    except _LimitReached:
        complete = False
    log = projections.log
    return VerifyReport(
        events=findings.events,
        streams={aggregate: log.stream_count(conn, aggregate) for aggregate in log.aggregates},
        problems=tuple(findings.problems),
        complete=complete,
        erased=_erased(conn, projections),
        snapshots=_snapshot_counts(conn, projections),
    )


class _Batched:
    """Passes progress on every PROGRESS_EVERY events: a bar update per event costs more than the check."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.pending = 0
        self.passed = 0  # passed on so far

    def __call__(self, count: int) -> None:
        self.pending += count
        if self.progress is not None and self.pending >= PROGRESS_EVERY:
            self.progress(self.pending)
            self.passed += self.pending
            self.pending = 0

    def flush(self) -> None:
        if self.progress is not None and self.pending:
            self.progress(self.pending)
            self.passed += self.pending
        self.pending = 0

    def rewind(self) -> None:
        """Take back everything passed on (a negative count), to count again from 0."""
        if self.progress is not None and self.passed:
            self.progress(-self.passed)
        self.passed = self.pending = 0


# -- the quick passes, for a store with no problem ------------------------------------------


class _Unclean(Exception):
    """The quick passes met something that is not right: the full passes must say what."""


def _clean(conn: Connection, projections: Projections, report: _Batched) -> VerifyReport:
    """The report of a store in which nothing is wrong; _Unclean at the first doubt.

    Each check of the full passes is made, on every event and projection row, in a
    cheaper order: the chain pass hashes the stored text and checks the metadata;
    the stream pass checks that each payload is a canonical JSON object, folds it,
    and compares each stream's state with the next live rows of its projections
    (read in key order alongside), so the log is folded once and nothing is held
    beyond the stream at hand. Rows come as the driver's tuples, without a Row
    object or an Envelope per event.
    """
    log, model = projections.log, projections.model
    head_position, head_hash = head(conn)
    if not projections.current(conn, head_position):
        raise _Unclean
    try:
        events, last_hash = _clean_chain(conn, log, report)
        if events != head_position or last_hash != head_hash:
            raise _Unclean
        streams = {name: _clean_streams(conn, projections, aggregate, report) for name, aggregate in model.aggregates.items()}
    except (EvtcliError, ValueError, TypeError, Drift):
        # What the full passes report as a problem (or, for a bug, raise again).
        raise _Unclean from None
    report.flush()
    return VerifyReport(
        events=events,
        streams={name: streams[name] for name in log.aggregates},
        problems=(),
        complete=True,
        erased=_erased(conn, projections),
        snapshots=_snapshot_counts(conn, projections),
    )


def _clean_chain(conn: Connection, log: EventLog, report: _Batched) -> tuple[int, str]:
    """Positions 1, 2, 3 …, canonical metadata and every link of the chain, over the
    stored text: (the number of events, the last hash)."""
    link, parse, canonical = chain_hash_of_row, _parse, is_canonical
    canonical_texts: set[str] = set()
    expected, previous = 1, GENESIS_HASH
    for row in log.read_raw(conn, plain=True):
        position, metadata, digest = row[1], row[8], row[10]
        if position != expected:
            raise _Unclean
        if metadata not in canonical_texts:
            value = parse(metadata)
            if type(value) is not dict or not canonical(value, metadata):
                raise _Unclean
            if len(canonical_texts) >= CANONICAL_CACHE:
                canonical_texts.clear()
            canonical_texts.add(metadata)
        if digest != link(previous, row):
            raise _Unclean
        if position % PROGRESS_EVERY == 0:
            report(PROGRESS_EVERY)
        previous, expected = digest, expected + 1
    report((expected - 1) % PROGRESS_EVERY)
    return expected - 1, previous


def _clean_streams(conn: Connection, projections: Projections, aggregate: Aggregate, report: _Batched) -> int:
    """Each stream of the aggregate folded by replay's fold (payloads canonical too) and
    matched with its projections' rows: the number of streams."""
    sinks = [projection.checker(conn) for projection in projections.of(aggregate.name)]
    snapshots = SnapshotCheck(conn, projections, aggregate)
    streams = 0
    for state, _ in projections.fresh_states(
        conn, aggregate, report, canonical=True, watch=snapshots.watch, seen=snapshots.seen
    ):
        for sink in sinks:
            sink.add(state)
        streams += 1
    for sink in sinks:
        sink.finish()
    if snapshots.finish():
        raise Drift
    return streams


def _erased(conn: Connection, projections: Projections) -> dict[str, tuple[str, int]]:
    """aggregate -> (the status of its forgotten streams, how many there are)."""
    log = projections.log
    return {
        name: (aggregate.erased, log.type_count(conn, name, [t for t, e in aggregate.event_types.items() if e.erases]))
        for name, aggregate in projections.model.aggregates.items()
        if aggregate.erased is not None
    }


# -- pass 1: the chain, in position order ------------------------------------------------


def _check_chain(conn: Connection, projections: Projections, findings: _Findings, progress: Progress) -> None:
    expected, previous_hash = 1, GENESIS_HASH
    report = _Batched(progress)
    canonical_texts: set[str] = set()
    for row in projections.log.read_raw(conn):
        findings.events += 1
        position = row.position
        linked = position == expected
        if position > expected:
            missing = f"{expected}" if position == expected + 1 else f"{expected} to {position - 1}"
            findings.add(
                Problem(
                    f"position {missing}",
                    f"missing: the log jumps from {expected - 1} to {position}",
                    expected,
                )
            )
        elif position < expected:
            findings.add(Problem(f"position {position}", "appears again or out of order", position))
        # After a gap the previous hash is unknown, so that one link cannot be checked.
        _check_event(row, previous_hash if linked else None, findings, canonical_texts)
        previous_hash, expected = row.hash, position + 1
        report(1)
    report.flush()
    head_position, head_hash = head(conn)
    if head_position != expected - 1:
        findings.add(
            Problem(
                "head",
                f"event_log_head says position {head_position}, the last event is at {expected - 1}",
                head_position,
            )
        )
    elif head_hash != previous_hash:
        findings.add(Problem("head", "event_log_head's hash is not the last event's hash", head_position))


# Stored texts are read by orjson where it reads them exactly as json does.
_parse = read_json
# Metadata texts repeat (same actor and command); those seen canonical are not parsed
# again. Bounded, so a log of all-different metadata costs no memory.
CANONICAL_CACHE = 1024


def _check_event(row: Row[Any], previous_hash: str | None, findings: _Findings, canonical_texts: set[str]) -> None:
    (
        aggregate,
        position,
        event_id,
        aggregate_id,
        version,
        event_type,
        schema_version,
        payload,
        metadata,
        recorded_at,
        digest,
    ) = row
    known = metadata in canonical_texts
    try:
        values = [("payload", _parse(payload), payload)]
        if not known:
            values.append(("metadata", _parse(metadata), metadata))
    except (ValueError, TypeError):
        findings.add(Problem(f"position {position}", "payload or metadata is not valid JSON", position))
        return
    for name, value, text in values:
        if type(value) is not dict or canonical_json(value) != text:
            findings.add(
                Problem(f"position {position}", f"{name} is not stored as a canonical JSON object", position)
            )
            return  # the hash below assumes canonical text
    if not known:
        if len(canonical_texts) >= CANONICAL_CACHE:
            canonical_texts.clear()
        canonical_texts.add(metadata)
    if previous_hash is None:
        return
    expected = chain_hash_of_row(previous_hash, row)
    if expected != digest:
        findings.add(
            Problem(
                f"position {position}",
                f"hash mismatch: event {event_id} ({aggregate} {aggregate_id} "
                f"v{version}) is not what was recorded, or its hash was changed",
                position,
            )
        )


# -- pass 2: projections against a fresh fold ------------------------------------------------


def _check_projections(conn: Connection, projections: Projections, findings: _Findings, progress: Progress) -> None:
    for status in projections.status(conn):
        where = f"projection {status.name}"
        if status.stale:
            findings.add(
                Problem(
                    where,
                    f"built by definition version {status.version}; the code's is {status.code_version}",
                    kind="projection",
                )
            )
        if status.checkpoint != status.head:
            findings.add(
                Problem(
                    where,
                    f"checkpoint {status.checkpoint} is not the head position {status.head}",
                    kind="projection",
                )
            )
    report = _Batched(progress)
    try:
        for difference in projections.diff(conn, progress=report):
            findings.add(Problem(f"projection {difference.projection}", _describe(difference), kind="projection"))
    except IntegrityProblem as exc:
        # The log cannot be folded: say where, stream by stream.
        if not _check_streams(conn, projections, findings):
            findings.add(Problem("log", exc.message))
    report.flush()


def _describe(difference: Difference) -> str:
    if difference.field == "(row)":
        where = "only in the live table" if difference.live else "missing from the live table"
        return f"row {difference.key} is {where}"
    return f"row {difference.key}: {difference.field} is {difference.live!r}, a fresh fold gives {difference.fresh!r}"


# -- snapshots against the fold at their versions -------------------------------------------


class SnapshotCheck:
    """Compares each snapshot of an aggregate made by today's declaration with the
    fold of its stream at the snapshot's version (given to :meth:`seen` by
    ``fresh_states``, in id order); stale ones are ignored, as every reader ignores them.
    """

    def __init__(self, conn: Connection, projections: Projections, aggregate: Aggregate) -> None:
        self.aggregate = aggregate
        self.snapshots = projections.snapshots
        self.keyring = Keyring(conn, projections.model)
        # id -> version, for fresh_states; the states themselves are read alongside, one at a time.
        self.watch = dict(self.snapshots.current(conn, aggregate, states=False))
        self.rows = self.snapshots.current(conn, aggregate)
        self.problems: list[Problem] = []

    def seen(self, state: Any) -> None:
        for aggregate_id, version, recorded_at, text in self.rows:
            if aggregate_id == state.id:
                break
            self._missing(aggregate_id, version)
        else:
            return
        try:
            snapshot = self.snapshots.decode(self.aggregate, aggregate_id, text, self.keyring)
        except IntegrityProblem as exc:
            self._problem(aggregate_id, f"the snapshot at version {version} cannot be read ({exc.message})")
            return
        if snapshot != state or recorded_at != state.updated_at:
            self._problem(aggregate_id, f"the snapshot at version {version} differs from the fold of its stream at that version")

    def finish(self) -> list[Problem]:
        """The problems found: what ``seen`` found, and snapshots of versions no stream has."""
        for aggregate_id, version, *_ in self.rows:
            self._missing(aggregate_id, version)
        return self.problems

    def _missing(self, aggregate_id: str, version: int) -> None:
        self._problem(aggregate_id, f"the snapshot at version {version} is of a version its stream does not have")

    def _problem(self, aggregate_id: str, what: str) -> None:
        where = f"{self.snapshots.tables[self.aggregate.name].name} {aggregate_id}"
        self.problems.append(Problem(where, what, kind="projection"))


def _check_snapshots(conn: Connection, projections: Projections, findings: _Findings) -> None:
    for aggregate in projections.model.aggregates.values():
        check = SnapshotCheck(conn, projections, aggregate)
        if not check.watch:
            continue
        try:
            for _ in projections.fresh_states(conn, aggregate, watch=check.watch, seen=check.seen):
                pass
        except IntegrityProblem:
            continue  # the log cannot be folded: the passes before say where
        for problem in check.finish():
            findings.add(problem)


def _snapshot_counts(conn: Connection, projections: Projections) -> dict[str, int]:
    return {name: projections.snapshots.count(conn, name) for name in projections.model.aggregates}


# -- pass 3, when the fold fails: each stream in version order ---------------------------------


def _check_streams(conn: Connection, projections: Projections, findings: _Findings) -> int:
    """Report every stream's first event that breaks it; returns the number of problems."""
    found = 0
    model = projections.model
    rows = projections.log.read_by_stream(conn)
    keyring = Keyring(conn, model)
    for (aggregate, aggregate_id), stream in groupby(rows, key=lambda row: (row.aggregate, row.aggregate_id)):
        declared = model.aggregate(aggregate)
        state = None
        for row in stream:
            try:
                state = _fold_row(declared, state, row, keyring)
            except _Refused as refused:
                found += 1
                findings.add(Problem(f"position {row.position}", f"{aggregate} {aggregate_id}: {refused}", row.position))
                break
    return found


class _Refused(Exception):
    pass


def _fold_row(aggregate: Aggregate, state: Any, row: Row[Any], keyring: Keyring) -> Any:
    """The stream's next state, or _Refused saying what is wrong with this event."""
    expected = 1 if state is None else state.version + 1
    if row.version != expected:
        raise _Refused(f"version {row.version} follows version {expected - 1}; versions are missing")
    try:
        payload = json.loads(row.payload)
    except ValueError:
        raise _Refused("payload is not valid JSON") from None
    try:
        payload = keyring.unseal(aggregate, row.aggregate_id, row.type, row.schema_version, payload)
        aggregate.decode(row.type, row.schema_version, payload)
    except EvtcliError as exc:
        raise _Refused(f"does not decode: {exc.message}") from None
    try:
        return aggregate.fold(state, row.aggregate_id, row.version, row.type, row.schema_version, payload, row.recorded_at)
    except EvtcliError as exc:
        raise _Refused(f"the fold refuses it: {exc.message}") from None
