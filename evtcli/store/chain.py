"""The hash chain: events as stored (ENVELOPE_COLUMNS), each hashed over its stored
text from the hash before it, and the check that the links hold up to the head row.

Every event's hash covers the one before it, so changing, removing or reordering a
stored event breaks every link after it. ``event_log_head`` holds the last position
and its hash: appends move it in their transaction, and the check ends there.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, select

from evtcli.domain.events import ENVELOPE_FIELDS, GENESIS_HASH, HASH_PREFIX, Envelope
from evtcli.errors import IntegrityProblem
from evtcli.progress import Progress
from evtcli.store.schema import event_log_head

# A stored event as the log reads it (every read of whole rows, the hash chain, export,
# verify): the envelope's fields in their order, but aggregate first (it names the
# table the row is in); payload and metadata as their stored canonical JSON text.
ENVELOPE_COLUMNS = ("aggregate", *(name for name in ENVELOPE_FIELDS if name != "aggregate"))
# Where a stored row (a driver tuple too) holds its position and its hash.
POSITION, HASH = ENVELOPE_COLUMNS.index("position"), ENVELOPE_COLUMNS.index("hash")

# Events between progress calls of the chain check (a call per event costs more than the hash).
CHAIN_PROGRESS_EVERY = 1000


def table_columns(id_column: str) -> tuple[str, ...]:
    """An event table's columns in ENVELOPE_COLUMNS order: the table is the aggregate,
    and its id column holds ``aggregate_id``."""
    return tuple(id_column if name == "aggregate_id" else name for name in ENVELOPE_COLUMNS[1:])


def envelope_row(draft: Envelope, position: int, payload: str, metadata: str, digest: str) -> tuple[Any, ...]:
    """A draft as a stored row (ENVELOPE_COLUMNS), at ``position``, with its payload and
    metadata as canonical JSON text and ``digest`` as its hash."""
    return (
        draft.aggregate,
        position,
        draft.event_id,
        draft.aggregate_id,
        draft.version,
        draft.type,
        draft.schema_version,
        payload,
        metadata,
        draft.recorded_at,
        digest,
    )


def head(conn: Connection) -> tuple[int, str]:
    """The last position and its hash (0 and "" on an empty log)."""
    row = conn.execute(select(event_log_head.c.position, event_log_head.c.hash)).one()
    return int(row.position), row.hash


# -- hashing ------------------------------------------------------------------------------

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
    """:func:`chain_hash_from_text` for a stored row (ENVELOPE_COLUMNS; the row's own
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


# -- checking -----------------------------------------------------------------------------


def check_chain(conn: Connection, rows: Iterable[Row[Any]], progress: Progress = None) -> int:
    """Refuse a log whose hash chain is broken: ``rows`` (every stored row, in position
    order) are positions 1, 2, 3 … each hashed over its stored text from the hash before
    it, up to the head row. Returns the event count.

    Only the links are checked (no JSON is parsed): what replay needs before it
    trusts the log. ``evtcli verify`` does the full check and names every problem.
    """
    expected, previous_hash = 1, GENESIS_HASH
    link = chain_hash_of_row
    for row in rows:
        position, digest = row[POSITION], row[HASH]
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


def _broken(what: str) -> None:
    raise IntegrityProblem(
        f"the event log's hash chain is broken: {what}",
        "run 'evtcli verify' to see every problem, and restore the database from a backup or an export",
    )
