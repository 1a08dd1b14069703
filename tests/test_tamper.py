"""What a role with rights on the tables can try against the log, and what stops it or
tells of it: the append-only triggers refuse every change to a stored event, and
verify reports a table whose triggers were dropped, disabled or changed.

Each attack runs on its own connection, made without evtcli, as an intruder's would be.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError

import evtcli
from evtcli.store import dialect

from conftest import CHEAP_HASHER, is_file_url

COLUMNS = "position, event_id, user_id, version, type, schema_version, payload, metadata, recorded_at, hash"
EVENTS = f"SELECT {COLUMNS} FROM user_events ORDER BY position"
# Bob's Created event with another payload: the same keys.
CHANGED = (
    "SELECT position, event_id, user_id, version, type, schema_version,"
    " payload || ' ', metadata, recorded_at, hash FROM user_events WHERE position = 2"
)
# Bob's Created event said to be another's doing.
EDIT = "UPDATE user_events SET metadata = '{\"actor\":\"mallory\"}' WHERE position = 2"


def attack(db_url: str, *statements: str) -> None:
    """Run statements on a connection of the database's own driver, not evtcli's, and commit."""
    engine = create_engine(dialect.parse_location(db_url).url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def stored(db_url: str) -> list[tuple[object, ...]]:
    engine = create_engine(dialect.parse_location(db_url).url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(EVENTS)]
    finally:
        engine.dispose()


@pytest.fixture
def history(db_url: str) -> list[tuple[object, ...]]:
    """Ada and Bob created, Ada renamed: three events; their rows as stored."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", "correct horse")
        store.create_user("Bob", "bob@example.com", "correct horse")
        store.rename_user(ada, "Ada L.")
    return stored(db_url)


def verify(db_url: str) -> evtcli.VerifyReport:
    with evtcli.open_store(db_url) as store:
        return store.verify()


def init(db_url: str) -> None:
    """What ``evtcli init`` does to a database of this schema version."""
    evtcli.open_store(db_url, upgrade=True).close()


def trigger_problem(table: str, trigger: str, state: str) -> tuple[str, str]:
    return (
        f"table {table}",
        f"its append-only trigger {trigger} {state}: the table can be changed in place",
    )


# -- refused: every way of changing a stored event -----------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        f"INSERT OR REPLACE INTO user_events ({COLUMNS}) {CHANGED}",
        f"REPLACE INTO user_events ({COLUMNS}) {CHANGED}",
        # Each unique key alone: a new position, the stored event_id (or stream version).
        f"REPLACE INTO user_events ({COLUMNS}) SELECT 9, event_id, user_id, 7, type, schema_version, payload,"
        " metadata, recorded_at, hash FROM user_events WHERE position = 2",
        f"REPLACE INTO user_events ({COLUMNS}) SELECT 9, 'another', user_id, version, type, schema_version,"
        " payload, metadata, recorded_at, hash FROM user_events WHERE position = 2",
        "UPDATE OR REPLACE user_events SET position = 1 WHERE position = 2",
        f"INSERT INTO user_events ({COLUMNS}) {CHANGED} ON CONFLICT (position) DO UPDATE SET payload = excluded.payload",
    ],
    ids=["insert-or-replace", "replace", "replace-event-id", "replace-stream-version", "update-or-replace", "upsert"],
)
def test_sqlite_a_replacing_insert_is_refused(db_url: str, history, statement: str) -> None:
    with pytest.raises(DBAPIError):
        attack(db_url, statement)
    assert stored(db_url) == history and verify(db_url).ok


def test_an_upsert_of_a_stored_event_is_refused_postgresql(db_url: str, history) -> None:
    # ON CONFLICT DO UPDATE updates the stored row, which fires the row trigger.
    with pytest.raises(DBAPIError):
        attack(db_url, f"INSERT INTO user_events ({COLUMNS}) {CHANGED} ON CONFLICT (position) DO UPDATE SET payload = excluded.payload")
    assert stored(db_url) == history and verify(db_url).ok


def test_a_replication_session_is_refused_too_postgresql(db_url: str, history) -> None:
    # The triggers are enabled ALWAYS: session_replication_role = replica skips the others.
    with pytest.raises(DBAPIError):
        attack(
            db_url,
            "SET session_replication_role = replica",
            EDIT,
        )
    assert stored(db_url) == history and verify(db_url).ok


# -- reported: triggers taken away or changed ----------------------------------------------------


