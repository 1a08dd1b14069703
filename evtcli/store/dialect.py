"""The only module that knows SQLite from PostgreSQL.

Everything dialect-specific lives here, each with the reason it differs:
engine set-up, how a write transaction starts, immutability triggers, and the
translation of driver errors into evtcli's typed errors.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from sqlalchemy import DDL, Connection, Engine, String, Table, Text, create_engine, event, literal, make_url, or_, text
from sqlalchemy.engine import URL, RootTransaction
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from evtcli.errors import (
    ConcurrencyConflict,
    DatabaseBusy,
    DatabaseMissing,
    EvtcliError,
    NotAnEvtcliDatabase,
    RuleViolation,
    StoreError,
)

SQLITE_CACHE_KIB = 64 * 1024  # page cache per connection (SQLite's default is 2 MiB)
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
        # Not the URL itself in the message: it may hold a password.
        raise StoreError(
            "cannot parse the database URL",
            "use a file path or a URL such as postgresql+psycopg://user@host:5432/dbname",
        ) from None
    if url.get_backend_name() == "postgres":
        # libpq, psql and many hosting services spell the scheme postgres://.
        url = url.set(drivername="postgresql")
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("an in-memory SQLite database cannot hold a store", "give a file path")
        return Location(url.set(drivername="sqlite+pysqlite"), Path(url.database))
    if url.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {url.get_backend_name()!r}", "use a SQLite file or PostgreSQL"
        )
    # Whatever driver the URL names, evtcli talks to PostgreSQL through psycopg 3.
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


def byte_ordered(length: int) -> String:
    """A string column that sorts and compares byte by byte on every backend.

    Ids are looked up by prefix with a range scan (``id >= 'ab12' AND id < 'ab13'``)
    and timestamps are compared as text; SQLite compares bytes, but a PostgreSQL
    database created with a linguistic collation (en_US.UTF-8, ICU) ignores the
    hyphens in a UUID at first and so breaks both. COLLATE "C" restores byte order.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")  # type: ignore[return-value]


def partial_unique_index(table: Table, name: str, column: str, flag: str, flag_value: bool) -> None:
    """A unique index on ``column`` over the rows whose boolean ``flag`` is ``flag_value``,
    made with the table.

    Written as DDL for each backend rather than with SQLAlchemy's ``sqlite_where`` and
    ``postgresql_where``: naming the latter loads SQLAlchemy's PostgreSQL dialect
    (30-40 ms), which a command on a SQLite file never needs. The predicate is
    spelled as SQLAlchemy spells ``flag == flag_value`` in queries on each backend
    (``= 0`` on SQLite, ``= false`` on PostgreSQL): SQLite uses a partial index only
    for queries whose WHERE holds the same term. ``table.info["unique_indexes"]``
    records it for the error translation.
    """
    for backend, flag_text in (("sqlite", str(int(flag_value))), ("postgresql", str(flag_value).lower())):
        statement = f"CREATE UNIQUE INDEX {name} ON {table.name} ({column}) WHERE {flag} = {flag_text}"
        event.listen(table, "after_create", DDL(statement).execute_if(dialect=backend))
    table.info.setdefault("unique_indexes", {})[name] = (column,)


class fold_case(FunctionElement):  # type: ignore[type-arg]  # noqa: N801 - used as a function
    """``fold_case(expression)``: it in lower case, for case-insensitive searches.

    SQLite's lower() folds ASCII only, so SQLite connections get Python's
    ``str.lower`` as ``evtcli_lower``. PostgreSQL's lower() folds as the database's
    LC_CTYPE does: every letter under a UTF-8 locale, ASCII only under C.
    """

    type = Text()
    name = "fold_case"
    inherit_cache = True


@compiles(fold_case, "sqlite")
def _fold_case_sqlite(element, compiler, **kw):  # type: ignore[no-untyped-def]
    return f"evtcli_lower({compiler.process(element.clauses, **kw)})"


@compiles(fold_case)
def _fold_case(element, compiler, **kw):  # type: ignore[no-untyped-def]
    return f"lower({compiler.process(element.clauses, **kw)})"


LIKE_ESCAPE = "/"


def containing(text: str) -> str:
    """A LIKE pattern (with ESCAPE LIKE_ESCAPE) for values that hold ``text``, in
    which % and _ match themselves."""
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def holds_text(columns: Sequence[Any], text: str) -> Any:
    """Where any of ``columns`` holds ``text``, case-insensitively (``--search``).

    % and _ in the text match themselves; the text is folded as the columns are.
    """
    pattern = fold_case(literal(containing(text)))
    return or_(*(fold_case(column).like(pattern, escape=LIKE_ESCAPE) for column in columns))


