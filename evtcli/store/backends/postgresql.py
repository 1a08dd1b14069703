"""PostgreSQL, through psycopg 3: a store in a database on a server.

What differs from SQLite, each with the reason: the engine's session settings (lock
timeout, custom plans, read-only transactions); the write lock is an advisory lock;
a check reads one snapshot (REPEATABLE READ); the triggers are a plpgsql function;
a refused batch insert reads its pipeline's aborted rows;
errors are told apart by SQLSTATE and constraint name; big reads use a server-side
cursor; forgetting vacuums. psycopg is imported only when an engine is made.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.engine import Compiled, RootTransaction
from sqlalchemy.exc import ArgumentError, DBAPIError

from evtcli.errors import ConcurrencyConflict, DatabaseMissing, EvtcliError, StoreError
from evtcli.store.backends.errors import (
    ErrorFactory,
    busy,
    constraint_error,
    first_line,
    immutable,
    read_only,
)
from evtcli.store.backends.triggers import TriggerState
from evtcli.store.backends.holds import hold_session
from evtcli.store.location import Location

# Any constant works: every write transaction on PostgreSQL takes this advisory lock.
POSTGRES_WRITE_LOCK = 0x65767463  # "evtc"

_cursor_names = itertools.count(1)


class PostgreSQLBackend:
    """The :class:`~evtcli.store.backends.Backend` of a PostgreSQL database."""

    name = "postgresql"

    def refresh_statistics(self, engine: Engine, tables: Sequence[str]) -> None:
        # Until autovacuum's next ANALYZE, a table just filled looks empty to the
        # planner, which then sorts every row after a position instead of reading
        # the first few on its index (a consumer's batch took 20 ms instead of 1).
        with engine.connect() as conn:
            for table in tables:
                conn.exec_driver_sql(f'ANALYZE "{table}"')
            conn.commit()

    def try_hold(self, engine: Engine, location: Location, key: str) -> Any:
        return hold_session(engine, key)

    def forget_hold(self, location: Location, key: str) -> None:
        pass  # an advisory lock leaves nothing behind

    def make_engine(
        self, location: Location, *, create: bool, busy_timeout: float, read_only: bool = False
    ) -> tuple[Engine, bool]:
        """``create`` is not evtcli's to do here: the database is made on the server
        (createdb), and a missing one is reported by connection_error."""
        return _engine(location, busy_timeout=busy_timeout, read_only=read_only), False

    def begin_write(self, conn: Connection) -> RootTransaction:
        transaction = conn.begin()
        # An advisory lock (not the head row's lock) so that it also guards schema
        # creation, before the head row exists; it is released at commit or rollback.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_WRITE_LOCK})
        return transaction

    def begin_snapshot(self, conn: Connection) -> RootTransaction:
        # The default READ COMMITTED takes a new snapshot per statement, so a check that
        # reads the log and then the projections could see a commit in between and
        # report drift that is not there; REPEATABLE READ keeps one snapshot for the
        # whole transaction.
        conn.execution_options(isolation_level="REPEATABLE READ")
        return conn.begin()

    def check_unchanged(self, conn: Connection) -> None:
        # The server's snapshot is the read's whole view: nothing changes under it.
        pass

    def create_immutability_triggers(self, conn: Connection, table: Table) -> None:
        """Make an event table's append-only triggers as evtcli makes them: the function
        is (re)written, a missing trigger is created, a changed one made again, and each
        is enabled ALWAYS (see _TRIGGERS)."""
        name = table.name
        conn.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {name}_refuse_change() RETURNS trigger AS $${_refusal(name)}$$ LANGUAGE plpgsql"
        )
        stored = _stored_triggers(conn, name)
        for trigger, (when, level, kind) in _TRIGGERS.items():
            trigger = f"{name}_{trigger}"
            found = stored.get(trigger)
            if found is not None and found[1:3] != (kind, f"{name}_refuse_change"):
                conn.exec_driver_sql(f"DROP TRIGGER {trigger} ON {name}")
                found = None
            if found is None:
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {trigger} {when} ON {name} FOR EACH {level} EXECUTE FUNCTION {name}_refuse_change()"
                )
            if found is None or found[0] != "A":
                conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ALWAYS TRIGGER {trigger}")

    def drop_immutability_triggers(self, conn: Connection, table: Table) -> None:
        # DROP TABLE takes the triggers with it, but not the function they call.
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {table.name}_refuse_change()")

    @contextmanager
    def appending_in_bulk(self, conn: Connection, tables: Sequence[Table]) -> Iterator[Callable[[], None]]:
        # PostgreSQL has no REPLACE: its triggers refuse UPDATE and DELETE, which appends never fire.
        yield lambda: None

    def immutability_triggers(self, conn: Connection, table: Table) -> dict[str, TriggerState]:
        """Each trigger the table must have, as the catalogue holds it: its kind (row or
        statement, before which operations), the function it calls and that
        function's text, and whether it is enabled, and ALWAYS."""
        name = table.name
        stored = _stored_triggers(conn, name)
        states = {}
        for trigger, (_, _, kind) in _TRIGGERS.items():
            trigger = f"{name}_{trigger}"
            found = stored.get(trigger)
            if found is None:
                states[trigger] = TriggerState.MISSING
            elif found[1:] != (kind, f"{name}_refuse_change", _refusal(name)):
                states[trigger] = TriggerState.CHANGED
            elif found[0] in ("D", "R"):  # disabled, or fired only in replica sessions
                states[trigger] = TriggerState.DISABLED
            elif found[0] == "O":  # enabled, but skipped in replica sessions
                states[trigger] = TriggerState.NOT_ALWAYS
            else:
                states[trigger] = TriggerState.IN_PLACE
        return states

    def raised(self, error: BaseException) -> bool:
        return getattr(error, "sqlstate", None) is not None or error.__class__.__module__.startswith("psycopg")

    def translate_error(
        self,
        error: BaseException,
        constraint_errors: Mapping[str, ErrorFactory],
        unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
    ) -> EvtcliError | None:
        """By SQLSTATE; a constraint by the name PostgreSQL reports."""
        return _translate(error, getattr(error, "sqlstate", None) or "", constraint_errors)

    def execute_many(self, conn: Connection, statement: str, parameters: Sequence[Any]) -> None:
        # psycopg sends an executemany through a pipeline that it opens and closes
        # itself. When a row is refused early, the rows sent after it come back
        # "aborted", and closing that pipeline logs "error ignored terminating
        # <psycopg.Pipeline …>: pipeline aborted" on stderr, once per refused batch
        # (an import tries a chunk this way, then checks it line by line). In a
        # pipeline of ours the executemany rides it; its results are read here (a
        # refusal may arrive only then, unwrapped by SQLAlchemy: wrapped here as it
        # would have been), and after a refusal the aborted rows are read too, so
        # the pipeline closes with nothing left to report.
        import psycopg

        driver = conn.connection.driver_connection
        with driver.pipeline() as pipeline:  # type: ignore[union-attr]
            try:
                conn.exec_driver_sql(statement, parameters)
                pipeline.sync()
            except DBAPIError:
                _read_aborted(pipeline, psycopg.Error)
                raise
            except psycopg.Error as refused:
                _read_aborted(pipeline, psycopg.Error)
                raise DBAPIError.instance(
                    statement, parameters, refused, psycopg.Error, dialect=conn.dialect, ismulti=True
                ) from refused

    def open_cursor(
        self, driver: Any, compiled: Compiled, *, bounded: bool = False, values: Mapping[str, Any] | None = None
    ) -> Any:
        # psycopg's ordinary cursor would first hold the whole result in memory; a named
        # (server-side) cursor sends the rows as they are fetched. A bounded result (a
        # consumer's batch) fits in memory, and the ordinary cursor saves the named one's
        # DECLARE, FETCH and CLOSE round trips.
        cursor = driver.cursor() if bounded else driver.cursor(name=f"evtcli_rows_{next(_cursor_names)}")
        cursor.execute(compiled.string, compiled.construct_params(values))
        return cursor

    def scrub_freed_space(self, engine: Engine, key_tables: Sequence[str], tables: Sequence[str]) -> bool:
        """The key tables are rewritten (VACUUM FULL: small tables, and the deleted key
        must not wait in free space); the other tables' dead row versions are
        vacuumed, their space free for reuse."""
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM FULL {', '.join(key_tables)}")
            conn.exec_driver_sql(f"VACUUM {', '.join(tables)}")
        return True

    def database_size(self, conn: Connection, location: Location) -> int:
        """As the server counts it."""
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)

    def backup(self, location: Location, suffix: str) -> None:
        """None: the data is the server's, not a file beside the store; a schema upgrade
        is one transaction, and a failed one leaves the database as it was."""

    def backup_to(self, engine: Engine, location: Location, target: Path, *, replace: bool) -> None:
        """Refused: a consistent copy of a server's database is the server's own tool's
        job (pg_dump takes one in a snapshot while clients go on writing)."""
        raise StoreError(
            "evtcli backup copies a SQLite file; a PostgreSQL database is backed up with pg_dump",
            "run e.g. 'pg_dump --format=custom --file=FILE DBNAME' (pg_restore reads it back)",
        )


