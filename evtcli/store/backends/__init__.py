"""The databases evtcli stores in, each behind one small protocol.

A backend is everything that differs between SQLite and PostgreSQL: making the
engine, how a write transaction takes the one write lock, the append-only
triggers, batch inserts, translating driver errors, scrubbing freed space and making copies.
The rest of the store is written once, in SQLAlchemy, for both; it reaches a
backend through :mod:`evtcli.store.dialect`.

psycopg is imported only when a PostgreSQL engine is made: a command on a SQLite
file never loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.engine import Compiled, RootTransaction

from evtcli.errors import EvtcliError
from evtcli.store.backends.errors import ErrorFactory
from evtcli.store.backends.holds import Hold
from evtcli.store.backends.postgresql import POSTGRESQL
from evtcli.store.backends.sqlite import SQLITE
from evtcli.store.backends.triggers import TriggerState
from evtcli.store.location import Location


class Backend(Protocol):
    """One database evtcli can store in."""

    #: SQLAlchemy's name for the dialect (``conn.dialect.name``).
    name: str

    def make_engine(
        self, location: Location, *, create: bool, busy_timeout: float, read_only: bool
    ) -> tuple[Engine, bool]:
        """The engine, and whether this call created the database (a SQLite file)."""
        ...

    def begin_write(self, conn: Connection) -> RootTransaction:
        """Start a transaction that holds the one write lock until it ends."""
        ...

    def begin_snapshot(self, conn: Connection) -> RootTransaction:
        """Start a read transaction in which every statement sees the same committed state."""
        ...

    def check_unchanged(self, conn: Connection) -> None:
        """After a read: refuse it if what was read could have changed under it."""
        ...

    def create_immutability_triggers(self, conn: Connection, table: Table) -> None:
        """Make the database itself refuse every change to a stored event of ``table``:
        create its append-only triggers, or make them again where they are missing,
        changed or disabled (idempotent)."""
        ...

    def drop_immutability_triggers(self, conn: Connection, table: Table) -> None:
        """After ``table`` is dropped: remove what its triggers left behind."""
        ...

    def appending_in_bulk(self, conn: Connection, tables: Sequence[Table]) -> AbstractContextManager[Callable[[], None]]:
        """While entered, in the write transaction, evtcli's own appends to these
        event tables cost no more than the unique constraints make them, from the
        moment the function it gives is called (before the first append)."""
        ...

    def immutability_triggers(self, conn: Connection, table: Table) -> dict[str, TriggerState]:
        """Each append-only trigger ``table`` must have, by name, and how it stands."""
        ...

    def raised(self, error: BaseException) -> bool:
        """True when this backend's driver raised ``error``."""
        ...

    def translate_error(
        self,
        error: BaseException,
        constraint_errors: Mapping[str, ErrorFactory],
        unique_columns: Mapping[tuple[str, tuple[str, ...]], str],
    ) -> EvtcliError | None:
        """The typed error a driver error of this backend stands for, or None (a bug)."""
        ...

    def execute_many(self, conn: Connection, statement: str, parameters: Sequence[Any]) -> None:
        """Run one statement of the driver's own SQL once per parameter row (executemany).
        When a row is refused, the driver's error is raised and the connection is left
        as after any failed statement (the transaction or savepoint to roll back)."""
        ...

    def open_cursor(
        self, driver: Any, compiled: Compiled, *, bounded: bool = False, values: Mapping[str, Any] | None = None
    ) -> Any:
        """A driver cursor that has executed the ``compiled`` statement (its bound
        parameters set to ``values`` where given) and gives its rows as they are
        fetched (``bounded``: the statement has a LIMIT, so its rows may as well come
        at once)."""
        ...

    def scrub_freed_space(self, engine: Engine, key_tables: Sequence[str], tables: Sequence[str]) -> bool:
        """After a forget commits: push deleted bytes out of what stays on disk."""
        ...

    def database_size(self, conn: Connection, location: Location) -> int:
        """Bytes the database takes."""
        ...

    def refresh_statistics(self, engine: Engine, tables: Sequence[str]) -> None:
        """After a bulk load: let the planner see the tables' new size now, not when
        the server next gets round to it."""
        ...

    def try_hold(self, engine: Engine, location: Location, key: str) -> Hold | None:
        """Hold ``key`` for this process until released or until it ends, however it
        ends; None when another process holds it (see :mod:`.holds`)."""
        ...

    def forget_hold(self, location: Location, key: str) -> None:
        """Remove what a hold of ``key`` leaves behind, once nothing will hold it again."""
        ...

    def backup(self, location: Location, suffix: str) -> Path | None:
        """A consistent copy of the database beside it, named with ``suffix``; None
        where there is no file to copy."""
        ...

    def backup_to(self, engine: Engine, location: Location, target: Path, *, replace: bool) -> None:
        """A consistent copy of the database, as one commit left it, at ``target`` (mode
        0600), taken while other processes go on writing; an existing ``target`` is
        refused unless ``replace``. Refused where evtcli cannot make such a copy (a
        server's database: its own dump tool does)."""
        ...


BACKENDS: dict[str, Backend] = {SQLITE.name: SQLITE, POSTGRESQL.name: POSTGRESQL}


def backend_named(name: str) -> Backend:
    """The backend of SQLAlchemy's dialect ``name`` (``conn.dialect.name``)."""
    return BACKENDS[name]


def backend_for(location: Location) -> Backend:
    """The backend of a parsed location: a file path is SQLite, a URL PostgreSQL."""
    return SQLITE if location.path is not None else POSTGRESQL


def backend_that_raised(error: BaseException) -> Backend | None:
    """The backend whose driver raised ``error``, or None (not a driver error)."""
    return next((backend for backend in BACKENDS.values() if backend.raised(error)), None)
