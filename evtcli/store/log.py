"""The event log: append with optimistic concurrency, read streams and the global order."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Collection, Iterator, Sequence

from sqlalchemy import Connection, Row, and_, bindparam, func, literal, select, update

from evtcli.domain.events import ENVELOPE_FIELDS, HASH_PREFIX, Envelope, PendingEvent, canonical_json, chain_hash
from evtcli.errors import ConcurrencyConflict, NotFound
from evtcli.store.bulk import insert_rows
from evtcli.store.schema import EVENT_TABLES, event_log_head

AGGREGATES = tuple(EVENT_TABLES)


def _table(aggregate: str):  # type: ignore[no-untyped-def]
    try:
        return EVENT_TABLES[aggregate]
    except KeyError:
        raise NotFound(
            f"unknown aggregate {aggregate!r}", f"known aggregates: {', '.join(AGGREGATES)}"
        ) from None


def row_to_envelope(aggregate: str, row: Row[Any]) -> Envelope:
    _, id_column = EVENT_TABLES[aggregate]
    mapping = row._mapping
    return Envelope(
        position=mapping["position"],
        event_id=mapping["event_id"],
        aggregate=aggregate,
        aggregate_id=mapping[id_column],
        version=mapping["version"],
        type=mapping["type"],
        schema_version=mapping["schema_version"],
        payload=json.loads(mapping["payload"]),
        metadata=json.loads(mapping["metadata"]),
        recorded_at=mapping["recorded_at"],
        hash=mapping["hash"],
    )


def head(conn: Connection) -> tuple[int, str]:
    """The last position and its hash (0 and "" on an empty log)."""
    row = conn.execute(select(event_log_head.c.position, event_log_head.c.hash)).one()
    return int(row.position), row.hash


def stream_version(conn: Connection, aggregate: str, aggregate_id: str) -> int:
    """The version of the last event in a stream, 0 if the stream is empty."""
    table, id_column = _table(aggregate)
    value = conn.execute(
        select(func.max(table.c.version)).where(table.c[id_column] == aggregate_id)
    ).scalar()
    return int(value or 0)


def append(
    conn: Connection,
    aggregate: str,
    aggregate_id: str,
    expected_version: int,
    events: Sequence[PendingEvent],
) -> list[Envelope]:
    """Append events to one stream, which must be at ``expected_version``.

    Must run inside a write transaction (see dialect.begin_write). Versions,
    positions and hashes are assigned here; the stream's unique (id, version)
    constraint is the last line of defence against a lost race.
    """
    table, id_column = _table(aggregate)
    current = stream_version(conn, aggregate, aggregate_id)
    if current != expected_version:
        raise ConcurrencyConflict(
            f"{aggregate} {aggregate_id} is at version {current}, not {expected_version}",
            "read it again and retry",
        )
    position, previous_hash = head(conn)
    envelopes: list[Envelope] = []
    for offset, pending in enumerate(events, start=1):
        draft = Envelope(
            position=position + offset,
            event_id=pending.event_id,
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            version=expected_version + offset,
            type=pending.type,
            schema_version=pending.schema_version,
            payload=dict(pending.payload),
            metadata=dict(pending.metadata),
            recorded_at=pending.recorded_at,
            hash="",
        )
        previous_hash = chain_hash(previous_hash, draft.body())
        envelopes.append(_with_hash(draft, previous_hash))
    insert_envelopes(conn, envelopes)
    return envelopes


def _with_hash(envelope: Envelope, value: str) -> Envelope:
    from dataclasses import replace

    return replace(envelope, hash=value)


def insert_envelopes(conn: Connection, envelopes: Sequence[Envelope]) -> None:
    """Insert fully formed envelopes (positions and hashes assigned) and move the head."""
    if not envelopes:
        return
    by_aggregate: dict[str, list[dict[str, Any]]] = {}
    for envelope in envelopes:
        _, id_column = _table(envelope.aggregate)
        by_aggregate.setdefault(envelope.aggregate, []).append(
            {
                "position": envelope.position,
                "event_id": envelope.event_id,
                id_column: envelope.aggregate_id,
                "version": envelope.version,
                "type": envelope.type,
                "schema_version": envelope.schema_version,
                "payload": canonical_json(envelope.payload),
                "metadata": canonical_json(envelope.metadata),
                "recorded_at": envelope.recorded_at,
                "hash": envelope.hash,
            }
        )
    for aggregate, rows in by_aggregate.items():
        table, _ = _table(aggregate)
        conn.execute(table.insert(), rows)
    last = envelopes[-1]
    conn.execute(update(event_log_head).values(position=last.position, hash=last.hash))


def read_stream(
    conn: Connection,
    aggregate: str,
    aggregate_id: str,
    *,
    up_to_version: int | None = None,
    recorded_until: str | None = None,
) -> Iterator[Envelope]:
    """One stream's events in version order, optionally cut at a version or a time."""
    table, id_column = _table(aggregate)
    query = select(table).where(table.c[id_column] == aggregate_id).order_by(table.c.version)
    if up_to_version is not None:
        query = query.where(table.c.version <= up_to_version)
    if recorded_until is not None:
        query = query.where(table.c.recorded_at <= recorded_until)
    for row in conn.execute(query):
        yield row_to_envelope(aggregate, row)


