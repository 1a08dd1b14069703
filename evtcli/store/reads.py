"""Reads that span every event table: the whole log merged by position (tail, follow,
export, the chain, verify), events by id, by causation, and every stream in turn.

Positions are global across the tables, so reads by position are merged in the
database (``UNION ALL … ORDER BY position``, which both backends answer by merging
the tables' primary key scans). Rows are read whole, in ENVELOPE_COLUMNS order.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import BindParameter, Connection, Row, Table, bindparam, literal_column, or_, select, union_all

from evtcli.domain.events import Envelope, canonical_json, read_json
from evtcli.progress import Progress
from evtcli.store import dialect
from evtcli.store.chain import check_chain

# Rows fetched per round trip when streaming the whole log; bounds memory on servers
# whose drivers would otherwise buffer a result set in full.
STREAM_BATCH = 1000


def stream_rows(conn: Connection, query: Any, parameters: Mapping[str, Any] | None = None) -> Iterator[Row[Any]]:
    """The rows of a query, fetched STREAM_BATCH at a time (whole partitions, not row by row)."""
    result = conn.execute(query.execution_options(yield_per=STREAM_BATCH), parameters or {})
    for partition in result.partitions():
        yield from partition


def raw_to_envelope(row: Sequence[Any]) -> Envelope:
    """An :class:`Envelope` from a stored row in ENVELOPE_COLUMNS order, a Row or the
    driver's tuple (parses payload and metadata)."""
    aggregate, position, event_id, aggregate_id, version, event_type, schema_version, payload, metadata, recorded_at, digest = row
    return Envelope(
        position=position,
        event_id=event_id,
        aggregate=aggregate,
        aggregate_id=aggregate_id,
        version=version,
        type=event_type,
        schema_version=schema_version,
        payload=read_json(payload),
        metadata=read_json(metadata),
        recorded_at=recorded_at,
        hash=digest,
    )


