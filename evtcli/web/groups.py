"""A group's own panels: its members now, a page at a time, and its members at a version."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from evtcli.api import Store
from evtcli.domain.groups import oldest_first
from evtcli.web.numbers import query_int
from evtcli.web.panel import Panel

MEMBERS_PAGE = 50  # members on a page of a group's members
MEMBERS_THEN = 50  # members the state panel lists at a version (a group may have 200,000)
OFFSET_LIMIT = 2**31  # a larger ?offset= skips every member all the same, and fits any database


def members_now(store: Store, group_id: str, request: Request) -> dict[str, Any]:
    """A page of the group's members (``?q=`` searches them, ``?offset=`` pages)."""
    search = request.query_params.get("q", "").strip()
    offset = min(max(query_int(request.query_params.get("offset"), 0, what="offset") or 0, 0), OFFSET_LIMIT)
    page = store.group_members(group_id, limit=MEMBERS_PAGE, offset=offset, search=search or None)

    def at(offset: int | None) -> str | None:
        if offset is None:
            return None
        query = urlencode([(key, value) for key, value in (("q", search), ("offset", offset)) if value])
        return f"/groups/{group_id}{'?' + query if query else ''}#members-card"

    return {
        "members": [member._asdict() for member in page.members],
        "members_page": {
            "search": search,
            "first": page.offset + 1,
            "last": page.offset + len(page.members),
            "matching": page.matching,
            "previous": at(page.previous_offset),
            "next": at(page.next_offset),
        },
    }


def members_then(store: Store, state: Any) -> dict[str, Any]:
    """The oldest members of the group at a version, with their names now."""
    listed = oldest_first(state.members, MEMBERS_THEN)
    (membership,) = store.model.aggregate("group").memberships
    names = store.stream_names((membership.aggregate, user_id) for user_id, _ in listed)
    return {
        "members": [{"id": user_id, "name": names.get(user_id, ""), "added_at": added_at} for user_id, added_at in listed],
        "more_members": len(state.members) - len(listed),
    }


PANEL = Panel("_group_members.html", members_now, "_group_members_then.html", members_then)
