"""Import's lines made ready for the writer, a chunk at a time, ahead of it.

Everything a line needs alone is done here: it is read (with a length cap),
parsed and checked (``lines``); its payload is decoded by today's rules as the
fold would decode it; its payload and metadata get their canonical texts; and it
gets the chain hash it will have if every line before it is appended. The writer
then folds, checks what needs the store, and appends (``write.writer``), using
the work done here rather than doing it again (:class:`~evtcli.domain.events.Prepared`).

With a second process the same work runs there, in a forked child, while this
process folds and appends the chunks before: :func:`prepared_chunks` in the
child, the chunks sent through a pipe as plain tuples of text. Nothing here
decides about the store, so the split changes no outcome: a line the child cannot
decode is decoded again by the fold (which then says what is wrong, or skips the
line as stored already), and a guessed chain hash is used only where the guess
holds.
"""

from __future__ import annotations

import codecs
import io
import os
import signal
import stat
import traceback
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Generator, Iterator, Mapping

from evtcli.domain.events import UNSURE, Envelope, Prepared, fast_loads, read_json
from evtcli.domain.registry import Model
from evtcli.errors import ValidationError
from evtcli.jsonl.lines import parse_line
from evtcli.processes import second_process
from evtcli.store.chain import chain_hash_of_row, envelope_row

# A longer line is refused after reading this much of it, never loaded whole.
MAX_LINE_BYTES = 1 << 20
# Lines checked and written together: a few queries and a batch insert per table per chunk.
CHUNK_EVENTS = 1000

# A second process pays from about this much input on: below it, starting the
# child and sending the lines through a pipe cost about what the second core gives.
SECOND_PROCESS_BYTES = 1 << 20
# How much the pipe between the two processes holds: a chunk of pickled lines is about 330 KiB.
PIPE_BYTES = 1 << 20


@dataclass
class Chunk:
    """Lines read together: the prepared events with their 1-based line numbers, how
    many lines were events and blank, the bytes consumed, and the first bad line (its
    number and what is wrong), which ends the input."""

    lines: list[tuple[int, Envelope]] = field(default_factory=list)
    read: int = 0
    blank: int = 0
    size: int = 0
    error: tuple[int, ValidationError] | None = None


def prepared_chunks(
    stream: BinaryIO,
    *,
    model: Model,
    default_metadata: Mapping[str, Any],
    latest: str,
    head: tuple[int, str],
    chunk_events: int = CHUNK_EVENTS,
    ahead: bool = False,
) -> Generator[Chunk, None, None]:
    """Chunks of the stream's lines, parsed and checked each on its own.

    With ``ahead`` (in a second process), each is also made ready for the writer
    (:func:`prepare`), the guessed chain starting after ``head`` (the log's last
    position and hash). In the writer's own process that would only move the same
    work earlier.
    """
    position, previous = head
    chunk = Chunk()
    for number, raw in _numbered_lines(stream):
        chunk.size += len(raw)
        try:
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                # Checked before anything else: the rest of this line is never read.
                raise ValidationError(
                    f"the line is longer than {MAX_LINE_BYTES // (1 << 20)} MiB",
                    "split the data into one event per line",
                )
            if not raw.strip():
                chunk.blank += 1
                continue
            chunk.read += 1
            event = parse_line(raw, default_metadata, model, latest)
        except ValidationError as exc:
            chunk.error = (number, exc)
            yield chunk
            return
        if ahead:
            position += 1
            event = prepare(event, model, position, previous)
            previous = event.guess[2]  # type: ignore[index]
        chunk.lines.append((number, event))
        if len(chunk.lines) >= chunk_events:
            yield chunk
            chunk = Chunk()
    yield chunk


def prepare(event: Envelope, model: Model, position: int, previous_hash: str) -> Prepared:
    """The event with the work a line needs alone done: see :class:`Prepared`."""
    payload_text, metadata_text = event.texts()
    # Hashed as the log hashes what it appends (EventLog.append): the row as stored.
    digest = chain_hash_of_row(previous_hash, envelope_row(event, position, payload_text, metadata_text, ""))
    return Prepared.of(event.__dict__, payload_text, metadata_text, _decoded(event, model), (position, previous_hash, digest))


def _decoded(event: Envelope, model: Model) -> Mapping[str, Any] | None:
    """The payload as the fold reads it, or None where the fold must decode it itself:
    a sealed payload (only the store's keys open it), or one today's rules refuse
    (the line may be skipped as stored already; if not, the fold says what is wrong)."""
    aggregate = model.aggregates[event.aggregate]
    if aggregate.event_types[event.type].stored_sealed(event.schema_version):
        return None
    try:
        return aggregate.decode(event.type, event.schema_version, event.payload, new=True)[1]
    except ValidationError:
        return None


def _numbered_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(1-based number, raw bytes) per line; a line over the cap comes back cut one byte past it."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]  # editors on Windows like to add one
        yield number, raw


# -- a second process ---------------------------------------------------------------------


