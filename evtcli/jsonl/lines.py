"""One line of JSON Lines, checked on its own: JSON, envelope fields, types, ids, time.

Every line is parsed alone, so an error names its line; the rules that need the
store (versions, the fold, uniqueness) are the write path's.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from evtcli.domain.declared import MODEL
from evtcli.domain.events import (
    ENVELOPE_FIELDS,
    UNSURE,
    Envelope,
    derive_event_id,
    fast_loads,
    format_timestamp,
    parse_timestamp,
)
from evtcli.domain.registry import Model
from evtcli.errors import UnknownName, ValidationError

REQUIRED_FIELDS = ("aggregate", "aggregate_id", "version", "type", "payload", "recorded_at")
KNOWN_FIELDS = frozenset(ENVELOPE_FIELDS)
_REQUIRED = frozenset(REQUIRED_FIELDS)
RETRY_HINT = "fix that line and import again (nothing was imported)"


# How far past this machine's clock an imported event may be recorded. Clocks
# disagree a little; but a stream's times never go back, so one event dated years
# ahead would become the time of every later write to its stream.
FUTURE_LIMIT = timedelta(hours=24)


def latest_time(now: datetime | None = None) -> str:
    """The latest ``recorded_at`` an import started at ``now`` (default: this machine's
    clock) accepts, as stored text (which sorts as the times do)."""
    return format_timestamp((now or datetime.now(timezone.utc)) + FUTURE_LIMIT)


def parse_line(
    raw: bytes, default_metadata: Mapping[str, Any], model: Model = MODEL, latest: str | None = None
) -> Envelope:
    """One line as a draft envelope (position 0, no hash), checked on its own.

    Checks what a line can show alone: JSON, fields, types, ids, the timestamp (not
    after ``latest``, from :func:`latest_time`, when given), that the aggregate and
    event type are declared. The rules that need the store (versions, the fold,
    uniqueness) come later, in the write path.
    """
    data = fast_loads(raw)
    if data is UNSURE:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                f"byte {exc.start + 1} is not valid UTF-8", "save the file as UTF-8"
            ) from None
        data = _loads(text)
    if not isinstance(data, dict):
        raise ValidationError(
            f"expected a JSON object, found {_kind(data)}", "write one event object per line"
        )
    if not KNOWN_FIELDS.issuperset(data):
        unknown = sorted(data.keys() - KNOWN_FIELDS)
        raise ValidationError(
            f"unknown field {unknown[0]!r}", f"an event has only the fields {', '.join(ENVELOPE_FIELDS)}"
        )
    if not data.keys() >= _REQUIRED:
        missing = [name for name in REQUIRED_FIELDS if name not in data]
        raise ValidationError(
            f"missing field{'s' if len(missing) > 1 else ''} {', '.join(repr(name) for name in missing)}",
            f"every event needs {', '.join(REQUIRED_FIELDS)}",
        )
    aggregate = _text(data, "aggregate")
    event_type = _text(data, "type")
    try:
        declared = model.aggregate(aggregate)
        declared.event_type(event_type)
    except UnknownName as unknown:  # a bad line of a file, not a bad option: refused as the line
        raise ValidationError(unknown.message, unknown.hint) from None
    aggregate_id = _uuid(data, "aggregate_id")
    version = _positive(data, "version")
    metadata = _object(data, "metadata") if "metadata" in data else dict(default_metadata)
    if "password" in metadata:
        raise ValidationError(
            "metadata has a plaintext 'password' field", "never store a password, not even in metadata"
        )
    return Envelope(
        position=0,
        event_id=_uuid(data, "event_id")
        if "event_id" in data
        else derive_event_id(aggregate, aggregate_id, version),
        aggregate=aggregate,
        aggregate_id=aggregate_id,
        version=version,
        type=event_type,
        schema_version=_positive(data, "schema_version") if "schema_version" in data else 1,
        payload=_object(data, "payload"),
        metadata=metadata,
        recorded_at=_timestamp(data["recorded_at"], latest),
        hash="",
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# NaN and Infinity are not JSON and would not survive canonical_json. One decoder
# for all lines: json.loads with options builds a new one per call.
_decoder = json.JSONDecoder(parse_constant=_refuse_constant)


def _loads(text: str) -> Any:
    # The line's end is not part of its JSON: without it, a string left open ends
    # with the line instead of at a control character (the newline).
    text = text.rstrip("\r\n")
    try:
        value = _decoder.decode(text)
    except (ValueError, RecursionError) as exc:
        raise _json_error(exc, text) from None
    if "\\u" in text:
        # A lone surrogate escape such as \ud800 parses, but is not Unicode: it could
        # be neither hashed nor stored as UTF-8. Escapes are rare, so the check is too.
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError(
                "a string holds a lone UTF-16 surrogate escape (\\ud800-\\udfff)",
                "escape characters beyond U+FFFF as a surrogate pair, or write them as UTF-8",
            ) from None
    return value


def _json_error(exc: Exception, text: str) -> ValidationError:
    hint = "write one JSON object per line"
    if isinstance(exc, json.JSONDecodeError):
        return ValidationError(f"not valid JSON: {_what_is_wrong(exc.msg, exc.pos, text)}", hint)
    if isinstance(exc, RecursionError):
        return ValidationError("the JSON is nested too deeply", hint)
    return ValidationError(f"not valid JSON: {exc}", hint)  # NaN or Infinity


# The standard library's messages (json.decoder and its C scanner), by how they
# start, as evtcli says them: `{"not json` is a string the line ends inside, not an
# "Invalid control character". Each may take the column, the punctuation found
# there and the code point of a character.
_JSON_PROBLEMS = {
    "Expecting value": "expected a value (an object, array, string, number, true, false or null) at column {column}{found}",
    "Expecting property name": "expected a field name in double quotes at column {column}{found}",
    "Expecting ':'": "expected ':' after the field name at column {column}{found}",
    "Expecting ','": "expected ',' or the closing bracket at column {column}{found}",
    "Illegal trailing comma": "a comma before the closing bracket at column {column}",
    "Extra data": "more text after the JSON value, at column {column}{found}",
    "Invalid control character": "a string holds an unescaped control character ({char}) at column {column}",
    "Invalid \\uXXXX escape": "a \\u escape needs four hex digits, at column {column}",
    "Invalid \\escape": "a backslash starts no known escape at column {column}",
    "Unterminated string": "the line ends inside a string that starts at column {column}",
}


def _what_is_wrong(message: str, pos: int, text: str) -> str:
    """What a json.JSONDecodeError at ``pos`` of a one-line ``text`` means, in evtcli's words."""
    if pos >= len(text.rstrip()) and not message.startswith(("Unterminated string", "Extra data")):
        return "the line ends before the JSON value does (an object or array is not closed)"
    char = text[pos] if pos < len(text) else ""
    # Punctuation only: a bare word could be a value someone meant to keep to themselves.
    found = f", found {char!r}" if char and not char.isalnum() and not char.isspace() else ""
    for start, said in _JSON_PROBLEMS.items():
        if message.startswith(start):
            return said.format(column=pos + 1, found=found, char=f"U+{ord(char or chr(0)):04X}")
    return f"unexpected text at column {pos + 1}"  # a message this Python has that evtcli does not know yet


