"""What users type (SPEC §10): Unicode text, passwords at a real terminal, option values.

The rules themselves are tested with plain values in test_domain.py; here, that the
declared model applies them to every aggregate and to import, and how a terminal
asks for a password (a real pseudo-terminal driving ``python -m evtcli``).
"""

from __future__ import annotations

import errno
import json
import os
import select
import subprocess
import time
from pathlib import Path

import pytest

import evtcli
from evtcli.api import Store
from evtcli.domain.users import Created
from evtcli.errors import ValidationError
from conftest import CHEAP_HASHER, Cli, evtcli_command
from jsonl_events import created, stream, uid
from test_cli import assert_error, event_count, ok

PASSWORD = "correct horse battery staple"


# -- Unicode ---------------------------------------------------------------------------


def test_names_emails_group_names_and_reasons_are_stored_nfc_and_trimmed(store: Store) -> None:
    zoe = store.create_user("  Zoe\u0301  ", "  zoe\u0301@example.com ", PASSWORD)
    stored = store.get_stream("user", zoe)
    assert (stored.name, stored.email) == ("Zo\u00e9", "zo\u00e9@example.com")
    assert store.get_stream("user", "zo\u00e9@example.com").id == zoe
    store.disable_user(zoe, reason=" cafe\u0301 ")
    assert store.get_stream("user", zoe).disabled_reason == "caf\u00e9"
    store.create_group("E\u0301quipe")
    assert [group.name for group in store.list_streams("group")] == ["\u00c9quipe"]


@pytest.mark.parametrize("text", ["Ada \u202eecalevoL", "Ada\u200b", "\u2066Ada\u2069"])
def test_format_characters_are_refused_for_users_and_groups(store: Store, text: str) -> None:
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    for act in (
        lambda: store.create_user(text, "other@example.com", PASSWORD),
        lambda: store.rename_user(ada, text),
        lambda: store.destroy_user(ada, reason=text),
        lambda: store.create_group(text),
    ):
        with pytest.raises(ValidationError, match="invisible format character"):
            act()
    assert store.event_count() == 1


def test_a_name_of_stacked_combining_marks_is_one_error_line_and_writes_nothing(cli: Cli, db_url: str) -> None:
    assert cli("group", "create", "--name", "Ops").exit_code == 0
    zalgo = "a" + "\u0301" * 40
    for args in (("group", "create", "--name", zalgo), ("group", "rename", "Ops", "--name", zalgo)):
        said = assert_error(cli(*args), 1)
        assert said.startswith("error: group name stacks more than 4 combining marks on one character; ")
    assert event_count(db_url) == 1


@pytest.mark.parametrize(
    "payload, words",
    [
        ({"name": "Zoe\u0301"}, "name 'Zoe\u0301' is not as stored: trimmed, in Unicode NFC"),
        ({"name": "Ada\u202eX"}, "name contains an invisible format character (U+202E"),
        ({"email": "a" * 65 + "@example.com"}, "too long before the @-sign"),
    ],
)
def test_import_refuses_text_a_command_would_not_store(store: Store, payload: dict[str, str], words: str) -> None:
    # Import stores each payload as given (it is hashed and exported byte for byte),
    # so text a command would have normalised or refused is refused, not rewritten.
    line = created(1, **{"name": "Ada", "email": "ada@example.com", **payload})
    with pytest.raises(ValidationError) as caught:
        store.import_events(stream(created(1, name="Bob", email="bob@example.com", aggregate_id=uid(2)), line))
    assert caught.value.message.startswith("line 2:") and words in caught.value.message
    assert store.event_count() == 0


def test_text_stored_before_the_rules_were_tightened_still_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # A log written by an evtcli that took such text (here: import with the old checks).
    old = {"name": "Zoe\u0301\u200b", "email": "a" * 65 + "@example.com"}
    with monkeypatch.context() as before:
        before.setattr(Created, "checks", Created.stored_checks)
        store.import_events(stream(created(1, **old)))
    assert store.fold_stream("user", uid(1)).name == old["name"]
    assert store.verify().ok
    store.replay()
    store.rename_user(uid(1), "Zo\u00e9")  # the stream folds for a command too
    assert store.get_stream("user", uid(1)).name == "Zo\u00e9"


# -- option values (usage errors, exit 2, before the store is opened) --------------------


