"""``evtcli group …``: groups of users (§8), and how they are shown."""

from typing import TYPE_CHECKING, Annotated, Any, Iterable, Optional, Sequence

import typer

from evtcli.cli import output
from evtcli.cli.options import (
    AsOfTime,
    AsOfVersion,
    CausationId,
    CorrelationId,
    Format,
    FullIds,
    Json,
    JsonEvent,
    Jsonl,
    Limit,
    Quiet,
    Reason,
    id_shortener,
    one_point_in_time,
    output_format,
    which_rows,
    whole_number,
)
from evtcli.cli.settings import run_write, write_context
from evtcli.cli.tables import Column, print_line, print_table

if TYPE_CHECKING:
    from evtcli.api.results import MemberPage

# Members `group show` lists unless --limit or --all says otherwise: a screenful.
MEMBERS_PAGE = 20

app = typer.Typer(help="Create, rename and destroy groups; add and remove members.", no_args_is_help=True)

GroupRef = Annotated[
    str, typer.Argument(metavar="GROUP", help="Name of a group that is not destroyed, full id or unique id prefix.")
]
Users = Annotated[list[str], typer.Argument(metavar="USER...", help="Users: ids, unique id prefixes or emails.")]
GroupExpectedVersion = Annotated[
    Optional[int],
    typer.Option("--expected-version", min=0, metavar="V", help="Refuse (exit 3) unless the group is at version V now."),
]
Name = Annotated[str, typer.Option("--name", metavar="NAME", help="1-100 characters, unique among groups.")]


@app.command("create")
def create(
    ctx: typer.Context,
    name: Name,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    as_json: JsonEvent = False,
) -> None:
    """Append a Created event and print the new group's id."""
    from evtcli.domain.declared import MODEL

    MODEL.aggregate("group").normalize("Created", name=name)  # a refused create creates no database
    with ctx.obj.open(create=True) as store:
        event = store.create_group(name, write_context("group create", correlation_id, causation_id))
    if as_json:
        output.written(event, as_json)
    else:
        output.line(event.aggregate_id)


@app.command("rename")
def rename(
    ctx: typer.Context,
    group: GroupRef,
    name: Name,
    expected_version: GroupExpectedVersion = None,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    as_json: JsonEvent = False,
    quiet: Quiet = False,
) -> None:
    """Append a Renamed event: give a group a new, free name."""
    run_write(ctx, "group rename", correlation_id, causation_id, as_json,
            lambda store, context: [store.rename_group(group, name, expected_version=expected_version, context=context)])


@app.command("add")
def add(
    ctx: typer.Context,
    group: GroupRef,
    users: Users,
    expected_version: GroupExpectedVersion = None,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    as_json: JsonEvent = False,
    quiet: Quiet = False,
) -> None:
    """Append a MemberAdded event per user, in one transaction.

    Only live users can be added.
    """
    run_write(ctx, "group add", correlation_id, causation_id, as_json,
            lambda store, context: store.add_members(group, users, expected_version=expected_version, context=context))


@app.command("remove")
def remove(
    ctx: typer.Context,
    group: GroupRef,
    users: Users,
    reason: Reason = None,
    expected_version: GroupExpectedVersion = None,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    as_json: JsonEvent = False,
    quiet: Quiet = False,
) -> None:
    """Append a MemberRemoved event per user, in one transaction."""
    run_write(ctx, "group remove", correlation_id, causation_id, as_json,
            lambda store, context: store.remove_members(
                group, users, reason=reason, expected_version=expected_version, context=context))


@app.command("destroy")
def destroy(
    ctx: typer.Context,
    group: GroupRef,
    reason: Reason = None,
    expected_version: GroupExpectedVersion = None,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    as_json: JsonEvent = False,
    quiet: Quiet = False,
) -> None:
    """Append a Destroyed event: disband the group, free its name."""
    run_write(ctx, "group destroy", correlation_id, causation_id, as_json,
            lambda store, context: [store.destroy_group(
                group, reason=reason, expected_version=expected_version, context=context)])


