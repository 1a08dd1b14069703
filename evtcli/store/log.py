"""The event log: every event table of a model; appending, and the reads of one stream.

An aggregate's events are in its own table (``<aggregate>_events``); positions are
global across the tables. Reads of one stream go to its table; reads that span the
tables (merged by position: tail, follow, export, the chain) are
:class:`~evtcli.store.reads.MergedReads`, which EventLog inherits; the hash chain
is :mod:`evtcli.store.chain`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Table, bindparam, func, literal, select, update

from evtcli.domain.events import Envelope
from evtcli.errors import UnknownName
from evtcli.store import dialect
from evtcli.store.bulk import insert_rows
from evtcli.store.chain import (
    ENVELOPE_COLUMNS,
    chain_hash_of_row,
    envelope_row,
    head,
    table_columns,
)
from evtcli.store.reads import STREAM_BATCH, MergedReads, raw_to_envelope, stream_rows
from evtcli.store.schema import event_log_head


class EventLog(MergedReads):
    """The event tables of one model (aggregate name -> (table, id column))."""

    def __init__(self, tables: Mapping[str, tuple[Table, str]]) -> None:
        self.tables = dict(tables)
        self.aggregates = tuple(self.tables)
        self._raw_selects: dict[str, Any] = {}  # built when first read: see _raw

    def _raw(self, aggregate: str) -> Any:
        """The select of an aggregate's raw rows (built once per store, when first used)."""
        query = self._raw_selects.get(aggregate)
        if query is None:
            query = self._raw_selects[aggregate] = self._raw_select(aggregate)
        return query

    def _raw_select(self, aggregate: str) -> Any:
        """An aggregate's stored rows, in ENVELOPE_COLUMNS order."""
        table, id_column = self.tables[aggregate]
        columns = [
            table.c[stored] if stored == name else table.c[stored].label(name)
            for stored, name in zip(table_columns(id_column), ENVELOPE_COLUMNS[1:])
        ]
        return select(literal(aggregate).label("aggregate"), *columns)

    def table(self, aggregate: str) -> tuple[Table, str]:
        """An aggregate's event table and its id column; an unknown aggregate is UnknownName."""
        try:
            return self.tables[aggregate]
        except KeyError:
            raise UnknownName("aggregate", aggregate, self.aggregates) from None

    # -- one stream -------------------------------------------------------------------

    def stream_version(self, conn: Connection, aggregate: str, aggregate_id: str) -> int:
        """The version of the last event in a stream, 0 if the stream is empty."""
        table, id_column = self.table(aggregate)
        value = conn.execute(select(func.max(table.c.version)).where(table.c[id_column] == aggregate_id)).scalar()
        return int(value or 0)

    def read_stream(
        self,
        conn: Connection,
        aggregate: str,
        aggregate_id: str,
        *,
        after_version: int = 0,
        up_to_version: int | None = None,
        recorded_until: str | None = None,
    ) -> Iterator[Envelope]:
        """One stream's events in version order, optionally after a version (a
        snapshot's) and cut at a version or a time."""
        table, id_column = self.table(aggregate)
        query = self._raw(aggregate).where(table.c[id_column] == aggregate_id).order_by(table.c.version)
        if after_version:
            query = query.where(table.c.version > after_version)
        if up_to_version is not None:
            query = query.where(table.c.version <= up_to_version)
        if recorded_until is not None:
            query = query.where(table.c.recorded_at <= recorded_until)
        for row in conn.execute(query):
            yield raw_to_envelope(row)

    def read_streams(
        self,
        conn: Connection,
        aggregate: str,
        aggregate_ids: Collection[str] | None = None,
        *,
        plain: bool = False,
        after_versions: Mapping[str, int] | None = None,
    ) -> Iterator[Row[Any]]:
        """What a fold reads of each event of these streams (all with None), in stream order.

        Columns: ``aggregate_id``, ``version``, ``type``, ``schema_version``,
        ``payload`` (text), ``recorded_at``, ``position``. With ``plain``, every stream
        as the driver's tuples (see :func:`dialect.driver_rows`). ``after_versions``
        gives streams read only after a version (from a snapshot): each is one range
        scan of the (id, version) index, so its earlier events are never read.
        """
        table, id_column = self.table(aggregate)
        query = select(
            table.c[id_column].label("aggregate_id"),
            table.c.version,
            table.c.type,
            table.c.schema_version,
            table.c.payload,
            table.c.recorded_at,
            table.c.position,
        ).order_by(table.c[id_column], table.c.version)
        if plain:
            assert aggregate_ids is None
            yield from dialect.driver_rows(conn, query, STREAM_BATCH)
            return
        if aggregate_ids is None:
            yield from stream_rows(conn, query)
            return
        if not aggregate_ids:
            return
        after = after_versions or {}
        if after:
            ranged = query.where(table.c[id_column] == bindparam("id"), table.c.version > bindparam("after"))
            for aggregate_id in sorted(after):
                yield from conn.execute(ranged, {"id": aggregate_id, "after": after[aggregate_id]})
        whole = [aggregate_id for aggregate_id in aggregate_ids if aggregate_id not in after]
        if whole:
            # An expanding parameter: the statement is built and cached once, not per value.
            query = query.where(table.c[id_column].in_(bindparam("ids", expanding=True)))
            yield from conn.execute(query, {"ids": whole})

    def aggregate_ids_with_prefix(self, conn: Connection, aggregate: str, prefix: str, limit: int) -> list[str]:
        """Distinct aggregate ids in the log that start with ``prefix`` (a range scan on the index)."""
        table, id_column = self.table(aggregate)
        column = table.c[id_column]
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        query = select(column).where(column >= prefix, column < upper).group_by(column).order_by(column).limit(limit)
        return list(conn.execute(query).scalars())

    def stream_count(self, conn: Connection, aggregate: str) -> int:
        """How many streams (aggregate ids) of this aggregate type have events."""
        table, id_column = self.table(aggregate)
        return int(conn.execute(select(func.count(func.distinct(table.c[id_column])))).scalar() or 0)

    def type_count(self, conn: Connection, aggregate: str, types: Collection[str]) -> int:
        """How many events of these types the aggregate's table holds (on the type index)."""
        if not types:
            return 0
        table, _ = self.table(aggregate)
        return int(conn.execute(select(func.count()).where(table.c.type.in_(list(types)))).scalar() or 0)

    def ids_with_types(self, conn: Connection, aggregate: str, types: Collection[str]) -> set[str]:
        """The streams that hold an event of one of these types (on the type index): the
        forgotten ones, for the types that forget."""
        if not types:
            return set()
        table, id_column = self.table(aggregate)
        return set(conn.execute(select(table.c[id_column]).where(table.c.type.in_(list(types))).distinct()).scalars())

    def type_counts(self, conn: Connection, aggregate: str) -> dict[str, int]:
        """Events of each stored type in the aggregate's table (types it holds none of are absent)."""
        table, _ = self.table(aggregate)
        return {row.type: int(row.n) for row in conn.execute(select(table.c.type, func.count().label("n")).group_by(table.c.type))}

    def event_count(self, conn: Connection) -> int:
        """How many events the log holds, in all its tables."""
        return sum(
            int(conn.execute(select(func.count()).select_from(table)).scalar() or 0) for table, _ in self.tables.values()
        )

    # -- appending -----------------------------------------------------------------------

    def append(self, conn: Connection, drafts: Sequence[Envelope]) -> tuple[int, list[str]]:
        """Append checked events, from any streams, after the head and in the given order.

        The drafts carry their versions; their ``position`` and ``hash`` are ignored:
        positions and chain hashes are assigned here from the head row, which moves
        in the same transaction. The caller has checked versions and rules; the
        unique constraints still guard versions. Returns the first position given
        and the hash of each event.
        """
        position, previous_hash = head(conn)
        first = position + 1
        hashes: list[str] = []
        if not drafts:
            return first, hashes
        by_aggregate: dict[str, list[tuple[Any, ...]]] = {}
        for draft in drafts:
            position += 1
            # Hashed as it is read back: the stored row (its own hash empty, and unread).
            row = envelope_row(draft, position, *draft.texts(), "")
            previous_hash = draft.link(position, previous_hash) or chain_hash_of_row(previous_hash, row)
            hashes.append(previous_hash)
            rows = by_aggregate.get(draft.aggregate)
            if rows is None:
                self.table(draft.aggregate)  # an unknown aggregate is refused here
                rows = by_aggregate[draft.aggregate] = []
            rows.append((*row[1:-1], previous_hash))  # the table's columns: the table is the aggregate
        for aggregate, rows in by_aggregate.items():
            table, id_column = self.tables[aggregate]
            insert_rows(conn, table, table_columns(id_column), rows)
        conn.execute(update(event_log_head).values(position=position, hash=previous_hash))
        return first, hashes