def _filtered(aggregate: str, types: Sequence[str] | None, aggregate_id: str | None):  # type: ignore[no-untyped-def]
    table, id_column = _table(aggregate)
    conditions = []
    if types:
        conditions.append(table.c.type.in_(list(types)))
    if aggregate_id is not None:
        conditions.append(table.c[id_column] == aggregate_id)
    return table, and_(True, *conditions)


def read_after(
    conn: Connection,
    after: int,
    *,
    up_to: int | None = None,
    limit: int | None = None,
    aggregate: str | None = None,
    types: Sequence[str] | None = None,
    aggregate_id: str | None = None,
) -> Iterator[Envelope]:
    """Events with position > ``after`` in position order, across event tables."""
    for name in [aggregate] if aggregate else list(AGGREGATES):
        # With one event table today this is a plain scan; more tables will need a
        # merge by position here.
        table, condition = _filtered(name, types, aggregate_id)
        query = (
            select(table).where(condition, table.c.position > after).order_by(table.c.position)
        )
        if up_to is not None:
            # Bound the read by the head seen in the same poll: under READ COMMITTED a
            # later statement could otherwise see events the next poll reads again.
            query = query.where(table.c.position <= up_to)
        if limit is not None:
            query = query.limit(limit)
        for row in conn.execute(query):
            yield row_to_envelope(name, row)


def read_last(
    conn: Connection,
    count: int,
    *,
    up_to: int | None = None,
    aggregate: str | None = None,
    types: Sequence[str] | None = None,
    aggregate_id: str | None = None,
) -> list[Envelope]:
    """The last ``count`` matching events at or below position ``up_to``, oldest first."""
    found: list[Envelope] = []
    for name in [aggregate] if aggregate else list(AGGREGATES):
        table, condition = _filtered(name, types, aggregate_id)
        query = select(table).where(condition).order_by(table.c.position.desc()).limit(count)
        if up_to is not None:
            query = query.where(table.c.position <= up_to)
        found.extend(row_to_envelope(name, row) for row in conn.execute(query))
    found.sort(key=lambda envelope: envelope.position)
    return found[-count:] if count else []


def aggregate_ids_with_prefix(conn: Connection, aggregate: str, prefix: str, limit: int) -> list[str]:
    """Distinct aggregate ids in the log that start with ``prefix`` (a range scan on the index)."""
    table, id_column = _table(aggregate)
    column = table.c[id_column]
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    query = (
        select(column)
        .where(column >= prefix, column < upper)
        .group_by(column)
        .order_by(column)
        .limit(limit)
    )
    return list(conn.execute(query).scalars())


# -- batch append and raw reads (import, export, verify) ------------------------------

# Rows fetched per round trip when streaming the whole log; bounds memory on servers
# whose drivers would otherwise buffer a result set in full.
STREAM_BATCH = 1000


