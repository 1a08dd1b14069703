"""The log in stream order (aggregate id, version): each stream folded on its own.

The quick pass folds every stream once with replay's fold and matches its state
with the projections' rows and its snapshot as it goes. The full pass runs only
when a fresh fold fails: it names the position of each stream's first event that
does not decode, breaks the version sequence or is refused by the fold.
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Row

from evtcli.audit.progress import Batched
from evtcli.audit.report import Findings, Problem
from evtcli.audit.snapshots import SnapshotCheck
from evtcli.domain.model import Aggregate, next_version
from evtcli.errors import EvtcliError
from evtcli.projections.base import Drift
from evtcli.projections.runner import Projections
from evtcli.store.keys import Keyring


def clean_streams(conn: Connection, projections: Projections, aggregate: Aggregate, report: Batched) -> int:
    """The quick pass: each stream of the aggregate folded by replay's fold (payloads
    canonical too) and matched with its projections' rows and its snapshot: the number
    of streams. Drift (or the fold's error) at the first difference."""
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


def check_streams(conn: Connection, projections: Projections, findings: Findings) -> int:
    """The full pass: report every stream's first event that breaks it; returns the number of problems."""
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
    expected = next_version(state)
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