def _lower(value: str | None) -> str | None:
    return None if value is None else value.lower()


def world_readable(path: Path) -> bool:
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


def make_engine(
    location: Location, *, create: bool, busy_timeout: float, read_only: bool = False
) -> tuple[Engine, bool]:
    """The engine, and whether this call created the SQLite file (see remove_database_files).

    ``read_only``: for commands that only read, which must work on a database the
    user may read but not write (see _read_only_uri and _postgres_engine).
    """
    if location.path is not None:
        if read_only:
            return _sqlite_read_only_engine(location, busy_timeout=busy_timeout), False
        return _sqlite_engine(location, create=create, busy_timeout=busy_timeout)
    return _postgres_engine(location, busy_timeout=busy_timeout, read_only=read_only), False


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


def check_unchanged(conn: Connection) -> None:
    """After a read on an immutable SQLite connection: refuse it if the file changed meanwhile."""
    dbapi = conn.connection.dbapi_connection
    identity = getattr(dbapi, "identity", None)
    if identity is not None and _file_identity(Path(dbapi.evtcli_path)) != identity:
        raise StoreError("the database changed while it was being read", "run the command again")


def _sqlite_read_only_engine(location: Location, *, busy_timeout: float) -> Engine:
    from sqlalchemy.pool import NullPool

    path = location.path
    assert path is not None
    _check_sqlite_file(path, create=False)

    def connect() -> sqlite3.Connection:
        uri, immutable = _read_only_uri(path)
        identity = _file_identity(path) if immutable else None
        dbapi = sqlite3.connect(uri, uri=True, timeout=busy_timeout, factory=_ReadOnlyConnection)
        dbapi.identity, dbapi.evtcli_path = identity, str(path)  # type: ignore[attr-defined]
        return dbapi

    # No pool: each connection chooses its URI anew, so `tail -f` reads through the
    # WAL once a writer has opened the database, and sees its checkpoints after.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
    _sqlite_events(engine)
    return engine


def remove_database_files(path: Path) -> None:
    """Remove a SQLite database and the files SQLite keeps beside it.

    For a database this process created for a command that was then refused: the
    caller holds the write lock and has seen that nothing but its own schema is
    in it. Another process that opened the file meanwhile keeps a descriptor of
    the removed file, and SQLite refuses its next write (SQLITE_READONLY_DBMOVED,
    reported as _moved()) instead of writing where no one will read.
    """
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sqlite_engine(location: Location, *, create: bool, busy_timeout: float) -> tuple[Engine, bool]:
    assert location.path is not None
    new_file = _check_sqlite_file(location.path, create)
    if not os.access(location.path, os.W_OK):
        # Refused before SQLite opens it: SQLite would fall back to reading and, in a
        # directory this user may write, leave -wal and -shm files the owner cannot write.
        raise _read_only()
    # The driver's timeout is SQLite's busy timeout: a writer waits this long for the lock.
    engine = create_engine(location.url, connect_args={"timeout": busy_timeout})
    _sqlite_events(engine)
    if new_file:
        # WAL lets readers (tail -f, user list) run while a writer commits; the mode is
        # stored in the file, so it is set once, outside any transaction.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise _sqlite_error(exc, exc.sqlite_errorcode, {}, {}) or exc from None
        finally:
            raw.close()
    return engine, new_file


def _sqlite_events(engine: Engine) -> None:
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
        # SQLite's lower() folds ASCII only; searches fold every letter (see fold_case).
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


def _postgres_engine(location: Location, *, busy_timeout: float, read_only: bool = False) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError(
            "PostgreSQL support is not installed (the psycopg driver is missing)",
            "install it with: pip install 'evtcli[postgres]'",
        ) from None
    # lock_timeout bounds the wait for the write lock, like SQLite's busy timeout. Zero
    # means "no limit" to PostgreSQL but "do not wait" to SQLite, so wait 1 ms at least.
    timeout_ms = max(1, int(busy_timeout * 1000))
    options = f"-c lock_timeout={timeout_ms}"
    # psycopg prepares a statement after a few executions, and the server may then
    # reuse a generic plan made while the tables were small: a sequential scan that
    # gets slower with every event (a long import went from 40 to 360 ms per 100
    # events over 24,000). Custom plans keep the indexes in use as the log grows.
    options += " -c plan_cache_mode=force_custom_plan"
    if read_only:
        # A read command's transactions are read-only on the server too: a bug that
        # wrote would be refused (25006), and a standby server accepts them. Set at
        # connection start, it costs no round trip.
        options += " -c default_transaction_read_only=on"
    if location.url.query.get("options"):
        options = f"{location.url.query['options']} {options}"  # keep the URL's own settings
    engine = create_engine(
        location.url,
        connect_args={
            "connect_timeout": 10,
            "options": options,
            "application_name": "evtcli",  # names the sessions in pg_stat_activity
        },
    )

    @event.listens_for(engine, "handle_error")
    def _on_error(context):  # type: ignore[no-untyped-def]
        # Failing to connect is a problem with the URL or the server, not with a
        # statement: say which server (password hidden) and what to check.
        if context.connection is None and isinstance(context.original_exception, psycopg.OperationalError):
            raise connection_error(location, context.original_exception) from None

    return engine


