"""The library API on a real database: the log, the projection, resolution, guards, replay.

Tests that take ``store`` or ``db_url`` run on every backend in ``conftest.BACKENDS``;
tests named ``sqlite`` check SQLite files directly.
"""

from __future__ import annotations

from functools import partial

import io
import json
import os
import re
import sqlite3
import stat
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

import evtcli
import evtcli.api
from evtcli import (
    AmbiguousReference,
    ConcurrencyConflict,
    DatabaseMissing,
    NotAnEvtcliDatabase,
    NotFound,
    RuleViolation,
    SchemaTooNew,
    StoreError,
    ValidationError,
)
from evtcli.api import SchemaChange, Store, WriteContext
from evtcli.domain.events import Envelope, chain_hash
from evtcli.errors import ExitCode, UsageProblem
from evtcli.projections.results import Difference
from evtcli.projections.runner import Projections
from evtcli.projections.users import UsersProjection
from evtcli.store.chain import ENVELOPE_COLUMNS, HASH, chain_hash_of_row
from evtcli.store.schema import SCHEMA_VERSION

from conftest import CHEAP_HASHER, translate

PASSWORD = "correct horse battery"
IDS = [
    "aaaa1111-0000-4000-8000-000000000001",
    "aaaa2222-0000-4000-8000-000000000002",
    "bbbb3333-0000-4000-8000-000000000003",
]
T0 = datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def query(store: Store, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql), params)]


def execute(store: Store, sql: str, **params: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def snapshot(store: Store) -> tuple[Any, ...]:
    """Everything a write could change."""
    return (
        store.head(),
        store.event_count(),
        query(store, "SELECT * FROM user_events ORDER BY position"),
        query(store, "SELECT * FROM users ORDER BY id"),
        query(store, "SELECT * FROM projection_checkpoints ORDER BY name"),
        query(store, "SELECT * FROM event_log_head"),
    )


def all_events(store: Store) -> list[Envelope]:
    events, _ = store.tail(1_000_000)
    return events


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def clocked(db_url: str, clock: Clock) -> Iterator[Store]:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, clock=clock) as opened:
        yield opened


@pytest.fixture
def fixed_ids(store: Store) -> list[str]:
    """The next users the store creates get the ids in IDS, in order (event ids stay random)."""
    queue = iter(IDS)
    store.new_id = lambda: next(queue)
    return IDS


# -- versions, positions, the chain ------------------------------------------------------


