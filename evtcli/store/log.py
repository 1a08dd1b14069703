"""The event log: every event table of a model, appended and read as one log by position.

Positions are global across the tables, so reads that span tables (tail, follow,
export, verify's chain) are merged by position in the database (``UNION ALL …
ORDER BY position``, which both backends answer by merging the tables' primary key
scans); reads of one stream go to its own table.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable, Collection, Iterator, Mapping, Sequence

from sqlalchemy import (
    Connection,
    Row,
    Table,
    bindparam,
    func,
    literal,
    literal_column,
    select,
    union_all,
    update,
)

from evtcli.domain.events import ENVELOPE_FIELDS, GENESIS_HASH, HASH_PREFIX, Envelope, canonical_json, read_json
from evtcli.errors import IntegrityProblem, NotFound
from evtcli.store import dialect
from evtcli.store.bulk import insert_rows
from evtcli.store.schema import event_log_head

# Events between progress calls of the chain check (a call per event costs more than the hash).
CHAIN_PROGRESS_EVERY = 1000
# Rows fetched per round trip when streaming the whole log; bounds memory on servers
# whose drivers would otherwise buffer a result set in full.
STREAM_BATCH = 1000

# A raw row (read_raw) has the envelope's fields, aggregate first; payload and
# metadata are the stored canonical JSON text.
RAW_COLUMNS = ("aggregate", *(name for name in ENVELOPE_FIELDS if name != "aggregate"))


def head(conn: Connection) -> tuple[int, str]:
    """The last position and its hash (0 and "" on an empty log)."""
    row = conn.execute(select(event_log_head.c.position, event_log_head.c.hash)).one()
    return int(row.position), row.hash


def stream_rows(conn: Connection, query: Any, parameters: Mapping[str, Any] | None = None) -> Iterator[Row[Any]]:
    """The rows of a query, fetched STREAM_BATCH at a time (whole partitions, not row by row)."""
    result = conn.execute(query.execution_options(yield_per=STREAM_BATCH), parameters or {})
    for partition in result.partitions():
        yield from partition


class EventLog:
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

    def table(self, aggregate: str) -> tuple[Table, str]:
        try:
            return self.tables[aggregate]
        except KeyError:
            raise NotFound(
                f"unknown aggregate {aggregate!r}", f"known aggregates: {', '.join(self.aggregates)}"
            ) from None

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

    def type_counts(self, conn: Connection, aggregate: str) -> dict[str, int]:
        """Events of each stored type in the aggregate's table (types it holds none of are absent)."""
        table, _ = self.table(aggregate)
        return {row.type: int(row.n) for row in conn.execute(select(table.c.type, func.count().label("n")).group_by(table.c.type))}

    def event_count(self, conn: Connection) -> int:
        return sum(
            int(conn.execute(select(func.count()).select_from(table)).scalar() or 0) for table, _ in self.tables.values()
        )

    # -- the whole log, merged by position ----------------------------------------------

    def _raw_select(self, aggregate: str) -> Any:
        table, id_column = self.tables[aggregate]
        return select(
            literal(aggregate).label("aggregate"),
            table.c.position,
            table.c.event_id,
            table.c[id_column].label("aggregate_id"),
            table.c.version,
            table.c.type,
            table.c.schema_version,
            table.c.payload,
            table.c.metadata,
            table.c.recorded_at,
            table.c.hash,
        )

    def _merged(
        self,
        *,
        after: int = 0,
        up_to: int | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        types: Sequence[str] | None = None,
        recorded_until: str | None = None,
        descending: bool = False,
        limit: int | None = None,
    ) -> Any:
        selects = []
        for name in [aggregate] if aggregate else self.aggregates:
            table, id_column = self.table(name)
            query = self._raw(name)
            if after:
                query = query.where(table.c.position > after)
            if up_to is not None:
                # Bound the read by the head seen first: under READ COMMITTED a later
                # statement could otherwise see events the next read meets again.
                query = query.where(table.c.position <= up_to)
            if aggregate_id is not None:
                query = query.where(table.c[id_column] == aggregate_id)
            if types:
                query = query.where(table.c.type.in_(list(types)))
            if recorded_until is not None:
                query = query.where(table.c.recorded_at <= recorded_until)
            selects.append(query)
        if len(selects) == 1:
            merged = selects[0]
            table, _ = self.table(aggregate or self.aggregates[0])
            position = table.c.position
        else:
            merged = union_all(*selects)
            position = literal_column("position")
        merged = merged.order_by(position.desc() if descending else position)
        return merged if limit is None else merged.limit(limit)

    def read_raw(
        self,
        conn: Connection,
        after: int = 0,
        *,
        up_to: int | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        types: Sequence[str] | None = None,
        plain: bool = False,
    ) -> Iterator[Row[Any]]:
        """Stored rows as they are (RAW_COLUMNS), merged across tables in position order,
        streamed; with ``plain``, as the driver's tuples (see :func:`dialect.driver_rows`)."""
        query = self._merged(after=after, up_to=up_to, aggregate=aggregate, aggregate_id=aggregate_id, types=types)
        if plain:
            yield from dialect.driver_rows(conn, query, STREAM_BATCH)
        else:
            yield from stream_rows(conn, query)

    def read_after(self, conn: Connection, after: int, **filters: Any) -> Iterator[Envelope]:
        """Events with position > ``after`` in position order, across event tables."""
        for row in self.read_raw(conn, after, **filters):
            yield raw_to_envelope(row)

    def read_last(
        self,
        conn: Connection,
        count: int,
        *,
        after: int = 0,
        up_to: int | None = None,
        aggregate: str | None = None,
        types: Sequence[str] | None = None,
        aggregate_id: str | None = None,
        recorded_until: str | None = None,
    ) -> list[Envelope]:
        """The last ``count`` matching events after position ``after`` and at or below
        ``up_to`` (and recorded at or before ``recorded_until``), oldest first."""
        if count <= 0:
            return []
        query = self._merged(
            after=after,
            up_to=up_to,
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            types=types,
            recorded_until=recorded_until,
            descending=True,
            limit=count,
        )
        found = [raw_to_envelope(row) for row in conn.execute(query)]
        found.reverse()
        return found

    def check_chain(self, conn: Connection, progress: Callable[[int], None] | None = None) -> int:
        """Refuse a log whose hash chain is broken: positions 1, 2, 3 … each hashed over
        its stored text from the hash before it, up to the head row. Returns the event count.

        Only the links are checked (no JSON is parsed): what replay needs before it
        trusts the log. ``evtcli verify`` does the full check and names every problem.
        """
        expected, previous_hash = 1, GENESIS_HASH
        link = chain_hash_of_row
        for row in self.read_raw(conn):
            position, digest = row[1], row[-1]
            if position != expected:
                _broken(f"position {expected} is missing" if position > expected else f"position {position} appears twice")
            if digest != link(previous_hash, row):
                _broken(f"event {row.event_id} at position {position} is not what was recorded")
            previous_hash, expected = digest, expected + 1
            if progress is not None and expected % CHAIN_PROGRESS_EVERY == 0:
                progress(CHAIN_PROGRESS_EVERY)
        if progress is not None:
            progress((expected - 1) % CHAIN_PROGRESS_EVERY)
        if head(conn) != (expected - 1, previous_hash):
            _broken(f"the head row does not name the last event (position {expected - 1})")
        return expected - 1

    def read_by_stream(self, conn: Connection) -> Iterator[Row[Any]]:
        """Every stored row (RAW_COLUMNS), aggregate by aggregate, each in (id, version) order."""
        for name in self.aggregates:
            table, id_column = self.tables[name]
            yield from stream_rows(conn, self._raw(name).order_by(table.c[id_column], table.c.version))

    def events_by_id(self, conn: Connection, event_ids: Collection[str]) -> dict[str, Row[Any]]:
        """The stored rows (RAW_COLUMNS) of those event ids that exist, in any table."""
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
            payload = canonical_json(draft.payload)
            metadata = canonical_json(draft.metadata)
            previous_hash = chain_hash_from_text(
                previous_hash,
                position=position,
                event_id=draft.event_id,
                aggregate=draft.aggregate,
                aggregate_id=draft.aggregate_id,
                version=draft.version,
                event_type=draft.type,
                schema_version=draft.schema_version,
                payload=payload,
                metadata=metadata,
                recorded_at=draft.recorded_at,
            )
            hashes.append(previous_hash)
            rows = by_aggregate.get(draft.aggregate)
            if rows is None:
                self.table(draft.aggregate)  # an unknown aggregate is refused here
                rows = by_aggregate[draft.aggregate] = []
            rows.append(
                (
                    position,
                    draft.event_id,
                    draft.aggregate_id,
                    draft.version,
                    draft.type,
                    draft.schema_version,
                    payload,
                    metadata,
                    draft.recorded_at,
                    previous_hash,
                )
            )
        for aggregate, rows in by_aggregate.items():
            table, id_column = self.tables[aggregate]
            insert_rows(conn, table, _event_columns(id_column), rows)
        conn.execute(update(event_log_head).values(position=position, hash=previous_hash))
        return first, hashes


