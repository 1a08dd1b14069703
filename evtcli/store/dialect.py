"""What the rest of evtcli asks of the database it stores in, whichever that is.

Two kinds of thing: column types and SQL expressions written once for both backends
(each compiles to what its database needs, with the reason), and the entry points
that hand a location, a connection or an engine to its backend
(:mod:`evtcli.store.backends`), where each backend's own code lives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import DDL, Connection, Engine, String, Table, Text, event, literal, or_
from sqlalchemy.engine import Compiled, RootTransaction
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from evtcli.errors import EvtcliError
from evtcli.store.backends import backend_for, backend_named, backend_that_raised
from evtcli.store.backends.errors import ErrorFactory
from evtcli.store.backends.postgresql import POSTGRES_WRITE_LOCK
from evtcli.store.backends.sqlite import owned, remove_database_files, world_readable
from evtcli.store.backends.triggers import TriggerState
from evtcli.store.location import Location, parse_location

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "LIKE_ESCAPE",
    "POSTGRES_WRITE_LOCK",
    "ErrorFactory",
    "Location",
    "TriggerState",
    "backup_to",
    "begin_snapshot",
    "begin_write",
    "byte_ordered",
    "check_unchanged",
    "containing",
    "create_immutability_triggers",
    "database_size",
    "driver_rows",
    "drop_immutability_triggers",
    "execute_many",
    "fold_case",
    "holds_text",
    "immutability_triggers",
    "make_engine",
    "owned",
    "parse_location",
    "partial_unique_index",
    "remove_database_files",
    "save_copy",
    "scrub_freed_space",
    "translate_error",
    "world_readable",
]

DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another writer before giving up


# -- column types and expressions, for both backends ---------------------------------------


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
    ``str.lower`` as ``evtcli_lower`` (see backends/sqlite.py). PostgreSQL's lower()
    folds as the database's LC_CTYPE does: every letter under a UTF-8 locale, ASCII
    only under C.
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


# -- the backend of a location, a connection or an engine -----------------------------------


def make_engine(
    location: Location, *, create: bool, busy_timeout: float, read_only: bool = False
) -> tuple[Engine, bool]:
    """The engine, and whether this call created the SQLite file (see remove_database_files).

    ``read_only``: for commands that only read, which must work on a database the
    user may read but not write.
    """
    return backend_for(location).make_engine(location, create=create, busy_timeout=busy_timeout, read_only=read_only)


def begin_write(conn: Connection) -> RootTransaction:
    """Start a write transaction that is alone among writers until it commits.

    Serialising writers is what makes positions gap-free and committed in order: a
    reader that has seen position N never later meets a new event below N.
    """
    return backend_named(conn.dialect.name).begin_write(conn)


def begin_snapshot(conn: Connection) -> RootTransaction:
    """Start a read transaction in which every statement sees the same committed state."""
    return backend_named(conn.dialect.name).begin_snapshot(conn)


def check_unchanged(conn: Connection) -> None:
    """After a read: refuse it if the database could have changed under it (a SQLite
    file read immutable)."""
    backend_named(conn.dialect.name).check_unchanged(conn)


def create_immutability_triggers(conn: Connection, table: Table) -> None:
    """Make the database itself refuse every change to a stored event of ``table``
    (again, where its triggers are missing, changed or disabled)."""
    backend_named(conn.dialect.name).create_immutability_triggers(conn, table)


def drop_immutability_triggers(conn: Connection, table: Table) -> None:
    """After ``table`` is dropped: remove what its append-only triggers left behind."""
    backend_named(conn.dialect.name).drop_immutability_triggers(conn, table)


def appending_in_bulk(conn: Connection, tables: Sequence[Table]) -> AbstractContextManager[Callable[[], None]]:
    """While entered, inside the write transaction: evtcli's own appends to these
    event tables skip work that only guards against other writers' statements (see
    each backend), once the function it gives has been called, before the first
    append and outside any savepoint. The transaction must roll back if the block
    raises."""
    return backend_named(conn.dialect.name).appending_in_bulk(conn, tables)


def immutability_triggers(conn: Connection, table: Table) -> dict[str, TriggerState]:
    """Each append-only trigger ``table`` must have, by name, and how it stands."""
    return backend_named(conn.dialect.name).immutability_triggers(conn, table)


def translate_error(
    exc: BaseException,
    constraint_errors: Mapping[str, ErrorFactory],
    unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
) -> EvtcliError | None:
    """The typed evtcli error a driver error stands for, or None when nothing expected it.

    Errors are told apart by SQLite's extended result code or PostgreSQL's SQLSTATE
    and, for constraints, by the constraint's name: PostgreSQL reports it; SQLite
    reports the table and columns of a unique constraint, which ``unique_columns``
    maps to the name. None means a bug (a bad statement, a missing table): the
    caller lets the original exception through, to be reported as an internal error.
    """
    original = getattr(exc, "orig", None) or exc
    backend = backend_that_raised(original)
    return None if backend is None else backend.translate_error(original, constraint_errors, unique_columns)


def execute_many(conn: Connection, statement: str, parameters: Sequence[Any]) -> None:
    """Run one statement of the driver's own SQL once per parameter row, in the
    connection's transaction; a refused row raises the driver's error (wrapped by
    SQLAlchemy) and prints nothing."""
    backend_named(conn.dialect.name).execute_many(conn, statement, parameters)


def compiled_for_driver(conn: Connection, query: Any) -> Compiled:
    """A query compiled for ``conn``'s driver, IN lists (``type IN (…)``) expanded into
    plain placeholders; compile once, run with other values (see driver_rows)."""
    return query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # type: ignore[no-any-return]


def driver_rows(
    conn: Connection, query: Any, batch: int, *, bounded: bool = False, values: Mapping[str, Any] | None = None
) -> Iterator[tuple[Any, ...]]:
    """A query's rows as the driver's own tuples, fetched ``batch`` at a time, in the
    connection's transaction.

    No SQLAlchemy Row per row and no result processing: verify reads the whole log
    and its projections, and a Row per row costs about a third of what SQLite takes
    to read it. So only for columns the driver gives as they are meant: text and
    integers (a boolean column comes as 0 or 1 from SQLite, which equals False or True).
    Each backend opens a cursor that fetches as it goes (see its open_cursor).
    """
    driver = conn.connection.driver_connection
    assert driver is not None
    compiled = query if isinstance(query, Compiled) else compiled_for_driver(conn, query)
    cursor = backend_named(conn.dialect.name).open_cursor(driver, compiled, bounded=bounded, values=values)
    try:
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


def scrub_freed_space(engine: Engine, key_tables: Sequence[str], tables: Sequence[str]) -> bool:
    """After a forget commits: push deleted bytes out of what stays on disk. False when
    that could not be done now (a reader kept SQLite's WAL busy)."""
    return backend_named(engine.dialect.name).scrub_freed_space(engine, key_tables, tables)


def database_size(conn: Connection, location: Location) -> int:
    """Bytes the database takes: on SQLite the file with the files beside it; on
    PostgreSQL, as the server counts it."""
    return backend_named(conn.dialect.name).database_size(conn, location)


def save_copy(location: Location, suffix: str) -> Path | None:
    """A consistent copy of a SQLite file beside it, ``<file><suffix>`` (mode 0600);
    None on PostgreSQL. The caller holds the write lock."""
    return backend_for(location).backup(location, suffix)


def backup_to(engine: Engine, location: Location, target: Path, *, replace: bool) -> None:
    """A consistent copy of the database at ``target`` (mode 0600) while writers go on
    (SQLite); refused on PostgreSQL, naming pg_dump."""
    backend_for(location).backup_to(engine, location, target, replace=replace)


def try_hold(engine: Engine, location: Location, key: str) -> Any:
    """Hold ``key`` for this process (released by ``.release()`` or when the process
    ends, however it ends); None when another process holds it."""
    return backend_for(location).try_hold(engine, location, key)


def forget_hold(location: Location, key: str) -> None:
    """Remove what a hold of ``key`` leaves behind (a SQLite lock file)."""
    backend_for(location).forget_hold(location, key)


def refresh_statistics(engine: Engine, tables: Sequence[str]) -> None:
    """After a bulk load: the planner's statistics of these tables made afresh (PostgreSQL)."""
    backend_named(engine.dialect.name).refresh_statistics(engine, tables)