def test_each_user_stream_counts_versions_from_1(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    assert store.get_stream("user", ada).version == 1 and not store.get_stream("user", ada).deleted
    destroyed = store.destroy_user(ada)
    assert (destroyed.version, destroyed.type, destroyed.aggregate_id) == (2, "Destroyed", ada)
    assert store.get_stream("user", ada).version == 2 and store.get_stream("user", ada).deleted
    bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    assert store.get_stream("user", bob).version == 1
    assert [(e.aggregate_id, e.version) for e in all_events(store)] == [(ada, 1), (ada, 2), (bob, 1)]


def test_positions_are_gap_free_across_users(store: Store) -> None:
    ids = [store.create_user(f"User {n}", f"user{n}@example.com", PASSWORD) for n in range(4)]
    store.destroy_user(ids[1])
    store.destroy_user(ids[3])
    assert [e.position for e in all_events(store)] == list(range(1, 7))
    assert [row[0] for row in query(store, "SELECT position FROM user_events ORDER BY position")] == list(range(1, 7))
    assert store.head() == store.event_count() == 6


def test_each_hash_chains_from_the_previous_event(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    store.create_user("Zoë 山田", "zoe@example.com", PASSWORD)
    store.destroy_user(ada, reason="left")
    previous = ""
    for line in store.export_lines():  # the events as stored, personal data sealed
        event = json.loads(line)
        assert event["hash"] == chain_hash(previous, {k: v for k, v in event.items() if k != "hash"})
        previous = event["hash"]
    assert query(store, "SELECT position, hash FROM event_log_head") == [(3, previous)]


def test_stored_rows_are_canonical_and_hash_over_what_is_stored(store: Store) -> None:
    store.create_user("Ada", "Ada@EXAMPLE.com", PASSWORD)
    (row,) = query(
        store,
        "SELECT position, event_id, user_id, version, type, schema_version, payload, metadata, recorded_at, hash"
        " FROM user_events",
    )
    position, event_id, user_id, version, type_, schema_version, payload, metadata, recorded_at, hash_ = row
    # Stored sealed (§9); the store opens it to the normalised email.
    assert json.loads(payload)["email"].startswith("aesgcm:") and "Ada" not in payload
    assert store.get_stream("user", user_id).email == "Ada@example.com"
    body = dict(
        position=position, event_id=event_id, aggregate="user", aggregate_id=user_id, version=version,
        type=type_, schema_version=schema_version, payload=json.loads(payload),
        metadata=json.loads(metadata), recorded_at=recorded_at,
    )
    assert hash_ == chain_hash("", body)


def test_whole_rows_are_read_in_envelope_column_order_and_hash_as_appended(store: Store) -> None:
    """Every read of whole rows (merged, by stream, by id; SQLAlchemy rows and driver
    tuples) has ENVELOPE_COLUMNS, and each row hashes to its stored hash."""
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    ops = store.create_group("Ops").aggregate_id
    store.add_members(ops, [ada])
    store.destroy_user(ada)
    with store.engine.connect() as conn:
        merged = list(store.log.read_raw(conn))
        plain = list(store.log.read_raw(conn, plain=True))
        by_stream = list(store.log.read_by_stream(conn))
        by_id = store.log.events_by_id(conn, {row.event_id for row in merged})
    assert {row.aggregate for row in merged} == {"user", "group"}
    for row in [*merged, *by_stream, *by_id.values()]:
        assert row._fields == ENVELOPE_COLUMNS
    assert [tuple(row) for row in merged] == [tuple(row) for row in plain]
    assert sorted(map(tuple, by_stream)) == sorted(map(tuple, merged)) == sorted(map(tuple, by_id.values()))
    previous = ""
    for row in plain:
        assert row[HASH] == chain_hash_of_row(previous, row)
        previous = row[HASH]


def test_metadata_records_actor_command_and_ids(db_url: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, actor="alice") as store:
        ada = store.create_user(
            "Ada", "ada@example.com", PASSWORD, WriteContext("user create", correlation_id="c-1", causation_id="k-2")
        )
        store.destroy_user(ada, context=WriteContext("user destroy"))
        created, destroyed = all_events(store)
    assert created.metadata == {"actor": "alice", "command": "user create", "correlation_id": "c-1", "causation_id": "k-2"}
    assert destroyed.metadata == {"actor": "alice", "command": "user destroy"}
    assert destroyed.payload == {}


def test_the_plaintext_password_is_stored_nowhere(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", "a very secret phrase")
    store.destroy_user(ada)
    for table in inspect(store.engine).get_table_names():
        assert "a very secret phrase" not in repr(query(store, f"SELECT * FROM {table}"))
    assert CHEAP_HASHER.verify("a very secret phrase", store.get_stream("user", ada).password_hash)


# -- refusals write nothing --------------------------------------------------------------


def test_destroy_with_the_wrong_expected_version_conflicts(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)
    for wrong in (0, 2, 7):
        with pytest.raises(ConcurrencyConflict) as caught:
            store.destroy_user(ada, expected_version=wrong)
        assert caught.value.exit_code == ExitCode.CONFLICT == 3
    assert snapshot(store) == before
    assert store.destroy_user(ada, expected_version=1).version == 2


def test_destroying_twice_is_a_rule_violation(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    store.destroy_user(ada)
    before = snapshot(store)
    with pytest.raises(RuleViolation) as caught:
        store.destroy_user(ada)
    assert caught.value.exit_code == ExitCode.REFUSED
    with pytest.raises(ConcurrencyConflict):
        store.destroy_user(ada, expected_version=1)
    with pytest.raises(RuleViolation):
        store.destroy_user(ada, expected_version=2)
    assert snapshot(store) == before


@pytest.mark.parametrize(
    "name, email, password, error",
    [
        ("Ada", "not-an-email", PASSWORD, ValidationError),
        ("", "new@example.com", PASSWORD, ValidationError),
        ("A\tda", "new@example.com", PASSWORD, ValidationError),
        ("x" * 201, "new@example.com", PASSWORD, ValidationError),
        ("Ada", "new@example.com", "short", ValidationError),
        ("Ada", "TAKEN@example.COM", PASSWORD, RuleViolation),
    ],
)
def test_a_refused_create_writes_nothing(store: Store, name: str, email: str, password: str, error: type) -> None:
    store.create_user("Taken", "taken@example.com", PASSWORD)
    before = snapshot(store)
    with pytest.raises(error) as caught:
        store.create_user(name, email, password)
    assert caught.value.exit_code == ExitCode.REFUSED
    assert snapshot(store) == before


def test_destroying_an_unknown_user_writes_nothing(store: Store) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)
    for reference in ("ffffffff-0000-4000-8000-000000000000", "ffff", "nobody@example.com"):
        with pytest.raises(NotFound):
            store.destroy_user(reference)
    assert snapshot(store) == before


def test_emails_are_unique_case_insensitively_among_live_users(store: Store) -> None:
    first = store.create_user("Ada", "Ada@Example.com", PASSWORD)
    with pytest.raises(RuleViolation):
        store.create_user("Other Ada", "ada@EXAMPLE.COM", PASSWORD)
    store.destroy_user(first)
    second = store.create_user("New Ada", "ADA@example.com", PASSWORD)
    assert store.get_stream("user", "ada@example.com").id == second
    with pytest.raises(RuleViolation):
        store.create_user("Third Ada", "Ada@example.com", PASSWORD)
    assert [u.id for u in store.list_streams("user", "all")] == [first, second]
    assert [u.id for u in store.list_streams("user", "deleted")] == [first]
    assert [u.id for u in store.list_streams("user")] == [second]


@pytest.mark.parametrize("failing", [(UsersProjection, "apply"), (Projections, "advance")], ids=["apply", "advance"])
def test_append_and_projection_update_are_one_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch, failing: tuple[type, str]
) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)

    def fail(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("projection write failed")

    monkeypatch.setattr(*failing, fail)
    # A bug inside the transaction is not an ordinary refusal: it goes on as it is
    # (the CLI reports it as an internal error, exit 70), and nothing is written.
    with pytest.raises(RuntimeError):
        store.create_user("Bob", "bob@example.com", PASSWORD)
    with pytest.raises(RuntimeError):
        store.destroy_user(ada)
    assert snapshot(store) == before
    monkeypatch.undo()
    store.destroy_user(ada)
    assert store.head() == 2 and store.diff_projections() == []


# -- the database guards the log itself --------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    ["UPDATE user_events SET type = 'Renamed'", "UPDATE user_events SET payload = '{}'", "DELETE FROM user_events"],
)
def test_the_database_refuses_to_change_events(store: Store, statement: str) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)
    with pytest.raises(DBAPIError) as caught:
        execute(store, statement)
    assert isinstance(translate(store, caught.value), RuleViolation)
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("position", "event_id", "version", "refusal"),
    [
        (2, "'e2'", "1", "another writer appended to this user first"),
        (1, "'e2'", "2", "another writer took this position first"),
        (2, "(SELECT event_id FROM user_events)", "2", "an event with this event_id is stored already"),
    ],
    ids=["version", "position", "event_id"],
)
def test_the_database_refuses_a_second_event_with_a_stored_key(
    store: Store, position: int, event_id: str, version: str, refusal: str
) -> None:
    """Each unique key's own error, also on SQLite, where a trigger checks the keys
    before the constraints do (it refuses INSERT OR REPLACE)."""
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)
    with pytest.raises(DBAPIError) as caught:
        execute(
            store,
            "INSERT INTO user_events (position, event_id, user_id, version, type, schema_version, payload,"
            f" metadata, recorded_at, hash) VALUES ({position}, {event_id}, :id, {version}, 'Destroyed', 1, '{{}}',"
            " '{}', 't', 'h')",
            id=ada,
        )
    assert translate(store, caught.value).message == refusal
    assert snapshot(store) == before


