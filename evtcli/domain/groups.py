"""The group aggregate (§8): named sets of users, such as teams or ``admins``.

A group is ``live`` or ``destroyed``; its name is unique, case-insensitively, among
groups that are not destroyed. Only a live user can be added. A member stays one
while they are live or disabled: when a user is destroyed (or forgotten) every group
they are in lets them go, in the same transaction (see ``domain/relations.py``).
Destroying a group lets all its members go with it.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any, ClassVar, Mapping

from evtcli.domain.entries import CLEAR, Drop, Put, entries
from evtcli.domain.model import Aggregate, Claim, EventType, Field, Payload
from evtcli.domain.naming import Naming
from evtcli.domain.relations import Membership, Reference
from evtcli.domain.users import CLAIMING, LIVE as USER_LIVE
from evtcli.domain.validation import stored_name, stored_reason, validate_id, validate_name, validate_reason

LIVE, DESTROYED = "live", "destroyed"
NAME_MAX = 100


def validate_group_name(raw: str) -> str:
    """Return the trimmed group name (1-100 characters) or raise ValidationError."""
    return validate_name(raw, limit=NAME_MAX, what="group name")


def stored_group_name(raw: str) -> str:
    """A group name already in a log, checked as before NFC and the Cf rule."""
    return stored_name(raw, limit=NAME_MAX, what="group name")


@dataclass(frozen=True)
class Group:
    """A group's state after folding its events."""

    id: str
    name: str
    status: str
    version: int
    created_at: str
    updated_at: str
    # user id -> when they were added: a keyed collection, changed one entry an event
    members: Mapping[str, str] = entries()
    destroyed_at: str | None = None
    destroyed_reason: str | None = None

    # The order of fields in output, the member count included (members are listed apart).
    SHOWN: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "status",
        "member_count",
        "version",
        "created_at",
        "updated_at",
        "destroyed_at",
        "destroyed_reason",
    )

    @property
    def member_count(self) -> int:
        return len(self.members)

    @property
    def deleted(self) -> bool:
        return self.status == DESTROYED


def oldest_first(members: Mapping[str, str], first: int | None = None) -> list[tuple[str, str]]:
    """(user id, added_at) of a group's members, the oldest member first, as the
    projections list them (a keyed collection itself has no order); with ``first``,
    only that many, picked without sorting them all (a group may have 200,000)."""
    if first is not None:
        return heapq.nsmallest(first, members.items(), key=_joined)
    return sorted(members.items(), key=_joined)


def _joined(member: tuple[str, str]) -> tuple[str, str]:
    return member[1], member[0]  # added_at, then the id for members added at once


NAME_CLAIM = Claim(
    "name",
    key=lambda state: state.name.casefold() if state.status != DESTROYED else None,
    shown=lambda state: repr(state.name),
    hint="choose another name, or rename or destroy the group that has it",
)

group = Aggregate(
    "group",
    Group,
    statuses=(LIVE, DESTROYED),
    ended=(DESTROYED,),
    styles={LIVE: "green", DESTROYED: "red"},
    claims=[NAME_CLAIM],
    # The name of a group that is not destroyed names it, beside ids and prefixes;
    # failing those, the destroyed group that had the name, when there is one (§14).
    naming=Naming(NAME_CLAIM.name, key=str.casefold, said="is or was named", former=True),
    memberships=[
        Membership("user", held=lambda state: state.members, statuses=CLAIMING, release="MemberRemoved", field="user_id")
    ],
)

NAME = Field(
    "name",
    validate_group_name,
    unstored="is not as stored: trimmed, in Unicode NFC",
    unstored_hint="remove leading and trailing spaces and write it in NFC",
    stored=stored_group_name,
)
REASON = Field(
    "reason",
    validate_reason,
    optional=True,
    unstored="is not as stored: trimmed, in Unicode NFC",
    unstored_hint="remove leading and trailing spaces and write it in NFC",
    stored=stored_reason,
)
USER_ID = Field("user_id", validate_id, unstored="is not a canonical id", unstored_hint="write the id in lower case")
NOT_DESTROYED = {DESTROYED: "a destroyed group stays destroyed; create a new one"}


@group.event
class Created(EventType):
    """A group was created, with no members."""

    fields = (NAME,)
    follows = None
    verb, done, style = "create", "created", "green"

    @staticmethod
    def start(aggregate_id: str, payload: Payload, recorded_at: str) -> Group:
        return Group(aggregate_id, payload["name"], LIVE, 1, recorded_at, recorded_at)


@group.event
class Renamed(EventType):
    """The group's name changed."""

    fields = (NAME,)
    follows = frozenset({LIVE})
    verb, done = "rename", "renamed"
    hints = NOT_DESTROYED

    @staticmethod
    def refuse(state: Group, payload: Payload) -> tuple[str, str] | None:
        if payload["name"] == state.name:
            return f"is named {payload['name']!r} already", "nothing to do"
        return None

    @staticmethod
    def apply(state: Group, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"name": payload["name"]}


@group.event
class MemberAdded(EventType):
    """A live user joined the group."""

    fields = (
        Field(
            "user_id",
            validate_id,
            unstored=USER_ID.unstored,
            unstored_hint=USER_ID.unstored_hint,
            refers=Reference("user", frozenset({USER_LIVE}), "only a live user can be added; enable or restore them first"),
        ),
    )
    follows = frozenset({LIVE})
    verb, done, style = "add a member to", "added {user_id} to", "green"
    hints = NOT_DESTROYED

    @staticmethod
    def refuse(state: Group, payload: Payload) -> tuple[str, str] | None:
        if payload["user_id"] in state.members:
            return f"has user {payload['user_id']} as a member already", "nothing to do"
        return None

    @staticmethod
    def apply(state: Group, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"members": Put(payload["user_id"], recorded_at)}


@group.event
class MemberRemoved(EventType):
    """A member left the group (also when their user was destroyed)."""

    fields = (USER_ID, REASON)
    follows = frozenset({LIVE})
    verb, done, style = "remove a member from", "removed {user_id} from", "yellow"
    hints = NOT_DESTROYED

    @staticmethod
    def refuse(state: Group, payload: Payload) -> tuple[str, str] | None:
        if payload["user_id"] not in state.members:
            return f"has no member {payload['user_id']}", "see its members with 'evtcli group show'"
        return None

    @staticmethod
    def apply(state: Group, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {"members": Drop(payload["user_id"])}


@group.event
class Destroyed(EventType):
    """The group is disbanded: its members go with it, and its name is free again."""

    fields = (REASON,)
    follows = frozenset({LIVE})
    verb, done, style = "destroy", "destroyed", "red"
    hints = {DESTROYED: "nothing to do; see 'evtcli group show'"}

    @staticmethod
    def apply(state: Group, payload: Payload, recorded_at: str) -> dict[str, Any]:
        return {
            "status": DESTROYED,
            "members": CLEAR,
            "destroyed_at": recorded_at,
            "destroyed_reason": payload.get("reason"),
        }