def connection_error(location: Location, exc: BaseException) -> StoreError:
    """A clear error for a server that cannot be reached or refuses the login.

    Built from the URL with its password hidden and libpq's first line, which
    names the host, port, user and database but never the password. A failed
    connection carries no SQLSTATE (libpq reports it as text before any protocol
    exchange, or as the server's FATAL line), so here alone the text is read.
    """
    where = location.display
    reason = _first_line(exc)
    if "FATAL:" in reason:  # libpq's "connection to server at … failed: FATAL:  <why>"
        reason = reason.split("FATAL:", 1)[1].strip()
    lowered = reason.lower()
    url = location.url
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseMissing(
            f"database {url.database!r} does not exist on {url.host or 'localhost'}:{url.port or 5432}",
            f"create it first (createdb {url.database}) or fix the URL",
        )
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return StoreError(
            f"the server refused the login to {where}: {reason.rsplit(':', 1)[-1].strip()}",
            "check the user and password in the URL (or PGPASSWORD / ~/.pgpass)",
        )
    if "connection refused" in lowered:
        return StoreError(
            f"cannot connect to {where}: connection refused",
            "check that the server is running and the host and port in the URL",
        )
    if "resolve host" in lowered or "name or service not known" in lowered:
        return StoreError(
            f"cannot connect to {where}: unknown host {url.host!r}", "check the host name in the URL"
        )
    if "timeout" in lowered or "timed out" in lowered:
        return StoreError(
            f"cannot connect to {where}: timed out", "check the host, the port and any firewall"
        )
    return StoreError(f"cannot connect to {where}: {reason}", "check the URL and that the server is running")


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


ErrorFactory = Callable[[], EvtcliError]

# SQLite's primary result codes (the low byte of the extended code) and the
# extended codes of the constraint failures evtcli tells apart.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_PERM, _SQLITE_NOMEM = 3, 7
_SQLITE_READONLY_DBMOVED = 1032
_SQLITE_CONSTRAINT_CHECK, _SQLITE_CONSTRAINT_PRIMARYKEY = 275, 1555
_SQLITE_CONSTRAINT_TRIGGER, _SQLITE_CONSTRAINT_UNIQUE = 1811, 2067


def translate_error(
    exc: BaseException,
    constraint_errors: Mapping[str, ErrorFactory],
    unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
) -> EvtcliError | None:
    """The typed evtcli error a driver error stands for, or None when nothing expected it.

    Errors are told apart by SQLite's extended result code or PostgreSQL's SQLSTATE
    and, for constraints, by the constraint's name: PostgreSQL reports it; SQLite
    reports the table and columns of a unique constraint (its documented
    ``UNIQUE constraint failed: t.a, t.b``), which ``unique_columns`` maps to the
    name. None means a bug (a bad statement, a missing table): the caller lets the
    original exception through, to be reported as an internal error.
    """
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return _sqlite_error(original, code, constraint_errors, unique_columns)
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate is not None or original.__class__.__module__.startswith("psycopg"):
        return _postgres_error(original, sqlstate or "", constraint_errors)
    return None


