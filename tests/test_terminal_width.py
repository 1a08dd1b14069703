"""Tables at real terminals of 40, 80, 100 and 120 columns, and in pipes (SPEC §10)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import run_evtcli
from terminal import run_on_terminal

SAMPLE = Path(__file__).resolve().parent.parent / "sample_events.jsonl"
ID = re.compile(r"^[0-9a-f]{8,}(?:-[0-9a-f-]*)?$")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("sample") / "evtcli.db")
    assert run_evtcli("events", "import", str(SAMPLE), db=db).returncode == 0
    return db


@pytest.fixture(scope="module")
def sample_users(sample_db: str) -> list[dict]:
    return json.loads(run_evtcli("user", "list", "--all", "--json", db=sample_db).stdout)


@pytest.mark.parametrize("columns", [40, 80, 100, 120])
def test_user_list_fits_the_terminal_and_keeps_ids_and_emails_whole(
    sample_db: str, sample_users: list[dict], columns: int
) -> None:
    code, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", columns=columns)
    assert code == 0
    assert lines and all(len(line) <= columns for line in lines), lines
    assert not any(line.endswith(" ") for line in lines)
    text = "\n".join(lines)
    assert "…" not in text
    for user in sample_users:
        assert user["email"] in text  # on one line, never cut
        assert user["id"] not in text  # shortened on a terminal
        assert re.search(rf"\b{user['id'][:8]}", text)
    if columns >= 80:  # a table: no name is split when there is room
        assert lines[0].split()[:3] == ["id", "name", "email"]
    if columns >= 100:
        for user in sample_users:
            assert user["name"] in text


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_a_short_id_shown_in_a_table_resolves_with_user_show(sample_db: str, columns: int) -> None:
    _, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", columns=columns)
    shown = [word for line in lines for word in line.split() if ID.match(word)]
    assert len(shown) > 40 and all(8 <= len(word) < 36 for word in shown)
    for short in shown[:5]:
        found = run_evtcli("user", "show", short, "--json", db=sample_db)
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["id"].startswith(short)


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_user_show_never_cuts_the_id_or_email(sample_db: str, sample_users: list[dict], columns: int) -> None:
    user = max(sample_users, key=lambda u: len(u["email"]) if u["status"] == "live" else 0)
    code, lines = run_on_terminal("--db", sample_db, "user", "show", user["id"], columns=columns)
    assert code == 0
    assert all(len(line) <= columns for line in lines), lines
    text = "\n".join(lines)
    assert user["id"] in text and user["email"] in text and "…" not in text


def test_full_ids_on_a_terminal(sample_db: str, sample_users: list[dict]) -> None:
    _, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", "--full-ids", columns=200)
    text = "\n".join(lines)
    assert all(user["id"] in text for user in sample_users)


def test_columns_is_respected_on_a_dumb_terminal(sample_db: str) -> None:
    """The terminal says 80 (TIOCSWINSZ); COLUMNS=160 wins, as it does for the shell."""
    _, narrow = run_on_terminal("--db", sample_db, "user", "list", columns=80, env={"TERM": "dumb"})
    _, wide = run_on_terminal(
        "--db", sample_db, "user", "list", columns=80, env={"TERM": "dumb", "COLUMNS": "160"}
    )
    assert max(map(len, narrow)) <= 80 < max(map(len, wide)) <= 160
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", "\n".join(wide))  # full timestamps fit


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_other_tables_fit_and_keep_short_ids_that_resolve(sample_db: str, columns: int) -> None:
    for args in (["group", "list", "--all"], ["projection", "list"], ["group", "show", "admins"]):
        code, lines = run_on_terminal("--db", sample_db, *args, columns=columns)
        assert code == 0, args
        assert all(len(line) <= columns for line in lines), (args, lines)
        assert not any(line.endswith(" ") for line in lines), args
        assert "…" not in "\n".join(lines)
    # An event is one line, wrapped by the terminal where it is long, never broken
    # by evtcli: a copied id or value comes out whole.
    code, lines = run_on_terminal("--db", sample_db, "events", "tail", columns=columns)
    assert code == 0 and len(lines) == 10, lines
    assert all(not line.endswith(" ") and "…" not in line for line in lines)
    assert all(re.search(r'user_id="[0-9a-f-]{36}"', line) for line in lines if "Member" in line)
    short = lines[-1].split()[4]  # position, time, type, aggregate, id
    assert 8 <= len(short) < 36
    assert run_evtcli("events", "tail", "--id", short, db=sample_db).returncode == 0


def test_group_show_says_at_a_terminal_how_many_more_members_there_are(sample_db: str) -> None:
    """The sample's admins have 6 members. The line about the rest is for the person at
    the terminal: on stderr, and not there when stderr is a pipe; stdout has rows only."""
    code, lines = run_on_terminal("--db", sample_db, "group", "show", "admins", "--limit", "2", columns=80, stderr_too=True)
    assert code == 0 and all(len(line) <= 80 for line in lines), lines
    assert lines[-1] == "… and 4 more: --offset 2, --limit N, --all or --search TEXT"
    assert len([line for line in lines if line.startswith("  ")]) == 2
    _, searched = run_on_terminal(
        "--db", sample_db, "group", "show", "admins", "--search", "nobody at all", columns=80, stderr_too=True
    )
    assert searched[-1] == "no member's name or email holds 'nobody at all'"
    _, quiet = run_on_terminal("--db", sample_db, "group", "show", "admins", "--limit", "2", columns=80)
    assert not quiet[-1].startswith("…")  # stdout is the terminal, stderr a pipe
    piped = run_evtcli("group", "show", "admins", "--limit", "2", db=sample_db)
    assert (piped.returncode, piped.stderr) == (0, "")
    members = [line.split()[0] for line in piped.stdout.splitlines() if line.startswith("  ")]
    assert len(members) == 2 and all(len(member) == 36 for member in members)


def test_piped_tables_show_full_ids_and_no_trailing_spaces(sample_db: str, sample_users: list[dict]) -> None:
    for args in (
        ["user", "list", "--all"], ["group", "list", "--all"], ["group", "show", "admins"],
        ["user", "show", sample_users[1]["id"]], ["projection", "list"], ["events", "tail"],
    ):
        piped = run_evtcli(*args, db=sample_db, env={"COLUMNS": "40"})
        assert piped.returncode == 0, args
        lines = piped.stdout.splitlines()
        assert not [line for line in lines if line != line.rstrip()], args
    listed = run_evtcli("user", "list", "--all", db=sample_db, env={"COLUMNS": "40"}).stdout
    assert all(user["id"] in listed for user in sample_users)
    # Never laid out for a width: one line per user, however narrow COLUMNS says.
    assert len(listed.splitlines()) == len(sample_users) + 2
