"""The user aggregate: its state, statuses, the email claim and every event type (§7).

A user is ``live``, ``disabled``, ``destroyed`` or ``forgotten``. Disabling and
destroying are independent marks: a disabled user who is destroyed and later
restored comes back disabled, as they were. Forgetting is final (§9): the user's
key is deleted, so the personal fields of their sealed events read as erased.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from evtcli.domain.model import ERASED, Aggregate, Claim, EventType, Field, Payload
from evtcli.domain.naming import Naming
from evtcli.errors import ValidationError
from evtcli.domain.validation import (
    check_password_hash,
    email_key,
    stored_email,
    stored_name,
    stored_reason,
    validate_email,
    validate_name,
    validate_reason,
)

LIVE, DISABLED, DESTROYED, FORGOTTEN = "live", "disabled", "destroyed", "forgotten"
STATUSES = (LIVE, DISABLED, DESTROYED, FORGOTTEN)
# Users who hold their email: no one else may take it (§7).
CLAIMING = frozenset({LIVE, DISABLED})


@dataclass(frozen=True)
class User:
    """A user's state after folding their events."""

    id: str
    name: str
    email: str
    password_hash: str = field(repr=False)  # secret: PASSWORD_HASH is declared so
    status: str
    version: int
    created_at: str
    updated_at: str
    disabled_at: str | None = None
    deleted_at: str | None = None
    disabled_reason: str | None = None
    deleted_reason: str | None = None

    # The order of fields in output (`--json`, `user show`), properties included.
    SHOWN: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "email",
        "status",
        "deleted",
        "disabled",
        "version",
        "created_at",
        "updated_at",
        "disabled_at",
        "deleted_at",
        "disabled_reason",
        "deleted_reason",
    )

    @property
    def deleted(self) -> bool:
        """True for a destroyed user, and for a forgotten one."""
        return self.status == DESTROYED or self.status == FORGOTTEN

    @property
    def disabled(self) -> bool:
        """True while the account is disabled, also once it is destroyed."""
        return self.disabled_at is not None


def _email_claim(state: User) -> str | None:
    return email_key(state.email) if state.status in CLAIMING and state.email != ERASED else None


EMAIL_CLAIM = Claim(
    "email",
    key=_email_claim,
    shown=lambda state: state.email,
    hint="use another email, or free it first (change that user's email, or destroy them)",
)

def _email_reference_key(reference: str) -> str:
    try:
        return email_key(validate_email(reference))
    except ValidationError:  # not an email as stored: compared as typed
        return email_key(reference)


user = Aggregate(
    "user",
    User,
    statuses=STATUSES,
    ended=(DESTROYED, FORGOTTEN),
    styles={LIVE: "green", DISABLED: "yellow", DESTROYED: "red", FORGOTTEN: "dim"},
    claims=[EMAIL_CLAIM],
    # An email names the user who holds it; failing that, the destroyed user whose
    # email it was, when there is exactly one (§7).
    naming=Naming(
        EMAIL_CLAIM.name,
        key=_email_reference_key,
        said="has or had the email",
        only_when=lambda reference: "@" in reference,
        former=True,
    ),
    erased=FORGOTTEN,
    # A message names a user as people write an address: name and email.
    label=lambda row: f"{row.name} <{row.email}>",
)

NAME = Field(
    "name",
    validate_name,
    personal=True,
    unstored="is not as stored: trimmed, in Unicode NFC",
    unstored_hint="remove leading and trailing spaces and write it in NFC",
    stored=stored_name,
)
EMAIL = Field(
    "email",
    validate_email,
    personal=True,
    unstored="is not in normalised form",
    unstored_hint="store it as email-validator normalises it",
    stored=stored_email,
)
PASSWORD_HASH = Field("password_hash", check_password_hash, personal=True, secret=True)
REASON = Field(
    "reason",
    validate_reason,
    optional=True,
    unstored="is not as stored: trimmed, in Unicode NFC",
    unstored_hint="remove leading and trailing spaces and write it in NFC",
    stored=stored_reason,
)

GONE = "a forgotten user is gone for good; create a new user"
RESTORE_FIRST = {DESTROYED: "restore the user first with 'evtcli user restore'", FORGOTTEN: GONE}


def _same_shape(payload: dict[str, Any]) -> dict[str, Any]:
    """Schema version 1 to 2: the fields are the same; version 2 stores the personal
    ones sealed, and reading a stored event unseals them before the fold sees it."""
    return payload


@user.event
class Created(EventType):
    """A user account was created."""

    # 2: the personal fields stored sealed (§9).
    schema_version, sealed_since, upcasters = 2, 2, {1: _same_shape}
    fields = (NAME, EMAIL, PASSWORD_HASH)
    follows = None
    verb, done, style = "create", "created", "green"

    @staticmethod
    def start(aggregate_id: str, payload: Payload, recorded_at: str) -> User:
        return user.new_state(
            id=aggregate_id,
            name=payload["name"],
            email=payload["email"],
            password_hash=payload["password_hash"],
            status=LIVE,
            version=1,
            created_at=recorded_at,
            updated_at=recorded_at,
        )


