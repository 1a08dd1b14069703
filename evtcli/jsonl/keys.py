"""Keys files (§9): the keys that open sealed events, travelling only on purpose.

One JSON object per line, ``{"aggregate": "user", "aggregate_id": …, "key": <base64>}``,
written by ``events export --keys FILE`` (mode 0600) and read by ``events import
--keys FILE``. A line never names a key in an error message.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, BinaryIO, Iterable, Iterator

from evtcli.domain.registry import Model
from evtcli.domain.validation import validate_id
from evtcli.errors import ValidationError
from evtcli.store.keys import KEY_BYTES

Keys = dict[str, dict[str, bytes]]  # aggregate -> stream id -> key


def key_lines(keys: Iterable[tuple[str, str, bytes]]) -> Iterator[str]:
    """Canonical lines (without newlines) of (aggregate, stream id, key) triples."""
    for aggregate, aggregate_id, key in keys:
        yield json.dumps(
            {"aggregate": aggregate, "aggregate_id": aggregate_id, "key": base64.b64encode(key).decode("ascii")},
            separators=(",", ":"),
        )


def read_keys(stream: BinaryIO, model: Model) -> Keys:
    """The keys of a keys file; ValidationError naming the first bad line (never a key)."""
    keys: Keys = {}
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            aggregate, aggregate_id, key = _parse(raw, model)
        except ValidationError as exc:
            raise ValidationError(f"keys file line {number}: {exc.message}", "give the keys file 'evtcli events export --keys' wrote") from None
        known = keys.setdefault(aggregate, {})
        if known.get(aggregate_id, key) != key:
            raise ValidationError(
                f"keys file line {number}: a second, different key for {aggregate} {aggregate_id}",
                "give the keys file 'evtcli events export --keys' wrote",
            )
        known[aggregate_id] = key
    return keys


def _parse(raw: bytes, model: Model) -> tuple[str, str, bytes]:
    try:
        data: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ValidationError("not a JSON object") from None
    if not isinstance(data, dict) or set(data) != {"aggregate", "aggregate_id", "key"}:
        raise ValidationError("a line has exactly the fields aggregate, aggregate_id and key")
    aggregate = data["aggregate"]
    if aggregate not in model.aggregates or not model.aggregates[aggregate].sealed:
        raise ValidationError(f"no keys are kept for aggregate {aggregate!r}")
    aggregate_id = data["aggregate_id"]
    if not isinstance(aggregate_id, str):
        raise ValidationError("aggregate_id must be a string")
    validate_id(aggregate_id)
    try:
        key = base64.b64decode(data["key"], validate=True) if isinstance(data["key"], str) else b""
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise ValidationError(f"the key of {aggregate} {aggregate_id} is not {KEY_BYTES} bytes in base64")
    return aggregate, aggregate_id, key
