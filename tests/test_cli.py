"""The command line in-process through Typer's CliRunner: every command of SPEC §4.

stdout and stderr are checked apart (the installed Typer's ``Result`` keeps them
separate). Tests that take ``cli``, ``store`` or ``db_url`` run on every backend in
``conftest.BACKENDS``; tests named ``sqlite`` check files and use ``tmp_path``.

Users made through the CLI are hashed with the real argon2 parameters, so most
histories are set up through the library (cheap hasher) or by importing JSON Lines.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any, Iterator

import pytest
from sqlalchemy import text
from typer.main import get_command
from typer.testing import CliRunner

import evtcli
from evtcli import DatabaseMissing, NotAnEvtcliDatabase
from evtcli.api import Store
from evtcli.cli import app
from jsonl_events import FAKE_HASH, created, destroyed, jsonl, stream

from conftest import CHEAP_HASHER, Cli

PASSWORD = "correct horse battery staple"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
PACKAGE = Path(evtcli.__file__).resolve().parent

# A history of 12 events with ids chosen so that some prefixes are shared:
# "aaaa" matches ada and alan, "abcd" matches gus and hal; "bbbb" is bob alone.
IDS = {
    "ada": "aaaa1111-0000-4000-8000-000000000001",
    "alan": "aaaa2222-0000-4000-8000-000000000002",
    "bob": "bbbb3333-0000-4000-8000-000000000003",
    "cy": "cccc4444-0000-4000-8000-000000000004",
    "dee": "dddd5555-0000-4000-8000-000000000005",
    "eve": "eeee6666-0000-4000-8000-000000000006",
    "fay": "ffff7777-0000-4000-8000-000000000007",
    "gus": "abcd8888-0000-4000-8000-000000000008",
    "hal": "abcd9999-0000-4000-8000-000000000009",
}
# (type, user) in position order; event N is recorded at 10:NN on 2026-01-01.
HISTORY = [
    ("Created", "ada"),
    ("Created", "alan"),
    ("Created", "bob"),
    ("Created", "cy"),
    ("Created", "dee"),
    ("Created", "eve"),
    ("Destroyed", "alan"),
    ("Created", "fay"),
    ("Destroyed", "cy"),
    ("Created", "gus"),
    ("Destroyed", "eve"),
    ("Created", "hal"),
]
LIVE = ["ada", "bob", "dee", "fay", "gus", "hal"]
DESTROYED = ["alan", "cy", "eve"]


def at(position: int) -> str:
    return f"2026-01-01T10:{position:02d}:00.000000Z"


def history_events() -> list[dict[str, Any]]:
    events = []
    for position, (kind, who) in enumerate(HISTORY, start=1):
        if kind == "Created":
            event = created(
                0, name=who.title(), email=f"{who}@example.com", aggregate_id=IDS[who], recorded_at=at(position)
            )
        else:
            event = destroyed(0, reason=f"{who} left", aggregate_id=IDS[who], recorded_at=at(position))
        events.append(event)
    return events


@pytest.fixture
def history(store: Store) -> Store:
    """The store with HISTORY imported (through the library, not the CLI)."""
    store.import_events(stream(*history_events()))
    assert store.event_count() == len(HISTORY)
    return store


# -- helpers ---------------------------------------------------------------------------


def ok(result: Any) -> str:
    """The stdout of a successful command (which wrote nothing to stderr)."""
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert result.stderr == "", result.stderr
    return result.stdout


def assert_error(result: Any, code: int) -> str:
    """An error: the exit code, nothing on stdout, one ``error:`` line on stderr."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def event_count(db: str) -> int:
    """Events in the database (0 when it does not exist or has no schema yet)."""
    try:
        with evtcli.open_store(db) as opened:
            return opened.event_count()
    except (DatabaseMissing, NotAnEvtcliDatabase):
        return 0


def refused(cli: Cli, code: int, *args: str, input: str | bytes | None = None) -> str:
    """Run a command that must fail with ``code``, write nothing and say so in one line."""
    before = event_count(cli.db)
    line = assert_error(cli(*args, input=input), code)
    assert event_count(cli.db) == before
    return line


def create(cli: Cli, name: str, email: str, *options: str, password: str = PASSWORD) -> str:
    """``user create`` through the CLI (real argon2); returns the printed id."""
    result = cli("user", "create", "--name", name, "--email", email, "--password-stdin", *options,
                 input=password + "\n")
    out = ok(result)
    assert UUID.fullmatch(out.rstrip("\n")) and out.endswith("\n") and out.count("\n") == 1, out
    return out.strip()


