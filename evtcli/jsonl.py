"""JSON Lines import and export (§5 of the spec).

Import streams its input. Each line is read with a length cap and parsed on its
own; then a chunk of lines is checked against the store with a few queries (the
event ids already stored, the state of the streams the chunk touches, the live
owners of its emails) and written with batch inserts. All chunks share the
caller's one write transaction, so a bad line anywhere means nothing is written,
and rows written for earlier chunks are visible to the checks of later ones.

Blank (whitespace-only) lines are skipped and counted: hand-edited files have them.
"""

from __future__ import annotations

import codecs
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, Callable, Iterator, Mapping

from sqlalchemy import Connection, Row, bindparam, delete, false, select
from sqlalchemy.exc import IntegrityError

from evtcli.domain import users as user_domain
from evtcli.domain.events import (
    ENVELOPE_FIELDS,
    Envelope,
    canonical_json,
    derive_event_id,
    format_timestamp,
    parse_timestamp,
)
from evtcli.domain.users import User, fold
from evtcli.domain.validation import email_key
from evtcli.errors import EvtcliError, IntegrityProblem, RuleViolation, ValidationError
from evtcli.projections import runner
from evtcli.projections import users as users_projection
from evtcli.store import log
from evtcli.store.schema import users

# A longer line is refused after reading this much of it, never loaded whole.
MAX_LINE_BYTES = 1 << 20
# Lines checked and written together: a few queries and two batch inserts per chunk.
CHUNK_EVENTS = 1000

REQUIRED_FIELDS = ("aggregate", "aggregate_id", "version", "type", "payload", "recorded_at")
KNOWN_FIELDS = frozenset(ENVELOPE_FIELDS)
_REQUIRED = frozenset(REQUIRED_FIELDS)
EVENT_TYPES = {user_domain.AGGREGATE: user_domain.EVENT_TYPES}
RETRY_HINT = "fix that line and import again (nothing was imported)"


@dataclass(frozen=True)
class ImportSummary:
    """What an import did. ``read`` counts events, i.e. lines that are not blank."""

    read: int
    appended: int
    skipped: int
    blank: int
    head: int
    seconds: float = 0.0

    @property
    def events_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0


