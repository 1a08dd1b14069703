"""Checking import lines in a second process, one chunk ahead of the writer.

Much of an import's work needs nothing but the line itself: reading its JSON,
checking the envelope's fields and the payload's values. On a machine with a
second core that work runs in a child process (forked, so it has the same code
and the same declared model) while the writer folds and stores the chunk before.
The child answers each line with one byte and sends nothing else:

- ``PARSE``: the writer parses and checks the line itself (:func:`parse_line`),
  exactly as it does without a child;
- ``PLAIN``: :func:`parse_line` accepts the line and gives what
  :func:`plain_envelope` builds from it without checks;
- ``DECODED``: as ``PLAIN``, and its payload decodes as the fold decodes a new
  event (plaintext, so what the fold reads is this very payload).

So the writer still reads, numbers and counts the lines, builds every envelope
and raises every error, in line order and with the same text: the child only
lets it skip checks that the same code has just passed on the same bytes. A line
that fails a check is ``PARSE``, and the writer fails it again itself. The child
writes nothing anywhere, ignores Ctrl-C (the writer, which gets it too, decides)
and is killed when the import ends, however it ends; if it is gone, every line is
``PARSE``.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
from typing import Any, Mapping

from evtcli.domain.model import Model
from evtcli.jsonl.lines import parse_line, plain_envelope
from evtcli.store.keys import stores_sealed

PARSE, PLAIN, DECODED = 0, 1, 2


def verdict(raw: bytes, default_metadata: Mapping[str, Any], model: Model) -> int:
    """What the writer may skip for this line (PARSE, PLAIN or DECODED)."""
    try:
        event = parse_line(raw, default_metadata, model)
    except Exception:  # the writer meets it again and says what it is
        return PARSE
    if plain_envelope(raw, default_metadata) != event:
        return PARSE
    aggregate = model.aggregates[event.aggregate]
    if stores_sealed(aggregate.event_types[event.type], event.schema_version):
        return PLAIN  # the fold reads the opened values, which need the store's keys
    try:
        aggregate.decode(event.type, event.schema_version, event.payload, new=True)
    except Exception:
        return PLAIN
    return DECODED


class LineChecker:
    """A child process that checks chunks of lines, one at a time, when it is free.

    The writer never waits for it: a chunk is offered only while the child is idle,
    and a chunk whose answer is not there when the writer reaches it is checked by
    the writer alone (the late answer is dropped). On a busy machine the child then
    just checks fewer chunks.
    """

    # Wait for the child instead (tests: every chunk is then checked ahead, and every answer used).
    patient = False

    def __init__(self, pid: int, to_child: int, from_child: int) -> None:
        self.pid = pid
        self.to_child = to_child
        self.from_child = from_child
        os.set_blocking(from_child, False)
        self.received = bytearray()
        self.answers: dict[int, bytes] = {}
        self.busy: int | None = None  # the chunk the child has and has not answered
        self.alive = True

    @classmethod
    def start(cls, default_metadata: Mapping[str, Any], model: Model) -> "LineChecker | None":
        """Fork the child; None where there is no fork or no second core."""
        if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
            return None
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (down_read, down_write, up_read, up_write):
                os.close(fd)
            return None
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(down_write)
                os.close(up_read)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                _serve(down_read, up_write, default_metadata, model)
                code = 0
            finally:
                # No clean-up of what was inherited (the writer's database connection,
                # buffered output): it is the writer's.
                os._exit(code)
        os.close(down_read)
        os.close(up_write)
        try:
            import fcntl

            # Room for a whole chunk, so that offering one to the idle child never blocks.
            fcntl.fcntl(down_write, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        except (ImportError, AttributeError, OSError):
            pass
        return cls(pid, down_write, up_read)

    def offer(self, chunk: int, lines: list[bytes]) -> bool:
        """Give the child chunk number ``chunk`` if it is idle; False if it is busy or gone."""
        self._collect(until=self.busy if self.patient else None)
        if not self.alive or self.busy is not None:
            return False
        data = pickle.dumps(lines, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            with open(self.to_child, "wb", closefd=False) as pipe:
                pipe.write(_header(chunk, len(data)) + data)
        except OSError:
            self.alive = False
            return False
        self.busy = chunk
        return True

    def verdicts(self, chunk: int, count: int) -> bytes:
        """The child's answer on chunk number ``chunk`` if it is there; all PARSE if it is not."""
        self._collect(until=chunk if self.patient else None)
        answer = self.answers.pop(chunk, b"")
        for older in [number for number in self.answers if number < chunk]:
            del self.answers[older]
        return answer if len(answer) == count else bytes(count)

    def _collect(self, until: int | None = None) -> None:
        """Read whatever answers have come, without waiting (but for the answer on chunk ``until``)."""
        while self.alive:
            self._unpack()
            try:
                data = os.read(self.from_child, 1 << 16)
            except BlockingIOError:
                if until is None or self.busy != until:
                    return
                select.select([self.from_child], [], [])
                continue
            except OSError:
                data = b""
            if not data:  # the child is gone
                self.alive = False
            self.received += data
        self._unpack()

    def _unpack(self) -> None:
        while len(self.received) >= _HEADER:
            chunk, size = _parse_header(self.received)
            if len(self.received) < _HEADER + size:
                return
            self.answers[chunk] = bytes(self.received[_HEADER : _HEADER + size])
            del self.received[: _HEADER + size]
            if chunk == self.busy:
                self.busy = None

    def close(self) -> None:
        """End the child and reap it."""
        self.alive = False
        for fd in (self.to_child, self.from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass  # reaped already (SIGCHLD ignored by whoever embeds the import)


_PIPE_BYTES = 1 << 20
_HEADER = 16  # a message's chunk number and length, 8 bytes each, big-endian


def _header(chunk: int, size: int) -> bytes:
    return chunk.to_bytes(8, "big") + size.to_bytes(8, "big")


def _parse_header(data: bytes | bytearray) -> tuple[int, int]:
    return int.from_bytes(data[:8], "big"), int.from_bytes(data[8:_HEADER], "big")


def _serve(inbox_fd: int, outbox_fd: int, default_metadata: Mapping[str, Any], model: Model) -> None:
    with os.fdopen(inbox_fd, "rb") as inbox, os.fdopen(outbox_fd, "wb") as outbox:
        while True:
            header = inbox.read(_HEADER)
            if len(header) < _HEADER:
                return  # the writer is done
            chunk, size = _parse_header(header)
            lines = pickle.loads(inbox.read(size))
            answer = bytes([verdict(raw, default_metadata, model) for raw in lines])
            try:
                outbox.write(_header(chunk, len(answer)) + answer)
                outbox.flush()
            except BrokenPipeError:
                return
