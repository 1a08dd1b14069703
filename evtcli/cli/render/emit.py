"""The printing primitives: lines, JSON, CSV and tables, on the right stream.

Tables and styled lines go through ``tables`` (rich on a terminal, the same layout
as plain text elsewhere); user-supplied text is never read as rich markup. JSON is
written with ``json.dumps`` straight to stdout, one document or one line at a time,
flushed so that ``tail -f --json | jq`` sees each event at once.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from evtcli.cli.tables import Column, print_line, print_table

T = TypeVar("T")



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
    """``error: <text>`` on stderr, one line whatever the text holds."""
    sys.stderr.write(f"error: {one_line(text)}\n")
    sys.stderr.flush()


def warning(text: str) -> None:
    """``warning: <text>`` on stderr, one line."""
    sys.stderr.write(f"warning: {one_line(text)}\n")
    sys.stderr.flush()


# Line breaks and other control characters a message may quote from input (a field
# name of an import line holding a carriage return): escaped, so an error stays one line.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)} | {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
_CONTROLS |= {0x2028: "\\u2028", 0x2029: "\\u2029", 0x85: "\\x85"}


def one_line(text: str) -> str:
    """``text`` with its control characters and line separators written as escapes."""
    return text.translate(_CONTROLS)


def terminal_note(text: str | None) -> None:
    """A line for the person at the terminal, about what was printed (how many more
    rows there are): on stderr, and only when stderr is a terminal, so that piped or
    redirected output has rows only and a script's captured stderr stays quiet."""
    if text is not None and sys.stderr.isatty():
        print_line([(text, "dim")], sys.stderr)


# -- JSON -------------------------------------------------------------------------


def json_document(value: Any) -> None:
    """One JSON document, indented, on stdout."""
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
    """One JSON object on one line (JSON Lines), flushed."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()


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
    """CSV with a header line; one line per row, ``\\n``-terminated as other Unix tools write."""
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    if columns is not None:
        writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    sys.stdout.flush()


def shown_ids(ids: list[str], shorten: Shortener) -> dict[str, str]:
    """Each id as a table shows it: shortened by ``shorten``, or whole."""
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
    """``3 users`` below a table, dimmed: a line for the person at the terminal
    (:func:`terminal_note`), so that ``| wc -l`` and ``| sort`` read rows only."""
    terminal_note(f"{count} {noun}{'s' if count != 1 else ''}")


# -- records ------------------------------------------------------------------------


def public(aggregate: str, state: Any) -> dict[str, Any]:
    """A state as output shows it: the declared public fields, never a secret one."""
    from evtcli.api.browse import public_state

    return public_state(aggregate, state)


def record(rows: dict[str, Any], keep_empty: tuple[str, ...] = (), styles: Mapping[str, str] | None = None) -> None:
    """One record as a two-column table of fields and values (None values left out),
    its status coloured as ``styles`` (the aggregate's declaration) says."""
    styles = styles or {}
    print_table(
        [Column("field", style="bold"), Column("value", copy=True)],
        [
            [(key, None), ("" if value is None else str(value), styles.get(value) if key == "status" else None)]
            for key, value in rows.items()
            if value is not None or key in keep_empty
        ],
        show_header=False,
    )


def size_in_bytes(count: int) -> str:
    """Bytes as people read them (1024-based, one decimal): 1.5 MiB."""
    size = float(count)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{count} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} bytes"  # pragma: no cover


def plural(noun: str) -> str:
    """``user`` -> ``users``: every noun evtcli counts takes an s."""
    return noun + "s"
