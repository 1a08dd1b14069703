"""``evtcli events import`` and ``evtcli events export``: JSON Lines in and out."""

import os
import stat
import sys
from contextlib import contextmanager
from typing import Annotated, BinaryIO, Iterator, Optional

import typer

from evtcli.cli.options import (
    AggregateId,
    AggregateType,
    CausationId,
    CorrelationId,
    EventTypes,
    JsonSummary,
    Quiet,
    Since,
    Until,
    event_filters,
    log_range,
)
from evtcli.cli.render.emit import plural, warning
from evtcli.cli.render.events import import_summary
from evtcli.cli.render.progress import progress
from evtcli.cli.settings import Settings
from evtcli.cli.writes import said, write_context
from evtcli.errors import NotFound, UsageProblem, ValidationError


def import_events(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE", help="JSON Lines file, or - for standard input.")],
    keys: Annotated[
        Optional[str],
        typer.Option("--keys", metavar="FILE", help="The keys file written by 'events export --keys' with these events."),
    ] = None,
    as_json: JsonSummary = False,
    quiet: Quiet = False,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Check every line as an import does, then write nothing: say how many events "
            "would be appended and skipped. Needs an existing database (it creates none).",
        ),
    ] = False,
) -> None:
    """Append events from JSON Lines, all or nothing.

    Idempotent by event_id. Lines without metadata get your user name as actor,
    "events import" as command, and --correlation-id/--causation-id when given;
    lines with metadata keep theirs. Blank lines are skipped. An error names the first bad line and nothing is written.
    Sealed personal data imports with the keys that open it (--keys).
    """
    report = said(as_json, quiet)
    settings: Settings = ctx.obj
    # Opened before the store so that a missing file creates no database.
    with _open_source(source) as (stream, size), _open_keys(keys) as key_stream:
        with settings.open(create=not dry_run) as store, progress("importing", size, unit="bytes") as advance:
            summary = store.import_events(
                stream,
                context=write_context("events import", correlation_id, causation_id),
                progress=advance,
                keys=key_stream,
                dry_run=dry_run,
            )
    if not quiet:
        for aggregate, count in summary.forgotten_keys.items():
            whose = f"a forgotten {aggregate}" if count == 1 else f"forgotten {plural(aggregate)}"
            warning(f"skipped {count} key{'s' if count != 1 else ''} of {whose}: a forgotten {aggregate} never gets its key back")
    if report:
        import_summary(summary, as_json)


def export_events(
    ctx: typer.Context,
    types: EventTypes = None,
    aggregate: AggregateType = None,
    aggregate_id: AggregateId = None,
    since: Since = None,
    until: Until = None,
    output_path: Annotated[
        Optional[str],
        typer.Option("-o", "--output", metavar="FILE", help="Write to FILE (mode 0600) instead of stdout."),
    ] = None,
    keys: Annotated[
        Optional[str],
        typer.Option("--keys", metavar="FILE", help="Also write the keys of the exported users to FILE (mode 0600)."),
    ] = None,
) -> None:
    """Write events as canonical JSON Lines, in position order.

    Events are written as stored; keys only with --keys. --since and --until take
    a position or an ISO 8601 time.
    """
    if keys is not None and (keys == "-" or keys == output_path):
        raise UsageProblem("--keys needs a file of its own", "give --keys a path other than - and --output")
    event_filters(types, aggregate)
    log_range(ctx, since, until)
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        from evtcli.jsonl.files import write_lines  # here: the store has loaded what it needs

        keys_to = None if keys is None else (lambda lines: write_lines(lines, keys))
        lines = store.export_lines(
            aggregate=aggregate, aggregate_id=aggregate_id, types=types, since=since or 0, until=until, keys_to=keys_to
        )
        write_lines(lines, output_path)


@contextmanager
def _open_keys(path: Optional[str]) -> Iterator[Optional[BinaryIO]]:
    if path is None:
        yield None
        return
    if path == "-":
        raise UsageProblem("--keys needs a file", "give the keys file's path; standard input holds the events")
    with _open_source(path) as (stream, _):
        yield stream


@contextmanager
def _open_source(source: str) -> Iterator[tuple[BinaryIO, Optional[int]]]:
    """The input as a binary stream, with its size in bytes when it is a plain file."""
    if source == "-":
        yield sys.stdin.buffer, None
        return
    try:
        handle = open(source, "rb")
    except FileNotFoundError:
        raise NotFound(f"no file {source}", "check the path, or give - to read standard input") from None
    except IsADirectoryError:
        raise ValidationError(f"{source} is a directory", "give a JSON Lines file") from None
    except OSError as exc:
        raise ValidationError(f"cannot read {source}: {exc.strerror}", "check the file's permissions") from None
    with handle:
        mode = os.fstat(handle.fileno()).st_mode
        yield handle, os.fstat(handle.fileno()).st_size if stat.S_ISREG(mode) else None