def exported(cli: Cli, *args: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in ok(cli("events", "export", *args)).splitlines()]


def password_hash(cli: Cli, user_id: str) -> str:
    """The user's password hash, as the store holds it for sign-in checks."""
    with evtcli.open_store(cli.db) as store:
        return store.get_stream("user", user_id).password_hash


def tailed(cli: Cli, *args: str) -> list[dict[str, Any]]:
    out = ok(cli("events", "tail", "--json", *args))
    return [json.loads(line) for line in out.splitlines()]


def as_json(cli: Cli, *args: str) -> Any:
    return json.loads(ok(cli(*args, "--json")))


def execute(store: Store, statement: str, **params: Any) -> None:
    """Change the database behind evtcli's back."""
    with store.engine.begin() as conn:
        conn.execute(text(statement), params)


# -- init --------------------------------------------------------------------------------


def test_init_creates_the_schema_and_is_idempotent(cli: Cli) -> None:
    first = ok(cli("init"))
    assert "ready" in first and "0 events" in first
    assert ok(cli("init")) == first
    assert as_json(cli, "projection", "list")[0]["head"] == 0
    assert event_count(cli.db) == 0


def test_init_keeps_an_existing_history(cli: Cli, history: Store) -> None:
    out = ok(cli("init"))
    assert f"{len(HISTORY)} events" in out
    assert history.event_count() == len(HISTORY)
    assert len(exported(cli)) == len(HISTORY)