def second_process_pays(stream: BinaryIO) -> bool:
    """Whether the lines are better checked by a second process (see :mod:`evtcli.processes`):
    a regular file must hold at least SECOND_PROCESS_BYTES more; a pipe may hold
    anything, and is taken to be worth it; an in-memory stream is not."""
    try:
        status = os.fstat(stream.fileno())
        large = not stat.S_ISREG(status.st_mode) or status.st_size - stream.tell() >= SECOND_PROCESS_BYTES
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        large = False
    return second_process(large)


def chunks_from_second_process(stream: BinaryIO, **options: Any) -> Generator[Chunk, None, None]:
    """:func:`prepared_chunks` run by a forked child; the same chunks, in order.

    The child reads the stream (this process must not read it meanwhile), and stops
    at the first bad line as the function does. When the consumer stops early, the
    child is ended. A plain fork, not ``multiprocessing``: its children close the
    standard input, which may be the stream.
    """
    from multiprocessing.connection import Connection

    read_end, write_end = os.pipe()
    _widen(write_end)
    child = os.fork()
    if child == 0:  # pragma: no cover (measured in the child, which never returns)
        code = 1
        try:
            os.close(read_end)
            code = _child(stream, options, Connection(write_end, readable=False))
        finally:
            os._exit(code)
    os.close(write_end)
    receiver = Connection(read_end, writable=False)
    ended = False
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                raise RuntimeError("the import's line checker ended before the input did") from None
            if message[0] == "end":
                ended = True
                return
            if message[0] == "failed":
                raise RuntimeError(f"the import's line checker failed:\n{message[1]}")
            yield _rebuilt(message[1])
    finally:
        receiver.close()
        if not ended:
            try:
                os.kill(child, signal.SIGKILL)
            except ProcessLookupError:
                pass
        os.waitpid(child, 0)


def _widen(pipe: int) -> None:
    """Make the pipe hold a whole chunk (Linux allows 1 MiB unprivileged), so the child
    goes on with the next chunk while this process works, instead of waiting for it
    to read the last 64 KiB."""
    try:
        import fcntl

        fcntl.fcntl(pipe, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except OSError:
        pass  # a smaller pipe is slower, not wrong


def _child(stream: BinaryIO, options: dict[str, Any], sender: Any) -> int:
    """The second process's work; returns its exit code."""
    # Ctrl-C reaches the whole process group: the parent handles it, and ends this child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        for chunk in prepared_chunks(stream, **options, ahead=True):
            sender.send(("chunk", _as_tuples(chunk)))
        sender.send(("end",))
        return 0
    except (BrokenPipeError, ConnectionResetError):
        return 0  # the parent stopped reading: it has what it needs, or has gone
    except BaseException:
        try:
            sender.send(("failed", traceback.format_exc()))
        except OSError:
            pass
        return 1


def _as_tuples(chunk: Chunk) -> tuple[Any, ...]:
    """A chunk of prepared lines as tuples of text and numbers: pickled several times
    faster than envelopes and their payloads, which are read again from their
    canonical text, by orjson alone where the child found that it reads them as
    the standard library does (see :func:`fast_loads`), which is nearly always."""
    start = chunk.lines[0][1].guess[:2] if chunk.lines else (0, "")  # type: ignore[attr-defined]
    rows = [
        (
            number,
            e.event_id,
            e.aggregate,
            e.aggregate_id,
            e.version,
            e.type,
            e.schema_version,
            e.payload_text,
            e.metadata_text,
            e.recorded_at,
            e.decoded is not None and e.decoded == e.payload,
            e.guess[2],  # type: ignore[index]
            fast_loads(e.payload_text) is not UNSURE and fast_loads(e.metadata_text) is not UNSURE,
        )
        for number, e in chunk.lines
    ]
    error = None if chunk.error is None else (chunk.error[0], chunk.error[1].message, chunk.error[1].hint)
    return rows, start, chunk.read, chunk.blank, chunk.size, error


def _rebuilt(plain: tuple[Any, ...]) -> Chunk:
    from orjson import loads as orjson_loads

    rows, (position, previous), read, blank, size, error = plain
    lines = []
    for number, event_id, aggregate, aggregate_id, version, type_, schema, payload_text, metadata_text, at, same, digest, fast in rows:
        loads = orjson_loads if fast else read_json
        payload = loads(payload_text)
        fields = {
            "position": 0,
            "event_id": event_id,
            "aggregate": aggregate,
            "aggregate_id": aggregate_id,
            "version": version,
            "type": type_,
            "schema_version": schema,
            "payload": payload,
            "metadata": loads(metadata_text),
            "recorded_at": at,
            "hash": "",
        }
        # A payload decoded to other values (an upcast that changes it) is decoded again by the fold.
        prepared = Prepared.of(fields, payload_text, metadata_text, payload if same else None, (position, previous, digest))
        lines.append((number, prepared))
        position, previous = position + 1, digest
    return Chunk(
        lines,
        read,
        blank,
        size,
        None if error is None else (error[0], ValidationError(error[1], error[2])),
    )
