"""SQLite: a store in one file, with the -wal and -shm files SQLite keeps beside it.

What differs from PostgreSQL, each with the reason: the file is checked and created
(private) before SQLite touches it; read commands open it read-only in whichever way
SQLite allows for this user; writers take the lock with BEGIN IMMEDIATE; the
triggers RAISE(ABORT); errors are told apart by SQLite's extended result codes;
freed space is zeroed and the WAL emptied; the backup is SQLite's online backup.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Compiled, RootTransaction

from evtcli.errors import DatabaseMissing, EvtcliError, NotAnEvtcliDatabase, StoreError
from evtcli.store.backends.errors import (
    ErrorFactory,
    busy,
    constraint_error,
    first_line,
    immutable,
    read_only,
)
from evtcli.store.backends.triggers import TriggerState
from evtcli.store.backends.holds import hold_file, remove_file_hold
from evtcli.store.backends.sqlite_copy import copy_to, save_copy_beside
from evtcli.store.location import Location

SQLITE_CACHE_KIB = 64 * 1024  # page cache per connection (SQLite's default is 2 MiB)

# SQLite's primary result codes (the low byte of the extended code) and the
# extended codes of the constraint failures evtcli tells apart.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_PERM, _SQLITE_NOMEM = 3, 7
_SQLITE_READONLY_DBMOVED = 1032
_SQLITE_CONSTRAINT_CHECK, _SQLITE_CONSTRAINT_PRIMARYKEY = 275, 1555
_SQLITE_CONSTRAINT_TRIGGER, _SQLITE_CONSTRAINT_UNIQUE = 1811, 2067


class SQLiteBackend:
    """The :class:`~evtcli.store.backends.Backend` of a SQLite file."""

    name = "sqlite"

    def make_engine(
        self, location: Location, *, create: bool, busy_timeout: float, read_only: bool = False
    ) -> tuple[Engine, bool]:
        """``read_only``: for commands that only read, which must work on a database the
        user may read but not write (see _read_only_uri)."""
        if read_only:
            return _read_only_engine(location, busy_timeout=busy_timeout), False
        return _engine(location, create=create, busy_timeout=busy_timeout)

    def begin_write(self, conn: Connection) -> RootTransaction:
        # The engine's begin hook (_on_begin) sees the option and says BEGIN IMMEDIATE.
        conn.execution_options(evtcli_write=True)
        return conn.begin()

    def begin_snapshot(self, conn: Connection) -> RootTransaction:
        # SQLite read transactions are snapshots already.
        return conn.begin()

    def check_unchanged(self, conn: Connection) -> None:
        """Refuse a read on an immutable connection if the file changed meanwhile
        (see _read_only_uri)."""
        dbapi = conn.connection.dbapi_connection
        identity = getattr(dbapi, "identity", None)
        if identity is not None and _file_identity(Path(dbapi.evtcli_path)) != identity:
            raise StoreError("the database changed while it was being read", "run the command again")

    def create_immutability_triggers(self, conn: Connection, table: Table) -> None:
        """Make an event table's append-only triggers as evtcli makes them: the missing
        ones are created, a changed one is made again, those in place are kept."""
        stored = _stored_triggers(conn)
        for name, sql in _immutability_triggers(table).items():
            if stored.get(name) == sql:
                continue
            if name in stored:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql(sql)

    def drop_immutability_triggers(self, conn: Connection, table: Table) -> None:
        pass  # a SQLite trigger belongs to its table and goes with it

    @contextmanager
    def appending_in_bulk(self, conn: Connection, tables: Sequence[Table]) -> Iterator[Callable[[], None]]:
        """Give a function that lifts the tables' ``no_replace`` triggers for the rest
        of the write transaction; they are made again, the same text, at the end of
        the block. The caller calls it before its first append, and never inside a
        savepoint it may roll back: an import that appends nothing leaves the
        database file as it was, the schema included.

        The trigger refuses an INSERT OR REPLACE, which no evtcli statement is: evtcli
        appends with INSERT OR FAIL, and a clash fails on the unique constraints
        whether the trigger is there or not. It costs about 40% of a bulk insert (three
        index probes per row, before the constraints probe the same keys). No other
        connection can see it gone: the transaction holds the write lock, DDL is
        transactional in SQLite, and a transaction that does not reach the end of
        this block is rolled back, the trigger with it. Only for the caller's write
        transaction, which must roll back if the block raises.
        """
        lifted: list[str] = []
        asked = False

        def lift() -> None:
            nonlocal asked
            if asked:
                return
            asked = True
            stored = _stored_triggers(conn)
            for table in tables:
                name = f"{table.name}_no_replace"
                sql = _immutability_triggers(table)[name]
                if stored.get(name) == sql:  # one not evtcli's own is left for verify to report
                    conn.exec_driver_sql(f"DROP TRIGGER {name}")
                    lifted.append(sql)

        yield lift
        for sql in lifted:
            conn.exec_driver_sql(sql)

    def immutability_triggers(self, conn: Connection, table: Table) -> dict[str, TriggerState]:
        """Each trigger the table must have, as the schema holds it: SQLite keeps the
        text of each CREATE TRIGGER, so one whose text differs is not evtcli's."""
        stored = _stored_triggers(conn)
        return {
            name: TriggerState.IN_PLACE
            if stored.get(name) == sql
            else TriggerState.CHANGED
            if name in stored
            else TriggerState.MISSING
            for name, sql in _immutability_triggers(table).items()
        }

    def raised(self, error: BaseException) -> bool:
        return getattr(error, "sqlite_errorcode", None) is not None

    def translate_error(
        self,
        error: BaseException,
        constraint_errors: Mapping[str, ErrorFactory],
        unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
    ) -> EvtcliError | None:
        """By SQLite's extended result code; a unique constraint by the table and columns
        SQLite reports (its documented ``UNIQUE constraint failed: t.a, t.b``), which
        ``unique_columns`` maps to the constraint's name."""
        return _translate(error, error.sqlite_errorcode, constraint_errors, unique_columns)  # type: ignore[attr-defined]

    def execute_many(self, conn: Connection, statement: str, parameters: Sequence[Any]) -> None:
        conn.exec_driver_sql(statement, parameters)

    def open_cursor(
        self, driver: Any, compiled: Compiled, *, bounded: bool = False, values: Mapping[str, Any] | None = None
    ) -> Any:
        # SQLite's cursor steps through the rows as they are fetched; its paramstyle is
        # positional ("qmark").
        parameters = compiled.construct_params(values)
        cursor = driver.cursor()
        cursor.execute(compiled.string, [parameters[name] for name in compiled.positiontup or ()])
        return cursor

    def scrub_freed_space(self, engine: Engine, key_tables: Sequence[str], tables: Sequence[str]) -> bool:
        """The freed cells are zeroed already (secure_delete), but the WAL still holds
        the pages as they were; a TRUNCATE checkpoint copies the new pages into the
        database and empties the WAL. False when a reader kept the WAL busy."""
        # On the driver's connection: outside any transaction, which would hold the WAL.
        raw = engine.raw_connection()
        try:
            checkpoint_busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
        return not checkpoint_busy

    def database_size(self, conn: Connection, location: Location) -> int:
        """The file with its -wal and -journal files (committed pages wait in the WAL
        until a checkpoint)."""
        assert location.path is not None
        return sum(
            path.stat().st_size
            for path in (location.path, Path(f"{location.path}-wal"), Path(f"{location.path}-journal"))
            if path.exists()
        )

    def refresh_statistics(self, engine: Engine, tables: Sequence[str]) -> None:
        pass  # SQLite's planner picks the position and type indexes without statistics

    def try_hold(self, engine: Engine, location: Location, key: str) -> Any:
        assert location.path is not None
        return hold_file(location.path, key)

    def forget_hold(self, location: Location, key: str) -> None:
        assert location.path is not None
        remove_file_hold(location.path, key)

    def backup(self, location: Location, suffix: str) -> Path:
        """A consistent copy of the file beside it, ``<file><suffix>`` (mode 0600), with
        SQLite's online backup. The caller holds the write lock, so nothing changes
        between the copy and what the caller does next."""
        assert location.path is not None
        return save_copy_beside(location.path, suffix)

    def backup_to(self, engine: Engine, location: Location, target: Path, *, replace: bool) -> None:
        """A consistent copy of the database as one commit left it, at ``target`` (mode
        0600), taken while other processes go on writing (see :mod:`.sqlite_copy`)."""
        assert location.path is not None
        copy_to(engine, location.path, target, replace=replace, check_unchanged=self.check_unchanged)


