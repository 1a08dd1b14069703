"""Snapshots against the fold of their streams at the snapshot's version.

A snapshot made by today's declaration must equal the fold of its stream at that
version; a stale one (made by an older declaration) is ignored, as every reader
ignores it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from evtcli.audit.report import Findings, Problem
from evtcli.domain.model import Aggregate
from evtcli.errors import IntegrityProblem
from evtcli.projections.runner import Projections
from evtcli.store.keys import Keyring


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
        """Compare the stream's snapshot with ``state``, the fold at the snapshot's version."""
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


def check_snapshots(conn: Connection, projections: Projections, findings: Findings) -> None:
    """The full pass over every aggregate's snapshots, each problem added to ``findings``."""
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


def snapshot_counts(conn: Connection, projections: Projections) -> dict[str, int]:
    """Aggregate -> how many snapshots it has (what the report says were checked)."""
    return {name: projections.snapshots.count(conn, name) for name in projections.model.aggregates}
