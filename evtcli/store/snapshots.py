"""Snapshots (§11): a stream's folded state at a version, so a long stream is not read whole.

One table per aggregate, ``<aggregate>_snapshots``: the stream id (as text), the
version, that version's ``recorded_at``, the state as canonical JSON and the
fingerprint of the declaration that folded it. A store keeps one snapshot per stream,
its latest: a stream's past is then stored once in its events and once in one state,
whatever its length, and ``fold --version``/``--at`` before the snapshot reads the
events from the start (a cost that grows with the version asked for, not with the
stream). A write that leaves a stream at least K events past its snapshot (K = 100,
``EVTCLI_SNAPSHOT_EVERY``) replaces it in the same transaction.

Snapshots are derived data, like the projections: outside the hash chain, never
exported, rewritten by ``replay``, checked by ``verify``; a snapshot whose fingerprint
is not the code's declaration is ignored, and replaced. Personal values in a state of
a sealed aggregate are sealed with the stream's key, as in its events (§9), so
forgetting the stream (deleting its key and its snapshots) leaves nothing readable.
"""

from __future__ import annotations

import os
from typing import Any, Collection, Iterable, Iterator, Mapping

import orjson
from sqlalchemy import Column, Connection, Integer, PrimaryKeyConstraint, String, Table, Text, bindparam, delete, func, select

from evtcli.domain.entries import Map
from evtcli.domain.events import canonical_json, read_json
from evtcli.domain.model import ERASED, Aggregate
from evtcli.domain.registry import Model
from evtcli.errors import EvtcliError, IntegrityProblem, UsageProblem
from evtcli.store import dialect
from evtcli.store.keys import Keyring, is_sealed, open_value, seal_value
from evtcli.store.schema import metadata

DEFAULT_EVERY = 100
EVERY_VARIABLE = "EVTCLI_SNAPSHOT_EVERY"

_snapshot_tables: dict[str, Table] = {}


def snapshot_table(aggregate: str) -> Table:
    """The snapshot table of an aggregate (made once per process, on first use)."""
    table = _snapshot_tables.get(aggregate)
    if table is None:
        name = f"{aggregate}_snapshots"
        table = Table(
            name,
            metadata,
            Column("aggregate_id", dialect.byte_ordered(36)),
            Column("version", Integer, nullable=False),
            Column("recorded_at", dialect.byte_ordered(32), nullable=False),
            Column("state", Text, nullable=False),
            Column("fingerprint", String(80), nullable=False),
            PrimaryKeyConstraint("aggregate_id", "version", name=f"{name}_pkey"),
        )
        _snapshot_tables[aggregate] = table
    return table


def snapshot_tables(model: Model) -> dict[str, Table]:
    return {name: snapshot_table(name) for name in model.aggregates}