POSTGRESQL = PostgreSQLBackend()


def _read_aborted(pipeline: Any, driver_error: type[Exception]) -> None:
    """Read what a pipeline holds after a refused statement: the statements it aborted
    answer with an error of their own, which only repeats the refusal."""
    try:
        pipeline.sync()
    except driver_error:
        pass


# -- the append-only triggers ------------------------------------------------------------

# Each event table's triggers (the table's name, "_", and the key): when each fires,
# for each row or statement, and its pg_trigger.tgtype (bits: 1 row, 2 before, 8 delete, 16 update, 32 truncate).
# TRUNCATE needs a statement trigger of its own, as it fires no row triggers. An
# UPDATE of ``INSERT … ON CONFLICT DO UPDATE`` fires the row trigger like any other.
#
# Each is enabled ALWAYS: a session with session_replication_role = replica (a
# superuser's, or from PostgreSQL 15 a role's that was granted SET on it) fires only
# the triggers enabled ALWAYS or REPLICA, and what a session set is seen by no one
# afterwards. Bypassing an ALWAYS trigger takes a DISABLE or DROP, which the
# catalogue keeps and verify reports.
_TRIGGERS = {
    "no_change": ("BEFORE UPDATE OR DELETE", "ROW", 1 | 2 | 8 | 16),
    "no_truncate": ("BEFORE TRUNCATE", "STATEMENT", 2 | 32),
}


