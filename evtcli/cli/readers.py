"""Whether the reader of what evtcli prints is still there.

A command that prints as it goes (``events tail -f``, ``consume --jsonl``) learns that
its reader has gone (``| head -1`` took its line) when a write fails with EPIPE; one
waiting for new events writes nothing, so it asks the descriptor instead. On Linux
the write end of a pipe whose read end is closed reports POLLERR; a socket whose peer
closed reports POLLHUP. A regular file, a terminal or an in-memory stream never does.
"""

from __future__ import annotations

import os
import select
import stat
import sys
import time


def stdout_descriptor() -> int | None:
    """The descriptor behind sys.stdout, or None when it has none (an in-memory stream)."""
    try:
        return sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def is_pipe(descriptor: int) -> bool:
    """True when ``descriptor`` is a pipe (a FIFO)."""
    try:
        return stat.S_ISFIFO(os.fstat(descriptor).st_mode)
    except OSError:
        return False


def reader_gone(descriptor: int | None) -> bool:
    """True when nothing will read what is written to ``descriptor`` any more: its
    reader closed it (without waiting, without writing)."""
    if descriptor is None:
        return False
    poller = select.poll()
    poller.register(descriptor, select.POLLERR | select.POLLHUP)
    try:
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except OSError:
        return False


def stdout_reader_gone() -> bool:
    """True when stdout's reader has gone: a follower waiting for new events stops,
    as it would at the EPIPE of its next write (exit 0, nothing said)."""
    return reader_gone(stdout_descriptor())


def taken_by_reader(descriptor: int) -> bool:
    """Wait until the pipe's reader has read everything written to it (True), or has
    closed it (False). A line read is a line delivered: ``| head -3`` leaves a
    consumer's checkpoint at the third line, not at what the pipe buffer held when
    head quit."""
    import fcntl
    import termios

    unread = bytearray(4)
    pause = 0.0005
    while True:
        # Emptied first: a reader that took the line and then quit (head -3 at its
        # third) did take it.
        fcntl.ioctl(descriptor, termios.FIONREAD, unread)
        if not int.from_bytes(unread, sys.byteorder):
            return True
        if reader_gone(descriptor):
            return False
        time.sleep(pause)
        pause = min(pause * 2, 0.02)
