"""The only printer: tables and messages for people, json.dumps for machines.

Tables and styled lines go through ``tables`` (rich on a terminal, the same layout
as plain text elsewhere); user-supplied text is never read as rich markup. JSON is
written with ``json.dumps`` straight to stdout, one document or one line at a time,
flushed so that ``tail -f --json | jq`` sees each event at once.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeVar

from evtcli.cli.tables import Column, console, print_line, print_table

if TYPE_CHECKING:
    from evtcli.api import Difference, ImportSummary, ProjectionStatus, ReplayResult, Stats, VerifyReport
    from evtcli.api.results import Forgetting
    from evtcli.domain.events import Envelope
    from evtcli.domain.users import User

T = TypeVar("T")

STATUS_STYLES = {"live": "green", "disabled": "yellow", "destroyed": "red", "forgotten": "dim"}


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
    print_line([(text, None)])


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


# json.dumps with options builds a new encoder per call: one for all values instead.
_pretty = json.JSONEncoder(ensure_ascii=False, indent=2).encode


def json_array(values: Iterable[Any]) -> None:
    """A JSON array written as it is read, the same text as json_document(list(values))."""
    write = sys.stdout.write
    opened = False
    for value in values:
        # Nested lines move two columns right; JSON strings hold no raw newlines.
        write(("[\n  " if not opened else ",\n  ") + _pretty(value).replace("\n", "\n  "))
        opened = True
    write("\n]\n" if opened else "[]\n")
    sys.stdout.flush()


def json_line(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def event_dict(envelope: "Envelope") -> dict[str, Any]:
    """An event for tail: the envelope with its type's secret fields left out of the payload."""
    from evtcli.api.browse import shown_event

    return shown_event(envelope)


def _shown_payload(envelope: "Envelope") -> dict[str, Any]:
    from evtcli.api.browse import shown_payload

    return shown_payload(envelope)


# -- listings -----------------------------------------------------------------------

Shortener = Callable[[list[str]], dict[str, str]] | None  # ids -> shown ids; None shows them whole


def listing(
    items: Iterable[T],
    form: str,
    *,
    record: Callable[[T], dict[str, Any]],
    columns: Sequence[str],
    cells: Callable[[T], Sequence[Any]],
    table: Callable[[list[T]], None],
    header: bool = True,
) -> None:
    """Rows in the form asked for: a JSON array, JSON Lines, CSV (``columns`` as the
    header unless ``header`` is false, ``cells`` per row) or a table for people."""
    if form == "json":
        json_array(record(item) for item in items)
    elif form == "jsonl":
        for item in items:
            json_line(record(item))
    elif form == "csv":
        csv_rows(columns if header else None, (cells(item) for item in items))
    else:
        table(list(items))  # the columns are as wide as their widest cell


def csv_rows(columns: Sequence[str] | None, rows: Iterable[Sequence[Any]]) -> None:
    """CSV with a header line; one line per row, ``\n``-terminated as other Unix tools write."""
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    if columns is not None:
        writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    sys.stdout.flush()


def shown_ids(ids: list[str], shorten: Shortener) -> dict[str, str]:
    return shorten(ids) if shorten is not None else {value: value for value in ids}


def _minutes(timestamp: str) -> str:
    return timestamp[:16].replace("T", " ")


def _date(timestamp: str) -> str:
    return timestamp[:10]


def timestamp_column(header: str) -> Column:
    """A timestamp: whole, or to the minute, or the date alone where the table is narrow."""
    return Column(header, no_wrap=True, narrower=((header, _minutes), (header, _date)))


ID_COLUMN = Column("id", copy=True)
VERSION_COLUMN = Column("version", justify="right", narrower=(("v", str),))
STATUS_COLUMN = Column("status", no_wrap=True)


def count_line(count: int, noun: str) -> None:
    print_line([(f"{count} {noun}{'s' if count != 1 else ''}", "dim")])


def terminal_note(text: str | None) -> None:
    """A line for the person at the terminal, about what was printed (how many more
    rows there are): on stderr, and only when stderr is a terminal, so that piped or
    redirected output has rows only and a script's captured stderr stays quiet."""
    if text is not None and sys.stderr.isatty():
        print_line([(text, "dim")], sys.stderr)


# -- users ------------------------------------------------------------------------


