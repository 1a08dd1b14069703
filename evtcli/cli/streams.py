"""The read commands of every aggregate, made from its declaration: ``list``, ``show``,
``history`` and ``fold <aggregate>``.

``user list`` and ``group list`` are the same command with another declaration, and
so are the commands of an aggregate declared later. An aggregate's own command
module may declare a command of the same name instead (``group show`` pages its
members); its other commands come from here.
"""

# No `from __future__ import annotations`: the options below are built per aggregate,
# and Typer reads them from the functions' annotations as objects.
from typing import Annotated, Any, Callable, Optional

import typer

from evtcli.cli.options import (
    AsOfTime,
    AsOfVersion,
    Format,
    FullIds,
    Json,
    Jsonl,
    Limit,
    id_shortener,
    one_point_in_time,
    output_format,
    which_rows,
)

# The read commands every aggregate with a stream table has, in the order help lists them.
READ_COMMANDS = ("list", "show", "history")


def read_command(aggregate: str, name: str) -> Callable[..., None]:
    """The ``name`` command (one of READ_COMMANDS) of ``aggregate``."""
    return {"list": _list, "show": _show, "history": _history}[name](aggregate)


def reference(aggregate: str) -> Any:
    """The argument that names one stream: USER, GROUP, … with what it accepts."""
    from evtcli.domain.declared import MODEL
    from evtcli.domain.naming import MIN_PREFIX

    declared = MODEL.aggregate(aggregate)
    naming = declared.naming
    if naming is None:
        accepted = f"Full id or unique id prefix ({MIN_PREFIX}+ characters)."
    elif naming.only_when is not None:
        accepted = f"Full id, unique id prefix ({MIN_PREFIX}+ characters) or {naming.claim}."
    else:
        ended = declared.ending or "ended"
        accepted = f"{naming.claim.capitalize()} of a {aggregate} that is not {ended}, full id or unique id prefix."
    return Annotated[str, typer.Argument(metavar=aggregate.upper(), help=accepted)]


def _list(aggregate: str) -> Callable[..., None]:
    from evtcli.api import listing_shape

    shape = listing_shape(aggregate)
    plural, ended = shape.plural, shape.ended or "ended"
    sorts = [f"{name} (the default)" if name == shape.default_sort else name for name in shape.sorts]
    searched = " or ".join(shape.search_columns)

    def list_streams(
        ctx: typer.Context,
        deleted: Annotated[bool, typer.Option("--deleted", help=f"Only {ended} {plural}.")] = False,
        every: Annotated[bool, typer.Option("--all", help=f"Every {aggregate}, {ended} ones too.")] = False,
        statuses: Annotated[
            Optional[list[str]],
            typer.Option(
                "--status", metavar="STATUS", help=f"Only {plural} with this status: {_either(list(shape.statuses))} (repeatable)."
            ),
        ] = None,
        search: Annotated[
            Optional[str],
            typer.Option("--search", metavar="TEXT", help=f"Only {plural} whose {searched} holds TEXT (any case)."),
        ] = None,
        sort: Annotated[
            str, typer.Option("--sort", metavar="KEY", help=f"Order by {_either(sorts)}; -KEY for the reverse order.")
        ] = shape.default_sort,
        limit: Limit = None,
        as_json: Json = False,
        as_jsonl: Jsonl = False,
        form: Format = None,
        full_ids: FullIds = False,
    ) -> None:
        from evtcli.cli.render.streams import streams_table

        which = which_rows(deleted, every)
        if statuses and which != "live":
            from evtcli.errors import UsageProblem

            raise UsageProblem(
                f"--status and {'--deleted' if deleted else '--all'} cannot be used together",
                "give --status once per status you want",
            )
        chosen = output_format(as_json, as_jsonl, form)
        with ctx.obj.open(read_only=True) as store:
            rows = store.iter_streams(aggregate, which, search=search, sort=sort, limit=limit, statuses=statuses or None)
            streams_table(shape, rows, chosen, id_shortener(store, full_ids, [aggregate]))

    list_streams.__doc__ = (
        f"List {plural} from the projection.\n\n"
        f"Those that are not {ended}; --deleted only {ended} ones, --all every {aggregate}, "
        f"--status only those with the statuses named."
    )
    return list_streams


def _show(aggregate: str) -> Callable[..., None]:
    def show(ctx: typer.Context, stream: reference(aggregate), as_json: Json = False) -> None:  # type: ignore[valid-type]
        from evtcli.cli.render.streams import stream_detail

        with ctx.obj.open(read_only=True) as store:
            found = store.get_stream(aggregate, stream)
            holders = store.holders_of(aggregate, found.id)
        stream_detail(aggregate, found, as_json, holders)

    show.__doc__ = f"Show one {aggregate} from the projection, and what holds it."
    return show


def _history(aggregate: str) -> Callable[..., None]:
    def history(
        ctx: typer.Context,
        stream: reference(aggregate),  # type: ignore[valid-type]
        as_json: Json = False,
        as_jsonl: Jsonl = False,
        form: Format = None,
        full_ids: FullIds = False,
    ) -> None:
        from evtcli.cli.render.events import events

        chosen = output_format(as_json, as_jsonl, form)
        with ctx.obj.open(read_only=True) as store:
            found = store.history(aggregate, stream)
            events(found, chosen, id_shortener(store, full_ids))

    history.__doc__ = f"Show a {aggregate}'s events in version order.\n\nEach event as events tail shows it."
    return history


def fold_command(aggregate: str) -> Callable[..., None]:
    """``fold <aggregate>``: one stream folded from the log, as of a time or a version."""

    def fold(
        ctx: typer.Context,
        stream: reference(aggregate),  # type: ignore[valid-type]
        at: AsOfTime = None,
        version: AsOfVersion = None,
        as_json: Json = False,
    ) -> None:
        from evtcli.cli.render.streams import stream_detail

        one_point_in_time(at, version)
        with ctx.obj.open(read_only=True) as store:
            state = store.fold_stream(aggregate, stream, at=at, version=version)
        stream_detail(aggregate, state, as_json)

    fold.__doc__ = f"Fold one {aggregate}'s events from the log and print the state."
    return fold


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