def _broken(what: str) -> None:
    raise IntegrityProblem(
        f"the event log's hash chain is broken: {what}",
        "run 'evtcli verify' to see every problem, and restore the database from a backup or an export",
    )


def _event_columns(id_column: str) -> tuple[str, ...]:
    """An event table's columns in envelope order: the table is the aggregate, and its
    id column holds ``aggregate_id``."""
    return tuple(id_column if name == "aggregate_id" else name for name in ENVELOPE_FIELDS if name != "aggregate")


# JSON string quoting with raw UTF-8, as json.dumps(ensure_ascii=False) quotes a str
# (the C function itself: this runs several times per event on import and verify).
_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]


def chain_hash_from_text(
    previous_hash: str,
    *,
    position: int,
    event_id: str,
    aggregate: str,
    aggregate_id: str,
    version: int,
    event_type: str,
    schema_version: int,
    payload: str,
    metadata: str,
    recorded_at: str,
) -> str:
    """``chain_hash(previous_hash, envelope.body())`` for an event whose payload and
    metadata are canonical JSON text already (as stored).

    The body's canonical JSON is spliced together, keys in sorted order, instead of
    serialising the payload once more: import and verify hash every event, and this
    is several times faster. Tests hold it equal to :func:`chain_hash`.
    """
    body = (
        f'{{"aggregate":{_quote(aggregate)},"aggregate_id":{_quote(aggregate_id)},'
        f'"event_id":{_quote(event_id)},"metadata":{metadata},"payload":{payload},'
        f'"position":{position},"recorded_at":{_quote(recorded_at)},'
        f'"schema_version":{schema_version},"type":{_quote(event_type)},"version":{version}}}'
    )
    digest = hashlib.sha256(previous_hash.encode("utf-8") + b"\n" + body.encode("utf-8"))
    return HASH_PREFIX + digest.hexdigest()


def chain_hash_of_row(previous_hash: str, row: Sequence[Any]) -> str:
    """:func:`chain_hash_from_text` for a stored row as read (RAW_COLUMNS; the row's own
    hash, last, is what the result is compared with)."""
    aggregate, position, event_id, aggregate_id, version, event_type, schema_version, payload, metadata, recorded_at, _ = row
    return chain_hash_from_text(
        previous_hash,
        position=position,
        event_id=event_id,
        aggregate=aggregate,
        aggregate_id=aggregate_id,
        version=version,
        event_type=event_type,
        schema_version=schema_version,
        payload=payload,
        metadata=metadata,
        recorded_at=recorded_at,
    )


def raw_to_envelope(row: Row[Any]) -> Envelope:
    """An :class:`Envelope` from a raw row (parses payload and metadata)."""
    return Envelope(
        position=row.position,
        event_id=row.event_id,
        aggregate=row.aggregate,
        aggregate_id=row.aggregate_id,
        version=row.version,
        type=row.type,
        schema_version=row.schema_version,
        payload=read_json(row.payload),
        metadata=read_json(row.metadata),
        recorded_at=row.recorded_at,
        hash=row.hash,
    )