def users_table(users: "Iterable[User]", form: str = "table", shorten: Shortener = None) -> None:
    def table(found: "list[User]") -> None:
        ids = shown_ids([user.id for user in found], shorten)
        rows = [
            [
                (ids[user.id], None),
                (user.name, None),
                (user.email, None),
                (str(user.version), None),
                (user.created_at, None),
                (user.status, STATUS_STYLES.get(user.status)),
            ]
            for user in found
        ]
        columns = [ID_COLUMN, Column("name"), Column("email", copy=True), VERSION_COLUMN, timestamp_column("created_at"), STATUS_COLUMN]
        if rows:
            print_table(columns, rows)
        count_line(len(found), "user")

    listing(
        users,
        form,
        record=lambda user: public("user", user),
        columns=USER_COLUMNS,
        cells=lambda user: (user.id, user.name, user.email, user.version, user.created_at, user.status),
        table=table,
    )


USER_COLUMNS = ("id", "name", "email", "version", "created_at", "status")


def public(aggregate: str, state: Any) -> dict[str, Any]:
    """A state as output shows it: the declared public fields, never a secret one."""
    from evtcli.api.browse import public_state

    return public_state(aggregate, state)


def user_detail(user: "User", as_json: bool, groups: "list[tuple[str, str]] | None" = None) -> None:
    rows = public("user", user)
    if groups is not None:
        rows["groups"] = [{"id": group_id, "name": name} for group_id, name in groups]
    if as_json:
        json_document(rows)
        return
    for flag in ("deleted", "disabled"):  # the status says it
        del rows[flag]
    if groups is not None:
        rows["groups"] = ", ".join(name for _, name in groups)
    record(rows, keep_empty=("disabled_at", "deleted_at"))


def record(rows: dict[str, Any], keep_empty: tuple[str, ...] = ()) -> None:
    """One record as a two-column table of fields and values (None values left out)."""
    print_table(
        [Column("field", style="bold"), Column("value", copy=True)],
        [
            [(key, None), ("" if value is None else str(value), STATUS_STYLES.get(value) if key == "status" else None)]
            for key, value in rows.items()
            if value is not None or key in keep_empty
        ],
        show_header=False,
    )


# -- events -----------------------------------------------------------------------


def event_line(envelope: "Envelope", as_json: bool, shown_id: str | None = None) -> None:
    """One event as tail shows it (its stream id as ``shown_id`` when given), or one JSON line."""
    if as_json:
        json_line(event_dict(envelope))
        return
    from evtcli.domain.declared import MODEL

    style = MODEL.aggregate(envelope.aggregate).event_type(envelope.type).style
    details = [f"{key}={json.dumps(value, ensure_ascii=False)}" for key, value in sorted(_shown_payload(envelope).items())]
    print_line(
        [
            (f"{envelope.position:>6}  ", "bold"),
            (f"{envelope.recorded_at}  ", "dim"),
            (f"{envelope.type:<15} ", style),
            (f"{envelope.aggregate} {shown_id or envelope.aggregate_id} v{envelope.version}", None),
            ("  " + " ".join(details) if details else "", None),
        ]
    )


EVENT_COLUMNS = ("position", "recorded_at", "aggregate", "aggregate_id", "version", "type", "payload")


def events(
    envelopes: "Iterable[Envelope]", form: str = "table", shorten: Shortener = None, *, header: bool = True
) -> None:
    """Events: lines as tail shows them, a JSON array, JSON Lines or CSV (the payload
    as one JSON cell, without secret fields; ``header=False`` for more rows of the same)."""

    def lines(found: "list[Envelope]") -> None:
        ids = shown_ids(list({envelope.aggregate_id: None for envelope in found}), shorten)
        for envelope in found:
            event_line(envelope, False, ids[envelope.aggregate_id])

    listing(
        envelopes,
        form,
        record=event_dict,
        columns=EVENT_COLUMNS,
        cells=lambda e: (
            e.position, e.recorded_at, e.aggregate, e.aggregate_id, e.version, e.type,
            json.dumps(_shown_payload(e), ensure_ascii=False, separators=(",", ":")),
        ),
        table=lines,
        header=header,
    )


def written(envelope: "Envelope", as_json: bool) -> None:
    """What a write command did: ``renamed user <id> (version V, position P)``, or the event."""
    if as_json:
        json_line(event_dict(envelope))
        return
    from evtcli.domain.declared import MODEL

    done = MODEL.aggregate(envelope.aggregate).event_type(envelope.type).done
    message(f"{done} {envelope.aggregate} {envelope.aggregate_id} (version {envelope.version}, position {envelope.position})")


