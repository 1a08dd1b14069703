"""The ``users`` projection: one row per user, written with the domain's fold."""

from __future__ import annotations

from itertools import groupby
from typing import Any, Callable, Iterator

from sqlalchemy import Connection, delete, func, select, update

from evtcli.domain.users import User, fold_stream
from evtcli.domain.validation import email_key
from evtcli.errors import IntegrityProblem, RuleViolation, ValidationError
from evtcli.store import log
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


def fresh_states(conn: Connection, progress: Callable[[int], None] | None = None) -> Iterator[User]:
    """Every user folded from the log, in id order, one stream in memory at a time."""
    query = select(user_events).order_by(user_events.c.user_id, user_events.c.version)
    rows = conn.execute(query)
    envelopes = (log.row_to_envelope("user", row) for row in rows)
    for user_id, stream in groupby(envelopes, key=lambda envelope: envelope.aggregate_id):
        events = list(stream)
        try:
            state = fold_stream(events)
        except (RuleViolation, ValidationError) as exc:
            raise IntegrityProblem(
                f"user {user_id}: the log cannot be folded: {exc.message}",
                "run 'evtcli verify' to locate the damage",
            ) from None
        if progress is not None:
            progress(len(events))
        if state is not None:
            yield state


def live_states(conn: Connection) -> Iterator[User]:
    """Every row of the live projection, in id order."""
    for row in conn.execute(select(users).order_by(users.c.id)):
        yield row_to_user(row)


def rebuild(conn: Connection, progress: Callable[[int], None] | None = None) -> int:
    """Empty the table and write it again from the log; returns the number of rows."""
    conn.execute(delete(users))
    written = 0
    batch: list[dict[str, Any]] = []
    for user in fresh_states(conn, progress):
        batch.append(user_to_row(user))
        if len(batch) >= BATCH:
            conn.execute(users.insert(), batch)
            written += len(batch)
            batch = []
    if batch:
        conn.execute(users.insert(), batch)
        written += len(batch)
    return written
