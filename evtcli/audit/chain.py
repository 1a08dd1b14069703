"""The log in position order: positions 1, 2, 3 … without gaps, payload and metadata
stored as canonical JSON objects, each event's hash chained from the one before it,
and the head row naming the last event.

Checking each link against the *stored* hash of the event before it means a changed
event is reported once, at its own position, not at every later one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from evtcli.audit.progress import Batched, Progress
from evtcli.audit.report import Findings, Problem, Unclean
from evtcli.domain.events import GENESIS_HASH, canonical_json, is_canonical, read_json
from evtcli.store.chain import chain_hash_of_row, head
from evtcli.store.log import EventLog

# Stored texts are read by orjson where it reads them exactly as json does.
_parse = read_json
# Metadata texts repeat (same actor and command); those seen canonical are not parsed
# again. Bounded, so a log of all-different metadata costs no memory.
CANONICAL_CACHE = 1024


def clean_chain(conn: Connection, log: EventLog, report: Batched) -> tuple[int, str]:
    """The quick pass: positions 1, 2, 3 …, canonical metadata and every link of the
    chain, over the stored text: (the number of events, the last hash); Unclean at
    the first doubt."""
    link, parse, canonical = chain_hash_of_row, _parse, is_canonical
    every = report.every
    canonical_texts: set[str] = set()
    expected, previous = 1, GENESIS_HASH
    for row in log.read_raw(conn, plain=True):
        position, metadata, digest = row[1], row[8], row[10]
        if position != expected:
            raise Unclean
        if metadata not in canonical_texts:
            value = parse(metadata)
            if type(value) is not dict or not canonical(value, metadata):
                raise Unclean
            if len(canonical_texts) >= CANONICAL_CACHE:
                canonical_texts.clear()
            canonical_texts.add(metadata)
        if digest != link(previous, row):
            raise Unclean
        if position % every == 0:
            report(every)
        previous, expected = digest, expected + 1
    report((expected - 1) % every)
    return expected - 1, previous


def check_chain(conn: Connection, log: EventLog, findings: Findings, progress: Progress) -> None:
    """The full pass: every event in position order, each problem added to ``findings``."""
    expected, previous_hash = 1, GENESIS_HASH
    report = Batched(progress)
    canonical_texts: set[str] = set()
    for row in log.read_raw(conn):
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


def _check_event(row: Row[Any], previous_hash: str | None, findings: Findings, canonical_texts: set[str]) -> None:
    (
        aggregate,
        position,
        event_id,
        aggregate_id,
        version,
        _event_type,
        _schema_version,
        payload,
        metadata,
        _recorded_at,
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