SQLITE = SQLiteBackend()


# -- the file --------------------------------------------------------------------------


def _check_file(path: Path, create: bool) -> bool:
    """Check a SQLite path before SQLite touches it. Returns True when a new file was made."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory", "give the path of a database file")
    if not path.exists():
        if not create:
            raise DatabaseMissing(
                f"no database at {path}",
                "run 'evtcli init' or a write command to create one, or pass --db",
            )
        if not path.parent.is_dir():
            raise StoreError(
                f"directory {path.parent} does not exist", "create it first or choose another --db"
            )
        try:
            # Created here, not by SQLite, so that it is private (0600) from the first byte.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            return False  # another process won the race; it is a database like any other
        except OSError as exc:
            raise StoreError(f"cannot create {path}: {exc.strerror}", "check the directory's permissions") from None
        return True
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot read {path}: permission denied", "check the file's permissions")
    # SQLite reads the header, not open() and close() here: closing any descriptor of
    # the file drops every POSIX lock this process holds on it, those of other stores'
    # connections included (SQLite defers its own closes for that reason), and another
    # process could then checkpoint and delete the WAL under a live reader.
    try:
        probe = sqlite3.connect(_read_only_uri(path)[0].replace("mode=rw", "mode=ro"), uri=True)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF == _SQLITE_NOTADB:
            raise NotAnEvtcliDatabase(
                f"{path} is not an evtcli database (not a SQLite file)",
                "point --db at an evtcli database or a new file",
            ) from None
        # Anything else (locked, damaged, unreadable) is met and reported by the engine.
    return False


def world_readable(path: Path) -> bool:
    """True when other users may read or write the file."""
    try:
        return bool(path.stat().st_mode & (stat.S_IROTH | stat.S_IWOTH))
    except OSError:
        return False


def owned(path: Path) -> bool:
    """True when this process may chmod the file: its owner, or root."""
    try:
        return os.geteuid() in (0, path.stat().st_uid)
    except OSError:
        return False


def remove_database_files(path: Path) -> None:
    """Remove a SQLite database and the files SQLite keeps beside it.

    For a database this process created for a command that was then refused: the
    caller holds the write lock and has seen that nothing but its own schema is
    in it. Another process that opened the file meanwhile keeps a descriptor of
    the removed file, and SQLite refuses its next write (SQLITE_READONLY_DBMOVED,
    reported by _translate) instead of writing where no one will read.
    """
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# -- engines ---------------------------------------------------------------------------


class _ReadOnlyConnection(sqlite3.Connection):
    """A read-only SQLite connection; ``identity`` is set when it was opened immutable."""

    identity: tuple[int, ...] | None = None


def _file_identity(path: Path) -> tuple[int, ...]:
    info = path.stat()
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _read_only_uri(path: Path) -> tuple[str, bool]:
    """The URI of a read-only connection to ``path``, and whether it is immutable.

    evtcli's databases are in WAL mode, and a WAL reader needs the -shm file (the
    WAL index). SQLite (https://www.sqlite.org/wal.html, "Read-Only Databases")
    reads a WAL database it may not write when the -shm and -wal files exist (a
    writer has it open: SQLite then builds a private copy of the index, which is
    what SQLITE_READONLY_CANTINIT triggers internally), or when it may create them,
    or when the file is opened with immutable=1. So:

    - this user may write the file and its directory: ``mode=rw``, an ordinary
      connection that only reads: the last one to close removes the -wal and -shm
      files (a ``mode=ro`` one cannot, and would leave them behind);
    - a -wal file exists: ``mode=ro``, the only way to see what it holds;
    - otherwise no writer has the database open, the main file is all of it, and
      ``immutable=1`` reads it without creating anything (a reader that created
      -shm and -wal files owned by itself, read-only for the owner, would lock the
      owner out of writing). Immutable means no locks: a writer that starts now is
      not seen, and one that checkpoints into the main file during the read could
      tear it. check_unchanged() refuses a read during which the file changed.
    """
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode="
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return uri + "rw", False
    if Path(f"{path}-wal").exists():
        return uri + "ro", False
    return uri + "ro&immutable=1", True


def _read_only_engine(location: Location, *, busy_timeout: float) -> Engine:
    from sqlalchemy.pool import NullPool

    path = location.path
    assert path is not None
    _check_file(path, create=False)

    def connect() -> sqlite3.Connection:
        uri, immutable = _read_only_uri(path)
        identity = _file_identity(path) if immutable else None
        dbapi = sqlite3.connect(uri, uri=True, timeout=busy_timeout, factory=_ReadOnlyConnection)
        dbapi.identity, dbapi.evtcli_path = identity, str(path)  # type: ignore[attr-defined]
        return dbapi

    # No pool: each connection chooses its URI anew, so `tail -f` reads through the
    # WAL once a writer has opened the database, and sees its checkpoints after.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
    _listen(engine)
    return engine


def _engine(location: Location, *, create: bool, busy_timeout: float) -> tuple[Engine, bool]:
    assert location.path is not None
    new_file = _check_file(location.path, create)
    if not os.access(location.path, os.W_OK):
        # Refused before SQLite opens it: SQLite would fall back to reading and, in a
        # directory this user may write, leave -wal and -shm files the owner cannot write.
        raise read_only()
    # The driver's timeout is SQLite's busy timeout: a writer waits this long for the lock.
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout})
    _listen(engine)
    if new_file:
        # WAL lets readers (tail -f, user list) run while a writer commits; the mode is
        # stored in the file, so it is set once, outside any transaction.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, exc.sqlite_errorcode, {}, {}) or exc from None
        finally:
            raw.close()
    return engine, new_file


def _lower(value: str | None) -> str | None:
    return None if value is None else value.lower()


def _listen(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Stop the sqlite3 module from issuing its own deferred BEGIN; _on_begin does it.
        dbapi_connection.isolation_level = None
        # The indexes on random UUIDs (event ids, user ids) are written all over; with
        # SQLite's default 2 MiB page cache a large import or replay spends most of
        # its time re-reading index pages. Pages are cached only as they are read, so
        # a small command never grows to this size.
        dbapi_connection.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        # Deleted and overwritten content is zeroed, not left in free space: an old
        # name in the users table, or a forgotten user's key, is then gone from the
        # file once the WAL is checkpointed (§9).
        dbapi_connection.execute("PRAGMA secure_delete=ON")
        # SQLite's lower() folds ASCII only; searches fold every letter (see dialect.fold_case).
        dbapi_connection.create_function("evtcli_lower", 1, _lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A deferred BEGIN that later writes can fail at once with "database is locked"
        # when two processes upgrade their read locks; BEGIN IMMEDIATE takes the write
        # lock up front and so waits politely for the busy timeout instead.
        if conn.get_execution_options().get("evtcli_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


# -- the append-only triggers ------------------------------------------------------------


def _immutability_triggers(table: Table) -> dict[str, str]:
    """The append-only triggers of an event table: name -> its CREATE TRIGGER, as
    sqlite_master keeps it.

    UPDATE and DELETE are refused outright. ``INSERT OR REPLACE`` (and ``REPLACE``,
    and ``UPDATE OR REPLACE`` of a key) resolves a clash with a stored event by
    deleting that event, and fires no DELETE trigger unless the connection has set
    recursive_triggers, which a connection that means harm will not. So an INSERT
    that clashes with a stored event on any of its unique keys is refused before
    it is made, whatever its conflict clause. The refusal names the key's
    constraint first: a plain INSERT that clashes (a writer that lost a race, an
    event_id stored already) meets this trigger before the constraint itself, and
    translate_error reads the name to report it as the constraint's own failure.
    It raises FAIL, not ABORT: the row is refused before it is written either way,
    and FAIL spares evtcli's inserts a statement journal (see schema.event_table).
    The text must be the same in every process (verify compares it with the stored
    one), so the keys go in a fixed order: the primary key, then the unique keys by
    name from the last, which checks position, stream version and event_id in the
    order SQLite checks the constraints themselves.
    """
    name = table.name
    triggers = {
        f"{name}_no_{action.lower()}": (
            f"CREATE TRIGGER {name}_no_{action.lower()} BEFORE {action} ON {name} "
            f"BEGIN SELECT RAISE(ABORT, '{name} is append-only: {action} refused'); END"
        )
        for action in ("UPDATE", "DELETE")
    }
    keys: list[PrimaryKeyConstraint | UniqueConstraint] = [table.primary_key]
    keys += sorted((c for c in table.constraints if isinstance(c, UniqueConstraint)), key=lambda c: str(c.name), reverse=True)
    checks = " ".join(
        f"SELECT RAISE(FAIL, '{key.name}: {name} is append-only: a stored event is never replaced') "
        f"WHERE EXISTS (SELECT 1 FROM {name} WHERE {' AND '.join(f'{c.name} = NEW.{c.name}' for c in key.columns)});"
        for key in keys
    )
    triggers[f"{name}_no_replace"] = f"CREATE TRIGGER {name}_no_replace BEFORE INSERT ON {name} BEGIN {checks} END"
    return triggers


def _stored_triggers(conn: Connection) -> dict[str, str]:
    """Every trigger in the database: name -> the CREATE TRIGGER text SQLite keeps."""
    return dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all())


# -- errors ----------------------------------------------------------------------------


def _translate(
    original: BaseException,
    code: int,
    constraint_errors: Mapping[str, ErrorFactory],
    unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
) -> EvtcliError | None:
    if code in (_SQLITE_CONSTRAINT_UNIQUE, _SQLITE_CONSTRAINT_PRIMARYKEY):
        detail = str(original).partition(": ")[2]
        qualified = [name.strip() for name in detail.split(",")]
        tables = {name.partition(".")[0] for name in qualified}
        if len(tables) == 1:
            key = (tables.pop(), tuple(name.partition(".")[2] for name in qualified))
            return constraint_error(unique_columns.get(key), constraint_errors)
        return None
    if code == _SQLITE_CONSTRAINT_CHECK:
        # SQLite names a failed CHECK constraint: "CHECK constraint failed: <name>".
        return constraint_error(str(original).partition(": ")[2].strip(), constraint_errors)
    if code == _SQLITE_CONSTRAINT_TRIGGER:
        # RAISE(ABORT) in the append-only triggers: the one refusing an INSERT that
        # clashes with a stored event names the key first (see _immutability_triggers).
        key = str(original).partition(": ")[0]
        return constraint_error(key, constraint_errors) or immutable()
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return busy()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return NotAnEvtcliDatabase(
            "the file is not a usable SQLite database (damaged or not SQLite)",
            "restore it from a copy or point --db elsewhere",
        )
    if code == _SQLITE_READONLY_DBMOVED:
        return StoreError(
            "the database file was removed or moved while this command had it open",
            "run the command again",
        )
    if primary == _SQLITE_READONLY:
        return read_only()
    if primary in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return StoreError("cannot open the database file", "check the path and its permissions")
    if primary == _SQLITE_FULL:
        return StoreError("the disk is full", "free some space and retry")
    if primary in (_SQLITE_IOERR, _SQLITE_NOMEM):
        return StoreError(f"the database could not be read or written: {first_line(original)}", "check the disk and retry")
    return None