@user.event
class Renamed(EventType):
    """The user's name changed."""

    # 2: the personal fields stored sealed (§9).
    schema_version, sealed_since, upcasters = 2, 2, {1: _same_shape}
    fields = (NAME,)
    follows = CLAIMING
    verb, done = "rename", "renamed"
    hints = RESTORE_FIRST

    @staticmethod
    def refuse(state: User, payload: Payload) -> tuple[str, str] | None:
        if payload["name"] == state.name:
            return f"is named {payload['name']!r} already", "nothing to do"
        return None

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"name": payload["name"]}


@user.event
class EmailChanged(EventType):
    """The user's email changed."""

    # 2: the personal fields stored sealed (§9).
    schema_version, sealed_since, upcasters = 2, 2, {1: _same_shape}
    fields = (EMAIL,)
    follows = CLAIMING
    verb, done = "change the email of", "changed the email of"
    hints = RESTORE_FIRST

    @staticmethod
    def refuse(state: User, payload: Payload) -> tuple[str, str] | None:
        if payload["email"] == state.email:
            return f"has the email {payload['email']} already", "nothing to do"
        return None

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"email": payload["email"]}


@user.event
class PasswordChanged(EventType):
    """The user's password changed (a new hash; the password itself is never stored)."""

    # 2: the personal fields stored sealed (§9).
    schema_version, sealed_since, upcasters = 2, 2, {1: _same_shape}
    fields = (PASSWORD_HASH,)
    follows = CLAIMING
    verb, done = "change the password of", "changed the password of"
    hints = RESTORE_FIRST

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"password_hash": payload["password_hash"]}


@user.event
class Disabled(EventType):
    """The user may no longer sign in; they keep their email and groups."""

    fields = (REASON,)
    follows = frozenset({LIVE})
    verb, done, style = "disable", "disabled", "yellow"
    hints = {DISABLED: "nothing to do; 'evtcli user enable' enables it", **RESTORE_FIRST}

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"status": DISABLED, "disabled_at": recorded_at, "disabled_reason": payload.get("reason")}


@user.event
class Enabled(EventType):
    """A disabled user may sign in again."""

    fields = ()
    follows = frozenset({DISABLED})
    verb, done, style = "enable", "enabled", "green"
    hints = {LIVE: "nothing to do: the user is not disabled", **RESTORE_FIRST}

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"status": LIVE, "disabled_at": None, "disabled_reason": None}


@user.event
class Destroyed(EventType):
    """The user is soft-deleted: their email is free for others."""

    fields = (REASON,)
    follows = CLAIMING
    verb, done, style = "destroy", "destroyed", "red"
    hints = {DESTROYED: "nothing to do; see 'evtcli user show'", FORGOTTEN: GONE}

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"status": DESTROYED, "deleted_at": recorded_at, "deleted_reason": payload.get("reason")}


@user.event
class Restored(EventType):
    """A destroyed user is back, as they were (disabled if they were), maybe under a new email."""

    # 2: the personal fields stored sealed (§9).
    schema_version, sealed_since, upcasters = 2, 2, {1: _same_shape}
    fields = (dataclasses.replace(EMAIL, optional=True),)
    follows = frozenset({DESTROYED})
    verb, done, style = "restore", "restored", "green"
    hints = {
        FORGOTTEN: GONE,
        LIVE: "nothing to do: the user is not destroyed",
        DISABLED: "nothing to do: the user is not destroyed ('evtcli user enable' enables it)",
    }

    @staticmethod
    def refuse(state: User, payload: Payload) -> tuple[str, str] | None:
        if payload.get("email") == state.email:
            return f"had the email {state.email} already", "leave out the email to restore the user under it"
        return None

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        changes: dict[str, Any] = {
            "status": DISABLED if state.disabled_at is not None else LIVE,
            "deleted_at": None,
            "deleted_reason": None,
        }
        if "email" in payload:
            changes["email"] = payload["email"]
        return changes


@user.event
class Forgotten(EventType):
    """The user is forgotten (§9): their key is deleted, their personal data erased.

    Final: no event follows it. The payload holds no personal data.
    """

    fields = (REASON,)
    erases = True
    follows = frozenset({LIVE, DISABLED, DESTROYED})
    verb, done, style = "forget", "forgot", "red"
    hints = {FORGOTTEN: "nothing to do: the user is forgotten already"}

    @staticmethod
    def apply(state: User, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {
            "name": ERASED,
            "email": ERASED,
            "password_hash": "",
            "status": FORGOTTEN,
            "deleted_at": recorded_at,
            "deleted_reason": payload.get("reason"),
        }