def test_sqlite_init_creates_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    ok(Cli(str(path))("init"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- user create -------------------------------------------------------------------------


def test_user_create_prints_only_the_new_id(cli: Cli) -> None:
    user_id = create(cli, "  Ada Lovelace ", "Ada@Example.COM")
    shown = as_json(cli, "user", "show", user_id)
    assert shown["id"] == user_id
    assert shown["name"] == "Ada Lovelace"  # trimmed
    assert shown["email"].lower() == "ada@example.com"
    assert shown["deleted"] is False and shown["version"] == 1
    (event,) = exported(cli)
    assert (event["type"], event["aggregate_id"], event["version"], event["position"]) == ("Created", user_id, 1, 1)
    assert event["metadata"]["command"] == "user create"
    assert event["metadata"]["actor"]
    assert "correlation_id" not in event["metadata"] and "causation_id" not in event["metadata"]
    assert event["payload"]["password_hash"].startswith("aesgcm:")  # sealed (§9)
    assert CHEAP_HASHER.verify(PASSWORD, password_hash(cli, user_id))


def test_user_create_stores_correlation_and_causation_ids(cli: Cli) -> None:
    user_id = create(cli, "Ada", "ada@example.com", "--correlation-id", "req-42", "--causation-id", "cmd-7")
    (event,) = tailed(cli, "--id", user_id)
    assert event["metadata"]["correlation_id"] == "req-42"
    assert event["metadata"]["causation_id"] == "cmd-7"
    assert event["metadata"]["command"] == "user create"


@pytest.mark.parametrize(
    ("stdin", "password"),
    [("pass word 1\n", "pass word 1"), ("pass word 2\r\n", "pass word 2")],
    ids=["one-newline", "crlf"],  # more than one line is refused: test_input.py
)
def test_password_stdin_strips_exactly_one_trailing_newline(cli: Cli, stdin: str, password: str) -> None:
    result = cli("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", input=stdin)
    user_id = ok(result).strip()
    stored = password_hash(cli, user_id)
    assert CHEAP_HASHER.verify(password, stored)
    assert not CHEAP_HASHER.verify(stdin, stored)
    assert not CHEAP_HASHER.verify(password.rstrip("\n") + "x", stored)


@pytest.mark.parametrize(
    ("name", "email", "password"),
    [
        ("", "new@example.com", PASSWORD),
        ("   ", "new@example.com", PASSWORD),
        ("x" * 201, "new@example.com", PASSWORD),
        ("Tab\tName", "new@example.com", PASSWORD),
        ("Del\x7fName", "new@example.com", PASSWORD),
        ("Ada", "not-an-email", PASSWORD),
        ("Ada", "ada@", PASSWORD),
        ("Ada", "new@example.com", "s3cr3t!"),
        ("Ada", "TAKEN@example.com", PASSWORD),
    ],
    ids=["empty-name", "blank-name", "long-name", "tab", "del", "bad-email", "no-domain", "short-password",
         "taken-email-other-case"],
)
def test_user_create_refusals_write_nothing(cli: Cli, store: Store, name: str, email: str, password: str) -> None:
    store.create_user("Taken", "taken@example.com", "another password")
    line = refused(cli, 1, "user", "create", "--name", name, "--email", email, "--password-stdin",
                   input=password + "\n")
    assert password not in line
    assert len(store.list_streams("user", "all")) == 1


def test_user_create_asks_for_a_terminal_without_password_stdin(cli: Cli) -> None:
    line = refused(cli, 2, "user", "create", "--name", "Ada", "--email", "ada@example.com", input="pw-on-stdin\n")
    assert "--password-stdin" in line


def test_user_create_needs_name_and_email(cli: Cli) -> None:
    refused(cli, 2, "user", "create", "--email", "ada@example.com", "--password-stdin", input=PASSWORD)
    refused(cli, 2, "user", "create", "--name", "Ada", "--password-stdin", input=PASSWORD)


# -- user destroy ------------------------------------------------------------------------


def test_user_destroy_soft_deletes_and_frees_the_email(cli: Cli, store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    out = ok(cli("user", "destroy", "ADA@example.com", "--correlation-id", "c-1", "--causation-id", "x-1"))
    assert ada in out
    shown = as_json(cli, "user", "show", ada)
    assert shown["deleted"] is True and shown["version"] == 2 and shown["deleted_at"]
    assert [u["id"] for u in as_json(cli, "user", "list", "--deleted")] == [ada]
    (event,) = exported(cli, "--since", "1")
    assert (event["type"], event["aggregate_id"], event["version"]) == ("Destroyed", ada, 2)
    assert event["payload"] == {}
    assert event["metadata"]["command"] == "user destroy"
    assert (event["metadata"]["correlation_id"], event["metadata"]["causation_id"]) == ("c-1", "x-1")
    again = create(cli, "Ada Again", "ada@example.com")
    assert again != ada
    assert as_json(cli, "user", "show", "ada@example.com")["id"] == again


def test_user_destroy_keeps_the_reason(cli: Cli, store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    ok(cli("user", "destroy", ada[:8], "--reason", "asked to be forgotten"))
    (event,) = exported(cli, "--since", "1")
    assert event["payload"] == {"reason": "asked to be forgotten"}


def test_user_destroy_with_the_wrong_expected_version_is_a_conflict(cli: Cli, store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    for wrong in ("0", "2"):
        line = refused(cli, 3, "user", "destroy", ada, "--expected-version", wrong)
        assert ada in line
    assert as_json(cli, "user", "show", ada)["deleted"] is False
    ok(cli("user", "destroy", ada, "--expected-version", "1"))
    assert as_json(cli, "user", "show", ada)["version"] == 2


def test_user_destroy_twice_is_refused(cli: Cli, store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    ok(cli("user", "destroy", ada))
    line = refused(cli, 1, "user", "destroy", ada)
    assert ada in line
    # The email no longer names a live user.
    refused(cli, 1, "user", "destroy", "ada@example.com")


def test_user_destroy_expected_version_must_be_a_number(cli: Cli, store: Store) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    refused(cli, 2, "user", "destroy", ada, "--expected-version", "one")


# -- user list ---------------------------------------------------------------------------


def test_user_list_live_deleted_and_all(cli: Cli, history: Store) -> None:
    ids = {who: IDS[who] for who in IDS}
    assert sorted(u["id"] for u in as_json(cli, "user", "list")) == sorted(ids[w] for w in LIVE)
    assert sorted(u["id"] for u in as_json(cli, "user", "list", "--deleted")) == sorted(ids[w] for w in DESTROYED)
    everyone = as_json(cli, "user", "list", "--all")
    assert sorted(u["id"] for u in everyone) == sorted(ids.values())
    assert {u["id"]: u["deleted"] for u in everyone} == {IDS[w]: w in DESTROYED for w in IDS}


def test_user_list_human_table(cli: Cli, history: Store) -> None:
    out = ok(cli("user", "list"))
    for who in LIVE:
        assert IDS[who] in out and f"{who}@example.com" in out
    for who in DESTROYED:
        assert IDS[who] not in out
    assert f"{len(LIVE)} users" not in out  # the count is for a terminal (test_listings)
    assert FAKE_HASH not in out and "password" not in out


def test_user_list_of_an_empty_store(cli: Cli, store: Store) -> None:
    assert as_json(cli, "user", "list") == []
    assert ok(cli("user", "list")) == ""  # piped: rows only, and there are none


def test_user_list_deleted_and_all_are_mutually_exclusive(cli: Cli, history: Store) -> None:
    line = refused(cli, 2, "user", "list", "--deleted", "--all")
    assert "--deleted" in line and "--all" in line


# -- user show ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference",
    ["bbbb3333-0000-4000-8000-000000000003", "BBBB3333-0000-4000-8000-000000000003", "bbbb", "bbbb3333-00",
     "bob@example.com", "BOB@Example.Com"],
)
def test_user_show_by_id_prefix_or_email(cli: Cli, history: Store, reference: str) -> None:
    shown = as_json(cli, "user", "show", reference)
    assert shown["id"] == IDS["bob"] and shown["email"] == "bob@example.com" and shown["name"] == "Bob"
    human = ok(cli("user", "show", reference))
    assert IDS["bob"] in human and "live" in human


def test_user_show_a_destroyed_user_by_id(cli: Cli, history: Store) -> None:
    shown = as_json(cli, "user", "show", IDS["alan"])
    assert shown["deleted"] is True and shown["version"] == 2
    human = ok(cli("user", "show", IDS["alan"][:8]))
    assert "destroyed" in human and "alan left" in human
    # An email no one holds resolves the destroyed user whose email it was.
    assert as_json(cli, "user", "show", "alan@example.com")["id"] == IDS["alan"]


@pytest.mark.parametrize("reference", ["bbb", "b", "zzzz", "nobody@example.com", "ffff7778"])
def test_user_show_unknown_or_too_short(cli: Cli, history: Store, reference: str) -> None:
    line = refused(cli, 1, "user", "show", reference)
    assert reference in line


@pytest.mark.parametrize(("prefix", "matches"), [("aaaa", ["ada", "alan"]), ("ABCD", ["gus", "hal"])])
def test_user_show_ambiguous_prefix_lists_the_matches(cli: Cli, history: Store, prefix: str, matches: list[str]) -> None:
    line = refused(cli, 1, "user", "show", prefix)
    for who in matches:
        assert IDS[who] in line
    assert "ambiguous" in line or "matches" in line


# -- fold user ---------------------------------------------------------------------------


def test_fold_user_reads_the_log_not_the_projection(cli: Cli, history: Store) -> None:
    execute(history, "UPDATE users SET name = 'Mallory' WHERE id = :id", id=IDS["bob"])
    assert as_json(cli, "user", "show", IDS["bob"])["name"] == "Mallory"
    folded = as_json(cli, "fold", "user", IDS["bob"])
    assert folded["name"] == "Bob" and folded["id"] == IDS["bob"]
    assert "Bob" in ok(cli("fold", "user", "bbbb"))


def test_fold_user_as_of_a_version(cli: Cli, history: Store) -> None:
    now = as_json(cli, "fold", "user", IDS["alan"])
    assert (now["version"], now["deleted"]) == (2, True)
    then = as_json(cli, "fold", "user", IDS["alan"], "--version", "1")
    assert (then["version"], then["deleted"], then["deleted_at"]) == (1, False, None)
    line = refused(cli, 1, "fold", "user", IDS["alan"], "--version", "3")
    assert "3" in line
    refused(cli, 1, "fold", "user", IDS["alan"], "--version", "0")


@pytest.mark.parametrize(
    ("time", "version"),
    [
        ("2026-01-01T10:02:00Z", 1),  # the Created event itself (at or before)
        ("2026-01-01T10:06:59Z", 1),
        ("2026-01-01T10:06:59", 1),  # no zone means UTC
        ("2026-01-01T10:07:00", 2),
        ("2026-01-01T11:06:00+01:00", 1),
        ("2026-01-01T11:07:00+01:00", 2),
        ("2027-06-01T00:00:00Z", 2),
    ],
)
def test_fold_user_as_of_a_time(cli: Cli, history: Store, time: str, version: int) -> None:
    # alan is created at 10:02 and destroyed at 10:07.
    folded = as_json(cli, "fold", "user", IDS["alan"], "--at", time)
    assert folded["version"] == version and folded["deleted"] is (version == 2)


@pytest.mark.parametrize("time", ["2026-01-01T10:01:59Z", "2026-01-01T11:01:00+02:00", "1999-12-31"])
def test_fold_user_before_the_user_existed_is_refused(cli: Cli, history: Store, time: str) -> None:
    line = refused(cli, 1, "fold", "user", IDS["alan"], "--at", time)
    assert IDS["alan"] in line


def test_fold_user_refusals(cli: Cli, history: Store) -> None:
    line = refused(cli, 2, "fold", "user", IDS["alan"], "--at", "2026-01-01T10:05:00Z", "--version", "1")
    assert "--at" in line and "--version" in line
    refused(cli, 2, "fold", "user", IDS["alan"], "--at", "yesterday-ish")  # a bad option value
    refused(cli, 1, "fold", "user", "aaaa")  # ambiguous
    refused(cli, 1, "fold", "user", "aaa")  # too short
    refused(cli, 1, "fold", "user", "99999999-0000-4000-8000-000000000000")
    refused(cli, 2, "fold", "user", IDS["alan"], "--version", "two")
    refused(cli, 2, "fold", "user")


# -- events tail -------------------------------------------------------------------------


def test_events_tail_defaults_to_the_last_ten_in_position_order(cli: Cli, history: Store) -> None:
    events = tailed(cli)
    assert [e["position"] for e in events] == list(range(len(HISTORY) - 9, len(HISTORY) + 1))
    assert [(e["type"], e["aggregate_id"]) for e in events] == [(k, IDS[w]) for k, w in HISTORY[-10:]]
    human = ok(cli("events", "tail")).splitlines()
    assert len(human) == 10
    for line, (kind, who) in zip(human, HISTORY[-10:]):
        assert kind in line and IDS[who] in line


def test_events_tail_n(cli: Cli, history: Store) -> None:
    assert [e["position"] for e in tailed(cli, "-n", "3")] == [10, 11, 12]
    assert [e["position"] for e in tailed(cli, "--lines", "1")] == [12]
    assert tailed(cli, "-n", "0") == []
    assert len(tailed(cli, "-n", "100")) == len(HISTORY)
    refused(cli, 2, "events", "tail", "-n", "-1")


def test_events_tail_filters_then_takes_the_last_n_matching(cli: Cli, history: Store) -> None:
    destroyed_events = tailed(cli, "--type", "Destroyed")
    assert [(e["position"], e["aggregate_id"]) for e in destroyed_events] == [
        (7, IDS["alan"]), (9, IDS["cy"]), (11, IDS["eve"])
    ]
    last_two = tailed(cli, "--type", "Destroyed", "-n", "2")
    assert [e["aggregate_id"] for e in last_two] == [IDS["cy"], IDS["eve"]]
    created_events = tailed(cli, "--type", "Created", "-n", "2", "--aggregate", "user")
    assert [e["aggregate_id"] for e in created_events] == [IDS["gus"], IDS["hal"]]
    assert len(tailed(cli, "--type", "Created", "--type", "Destroyed", "-n", "50")) == len(HISTORY)
    assert len(tailed(cli, "--aggregate", "user", "-n", "50")) == len(HISTORY)


def test_events_tail_by_aggregate_id(cli: Cli, history: Store) -> None:
    for reference in (IDS["cy"], "cccc", "cccc4444-0000"):
        events = tailed(cli, "--id", reference)
        assert [(e["version"], e["type"]) for e in events] == [(1, "Created"), (2, "Destroyed")]
        assert {e["aggregate_id"] for e in events} == {IDS["cy"]}
    only = tailed(cli, "--id", IDS["cy"], "-n", "1", "--type", "Created")
    assert [(e["position"], e["type"]) for e in only] == [(4, "Created")]


def test_events_tail_refusals(cli: Cli, history: Store) -> None:
    line = refused(cli, 2, "events", "tail", "--type", "Archived")  # bad option values name the accepted ones
    assert "Archived" in line and "Forgotten" in line and "Renamed" in line
    line = refused(cli, 2, "events", "tail", "--aggregate", "account")
    assert "account" in line and "user" in line
    refused(cli, 1, "events", "tail", "--id", "aaaa")  # ambiguous
    refused(cli, 1, "events", "tail", "--id", "9999")  # unknown


def test_events_tail_never_shows_password_hashes(cli: Cli, history: Store) -> None:
    for args in ((), ("--json",), ("-n", "50"), ("-n", "50", "--json")):
        out = ok(cli("events", "tail", *args))
        assert FAKE_HASH not in out and "password_hash" not in out
    payloads = [e["payload"] for e in tailed(cli, "--type", "Created", "-n", "50")]
    assert payloads and all(set(p) == {"name", "email"} for p in payloads)


# -- events import / export (the formats are covered in test_jsonl.py) ---------------------


def test_events_import_and_export(cli: Cli, store: Store, tmp_path: Path) -> None:
    source = tmp_path / "history.jsonl"
    source.write_bytes(jsonl(*history_events()))
    summary = as_json(cli, "events", "import", str(source))
    assert (summary["read"], summary["appended"], summary["skipped"]) == (len(HISTORY), len(HISTORY), 0)
    assert store.event_count() == len(HISTORY)
    again = json.loads(ok(cli("events", "import", "--json", "-", input=source.read_bytes())))
    assert (again["appended"], again["skipped"]) == (0, len(HISTORY))
    assert "appended" in ok(cli("events", "import", str(source)))
    events = exported(cli)
    assert [e["position"] for e in events] == list(range(1, len(HISTORY) + 1))
    assert [(e["type"], e["aggregate_id"]) for e in events] == [(k, IDS[w]) for k, w in HISTORY]
    assert all(e["metadata"]["command"] == "events import" for e in events)
    # The export is the data: password hashes included.
    assert [e["payload"]["password_hash"] for e in events if e["type"] == "Created"] == [FAKE_HASH] * 9
    assert [e["position"] for e in exported(cli, "--since", "9")] == [10, 11, 12]
    assert [e["version"] for e in exported(cli, "--id", "eeee")] == [1, 2]
    assert len(exported(cli, "--aggregate", "user")) == len(HISTORY)
    assert exported(cli, "--since", "12") == []


def test_events_import_refusals_write_nothing(cli: Cli, store: Store, tmp_path: Path) -> None:
    assert "nowhere.jsonl" in refused(cli, 1, "events", "import", str(tmp_path / "nowhere.jsonl"))
    bad = jsonl(*history_events()[:3], "{not json")
    assert "line 4" in refused(cli, 1, "events", "import", "-", input=bad)
    refused(cli, 2, "events", "import")
    refused(cli, 1, "events", "export", "--id", "9999")
    refused(cli, 2, "events", "export", "--since", "-1")


def test_sqlite_import_of_a_missing_file_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    assert_error(Cli(str(db))("events", "import", str(tmp_path / "nowhere.jsonl")), 1)
    assert list(tmp_path.iterdir()) == []


# -- replay ------------------------------------------------------------------------------


def users_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text("SELECT * FROM users ORDER BY id"))]


def test_replay_rebuilds_every_projection(cli: Cli, history: Store) -> None:
    before = users_rows(history)
    summary = as_json(cli, "replay")
    assert [p["name"] for p in summary["projections"]] == ["users", "groups", "group_members"]
    users = summary["projections"][0]
    assert (users["name"], users["events"], users["rows"], users["checkpoint"]) == (
        "users", len(HISTORY), len(IDS), len(HISTORY)
    )
    assert users_rows(history) == before
    assert "users" in ok(cli("replay", "--projection", "users"))
    assert users_rows(history) == before


def test_replay_of_an_unknown_projection_is_a_usage_error(cli: Cli, history: Store) -> None:
    assert "users" in refused(cli, 2, "replay", "--projection", "accounts")  # names the accepted values
    assert "accounts" in refused(cli, 2, "replay", "--projection", "accounts", "--verify")


def test_replay_verify_reports_drift_without_writing(cli: Cli, history: Store) -> None:
    assert "no drift" in ok(cli("replay", "--verify"))
    clean = as_json(cli, "replay", "--verify", "--projection", "users")
    assert clean["drift"] is False and clean["differences"] == []

    execute(history, "UPDATE users SET name = 'Mallory' WHERE id = :id", id=IDS["dee"])
    tampered = users_rows(history)
    result = cli("replay", "--verify")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert IDS["dee"] in result.stdout and "Mallory" in result.stdout
    drift = cli("replay", "--verify", "--json")
    assert drift.exit_code == 1
    report = json.loads(drift.stdout)
    assert report["drift"] is True
    assert [(d["key"], d["field"], d["live"], d["fresh"]) for d in report["differences"]] == [
        (IDS["dee"], "name", "Mallory", "Dee")
    ]
    assert users_rows(history) == tampered  # --verify changed nothing

    ok(cli("replay"))
    assert as_json(cli, "user", "show", IDS["dee"])["name"] == "Dee"
    assert ok(cli("replay", "--verify")).startswith("no drift")


def test_replay_verify_never_shows_a_password_hash(cli: Cli, history: Store) -> None:
    execute(history, "UPDATE users SET password_hash = '$argon2id$v=19$forged$hash' WHERE id = :id", id=IDS["ada"])
    for args in ((), ("--json",)):
        result = cli("replay", "--verify", *args)
        assert result.exit_code == 1
        assert IDS["ada"] in result.stdout
        assert "forged" not in result.stdout and FAKE_HASH not in result.stdout


# -- projection list ---------------------------------------------------------------------


def test_projection_list(cli: Cli, history: Store) -> None:
    users, groups, members = as_json(cli, "projection", "list")
    assert (groups["name"], groups["rows"], members["name"], members["rows"]) == ("groups", 0, "group_members", 0)
    assert set(users) == {"name", "checkpoint", "head", "lag", "rows", "version", "stale"}
    assert users["name"] == "users"
    assert (users["checkpoint"], users["head"], users["lag"], users["rows"]) == (len(HISTORY), len(HISTORY), 0, len(IDS))
    assert isinstance(users["version"], int) and users["stale"] is False
    human = ok(cli("projection", "list"))
    assert "users" in human and "stale" in human


def test_projection_list_reports_lag_and_staleness_until_replayed(cli: Cli, history: Store) -> None:
    current = as_json(cli, "projection", "list")[0]
    execute(history, "UPDATE projection_checkpoints SET version = :v, position = 5 WHERE name = 'users'",
            v=current["version"] + 1)
    users, groups, _ = as_json(cli, "projection", "list")
    assert users["stale"] is True and (users["checkpoint"], users["lag"]) == (5, len(HISTORY) - 5)
    assert groups["stale"] is False and groups["lag"] == 0
    assert "replay" in ok(cli("projection", "list"))
    ok(cli("replay"))
    users = as_json(cli, "projection", "list")[0]
    assert users["stale"] is False and users["lag"] == 0 and users["version"] == current["version"]


# -- verify ------------------------------------------------------------------------------


def test_verify_a_clean_store(cli: Cli, history: Store) -> None:
    out = ok(cli("verify"))
    assert out.startswith("ok:") and f"{len(HISTORY)} events" in out
    report = as_json(cli, "verify")
    assert report["ok"] is True and report["events"] == len(HISTORY) and report["problems"] == []


def test_verify_finds_a_projection_out_of_step(cli: Cli, history: Store) -> None:
    execute(history, "DELETE FROM users WHERE id = :id", id=IDS["fay"])
    result = cli("verify")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert IDS["fay"] in result.stdout
    report = json.loads(cli("verify", "--json").stdout)
    assert report["ok"] is False and report["problems"]


# -- every data command's --json ---------------------------------------------------------

JSON_COMMANDS = [
    ("user", "list"),
    ("user", "list", "--all"),
    ("user", "list", "--deleted"),
    ("user", "show", IDS["ada"]),
    ("user", "show", IDS["alan"]),
    ("fold", "user", IDS["ada"]),
    ("fold", "user", IDS["alan"], "--version", "1"),
    ("projection", "list"),
    ("replay",),
    ("replay", "--verify"),
    ("verify",),
]


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
def test_json_output_is_one_document_without_password_hashes(cli: Cli, history: Store, args: tuple[str, ...]) -> None:
    out = ok(cli(*args, "--json"))
    json.loads(out)
    assert "password_hash" not in out and FAKE_HASH not in out and "$argon2" not in out


@pytest.mark.parametrize("args", [("events", "tail", "-n", "50"), ("events", "tail", "--type", "Created")])
def test_json_lines_output_without_password_hashes(cli: Cli, history: Store, args: tuple[str, ...]) -> None:
    out = ok(cli(*args, "--json"))
    lines = out.splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)
    assert "password_hash" not in out and FAKE_HASH not in out


def test_export_is_the_only_output_with_password_hashes(cli: Cli, history: Store) -> None:
    out = ok(cli("events", "export"))
    assert out.count(FAKE_HASH) == len(IDS)
    assert all(json.loads(line) for line in out.splitlines())


# -- errors ------------------------------------------------------------------------------

REFUSALS = [
    (1, ("user", "show", "9999")),
    (1, ("user", "show", "aaaa")),
    (1, ("user", "show", "abc")),
    (1, ("user", "destroy", "9999")),
    (1, ("user", "destroy", IDS["alan"])),
    (1, ("user", "destroy", "aaaa", "--reason", "ambiguous")),
    (1, ("user", "destroy", IDS["ada"], "--reason", "\x07")),
    (3, ("user", "destroy", IDS["ada"], "--expected-version", "7")),
    (2, ("user", "list", "--all", "--deleted")),
    (1, ("fold", "user", "9999")),
    (1, ("fold", "user", IDS["ada"], "--at", "2020-01-01")),
    (2, ("fold", "user", IDS["ada"], "--at", "2026-01-01", "--version", "1")),
    (2, ("events", "tail", "--type", "Archived")),
    (2, ("events", "tail", "--aggregate", "order")),
    (2, ("events", "export", "--aggregate", "order")),
    (2, ("replay", "--projection", "nope")),
    (2, ("verify", "--limit", "0")),
    (2, ("replay", "--frobnicate")),
]


@pytest.mark.parametrize(("code", "args"), REFUSALS, ids=[" ".join(a) for _, a in REFUSALS])
def test_every_error_is_one_line_with_its_exit_code_and_writes_nothing(
    cli: Cli, history: Store, code: int, args: tuple[str, ...]
) -> None:
    before = users_rows(history)
    refused(cli, code, *args)
    assert users_rows(history) == before


READ_COMMANDS = [
    ("user", "list"),
    ("user", "list", "--json"),
    ("user", "show", "abcd"),
    ("fold", "user", "abcd"),
    ("events", "tail"),
    ("events", "tail", "-f"),
    ("events", "export"),
    ("projection", "list"),
    ("replay", "--verify"),
    ("verify",),
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=" ".join)
def test_sqlite_read_commands_on_a_missing_file_create_nothing(tmp_path: Path, args: tuple[str, ...]) -> None:
    db = tmp_path / "missing.db"
    line = assert_error(Cli(str(db))(*args), 1)
    assert "no database" in line and "init" in line
    assert list(tmp_path.iterdir()) == []


def test_sqlite_write_commands_create_a_missing_file(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    assert "replayed users: 0 events" in ok(Cli(str(db))("replay"))
    assert db.exists() and stat.S_IMODE(db.stat().st_mode) == 0o600
    assert as_json(Cli(str(db)), "user", "list") == []


# -- global options, help and usage errors -----------------------------------------------


def command_paths() -> Iterator[tuple[str, ...]]:
    """Every command and group below the root, as argument paths."""

    def walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        yield path
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, path + (name,))

    yield from walk(get_command(app), ())


ALL_PATHS = list(command_paths())


def test_the_help_walk_covers_every_command_of_the_spec() -> None:
    expected = {
        ("init",), ("user", "create"), ("user", "destroy"), ("user", "list"), ("user", "show"),
        ("fold", "user"), ("events", "tail"), ("events", "import"), ("events", "export"),
        ("replay",), ("projection", "list"), ("verify",),
    }
    assert expected <= set(ALL_PATHS)


@pytest.mark.parametrize("path", ALL_PATHS, ids=lambda p: " ".join(p) or "evtcli")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_on_every_command(tmp_path: Path, path: tuple[str, ...], flag: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), *path, flag])
    out = ok(result)
    assert out.startswith("Usage: ") and " ".join(("evtcli",) + path) in out.splitlines()[0]
    assert "╭" not in out and "│" not in out
    command: Any = get_command(app)
    for name in path:
        command = command.commands[name]
    assert command.get_short_help_str().strip(), f"{' '.join(path)} has no help text"
    assert list(tmp_path.iterdir()) == []


