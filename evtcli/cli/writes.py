"""The write commands' options, declared once, and the one way a write reports.

A write command declares its own arguments and one ``WriteOptions`` parameter;
:func:`write_command` puts the shared options in its signature, hands the command
one :class:`WriteOptions` and prints what the command returns::

    @app.command("rename")
    @write_command("user")
    def rename(ctx: typer.Context, user: UserRef, name: Name, write: WriteOptions) -> Envelope:
        \"\"\"Append a Renamed event: give a user a new name.\"\"\"
        with ctx.obj.open() as store:
            return store.rename_user(user, name, expected_version=write.expected_version, context=write.context)

``--expected-version`` stands where the ``WriteOptions`` parameter stands, among
what the command changes; ``--correlation-id``, ``--causation-id``, ``--json``,
``--jsonl`` and ``--quiet`` close the list. A command that creates a stream has no
version to expect, and prints the new id even with ``--quiet`` (it is what scripts
capture).

How a write reports: a line per appended event for people (on stdout, naming the
streams its payload names when the command returns :class:`Appended`); with
``--json`` one JSON document (the event object when it appended one, an array when
it appended several); with ``--jsonl`` one event per line; nothing with ``--quiet``.

Typer reads a command's signature; the wrapper shows it one with the options in
place of the ``WriteOptions`` parameter. Nothing here imports the API: building a
command (for ``--help``) must stay cheap.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from evtcli.cli.options import CausationId, CorrelationId, Quiet

if TYPE_CHECKING:
    from evtcli.api import WriteContext
    from evtcli.domain.events import Envelope

JsonEvent = Annotated[
    bool,
    typer.Option("--json", help="Print one JSON document: the appended event, or an array of them when several."),
]
QuietCreate = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print the new id alone; errors and warnings still go to stderr.")
]
JsonlEvents = Annotated[bool, typer.Option("--jsonl", help="Print each appended event as one JSON line.")]


def _expected_version(noun: str) -> Any:
    return Annotated[
        Optional[int],
        typer.Option(
            "--expected-version", min=0, metavar="V", help=f"Refuse (exit 3) unless the {noun} is at version V now."
        ),
    ]


@dataclass(frozen=True)
class WriteOptions:
    """What a write command was given besides its own arguments."""

    command: str  # e.g. "user rename": kept in each appended event's metadata
    expected_version: int | None
    correlation_id: str | None
    causation_id: str | None
    as_json: bool
    quiet: bool
    as_jsonl: bool = False

    @property
    def context(self) -> WriteContext:
        """The metadata the write stores with its events."""
        return write_context(self.command, self.correlation_id, self.causation_id)

    @property
    def reports(self) -> bool:
        """Whether the write says what it did (not with --quiet)."""
        return not self.quiet


    @property
    def form(self) -> str:
        """How the write prints its events: "json", "jsonl" or "text"."""
        return "json" if self.as_json else "jsonl" if self.as_jsonl else "text"


@dataclass(frozen=True)
class Appended:
    """What a write appended, with how messages name the streams its events' payloads
    name (a member's user, by id): what a command returns when the store that knows
    those names is about to be closed (see :func:`named`)."""

    events: list[Envelope]
    names: dict[str, str]


def named(store: Any, events: Envelope | list[Envelope]) -> Appended:
    """The appended ``events`` with the names of the streams their payloads name, read
    from ``store`` while it is open (nothing is read for events that name none)."""
    found = events if isinstance(events, list) else [events]
    return Appended(found, store.named_in(found))


Reporter = Callable[[Any, WriteOptions], None]


def appended(result: Envelope | list[Envelope] | Appended, options: WriteOptions) -> None:
    """How a write reports: each appended event as a line for people, one JSON document
    with --json (the event, or an array of several), JSON Lines with --jsonl; nothing
    with --quiet."""
    from evtcli.cli.render.events import written, written_events

    if not options.reports:
        return
    if isinstance(result, Appended):
        events, names = result.events, result.names
    else:
        events, names = (result if isinstance(result, list) else [result]), {}
    if options.form == "text":
        for event in events:
            written(event, False, names)
    else:
        written_events(events, options.form)


def created(event: Envelope, options: WriteOptions) -> None:
    """How a create reports: the new stream's id (even with --quiet), or the event with
    --json or --jsonl."""
    from evtcli.cli.render.emit import line
    from evtcli.cli.render.events import written_events

    if options.form != "text":
        written_events([event], options.form)
    else:
        line(event.aggregate_id)


def write_command(aggregate: str, *, creates: bool = False, report: Reporter | None = None) -> Callable[[Any], Any]:
    """Give a write command of ``aggregate`` the shared write options and report what it
    returns (:func:`appended`, :func:`created` with ``creates``, or ``report``)."""
    shown = report or (created if creates else appended)

    def bundle(function: Callable[..., Any]) -> Callable[..., Any]:
        own = list(inspect.signature(function).parameters.values())
        marker = next(p for p in own if p.annotation in (WriteOptions, "WriteOptions"))
        contexts = [p.name for p in own if p.annotation in (typer.Context, "typer.Context")]
        shared = [
            ("correlation_id", CorrelationId, None),
            ("causation_id", CausationId, None),
            ("as_json", JsonEvent, False),
            ("as_jsonl", JsonlEvents, False),
            ("quiet", QuietCreate if creates else Quiet, False),
        ]
        versioned = () if creates else (("expected_version", _expected_version(aggregate), None),)
        added = [name for name, _, _ in (*shared, *versioned)]
        clash = {p.name for p in own} & set(added)
        assert not clash, f"{function.__name__} declares {clash} itself"
        at = own.index(marker)
        parameters = [
            *own[:at],
            *(_parameter(*option) for option in versioned),
            *own[at + 1 :],
            *(_parameter(*option) for option in shared),
        ]
        if not contexts:
            parameters.insert(0, _parameter("ctx", typer.Context, inspect.Parameter.empty))

        @functools.wraps(function)
        def command(**given: Any) -> None:
            ctx = given[contexts[0]] if contexts else given.pop("ctx")
            options = WriteOptions(
                command=_command_path(ctx),
                expected_version=given.pop("expected_version", None),
                correlation_id=given.pop("correlation_id"),
                causation_id=given.pop("causation_id"),
                as_json=given.pop("as_json"),
                quiet=given.pop("quiet"),
                as_jsonl=given.pop("as_jsonl"),
            )
            said(options.as_json, options.quiet, options.as_jsonl)  # refused before anything is read or written
            shown(function(**given, **{marker.name: options}), options)

        signature = inspect.Signature(
            [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in parameters], return_annotation=None
        )
        command.__signature__ = signature  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
        return command

    return bundle


def _parameter(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


def _command_path(ctx: typer.Context) -> str:
    """The command as typed under ``evtcli``: ``user rename``."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


def write_context(command: str, correlation_id: str | None, causation_id: str | None) -> WriteContext:
    """The metadata of events appended by ``command``."""
    from evtcli.api import WriteContext

    return WriteContext(command=command, correlation_id=correlation_id, causation_id=causation_id)


def said(as_json: bool, quiet: bool, as_jsonl: bool = False) -> bool:
    """Whether a write command reports what it did (not with --quiet); never two of
    --quiet, --json and --jsonl, which ask for different output."""
    asked = [name for name, given in (("--quiet", quiet), ("--json", as_json), ("--jsonl", as_jsonl)) if given]
    if len(asked) > 1:
        from evtcli.errors import UsageProblem

        raise UsageProblem(f"{' and '.join(asked)} cannot be used together", "give one of them")
    return not quiet
