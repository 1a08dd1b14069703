"""``evtcli events …``: tail (and follow) the log."""

from typing import Annotated, Optional

import typer

from evtcli.cli import output
from evtcli.cli.options import Json, event_filters
from evtcli.cli.settings import Settings

app = typer.Typer(help="Read, follow, import and export the event log.", no_args_is_help=True)

# How often `tail -f` looks for new events; well inside the 0.5 s the spec allows.
FOLLOW_POLL_SECONDS = 0.1


@app.command("tail")
def tail(
    ctx: typer.Context,
    count: Annotated[int, typer.Option("-n", "--lines", min=0, help="How many events to show.")] = 10,
    follow: Annotated[bool, typer.Option("-f", "--follow", help="Keep printing new events until Ctrl-C.")] = False,
    types: Annotated[
        Optional[list[str]], typer.Option("--type", metavar="TYPE", help="Only this event type (repeatable).")
    ] = None,
    aggregate: Annotated[Optional[str], typer.Option("--aggregate", help="Only this aggregate type.")] = None,
    aggregate_id: Annotated[
        Optional[str], typer.Option("--id", metavar="ID", help="Only this aggregate id (or unique prefix).")
    ] = None,
    as_json: Json = False,
) -> None:
    """Show the last N events in position order; with -f, follow new ones."""
    settings: Settings = ctx.obj
    event_filters(types, aggregate)
    try:
        with settings.open() as store:
            events, head = store.tail(count, types=types, aggregate=aggregate, aggregate_id=aggregate_id)
            for event in events:
                output.event_line(event, as_json)
            if not follow:
                return
            for event in store.follow(
                head,
                types=types,
                aggregate=aggregate,
                aggregate_id=aggregate_id,
                poll_interval=FOLLOW_POLL_SECONDS,
            ):
                output.event_line(event, as_json)
    except KeyboardInterrupt:
        # Ctrl-C is how -f is meant to end, whenever it comes (even while the first
        # events are still being printed): exit 0, no traceback.
        if not follow:
            raise
