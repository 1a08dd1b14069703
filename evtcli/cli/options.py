"""Options shared by many commands, declared once."""

from __future__ import annotations

from typing import Annotated, Any, Callable, Optional

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
JsonReplay = Annotated[bool, typer.Option("--json", help="Print what was rebuilt, or the drift found, as one JSON object.")]
JsonReport = Annotated[bool, typer.Option("--json", help="Print the report as one JSON object, problems included.")]
JsonStats = Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")]
JsonSummary = Annotated[bool, typer.Option("--json", help="Print the counts as one JSON object instead of a sentence.")]
Jsonl = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
Format = Annotated[
    Optional[str], typer.Option("--format", metavar="FORMAT", help="csv: comma-separated values, a header line first.")
]
FullIds = Annotated[
    bool, typer.Option("--full-ids", help="Show whole ids (a terminal shows unique 8+ character prefixes).")
]
Limit = Annotated[Optional[int], typer.Option("--limit", metavar="N", help="At most N rows.")]

# What --format accepts (tables are the default; JSON has its own options).
FORMATS = ("csv",)
CorrelationId = Annotated[
    Optional[str],
    typer.Option("--correlation-id", help="Stored in the event's metadata.", metavar="ID"),
]
CausationId = Annotated[
    Optional[str],
    typer.Option("--causation-id", help="Stored in the event's metadata.", metavar="ID"),
]
UserRef = Annotated[
    str,
    typer.Argument(metavar="USER", help="Full id, unique id prefix (4+ characters) or email."),
]
AsOfTime = Annotated[
    Optional[str], typer.Option("--at", metavar="TIME", help="As of this time (ISO 8601; UTC if no zone).")
]
AsOfVersion = Annotated[Optional[int], typer.Option("--version", metavar="V", help="As of this version.")]
Reason = Annotated[Optional[str], typer.Option("--reason", metavar="TEXT", help="Why, kept in the event.")]
EventTypes = Annotated[
    Optional[list[str]],
    typer.Option("--type", metavar="TYPE", help="Only this event type (repeatable)."),
]
Since = Annotated[
    Optional[str],
    typer.Option(
        "--since",
        metavar="WHEN",
        help="Only events after this position, or recorded at or after this ISO 8601 time "
        "(WHEN is a position or a time; a date alone is midnight UTC).",
    ),
]
Until = Annotated[
    Optional[str],
    typer.Option(
        "--until",
        metavar="WHEN",
        help="Only events up to and including this position, or recorded at or before this "
        "ISO 8601 time (a date alone is midnight UTC: --until 2025-10-01 ends at its first instant).",
    ),
]
AggregateId = Annotated[
    Optional[str],
    typer.Option(
        "--id",
        metavar="ID",
        help="Only this stream: its id, a unique prefix, an email or a group's name (a destroyed group's too).",
    ),
]
AggregateType = Annotated[
    Optional[str],
    typer.Option("--aggregate", metavar="AGGREGATE", help="Only this aggregate type."),
]
ProjectionName = Annotated[
    Optional[str],
    typer.Option("--projection", metavar="NAME", help="Only this projection."),
]
Quiet = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print nothing on success; errors and warnings still go to stderr."),
]
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def which_rows(deleted: bool, every: bool) -> str:
    """``list``: the rows --deleted or --all ask for ("live" without either); not both."""
    if deleted and every:
        from evtcli.errors import UsageProblem

        raise UsageProblem("--deleted and --all cannot be used together", "give one of them")
    return "deleted" if deleted else "all" if every else "live"


def whole_number(option: str, text: Optional[str], *, least: int, hint: str) -> Optional[int]:
    """An option's value as a whole number of at least ``least`` (None when not given);
    anything else is a usage error that says what is accepted (``hint``), in evtcli's
    words rather than a conversion library's."""
    if text is None:
        return None
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or int(value) < least:
        from evtcli.errors import UsageProblem

        raise UsageProblem(f"{option} takes a whole number of {least} or more, not {text!r}", hint)
    return int(value)


def output_format(as_json: bool, as_jsonl: bool = False, form: Optional[str] = None) -> str:
    """The one output a listing was asked for: "table", "json", "jsonl" or "csv"."""
    from evtcli.errors import UsageProblem

    asked = [name for name, given in (("--json", as_json), ("--jsonl", as_jsonl), ("--format", form is not None)) if given]
    if len(asked) > 1:
        raise UsageProblem(f"{' and '.join(asked)} cannot be used together", "give one of them")
    if form is not None:
        if form.lower() not in FORMATS:
            raise UsageProblem(f"unknown --format {form!r}", f"use one of: {', '.join(FORMATS)}")
        return form.lower()
    return "json" if as_json else "jsonl" if as_jsonl else "table"


def id_shortener(store: Any, full_ids: bool, aggregates: Optional[list[str]] = None) -> Optional[Callable[[list[str]], dict[str, str]]]:
    """How a table shortens ids: to unique prefixes on a terminal, not at all with
    --full-ids or when stdout is a pipe or a file (None)."""
    import sys

    if full_ids or not sys.stdout.isatty():
        return None
    return lambda ids: store.short_ids(ids, aggregates)  # type: ignore[no-any-return]


def one_point_in_time(at: Optional[str], version: Optional[int]) -> None:
    """``fold``: refuse --at with --version, or an unreadable --at, before the store is opened."""
    from evtcli.api.resolve import one_point_in_time as refuse_both  # not at start-up

    refuse_both(at, version)


def event_filters(types: Optional[list[str]], aggregate: Optional[str]) -> None:
    """``events tail``/``export``: refuse an undeclared --type or --aggregate (a usage
    error naming the declared ones) before the store is opened."""
    from evtcli.api.resolve import check_filters
    from evtcli.domain.declared import MODEL

    check_filters(MODEL, types, aggregate)


def log_range(ctx: typer.Context, since: Optional[str], until: Optional[str]) -> Any:
    """``events tail``/``export``: --since and --until read as a LogRange (a position or
    an ISO 8601 time each) before the store is opened; a bad one is a usage error."""
    from evtcli.api.resolve import log_range as bounds
    from evtcli.errors import UsageProblem

    try:
        return bounds(since, until)
    except UsageProblem as exc:
        raise UsageProblem(exc.message, f"{exc.hint}; see '{ctx.command_path} --help'") from None


def projection_name(name: Optional[str]) -> None:
    """``replay``: refuse an unknown --projection before the store is opened (or created)."""
    if name is not None:
        from evtcli.api import check_projection

        check_projection(name)