def test_every_dropped_trigger_is_reported_and_init_makes_it_again(db_url: str, history) -> None:
    sqlite = is_file_url(db_url)
    triggers = {
        table: [f"{table}_{name}" for name in (("no_update", "no_delete", "no_replace") if sqlite else ("no_change", "no_truncate"))]
        for table in ("user_events", "group_events")
    }
    attack(db_url, *(f"DROP TRIGGER {t}" + ("" if sqlite else f" ON {table}") for table, names in triggers.items() for t in names))
    report = verify(db_url)
    assert not report.ok and report.log_problems == len(report.problems)
    assert [(p.where, p.what) for p in report.problems] == [
        trigger_problem(table, trigger, "is missing") for table, names in triggers.items() for trigger in names
    ]
    init(db_url)
    assert verify(db_url).ok
    with pytest.raises(DBAPIError):  # and they refuse again
        attack(db_url, "DELETE FROM group_events", "DELETE FROM user_events")


def test_verify_reports_a_dropped_trigger_with_exit_1(cli, db_url: str, history) -> None:
    trigger = "user_events_no_update" if is_file_url(db_url) else "user_events_no_change ON user_events"
    attack(db_url, f"DROP TRIGGER {trigger}")
    result = cli("verify", "--json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["problems"]
    assert [(p["where"], p["what"].split(" is missing")[0]) for p in problems] == [
        ("table user_events", f"its append-only trigger {trigger.split()[0]}")
    ]
    assert result.stderr == "error: verify found 1 problem in the event log; run 'evtcli init' to make the append-only triggers again\n"
    assert cli("init").exit_code == 0 and cli("verify").exit_code == 0


def test_an_edit_behind_a_dropped_trigger_is_named_by_its_position(db_url: str, history) -> None:
    trigger = "user_events_no_update" if is_file_url(db_url) else "user_events_no_change ON user_events"
    attack(
        db_url,
        f"DROP TRIGGER {trigger}",
        EDIT,
    )
    report = verify(db_url)
    assert report.problems[0].where == "table user_events" and "is missing" in report.problems[0].what
    assert report.problems[1].position == 2 and report.problems[1].what.startswith("hash mismatch")
    init(db_url)  # the trigger comes back; the edit stays, and so does its report
    assert [p.position for p in verify(db_url).problems if p.kind == "log"] == [2]


def test_sqlite_a_trigger_made_again_to_do_nothing_is_reported(db_url: str, history) -> None:
    attack(
        db_url,
        "DROP TRIGGER user_events_no_replace",
        "CREATE TRIGGER user_events_no_replace BEFORE INSERT ON user_events BEGIN SELECT 1; END",
    )
    assert [(p.where, p.what) for p in verify(db_url).problems] == [
        trigger_problem("user_events", "user_events_no_replace", "is not the one evtcli makes")
    ]
    init(db_url)
    assert verify(db_url).ok
    with pytest.raises(DBAPIError):
        attack(db_url, f"INSERT OR REPLACE INTO user_events ({COLUMNS}) {CHANGED}")


def test_a_changed_trigger_function_is_reported_postgresql(db_url: str, history) -> None:
    attack(
        db_url,
        "CREATE OR REPLACE FUNCTION user_events_refuse_change() RETURNS trigger AS $$BEGIN RETURN NEW; END$$ LANGUAGE plpgsql",
    )
    problems = [(p.where, p.what) for p in verify(db_url).problems]
    assert problems == [
        trigger_problem("user_events", trigger, "is not the one evtcli makes")
        for trigger in ("user_events_no_change", "user_events_no_truncate")
    ]
    init(db_url)
    assert verify(db_url).ok


@pytest.mark.parametrize(
    ("switch", "state"),
    [
        ("DISABLE TRIGGER", "is disabled"),
        ("ENABLE REPLICA TRIGGER", "is disabled"),  # fires in replication sessions alone
        ("ENABLE TRIGGER", "does not fire in a session with session_replication_role = replica"),
    ],
)
def test_a_switched_trigger_is_reported_postgresql(db_url: str, history, switch: str, state: str) -> None:
    attack(db_url, f"ALTER TABLE group_events {switch} group_events_no_change")
    assert [(p.where, p.what) for p in verify(db_url).problems] == [
        trigger_problem("group_events", "group_events_no_change", state)
    ]
    init(db_url)
    assert verify(db_url).ok


def test_an_edit_in_a_replication_session_is_found_by_the_chain_postgresql(db_url: str, history) -> None:
    # Once the trigger is enabled in the ordinary way (not ALWAYS), a replication
    # session slips past it and leaves no trace of itself: the chain names the edit.
    attack(db_url, "ALTER TABLE user_events ENABLE TRIGGER user_events_no_change")
    attack(
        db_url,
        "SET session_replication_role = replica",
        EDIT,
    )
    init(db_url)  # the trigger is ALWAYS again: only the edit is left to find
    report = verify(db_url)
    log = [p for p in report.problems if p.kind == "log"]
    assert [p.position for p in log] == [2] and log[0].what.startswith("hash mismatch")
