"""The ``users`` projection: one row per user, written with the domain's fold."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import Connection, delete, func, select, update

from evtcli.domain.users import User, fold_fields
from evtcli.domain.validation import email_key
from evtcli.errors import IntegrityProblem, RuleViolation, ValidationError
from evtcli.store import log
from evtcli.store.bulk import insert_rows, update_rows
from evtcli.store.schema import user_events, users

NAME = "users"
# Bump when the shape or meaning of the rows changes: stored projections then show as stale.
VERSION = 1
BATCH = 1000

COLUMNS = (
    "id",
    "name",
    "email",
    "password_hash",
    "deleted",
    "version",
    "created_at",
    "updated_at",
    "deleted_at",
    "deleted_reason",
)


def user_to_row(user: User) -> dict[str, Any]:
    row = {column: getattr(user, column) for column in COLUMNS}
    row["email_key"] = email_key(user.email)
    return row


ROW_COLUMNS = COLUMNS + ("email_key",)


def user_values(user: User) -> tuple[Any, ...]:
    """A user's row as values in ROW_COLUMNS order."""
    return (
        user.id,
        user.name,
        user.email,
        user.password_hash,
        user.deleted,
        user.version,
        user.created_at,
        user.updated_at,
        user.deleted_at,
        user.deleted_reason,
        email_key(user.email),
    )


def insert(conn: Connection, states: Iterable[User]) -> None:
    """Insert these users' rows with one batch insert."""
    insert_rows(conn, users, ROW_COLUMNS, [user_values(user) for user in states])


def rewrite(conn: Connection, states: Iterable[User]) -> None:
    """Rewrite these users' existing rows (found by id) with one batch update."""
    update_rows(conn, users, ROW_COLUMNS, [user_values(user) for user in states])


def row_to_user(row: Any) -> User:
    mapping = row._mapping
    return User(**{column: mapping[column] for column in COLUMNS})


def save(conn: Connection, previous: User | None, user: User) -> None:
    """Write a user's new state: the inline path, in the append's transaction."""
    if previous is None:
        conn.execute(users.insert().values(**user_to_row(user)))
    else:
        conn.execute(update(users).where(users.c.id == user.id).values(**user_to_row(user)))


def load(conn: Connection, user_id: str) -> User | None:
    row = conn.execute(select(users).where(users.c.id == user_id)).first()
    return None if row is None else row_to_user(row)


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(users)).scalar() or 0)


# What the fold reads of each event, in stream order (the (user_id, version) index).
_STREAMS = select(
    user_events.c.user_id,
    user_events.c.version,
    user_events.c.type,
    user_events.c.schema_version,
    user_events.c.payload,
    user_events.c.recorded_at,
).order_by(user_events.c.user_id, user_events.c.version)


def fresh_states(conn: Connection, progress: Callable[[int], None] | None = None) -> Iterator[User]:
    """Every user folded from the log, in id order, one stream in memory at a time."""
    rows = log.stream_rows(conn, _STREAMS)
    current: str | None = None
    state: User | None = None
    events = 0
    for user_id, version, event_type, schema_version, payload, recorded_at in rows:
        if user_id != current:
            if current is not None:
                if progress is not None:
                    progress(events)
                if state is not None:
                    yield state
            current, state, events = user_id, None, 0
        try:
            state = fold_fields(
                state, user_id, version, event_type, schema_version, json.loads(payload), recorded_at
            )
        except (RuleViolation, ValidationError, ValueError) as exc:
            reason = exc.message if isinstance(exc, (RuleViolation, ValidationError)) else "a payload is not JSON"
            raise IntegrityProblem(
                f"user {user_id}: the log cannot be folded: {reason}",
                "run 'evtcli verify' to locate the damage",
            ) from None
        events += 1
    if current is not None:
        if progress is not None:
            progress(events)
        if state is not None:
            yield state


def live_states(conn: Connection) -> Iterator[User]:
    """Every row of the live projection, in id order, streamed."""
    query = select(*(users.c[column] for column in COLUMNS)).order_by(users.c.id)
    for row in log.stream_rows(conn, query):
        yield User(*row)  # the columns are selected in the order of User's fields


def rebuild(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Empty the table and write it again from the log as the fold goes; returns the rows."""
    conn.execute(delete(users))
    written = 0
    batch: list[User] = []
    for user in fresh_states(conn, progress):
        batch.append(user)
        if len(batch) >= BATCH:
            insert(conn, batch)
            written += len(batch)
            batch = []
    insert(conn, batch)
    return written + len(batch)