@pytest.mark.parametrize(
    "args, words",
    [
        (("fold", "user", "no-such-user@example.com", "--at", "yesterday"), "cannot read time 'yesterday'; give --at in ISO 8601"),
        (("fold", "group", "nobody", "--at", "yesterday"), "cannot read time 'yesterday'"),
        (("events", "tail", "--type", "nonsense"), "use one of: Created, Renamed"),
        (("events", "tail", "--aggregate", "account"), "use one of: user, group"),
        (("events", "export", "--aggregate", "account"), "use one of: user, group"),
        (("replay", "--projection", "foo"), "use one of: users, groups, group_members"),
        (("replay", "--verify", "--projection", "foo"), "use one of: users"),
    ],
)
def test_bad_option_values_are_usage_errors_before_the_store_is_opened(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    path = tmp_path / "evtcli.db"
    line = assert_error(Cli(str(path))(*args), 2)
    assert words in line
    assert not path.exists()  # not opened, so not created either (replay creates a missing one)


def test_tail_types_match_case_insensitively(cli: Cli, store: Store) -> None:
    store.create_user("Ada", "ada@example.com", PASSWORD)
    store.destroy_user("ada@example.com")
    for spelling in ("destroyed", "DESTROYED", "Destroyed"):
        events = [json.loads(line) for line in ok(cli("events", "tail", "--type", spelling, "--json")).splitlines()]
        assert [event["type"] for event in events] == ["Destroyed"]


# -- passwords at a terminal -------------------------------------------------------------


class Terminal:
    """``python -m evtcli`` on a pseudo-terminal of its own: read what it shows, type answers."""

    def __init__(self, db: str, *args: str) -> None:
        self.master, slave = os.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
        self.process = subprocess.Popen(
            evtcli_command(db, *args),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,  # away from the terminal running the tests
        )
        os.close(slave)
        self.shown = b""
        self.seen = 0  # how much of ``shown`` the expectations have passed

    def _read(self, deadline: float) -> bool:
        """Read what is there before ``deadline``; False at end of output."""
        ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return True
        try:
            data = os.read(self.master, 4096)
        except OSError as exc:  # Linux: EIO once the process has closed the terminal
            if exc.errno != errno.EIO:
                raise
            return False
        self.shown += data
        return bool(data)

    def expect(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        wanted = text.replace("\n", "\r\n").encode()  # the terminal ends lines with CR LF
        while (found := self.shown.find(wanted, self.seen)) < 0:
            if time.monotonic() > deadline or not self._read(deadline):
                raise AssertionError(f"{text!r} not shown; the terminal shows {self.shown!r}")
        self.seen = found + len(wanted)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def end(self, timeout: float = 60) -> tuple[int, str]:
        """Wait for the process; its exit code and everything it showed (CRLF as \\n)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(deadline):
            pass
        code = self.process.wait(timeout=max(1.0, deadline - time.monotonic()))
        os.close(self.master)
        return code, self.shown.decode("utf-8", "replace").replace("\r\n", "\n")


def errors(shown: str) -> list[str]:
    return [line for line in shown.splitlines() if "rror" in line]


def test_create_asks_again_after_a_short_password_and_a_mismatch(db_url: str) -> None:
    terminal = Terminal(db_url, "user", "create", "--name", "Ada", "--email", "ada@example.com")
    terminal.expect("Password: ")
    terminal.type("short\n")
    terminal.expect("error: password is shorter than 8 characters; choose a password of at least 8 characters\n")
    terminal.expect("Password: ")
    terminal.type("good-password\n")
    terminal.expect("Repeat for confirmation: ")
    terminal.type("other-password\n")
    terminal.expect("error: the two passwords do not match; type the same password twice\n")
    terminal.expect("Password: ")
    terminal.type("good-password\n")
    terminal.expect("Repeat for confirmation: ")
    terminal.type("good-password\n")
    code, shown = terminal.end()
    assert code == 0, shown
    assert len(errors(shown)) == 2 and "good-password" not in shown  # hidden input
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as store:
        user_id = store.get_stream("user", "ada@example.com").id
        assert shown.rstrip("\n").endswith(user_id)
        store.check_password(user_id, "good-password")


def test_three_refused_tries_end_with_one_error_and_write_nothing(db_url: str, tmp_path: Path) -> None:
    terminal = Terminal(db_url, "user", "create", "--name", "Ada", "--email", "ada@example.com")
    for answer in ("        ", "short"):  # all whitespace; too short
        terminal.expect("Password: ")
        terminal.type(answer + "\n")
        terminal.expect("error: ")
    terminal.expect("Password: ")
    terminal.type("good-password\n")
    terminal.expect("Repeat for confirmation: ")
    terminal.type("good-passwort\n")
    code, shown = terminal.end()
    assert code == 1, shown
    assert errors(shown) == [
        "error: password is only whitespace; choose a password with other characters too",
        "error: password is shorter than 8 characters; choose a password of at least 8 characters",
        "error: no password after 3 tries: the two passwords do not match; type the same password twice",
    ]
    assert event_count(db_url) == 0


def test_end_of_input_at_the_prompt_is_not_an_interruption(db_url: str) -> None:
    terminal = Terminal(db_url, "user", "create", "--name", "Ada", "--email", "ada@example.com")
    terminal.expect("Password: ")
    terminal.type("\x04")  # Ctrl-D at the start of a line
    code, shown = terminal.end()
    assert code == 1, shown
    assert errors(shown) == [
        "error: no password given (end of input); type the password, or pipe it in with --password-stdin"
    ]
    assert event_count(db_url) == 0


@pytest.mark.parametrize(
    "args, words",
    [
        (("--name", "Ada Again", "--email", "ADA@example.com"), "error: email ADA@example.com belongs to user "),
        (("--name", "Ada", "--email", "not-an-email"), "error: invalid email 'not-an-email'"),
        (("--name", "Ada\u202e", "--email", "new@example.com"), "error: name contains an invisible format character"),
    ],
)
def test_create_refuses_before_asking_for_a_password(db_url: str, args: tuple[str, ...], words: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    code, shown = Terminal(db_url, "user", "create", *args).end()
    assert code == 1 and "Password" not in shown, shown
    assert errors(shown) == [line for line in shown.splitlines() if line.startswith(words)]
    assert len(errors(shown)) == 1 and (ada in shown) == ("belongs" in words)
    assert event_count(db_url) == 1
    # The same line as when the write itself refuses (the password from stdin).
    piped = Cli(db_url)("user", "create", *args, "--password-stdin", input="good-password\n")
    assert errors(shown) == [assert_error(piped, 1)]


def test_the_email_check_before_the_prompt_creates_no_database(tmp_path: Path) -> None:
    path = tmp_path / "evtcli.db"
    terminal = Terminal(str(path), "user", "create", "--name", "Ada", "--email", "ada@example.com")
    terminal.expect("Password: ")
    assert not path.exists()
    terminal.type("\x04")
    assert terminal.end()[0] == 1
    assert not path.exists()


def test_change_password_asks_twice_and_check_password_once(db_url: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
    terminal = Terminal(db_url, "user", "change-password", "ada@example.com")
    terminal.expect("Password: ")
    terminal.type("new-password\n")
    terminal.expect("Repeat for confirmation: ")
    terminal.type("new-passw0rd\n")
    terminal.expect("error: the two passwords do not match")
    terminal.expect("Password: ")
    terminal.type("new-password\n")
    terminal.expect("Repeat for confirmation: ")
    terminal.type("new-password\n")
    code, shown = terminal.end()
    assert code == 0 and "changed the password of user" in shown, shown
    terminal = Terminal(db_url, "user", "check-password", "ada@example.com")
    terminal.expect("Password: ")
    terminal.type("new-password\n")
    code, shown = terminal.end()
    assert code == 0 and "Repeat" not in shown and shown.rstrip().endswith("password matches"), shown


@pytest.mark.parametrize(
    "args, words",
    [
        (("nobody@example.com",), "error: no user has or had the email nobody@example.com"),
        (("ADA", "--expected-version", "2"), "error: user "),
        (("ADA",), "error: cannot change the password of user "),
    ],
)
def test_change_password_refuses_before_asking(db_url: str, args: tuple[str, ...], words: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
        if "--expected-version" not in args:
            store.destroy_user(ada)
    args = tuple(ada if arg == "ADA" else arg for arg in args)
    code, shown = Terminal(db_url, "user", "change-password", *args).end()
    assert code in (1, 3) and "Password" not in shown, shown
    assert len(errors(shown)) == 1 and errors(shown)[0].startswith(words), shown
    # The same line as when the write itself refuses (the password from stdin).
    piped = Cli(db_url)("user", "change-password", *args, "--password-stdin", input="good-password\n")
    assert errors(shown) == [assert_error(piped, code)]


@pytest.mark.parametrize("stdin", ["good-password\nsecond line\n", "good-password\n\n", "good\rpassword"])
def test_password_stdin_of_more_than_one_line_is_refused(cli: Cli, stdin: str) -> None:
    line = assert_error(cli("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", input=stdin), 1)
    assert line == "error: the password on standard input has more than one line; send the password alone, with at most one trailing newline"
    assert event_count(cli.db) == 0
