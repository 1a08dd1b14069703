"""What a test database holds, read on either backend without evtcli's own code.

The process, fault and security tests check what a command left behind: a SQLite
file is read with plain ``sqlite3`` (read-only, so reading changes nothing), a
PostgreSQL database with plain ``psycopg``. ``db_url`` is what the ``db_url``
fixture gives: a file path or a server URL.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from conftest import is_file_url
from hardening import _every_event, checkpoint, file_state
from hardening import event_count as file_event_count

# The tables evtcli makes are in the server's default schema.
_PUBLIC_TABLES = (
    "SELECT table_name FROM information_schema.tables"
    " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
)


# The append-only triggers' functions live there too (and outlive their tables).
_PUBLIC_FUNCTIONS = "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace"


def _conninfo(db_url: str) -> str:
    return db_url.replace("postgresql+psycopg://", "postgresql://", 1)


def query(db_url: str, statement: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of one statement (autocommit on a server; a read-only connection on a file)."""
    if is_file_url(db_url):
        conn = sqlite3.connect(f"file:{db_url}?mode=ro", uri=True)
        try:
            return list(conn.execute(statement.replace("%s", "?"), parameters))
        finally:
            conn.close()
    import psycopg

    with psycopg.connect(_conninfo(db_url), autocommit=True) as conn:
        cursor = conn.execute(statement, parameters)
        return cursor.fetchall() if cursor.description else []


def execute(db_url: str, *statements: str) -> None:
    """Run statements in one committed transaction, as another application would."""
    if is_file_url(db_url):
        conn = sqlite3.connect(db_url)
        with conn:
            for statement in statements:
                conn.execute(statement)
        conn.close()
        checkpoint(Path(db_url))
        return
    import psycopg

    with psycopg.connect(_conninfo(db_url)) as conn:
        for statement in statements:
            conn.execute(statement)


def event_count(db_url: str) -> int:
    """How many events the database holds."""
    if is_file_url(db_url):
        return file_event_count(Path(db_url))
    return int(query(db_url, f"SELECT count(*) FROM ({_every_event('position')}) AS events")[0][0])


def table_rows(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a server database, sorted (a SQLite file: not used)."""
    assert not is_file_url(db_url)
    import psycopg
    from psycopg import sql

    rows: dict[str, list[tuple[Any, ...]]] = {}
    with psycopg.connect(_conninfo(db_url), autocommit=True) as conn:
        for (table,) in conn.execute(_PUBLIC_TABLES).fetchall():
            fetched = conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))).fetchall()
            rows[table] = sorted(fetched, key=repr)
    return rows


def stored_state(db_url: str, *, companions: bool = True) -> object:
    """Something that changes whenever the database does: for a file, the hash of it
    (and of its -wal and -shm companions unless ``companions`` is false); for a server
    database, every row of every table."""
    if is_file_url(db_url):
        state = file_state(Path(db_url))
        return state if companions else state["db"]
    return table_rows(db_url)


def is_empty(db_url: str) -> bool:
    """True when nothing was made: no file, or a server database without tables or functions."""
    if is_file_url(db_url):
        return not Path(db_url).exists()
    return query(db_url, _PUBLIC_TABLES) == [] and query(db_url, _PUBLIC_FUNCTIONS) == []


def every_stored_value(db_url: str) -> Iterator[tuple[str, bytes]]:
    """(table.column, value as bytes) for every non-null value in a server database:
    text as UTF-8, binary as it is stored, anything else as its text form."""
    import psycopg
    from psycopg import sql

    columns = (
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    )
    with psycopg.connect(_conninfo(db_url), autocommit=True) as conn:
        for table, column in conn.execute(columns).fetchall():
            statement = sql.SQL("SELECT {} FROM {} WHERE {} IS NOT NULL").format(
                sql.Identifier(column), sql.Identifier(table), sql.Identifier(column)
            )
            for (value,) in conn.execute(statement):
                data = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode("utf-8")
                yield f"{table}.{column}", data


@contextmanager
def holding_the_write_lock(db_url: str) -> Iterator[None]:
    """Hold the lock every evtcli writer takes, from another connection, until the block ends."""
    if is_file_url(db_url):
        holder = sqlite3.connect(db_url, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    import psycopg

    from evtcli.store import dialect

    conn = psycopg.connect(_conninfo(db_url))
    try:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (dialect.POSTGRES_WRITE_LOCK,))
        yield
    finally:
        conn.rollback()
        conn.close()
