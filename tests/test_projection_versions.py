"""A projection's tables change shape with its own definition version, nothing else.

``user_names`` is declared here, in the tests only, twice: version 1 keeps a user's
id and name; version 2 adds their status, with an index on it. A store written
under version 1 and opened under version 2 has the same schema version, shows the
projection stale, and ``replay`` recreates its table in the new shape and fills it,
in one transaction. Runs on every backend.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Iterator

import pytest
from sqlalchemy import Column, Connection, Index, MetaData, PrimaryKeyConstraint, Table, Text, inspect, text
from sqlalchemy.exc import OperationalError

import evtcli
from evtcli.api import Store
from evtcli.projections.base import Row, StateTable
from evtcli.projections.declared import PROJECTIONS
from evtcli.store import dialect

from conftest import CHEAP_HASHER, is_file_url

PASSWORD = "correct horse battery"


def names_table(*, with_status: bool) -> Table:
    """The ``user_names`` table as one version declares it (each in a metadata of its own)."""
    columns = [Column("id", dialect.byte_ordered(36)), Column("name", Text, nullable=False)]
    if with_status:
        columns.append(Column("status", Text, nullable=False))
    table = Table("user_names", MetaData(), *columns, PrimaryKeyConstraint("id", name="user_names_pkey"))
    if with_status:
        Index("user_names_status", table.c.status)
    return table


class NamesV1(StateTable):
    name = "user_names"
    version = 1
    aggregate = "user"
    table: ClassVar[Table] = names_table(with_status=False)
    key = ("id",)

    def rows(self, state: Any) -> list[Row]:
        return [(state.id, state.name)]


class NamesV2(StateTable):
    """Version 2: a status column and an index on it."""

    name = "user_names"
    version = 2
    aggregate = "user"
    table: ClassVar[Table] = names_table(with_status=True)
    key = ("id",)
    # Called on each row replay writes (see test_a_reader_sees_the_old_table_until_replay_commits).
    on_rows: ClassVar[Callable[[], None] | None] = None

    def rows(self, state: Any) -> list[Row]:
        if NamesV2.on_rows is not None:
            NamesV2.on_rows()
        return [(state.id, state.name, state.status)]


def open_with(db_url: str, names: StateTable, *, create: bool = False) -> Store:
    return evtcli.open_store(db_url, create=create, password_hasher=CHEAP_HASHER, projections=[*PROJECTIONS, names])


@pytest.fixture
def written_by_v1(db_url: str) -> Iterator[tuple[str, str]]:
    """A store whose ``user_names`` was built by version 1: Ada (live) and Bob (destroyed)."""
    with open_with(db_url, NamesV1(), create=True) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
        bob = store.create_user("Bob", "bob@example.com", PASSWORD)
        store.destroy_user(bob)
        assert rows(store) == sorted([(ada, "Ada"), (bob, "Bob")])
    yield ada, bob
    NamesV2.on_rows = None


def rows(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(text("SELECT * FROM user_names ORDER BY id")))


def shape(conn: Connection) -> tuple[list[str], list[str]]:
    """The columns and the indexes of user_names, as the database has them."""
    found = inspect(conn)
    return (
        [column["name"] for column in found.get_columns("user_names")],
        sorted(index["name"] for index in found.get_indexes("user_names")),
    )


def names_status(store: Store) -> Any:
    return next(status for status in store.projection_status() if status.name == "user_names")


@pytest.mark.parametrize("selected", [None, "user_names"])
def test_a_new_column_needs_only_the_projection_s_version(
    db_url: str, written_by_v1: tuple[str, str], selected: str | None
) -> None:
    ada, bob = written_by_v1
    with open_with(db_url, NamesV2()) as store:  # the same schema version: it opens as it is
        status = names_status(store)
        assert status.stale and (status.version, status.code_version) == (1, 2)
        (result,) = [r for r in store.replay(selected) if r.name == "user_names"]
        assert (result.events, result.rows) == (3, 2)
        with store.engine.connect() as conn:
            assert shape(conn) == (["id", "name", "status"], ["user_names_status"])
        assert rows(store) == sorted([(ada, "Ada", "live"), (bob, "Bob", "destroyed")])
        assert not names_status(store).stale
        assert store.verify().ok
        cy = store.create_user("Cy", "cy@example.com", PASSWORD)  # the write path writes the new shape
        store.disable_user(ada)
        assert rows(store) == sorted([(ada, "Ada", "disabled"), (bob, "Bob", "destroyed"), (cy, "Cy", "live")])
        assert store.verify().ok
        before = rows(store)
        store.replay()  # no longer stale: rows rebuilt, the table kept
        assert rows(store) == before


def test_a_failed_replay_leaves_the_old_table(db_url: str, written_by_v1: tuple[str, str]) -> None:
    ada, bob = written_by_v1

    def fail() -> None:
        raise RuntimeError("interrupted")

    with open_with(db_url, NamesV2()) as store:
        NamesV2.on_rows = fail
        with pytest.raises(RuntimeError):
            store.replay()
        with store.engine.connect() as conn:
            assert shape(conn) == (["id", "name"], [])
        assert rows(store) == sorted([(ada, "Ada"), (bob, "Bob")])
        assert names_status(store).stale
        NamesV2.on_rows = None
        store.replay()
        assert rows(store) == sorted([(ada, "Ada", "live"), (bob, "Bob", "destroyed")])


def test_a_reader_sees_the_old_table_until_replay_commits(db_url: str, written_by_v1: tuple[str, str]) -> None:
    ada, bob = written_by_v1
    seen: list[Any] = []
    with open_with(db_url, NamesV2()) as store:
        reader = store.engine.connect()

        def look() -> None:
            # Mid-replay, the new table made and being filled: another connection
            # still sees the old one. SQLite reads it, rows and all; PostgreSQL shows
            # the old shape in its catalog and makes a reader of the table wait for
            # the commit (never a table half built).
            if seen:
                return
            transaction = reader.begin()
            seen.append(shape(reader))
            if reader.dialect.name == "sqlite":
                seen.append(sorted(tuple(row) for row in reader.execute(text("SELECT * FROM user_names"))))
            else:
                reader.execute(text("SET LOCAL lock_timeout = '50ms'"))
                with pytest.raises(OperationalError):  # it would wait for the commit
                    reader.execute(text("SELECT * FROM user_names"))
                seen.append("waits")
            transaction.rollback()

        NamesV2.on_rows = look
        try:
            store.replay()
        finally:
            NamesV2.on_rows = None
        with reader.begin():
            after = shape(reader)
            new_rows = sorted(tuple(row) for row in reader.execute(text("SELECT * FROM user_names")))
        reader.close()
    assert seen[0] == (["id", "name"], [])
    assert seen[1] == (sorted([(ada, "Ada"), (bob, "Bob")]) if is_file_url(db_url) else "waits")
    assert after == (["id", "name", "status"], ["user_names_status"])
    assert new_rows == sorted([(ada, "Ada", "live"), (bob, "Bob", "destroyed")])