def forgotten(done: "Forgetting", as_json: bool, report: bool = True) -> None:
    """``user forget``: the event, and the truth about what no key could erase (the
    warnings even when the event itself is not ``report``ed)."""
    positions = done.plaintext_positions
    if positions:
        shown = ", ".join(map(str, positions[:20])) + (", …" if len(positions) > 20 else "")
        warning(
            f"{len(positions)} event{'s' if len(positions) != 1 else ''} of this user, written before personal data "
            f"was sealed, keep it in plaintext that no key can erase (position{'s' if len(positions) != 1 else ''} {shown})"
        )
    if not done.scrubbed:
        warning("a reader kept the database's WAL file busy: its old pages go at the next checkpoint")
    if as_json:
        json_line({**event_dict(done.event), "plaintext_positions": positions})
    elif report:
        written(done.event, False)


# -- projections ------------------------------------------------------------------


PROJECTION_COLUMNS = ("name", "checkpoint", "head", "lag", "rows", "version", "stale")


def projection_table(statuses: "Iterable[ProjectionStatus]", form: str = "table") -> None:
    def table(found: "list[ProjectionStatus]") -> None:
        columns = [Column(name, justify="left" if name == "name" else "right") for name in PROJECTION_COLUMNS]
        rows = [
            [
                (status.name, None),
                *((str(value), None) for value in (status.checkpoint, status.head, status.lag, status.rows, status.version)),
                (f"yes (code is v{status.code_version}; run evtcli replay)", "red") if status.stale else ("no", None),
            ]
            for status in found
        ]
        print_table(columns, rows)

    def cells(status: "ProjectionStatus") -> tuple[Any, ...]:
        return (status.name, status.checkpoint, status.head, status.lag, status.rows, status.version,
                "true" if status.stale else "false")

    listing(statuses, form, record=lambda s: dict(zip(PROJECTION_COLUMNS, (*cells(s)[:-1], s.stale))),
            columns=PROJECTION_COLUMNS, cells=cells, table=table)


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
        console=console(sys.stderr),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda advance: bar.advance(task, advance)


# -- import, export, verify -------------------------------------------------------