def snapshot_interval(environ: Mapping[str, str] = os.environ) -> int:
    """K: how many events a stream may move past its snapshot before it gets a new one."""
    raw = environ.get(EVERY_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_EVERY
    if not raw.isdigit() or int(raw) < 1:
        raise UsageProblem(
            f"{EVERY_VARIABLE} is {raw!r}, not a whole number of events",
            f"set it to 1 or more (the default is {DEFAULT_EVERY}), or unset it",
        )
    return int(raw)


class Snapshots:
    """The snapshot tables of one model, read and written in the caller's transaction."""

    def __init__(self, model: Model, every: int | None = None) -> None:
        self.model = model
        self.tables = snapshot_tables(model)
        self._every = every

    @property
    def every(self) -> int:
        """K (read from the environment when first needed: only writes need it)."""
        if self._every is None:
            self._every = snapshot_interval()
        return self._every

    @every.setter
    def every(self, value: int) -> None:
        self._every = value

    # -- state <-> stored text ---------------------------------------------------------

    def encode(self, aggregate: Aggregate, state: Any, keyring: Keyring) -> str:
        """A whole state as stored: canonical JSON, its personal values sealed with the
        stream's key when it has one (a stream of plaintext events only has none)."""
        values = dict(state.__dict__)
        for name in aggregate.entry_fields:
            if type(values[name]) is not dict:
                values[name] = dict(values[name].items())
        personal = aggregate.personal_state_fields
        if personal:
            cipher = keyring.existing(aggregate.name, state.id)
            if cipher is not None:
                for name in personal:
                    value = values.get(name)
                    if isinstance(value, str) and value != ERASED:
                        values[name] = seal_value(cipher, state.id, name, value)
        try:  # whole collections can be large: orjson writes them as canonical_json would
            return orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except TypeError:
            return canonical_json(values)

    def decode(self, aggregate: Aggregate, aggregate_id: str, text: str, keyring: Keyring) -> Any:
        """The state a stored snapshot holds; IntegrityProblem when it is not one."""
        try:
            values = read_json(text)
            if type(values) is not dict or values.get("id") != aggregate_id:
                raise ValueError("not this stream's state")
            for name in aggregate.personal_state_fields:
                value = values.get(name)
                if is_sealed(value):
                    cipher = keyring.existing(aggregate.name, aggregate_id)
                    if cipher is None:
                        raise ValueError("its stream has no key")
                    values[name] = open_value(cipher, aggregate.name, aggregate_id, name, value)
            for name in aggregate.entry_fields:
                values[name] = Map(values[name])
            return aggregate.new_state(**values)
        except (EvtcliError, ValueError, TypeError, KeyError) as exc:
            reason = exc.message if isinstance(exc, EvtcliError) else str(exc) or type(exc).__name__
            raise IntegrityProblem(
                f"the snapshot of {aggregate.name} {aggregate_id} is not a state: {reason}",
                "run 'evtcli replay' to rewrite the snapshots",
            ) from None

    # -- reading ---------------------------------------------------------------------

    def latest(
        self,
        conn: Connection,
        aggregate: Aggregate,
        ids: Collection[str],
        keyring: Keyring,
        *,
        up_to_version: int | None = None,
        recorded_until: str | None = None,
    ) -> dict[str, Any]:
        """id -> the state of its latest usable snapshot (at or before the version or
        time asked), for those of ``ids`` that have one. A snapshot of another
        fingerprint, or one that does not read as a state, is not used."""
        if not ids:
            return {}
        table = self.tables[aggregate.name]
        query = select(table.c.aggregate_id, table.c.version, table.c.state).where(
            table.c.aggregate_id.in_(bindparam("ids", expanding=True)),
            table.c.fingerprint == aggregate.fingerprint,
        )
        if up_to_version is not None:
            query = query.where(table.c.version <= up_to_version)
        if recorded_until is not None:
            query = query.where(table.c.recorded_at <= recorded_until)
        rows: dict[str, tuple[int, str]] = {}
        for aggregate_id, version, text in conn.execute(query.order_by(table.c.aggregate_id, table.c.version), {"ids": list(ids)}):
            rows[aggregate_id] = (version, text)
        found: dict[str, Any] = {}
        for aggregate_id, (version, text) in rows.items():
            try:
                state = self.decode(aggregate, aggregate_id, text, keyring)
            except IntegrityProblem:
                continue  # a damaged snapshot: fold from the log instead (verify reports it)
            if state.version == version:
                found[aggregate_id] = state
        return found

    def versions(self, conn: Connection, aggregate: str, ids: Collection[str]) -> dict[str, tuple[int, bool]]:
        """id -> (version of its usable snapshot or 0, whether it has one of another fingerprint)."""
        if not ids:
            return {}
        table = self.tables[aggregate]
        fingerprint = self.model.aggregate(aggregate).fingerprint
        query = select(table.c.aggregate_id, table.c.version, table.c.fingerprint).where(
            table.c.aggregate_id.in_(bindparam("ids", expanding=True))
        )
        found: dict[str, tuple[int, bool]] = {}
        for aggregate_id, version, stored_fingerprint in conn.execute(query, {"ids": list(ids)}):
            usable, stale = found.get(aggregate_id, (0, False))
            if stored_fingerprint == fingerprint:
                usable = max(usable, version)
            else:
                stale = True
            found[aggregate_id] = (usable, stale)
        return found

    def current(self, conn: Connection, aggregate: Aggregate, *, states: bool = True) -> Iterator[tuple[Any, ...]]:
        """The snapshots made by today's declaration, in id order: (id, version) or, with
        ``states``, (id, version, recorded_at, state). Stale ones are left out, as every
        reader leaves them out."""
        table = self.tables[aggregate.name]
        columns = [table.c.aggregate_id, table.c.version]
        if states:
            columns += [table.c.recorded_at, table.c.state]
        query = select(*columns).where(table.c.fingerprint == aggregate.fingerprint)
        yield from dialect.driver_rows(conn, query.order_by(table.c.aggregate_id, table.c.version), 100)

    def count(self, conn: Connection, aggregate: str) -> int:
        table = self.tables[aggregate]
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)

    # -- writing ---------------------------------------------------------------------

    def due(self, conn: Connection, aggregate: str, states: Mapping[str, Any]) -> list[str]:
        """Ids of the streams (of those in ``states``, as a write left them) that need a new
        snapshot: at least K events past their usable one, or holding a stale one."""
        every = self.every
        erased = self.model.aggregate(aggregate).erased  # a forgotten stream keeps no snapshot
        # Every stream, not only those K long: a stale snapshot is replaced whatever the stream's length.
        candidates = [i for i, state in states.items() if state is not None and state.status != erased]
        stored = self.versions(conn, aggregate, candidates)
        due = []
        for aggregate_id in candidates:
            usable, stale = stored.get(aggregate_id, (0, False))
            if stale or states[aggregate_id].version - usable >= every:
                due.append(aggregate_id)
        return due

    def write(self, conn: Connection, aggregate: Aggregate, states: Iterable[Any], keyring: Keyring) -> int:
        """Make each (whole) state the snapshot of its stream, replacing the ones it had."""
        table = self.tables[aggregate.name]
        rows = [
            {
                "aggregate_id": state.id,
                "version": state.version,
                "recorded_at": state.updated_at,
                "state": self.encode(aggregate, state, keyring),
                "fingerprint": aggregate.fingerprint,
            }
            for state in states
        ]
        if not rows:
            return 0
        self.delete(conn, aggregate.name, [row["aggregate_id"] for row in rows])
        conn.execute(table.insert(), rows)
        return len(rows)

    def delete(self, conn: Connection, aggregate: str, ids: Collection[str]) -> None:
        """Delete every snapshot of these streams."""
        table = self.tables[aggregate]
        ids = list(ids)
        for start in range(0, len(ids), 500):
            conn.execute(delete(table).where(table.c.aggregate_id.in_(ids[start : start + 500])))

    def clear(self, conn: Connection, aggregate: str) -> None:
        conn.execute(delete(self.tables[aggregate]))