USAGE_ERRORS = [
    ("bogus",),
    ("user", "frobnicate"),
    ("user", "list", "--colour"),
    ("user", "show"),
    ("user", "destroy"),
    ("fold", "user"),
    ("fold", "user", "abcd", "--version", "x"),
    ("events", "tail", "-n", "many"),
    ("events", "tail", "-n"),
    ("events", "export", "--since", "later"),
    ("--no-such-global", "init"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=" ".join)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), *args])
    line = assert_error(result, 2)
    assert "╭" not in result.stderr and "│" not in result.stderr and "Usage:" not in result.stderr
    assert "--help" in line
    assert list(tmp_path.iterdir()) == []


def test_a_bug_is_an_internal_error_with_exit_70(cli: Cli, history: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from evtcli.projections.users import UsersProjection

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(UsersProjection, "apply", broken)
    before = event_count(cli.db)
    line = assert_error(cli("user", "rename", IDS["ada"], "--name", "Ada L"), 70)
    assert line == "error: internal error (RuntimeError); rerun with EVTCLI_DEBUG=1 and report it"
    assert event_count(cli.db) == before
    with pytest.raises(RuntimeError, match="nobody expected"):  # EVTCLI_DEBUG=1 lets it through
        cli("user", "rename", IDS["ada"], "--name", "Ada L", env={"EVTCLI_DEBUG": "1"})


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert ok(result) == f"evtcli {evtcli.__version__}\n"


def test_db_from_the_environment(cli: Cli, history: Store) -> None:
    result = CliRunner().invoke(app, ["user", "list", "--json"], env={"EVTCLI_DB": cli.db})
    assert sorted(u["id"] for u in json.loads(ok(result))) == sorted(IDS[w] for w in LIVE)
