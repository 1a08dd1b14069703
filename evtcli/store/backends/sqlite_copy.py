"""Copies of a SQLite store: beside it before a schema upgrade, or anywhere for ``evtcli backup``.

Both use SQLite's online backup API in one step (``sqlite3.Connection.backup`` with
its default ``pages=-1``), not ``VACUUM INTO``:

- one step copies every page inside one read transaction, so the copy is the
  database as one commit left it. evtcli's databases are in WAL mode, where a reader
  never blocks a writer: other processes keep appending while the copy is taken, and
  their commits simply are not in it. (A copy made a few pages at a time would start
  over whenever another process commits, and could never finish under steady writes.)
- it copies pages, which is faster than ``VACUUM INTO`` rebuilding every table and
  index row by row; the copy keeps the source's WAL mode (``VACUUM INTO`` writes a
  rollback-journal database); and it writes through SQLite's pager, which syncs the
  file when it commits (``VACUUM INTO`` does not sync what it wrote).
- freed pages travel too, but evtcli sets ``secure_delete``, so they hold zeros: a
  forgotten user's key is no more in the copy than in the database.

The copy is written into a private file (created 0600 by evtcli before SQLite opens
it, so it is never readable by others) beside the target, and only a complete copy
is given the target's name: an interrupted backup leaves nothing half-written where
a backup is expected, and never harms the file ``--force`` replaces.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine

from evtcli.errors import StoreError


def save_copy_beside(path: Path, suffix: str) -> Path:
    """A consistent copy of the file beside it, ``<file><suffix>`` (mode 0600). The
    caller holds the write lock, so nothing changes between the copy and what the
    caller does next."""
    target = path.with_name(f"{path.name}{suffix}")
    partial = _private_file(target)
    try:
        source = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            _copy(source, partial)
        finally:
            source.close()
    except BaseException:
        _remove(partial)
        raise
    os.replace(partial, target)
    return target


def copy_to(
    engine: Engine, source: Path, target: Path, *, replace: bool, check_unchanged: Callable[[Connection], None]
) -> None:
    """Copy the database ``engine`` reads (the file ``source``) to ``target`` (mode
    0600), as one commit left it while other processes go on writing. An existing
    ``target`` is refused unless ``replace``; it is replaced only by a complete copy."""
    _check_target(source, target, replace)
    partial = _private_file(target)
    try:
        # The store's own connection: it opens the file as this user may (read-only
        # where the user may not write it) and leaves no -wal or -shm behind.
        with engine.connect() as conn:
            _copy(conn.connection.dbapi_connection, partial)
            check_unchanged(conn)
        _publish(partial, target, replace)
    except BaseException:
        _remove(partial)
        raise


def _check_target(source: Path, target: Path, replace: bool) -> None:
    if target.is_dir():
        raise StoreError(f"{target} is a directory", "give the path of the backup file to create")
    if not target.parent.is_dir():
        raise StoreError(f"directory {target.parent} does not exist", "create it first or give another FILE")
    if target.exists():
        if _same_file(source, target):
            raise StoreError(f"{target} is the database itself", "give the path of a new file")
        if not replace:
            raise StoreError(f"{target} exists", "give a new file, or --force to replace it")


def _same_file(source: Path, target: Path) -> bool:
    try:
        return os.path.samefile(source, target)
    except OSError:
        return False


def _private_file(target: Path) -> Path:
    """A new empty file beside ``target``, mode 0600 from the first byte."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise StoreError(f"cannot create a file in {target.parent}: {exc.strerror}", "check the directory's permissions") from None
    return partial


def _copy(source: sqlite3.Connection, partial: Path) -> None:
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)  # pages=-1: every page in one step, one read transaction
        # Closing the copy's last connection folds its WAL into the file and removes
        # the -wal and -shm files, so the file alone is the whole copy.
    finally:
        copy.close()


def _publish(partial: Path, target: Path, replace: bool) -> None:
    """Give the complete copy the target's name: over an existing file only when
    ``replace``, otherwise never over one that appeared meanwhile."""
    if replace:
        os.replace(partial, target)
        return
    try:
        os.link(partial, target)  # fails, rather than replaces, if target exists now
    except FileExistsError:
        raise StoreError(f"{target} exists", "give a new file, or --force to replace it") from None
    except OSError:
        # A file system without hard links: the check above is as close as it gets.
        if target.exists():
            raise StoreError(f"{target} exists", "give a new file, or --force to replace it") from None
        os.replace(partial, target)
        return
    partial.unlink()


def _remove(partial: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)