def _refusal(table: str) -> str:
    """The body of the function the triggers call: it refuses whatever fired it."""
    # No percent-sign format here: psycopg would read it as a placeholder.
    return (
        "\nBEGIN\n"
        f"    RAISE EXCEPTION USING MESSAGE = '{table} is append-only: ' || TG_OP || ' refused',\n"
        "        ERRCODE = 'integrity_constraint_violation';\n"
        "END\n"
    )


def _stored_triggers(conn: Connection, table: str) -> dict[str, tuple[str, int, str, str]]:
    """The table's own triggers: name -> (tgenabled, tgtype, the function's name and text)."""
    rows = conn.execute(
        text(
            "SELECT t.tgname, t.tgenabled, t.tgtype, p.proname, p.prosrc"
            " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid"
            " WHERE t.tgrelid = to_regclass(CAST(:table AS text)) AND NOT t.tgisinternal"
        ),
        {"table": table},
    )
    return {name: (str(enabled), int(kind), function, source) for name, enabled, kind, function, source in rows}


def _engine(location: Location, *, busy_timeout: float, read_only: bool = False) -> Engine:
    try:
        import psycopg
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
    try:
        engine = create_engine(
            location.url,
            connect_args={
                "connect_timeout": 10,
                "options": options,
                "application_name": "evtcli",  # names the sessions in pg_stat_activity
            },
        )
    except ArgumentError:
        # The dialect reads the URL's hosts and ports here (location.py has refused
        # a port that is not a number); its own words would be an internal error.
        raise StoreError(
            "the database URL's hosts and ports do not match",
            "give as many ports as hosts (?host=h1,h2&port=p1,p2) or each host with its port (?host=h1:p1&host=h2:p2)",
        ) from None

    @event.listens_for(engine, "handle_error")
    def _on_error(context):  # type: ignore[no-untyped-def]
        # Failing to connect is a problem with the URL or the server, not with a
        # statement: say which server (passwords hidden) and what to check. Any
        # driver error (a bad option is a ProgrammingError), so that its text is
        # always masked before it is shown.
        if context.connection is None and isinstance(context.original_exception, psycopg.Error):
            raise connection_error(location, context.original_exception) from None

    return engine


def connection_error(location: Location, exc: BaseException) -> StoreError:
    """A clear error for a server that cannot be reached or refuses the login.

    Built from the URL with its passwords hidden and libpq's first line, which
    names the host, port, user and database; any secret of the URL it quotes is
    masked all the same. A failed connection carries no SQLSTATE (libpq reports it
    as text before any protocol exchange, or as the server's FATAL line), so here
    alone the text is read.
    """
    where = location.display
    reason = location.hide_secrets(first_line(exc))
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


def _translate(original: BaseException, sqlstate: str, constraint_errors: Mapping[str, ErrorFactory]) -> EvtcliError | None:
    if sqlstate in ("23505", "23514"):  # unique_violation, check_violation
        diag = getattr(original, "diag", None)
        return constraint_error(getattr(diag, "constraint_name", None), constraint_errors)
    if sqlstate == "23000":  # integrity_constraint_violation: raised by the immutability triggers
        return immutable()
    if sqlstate in ("40001", "40P01"):
        # PostgreSQL aborts one of two transactions that cannot both commit
        # (serialization failure, deadlock): a lost race, and safe to retry.
        return ConcurrencyConflict("another transaction changed the same data at the same time", "retry the command")
    if sqlstate in ("55P03", "57014"):  # lock_not_available, query_canceled (lock_timeout)
        return busy()
    if sqlstate == "25006":  # read_only_sql_transaction
        return read_only()
    if sqlstate == "42501":  # insufficient_privilege
        return StoreError(f"the server refused: {first_line(original)}", "ask for the privileges evtcli needs")
    if sqlstate.startswith(("08", "57P")) or not sqlstate:
        # connection exceptions, the server shutting down, or a connection lost
        # without a SQLSTATE at all: the server, not the statement.
        return StoreError(
            f"lost the connection to the database: {first_line(original)}",
            "check that the server is running and retry",
        )
    if sqlstate.startswith("53"):  # insufficient_resources: disk full, out of memory
        return StoreError(f"the server is out of resources: {first_line(original)}", "free some space and retry")
    return None