def test_the_database_refuses_a_second_holder_of_an_email(store: Store) -> None:
    """The last line of defence behind the claim check, known by its index's name."""
    store.create_user("Ada", "ada@example.com", PASSWORD)
    row = (
        "INSERT INTO users (id, name, email, email_key, password_hash, status, deleted, disabled, version,"
        " created_at, updated_at) VALUES (:id, 'Other', 'ADA@example.com', 'ada@example.com', 'h', :status,"
        " :deleted, :no, 1, 't', 't')"
    )
    with pytest.raises(DBAPIError) as caught:
        execute(store, row, id="ffffffff-0000-4000-8000-000000000001", status="live", deleted=False, no=False)
    error = translate(store, caught.value)
    assert isinstance(error, RuleViolation) and "email" in error.message
    # A destroyed user holds no email: the index leaves them out.
    execute(store, row, id="ffffffff-0000-4000-8000-000000000002", status="destroyed", deleted=True, no=False)


def test_sqlite_the_file_refuses_to_change_events(tmp_path: Path) -> None:
    path = tmp_path / "evtcli.db"
    with evtcli.open_store(str(path), create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
    connection = sqlite3.connect(path)
    try:
        before = connection.execute("SELECT * FROM user_events").fetchall()
        for statement in ("UPDATE user_events SET type = 'Renamed'", "DELETE FROM user_events"):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(statement)
            connection.rollback()
        assert connection.execute("SELECT * FROM user_events").fetchall() == before
    finally:
        connection.close()


# -- USER references ---------------------------------------------------------------------


def test_users_resolve_by_id_prefix_and_email(store: Store, fixed_ids: list[str]) -> None:
    for n, name in enumerate(["Ada", "Bob", "Cy"]):
        store.create_user(name, f"{name.lower()}@example.com", PASSWORD)
    assert store.get_stream("user", IDS[0]).name == "Ada"
    assert store.get_stream("user", "aaaa1").name == "Ada"
    assert store.get_stream("user", "AAAA2222").name == "Bob"
    assert store.get_stream("user", "bbbb").name == "Cy"
    assert store.get_stream("user", " bbbb3333 ").name == "Cy"
    assert store.get_stream("user", "BOB@Example.com").id == IDS[1]
    store.disable_user("bob@example.com")
    assert store.get_stream("user", "bob@example.com").id == IDS[1]  # a disabled user holds their email
    store.destroy_user("bbbb")
    assert store.get_stream("user", "bbbb").deleted  # destroyed users still resolve by id
    assert store.get_stream("user", "cy@example.com").id == IDS[2]  # and by the email they had, while no one holds it


@pytest.mark.parametrize("reference", ["bbb", "b", "", "cccc", "aaaa1111-0000-4000-8000-000000000009", "x@example.com"])
def test_unknown_or_too_short_references_are_not_found(store: Store, fixed_ids: list[str], reference: str) -> None:
    for name in ["Ada", "Bob", "Cy"]:
        store.create_user(name, f"{name.lower()}@example.com", PASSWORD)
    with pytest.raises(NotFound) as caught:
        store.get_stream("user", reference)
    assert caught.value.exit_code == ExitCode.REFUSED


def test_an_ambiguous_prefix_lists_the_matches(store: Store, fixed_ids: list[str]) -> None:
    for name in ["Ada", "Bob", "Cy"]:
        store.create_user(name, f"{name.lower()}@example.com", PASSWORD)
    before = snapshot(store)
    for attempt in (partial(store.get_stream, "user"), store.destroy_user, partial(store.fold_stream, "user")):
        with pytest.raises(AmbiguousReference) as caught:
            attempt("aaaa")
        assert caught.value.exit_code == ExitCode.REFUSED
        assert IDS[0] in caught.value.message and IDS[1] in caught.value.message
        assert IDS[2] not in caught.value.message
    assert snapshot(store) == before


# -- opening databases -------------------------------------------------------------------


def test_opening_a_missing_database_without_create_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        evtcli.open_store(str(tmp_path / "missing.db"))
    assert list(tmp_path.iterdir()) == []


def files(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"name,email\nada,ada@example.com\n", b"SQLite format 3\x00" + b"\x07" * 4080],
    ids=["random", "text", "bad-sqlite-body"],
)
@pytest.mark.parametrize("create", [False, True])
def test_sqlite_a_file_that_is_not_a_database_is_refused_unchanged(
    tmp_path: Path, content: bytes, create: bool
) -> None:
    path = tmp_path / "data.db"
    path.write_bytes(content)
    with pytest.raises(NotAnEvtcliDatabase):
        evtcli.open_store(str(path), create=create, password_hasher=CHEAP_HASHER)
    assert files(tmp_path) == {"data.db": content}