@contextmanager
def byte_progress(description: str, total: int | None) -> Iterator[Callable[[int], None] | None]:
    """Like :func:`progress`, counting bytes (e.g. of an input file); nothing off a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TransferSpeedColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeElapsedColumn(),
        console=console(sys.stderr),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda advance: bar.advance(task, advance)


def import_summary(summary: "ImportSummary", as_json: bool) -> None:
    """One line (or one JSON document) saying what an import did."""
    rate = round(summary.events_per_second)
    if as_json:
        json_document(
            {
                "read": summary.read,
                "appended": summary.appended,
                "skipped": summary.skipped,
                "blank_lines": summary.blank,
                "head": summary.head,
                "seconds": round(summary.seconds, 3),
                "events_per_second": rate,
            }
        )
        return
    blank = f", {summary.blank} blank line{'s' if summary.blank != 1 else ''}" if summary.blank else ""
    message(
        f"read {summary.read} event{'s' if summary.read != 1 else ''}: {summary.appended} appended, "
        f"{summary.skipped} already stored{blank}; {summary.seconds:.2f} s, {rate} events/s"
    )


def jsonl_lines(lines: Iterable[str], path: str | None = None) -> int:
    """Write JSON Lines to stdout (flushed per line for pipes) or to a file; returns the count.

    A file is written under a temporary name beside it and renamed when complete, so
    a failed export never leaves half a file; it is private (0600) because exports
    hold password hashes.
    """
    if path is None or path == "-":
        return _lines_to(sys.stdout, lines)
    import os
    import tempfile
    from pathlib import Path

    from evtcli.errors import EvtcliError

    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/stdout, a named pipe, …
        with target.open("w", encoding="utf-8") as handle:
            return _lines_to(handle, lines)
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as exc:
        raise EvtcliError(
            f"cannot write {path}: {exc.strerror}", "check that the directory exists and is writable"
        ) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            count = _lines_to(handle, lines, flush_each=False)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return count


def _lines_to(stream: Any, lines: Iterable[str], flush_each: bool | None = None) -> int:
    stream.flush()
    out = getattr(stream, "buffer", None)
    if out is None:  # a text stream without bytes underneath (tests); encode through it
        write = stream.write
        encode = False
    else:
        write = out.write
        encode = True
    if flush_each is None:
        flush_each = not _regular_file(stream)
    flush = (out or stream).flush
    count = 0
    if flush_each:
        for text in lines:
            write((text + "\n").encode("utf-8") if encode else text + "\n")
            count += 1
            flush()
        return count
    # A file gets blocks of lines, not a write per line: stdout may be unbuffered
    # (python -u, PYTHONUNBUFFERED), and then every write is a system call.
    block: list[str] = []
    for text in lines:
        block.append(text)
        if len(block) == LINES_PER_WRITE:
            count += len(block)
            _write_block(write, block, encode)
            block.clear()
    count += len(block)
    _write_block(write, block, encode)
    flush()
    return count


LINES_PER_WRITE = 256


def _write_block(write: Any, block: list[str], encode: bool) -> None:
    if block:
        text = "\n".join(block) + "\n"
        write(text.encode("utf-8") if encode else text)


def _regular_file(stream: Any) -> bool:
    """True when the stream is a plain file: then per-line flushes buy nothing."""
    import os
    import stat

    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both
        return False


def verify_report(report: "VerifyReport", as_json: bool) -> None:
    """The problems found (position and what), or a one-line summary of a clean check."""
    if as_json:
        json_document(
            {
                "ok": report.ok,
                "events": report.events,
                **{_plural(name): count for name, count in report.streams.items()},
                **{f"{status}_{_plural(name)}": count for name, (status, count) in report.erased.items()},
                "snapshots": dict(report.snapshots),
                "seconds": round(report.seconds, 3),
                "complete": report.complete,
                "log_problems": report.log_problems,
                "projection_problems": report.projection_problems,
                "problems": [
                    {"where": p.where, "position": p.position, "kind": p.kind, "what": p.what}
                    for p in report.problems
                ],
            }
        )
        return
    if report.ok:
        streams = "".join(
            f", {count} {name if count == 1 else _plural(name)}"
            + (f" ({report.erased[name][1]} {report.erased[name][0]})" if report.erased.get(name, ("", 0))[1] else "")
            for name, count in report.streams.items()
        )
        snapshots = sum(report.snapshots.values())
        checked = f", projections and {snapshots} snapshot{'s' if snapshots != 1 else ''}" if snapshots else " and projections"
        message(
            f"ok: {report.events} event{'s' if report.events != 1 else ''}{streams}; hash chain, versions{checked} "
            f"verified in {report.seconds:.2f} s"
        )
        return
    for problem in report.problems:
        message(f"{problem.where}: {problem.what}")


def _plural(noun: str) -> str:
    return noun + "s"


# -- stats --------------------------------------------------------------------------


def stats_report(stats: "Stats", as_json: bool) -> None:
    """``evtcli stats``: one JSON document, or a few lines and small tables."""
    if as_json:
        json_document(
            {
                "head": stats.head,
                "events": stats.events,
                "aggregates": {
                    aggregate.name: {
                        "events": aggregate.total,
                        "types": aggregate.events,
                        "statuses": aggregate.statuses,
                        "snapshots": aggregate.snapshots,
                    }
                    for aggregate in stats.aggregates
                },
                "projections": [
                    {"name": status.name, "checkpoint": status.checkpoint, "lag": status.lag, "rows": status.rows}
                    for status in stats.projections
                ],
                "database_bytes": stats.database_bytes,
            }
        )
        return
    message(f"{stats.events} events, head position {stats.head}, database {_size(stats.database_bytes)}")
    for aggregate in stats.aggregates:
        counts = ", ".join(f"{count} {status}" for status, count in aggregate.statuses.items())
        snapshots = f"; {aggregate.snapshots} snapshot{'s' if aggregate.snapshots != 1 else ''}" if aggregate.snapshots else ""
        message(f"{_plural(aggregate.name)}: {counts or 'none'}{snapshots}")
    print_table(
        [Column("aggregate"), Column("type"), Column("events", justify="right")],
        [
            [(aggregate.name, None), (name, None), (str(count), None)]
            for aggregate in stats.aggregates
            for name, count in aggregate.events.items()
        ],
    )
    print_table(
        [Column("projection"), Column("checkpoint", justify="right"), Column("lag", justify="right"), Column("rows", justify="right")],
        [
            [(s.name, None), (str(s.checkpoint), None), (str(s.lag), "red" if s.lag else None), (str(s.rows), None)]
            for s in stats.projections
        ],
    )


def _size(count: int) -> str:
    """Bytes as people read them (1024-based, one decimal): 1.5 MiB."""
    size = float(count)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{count} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} bytes"  # pragma: no cover
