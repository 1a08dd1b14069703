"""Export: stored events as canonical JSON Lines, exactly as stored."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Row


# JSON string quoting with raw UTF-8, as json.dumps(ensure_ascii=False) quotes a str.
_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]


def export_line(row: Row[Any]) -> str:
    """One stored event (a :func:`log.read_raw` row) as a canonical JSON Lines line.

    Fields in envelope order (ENVELOPE_FIELDS). Payload and metadata are spliced in
    as stored: they are canonical JSON text already (sorted keys, no spaces, raw
    UTF-8), which verify checks.
    """
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
    return (
        f'{{"position":{position},"event_id":{_quote(event_id)},"aggregate":{_quote(aggregate)},'
        f'"aggregate_id":{_quote(aggregate_id)},"version":{version},"type":{_quote(event_type)},'
        f'"schema_version":{schema_version},"payload":{payload},"metadata":{metadata},'
        f'"recorded_at":{_quote(recorded_at)},"hash":{_quote(digest)}}}'
    )
