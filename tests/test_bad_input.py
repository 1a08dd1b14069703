"""A corpus of malformed input: each is one ``error:`` line, the right exit code, no write.

Most cases run in-process (fast); a representative subset runs as real processes,
including arguments that are not UTF-8, which only a real argv can carry. Valid but
unusual input (emoji, SQL-looking names, internationalised emails) is stored verbatim.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest

import evtcli
from conftest import CHEAP_HASHER, Cli, run_evtcli
from hardening import assert_one_error_line, checkpoint, event_count, file_state
from jsonl_events import created, destroyed, jsonl, uid

PW = "good-password\n"
REFUSED, USAGE, CONFLICT = 1, 2, 3


class Case(NamedTuple):
    args: tuple[str, ...]
    stdin: str | bytes | None
    code: int
    env: dict[str, str] | None = None


def create(name: str = "Valid Name", email: str = "new@example.com", password: str | bytes | None = PW) -> tuple:
    return ("user", "create", "--name", name, "--email", email, "--password-stdin"), password


def case(args_stdin: tuple, code: int, env: dict[str, str] | None = None) -> Case:
    args, stdin = args_stdin
    return Case(tuple(args), stdin, code, env)


def cmd(*args: str, code: int, stdin: str | bytes | None = None, env: dict[str, str] | None = None) -> Case:
    return Case(args, stdin, code, env)


CLI_CASES: dict[str, Case] = {
    # names
    "empty name": case(create(name=""), REFUSED),
    "blank name": case(create(name="   \u3000 "), REFUSED),
    "newline in name": case(create(name="Ada\nLovelace"), REFUSED),
    "tab in name": case(create(name="Ada\tLovelace"), REFUSED),
    "NUL in name": case(create(name="Ada\x00"), REFUSED),
    "escape sequence in name": case(create(name="\x1b[31mred\x1b[0m"), REFUSED),
    "DEL in name": case(create(name="Ada\x7f"), REFUSED),
    "C1 control in name": case(create(name="Ada\x85Lovelace"), REFUSED),
    "carriage return in name": case(create(name="Ada\r"), REFUSED),
    "10k-character name": case(create(name="x" * 10_000), REFUSED),
    "201-character name": case(create(name="é" * 201), REFUSED),
    "name with bytes that are not UTF-8": case(create(name="Ad\udcff"), REFUSED),
    "right-to-left override in name": case(create(name="Ada \u202eecalevoL"), REFUSED),
    "zero-width space in name": case(create(name="Ada\u200b"), REFUSED),
    "zero-width joiner in name": case(create(name="\U0001f469\u200d\U0001f4bb"), REFUSED),
    # emails
    "email without @": case(create(email="not-an-email"), REFUSED),
    "email without a dot in the domain": case(create(email="ada@localhost"), REFUSED),
    "email without local part": case(create(email="@example.com"), REFUSED),
    "email with two @": case(create(email="ada@@example.com"), REFUSED),
    "email with a space": case(create(email="ada lovelace@example.com"), REFUSED),
    "email with an empty label": case(create(email="ada@example..com"), REFUSED),
    "empty email": case(create(email=""), REFUSED),
    "email domain starts with a hyphen": case(create(email="ada@-example.com"), REFUSED),
    "address over 254 characters": case(create(email="x" * 250 + "@example.com"), REFUSED),
    "300-character domain": case(create(email="ada@" + "x" * 300 + ".com"), REFUSED),
    "email with a newline": case(create(email="ada@example.com\nBcc: x@example.com"), REFUSED),
    "email with an IP literal": case(create(email="ada@[127.0.0.1]"), REFUSED),
    "quoted local part": case(create(email='"ada"@example.com'), REFUSED),
    "bad IDNA domain": case(create(email="ada@xn--.com"), REFUSED),
    "email with bytes that are not UTF-8": case(create(email="\udcff@example.com"), REFUSED),
    "email of a live user, other case": case(create(email="ADA@EXAMPLE.COM"), REFUSED),
    "SQL injection in an email": case(create(email="x'; DROP TABLE users; --@example.com"), REFUSED),
    # passwords on stdin
    "empty password": case(create(password=""), REFUSED),
    "newline-only password": case(create(password="\n"), REFUSED),
    "7-character password": case(create(password="1234567\n"), REFUSED),
    "4097-character password": case(create(password="p" * 4097), REFUSED),
    "huge password (4 MiB)": case(create(password="p" * (4 << 20)), REFUSED),
    "password that is not UTF-8": case(create(password=b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8"), REFUSED),
    "password with a stray continuation byte": case(create(password=b"password\x80abc"), REFUSED),
    "no terminal to ask for a password": cmd(
        "user", "create", "--name", "Ada", "--email", "ada2@example.com", code=USAGE
    ),
    # wrong option types and values
    "expected version is a word": cmd("user", "destroy", "ada@example.com", "--expected-version", "one", code=USAGE),
    "expected version is negative": cmd("user", "destroy", "ada@example.com", "--expected-version", "-1", code=USAGE),
    "expected version is a fraction": cmd("user", "destroy", "ada@example.com", "--expected-version", "1.5", code=USAGE),
    "expected version is huge": cmd("user", "destroy", "ada@example.com", "--expected-version", "9" * 30, code=USAGE),
    "stale expected version": cmd("user", "destroy", "ada@example.com", "--expected-version", "5", code=CONFLICT),
    "tail -n is a word": cmd("events", "tail", "-n", "ten", code=USAGE),
    "tail -n is negative": cmd("events", "tail", "-n", "-5", code=USAGE),
    "export --since is negative": cmd("events", "export", "--since", "-1", code=USAGE),
    "export --since is a word": cmd("events", "export", "--since", "start", code=USAGE),
    "tail --since too large for the database": cmd("events", "tail", "--since", "9" * 23, code=USAGE),
    "tail -n one past the 64-bit range": cmd("events", "tail", "-n", str(2**63), code=USAGE),
    "list --limit too large for the database": cmd("user", "list", "--limit", "1" + "0" * 30, code=USAGE),
    "fold --version is a word": cmd("fold", "user", "{ada}", "--version", "two", code=USAGE),
    "fold --version beyond the stream": cmd("fold", "user", "{ada}", "--version", "7", code=REFUSED),
    "fold --at is not a time": cmd("fold", "user", "{ada}", "--at", "yesterday", code=USAGE),
    "fold --at with --version": cmd("fold", "user", "{ada}", "--at", "2026-01-01", "--version", "1", code=USAGE),
    "unknown event type": cmd("events", "tail", "--type", "Archived", code=USAGE),
    "unknown aggregate": cmd("events", "tail", "--aggregate", "order", code=USAGE),
    "unknown projection": cmd("replay", "--projection", "orders", code=USAGE),
    "--deleted with --all": cmd("user", "list", "--deleted", "--all", code=USAGE),
    "busy timeout is a word": cmd("user", "list", code=USAGE, env={"EVTCLI_BUSY_TIMEOUT": "soon"}),
    "busy timeout is negative": cmd("user", "list", code=USAGE, env={"EVTCLI_BUSY_TIMEOUT": "-1"}),
    # unknown commands, options and missing arguments
    "unknown command": cmd("frobnicate", code=USAGE),
    "unknown subcommand": cmd("user", "frobnicate", code=USAGE),
    "misspelt option": cmd("user", "create", "--nme", "Ada", "--email", "a@example.com", code=USAGE),
    "missing --email": cmd("user", "create", "--name", "Ada", "--password-stdin", code=USAGE, stdin=PW),
    "missing USER": cmd("user", "destroy", code=USAGE),
    "missing FILE": cmd("events", "import", code=USAGE),
    "extra argument": cmd("user", "list", "everyone", code=USAGE),
    # user references
    "too-short prefix": cmd("user", "show", "ab", code=REFUSED),
    "unknown id prefix": cmd("user", "show", "ffff0000", code=REFUSED),
    "unknown email": cmd("user", "destroy", "nobody@example.com", code=REFUSED),
    "destroyed user's email": cmd("user", "destroy", "grace@example.com", code=REFUSED),
    "destroy a destroyed user": cmd("user", "destroy", "{grace}", code=REFUSED),
    "SQL injection as USER": cmd("user", "show", "' OR '1'='1", code=REFUSED),
    "SQL injection as an email USER": cmd("user", "destroy", "ada@example.com' OR '1'='1", code=REFUSED),
    "LIKE wildcards as USER": cmd("user", "show", "%%%%", code=REFUSED),
    "underscores as USER": cmd("user", "destroy", "____", code=REFUSED),
    "USER with bytes that are not UTF-8": cmd("user", "show", "\udcff\udcfe\udcfd\udcfc", code=REFUSED),
    "tail --id that is not UTF-8": cmd("events", "tail", "--id", "\udcff\udcfe\udcfd\udcfc", code=REFUSED),
    # reasons and metadata
    "newline in reason": cmd("user", "destroy", "{ada}", "--reason", "left\nfor good", code=REFUSED),
    "empty reason": cmd("user", "destroy", "{ada}", "--reason", " ", code=REFUSED),
    "1001-character reason": cmd("user", "destroy", "{ada}", "--reason", "r" * 1001, code=REFUSED),
    "reason that is not UTF-8": cmd("user", "destroy", "{ada}", "--reason", "gone\udcff", code=REFUSED),
    "correlation id that is not UTF-8": case(
        (create()[0] + ("--correlation-id", "c\udcff"), PW), REFUSED
    ),
    # import sources
    "import a missing file": cmd("events", "import", "{tmp}/missing.jsonl", code=REFUSED),
    "import a directory": cmd("events", "import", "{tmp}", code=REFUSED),
}

# Import files: name -> bytes. Each is refused as a whole (exit 1).
GOOD = created(10, name="Imported Person", email="imported@example.com")
IMPORT_FILES: dict[str, bytes] = {
    "binary garbage": bytes(range(256)) * 4,
    "PNG header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "UTF-16 with a BOM": "\ufeff".encode("utf-16-le") + json.dumps(GOOD).encode("utf-16-le") + b"\n\x00",
    "Latin-1 name": jsonl(GOOD).replace(b"Imported", "Impört".encode("latin-1")),
    "NUL byte in a line": jsonl(GOOD)[:-2] + b"\x00}\n",
    "line over 1 MiB": jsonl(created(11, name="x" * (1 << 20), email="big@example.com")),
    "truncated last line": jsonl(GOOD)[:-20],
    "plaintext password in the payload": jsonl(
        GOOD | {"payload": GOOD["payload"] | {"password": "hunter22hunter22"}}
    ),
    "plaintext password in metadata": jsonl(GOOD | {"metadata": {"password": "hunter22hunter22"}}),
    "control character in an imported name": jsonl(created(12, name="Bad\x07Name", email="bell@example.com")),
    "10k-character imported name": jsonl(created(13, name="n" * 10_000, email="long@example.com")),
    "invalid imported email": jsonl(created(14, email="not-an-email")),
    "imported email of a live user": jsonl(created(15, email="ADA@example.com")),
    "Destroyed before Created": jsonl(destroyed(16, version=1)),
    "version gap": jsonl(GOOD, destroyed(10, version=3)),
    "same event_id, other content": jsonl(
        GOOD | {"event_id": uid(900)}, created(17, email="other@example.com") | {"event_id": uid(900)}
    ),
    "password_hash that is not a hash": jsonl(GOOD | {"payload": GOOD["payload"] | {"password_hash": "hunter2"}}),
    "JSON array": b"[1, 2, 3]\n",
    "NaN": jsonl(GOOD)[:-2] + b', "x": NaN}\n',
    "deeply nested JSON": b'{"payload": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
    "lone surrogate escape": jsonl(GOOD).replace(b"Imported", b"\\ud800Imported"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A small database: Ada (live, version 1) and Grace (destroyed)."""
    path = tmp_path_factory.mktemp("template") / "evtcli.db"
    with evtcli.open_store(str(path), create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada Lovelace", "ada@example.com", "correct horse")
        grace = store.create_user("Grace Hopper", "grace@example.com", "battery staple")
        store.destroy_user(grace)
    checkpoint(path)
    return path, {"ada": ada, "grace": grace}


@pytest.fixture
def db(template: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    import shutil

    path = tmp_path / "evtcli.db"
    shutil.copy2(template[0], path)
    return path, template[1] | {"tmp": str(tmp_path)}


def _fill(args: tuple[str, ...], values: dict[str, str]) -> list[str]:
    """Put the fixture's ids and directory in place of {ada}, {grace} and {tmp}."""
    filled = []
    for arg in args:
        for key, value in values.items():
            arg = arg.replace("{" + key + "}", value)
        filled.append(arg)
    return filled


def _assert_refused(result_code: int, stdout: str, stderr: str, expected: int, path: Path, before: dict) -> None:
    assert result_code == expected, stderr
    assert_one_error_line(stderr)
    assert stdout == ""
    assert event_count(path) == 3
    assert file_state(path)["db"] == before["db"]


def test_the_corpus_is_large_enough() -> None:
    assert len(CLI_CASES) + len(IMPORT_FILES) >= 60


@pytest.mark.parametrize("name", list(CLI_CASES))
def test_bad_cli_input_is_refused_without_a_write(db: tuple[Path, dict[str, str]], name: str) -> None:
    path, values = db
    case = CLI_CASES[name]
    before = file_state(path)
    result = Cli(str(path))(*_fill(case.args, values), input=case.stdin, env=case.env)
    _assert_refused(result.exit_code, result.stdout, result.stderr, case.code, path, before)


@pytest.mark.parametrize("name", list(IMPORT_FILES))
def test_bad_import_file_is_refused_without_a_write(db: tuple[Path, dict[str, str]], name: str) -> None:
    path, values = db
    source = Path(values["tmp"]) / "input.jsonl"
    source.write_bytes(IMPORT_FILES[name])
    before = file_state(path)
    result = Cli(str(path))("events", "import", str(source))
    _assert_refused(result.exit_code, result.stdout, result.stderr, REFUSED, path, before)
    assert "line 1" in result.stderr or "line 2" in result.stderr


# A representative subset through real processes, as a user's shell runs them.
PROCESS_CASES = [
    "newline in name",
    "10k-character name",
    "email without @",
    "huge password (4 MiB)",
    "password that is not UTF-8",
    "expected version is a word",
    "stale expected version",
    "unknown command",
    "SQL injection as USER",
    "no terminal to ask for a password",
]


@pytest.mark.parametrize("name", PROCESS_CASES)
def test_bad_input_in_a_real_process(db: tuple[Path, dict[str, str]], name: str) -> None:
    path, values = db
    case = CLI_CASES[name]
    before = file_state(path)
    result = run_evtcli(*_fill(case.args, values), db=str(path), input=case.stdin or b"", env=case.env)
    _assert_refused(result.returncode, result.stdout, result.stderr, case.code, path, before)


def test_arguments_that_are_not_utf8_in_a_real_process(db: tuple[Path, dict[str, str]]) -> None:
    path, _ = db
    before = file_state(path)
    not_utf8 = os.fsdecode(b"Ada \xff\xfe")  # what Python makes of such bytes in argv
    for args, stdin in (
        create(name=not_utf8),
        (("user", "show", os.fsdecode(b"\xff\xfe\xfd\xfc")), None),
        (("user", "destroy", "ada@example.com", "--reason", not_utf8), None),
    ):
        result = run_evtcli(*args, db=str(path), input=stdin)
        _assert_refused(result.returncode, result.stdout, result.stderr, REFUSED, path, before)
        assert "UTF-8" in result.stderr


def test_refused_create_does_not_create_a_missing_database(tmp_path: Path) -> None:
    path = tmp_path / "never.db"
    for name in ("newline in name", "email without @", "7-character password", "password that is not UTF-8"):
        case = CLI_CASES[name]
        result = Cli(str(path))(*case.args, input=case.stdin)
        assert result.exit_code == case.code
        assert_one_error_line(result.stderr)
        assert not path.exists(), name


# -- unusual but valid input is stored verbatim ------------------------------------------

VALID_NAMES = [
    "Zoë 🦄 Ångström",
    "🧑🏽 💻",  # a skin-tone modifier is a symbol (Sk); a zero-width joiner (Cf) would be refused
    "渡辺 健二",
    "Robert'); DROP TABLE users; --",
    "' OR '1'='1",
    "x" * 200,
    "<script>alert(1)</script>",
    "[bold red]not markup[/]",
]
VALID_EMAILS = {
    "josé@example.com": "josé@example.com",
    "用户@例子.广告": "用户@例子.广告",
    "ü@münchen.de": "ü@münchen.de",
    "a@xn--mnchen-3ya.de": "a@münchen.de",
    "O'Brien@Example.COM": "O'Brien@example.com",
    "x+tag@example.com": "x+tag@example.com",
}


def test_unusual_valid_names_and_emails_are_stored_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "evtcli.db"
    cli = Cli(str(path))
    created_ids: dict[str, tuple[str, str]] = {}
    for index, name in enumerate(VALID_NAMES):
        result = cli(*create(name=f"  {name}  ", email=f"valid{index}@example.com")[0], input=PW)
        assert result.exit_code == 0, result.stderr
        created_ids[result.stdout.strip()] = (name, f"valid{index}@example.com")
    for raw, normalised in VALID_EMAILS.items():
        result = cli(*create(name="Email Case", email=raw)[0], input=PW)
        assert result.exit_code == 0, (raw, result.stderr)
        created_ids[result.stdout.strip()] = ("Email Case", normalised)
    for user_id, (name, email) in created_ids.items():
        shown = json.loads(cli("user", "show", user_id, "--json").stdout)
        assert (shown["name"], shown["email"]) == (name, email)
    conn = sqlite3.connect(path)
    try:
        stored = {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, name, email FROM users")}
        payloads = [json.loads(row[0]) for row in conn.execute("SELECT payload FROM user_events")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert stored == created_ids
    # The log holds them sealed (§9): not one of them in plaintext.
    assert {p["name"][:7] for p in payloads} == {p["email"][:7] for p in payloads} == {"aesgcm:"}
    assert {"users", "user_events"} <= tables
    assert run_evtcli("verify", db=str(path)).returncode == 0


def test_an_empty_db_option_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for args in (("user", "list"), ("group", "create", "--name", "Ops")):
        result = Cli("")(*args)
        assert result.exit_code == 2, result.stderr
        assert result.stderr == "error: --db is empty; give a database file path or a URL, or leave --db out for evtcli.db\n"
    assert list(tmp_path.iterdir()) == []
