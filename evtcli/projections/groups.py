"""The ``groups`` and ``group_members`` projections (§8), and the queries that read them.

``groups`` has one row per group; a unique index on the case-insensitive name of the
groups that are not destroyed keeps group names unique among them. ``group_members``
has one row per member of a live group, indexed by user too: it is how a user's
groups are found, and so which groups must let a destroyed user go. It is also
indexed in the order members are listed (oldest first), so a page of a group's
members is read from that index wherever it starts, whatever the group's size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
    bindparam,
    func,
    select,
)

from evtcli.domain.entries import PartialEntries
from evtcli.domain.groups import DESTROYED, NAME_CLAIM, Group
from evtcli.errors import RuleViolation
from evtcli.projections.base import Row, StateTable
from evtcli.projections.streams import Listed, StreamTable
from evtcli.projections.users import users
from evtcli.store import dialect
from evtcli.store.reads import stream_rows
from evtcli.store.schema import metadata

if TYPE_CHECKING:
    from evtcli.projections.results import GroupSummary, Member

groups = Table(
    "groups",
    metadata,
    Column("id", dialect.byte_ordered(36)),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("status", dialect.byte_ordered(16), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("member_count", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", dialect.byte_ordered(32), nullable=False),
    Column("updated_at", dialect.byte_ordered(32), nullable=False),
    Column("destroyed_at", dialect.byte_ordered(32)),
    Column("destroyed_reason", Text),
    PrimaryKeyConstraint("id", name="groups_pkey"),
)
dialect.partial_unique_index(groups, "groups_name_claim_key", "name_key", flag="deleted", flag_value=False)

group_members = Table(
    "group_members",
    metadata,
    Column("group_id", dialect.byte_ordered(36)),
    Column("user_id", dialect.byte_ordered(36)),
    Column("added_at", dialect.byte_ordered(32), nullable=False),
    PrimaryKeyConstraint("group_id", "user_id", name="group_members_pkey"),
)
Index("group_members_user", group_members.c.user_id, group_members.c.group_id)
# `group show` and the web's group page list members oldest first, a page at a time:
# this index holds them in that order, so a page is a range of it (with user_id it
# covers the skipped rows of an OFFSET too) instead of a sort of the whole group.
Index("group_members_order", group_members.c.group_id, group_members.c.added_at, group_members.c.user_id)

class GroupMembersProjection(StateTable):
    name = "group_members"
    version = 1
    aggregate = "group"
    table = group_members
    key = ("group_id", "user_id")
    holds = {"user": "user_id"}
    entries = "members"  # one row per member: (group id, user id, added_at)


MEMBERS = GroupMembersProjection()


class GroupsProjection(StreamTable):
    name = "groups"
    version = 1
    aggregate = "group"
    table = groups
    sorts = {"name": (groups.c.name_key, groups.c.id), "created": (groups.c.created_at, groups.c.id)}
    default_sort = "name"
    listed_columns = (
        Listed("id"), Listed("name"), Listed("member_count", "members"), Listed("version"), Listed("created_at"),
        Listed("status"),
    )
    # A group's row is read as a GroupSummary: the group without its members.
    row_columns = (
        "id", "name", "status", "member_count", "version", "created_at", "updated_at", "destroyed_at", "destroyed_reason",
    )
    claims = {NAME_CLAIM.name: ("name_key", "deleted", False)}
    constraint_errors = {
        "groups_name_claim_key": lambda: RuleViolation(
            "that name belongs to another group that is not destroyed", NAME_CLAIM.hint
        ),
        "groups_pkey": lambda: RuleViolation("that group exists already", "give the group another id"),
    }

    def rows(self, state: Group) -> list[Row]:
        return [
            (
                state.id,
                state.name,
                state.name.casefold(),
                state.status,
                state.status == DESTROYED,
                len(state.members),
                state.version,
                state.created_at,
                state.updated_at,
                state.destroyed_at,
                state.destroyed_reason,
            )
        ]

    def item(self, row: Any) -> GroupSummary:
        from evtcli.projections.results import GroupSummary  # loaded when a result is made

        return GroupSummary(*row)

    def head_states(self, conn: Connection, ids: Iterable[str]) -> dict[str, Group]:
        # A group may have 200,000 members: a write reads its row and looks its
        # members up one by one in group_members (by primary key), as its events name
        # them, instead of reading them all. Both tables move with every append, in
        # its transaction, so they are the group's state at the head.
        query = _GROUP.add_columns(groups.c.member_count).where(groups.c.id.in_(bindparam("ids", expanding=True)))
        return {
            row.id: _group(row, PartialEntries(row.member_count, MEMBERS.entry_lookup(conn, row.id)))
            for row in conn.execute(query, {"ids": list(ids)})
        }


GROUPS = GroupsProjection()

_GROUP = select(
    groups.c.id,
    groups.c.name,
    groups.c.status,
    groups.c.version,
    groups.c.created_at,
    groups.c.updated_at,
    groups.c.destroyed_at,
    groups.c.destroyed_reason,
)


def _group(row: Any, members: Mapping[str, str]) -> Group:
    return Group(
        id=row.id,
        name=row.name,
        status=row.status,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        members=members,
        destroyed_at=row.destroyed_at,
        destroyed_reason=row.destroyed_reason,
    )


# Members are listed oldest first; the user id orders members added in one transaction.
_MEMBER_ORDER = (group_members.c.added_at, group_members.c.user_id)


def member_page(
    conn: Connection, group_id: str, *, limit: int | None = None, offset: int = 0, search: str | None = None
) -> list[Member]:
    """``limit`` members of a group (all when None) after skipping ``offset`` of them,
    oldest first, as (user id, name, email, added_at); with ``search``, only those
    whose name or email holds the text, in any case (as ``user list --search``)."""
    from evtcli.projections.results import Member

    in_group = group_members.c.group_id == group_id
    if search:
        # Which members match is known only once joined to their users: the page is
        # cut from the joined rows, read in the order index's order until it is full.
        query = (
            select(group_members.c.user_id, users.c.name, users.c.email, group_members.c.added_at)
            .join(users, users.c.id == group_members.c.user_id)
            .where(in_group, dialect.holds_text([users.c.name, users.c.email], search))
            .order_by(*_MEMBER_ORDER)
            .limit(limit)
            .offset(offset or None)
        )
    else:
        # The page is cut from the order index alone, so an OFFSET skips index entries
        # rather than joined rows; only the page's members are looked up in users.
        page = (
            select(group_members.c.user_id, group_members.c.added_at)
            .where(in_group)
            .order_by(*_MEMBER_ORDER)
            .limit(limit)
            .offset(offset or None)
            .subquery("page")
        )
        query = (
            select(page.c.user_id, users.c.name, users.c.email, page.c.added_at)
            .join(users, users.c.id == page.c.user_id)
            .order_by(page.c.added_at, page.c.user_id)
        )
    return [Member(*row) for row in stream_rows(conn, query)]


def count_matching(conn: Connection, group_id: str, search: str) -> int:
    """How many of a group's members have a name or email that holds ``search``."""
    query = (
        select(func.count())
        .select_from(group_members.join(users, users.c.id == group_members.c.user_id))
        .where(group_members.c.group_id == group_id, dialect.holds_text([users.c.name, users.c.email], search))
    )
    return int(conn.execute(query).scalar() or 0)