@app.command("list")
def list_groups(
    ctx: typer.Context,
    deleted: Annotated[bool, typer.Option("--deleted", help="Only destroyed groups.")] = False,
    all_groups: Annotated[bool, typer.Option("--all", help="Every group, destroyed ones too.")] = False,
    search: Annotated[
        Optional[str], typer.Option("--search", metavar="TEXT", help="Only groups whose name holds TEXT (any case).")
    ] = None,
    sort: Annotated[str, typer.Option("--sort", metavar="KEY", help="Order by name (the default) or created.")] = "name",
    limit: Limit = None,
    as_json: Json = False,
    as_jsonl: Jsonl = False,
    form: Format = None,
    full_ids: FullIds = False,
) -> None:
    """List groups by name.

    Groups that are not destroyed; --deleted only destroyed ones, --all every group.
    """
    which = which_rows(deleted, all_groups)
    chosen = output_format(as_json, as_jsonl, form)
    with ctx.obj.open(read_only=True) as store:
        found = store.iter_streams("group", which, search=search, sort=sort, limit=limit)
        groups_table(found, chosen, id_shortener(store, full_ids, ["group"]))


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


# -- how groups are shown ---------------------------------------------------------------

GROUP_COLUMNS = ("id", "name", "members", "version", "created_at", "status")


def groups_table(groups: Iterable[Any], form: str = "table", shorten: output.Shortener = None) -> None:
    def table(found: list[Any]) -> None:
        ids = output.shown_ids([group.id for group in found], shorten)
        rows = [
            [
                (ids[group.id], None),
                (group.name, None),
                (str(group.member_count), None),
                (str(group.version), None),
                (group.created_at, None),
                (group.status, output.STATUS_STYLES.get(group.status)),
            ]
            for group in found
        ]
        columns = [
            output.ID_COLUMN, Column("name"), Column("members", justify="right"), output.VERSION_COLUMN,
            output.timestamp_column("created_at"), output.STATUS_COLUMN,
        ]
        if rows:
            print_table(columns, rows)
        output.count_line(len(found), "group")

    output.listing(
        groups,
        form,
        record=lambda group: output.public("group", group),
        columns=GROUP_COLUMNS,
        cells=lambda g: (g.id, g.name, g.member_count, g.version, g.created_at, g.status),
        table=table,
    )


def group_detail(group: Any, as_json: bool) -> None:
    """A group folded from the log and its members, oldest first: their ids and when
    they were added (the log of groups does not hold their names)."""
    from evtcli.domain.groups import oldest_first  # here: --help and completion load no model

    rows = output.public("group", group)
    listed = [(user_id, None, None, at) for user_id, at in oldest_first(group.members)]
    rows["members"] = [{"id": user_id, "added_at": at} for user_id, _, _, at in listed]
    if as_json:
        output.json_document(rows)
        return
    del rows["members"]
    output.record(rows, keep_empty=("destroyed_at",))
    _member_lines(listed, None)


def member_page(page: "MemberPage", as_json: bool, shorten: output.Shortener = None) -> None:
    """``group show``: the group's fields, member count included, then one page of its
    members; at a terminal, a line on stderr says how to see the rest."""
    rows = output.public("group", page.group)
    if as_json:
        rows["members"] = [member._asdict() for member in page.members]
        rows.update(
            offset=page.offset, limit=page.limit, search=page.search, matching=page.matching, next_offset=page.next_offset
        )
        output.json_document(rows)
        return
    output.record(rows, keep_empty=("destroyed_at",))
    _member_lines(page.members, shorten)
    output.terminal_note(_rest(page))


def _member_lines(listed: Sequence[tuple[str, str | None, str | None, str]], shorten: output.Shortener) -> None:
    ids = output.shown_ids([member[0] for member in listed], shorten)
    for user_id, name, email, added_at in listed:
        who = f"{name} <{email}>" if name is not None else ""
        print_line([("  ", None), (ids[user_id], None), (f"  {who}" if who else "", None), (f"  since {added_at}", "dim")], wrap=True)


def _rest(page: "MemberPage") -> str | None:
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
