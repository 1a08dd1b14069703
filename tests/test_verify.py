"""``evtcli verify``: a clean store passes; tampering with the log or a projection is found."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

import evtcli
from jsonl_events import created, destroyed, jsonl as make_jsonl, uid

from conftest import CHEAP_HASHER, run_evtcli
from hardening import assert_one_error_line

HISTORY = [
    created(1, name="Ada", email="ada@example.com"),
    created(2, name="Bob", email="bob@example.com", minute=1),
    destroyed(1, reason="left"),
    created(3, name="Cy", email="ada@example.com", minute=40),
    destroyed(2, minute=45),
]


@pytest.fixture
def history(cli) -> None:
    result = cli("events", "import", "-", input=make_jsonl(*HISTORY))
    assert result.exit_code == 0, result.stderr


def restore_triggers(db_url: str) -> None:
    """Put back the append-only triggers a tamper took away (as ``evtcli init`` does),
    so that verify reports only what the tamper changed."""
    evtcli.open_store(db_url, upgrade=True).close()


def tamper(db_url: str, *statements: str) -> None:
    """Change a SQLite database behind evtcli's back (with the sqlite3 module), then put
    back any trigger the statements dropped."""
    connection = sqlite3.connect(db_url)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    restore_triggers(db_url)


def tamper_log(db_url: str, *statements: str) -> None:
    """Change the user events behind evtcli's back on either backend: the immutability
    triggers are switched off for these statements (dropped on SQLite, disabled on
    PostgreSQL), then put back."""
    from sqlalchemy import create_engine

    from evtcli.store import dialect

    engine = create_engine(dialect.parse_location(db_url).url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS user_events_no_update")
            else:
                conn.exec_driver_sql("ALTER TABLE user_events DISABLE TRIGGER user_events_no_change")
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()
    restore_triggers(db_url)


# -- clean stores ------------------------------------------------------------------------


def test_a_clean_store_verifies(cli, history) -> None:
    result = cli("verify")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: 5 events, 3 users, 0 groups; hash chain, versions and projections verified in ")
    assert result.stderr == ""


def test_a_clean_store_verifies_as_json(cli, history) -> None:
    result = cli("verify", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert (report["events"], report["users"], report["complete"]) == (5, 3, True)


def test_an_empty_store_verifies(cli, store) -> None:
    result = cli("verify")
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 0 events, 0 users")


def test_a_store_written_by_commands_verifies(store) -> None:
    user_id = store.create_user("Ada", "ada@example.com", "correct horse")
    store.destroy_user(user_id, reason="done")
    store.create_user("Ada", "ada@example.com", "correct horse")
    report = store.verify()
    assert report.ok and report.complete and (report.events, report.streams["user"]) == (3, 2)


def test_verify_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    result = run_evtcli("verify", db=str(tmp_path / "missing.db"))
    assert result.returncode == 1
    assert result.stderr.startswith("error: no database at")
    assert not (tmp_path / "missing.db").exists()


# -- a changed log (SQLite: the immutability triggers are dropped first) ---------------------


def test_sqlite_a_changed_payload_is_named_by_its_position(cli, db_url: str, history) -> None:
    tamper(
        db_url,
        "DROP TRIGGER user_events_no_update",
        # One byte of Bob's name: "Bob" -> "Bop".
        "UPDATE user_events SET payload = replace(payload, '\"Bob\"', '\"Bop\"') WHERE position = 2",
    )
    result = cli("verify")
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("position 2: hash mismatch: event ")
    assert f"user {uid(2)} v1" in first
    assert result.stderr == (
        "error: verify found 1 problem in the event log and 1 problem in the projections; "
        "the log was changed outside evtcli; restore the database from a backup or an export\n"
    )
    # The projection still says Bob, a fresh fold of the changed log says Bop.
    assert "name is 'Bob', a fresh fold gives 'Bop'" in result.stdout


def test_sqlite_a_deleted_event_is_reported_as_a_gap(cli, db_url: str, history) -> None:
    tamper(db_url, "DROP TRIGGER user_events_no_delete", "DELETE FROM user_events WHERE position = 3")
    result = cli("verify", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    problems = report["problems"]
    assert problems[0]["where"] == "position 3" and problems[0]["position"] == 3
    assert problems[0]["what"] == "missing: the log jumps from 2 to 4"
    assert report["ok"] is False
    assert result.stderr.startswith("error: verify found ")


def test_sqlite_deleting_a_stream_s_first_event_breaks_its_versions(cli, db_url: str, history) -> None:
    tamper(db_url, "DROP TRIGGER user_events_no_delete", "DELETE FROM user_events WHERE position = 1")
    result = cli("verify")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "position 1: missing: the log jumps from 0 to 2"
    assert f"position 3: user {uid(1)}: version 2 follows version 0; versions are missing" in lines


def test_sqlite_an_event_that_does_not_decode(cli, db_url: str, history) -> None:
    tamper(
        db_url,
        "DROP TRIGGER user_events_no_update",
        "UPDATE user_events SET payload = '{\"name\":\"Cy\"}' WHERE position = 4",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert f"position 4: user {uid(3)}: does not decode: payload is missing email, password_hash" in result.stdout


def test_sqlite_payload_text_that_is_not_canonical(cli, db_url: str, history) -> None:
    tamper(
        db_url,
        "DROP TRIGGER user_events_no_update",
        "UPDATE user_events SET payload = '{\"reason\": \"left\"}' WHERE position = 3",
    )
    result = cli("verify")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "position 3: payload is not stored as a canonical JSON object"


def test_sqlite_a_moved_head_is_reported(cli, db_url: str, history) -> None:
    tamper(db_url, "UPDATE event_log_head SET position = 9")
    result = cli("verify")
    assert result.exit_code == 1
    assert "head: event_log_head says position 9, the last event is at 5" in result.stdout


# -- projections ------------------------------------------------------------------------


def test_sqlite_projection_drift_is_reported_and_replay_repairs_it(cli, db_url: str, history) -> None:
    tamper(db_url, f"UPDATE users SET name = 'Robert' WHERE id = '{uid(2)}'")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.stdout == f"projection users: row {uid(2)}: name is 'Robert', a fresh fold gives 'Bob'\n"
    assert result.stderr == (
        "error: verify found 1 problem in the projections; run 'evtcli replay' to rebuild them from the log\n"
    )
    assert cli("replay").exit_code == 0
    assert cli("verify").exit_code == 0


def test_log_and_projection_problems_are_counted_apart(cli, db_url: str, history) -> None:
    # One log problem: metadata changed (the hash no longer matches; no projection reads it).
    tamper_log(db_url, "UPDATE user_events SET metadata = '{\"actor\":\"mallory\"}' WHERE position = 1")
    # Two projection problems: two rows that differ from a fresh fold.
    tamper_log(db_url, f"UPDATE users SET name = 'Robert' WHERE id = '{uid(2)}'", f"UPDATE users SET name = 'Cyd' WHERE id = '{uid(3)}'")
    result = cli("verify")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: verify found 1 problem in the event log and 2 problems in the projections; "
        "the log was changed outside evtcli; restore the database from a backup or an export\n"
    )
    report = json.loads(cli("verify", "--json").stdout)
    assert (report["log_problems"], report["projection_problems"]) == (1, 2)
    assert [p["kind"] for p in report["problems"]] == ["log", "projection", "projection"]


def test_replay_refuses_a_log_whose_chain_is_broken(cli, db_url: str, history, processes: str) -> None:
    # Bob's name changed in the log behind the triggers' back: "Bob" -> "Bop".
    tamper_log(db_url, "UPDATE user_events SET payload = replace(payload, '\"Bob\"', '\"Bop\"') WHERE position = 2")
    before = cli("projection", "list", "--json").stdout
    result = cli("replay")
    assert result.exit_code == 1
    assert result.stdout == ""
    line = assert_one_error_line(result.stderr)
    assert line.startswith("error: the event log's hash chain is broken: event ")
    assert "at position 2 is not what was recorded; run 'evtcli verify'" in line
    # Nothing written: the projection still says Bob, the checkpoints are as they were.
    assert json.loads(cli("user", "show", uid(2), "--json").stdout)["name"] == "Bob"
    assert cli("projection", "list", "--json").stdout == before


def test_replay_refuses_a_log_whose_head_is_moved(db_url: str, store, processes: str) -> None:
    store.create_user("Ada", "ada@example.com", "correct horse")
    store.create_user("Bob", "bob@example.com", "correct horse")
    tamper_log(db_url, "UPDATE event_log_head SET position = 3")
    with pytest.raises(evtcli.IntegrityProblem, match="the head row does not name the last event"):
        store.replay()


def test_sqlite_a_lagging_checkpoint_is_reported(cli, db_url: str, history) -> None:
    tamper(db_url, "UPDATE projection_checkpoints SET position = 2")
    result = cli("verify")
    assert result.exit_code == 1
    assert "projection users: checkpoint 2 is not the head position 5" in result.stdout


def test_sqlite_limit_stops_early(cli, db_url: str, history) -> None:
    tamper(
        db_url,
        "DROP TRIGGER user_events_no_update",
        "UPDATE user_events SET recorded_at = '2030-01-01T00:00:00.000000Z'",
    )
    full = json.loads(cli("verify", "--json").stdout)
    assert [p["position"] for p in full["problems"][:5]] == [1, 2, 3, 4, 5]
    limited = cli("verify", "--json", "--limit", "2")
    assert limited.exit_code == 1
    report = json.loads(limited.stdout)
    assert len(report["problems"]) == 2 and report["complete"] is False
    assert report["events"] == 2  # it stopped at the second event
    assert "2 or more problems" in limited.stderr


def test_verify_reads_a_snapshot_in_a_real_process(db_url: str, history) -> None:
    result = run_evtcli("verify", db=db_url)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bar off a terminal


def test_verify_after_a_large_import(db_url: str) -> None:
    events = []
    for user in range(1, 1500):
        events.append(created(user, email=f"u{user}@example.com", minute=user % 60))
        if user % 2:
            events.append(destroyed(user, minute=user % 60))
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.import_events(io.BytesIO(make_jsonl(*events)))
        report = store.verify()
    assert report.ok and (report.events, report.streams["user"]) == (len(events), 1499)


# -- the quick passes and the full ones give the same report ---------------------------------

SAMPLE = Path(__file__).resolve().parent.parent / "sample_events.jsonl"


def rechain(db_url: str, *statements: str) -> None:
    """Change the log behind evtcli's back, then hash the whole chain again over the
    stored text and move the head row: only the checks other than the chain can tell."""
    from sqlalchemy import create_engine

    from evtcli.store import dialect
    from evtcli.store.chain import chain_hash_from_text

    tables = {"user_events": "user_id", "group_events": "group_id"}
    engine = create_engine(dialect.parse_location(db_url).url)
    try:
        with engine.begin() as conn:
            sqlite = conn.dialect.name == "sqlite"
            for table in tables:
                if sqlite:
                    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_update")
                else:
                    conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {table}_no_change")
            for statement in statements:
                conn.exec_driver_sql(statement)
            rows = sorted(
                (row[1], table, row)
                for table, id_column in tables.items()
                for row in conn.exec_driver_sql(
                    f"SELECT '{table[:-7]}', position, event_id, {id_column}, version, type, schema_version,"
                    f" payload, metadata, recorded_at FROM {table}"
                )
            )
            previous = ""
            for position, table, (aggregate, _, event_id, aggregate_id, version, kind, schema, payload, metadata, at) in rows:
                previous = chain_hash_from_text(
                    previous, position=position, event_id=event_id, aggregate=aggregate, aggregate_id=aggregate_id,
                    version=version, event_type=kind, schema_version=schema, payload=payload, metadata=metadata,
                    recorded_at=at,
                )
                conn.exec_driver_sql(f"UPDATE {table} SET hash = '{previous}' WHERE position = {position}")
            conn.exec_driver_sql(f"UPDATE event_log_head SET hash = '{previous}'")
    finally:
        engine.dispose()
    restore_triggers(db_url)


def full_passes_only(store, monkeypatch: pytest.MonkeyPatch, progress=None):
    """The report of the full passes alone, as verify made it before it had quick ones."""
    from evtcli.audit import verify as integrity

    def doubt(*_args: object) -> None:
        raise integrity.Unclean

    with monkeypatch.context() as patched:
        patched.setattr(integrity, "_clean", doubt)
        return store.verify(progress=progress)


def same(quick, full) -> None:
    assert (quick.events, dict(quick.streams), quick.problems, quick.complete, dict(quick.erased)) == (
        full.events, dict(full.streams), full.problems, full.complete, dict(full.erased),
    )


def sample_store(db_url: str):
    store = evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER)
    with open(SAMPLE, "rb") as events:
        store.import_events(events)
    return store


def test_a_clean_sample_store_is_checked_by_the_quick_passes_alone(db_url: str, monkeypatch) -> None:
    from evtcli.audit import verify as integrity

    with sample_store(db_url) as store:
        full = full_passes_only(store, monkeypatch)
        for name in ("check_chain", "check_projections"):
            monkeypatch.setattr(integrity, name, lambda *_: pytest.fail("the full passes ran on a clean store"))
        counted: list[int] = []
        quick = store.verify(progress=counted.append)
    assert quick.ok and full.ok and quick.events > 100 and quick.streams["group"] > 0
    same(quick, full)
    assert all(count > 0 for count in counted) and sum(counted) == 2 * quick.events


EMAIL = "tomas.osullivan@example.com"
TAMPERED = {
    # Caught only by the payload check: the chain is hashed again over the new text.
    "payload not canonical": (
        "UPDATE user_events SET payload = replace(payload, '\":\"', '\": \"') WHERE type = 'Renamed'",
    ),
    "metadata not canonical": (
        "UPDATE user_events SET metadata = replace(metadata, '\":\"', '\": \"') WHERE version = 2",
    ),
    "a name not as stored": (
        "UPDATE user_events SET payload = replace(payload, '\"name\":\"', '\"name\":\" ') WHERE type = 'Renamed'",
    ),
    "an event of an undeclared type": ("UPDATE group_events SET type = 'Exploded' WHERE version = 2",),
    "a version skipped": (
        "UPDATE user_events SET version = 3 WHERE version = 2"
        " AND user_id IN (SELECT user_id FROM user_events GROUP BY user_id HAVING max(version) = 2)",
    ),
    "a stream started twice": ("UPDATE user_events SET type = 'Created' WHERE type = 'Restored'",),
    "the head moved": ("UPDATE event_log_head SET position = position + 1",),
    "a users row changed": (f"UPDATE users SET email = 'x{EMAIL}', email_key = 'x{EMAIL}' WHERE email = '{EMAIL}'",),
    "a users row missing": (f"DELETE FROM users WHERE email = '{EMAIL}'",),
    "a member too many": (
        "INSERT INTO group_members (group_id, user_id, added_at) SELECT g.id, u.id, g.created_at"
        " FROM groups g, users u WHERE u.id NOT IN (SELECT user_id FROM group_members) ORDER BY g.id, u.id LIMIT 1",
    ),
    "a member missing": ("DELETE FROM group_members WHERE user_id = (SELECT min(user_id) FROM group_members)",),
    "a checkpoint behind": ("UPDATE projection_checkpoints SET position = position - 1 WHERE name = 'groups'",),
    "a definition out of date": ("UPDATE projection_checkpoints SET version = 0 WHERE name = 'users'",),
}


@pytest.mark.parametrize("change", list(TAMPERED))
def test_the_quick_passes_report_a_changed_store_as_the_full_ones_do(db_url: str, monkeypatch, change: str) -> None:
    from evtcli.audit import progress

    with sample_store(db_url) as store:
        pass
    rechain(db_url, *TAMPERED[change])
    monkeypatch.setattr(progress, "PROGRESS_EVERY", 7)  # progress passed on before a problem is met
    with evtcli.open_store(db_url) as store:
        counted: list[int] = []
        quick = store.verify(progress=counted.append)
        alone: list[int] = []
        full = full_passes_only(store, monkeypatch, progress=alone.append)
    assert not quick.ok, change
    same(quick, full)
    # What the quick passes counted is taken back, and the full passes count as they do alone.
    totals = [sum(counted[: end + 1]) for end in range(len(counted))]
    assert min(totals) >= 0 and totals[-1] == sum(alone) > 0


def test_a_sealed_stream_without_its_key_is_reported_as_before(db_url: str, monkeypatch) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", "correct horse")
        store.create_user("Bob", "bob@example.com", "correct horse")
    rechain(db_url, f"DELETE FROM user_keys WHERE user_id = '{ada}'")
    with evtcli.open_store(db_url) as store:
        quick = store.verify()
        full = full_passes_only(store, monkeypatch)
    assert not quick.ok and "key is missing" in quick.problems[0].what
    same(quick, full)
