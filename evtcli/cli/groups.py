"""``evtcli group …``: groups of users (§8)."""

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from evtcli.cli.options import (
    AsOfTime,
    AsOfVersion,
    FullIds,
    Json,
    Reason,
    id_shortener,
    one_point_in_time,
    whole_number,
)
from evtcli.cli.render.groups import group_detail, member_page
from evtcli.cli.writes import Appended, WriteOptions, named, write_command

if TYPE_CHECKING:
    from evtcli.domain.events import Envelope

# Members `group show` lists unless --limit or --all says otherwise: a screenful.
MEMBERS_PAGE = 20

app = typer.Typer(help="Create, rename and destroy groups; add and remove members.", no_args_is_help=True)

GroupRef = Annotated[
    str, typer.Argument(metavar="GROUP", help="Name of a group that is not destroyed, full id or unique id prefix.")
]
Users = Annotated[list[str], typer.Argument(metavar="USER...", help="Users: ids, unique id prefixes or emails.")]
Name = Annotated[str, typer.Option("--name", metavar="NAME", help="1-100 characters, unique among groups.")]


@app.command("create")
@write_command("group", creates=True)
def create(ctx: typer.Context, name: Name, write: WriteOptions) -> "Envelope":
    """Append a Created event and print the new group's id."""
    from evtcli.domain.declared import MODEL

    MODEL.aggregate("group").normalize("Created", name=name)  # a refused create creates no database
    with ctx.obj.open(create=True) as store:
        return store.create_group(name, write.context)


@app.command("rename")
@write_command("group")
def rename(ctx: typer.Context, group: GroupRef, name: Name, write: WriteOptions) -> "Envelope":
    """Append a Renamed event: give a group a new, free name."""
    with ctx.obj.open() as store:
        return store.rename_group(group, name, expected_version=write.expected_version, context=write.context)


@app.command("add")
@write_command("group")
def add(ctx: typer.Context, group: GroupRef, users: Users, write: WriteOptions) -> Appended:
    """Append a MemberAdded event per user, in one transaction.

    Only live users can be added.
    """
    with ctx.obj.open() as store:
        return named(store, store.add_members(group, users, expected_version=write.expected_version, context=write.context))


@app.command("remove")
@write_command("group")
def remove(ctx: typer.Context, group: GroupRef, users: Users, reason: Reason = None, *, write: WriteOptions) -> Appended:
    """Append a MemberRemoved event per user, in one transaction."""
    with ctx.obj.open() as store:
        removed = store.remove_members(
            group, users, reason=reason, expected_version=write.expected_version, context=write.context
        )
        return named(store, removed)


@app.command("destroy")
@write_command("group")
def destroy(ctx: typer.Context, group: GroupRef, reason: Reason = None, *, write: WriteOptions) -> "Envelope":
    """Append a Destroyed event: disband the group, free its name."""
    with ctx.obj.open() as store:
        return store.destroy_group(group, reason=reason, expected_version=write.expected_version, context=write.context)


@app.command("show")
def show(
    ctx: typer.Context,
    group: GroupRef,
    limit: Annotated[
        Optional[str], typer.Option("--limit", metavar="N", help=f"List at most N members (default {MEMBERS_PAGE}).")
    ] = None,
    all_members: Annotated[bool, typer.Option("--all", help="List every member.")] = False,
    offset: Annotated[
        Optional[str], typer.Option("--offset", metavar="N", help="Skip the first N members (the next page: --offset 20).")
    ] = None,
    search: Annotated[
        Optional[str], typer.Option("--search", metavar="TEXT", help="Only members whose name or email holds TEXT (any case).")
    ] = None,
    as_json: Json = False,
    full_ids: FullIds = False,
) -> None:
    """Show one group, its member count and its first members.

    Members are listed oldest first, 20 at a time unless --limit or --all says
    otherwise; at a terminal a line on stderr says how many more there are.
    """
    size = _page_size(limit, all_members)
    skip = whole_number("--offset", offset, least=0, hint="give --offset N to skip the first N members") or 0
    with ctx.obj.open(read_only=True) as store:
        page = store.group_members(group, limit=size, offset=skip, search=search)
        member_page(page, as_json, id_shortener(store, full_ids, ["user"]))


def _page_size(limit: Optional[str], all_members: bool) -> Optional[int]:
    """``group show``: the page size --limit or --all asks for (None: every member)."""
    if all_members:
        if limit is not None:
            from evtcli.errors import UsageProblem

            raise UsageProblem("--limit and --all cannot be used together", "give one of them")
        return None
    size = whole_number("--limit", limit, least=1, hint="give --limit N for N members, or --all for every one")
    return MEMBERS_PAGE if size is None else size


def fold(ctx: typer.Context, group: GroupRef, at: AsOfTime = None, version: AsOfVersion = None, as_json: Json = False) -> None:
    """Fold one group's events from the log and print the state."""
    one_point_in_time(at, version)
    with ctx.obj.open(read_only=True) as store:
        state = store.fold_stream("group", group, at=at, version=version)
    group_detail(state, as_json)
