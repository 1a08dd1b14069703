"""The only module that knows SQLite from PostgreSQL.

Everything dialect-specific lives here, each with the reason it differs:
engine set-up, how a write transaction starts, immutability triggers, and the
translation of driver errors into evtcli's typed errors.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL, RootTransaction
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from evtcli.errors import (
    ConcurrencyConflict,
    DatabaseBusy,
    DatabaseMissing,
    EvtcliError,
    NotAnEvtcliDatabase,
    RuleViolation,
    StoreError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another writer before giving up
# Any constant works: every write transaction on PostgreSQL takes this advisory lock.
POSTGRES_WRITE_LOCK = 0x65767463  # "evtc"


@dataclass(frozen=True)
class Location:
    """Where a store lives: a SQLAlchemy URL, and the file path for SQLite."""

    url: URL
    path: Path | None

    @property
    def display(self) -> str:
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)


def parse_location(url_or_path: str) -> Location:
    """A plain path means SQLite; anything with ``://`` is a SQLAlchemy URL."""
    if "://" not in url_or_path:
        path = Path(url_or_path).expanduser()
        return Location(URL.create("sqlite+pysqlite", database=str(path)), path)
    try:
        url = make_url(url_or_path)
    except Exception:
        raise StoreError(
            f"cannot parse database URL {url_or_path!r}",
            "use a file path or a URL such as postgresql+psycopg://user@host/dbname",
        ) from None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("an in-memory SQLite database cannot hold a store", "give a file path")
        return Location(url.set(drivername="sqlite+pysqlite"), Path(url.database))
    if url.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {url.get_backend_name()!r}", "use a SQLite file or PostgreSQL"
        )
    return Location(url.set(drivername="postgresql+psycopg"), None)


def _check_sqlite_file(path: Path, create: bool) -> bool:
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
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}", "check the file's permissions") from None
    if header and header != SQLITE_HEADER:
        raise NotAnEvtcliDatabase(
            f"{path} is not an evtcli database (not a SQLite file)",
            "point --db at an evtcli database or a new file",
        )
    return False


def world_readable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IROTH | stat.S_IWOTH))
    except OSError:
        return False


def make_engine(location: Location, *, create: bool, busy_timeout: float) -> Engine:
    if location.path is not None:
        return _sqlite_engine(location, create=create, busy_timeout=busy_timeout)
    return _postgres_engine(location, busy_timeout=busy_timeout)


def _sqlite_engine(location: Location, *, create: bool, busy_timeout: float) -> Engine:
    assert location.path is not None
    new_file = _check_sqlite_file(location.path, create)
    # The driver's timeout is SQLite's busy timeout: a writer waits this long for the lock.
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Stop the sqlite3 module from issuing its own deferred BEGIN; _on_begin does it.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # A deferred BEGIN that later writes can fail at once with "database is locked"
        # when two processes upgrade their read locks; BEGIN IMMEDIATE takes the write
        # lock up front and so waits politely for the busy timeout instead.
        if conn.get_execution_options().get("evtcli_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    if new_file:
        # WAL lets readers (tail -f, user list) run while a writer commits; the mode is
        # stored in the file, so it is set once, outside any transaction.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA journal_mode=WAL")
        except Exception as exc:
            raise translate_error(exc) from None
        finally:
            raw.close()
    return engine


def _postgres_engine(location: Location, *, busy_timeout: float) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError(
            "PostgreSQL support is not installed", "pip install 'evtcli[postgres]'"
        ) from None
    timeout_ms = int(busy_timeout * 1000)
    return create_engine(
        location.url,
        # lock_timeout bounds the wait for the write lock, like SQLite's busy timeout.
        connect_args={"connect_timeout": 10, "options": f"-c lock_timeout={timeout_ms}"},
    )


def begin_write(conn: Connection) -> RootTransaction:
    """Start a write transaction that is alone among writers until it commits.

    Serialising writers is what makes positions gap-free and committed in order: a
    reader that has seen position N never later meets a new event below N.
    """
    conn.execution_options(evtcli_write=True)
    transaction = conn.begin()
    if conn.dialect.name == "postgresql":
        # An advisory lock (not the head row's lock) so that it also guards schema
        # creation, before the head row exists; it is released at commit or rollback.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_WRITE_LOCK})
    return transaction


def create_immutability_triggers(conn: Connection, table: str) -> None:
    """Make the database itself refuse UPDATE and DELETE on an event table."""
    if conn.dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} "
                f"BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {action} refused'); END"
            )
        return
    conn.exec_driver_sql(
        f"""
        CREATE OR REPLACE FUNCTION {table}_refuse_change() RETURNS trigger AS $$
        BEGIN
            -- No percent-sign format here: psycopg would read it as a placeholder.
            RAISE EXCEPTION USING MESSAGE = '{table} is append-only: ' || TG_OP || ' refused',
                ERRCODE = 'integrity_constraint_violation';
        END
        $$ LANGUAGE plpgsql
        """
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse_change()"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse_change()"
    )