@pytest.mark.parametrize("create", [False, True])
@pytest.mark.parametrize(
    "statements",
    [
        ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (body) VALUES ('keep me')"],
        ["CREATE TABLE evtcli_meta (key TEXT PRIMARY KEY, value TEXT)"],
    ],
    ids=["foreign-table", "meta-without-record"],
)
def test_sqlite_a_database_of_someone_else_is_refused_unchanged(
    tmp_path: Path, create: bool, statements: list[str]
) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    before = files(tmp_path)
    with pytest.raises(NotAnEvtcliDatabase):
        evtcli.open_store(str(path), create=create, password_hasher=CHEAP_HASHER)
    assert files(tmp_path) == before


def test_a_database_from_a_newer_evtcli_is_refused(store: Store, db_url: str) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    execute(store, "UPDATE evtcli_meta SET value = '999' WHERE key = 'schema_version'")
    before = snapshot(store)
    for create in (False, True):
        with pytest.raises(SchemaTooNew) as caught:
            evtcli.open_store(db_url, create=create, password_hasher=CHEAP_HASHER)
        assert isinstance(caught.value, StoreError) and caught.value.exit_code == ExitCode.REFUSED
    assert snapshot(store) == before
    assert query(store, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [("999",)]


def test_sqlite_a_newer_database_file_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "evtcli.db"
    with evtcli.open_store(str(path), create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
        execute(store, "UPDATE evtcli_meta SET value = '999' WHERE key = 'schema_version'")
    before = path.read_bytes()
    for create in (False, True):
        with pytest.raises(SchemaTooNew):
            evtcli.open_store(str(path), create=create, password_hasher=CHEAP_HASHER)
    assert path.read_bytes() == before


def test_sqlite_new_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "evtcli.db"
    with evtcli.open_store(str(path), create=True, password_hasher=CHEAP_HASHER) as store:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        store.create_user("Ada", "ada@example.com", PASSWORD)
        for sibling in tmp_path.iterdir():  # the WAL and shared-memory files too
            assert stat.S_IMODE(sibling.stat().st_mode) & 0o077 == 0, sibling.name


def test_init_is_idempotent(store: Store, db_url: str) -> None:
    assert store.schema_change == SchemaChange(None, SCHEMA_VERSION)
    store.create_user("Ada", "ada@example.com", PASSWORD)
    before = snapshot(store)
    assert store.init() == SchemaChange(SCHEMA_VERSION, SCHEMA_VERSION)
    assert not store.init().changed
    with evtcli.open_store(db_url, create=True, upgrade=True, password_hasher=CHEAP_HASHER) as again:
        assert again.schema_change == SchemaChange(SCHEMA_VERSION, SCHEMA_VERSION)
    assert snapshot(store) == before


# -- projections -------------------------------------------------------------------------


def test_projection_status_tracks_the_head(store: Store) -> None:
    assert [(s.name, s.checkpoint, s.head, s.lag, s.rows, s.stale) for s in store.projection_status()] == [
        ("users", 0, 0, 0, 0, False), ("groups", 0, 0, 0, 0, False), ("group_members", 0, 0, 0, 0, False),
    ]
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    store.create_user("Bob", "bob@example.com", PASSWORD)
    store.destroy_user(ada)
    status, groups, _ = store.projection_status()
    assert (status.checkpoint, status.head, status.lag, status.rows) == (3, 3, 0, 2)
    assert (groups.checkpoint, groups.lag) == (3, 0)  # every projection moves with the head
    assert status.version == status.code_version == UsersProjection.version and not status.stale


def test_a_changed_definition_version_is_stale_until_replayed(store: Store) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    execute(store, "UPDATE projection_checkpoints SET version = version + 1, position = 0 WHERE name = 'users'")
    status = store.projection_status()[0]
    assert status.stale and status.lag == 1
    (result,) = store.replay("users")
    assert (result.name, result.events, result.rows, result.position) == ("users", 1, 1, 1)
    status = store.projection_status()[0]
    assert not status.stale and status.lag == 0 and status.version == UsersProjection.version


def test_replay_of_a_consistent_log_changes_nothing(store: Store, processes: str) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    store.create_user("Bob", "bob@example.com", PASSWORD)
    store.destroy_user(ada, reason="left")
    before = snapshot(store)
    assert store.diff_projections() == []
    assert [(r.events, r.rows, r.position) for r in store.replay("users")] == [(3, 2, 3)]
    assert snapshot(store) == before


def test_unknown_projections_are_usage_errors(store: Store) -> None:
    for attempt in (store.replay, store.diff_projections):
        with pytest.raises(UsageProblem):
            attempt("accounts")


def test_diff_reports_drift_and_replay_repairs_it(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    cy = store.create_user("Cy", "cy@example.com", PASSWORD)
    store.destroy_user(cy)
    before = snapshot(store)
    extra = "ffffffff-0000-4000-8000-000000000000"
    execute(store, "UPDATE users SET name = 'Mallory' WHERE id = :id", id=ada)
    execute(store, "UPDATE users SET deleted = :no WHERE id = :id", id=cy, no=False)
    execute(store, "DELETE FROM users WHERE id = :id", id=bob)
    execute(
        store,
        "INSERT INTO users (id, name, email, email_key, password_hash, status, deleted, disabled, version,"
        " created_at, updated_at)"
        " VALUES (:id, 'Ghost', 'g@example.com', 'g@example.com', '$argon2id$x$y$z', 'live', :no, :no, 1, 't', 't')",
        id=extra,
        no=False,
    )
    drift = store.diff_projections()
    assert sorted(drift, key=lambda d: (d.key, d.field)) == sorted(
        [
            Difference("users", ada, "name", "Mallory", "Ada"),
            Difference("users", cy, "deleted", False, True),
            Difference("users", bob, "(row)", None, "present"),
            Difference("users", extra, "(row)", "present", None),
        ],
        key=lambda d: (d.key, d.field),
    )
    assert len(store.diff_projections(limit=2)) == 2
    store.replay()
    assert store.diff_projections() == []
    assert snapshot(store) == before


def test_diff_names_a_changed_password_hash_without_showing_it(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    original = store.get_stream("user", ada).password_hash
    execute(store, "UPDATE users SET password_hash = '$argon2id$v=19$forged$hash' WHERE id = :id", id=ada)
    (difference,) = store.diff_projections()
    assert (difference.key, difference.field) == (ada, "password_hash")
    assert original not in repr(difference) and "forged" not in repr(difference)


# -- time travel -------------------------------------------------------------------------


def test_fold_user_as_of_a_version_or_a_time(clocked: Store, clock: Clock) -> None:
    ada = clocked.create_user("Ada", "ada@example.com", PASSWORD)
    clock.now = T0 + timedelta(hours=1)
    clocked.destroy_user(ada, reason="left")
    assert not clocked.fold_stream("user", ada, version=1).deleted
    assert clocked.fold_stream("user", ada, version=2).deleted
    assert clocked.fold_stream("user", ada).version == 2
    assert clocked.fold_stream("user", ada[:8].upper(), version=1).version == 1
    cases = {
        "2026-11-22T13:00:00Z": 1,  # at the creation itself
        "2026-11-22T13:30:00": 1,  # no zone means UTC
        "2026-11-22T15:30:00+02:00": 1,  # 13:30 UTC
        "2026-11-22T13:59:59.999999Z": 1,
        "2026-11-22T14:00:00Z": 2,  # events at the time are included
        "2026-11-22T09:00:00-05:00": 2,  # 14:00 UTC
        "2030-01-01": 2,
    }
    for at, version in cases.items():
        state = clocked.fold_stream("user", ada, at=at)
        assert (state.version, state.deleted) == (version, version == 2), at


def test_a_command_whose_clock_is_behind_its_stream_records_the_stream_s_last_time(
    clocked: Store, clock: Clock
) -> None:
    ada = clocked.create_user("Ada", "ada@example.com", PASSWORD)
    clock.now = T0 - timedelta(days=400)  # the clock was set back
    renamed = clocked.rename_user(ada, "Ada Lovelace")
    assert renamed.recorded_at == "2026-11-22T13:00:00.000000Z"
    clock.now = T0 + timedelta(hours=1)
    assert clocked.destroy_user(ada).recorded_at == "2026-11-22T14:00:00.000000Z"
    assert [e.recorded_at for e in clocked.history("user", ada)] == sorted(e.recorded_at for e in clocked.history("user", ada))
    assert clocked.fold_stream("user", ada, at="2026-11-22T13:00:00Z").name == "Ada Lovelace"


@pytest.mark.parametrize("at", ["2026-11-22T12:59:59.999999Z", "2026-11-22T14:30:00+02:00", "1999-01-01", "0999-01-01"])
def test_fold_user_before_creation_is_not_found(clocked: Store, at: str) -> None:
    ada = clocked.create_user("Ada", "ada@example.com", PASSWORD)
    with pytest.raises(NotFound):
        clocked.fold_stream("user", ada, at=at)


def test_fold_user_refuses_bad_versions_times_and_options(clocked: Store) -> None:
    ada = clocked.create_user("Ada", "ada@example.com", PASSWORD)
    for version in (0, 2, -1):
        with pytest.raises(NotFound):
            clocked.fold_stream("user", ada, version=version)
    for at in ("yesterday", "2026-02-30T00:00:00Z", "0001-01-01T00:00:00+01:00"):
        with pytest.raises(UsageProblem):  # a bad option value (§10)
            clocked.fold_stream("user", ada, at=at)
    with pytest.raises(UsageProblem) as caught:
        clocked.fold_stream("user", ada, at="2030-01-01", version=1)
    assert caught.value.exit_code == ExitCode.USAGE
    with pytest.raises(NotFound):
        clocked.fold_stream("user", "ffffffff-0000-4000-8000-000000000000")


def test_fold_user_reads_the_log_not_the_projection(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    execute(store, "UPDATE users SET name = 'Mallory' WHERE id = :id", id=ada)
    assert store.fold_stream("user", ada).name == "Ada"
    assert store.get_stream("user", ada).name == "Mallory"


# -- reading the log ---------------------------------------------------------------------


def test_tail_returns_the_last_matching_events_oldest_first(store: Store) -> None:
    ids = [store.create_user(f"User {n}", f"user{n}@example.com", PASSWORD) for n in range(3)]
    store.destroy_user(ids[0])
    store.destroy_user(ids[2])
    events, head = store.tail(3)
    assert head == 5 and [e.position for e in events] == [3, 4, 5]
    events, _ = store.tail(2, types=["Created"])
    assert [(e.position, e.type) for e in events] == [(2, "Created"), (3, "Created")]
    events, _ = store.tail(10, types=["Destroyed"])
    assert [e.position for e in events] == [4, 5]
    events, _ = store.tail(10, aggregate="user", aggregate_id=ids[2][:8])
    assert [e.position for e in events] == [3, 5]
    events, _ = store.tail(1, types=["Created", "Destroyed"], aggregate_id="user1@example.com")
    assert [e.position for e in events] == [2]
    assert store.tail(0)[0] == []
    events, _ = store.tail(10, types=["destroyed"])  # types match case-insensitively
    assert [e.type for e in events] == ["Destroyed", "Destroyed"]
    assert store.tail(10, types=["Renamed"])[0] == []  # declared, none yet
    for filters in ({"types": ["Renamd"]}, {"aggregate": "order"}):
        with pytest.raises(UsageProblem) as caught:  # bad option values name the accepted ones
            store.tail(10, **filters)  # type: ignore[arg-type]
        assert "Renamed" in str(caught.value) or "user" in str(caught.value)


def test_follow_yields_only_events_after_the_position(store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    store.create_user("Bob", "bob@example.com", PASSWORD)
    store.destroy_user(ada)
    seen: list[Envelope] = []
    for envelope in store.follow(1, types=["Destroyed"], poll_interval=0.01, stop=lambda: len(seen) >= 1):
        seen.append(envelope)
    assert [(e.position, e.type) for e in seen] == [(3, "Destroyed")]


def test_follow_yields_events_committed_by_another_connection(store: Store, db_url: str) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    after = store.head()
    written: list[str] = []
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as other:
                bob = other.create_user("Bob", "bob@example.com", PASSWORD)
                other.destroy_user(bob)
                written.append(bob)
        except BaseException as exc:  # reported by the assertions below
            failures.append(exc)

    writer = threading.Thread(target=write)
    polls = 0
    deadline = time.monotonic() + 30
    seen: list[Envelope] = []

    def stop() -> bool:
        nonlocal polls
        polls += 1
        if polls == 2:  # after one poll that found nothing
            writer.start()
        return len(seen) >= 2 or time.monotonic() > deadline

    for envelope in store.follow(after, poll_interval=0.01, stop=stop):
        seen.append(envelope)
    writer.join(timeout=30)
    assert not writer.is_alive() and failures == []
    assert [(e.position, e.type, e.aggregate_id) for e in seen] == [
        (2, "Created", written[0]),
        (3, "Destroyed", written[0]),
    ]


def test_sqlite_email_lookups_use_the_partial_index(tmp_path: Path) -> None:
    """Every query on a user's email is answered from the index of live emails.

    SQLite uses a partial index only for a WHERE clause that repeats its predicate
    (`deleted = 0`); `deleted IS 0` scans the whole table on every `user create`.
    """
    from sqlalchemy import event

    db = str(tmp_path / "plans.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        seen: list[tuple[str, Any]] = []
        event.listen(
            store.engine,
            "before_cursor_execute",
            lambda conn, cursor, statement, parameters, context, many: seen.append((statement, parameters)),
        )
        ada = store.create_user("Ada", "ada@example.com", "correct horse")
        store.get_stream("user", "ada@example.com")
        store.destroy_user("ada@example.com")
        store.create_user("Ada Again", "ada@example.com", "correct horse")
        store.import_events(
            io.BytesIO(
                json.dumps(
                    {
                        "aggregate": "user",
                        "aggregate_id": "00000000-0000-4000-8000-000000000009",
                        "version": 1,
                        "type": "Created",
                        "payload": {"name": "Bo", "email": "bo@example.com", "password_hash": store.get_stream("user", ada).password_hash},
                        "recorded_at": "2026-01-01T00:00:00.000000Z",
                    }
                ).encode()
            )
        )
    lookups = [(sql, params) for sql, params in seen if re.search(r"WHERE[\s\S]*email_key", sql)]
    assert len(lookups) >= 4
    with sqlite3.connect(db) as conn:
        for sql, params in lookups:
            plan = " ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            assert "users_email_claim_key" in plan, (sql, plan)
