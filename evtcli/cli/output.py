"""The only printer: rich tables and messages for people, json.dumps for machines.

User-supplied text is always passed to rich as ``Text`` (never markup), and JSON is
written with ``json.dumps`` straight to stdout, one document or one line at a time,
flushed so that ``tail -f --json | jq`` sees each event at once.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

if TYPE_CHECKING:
    from rich.console import Console

    from evtcli.domain.events import Envelope
    from evtcli.domain.users import User
    from evtcli.projections.runner import Difference, ProjectionStatus, ReplayResult

SECRET_PAYLOAD_FIELDS = ("password_hash",)


def _console(stderr: bool = False) -> "Console":
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # Off a terminal rich would wrap at 80 columns and cut ids; give it room instead.
    width = None if stream.isatty() else 1000
    return Console(file=stream, width=width, soft_wrap=not stream.isatty(), highlight=False)


# -- plain lines ------------------------------------------------------------------


def line(text: str) -> None:
    """A plain line on stdout (ids and other values that scripts capture)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def note(text: str) -> None:
    """A message for people on stderr (never data)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def message(text: str) -> None:
    """A short human message on stdout."""
    from rich.text import Text

    _console().print(Text(text))


def error(text: str) -> None:
    sys.stderr.write(f"error: {text}\n")
    sys.stderr.flush()


def warning(text: str) -> None:
    sys.stderr.write(f"warning: {text}\n")
    sys.stderr.flush()


# -- JSON -------------------------------------------------------------------------


def json_document(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def json_line(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def event_dict(envelope: "Envelope") -> dict[str, Any]:
    """An event for tail: the envelope with secrets left out of the payload."""
    data = envelope.to_dict()
    data["payload"] = {
        key: value for key, value in envelope.payload.items() if key not in SECRET_PAYLOAD_FIELDS
    }
    return data


# -- users ------------------------------------------------------------------------


def users_table(users: "Iterable[User]", as_json: bool) -> None:
    users = list(users)
    if as_json:
        json_document([user.public_dict() for user in users])
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("id", "name", "email", "version", "created_at", "status"):
        table.add_column(column, no_wrap=column in ("id", "created_at"))
    for user in users:
        status = Text("destroyed", style="red") if user.deleted else Text("live", style="green")
        table.add_row(
            Text(user.id),
            Text(user.name),
            Text(user.email),
            Text(str(user.version)),
            Text(user.created_at),
            status,
        )
    console = _console()
    if users:
        console.print(table)
    console.print(Text(f"{len(users)} user{'s' if len(users) != 1 else ''}", style="dim"))


def user_detail(user: "User", as_json: bool) -> None:
    if as_json:
        json_document(user.public_dict())
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    rows = user.public_dict()
    rows["status"] = "destroyed" if user.deleted else "live"
    del rows["deleted"]
    if user.deleted_reason is not None:
        rows["deleted_reason"] = user.deleted_reason
    for key, value in rows.items():
        table.add_row(Text(key), Text("" if value is None else str(value)))
    _console().print(table)


# -- events -----------------------------------------------------------------------


def event_line(envelope: "Envelope", as_json: bool) -> None:
    if as_json:
        json_line(event_dict(envelope))
        return
    from rich.text import Text

    text = Text()
    text.append(f"{envelope.position:>6}  ", style="bold")
    text.append(f"{envelope.recorded_at}  ", style="dim")
    text.append(f"{envelope.type:<10} ", style="red" if envelope.type == "Destroyed" else "green")
    text.append(f"{envelope.aggregate} {envelope.aggregate_id} v{envelope.version}")
    details = [
        f"{key}={json.dumps(value, ensure_ascii=False)}"
        for key, value in sorted(envelope.payload.items())
        if key not in SECRET_PAYLOAD_FIELDS
    ]
    if details:
        text.append("  " + " ".join(details))
    _console().print(text)


# -- projections ------------------------------------------------------------------


def projection_table(statuses: "Iterable[ProjectionStatus]", as_json: bool) -> None:
    statuses = list(statuses)
    if as_json:
        json_document(
            [
                {
                    "name": status.name,
                    "checkpoint": status.checkpoint,
                    "head": status.head,
                    "lag": status.lag,
                    "rows": status.rows,
                    "version": status.version,
                    "stale": status.stale,
                }
                for status in statuses
            ]
        )
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("name", "checkpoint", "head", "lag", "rows", "version", "stale"):
        table.add_column(column, justify="left" if column == "name" else "right")
    for status in statuses:
        stale = (
            Text(f"yes (code is v{status.code_version}; run evtcli replay)", style="red")
            if status.stale
            else Text("no")
        )
        table.add_row(
            Text(status.name),
            str(status.checkpoint),
            str(status.head),
            str(status.lag),
            str(status.rows),
            str(status.version),
            stale,
        )
    _console().print(table)


def replay_summary(results: "Iterable[ReplayResult]", seconds: float, as_json: bool) -> None:
    results = list(results)
    if as_json:
        json_document(
            {
                "projections": [
                    {"name": r.name, "events": r.events, "rows": r.rows, "checkpoint": r.position}
                    for r in results
                ],
                "seconds": round(seconds, 3),
            }
        )
        return
    for result in results:
        message(
            f"replayed {result.name}: {result.events} events -> {result.rows} rows "
            f"(checkpoint {result.position}) in {seconds:.2f} s"
        )


def diff_report(differences: "list[Difference]", projections: list[str], as_json: bool) -> None:
    if as_json:
        json_document(
            {
                "projections": projections,
                "drift": bool(differences),
                "differences": [
                    {"projection": d.projection, "key": d.key, "field": d.field, "live": d.live, "fresh": d.fresh}
                    for d in differences
                ],
            }
        )
        return
    if not differences:
        message(f"no drift: {', '.join(projections)} match a fresh replay of the log")
        return
    for d in differences:
        if d.field == "(row)":
            where = "only in the live table" if d.live else "missing from the live table"
            message(f"{d.projection} {d.key}: row {where}")
        else:
            message(f"{d.projection} {d.key}: {d.field} is {d.live!r} live, {d.fresh!r} in a fresh replay")


# -- progress ---------------------------------------------------------------------


@contextmanager
def progress(description: str, total: int | None) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda advance: bar.advance(task, advance)
