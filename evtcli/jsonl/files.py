"""JSON Lines out: to standard output as they come, or into a file that appears whole.

``events export`` writes its events (and ``--keys`` its keys) here. A file is written
under a temporary name beside it and renamed when complete, so a failed export never
leaves half a file; it is private (0600, as ``mkstemp`` makes it) because exports hold
password hashes.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from evtcli.errors import EvtcliError

# Lines a file gets per write call (see _lines_to).
LINES_PER_WRITE = 256


def write_lines(lines: Iterable[str], path: str | None = None) -> int:
    """Write JSON Lines to stdout (flushed per line for pipes), or to the file ``path``
    whole or not at all; returns how many lines were written."""
    if path is None or path == "-":
        return _lines_to(sys.stdout, lines)
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


def _write_block(write: Any, block: list[str], encode: bool) -> None:
    if block:
        text = "\n".join(block) + "\n"
        write(text.encode("utf-8") if encode else text)


def _regular_file(stream: Any) -> bool:
    """True when the stream is a plain file: then per-line flushes buy nothing."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both
        return False
