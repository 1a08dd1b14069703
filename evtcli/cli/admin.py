"""``init``, ``replay`` and ``projection list``; the ``fold`` hub each aggregate adds to."""

import time
from typing import Annotated

import typer

from evtcli.cli.options import (
    Format,
    Json,
    JsonReplay,
    Jsonl,
    ProjectionName,
    Quiet,
    output_format,
    projection_name,
)
from evtcli.cli.render.emit import message
from evtcli.cli.render.progress import progress
from evtcli.cli.render.projections import diff_report, projection_table, replay_summary
from evtcli.cli.settings import Settings
from evtcli.errors import ExitCode

fold_app = typer.Typer(help="Fold a stream from the log (time travel).", no_args_is_help=True)
projection_app = typer.Typer(help="Inspect projections.", no_args_is_help=True)


def init(ctx: typer.Context, quiet: Quiet = False) -> None:
    """Create the schema, or upgrade an older one; safe to run again."""
    settings: Settings = ctx.obj
    # Through settings like every write command: EVTCLI_BUSY_TIMEOUT and the
    # world-readable warning apply to init too.
    with settings.open(create=True, upgrade=True) as store:
        change = store.schema_change
        events = store.head()
    if quiet:
        return
    where = store.location.display
    if change.before is not None and change.changed:
        message(
            f"upgraded the evtcli database at {where} from schema version {change.before} to {change.after} "
            f"({events} events; projections rebuilt from the log)"
        )
        if change.backup is not None:
            message(f"the database as it was is saved at {change.backup}")
        return
    message(f"evtcli database ready at {where} (schema version {change.after}, {events} events)")


def replay(
    ctx: typer.Context,
    projection: ProjectionName = None,
    verify: Annotated[bool, typer.Option("--verify", help="Rebuild aside and report drift; change nothing (exit 1 on drift).")] = False,
    as_json: JsonReplay = False,
    quiet: Quiet = False,
) -> None:
    """Rebuild projections from the log in one transaction."""
    from evtcli.cli.writes import said

    settings: Settings = ctx.obj
    report = said(as_json, quiet)  # both refused before anything is read or written
    projection_name(projection)  # before a missing database is created
    with settings.open(create=not verify, read_only=verify) as store:
        total = store.head()
        if verify:
            with progress("verifying", total) as advance:
                differences = store.diff_projections(projection, advance)
            if report:
                diff_report(differences, store.projection_names(projection), as_json)
            if differences:
                raise typer.Exit(ExitCode.REFUSED)
            return
        started = time.perf_counter()
        # Two passes over the log: the hash chain, then the fold.
        with progress("replaying", total * 2) as advance:
            results = store.replay(projection, advance)
    if report:
        replay_summary(results, time.perf_counter() - started, as_json)


@projection_app.command("list")
def projection_list(ctx: typer.Context, as_json: Json = False, as_jsonl: Jsonl = False, form: Format = None) -> None:
    """Show each projection's checkpoint, lag and staleness.

    Also the head position, rows and definition version.
    """
    chosen = output_format(as_json, as_jsonl, form)
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        statuses = store.projection_status()
    projection_table(statuses, chosen)