def _shown(text: str) -> str:
    """A value for an error message, cut short: lines may be up to a MiB long."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _wrong_type(name: str, wanted: str, value: Any) -> ValidationError:
    return ValidationError(f"{name} must be {wanted}, found {_kind(value)}", RETRY_HINT)


def _text(data: Mapping[str, Any], name: str) -> str:
    value = data[name]
    if not isinstance(value, str):
        raise _wrong_type(name, "a string", value)
    return value


def _positive(data: Mapping[str, Any], name: str) -> int:
    value = data[name]
    if type(value) is not int:  # bool is an int subclass, and 1.0 is not a version
        raise _wrong_type(name, "an integer", value)
    if value < 1:
        raise ValidationError(f"{name} must be 1 or more, found {value}", RETRY_HINT)
    return value


def _object(data: Mapping[str, Any], name: str) -> dict[str, Any]:
    value = data[name]
    if not isinstance(value, dict):
        raise _wrong_type(name, "an object", value)
    return value


# Canonical spellings, checked first because nearly every line has them: a lowercase
# 8-4-4-4-12 hex string is exactly what str(uuid.UUID(...)) gives, and a timestamp in
# format_timestamp's shape is its own canonical form once it parses.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CANONICAL_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def _uuid(data: Mapping[str, Any], name: str) -> str:
    value = _text(data, name)
    if _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(f"{name} {_shown(value)} is not a UUID", RETRY_HINT) from None
    if canonical != value:
        # Ids are compared as text; a second spelling of one id would be a second id.
        raise ValidationError(
            f"{name} {value!r} is not in canonical form", f"write it as {canonical}"
        )
    return value


def _timestamp(value: Any, latest: str | None) -> str:
    if not isinstance(value, str):
        raise _wrong_type("recorded_at", "an RFC 3339 string", value)
    try:
        if _CANONICAL_TIME.fullmatch(value):
            datetime.fromisoformat(value)  # the shape is right; is the date real?
            stored = value
        else:
            stored = format_timestamp(parse_timestamp(value))
    except (ValueError, OverflowError):
        raise ValidationError(
            f"recorded_at {_shown(value)} is not an RFC 3339 time",
            "write it like 2026-11-22T13:41:03.123456Z",
        ) from None
    if latest is not None and stored > latest:
        raise ValidationError(
            f"recorded_at {stored} is more than {FUTURE_LIMIT.days * 24} hours after this machine's clock",
            "check the clock of the machine that wrote it: times up to 24 hours ahead are accepted",
        )
    return stored
