"""How a group is shown beyond what every aggregate shows: folded with its members, and\n``group show``'s page of members."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import (
    ID_COLUMN,
    Shortener,
    json_document,
    public,
    record,
    shown_ids,
    terminal_note,
    timestamp_column,
)
from evtcli.cli.tables import Column, print_line, print_table

if TYPE_CHECKING:
    from evtcli.api.results import MemberPage

def group_detail(group: Any, as_json: bool) -> None:
    """A group folded from the log and its members, oldest first: their ids and when
    they were added (the log of groups does not hold their names)."""
    from evtcli.domain.groups import oldest_first  # here: --help and completion load no model

    rows = public("group", group)
    listed = [(user_id, None, None, at) for user_id, at in oldest_first(group.members)]
    rows["members"] = [{"id": user_id, "added_at": at} for user_id, _, _, at in listed]
    if as_json:
        json_document(rows)
        return
    del rows["members"]
    record(rows, keep_empty=("destroyed_at",), styles=_styles())
    _member_lines(listed, None)


def member_page(page: MemberPage, as_json: bool, shorten: Shortener = None) -> None:
    """``group show``: the group's fields, member count included, then one page of its
    members; at a terminal, a line on stderr says how to see the rest."""
    rows = public("group", page.group)
    if as_json:
        rows["members"] = [member._asdict() for member in page.members]
        rows.update(
            offset=page.offset, limit=page.limit, search=page.search, matching=page.matching, next_offset=page.next_offset
        )
        json_document(rows)
        return
    record(rows, keep_empty=("destroyed_at",), styles=_styles())
    _member_lines(page.members, shorten)
    terminal_note(_rest(page))


def _member_lines(listed: Sequence[tuple[str, str | None, str | None, str]], shorten: Shortener) -> None:
    """The members under a ``members`` heading, as a table fitted to the terminal:
    id, name and email (when the projection gave them) and since when, the time
    shortened as other tables shorten it. Nothing when there are none."""
    if not listed:
        return
    ids = shown_ids([member[0] for member in listed], shorten)
    named = listed[0][1] is not None
    columns = [ID_COLUMN, *((Column("name"), Column("email", copy=True)) if named else ()), timestamp_column("since")]
    rows = [
        [(ids[user_id], None), *(((name or "", None), (email or "", None)) if named else ()), (added_at, "dim")]
        for user_id, name, email, added_at in listed
    ]
    print_line([("members", "bold")])
    print_table(columns, rows)


def _rest(page: MemberPage) -> str | None:
    """What a person at a terminal is told below a page of members: how many more
    there are and the options that show them; None when the page shows them all."""
    matching = f" matching {page.search!r}" if page.search else ""
    if page.more:
        ways = f"--offset {page.next_offset}, --limit N" + (" or --all" if page.search else ", --all or --search TEXT")
        return f"… and {page.more:,} more{matching}: {ways}"
    if not page.members and page.offset:
        return f"nothing after --offset {page.offset}: {page.matching:,} members{matching}"
    if page.search and not page.members:
        return f"no member's name or email holds {page.search!r}"
    return None


def _styles() -> dict[str, str]:
    from evtcli.domain.groups import group

    return group.styles
