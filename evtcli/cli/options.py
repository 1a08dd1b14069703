"""Options shared by many commands, declared once."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
JsonEvent = Annotated[bool, typer.Option("--json", help="Print the appended event as one JSON object.")]
Jsonl = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
CorrelationId = Annotated[
    Optional[str],
    typer.Option("--correlation-id", help="Stored in the event's metadata.", metavar="ID"),
]
CausationId = Annotated[
    Optional[str],
    typer.Option("--causation-id", help="Stored in the event's metadata.", metavar="ID"),
]
ExpectedVersion = Annotated[
    Optional[int],
    typer.Option(
        "--expected-version",
        min=0,
        metavar="V",
        help="Refuse (exit 3) unless the user is at version V now.",
    ),
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
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def which_rows(deleted: bool, every: bool) -> str:
    """``list``: the rows --deleted or --all ask for ("live" without either); not both."""
    if deleted and every:
        from evtcli.errors import UsageProblem

        raise UsageProblem("--deleted and --all cannot be used together", "give one of them")
    return "deleted" if deleted else "all" if every else "live"


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


def projection_name(name: Optional[str]) -> None:
    """``replay``: refuse an unknown --projection before the store is opened (or created)."""
    if name is not None:
        from evtcli.api import check_projection

        check_projection(name)
