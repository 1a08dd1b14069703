"""Forgetting a user (§9): personal data sealed with a key of the user's own, the key
deleted by ``user forget``, and the chain still verifying.

Most tests run on both backends through the public API and the CLI; the byte search
reads the database's own files (SQLite's, or PostgreSQL's relation files).
"""

from __future__ import annotations

import base64
import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    CHEAP_HASHER,
    Cli,
    copy_into,
    evtcli_command,
    exported_with_keys,
    run_evtcli,
)
from hardening import assert_one_error_line
from stored import execute
from sqlalchemy import create_engine, text

import evtcli
from evtcli import IntegrityProblem, RuleViolation, ValidationError
from evtcli.api import Store
from evtcli.domain.model import ERASED

SAMPLE = Path(__file__).resolve().parents[1] / "sample_events.jsonl"
PASSWORD = "correct horse battery"


def query(db: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


@pytest.fixture
def ada(store: Store) -> str:
    """A user with a past: renamed, a new email, a new password, and in two groups."""
    user_id = store.create_user("Ada Lovelace", "ada@example.com", PASSWORD)
    store.rename_user(user_id, "Ada King")
    store.change_email(user_id, "countess@example.org")
    store.change_password(user_id, PASSWORD + " 2")
    for team in ("Analytical", "Engines"):
        store.add_members(store.create_group(team).aggregate_id, [user_id])
    return user_id


# -- what forgetting does, in one transaction -------------------------------------------------


def test_forget_appends_forgotten_leaves_groups_deletes_the_key_and_scrubs_the_row(store: Store, ada: str, db_url: str) -> None:
    db = db_url
    assert query(db, "SELECT count(*) FROM user_keys WHERE user_id = :id", id=ada) == [(1,)]
    head = store.head()
    done = store.forget_user(ada, reason="asked to be forgotten")
    assert (done.event.type, done.event.payload, done.plaintext_positions) == ("Forgotten", {"reason": "asked to be forgotten"}, [])
    # One position range: the Forgotten, then a removal from each group it caused.
    events, _ = store.tail(3)
    assert [e.position for e in events] == [head + 1, head + 2, head + 3]
    assert [e.type for e in events] == ["Forgotten", "MemberRemoved", "MemberRemoved"]
    assert {e.metadata["causation_id"] for e in events[1:]} == {done.event.event_id}
    assert store.holders_of("user", ada)["groups"] == []
    assert query(db, "SELECT count(*) FROM user_keys WHERE user_id = :id", id=ada) == [(0,)]
    row = query(db, "SELECT name, email, password_hash, status FROM users WHERE id = :id", id=ada)
    assert row == [(ERASED, ERASED, "", "forgotten")]


def test_a_forgotten_user_reads_as_forgotten_everywhere(store: Store, ada: str) -> None:
    store.forget_user(ada)
    shown = store.get_stream("user", ada)
    assert (shown.name, shown.email, shown.status, shown.deleted) == (ERASED, ERASED, "forgotten", True)
    history = store.history("user", ada)
    assert [e.type for e in history] == ["Created", "Renamed", "EmailChanged", "PasswordChanged", "Forgotten"]
    for event in history:
        assert all(value == ERASED for value in event.payload.values() if event.type != "Forgotten")
    tailed, _ = store.tail(100, aggregate_id=ada)
    assert [e.payload for e in tailed] == [e.payload for e in history]
    assert store.fold_stream("user", ada, version=2).name == ERASED
    assert store.fold_stream("user", ada) == shown
    # Replay rebuilds the same scrubbed row; verify passes and counts the forgotten.
    assert store.diff_projections() == []
    store.replay()
    assert store.get_stream("user", ada) == shown
    report = store.verify()
    assert report.ok and report.erased == {"user": ("forgotten", 1)}


def test_before_forgetting_every_reader_sees_the_plaintext(store: Store, ada: str) -> None:
    history = store.history("user", ada)
    assert [e.payload.get("name") for e in history[:2]] == ["Ada Lovelace", "Ada King"]
    assert history[2].payload == {"email": "countess@example.org"}
    assert store.fold_stream("user", ada, version=1).email == "ada@example.com"
    stored = [json.loads(line)["payload"] for line in store.export_lines(aggregate="user")]
    assert all(value.startswith("aesgcm:") for payload in stored for value in payload.values())


def test_forgotten_is_final_and_the_email_is_free_again(store: Store, ada: str) -> None:
    store.forget_user(ada)
    head = store.head()
    for attempt in (
        lambda: store.restore_user(ada),
        lambda: store.rename_user(ada, "Ada"),
        lambda: store.destroy_user(ada),
        lambda: store.forget_user(ada),
    ):
        with pytest.raises(RuleViolation):
            attempt()
    assert store.head() == head
    other = store.create_user("Another Ada", "countess@example.org", PASSWORD)
    assert store.get_stream("user", "countess@example.org").id == other
    with pytest.raises(evtcli.PasswordMismatch, match="the password does not match"):
        store.check_password(ada, PASSWORD + " 2")  # as for a user who never was (test_user_life)


def test_a_destroyed_user_can_be_forgotten(store: Store, ada: str) -> None:
    store.destroy_user(ada)
    store.forget_user(ada)
    assert store.get_stream("user", ada).status == "forgotten" and store.verify().ok


# -- old plaintext, said plainly ---------------------------------------------------------------


def test_forgetting_a_user_with_plaintext_events_names_their_positions(cli: Cli) -> None:
    assert cli("events", "import", str(SAMPLE)).exit_code == 0
    user = "hana.novakova@eu.example.org"  # created, renamed and with a new email, all version 1
    with evtcli.open_store(cli.db) as store:
        found = store.get_stream("user", user)
        positions = [e.position for e in store.history("user", found.id) if e.type in ("Created", "Renamed", "EmailChanged")]
    result = cli("user", "forget", found.id, "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["plaintext_positions"] == positions
    assert "plaintext" in result.stderr and ", ".join(map(str, positions)) in result.stderr
    with evtcli.open_store(cli.db) as store:
        # Old events keep what they hold; the projection is scrubbed all the same.
        assert store.history("user", found.id)[0].payload["name"] == "Hana Nováková"
        assert store.get_stream("user", found.id).name == ERASED
        assert store.verify().ok


# -- keys travel only on purpose -----------------------------------------------------------------


def test_export_writes_no_keys_and_import_without_them_refuses(store: Store, ada: str, tmp_path: Path) -> None:
    exported, keys = exported_with_keys(store)
    assert b"aesgcm:" in exported and b'"key"' not in exported
    assert [json.loads(line)["aggregate_id"] for line in keys.decode().splitlines()] == [ada]
    with evtcli.open_store(str(tmp_path / "copy.db"), create=True) as copy:
        with pytest.raises(ValidationError, match="--keys") as refused:
            copy.import_events(io.BytesIO(exported))
        assert refused.value.message.startswith("line 1:") and copy.head() == 0
        wrong = keys.replace(keys.split(b'"key":"')[1][:8], b"AAAAAAAA")
        with pytest.raises(IntegrityProblem, match="does not open"):
            copy_into(copy, exported, wrong)
        assert copy.head() == 0
        copy_into(copy, exported, keys)
        assert copy.get_stream("user", ada).name == "Ada King" and copy.verify().ok


def test_the_export_of_a_forgotten_user_imports_without_keys(store: Store, ada: str, tmp_path: Path) -> None:
    store.forget_user(ada)
    exported, keys = exported_with_keys(store)
    assert keys == b""
    with evtcli.open_store(str(tmp_path / "copy.db"), create=True) as copy:
        copy.import_events(io.BytesIO(exported))
        assert copy.get_stream("user", ada).name == ERASED and copy.verify().ok
        assert "".join(line + "\n" for line in copy.export_lines()).encode() == exported


# -- a forgotten user never gets a key back ---------------------------------------------------


def _held_keys(db_url: str, user_id: str) -> int:
    return query(db_url, "SELECT count(*) FROM user_keys WHERE user_id = :id", id=user_id)[0][0]


def test_an_export_taken_before_the_forget_never_brings_the_key_back(store: Store, ada: str, db_url: str) -> None:
    """The route: export with keys, forget, import the old keys (with an empty events
    file, then with the old export). Every time the key is left out and counted."""
    exported, keys = exported_with_keys(store)
    store.forget_user(ada)
    for events in (b"", exported):
        summary = copy_into(store, events, keys)
        assert summary.forgotten_keys == {"user": 1} and summary.appended == 0
        assert _held_keys(db_url, ada) == 0
    first = store.fold_stream("user", ada, version=1)
    assert (first.name, first.email) == (ERASED, ERASED)
    assert all(ERASED in event.payload.values() for event in store.history("user", ada) if event.type in ("Created", "Renamed"))
    assert exported_with_keys(store)[1] == b"" and store.verify().ok


def test_a_key_for_a_stream_the_file_itself_forgets_is_left_out(store: Store, ada: str, another_db_url: str) -> None:
    _, keys = exported_with_keys(store)
    store.forget_user(ada)
    events, _ = exported_with_keys(store)
    with evtcli.open_store(another_db_url, create=True, password_hasher=CHEAP_HASHER) as copy:
        summary = copy_into(copy, events, keys)
        assert summary.forgotten_keys == {"user": 1} and summary.appended == store.head()
        assert _held_keys(another_db_url, ada) == 0 and copy.verify().ok


def test_a_key_held_again_for_a_forgotten_user_is_a_verify_problem_and_never_exported(
    store: Store, ada: str, db_url: str
) -> None:
    """However it came back (an older evtcli, a hand-made row), verify names it and
    export --keys leaves it out."""
    _, keys = exported_with_keys(store)
    store.forget_user(ada)
    key = base64.b64decode(json.loads(keys)["key"])
    execute(db_url, f"INSERT INTO user_keys (user_id, key) VALUES ('{ada}', {_blob(db_url, key)})")
    report = store.verify()
    assert not report.ok and report.log_problems == 1
    (problem,) = report.problems
    assert problem.where == f"user {ada}" and "holds a key for it again" in problem.what
    assert exported_with_keys(store)[1] == b""


def _blob(db_url: str, value: bytes) -> str:
    return f"X'{value.hex()}'" if "://" not in db_url else f"'\\x{value.hex()}'::bytea"


def test_import_says_how_many_keys_it_left_out(cli: Cli, store: Store, ada: str, tmp_path: Path) -> None:
    _, keys = exported_with_keys(store)
    store.forget_user(ada)
    (tmp_path / "old.keys").write_bytes(keys)
    (tmp_path / "none.jsonl").write_bytes(b"")
    result = cli("events", "import", str(tmp_path / "none.jsonl"), "--keys", str(tmp_path / "old.keys"))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == "warning: skipped 1 key of a forgotten user: a forgotten user never gets its key back"


@pytest.mark.parametrize(
    "line, words",
    [
        (b"not json", "keys file line 1: not a JSON object"),
        (b'{"aggregate":"group","aggregate_id":"00000000-0000-4000-8000-000000000000","key":"AAAA"}', "no keys are kept"),
        (b'{"aggregate":"user","aggregate_id":"00000000-0000-4000-8000-000000000000","key":"AAAA"}', "not 32 bytes"),
    ],
)
def test_a_bad_keys_file_is_refused_by_line(store: Store, line: bytes, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        store.import_events(io.BytesIO(b""), keys=io.BytesIO(line + b"\n"))


def test_keys_never_reach_output(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    (key,) = [row[0] for row in query(db, "SELECT key FROM user_keys")]
    shown = [base64.b64encode(key).decode(), key.hex()]
    outputs = []
    for args in (("events", "tail", "--json"), ("events", "export"), ("user", "show", ada, "--json"),
                 ("fold", "user", ada, "--json"), ("verify", "--json"), ("replay",)):
        result = run_evtcli(*args, db=db, env={"EVTCLI_DEBUG": "1"})
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout + result.stderr)
    keys_file = tmp_path / "keys.jsonl"
    assert run_evtcli("events", "export", "-o", str(tmp_path / "e.jsonl"), "--keys", str(keys_file), db=db).returncode == 0
    assert shown[0] in keys_file.read_text() and keys_file.stat().st_mode & 0o777 == 0o600
    for output in outputs:
        assert not any(value in output for value in shown)


# -- the command line ----------------------------------------------------------------------------


def test_forget_without_a_terminal_needs_yes(cli: Cli, store: Store, ada: str) -> None:
    head = store.head()
    result = cli("user", "forget", ada)
    assert result.exit_code == 2 and "--yes" in assert_one_error_line(result.stderr)
    assert store.head() == head
    result = cli("user", "forget", ada, "--yes", "--reason", "asked")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"forgot user {ada}")


def _on_a_terminal(db: str, *args: str, answer: bytes) -> tuple[int, str]:
    """Run evtcli with a pseudo-terminal as stdin and stdout; answer its first question."""
    main, child = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    process = subprocess.Popen(evtcli_command(db, *args), stdin=child, stdout=child, stderr=child, env=env)
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 60
    answered = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"[y/N]" in seen:
                os.write(main, answer)
                answered = True
        elif process.poll() is not None:
            break
    code = process.wait(timeout=30)
    os.close(main)
    return code, seen.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminals as Linux has them")
def test_forget_asks_on_a_terminal(store: Store, ada: str, db_url: str) -> None:
    db = db_url
    head = store.head()
    code, seen = _on_a_terminal(db, "user", "forget", ada, answer=b"n\n")
    assert code == 2 and "Forget user" in seen and "not confirmed" in seen
    assert store.head() == head
    code, seen = _on_a_terminal(db, "user", "forget", ada, answer=b"y\n")
    assert code == 0, seen
    assert store.get_stream("user", ada).status == "forgotten"


# -- tampering -----------------------------------------------------------------------------------


def test_a_changed_sealed_value_is_a_verify_problem_and_replay_refuses(tmp_path: Path) -> None:
    import sqlite3

    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
        bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    # Bob's sealed name moved onto Ada's event: it will not open there.
    conn = sqlite3.connect(db)
    (bob_payload,) = conn.execute("SELECT payload FROM user_events WHERE user_id = ?", (bob,)).fetchone()
    conn.execute("DROP TRIGGER user_events_no_update")
    ada_payload = json.loads(conn.execute("SELECT payload FROM user_events WHERE user_id = ?", (ada,)).fetchone()[0])
    ada_payload["name"] = json.loads(bob_payload)["name"]
    conn.execute("UPDATE user_events SET payload = ? WHERE user_id = ?", (json.dumps(ada_payload, separators=(",", ":"), sort_keys=True), ada))
    conn.commit()
    conn.close()
    with evtcli.open_store(db) as store:
        report = store.verify()
        assert not report.ok and any("does not open" in p.what for p in report.problems)
        with pytest.raises(IntegrityProblem):
            store.replay()


# -- erased means erased: the bytes on disk ------------------------------------------------------


def _a_user_with_a_past(store: Store, db: str) -> tuple[str, list[bytes]]:
    """A user renamed, given a new email and password, among others who stay (so freed
    bytes share pages with live ones); every personal value it ever had, and its key."""
    for n in range(8):
        store.create_user(f"Neighbour {n}", f"before{n}@example.com", PASSWORD)
    user_id = store.create_user("Ottoline Quernby", "ottoline@example.com", PASSWORD)
    secrets = [query(db, "SELECT password_hash FROM users WHERE id = :id", id=user_id)[0][0]]
    store.rename_user(user_id, "Ottoline Vance")
    store.change_email(user_id, "o.vance@example.net")
    store.change_password(user_id, PASSWORD + " 2")
    secrets.append(query(db, "SELECT password_hash FROM users WHERE id = :id", id=user_id)[0][0])
    for n in range(8):
        store.create_user(f"Neighbour {n}", f"after{n}@example.com", PASSWORD)
    (key,) = [row[0] for row in query(db, "SELECT key FROM user_keys WHERE user_id = :id", id=user_id)]
    values = ["Ottoline Quernby", "Ottoline Vance", "ottoline@example.com", "o.vance@example.net", *secrets]
    return user_id, [value.encode() for value in values] + [bytes(key)]


def _found(secrets: list[bytes], files: list[Path]) -> set[bytes]:
    data = b"".join(path.read_bytes() for path in files if path.exists())
    return {secret for secret in secrets if secret in data}


def test_nothing_of_a_forgotten_user_is_left_in_the_database_files(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        store.projections.snapshots.every = 2  # the user's state is in user_snapshots too
        user_id, secrets = _a_user_with_a_past(store, db)
        assert query(db, "SELECT version FROM user_snapshots WHERE aggregate_id = :id", id=user_id) == [(4,)]
        files = [Path(db + suffix) for suffix in ("", "-wal", "-journal")]
        # The search can fail: every value is in the files before the forget.
        assert _found(secrets, files) == set(secrets)
        done = store.forget_user(user_id)
        assert done.scrubbed and not Path(db + "-wal").stat().st_size
        assert _found(secrets, files) == set()
        assert query(db, "SELECT count(*) FROM user_snapshots WHERE aggregate_id = :id", id=user_id) == [(0,)]


def _no_transaction_holds_old_rows(conn: Any) -> None:
    """Wait until no other backend holds back what VACUUM may remove.

    The suite's cluster makes test databases ahead in the background, and CREATE
    DATABASE holds the removal horizon of every database while it runs; so would any
    long transaction on the server (see the README).
    """
    others = text(
        "SELECT count(*) FROM pg_stat_activity WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid()"
    )
    deadline = time.monotonic() + 30
    while conn.execute(others).scalar() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_the_forgotten_key_is_gone_from_the_server_files(pg_url: str) -> None:
    with evtcli.open_store(pg_url, create=True, password_hasher=CHEAP_HASHER) as store:
        user_id, secrets = _a_user_with_a_past(store, pg_url)
        key = secrets[-1]
        engine = create_engine(pg_url)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            directory = Path(conn.exec_driver_sql("SHOW data_directory").scalar())

            def key_files() -> list[Path]:
                conn.exec_driver_sql("CHECKPOINT")
                return [directory / conn.execute(text("SELECT pg_relation_filepath('user_keys')")).scalar()]

            assert _found([key], key_files()) == {key}  # the search can fail
            _no_transaction_holds_old_rows(conn)
            store.forget_user(user_id)
            assert _found([key], key_files()) == set()
            # The live rows hold nothing of the user (old row versions: see the README).
            rows = conn.execute(text("SELECT name, email, password_hash FROM users WHERE id = :id"), {"id": user_id}).all()
            assert [tuple(row) for row in rows] == [(ERASED, ERASED, "")]
        engine.dispose()
