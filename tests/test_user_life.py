"""The user's whole life (§7) at the command line and in the library, on every backend.

The fold's own rules (which status each event may follow, payloads that would change
nothing) are tested on plain values in test_domain.py; here are what only a store
shows: commands, their output and exit codes, that a refusal writes nothing, the
email claim, USER resolution, check-password and history.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from evtcli.api import Store
from evtcli.domain.passwords import PasswordHasher
from evtcli.errors import AmbiguousReference, PasswordMismatch, RuleViolation

from conftest import CHEAP_HASHER, Cli
from test_cli import assert_error, ok, refused

PASSWORD = "correct horse battery"


def rows(store: Store) -> list[tuple[Any, ...]]:
    """The projection and the log, to show that a refusal changed neither."""
    with store.engine.connect() as conn:
        users = [tuple(row) for row in conn.execute(text("SELECT * FROM users ORDER BY id"))]
        events = [tuple(row) for row in conn.execute(text("SELECT * FROM user_events ORDER BY position"))]
    return users + events


@pytest.fixture
def ada(store: Store) -> str:
    return store.create_user("Ada", "ada@example.com", PASSWORD)


# -- every command's happy path -------------------------------------------------------------


@pytest.mark.parametrize(
    "args, done, version, check",
    [
        (("rename", "{id}", "--name", "  Ada Lovelace "), "renamed", 2, lambda u: u["name"] == "Ada Lovelace"),
        (("change-email", "{id}", "--email", "Ada@Example.ORG"), "changed the email of", 2, lambda u: u["email"] == "Ada@example.org"),
        (("disable", "{id}", "--reason", "on leave"), "disabled", 2, lambda u: (u["status"], u["disabled_reason"]) == ("disabled", "on leave")),
        (("destroy", "{id}"), "destroyed", 2, lambda u: u["status"] == "destroyed" and u["deleted"]),
    ],
    ids=lambda value: value[0] if isinstance(value, tuple) else None,
)
def test_write_commands_say_what_happened(cli: Cli, store: Store, ada: str, args: tuple[str, ...], done: str, version: int, check: Any) -> None:
    out = ok(cli("user", *(arg.format(id=ada) for arg in args)))
    assert out == f"{done} user {ada} (version {version}, position {version})\n"
    assert check(json.loads(ok(cli("user", "show", ada, "--json"))))


def test_enable_and_restore(cli: Cli, store: Store, ada: str) -> None:
    store.disable_user(ada)
    assert ok(cli("user", "enable", "ada@example.com")) == f"enabled user {ada} (version 3, position 3)\n"
    store.destroy_user(ada, reason="left")
    assert ok(cli("user", "restore", ada[:8])) == f"restored user {ada} (version 5, position 5)\n"
    shown = json.loads(ok(cli("user", "show", ada, "--json")))
    assert (shown["status"], shown["email"], shown["deleted_at"], shown["deleted_reason"]) == ("live", "ada@example.com", None, None)


def test_change_password_stores_a_new_hash_only(cli: Cli, store: Store, ada: str) -> None:
    before = store.get_stream("user", ada).password_hash
    out = ok(cli("user", "change-password", ada, "--password-stdin", input="a brand new password\n"))
    assert out == f"changed the password of user {ada} (version 2, position 2)\n"
    after = store.get_stream("user", ada).password_hash
    assert after != before and PasswordHasher().verify("a brand new password", after)
    assert "a brand new password" not in "".join(str(row) for row in rows(store))


def test_json_prints_the_appended_event_as_tail_shows_it(cli: Cli, store: Store, ada: str) -> None:
    event = json.loads(ok(cli(
        "user", "rename", ada, "--name", "Ada L", "--json", "--expected-version", "1",
        "--correlation-id", "c-1", "--causation-id", "ticket-9",
    )))
    (tailed,) = [json.loads(line) for line in ok(cli("events", "tail", "-n", "1", "--json")).splitlines()]
    assert event == tailed
    assert (event["type"], event["version"], event["payload"]) == ("Renamed", 2, {"name": "Ada L"})
    assert event["metadata"] == {"actor": store.actor, "command": "user rename", "correlation_id": "c-1", "causation_id": "ticket-9"}
    hashed = json.loads(ok(cli("user", "change-password", ada, "--password-stdin", "--json", input="another long one\n")))
    assert hashed["type"] == "PasswordChanged" and hashed["payload"] == {}  # the hash is never shown


def test_create_json_prints_the_created_event_without_the_hash(cli: Cli) -> None:
    event = json.loads(ok(cli("user", "create", "--name", "Bo", "--email", "bo@example.com", "--password-stdin", "--json",
                              input=PASSWORD + "\n")))
    assert (event["type"], event["version"], event["payload"]) == ("Created", 1, {"name": "Bo", "email": "bo@example.com"})


# -- refusals: exit codes, one line, nothing written -----------------------------------------

REFUSALS = [
    # (setup on ada, command, exit code, words in the error line)
    ([], ("enable", "{id}"), 1, "it is live"),
    ([], ("restore", "{id}"), 1, "it is live"),
    ([], ("rename", "{id}", "--name", " Ada "), 1, "named 'Ada' already"),
    ([], ("change-email", "{id}", "--email", "ada@example.com"), 1, "has the email ada@example.com already"),
    ([], ("change-email", "{id}", "--email", "bob@example.com"), 1, "belongs to user"),
    ([], ("change-email", "{id}", "--email", "no-at-sign"), 1, "invalid email"),
    ([], ("rename", "{id}", "--name", "A\tda"), 1, "control character"),
    ([], ("disable", "{id}", "--reason", ""), 1, "reason is empty"),
    ([], ("rename", "{id}", "--name", "Bea", "--expected-version", "2"), 3, "is at version 1, not 2"),
    ([], ("destroy", "{id}", "--expected-version", "0"), 3, "is at version 1, not 0"),
    ([], ("rename", "ffffffff-0000-4000-8000-000000000000", "--name", "Bea"), 1, "no user matches"),
    ([], ("rename", "nobody@example.com", "--name", "Bea"), 1, "no user has or had the email"),
    (["disable"], ("disable", "{id}"), 1, "it is disabled"),
    (["disable"], ("restore", "{id}"), 1, "it is disabled"),
    (["destroy"], ("destroy", "{id}"), 1, "it is destroyed"),
    (["destroy"], ("rename", "{id}", "--name", "Bea"), 1, "it is destroyed"),
    (["destroy"], ("change-email", "{id}", "--email", "bea@example.com"), 1, "it is destroyed"),
    (["destroy"], ("disable", "{id}"), 1, "it is destroyed"),
    (["destroy"], ("enable", "{id}"), 1, "it is destroyed"),
    (["destroy"], ("restore", "{id}", "--email", "ada@example.com"), 1, "had the email ada@example.com already"),
    (["destroy", "bob takes ada"], ("restore", "{id}"), 1, "belongs to user"),
    (["destroy"], ("restore", "{id}", "--email", "bob@example.com"), 1, "belongs to user"),
    (["destroy"], ("restore", "{id}", "--expected-version", "1"), 3, "is at version 2, not 1"),
]


@pytest.mark.parametrize("setup, args, code, words", REFUSALS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_refusals_exit_with_their_code_and_write_nothing(
    cli: Cli, store: Store, ada: str, setup: list[str], args: tuple[str, ...], code: int, words: str
) -> None:
    bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    for step in setup:
        if step == "disable":
            store.disable_user(ada)
        elif step == "destroy":
            store.destroy_user(ada)
        elif step == "bob takes ada":
            store.change_email(bob, "ada@example.com")
    before = rows(store)
    line = refused(cli, code, "user", *(arg.format(id=ada) for arg in args))
    assert words in line, line
    assert "; " in line  # and says what to do
    assert rows(store) == before


def test_another_spelling_of_the_same_email_is_a_change(store: Store, ada: str) -> None:
    """Emails compare case-insensitively for the claim, so a user may respell their own."""
    store.change_email(ada, "ADA@example.com")
    assert store.get_stream("user", "ada@example.com").email == "ADA@example.com"


def test_a_command_on_a_missing_database_creates_nothing(tmp_path: Any) -> None:
    db = tmp_path / "missing.db"
    line = assert_error(Cli(str(db))("user", "rename", "abcd1234", "--name", "X"), 1)
    assert "no database" in line and list(tmp_path.iterdir()) == []


# -- the email claim -----------------------------------------------------------------------


def test_live_and_disabled_users_hold_their_email(store: Store, ada: str) -> None:
    store.disable_user(ada)
    for attempt in (
        lambda: store.create_user("Other Ada", "ADA@example.com", PASSWORD),
        lambda: store.change_email(store.create_user("Bob", "bob@example.com", PASSWORD), "ada@EXAMPLE.com"),
    ):
        with pytest.raises(RuleViolation, match=f"belongs to user {ada}"):
            attempt()
    store.destroy_user(ada)
    other = store.create_user("Other Ada", "ADA@example.com", PASSWORD)  # destroyed: free again
    assert store.get_stream("user", "ada@example.com").id == other


def test_restore_needs_the_email_free_or_a_new_one(store: Store, ada: str) -> None:
    store.destroy_user(ada)
    taker = store.create_user("Taker", "ada@example.com", PASSWORD)
    with pytest.raises(RuleViolation, match=f"belongs to user {taker}"):
        store.restore_user(ada)
    restored = store.restore_user(ada, email="ada@example.org")
    assert dict(restored.payload) == {"email": "ada@example.org"}
    assert store.get_stream("user", ada).email == "ada@example.org" and store.get_stream("user", "ada@example.com").id == taker


def test_an_email_given_up_can_be_taken_at_once(store: Store, ada: str) -> None:
    bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    store.change_email(ada, "ada@example.org")
    store.change_email(bob, "ada@example.com")
    assert store.get_stream("user", "ada@example.com").id == bob and store.verify().ok


# -- USER references --------------------------------------------------------------------------


def test_an_email_of_several_destroyed_users_is_ambiguous(cli: Cli, store: Store, ada: str) -> None:
    store.destroy_user(ada)
    second = store.create_user("Ada Again", "ada@example.com", PASSWORD)
    assert store.get_stream("user", "ada@example.com").id == second  # the holder wins
    store.destroy_user(second)
    with pytest.raises(AmbiguousReference) as caught:
        store.get_stream("user", "ada@example.com")
    assert ada in caught.value.message and second in caught.value.message
    line = refused(cli, 1, "user", "show", "ada@example.com")
    assert ada in line and second in line
    assert json.loads(ok(cli("fold", "user", ada, "--json")))["id"] == ada


def test_fold_user_takes_an_email(cli: Cli, store: Store, ada: str) -> None:
    store.rename_user(ada, "Ada L")
    assert json.loads(ok(cli("fold", "user", "ADA@example.com", "--version", "1", "--json")))["name"] == "Ada"


# -- check-password ---------------------------------------------------------------------------


WRONG = "error: the password does not match user {reference}; check the user and the password\n"


@pytest.mark.parametrize(
    "status, password, code, words",
    [
        ("live", PASSWORD, 0, "password matches"),
        ("live", "wrong password", 1, WRONG),
        ("disabled", PASSWORD, 1, "is disabled"),
        ("disabled", "wrong password", 1, WRONG),
        ("destroyed", PASSWORD, 1, "the password matches, but user"),
        ("destroyed", "wrong password", 1, WRONG),  # only the password learns that the user is destroyed
        ("unknown", PASSWORD, 1, WRONG),
    ],
)
def test_check_password_for_each_status(cli: Cli, store: Store, ada: str, status: str, password: str, code: int, words: str) -> None:
    if status == "disabled":
        store.disable_user(ada)
    elif status == "destroyed":
        store.destroy_user(ada)
    reference = "nobody@example.com" if status == "unknown" else "ada@example.com"
    before = rows(store)
    result = cli("user", "check-password", reference, "--password-stdin", input=password + "\n")
    if code == 0:
        assert ok(result) == "password matches\n"
    elif words == WRONG:
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", WRONG.format(reference=reference))
    else:
        assert words in assert_error(result, code)
    assert password not in result.stdout + result.stderr
    assert rows(store) == before  # never writes


def test_an_unknown_user_is_refused_as_a_wrong_password_word_for_word(cli: Cli, store: Store, ada: str) -> None:
    """The same reference, first to a user whose password it does not know, then (the
    user forgotten, the email free) to no one: the caller cannot tell the two apart."""
    asked = ("user", "check-password", "ada@example.com", "--password-stdin")
    known = cli(*asked, input="wrong password\n")
    by_id = cli("user", "check-password", ada, "--password-stdin", input="wrong password\n")
    store.forget_user(ada)
    unknown = cli(*asked, input="wrong password\n")
    forgotten = cli("user", "check-password", ada, "--password-stdin", input=PASSWORD + "\n")
    assert (unknown.exit_code, unknown.stdout, unknown.stderr) == (known.exit_code, known.stdout, known.stderr)
    assert (forgotten.exit_code, forgotten.stderr) == (by_id.exit_code, by_id.stderr)
    assert known.exit_code == 1 and "ada@example.com" in known.stderr


class CountingHasher(PasswordHasher):
    """The cheap hasher, counting each hash it checks a password against."""

    def check(self, password: str, password_hash: str):  # type: ignore[no-untyped-def]
        self.checked.append(password_hash)
        return super().check(password, password_hash)


def test_an_unknown_user_costs_one_check_with_the_same_parameters(db_url: str) -> None:
    import evtcli

    hasher = CountingHasher(time_cost=CHEAP_HASHER.time_cost, memory_cost=CHEAP_HASHER.memory_cost, parallelism=1)
    object.__setattr__(hasher, "checked", [])
    with evtcli.open_store(db_url, create=True, password_hasher=hasher) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
        gone = store.create_user("Gone", "gone@example.com", PASSWORD)
        store.forget_user(gone)
        for reference in ("ada@example.com", "nobody@example.com", "ffffffff", gone):
            with pytest.raises(PasswordMismatch):
                store.check_password(reference, "wrong password")
    real, *decoys = hasher.checked
    assert len(decoys) == 3 and all(decoy != real for decoy in decoys)
    parameters = {h.split("$")[3] for h in hasher.checked}
    assert len(parameters) == 1  # the decoy is as costly as a real hash


# -- history and lists ----------------------------------------------------------------------


def test_history_shows_the_events_in_version_order(cli: Cli, store: Store, ada: str) -> None:
    store.create_user("Bob", "bob@example.com", PASSWORD)
    store.rename_user(ada, "Ada L")
    store.change_password(ada, "another password")
    store.destroy_user(ada, reason="left")
    as_array = json.loads(ok(cli("user", "history", "ada@example.com", "--json")))
    assert [(e["version"], e["type"]) for e in as_array] == [(1, "Created"), (2, "Renamed"), (3, "PasswordChanged"), (4, "Destroyed")]
    assert [e["position"] for e in as_array] == [1, 3, 4, 5]
    lines = [json.loads(line) for line in ok(cli("user", "history", ada, "--jsonl")).splitlines()]
    assert lines == as_array
    human = ok(cli("user", "history", ada[:6]))
    assert len(human.splitlines()) == 4 and "Renamed" in human and 'reason="left"' in human
    for out in (human, json.dumps(as_array)):
        assert "password_hash" not in out and "$argon2" not in out
    assert_error(cli("user", "history", ada, "--json", "--jsonl"), 2)


def test_user_list_shows_live_and_disabled_users_unless_asked(cli: Cli, store: Store, ada: str) -> None:
    bob = store.create_user("Bob", "bob@example.com", PASSWORD)
    cy = store.create_user("Cy", "cy@example.com", PASSWORD)
    store.disable_user(bob)
    store.destroy_user(cy)
    listed = {u["id"]: u["status"] for u in json.loads(ok(cli("user", "list", "--json")))}
    assert listed == {ada: "live", bob: "disabled"}
    assert [u["id"] for u in json.loads(ok(cli("user", "list", "--deleted", "--json")))] == [cy]
    assert len(json.loads(ok(cli("user", "list", "--all", "--json")))) == 3
    human = ok(cli("user", "list"))
    assert "disabled" in human and "live" in human and "Cy" not in human