def _sqlite_error(
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
            return _constraint_error(unique_columns.get(key), constraint_errors)
        return None
    if code == _SQLITE_CONSTRAINT_CHECK:
        # SQLite names a failed CHECK constraint: "CHECK constraint failed: <name>".
        return _constraint_error(str(original).partition(": ")[2].strip(), constraint_errors)
    if code == _SQLITE_CONSTRAINT_TRIGGER:  # RAISE(ABORT) in the immutability triggers
        return _immutable()
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _busy()
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
        return _read_only()
    if primary in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return StoreError("cannot open the database file", "check the path and its permissions")
    if primary == _SQLITE_FULL:
        return StoreError("the disk is full", "free some space and retry")
    if primary in (_SQLITE_IOERR, _SQLITE_NOMEM):
        return StoreError(f"the database could not be read or written: {_first_line(original)}", "check the disk and retry")
    return None


def _postgres_error(
    original: BaseException, sqlstate: str, constraint_errors: Mapping[str, ErrorFactory]
) -> EvtcliError | None:
    if sqlstate in ("23505", "23514"):  # unique_violation, check_violation
        diag = getattr(original, "diag", None)
        return _constraint_error(getattr(diag, "constraint_name", None), constraint_errors)
    if sqlstate == "23000":  # integrity_constraint_violation: raised by the immutability triggers
        return _immutable()
    if sqlstate in ("40001", "40P01"):
        # PostgreSQL aborts one of two transactions that cannot both commit
        # (serialization failure, deadlock): a lost race, and safe to retry.
        return ConcurrencyConflict("another transaction changed the same data at the same time", "retry the command")
    if sqlstate in ("55P03", "57014"):  # lock_not_available, query_canceled (lock_timeout)
        return _busy()
    if sqlstate == "25006":  # read_only_sql_transaction
        return _read_only()
    if sqlstate == "42501":  # insufficient_privilege
        return StoreError(f"the server refused: {_first_line(original)}", "ask for the privileges evtcli needs")
    if sqlstate.startswith(("08", "57P")) or not sqlstate:
        # connection exceptions, the server shutting down, or a connection lost
        # without a SQLSTATE at all: the server, not the statement.
        return StoreError(
            f"lost the connection to the database: {_first_line(original)}",
            "check that the server is running and retry",
        )
    if sqlstate.startswith("53"):  # insufficient_resources: disk full, out of memory
        return StoreError(f"the server is out of resources: {_first_line(original)}", "free some space and retry")
    return None


def _constraint_error(name: str | None, constraint_errors: Mapping[str, ErrorFactory]) -> EvtcliError | None:
    factory = constraint_errors.get(name or "")
    return None if factory is None else factory()


def _immutable() -> EvtcliError:
    return RuleViolation("events are immutable", "append a new event instead")


def _busy() -> EvtcliError:
    return DatabaseBusy(
        "another process held the database lock for longer than the busy timeout",
        "try again when it has finished",
    )


def _read_only() -> EvtcliError:
    return StoreError("the database is read-only", "check the file and directory permissions")


def _first_line(value: object) -> str:
    return str(value).strip().splitlines()[0] if str(value).strip() else type(value).__name__


def scrub_freed_space(engine: Engine, key_tables: Sequence[str], tables: Sequence[str]) -> bool:
    """After a forget commits: push deleted bytes out of what stays on disk.

    SQLite: the freed cells are zeroed already (secure_delete), but the WAL still
    holds the pages as they were; a TRUNCATE checkpoint copies the new pages into the
    database and empties the WAL. PostgreSQL: the key tables are rewritten (VACUUM
    FULL: small tables, and the deleted key must not wait in free space); the other
    tables' dead row versions are vacuumed, their space free for reuse. False when
    that could not be done now (a reader kept SQLite's WAL busy).
    """
    if engine.dialect.name == "sqlite":
        # On the driver's connection: outside any transaction, which would hold the WAL.
        raw = engine.raw_connection()
        try:
            busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
        return not busy
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"VACUUM FULL {', '.join(key_tables)}")
        conn.exec_driver_sql(f"VACUUM {', '.join(tables)}")
    return True


def database_size(conn: Connection, location: Location) -> int:
    """Bytes the database takes: on SQLite the file with its -wal and -journal files
    (committed pages wait in the WAL until a checkpoint); on PostgreSQL, as the server counts it."""
    if conn.dialect.name == "postgresql":
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)
    assert location.path is not None
    return sum(
        path.stat().st_size
        for path in (location.path, Path(f"{location.path}-wal"), Path(f"{location.path}-journal"))
        if path.exists()
    )


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


_cursor_names = itertools.count(1)


def driver_rows(conn: Connection, query: Any, batch: int) -> Iterator[tuple[Any, ...]]:
    """A query's rows as the driver's own tuples, fetched ``batch`` at a time, in the
    connection's transaction.

    No SQLAlchemy Row per row and no result processing: verify reads the whole log
    and its projections, and a Row per row costs about a third of what SQLite takes
    to read it. So only for columns the driver gives as they are meant: text and
    integers (a boolean column comes as 0 or 1 from SQLite, which equals False or True).
    SQLite's cursor steps through the rows as they are fetched; psycopg's ordinary
    cursor would first hold the whole result in memory, so PostgreSQL gets a named
    (server-side) cursor.
    """
    compiled = query.compile(dialect=conn.dialect)
    parameters = compiled.construct_params()
    driver = conn.connection.driver_connection
    assert driver is not None
    if conn.dialect.name == "postgresql":
        cursor = driver.cursor(name=f"evtcli_rows_{next(_cursor_names)}")
        cursor.execute(compiled.string, parameters)
    else:
        cursor = driver.cursor()
        cursor.execute(compiled.string, [parameters[name] for name in compiled.positiontup or ()])
    try:
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()
