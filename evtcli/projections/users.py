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
from sqlalchemy import Boolean, Column, Integer, PrimaryKeyConstraint, Table, Text

from evtcli.domain.model import ERASED
from evtcli.domain.users import EMAIL_CLAIM, User, user
from evtcli.domain.validation import email_key
from evtcli.errors import RuleViolation
from evtcli.projections.base import Row
from evtcli.projections.streams import Listed, StreamTable
from evtcli.store import dialect
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

class UsersProjection(StreamTable):
    name = "users"
    # 2: status, disabled, the email claim (schema version 2).
    # 3: forgotten users, scrubbed (schema version 4).
    version = 3
    aggregate = "user"
    table = users
    secret_columns = user.secret_state_fields
    search_columns = ("name", "email")
    sorts = {
        "name": (dialect.fold_case(users.c.name), users.c.id),  # as people read names: "de Vries" before "Eve"
        "email": (users.c.email_key, users.c.id),
        "created": (users.c.created_at, users.c.id),
    }
    default_sort = "created"
    listed_columns = tuple(Listed(name, whole=name == "email") for name in ("id", "name", "email", "version", "created_at", "status"))
    # A user's row is read as the User state (its fields are columns of the table).
    row_type = User
    row_columns = tuple(field.name for field in dataclasses.fields(User))
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