class MergedReads:
    """The reads of :class:`~evtcli.store.log.EventLog` that span its event tables.

    EventLog gives the tables and, per aggregate, the select of its stored rows.
    """

    tables: dict[str, tuple[Table, str]]
    aggregates: tuple[str, ...]

    if TYPE_CHECKING:

        def table(self, aggregate: str) -> tuple[Table, str]: ...

        def _raw(self, aggregate: str) -> Any: ...

    def _merged(
        self,
        *,
        after: int = 0,
        up_to: int | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        types: Sequence[str] | None = None,
        recorded_since: str | None = None,
        recorded_until: str | None = None,
        descending: bool = False,
        limit: int | None = None,
        types_expanding: bool = True,
    ) -> Any:
        selects = []
        for name in [aggregate] if aggregate else self.aggregates:
            table, id_column = self.table(name)
            query = self._raw(name)
            if isinstance(after, BindParameter) or after:
                query = query.where(table.c.position > after)
            if up_to is not None:
                # Bound the read by the head seen first: under READ COMMITTED a later
                # statement could otherwise see events the next read meets again.
                query = query.where(table.c.position <= up_to)
            if aggregate_id is not None:
                query = query.where(table.c[id_column] == aggregate_id)
            if types:
                # An IN list is one parameter that grows at execution; a statement
                # compiled once to be run with new bounds takes one parameter per type.
                query = query.where(
                    table.c.type.in_(list(types)) if types_expanding else or_(*(table.c.type == name for name in types))
                )
            # Times filter rows, not ranges of positions: an import keeps the times it
            # is given, so recorded_at rises with the position only within a stream.
            if recorded_since is not None:
                query = query.where(table.c.recorded_at >= recorded_since)
            if recorded_until is not None:
                query = query.where(table.c.recorded_at <= recorded_until)
            selects.append(query)
        if len(selects) == 1:
            merged = selects[0]
            table, _ = self.table(aggregate or self.aggregates[0])
            position = table.c.position
        else:
            if limit is not None:
                # Each table's first ``limit`` rows, read on its position index, then
                # merged: a limit outside the union alone makes PostgreSQL read and sort
                # every row after ``after`` for each call (a consumer's batch, a page).
                selects = [
                    select(*branch.c)
                    for branch in (
                        query.order_by(query.selected_columns.position.desc() if descending else query.selected_columns.position)
                        .limit(limit)
                        .subquery()
                        for query in selects
                    )
                ]
            merged = union_all(*selects)
            position = literal_column("position")
        merged = merged.order_by(position.desc() if descending else position)
        return merged if limit is None else merged.limit(limit)

    def read_raw(
        self,
        conn: Connection,
        after: int = 0,
        *,
        plain: bool = False,
        limit: int | None = None,
        **filters: Any,
    ) -> Iterator[Row[Any]]:
        """Stored rows as they are (ENVELOPE_COLUMNS), merged across tables in position
        order, streamed (the first ``limit`` of them); with ``plain``, as the driver's
        tuples (see :func:`dialect.driver_rows`). ``filters`` are :meth:`_merged`'s:
        ``up_to``, ``aggregate``, ``aggregate_id``, ``types`` and the times that bound
        ``recorded_at``, inclusive."""
        query = self._merged(after=after, limit=limit, **filters)
        if plain:
            yield from dialect.driver_rows(conn, query, STREAM_BATCH, bounded=limit is not None)
        else:
            yield from stream_rows(conn, query)

    def read_after(self, conn: Connection, after: int, **filters: Any) -> Iterator[Envelope]:
        """Events with position > ``after`` in position order, across event tables."""
        for row in self.read_raw(conn, after, **filters):
            yield raw_to_envelope(row)

    def read_last(self, conn: Connection, count: int, **filters: Any) -> list[Envelope]:
        """The last ``count`` events that ``filters`` (:meth:`_merged`'s: after a
        position, up to one, recorded from one time to another, …) keep, oldest first."""
        if count <= 0:
            return []
        query = self._merged(**filters, descending=True, limit=count)
        found = [raw_to_envelope(row) for row in conn.execute(query)]
        found.reverse()
        return found

    def check_chain(self, conn: Connection, progress: Progress = None) -> int:
        """Refuse a log whose hash chain is broken (see :func:`chain.check_chain`).
        Returns the event count."""
        return check_chain(conn, self.read_raw(conn), progress)

    def read_by_stream(self, conn: Connection) -> Iterator[Row[Any]]:
        """Every stored row (ENVELOPE_COLUMNS), aggregate by aggregate, each in (id, version) order."""
        for name in self.aggregates:
            table, id_column = self.tables[name]
            yield from stream_rows(conn, self._raw(name).order_by(table.c[id_column], table.c.version))

    def events_by_id(self, conn: Connection, event_ids: Collection[str]) -> dict[str, Row[Any]]:
        """The stored rows (ENVELOPE_COLUMNS) of those event ids that exist, in any table."""
        found: dict[str, Row[Any]] = {}
        if not event_ids:
            return found
        for name in self.aggregates:
            table, _ = self.tables[name]
            query = self._raw(name).where(table.c.event_id.in_(bindparam("event_ids", expanding=True)))
            for row in conn.execute(query, {"event_ids": list(event_ids)}):
                found[row.event_id] = row
        return found

    def read_position(self, conn: Connection, position: int) -> Envelope | None:
        """The event at one position, whatever its table, or None."""
        for row in conn.execute(self._merged(after=position - 1, up_to=position)):
            return raw_to_envelope(row)
        return None

    def batch_reader(
        self, *, aggregate: str | None = None, types: Sequence[str] | None = None, limit: int
    ) -> "BatchReader":
        """Reads of the first ``limit`` stored rows after one position up to another
        (a consumer's batches), the query built and compiled once for all of them."""
        query = self._merged(
            after=bindparam("after"), up_to=bindparam("up_to"), aggregate=aggregate, types=types, limit=limit,  # type: ignore[arg-type]
            types_expanding=False,
        )
        return BatchReader(query)

    def hashes_at(self, conn: Connection, positions: Collection[int]) -> dict[int, str]:
        """position -> stored hash, for those of these positions the log holds."""
        wanted = sorted(set(positions))
        found: dict[int, str] = {}
        for name in self.aggregates:
            table, _ = self.table(name)
            for start in range(0, len(wanted), 500):
                query = select(table.c.position, table.c.hash).where(table.c.position.in_(wanted[start : start + 500]))
                found.update((int(position), digest) for position, digest in conn.execute(query))
        return found

    def with_metadata(self, conn: Connection, key: str, values: Collection[str], limit: int) -> list[Envelope]:
        """Events whose ``metadata[key]`` is one of ``values`` (at most ``limit``), in
        position order: a scan of every event table (see :meth:`caused_by`)."""
        if not values:
            return []
        selects = []
        for name in self.aggregates:
            table, _ = self.tables[name]
            terms = [
                table.c.metadata.like(dialect.containing(canonical_json({key: value})[1:-1]), escape=dialect.LIKE_ESCAPE)
                for value in values
            ]
            selects.append(self._raw(name).where(or_(*terms)))
        merged = union_all(*selects) if len(selects) > 1 else selects[0]
        query = merged.order_by(literal_column("position")).limit(limit)
        return [raw_to_envelope(row) for row in conn.execute(query)]

    def caused_by(self, conn: Connection, event_id: str, limit: int) -> list[Envelope]:
        """Events whose ``metadata.causation_id`` is ``event_id``, in position order.

        Metadata is stored as canonical JSON text, so the key and its value appear in
        it exactly as ``"causation_id":"<id>"``: one LIKE on every backend, no JSON
        functions (whose spelling differs between SQLite and PostgreSQL).
        """
        pattern = dialect.containing(canonical_json({"causation_id": event_id})[1:-1])
        selects = []
        for name in self.aggregates:
            table, _ = self.tables[name]
            selects.append(self._raw(name).where(table.c.metadata.like(pattern, escape=dialect.LIKE_ESCAPE)))
        merged = union_all(*selects) if len(selects) > 1 else selects[0]
        query = merged.order_by(literal_column("position")).limit(limit)
        return [raw_to_envelope(row) for row in conn.execute(query)]


class BatchReader:
    """One bounded read, compiled on first use per dialect and run with new bounds."""

    def __init__(self, query: Any) -> None:
        self._query = query
        self._compiled: dict[str, Any] = {}

    def __call__(self, conn: Connection, after: int, up_to: int) -> list[tuple[Any, ...]]:
        """The stored rows (the driver's tuples, ENVELOPE_COLUMNS) after ``after`` up to ``up_to``."""
        compiled = self._compiled.get(conn.dialect.name)
        if compiled is None:
            compiled = self._compiled[conn.dialect.name] = self._query.compile(dialect=conn.dialect)
        return list(
            dialect.driver_rows(conn, compiled, STREAM_BATCH, bounded=True, values={"after": after, "up_to": up_to})
        )