def append_batch(conn: Connection, drafts: Sequence[Envelope]) -> tuple[int, str]:
    """Append checked events, from any streams, after the head and in the given order.

    The drafts' ``position`` and ``hash`` are ignored: positions and chain hashes are
    assigned here from the head row, which moves in the same transaction. The caller
    has checked versions and rules; the unique constraints still guard versions.
    Returns the new head (position, hash).
    """
    position, previous_hash = head(conn)
    if not drafts:
        return position, previous_hash
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
        rows = by_aggregate.get(draft.aggregate)
        if rows is None:
            _table(draft.aggregate)  # an unknown aggregate is refused here
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
        table, id_column = _table(aggregate)
        insert_rows(conn, table, _event_columns(id_column), rows)
    conn.execute(update(event_log_head).values(position=position, hash=previous_hash))
    return position, previous_hash


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


def _raw_query(aggregate: str):  # type: ignore[no-untyped-def]
    """SELECT of an event table's rows as stored, with uniform column names."""
    table, id_column = _table(aggregate)
    query = select(
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
    return table, table.c[id_column], query


def read_raw(
    conn: Connection,
    after: int = 0,
    *,
    up_to: int | None = None,
    aggregate: str | None = None,
    aggregate_id: str | None = None,
    by_stream: bool = False,
) -> Iterator[Row[Any]]:
    """Stored rows as they are, streamed: payload and metadata stay canonical JSON text.

    Columns: ``aggregate``, ``position``, ``event_id``, ``aggregate_id``, ``version``,
    ``type``, ``schema_version``, ``payload``, ``metadata``, ``recorded_at``, ``hash``.
    Rows come in position order, or with ``by_stream`` by (aggregate_id, version).
    """
    for name in [aggregate] if aggregate else list(AGGREGATES):
        # One event table today; more tables will need a merge by position here.
        table, id_column, query = _raw_query(name)
        query = query.where(table.c.position > after)
        if up_to is not None:
            query = query.where(table.c.position <= up_to)
        if aggregate_id is not None:
            query = query.where(id_column == aggregate_id)
        if by_stream:
            query = query.order_by(id_column, table.c.version)
        else:
            query = query.order_by(table.c.position)
        yield from stream_rows(conn, query)


def stream_rows(conn: Connection, query: Any) -> Iterator[Row[Any]]:
    """The rows of a query, fetched STREAM_BATCH at a time (whole partitions, not row by row)."""
    result = conn.execute(query.execution_options(yield_per=STREAM_BATCH))
    for partition in result.partitions():
        yield from partition


def events_by_id(conn: Connection, event_ids: Collection[str]) -> dict[str, Row[Any]]:
    """The stored rows (as :func:`read_raw` gives them) of those event ids that exist."""
    found: dict[str, Row[Any]] = {}
    if not event_ids:
        return found
    for name in AGGREGATES:
        table, _, query = _raw_query(name)
        # An expanding parameter: the statement is built and cached once, not per value.
        query = query.where(table.c.event_id.in_(bindparam("event_ids", expanding=True)))
        for row in conn.execute(query, {"event_ids": list(event_ids)}):
            found[row.event_id] = row
    return found


def stream_versions(conn: Connection, aggregate: str, aggregate_ids: Collection[str]) -> dict[str, int]:
    """The last version of each of those streams that has events, in one query."""
    if not aggregate_ids:
        return {}
    table, id_column = _table(aggregate)
    query = (
        select(table.c[id_column], func.max(table.c.version))
        .where(table.c[id_column].in_(bindparam("aggregate_ids", expanding=True)))
        .group_by(table.c[id_column])
    )
    rows = conn.execute(query, {"aggregate_ids": list(aggregate_ids)})
    return {aggregate_id: int(version) for aggregate_id, version in rows}


def stream_count(conn: Connection, aggregate: str) -> int:
    """How many streams (aggregate ids) of this aggregate type have events."""
    table, id_column = _table(aggregate)
    query = select(func.count(func.distinct(table.c[id_column])))
    return int(conn.execute(query).scalar() or 0)


def raw_to_envelope(row: Row[Any]) -> Envelope:
    """An :class:`Envelope` from a :func:`read_raw` row (parses payload and metadata)."""
    return Envelope(
        position=row.position,
        event_id=row.event_id,
        aggregate=row.aggregate,
        aggregate_id=row.aggregate_id,
        version=row.version,
        type=row.type,
        schema_version=row.schema_version,
        payload=json.loads(row.payload),
        metadata=json.loads(row.metadata),
        recorded_at=row.recorded_at,
        hash=row.hash,
    )
