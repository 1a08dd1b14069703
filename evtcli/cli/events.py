"""``evtcli events …``: tail (and follow) the log, and print its anchor."""

from typing import Annotated

import typer

from evtcli.cli.interrupts import StopRequest
from evtcli.cli.options import (
    AggregateId,
    AggregateType,
    EventTypes,
    Format,
    FullIds,
    Jsonl,
    Since,
    Until,
    event_filters,
    id_shortener,
    log_range,
    output_format,
)
from evtcli.cli.readers import stdout_reader_gone
from evtcli.cli.render.emit import json_line, line
from evtcli.cli.render.events import events as print_events
from evtcli.cli.settings import Settings
from evtcli.errors import NotFound

app = typer.Typer(help="Read, follow, import and export the event log.", no_args_is_help=True)

# How often `tail -f` looks for new events; well inside the 0.5 s the spec allows.
FOLLOW_POLL_SECONDS = 0.1


@app.command("tail")
def tail(
    ctx: typer.Context,
    count: Annotated[int, typer.Option("-n", "--lines", min=0, metavar="N", help="How many events to show.")] = 10,
    follow: Annotated[bool, typer.Option("-f", "--follow", help="Keep printing new events until Ctrl-C.")] = False,
    types: EventTypes = None,
    aggregate: AggregateType = None,
    aggregate_id: AggregateId = None,
    since: Since = None,
    until: Until = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per line (as --jsonl).")] = False,
    as_jsonl: Jsonl = False,
    form: Format = None,
    full_ids: FullIds = False,
) -> None:
    """Show the last N events in position order; with -f, follow new ones.

    --since and --until take a position or an ISO 8601 time. -f cannot be used with
    --until (refused): a follower ends with Ctrl-C.
    """
    # Events are a stream: --json prints JSON Lines too (SPEC §4), flushed per line.
    chosen = output_format(as_json, as_jsonl, form)
    if chosen == "json":
        chosen = "jsonl"
    settings: Settings = ctx.obj
    event_filters(types, aggregate)
    if follow and until is not None:
        from evtcli.errors import UsageProblem

        raise UsageProblem("-f and --until cannot be used together", "a follower ends with Ctrl-C; leave out one of them")
    bounds = log_range(ctx, since, until)
    try:
        with settings.open(read_only=True) as store:
            shorten = id_shortener(store, full_ids)
            events, head = store.tail(
                count, types=types, aggregate=aggregate, aggregate_id=aggregate_id, since=since or 0, until=until
            )
            print_events(events, chosen, shorten)
            if not follow:
                return
            with StopRequest() as stopping:
                followed = store.follow(
                    max(head, bounds.after),
                    types=types,
                    aggregate=aggregate,
                    aggregate_id=aggregate_id,
                    recorded_since=bounds.recorded_since,
                    poll_interval=FOLLOW_POLL_SECONDS,
                    stop=lambda: bool(stopping) or stdout_reader_gone(),  # `| head -1` has quit
                )
                for event in followed:
                    print_events([event], chosen, shorten, header=False)
    except KeyboardInterrupt:
        # Ctrl-C is how -f is meant to end, whenever it comes (even while the first
        # events are still being printed): exit 0, no traceback.
        if not follow:
            raise


@app.command("head")
def head(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object: position, hash and recorded_at.")
    ] = False,
) -> None:
    """Print the log's anchor: the position, hash and time of its last event.

    Keep these lines somewhere the database's owner cannot write (another machine):
    'evtcli verify --anchors FILE' then proves the log still holds each one unchanged.
    """
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        event = store.head_event()
    if event is None:
        raise NotFound("the log is empty: there is no event to anchor yet", "anchor it after its first write")
    anchor = {"position": event.position, "hash": event.hash, "recorded_at": event.recorded_at}
    if as_json:
        json_line(anchor)
    else:
        line(f"{event.position}:{event.hash} {event.recorded_at}")


EventReference = Annotated[
    str, typer.Argument(metavar="EVENT", help="The event's position in the log, or its event_id.")
]


@app.command("show")
def show(
    ctx: typer.Context,
    reference: EventReference,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    full_ids: FullIds = False,
) -> None:
    """Show one event, what caused it and what it caused.

    The event without secrets, the events its causation and correlation ids name,
    and the events whose causation id is its event_id.
    """
    from evtcli.cli.render.trace import shown

    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        context = store.event_context(store.event_position(reference))
        shown(context, as_json, id_shortener(store, full_ids))


@app.command("trace")
def trace(
    ctx: typer.Context,
    reference: EventReference,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    full_ids: FullIds = False,
) -> None:
    """Show the causation tree an event belongs to.

    How a request became events: every event of the event's correlation and what
    they caused, one a line, indented under its cause, the given event marked '>'.
    """
    from evtcli.cli.render.trace import traced

    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        traced(store.trace(reference), as_json, id_shortener(store, full_ids))