def import_stream(
    conn: Connection,
    stream: BinaryIO,
    *,
    default_metadata: Mapping[str, Any],
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Check and append every event of a binary JSON Lines stream inside ``conn``'s transaction.

    Raises a typed error naming the first bad line (1-based); the caller rolls back.
    ``default_metadata`` is used for lines without ``metadata``; ``progress`` is
    called with the number of bytes consumed.
    """
    importer = _ChunkImporter(conn)
    chunk: list[tuple[int, Envelope]] = []
    read = blank = unreported_bytes = 0
    for number, raw in _numbered_lines(stream):
        unreported_bytes += len(raw)
        try:
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                # Checked before anything else: the rest of this line is never read.
                raise ValidationError(
                    f"the line is longer than {MAX_LINE_BYTES // (1 << 20)} MiB",
                    "split the data into one event per line",
                )
            if not raw.strip():
                blank += 1
                continue
            read += 1
            event = parse_line(raw, default_metadata)
        except ValidationError as exc:
            # An earlier line of this chunk may be wrong in a way only the store can
            # tell; check those first so the error always names the first bad line.
            importer.apply(chunk)
            raise _at_line(number, exc) from None
        chunk.append((number, event))
        if len(chunk) >= CHUNK_EVENTS:
            importer.apply(chunk)
            chunk = []
            if progress is not None:
                progress(unreported_bytes)
                unreported_bytes = 0
    importer.apply(chunk)
    if progress is not None and unreported_bytes:
        progress(unreported_bytes)
    return ImportSummary(
        read=read,
        appended=importer.appended,
        skipped=importer.skipped,
        blank=blank,
        head=importer.head,
    )


def _numbered_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(1-based number, raw bytes) per line; a line over the cap comes back cut one byte past it."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]  # editors on Windows like to add one
        yield number, raw


def _at_line(number: int, exc: EvtcliError) -> EvtcliError:
    return type(exc)(f"line {number}: {exc.message}", exc.hint or RETRY_HINT)


# -- one line -------------------------------------------------------------------------


def parse_line(raw: bytes, default_metadata: Mapping[str, Any]) -> Envelope:
    """One line as a draft envelope (position 0, no hash), checked on its own.

    Checks what a line can show alone: JSON, fields, types, ids, the timestamp. The
    rules that need the store (versions, the fold, email uniqueness) come later.
    """
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
    if aggregate not in EVENT_TYPES:
        raise ValidationError(
            f"unknown aggregate {_shown(aggregate)}", f"known aggregates: {', '.join(EVENT_TYPES)}"
        )
    event_type = _text(data, "type")
    if event_type not in EVENT_TYPES[aggregate]:
        raise ValidationError(
            f"unknown event type {_shown(event_type)} for {aggregate}",
            f"known types: {', '.join(EVENT_TYPES[aggregate])}",
        )
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
        recorded_at=_timestamp(data["recorded_at"]),
        hash="",
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# NaN and Infinity are not JSON and would not survive canonical_json. One decoder
# for all lines: json.loads with options builds a new one per call.
_decoder = json.JSONDecoder(parse_constant=_refuse_constant)


def _loads(text: str) -> Any:
    try:
        value = _decoder.decode(text)
    except (ValueError, RecursionError) as exc:
        raise _json_error(exc) from None
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


def _json_error(exc: Exception) -> ValidationError:
    hint = "write one JSON object per line"
    if isinstance(exc, json.JSONDecodeError):
        return ValidationError(f"invalid JSON: {exc.msg} (column {exc.colno})", hint)
    if isinstance(exc, RecursionError):
        return ValidationError("invalid JSON: nested too deeply", hint)
    return ValidationError(f"invalid JSON: {exc}", hint)  # NaN or Infinity


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


def _timestamp(value: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type("recorded_at", "an RFC 3339 string", value)
    try:
        if _CANONICAL_TIME.fullmatch(value):
            datetime.fromisoformat(value)  # the shape is right; is the date real?
            return value
        return format_timestamp(parse_timestamp(value))
    except (ValueError, OverflowError):
        raise ValidationError(
            f"recorded_at {_shown(value)} is not an RFC 3339 time",
            "write it like 2026-11-22T13:41:03.123456Z",
        ) from None


# -- a chunk of lines against the store ---------------------------------------------


# The chunk's queries, with expanding parameters: built and compiled once, not per value.
_SELECT_USERS = select(users).where(users.c.id.in_(bindparam("ids", expanding=True)))
_DELETE_USERS = delete(users).where(users.c.id.in_(bindparam("ids", expanding=True)))
_LIVE_OWNERS = select(users.c.email_key, users.c.id).where(
    # `deleted = false`, as in the partial unique index, so the index is used.
    users.c.deleted == false(),
    users.c.email_key.in_(bindparam("keys", expanding=True)),
)


class _ChunkImporter:
    """Checks and writes chunks of parsed lines; keeps only counters between chunks."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.appended = 0
        self.skipped = 0
        self.head = log.head(conn)[0]
        # A projection at the head, of the current definition, was written with every
        # event in the same transaction: it is in step with the log, so the chunks
        # need not ask the log for each stream's version as well.
        self.check_versions = not runner.caught_up(conn, users_projection.NAME, self.head)

    def apply(self, chunk: list[tuple[int, Envelope]]) -> None:
        if not chunk:
            return
        if not self.check_versions:
            # Most chunks of most imports hold only new events that start or continue
            # streams: write them without asking the store which event ids it holds
            # already or how new streams stand, and let its unique constraints (event
            # id, stream version, user id, live email) refuse anything else. Then undo
            # the chunk and check it line by line, which skips what is stored already
            # and names the first bad line exactly as if no shortcut had been tried.
            # Only with a projection in step with the log: else every line is checked.
            try:
                with self.conn.begin_nested():
                    self._write(chunk, careful=False)
                return
            except (IntegrityError, EvtcliError):
                pass
        self._write(chunk, careful=True)

    def _write(self, chunk: list[tuple[int, Envelope]], *, careful: bool) -> None:
        events = [event for _, event in chunk]
        if careful:
            stored = log.events_by_id(self.conn, {event.event_id for event in events})
            states = self._states({event.aggregate_id for event in events})
        else:
            stored = {}
            states = self._states(_continued_streams(events))
        had_row = {user_id for user_id, state in states.items() if state is not None}
        owners = self._live_owners(events)
        first_seen: dict[str, tuple[int, Envelope]] = {}
        appended: list[Envelope] = []
        skipped = 0
        for number, event in chunk:
            try:
                if self._already_stored(event, stored.get(event.event_id), first_seen.get(event.event_id)):
                    skipped += 1
                    continue
                states[event.aggregate_id] = _next_state(event, states.get(event.aggregate_id), owners)
            except EvtcliError as exc:
                raise _at_line(number, exc) from None
            first_seen[event.event_id] = (number, event)
            appended.append(event)
        if appended:
            head, _ = log.append_batch(self.conn, appended)
            self._write_users(appended, states, had_row)
            runner.advance_all(self.conn, head)
            self.head = head
        self.appended += len(appended)
        self.skipped += skipped

    def _write_users(self, appended: list[Envelope], states: dict[str, User | None], had_row: set[str]) -> None:
        changed = list(dict.fromkeys(event.aggregate_id for event in appended))
        # A stored row whose user is now destroyed only leaves the index of live
        # emails, so updating it in place can never trip that unique index; those
        # updates go first. Any other stored row is deleted and inserted again after
        # them, so no order of row writes within the chunk can trip the index either.
        leaving = [user_id for user_id in changed if user_id in had_row and states[user_id].deleted]
        replaced = [user_id for user_id in changed if user_id in had_row and not states[user_id].deleted]
        users_projection.rewrite(self.conn, [states[user_id] for user_id in leaving])
        if replaced:
            self.conn.execute(_DELETE_USERS, {"ids": replaced})
        written = set(leaving)
        users_projection.insert(self.conn, [states[user_id] for user_id in changed if user_id not in written])

    def _states(self, user_ids: set[str]) -> dict[str, User | None]:
        """The projection's state of each stream, checked against the log's versions when
        the projection is not known to be in step."""
        if not user_ids:
            return {}
        rows = self.conn.execute(_SELECT_USERS, {"ids": list(user_ids)})
        states: dict[str, User | None] = {row.id: users_projection.row_to_user(row) for row in rows}
        if not self.check_versions:
            return states
        versions = log.stream_versions(self.conn, user_domain.AGGREGATE, user_ids)
        for user_id in states.keys() | versions.keys():
            state = states.get(user_id)
            if (state.version if state else 0) != versions.get(user_id, 0):
                raise IntegrityProblem(
                    f"the users projection is out of step with the log for user {user_id}",
                    "run 'evtcli verify' and 'evtcli replay', then import again",
                )
        return states

    def _live_owners(self, events: list[Envelope]) -> dict[str, str]:
        """email key -> live user id, for every email the chunk mentions."""
        keys = {
            email_key(event.payload["email"])
            for event in events
            if isinstance(event.payload.get("email"), str)
        }
        if not keys:
            return {}
        return {row.email_key: row.id for row in self.conn.execute(_LIVE_OWNERS, {"keys": list(keys)})}

    def _already_stored(
        self, event: Envelope, stored: Row[Any] | None, earlier: tuple[int, Envelope] | None
    ) -> bool:
        """True when the event is stored with the same content; an error when it differs."""
        if stored is not None:
            if _same_as_stored(event, stored):
                return True
            raise RuleViolation(
                f"event {event.event_id} is already stored (position {stored.position}) with other content",
                "give this event another event_id, or leave the line out",
            )
        if earlier is not None:
            number, first = earlier
            if first == event:
                return True
            raise RuleViolation(
                f"event {event.event_id} is on line {number} already, with other content",
                "give each event its own event_id",
            )
        return False


def _continued_streams(events: list[Envelope]) -> set[str]:
    """The streams whose first event in ``events`` is not a version 1: those must exist."""
    started: set[str] = set()
    continued: set[str] = set()
    for event in events:
        if event.aggregate_id not in started and event.aggregate_id not in continued:
            (started if event.version == 1 else continued).add(event.aggregate_id)
    return continued


def _same_as_stored(event: Envelope, row: Row[Any]) -> bool:
    return (
        row.aggregate == event.aggregate
        and row.aggregate_id == event.aggregate_id
        and row.version == event.version
        and row.type == event.type
        and row.schema_version == event.schema_version
        and row.payload == canonical_json(event.payload)
        and row.metadata == canonical_json(event.metadata)
        and row.recorded_at == event.recorded_at
    )


def _next_state(event: Envelope, state: User | None, owners: dict[str, str]) -> User:
    """The stream's state after ``event``, with the rules the commands apply."""
    current = state.version if state is not None else 0
    if event.version <= current:
        raise RuleViolation(
            f"{event.aggregate} {event.aggregate_id} already has a version {event.version} "
            "with another event_id",
            "leave the line out, or give it the stored event's event_id if it is the same event",
        )
    if event.version != current + 1:
        raise RuleViolation(
            f"{event.aggregate} {event.aggregate_id} version {event.version} does not follow "
            f"version {current}",
            "versions of a stream go 1, 2, 3 … without gaps; is a line missing or out of order?",
        )
    new_state = fold(state, event)
    _claim_email(state, new_state, owners)
    return new_state


def _claim_email(before: User | None, after: User, owners: dict[str, str]) -> None:
    """Keep ``owners`` (email key -> live user) current; refuse an email a live user has."""
    old_key = None if before is None or before.deleted else email_key(before.email)
    new_key = None if after.deleted else email_key(after.email)
    if old_key == new_key:
        return
    if old_key is not None and owners.get(old_key) == after.id:
        del owners[old_key]
    if new_key is not None:
        owner = owners.get(new_key)
        if owner is not None:
            raise RuleViolation(
                f"email {after.email} belongs to live user {owner}",
                "use another email, or destroy that user first (earlier in the file)",
            )
        owners[new_key] = after.id


# -- export ---------------------------------------------------------------------------

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


def export_lines(
    conn: Connection,
    *,
    after: int = 0,
    up_to: int | None = None,
    aggregate: str | None = None,
    aggregate_id: str | None = None,
) -> Iterator[str]:
    """Canonical lines (without newlines) of the matching events, in position order, streamed."""
    for row in log.read_raw(conn, after, up_to=up_to, aggregate=aggregate, aggregate_id=aggregate_id):
        yield export_line(row)
