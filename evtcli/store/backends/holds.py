"""Holds: one process at a time for a named job (a consumer), released at once when
that process ends, however it ends.

A row in a table would outlive a process killed with ``kill -9`` (a stale lock, or
a lease to wait out); what the operating system or the server keeps for a live
process does not:
- SQLite: an ``flock`` on a file beside the database (``<file>-hold-<key>.lock``),
  which the kernel drops when the holder's descriptor closes, at exit or death;
- PostgreSQL: a session advisory lock on a connection kept for the hold, which the
  server drops when that session ends, the holder's death included.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine

# The first of PostgreSQL's two advisory-lock keys: evtcli's, so that its holds do
# not meet another application's locks on the same server.
_ADVISORY_SPACE = 0x65767463  # "evtc"


class Hold(Protocol):
    def release(self) -> None: ...


class FileHold:
    """An exclusive ``flock`` on one file, for as long as the descriptor is open."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor: int | None = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing drops the lock
            self._descriptor = None


def hold_file(database: Path, key: str) -> FileHold | None:
    """Hold ``<database>-hold-<key>.lock``; None when another process holds it."""
    import fcntl

    path = database.with_name(f"{database.name}-hold-{key}.lock")
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        return None
    return FileHold(descriptor)


def remove_file_hold(database: Path, key: str) -> None:
    """Remove the lock file of a key nothing will hold again (a deleted consumer)."""
    database.with_name(f"{database.name}-hold-{key}.lock").unlink(missing_ok=True)


class SessionHold:
    """A session advisory lock, held by a connection kept open for it."""

    def __init__(self, connection: Any, key: int) -> None:
        self._connection = connection
        self._key = key

    def release(self) -> None:
        if self._connection is None:
            return
        try:
            self._connection.exec_driver_sql("SELECT pg_advisory_unlock(%s, %s)", (_ADVISORY_SPACE, self._key))
            self._connection.commit()
        finally:
            self._connection.close()
            self._connection = None


def hold_session(engine: Engine, key: str) -> SessionHold | None:
    """Hold the advisory lock of ``key`` on a connection of its own; None when
    another session holds it."""
    number = zlib.crc32(key.encode("utf-8")) - 2**31  # an int4, as the two-key form wants
    connection = engine.connect()
    try:
        held = connection.exec_driver_sql(
            "SELECT pg_try_advisory_lock(%s, %s)", (_ADVISORY_SPACE, number)
        ).scalar()
        connection.commit()
    except BaseException:
        connection.close()
        raise
    if not held:
        connection.close()
        return None
    return SessionHold(connection, number)
