"""The ``users`` projection: one row per user, and the queries that read it.

The email claim (§7) lives here: ``email_key`` is the case-insensitive key of the
user's email, kept for every user so that anyone can be found by the email they had.
A user who is not destroyed holds their email: a unique index on ``email_key`` over
the rows with ``deleted = false`` lets one such user at most hold each email, and
serves the lookups of holders. It leaves destroyed users out on purpose: they are
half the rows of a long history, and indexing them too would slow every import and
replay, while finding a destroyed user by email (a USER reference no one holds) is
rare and reads the table.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator, Literal

from sqlalchemy import Boolean, Column, Connection, Integer, PrimaryKeyConstraint, Table, Text, false, select, true

from evtcli.domain.model import ERASED
from evtcli.domain.users import EMAIL_CLAIM, User
from evtcli.domain.validation import email_key
from evtcli.errors import RuleViolation
from evtcli.projections.base import Row, StateTable
from evtcli.store import dialect
from evtcli.store.reads import stream_rows
from evtcli.store.schema import metadata

users = Table(
    "users",
    metadata,
    Column("id", dialect.byte_ordered(36)),
    Column("name", Text, nullable=False),
    Column("email", Text, nullable=False),
    Column("email_key", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("status", dialect.byte_ordered(16), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", dialect.byte_ordered(32), nullable=False),
    Column("updated_at", dialect.byte_ordered(32), nullable=False),
    Column("disabled_at", dialect.byte_ordered(32)),
    Column("deleted_at", dialect.byte_ordered(32)),
    Column("disabled_reason", Text),
    Column("deleted_reason", Text),
    PrimaryKeyConstraint("id", name="users_pkey"),
)
dialect.partial_unique_index(users, "users_email_claim_key", "email_key", flag="deleted", flag_value=False)

# The User fields, in the order the state class declares them.
STATE_COLUMNS = tuple(field.name for field in dataclasses.fields(User))

Which = Literal["live", "deleted", "all"]
# How `user list --sort` orders users; "created" (oldest first) is the default.
SORTS = {
    "name": (dialect.fold_case(users.c.name), users.c.id),  # as people read names: "de Vries" before "Eve"
    "email": (users.c.email_key, users.c.id),
    "created": (users.c.created_at, users.c.id),
}


class UsersProjection(StateTable):
    name = "users"
    # 2: status, disabled, the email claim (schema version 2).
    # 3: forgotten users, scrubbed (schema version 4).
    version = 3
    aggregate = "user"
    table = users
    key = ("id",)
    secret_columns = frozenset({"password_hash"})
    claims = {EMAIL_CLAIM.name: ("email_key", "deleted", False)}
    constraint_errors = {
        "users_email_claim_key": lambda: RuleViolation(
            "that email belongs to another user who is not destroyed", EMAIL_CLAIM.hint
        ),
        "users_pkey": lambda: RuleViolation("that user exists already", "give the user another id"),
    }

    def rows(self, state: User) -> list[Row]:
        return [
            (
                state.id,
                state.name,
                state.email,
                # A forgotten user's row keeps no email; its key column takes the id,
                # which no email's key can equal.
                email_key(state.email) if state.email != ERASED else state.id,
                state.password_hash,
                state.status,
                state.deleted,
                state.disabled_at is not None,
                state.version,
                state.created_at,
                state.updated_at,
                state.disabled_at,
                state.deleted_at,
                state.disabled_reason,
                state.deleted_reason,
            )
        ]


PROJECTION = UsersProjection()

_STATE_SELECT = select(*(users.c[name] for name in STATE_COLUMNS))


def _user(row: Any) -> User:
    return User(*row)  # the columns are selected in the order of User's fields


def load(conn: Connection, user_id: str) -> User | None:
    row = conn.execute(_STATE_SELECT.where(users.c.id == user_id)).first()
    return None if row is None else _user(row)


def iter_users(
    conn: Connection,
    which: Which = "live",
    *,
    search: str | None = None,
    sort: str = "created",
    limit: int | None = None,
) -> Iterator[User]:
    """Users, streamed: live and disabled ones, destroyed ones, or all; those whose
    name or email holds ``search`` (case-insensitively), ordered by ``sort`` (a key
    of SORTS), at most ``limit`` of them."""
    query = _STATE_SELECT.order_by(*SORTS[sort])
    if search:
        query = query.where(dialect.holds_text([users.c.name, users.c.email], search))
    if limit is not None:
        query = query.limit(limit)
    if which == "live":
        query = query.where(users.c.deleted == false())
    elif which == "deleted":
        query = query.where(users.c.deleted == true())
    for row in stream_rows(conn, query):
        yield _user(row)


def ids_with_prefix(conn: Connection, prefix: str, limit: int) -> list[str]:
    """User ids that start with ``prefix`` (a range scan on the primary key)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    query = select(users.c.id).where(users.c.id >= prefix, users.c.id < upper).order_by(users.c.id).limit(limit)
    return list(conn.execute(query).scalars())


def email_holder(conn: Connection, key: str) -> str | None:
    """The user who holds the email with this key (live or disabled), if any."""
    # `deleted = false`, the partial index's own term (`IS false` would not use it).
    query = select(users.c.id).where(users.c.email_key == key, users.c.deleted == false())
    return conn.execute(query).scalar()


def destroyed_with_email(conn: Connection, key: str, limit: int) -> list[str]:
    """Destroyed users whose email (when they were destroyed) has this key, oldest first."""
    query = (
        select(users.c.id)
        .where(users.c.email_key == key, users.c.deleted == true())
        .order_by(users.c.created_at, users.c.id)
        .limit(limit)
    )
    return list(conn.execute(query).scalars())