def translate_error(exc: BaseException) -> EvtcliError:
    """Turn a driver error into a typed evtcli error (never a traceback for the user)."""
    if isinstance(exc, EvtcliError):
        return exc
    original = getattr(exc, "orig", None) or exc
    message = str(original).lower()
    sqlstate = getattr(original, "sqlstate", None) or ""
    if isinstance(exc, IntegrityError) or sqlstate == "23505":
        if "version" in message and ("user_events" in message or "stream_version" in message):
            return ConcurrencyConflict(
                "another writer appended to this user first", "retry the command"
            )
        if "email_key" in message:
            return RuleViolation(
                "that email belongs to a live user", "use another email or destroy that user first"
            )
        if "append-only" in message:
            return RuleViolation("events are immutable", "append a new event instead")
        return StoreError(f"the database refused the change: {original}", "run 'evtcli verify'")
    if "append-only" in message:
        return RuleViolation("events are immutable", "append a new event instead")
    if "database is locked" in message or "database is busy" in message or sqlstate == "55P03":
        return DatabaseBusy(
            "another process held the database lock for longer than the busy timeout",
            "try again when it has finished",
        )
    if "file is not a database" in message or "database disk image is malformed" in message:
        return NotAnEvtcliDatabase(
            "the file is not a usable SQLite database (damaged or not SQLite)",
            "restore it from a copy or point --db elsewhere",
        )
    if "readonly database" in message or "read-only" in message:
        return StoreError("the database is read-only", "check the file and directory permissions")
    if "unable to open database file" in message:
        return StoreError("cannot open the database file", "check the path and its permissions")
    if isinstance(exc, OperationalError) and sqlstate.startswith("08") or "connection" in message and "refused" in message:
        return StoreError(f"cannot connect to the database: {_first_line(original)}", "check the URL and that the server is running")
    if isinstance(exc, DBAPIError):
        return StoreError(f"database error: {_first_line(original)}", "run with EVTCLI_DEBUG=1 for details")
    return StoreError(f"unexpected error: {_first_line(original)}", "run with EVTCLI_DEBUG=1 for details")


def _first_line(value: object) -> str:
    return str(value).strip().splitlines()[0] if str(value).strip() else type(value).__name__


def begin_snapshot(conn: Connection) -> RootTransaction:
    """Start a read transaction in which every statement sees the same committed state.

    SQLite read transactions are snapshots already. PostgreSQL's default READ
    COMMITTED takes a new snapshot per statement, so a check that reads the log and
    then the projections could see a commit in between and report drift that is not
    there; REPEATABLE READ keeps one snapshot for the whole transaction.
    """
    if conn.dialect.name == "postgresql":
        conn.execution_options(isolation_level="REPEATABLE READ")
    return conn.begin()
