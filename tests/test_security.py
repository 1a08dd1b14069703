"""Secrets stay secret: no plaintext password in any byte evtcli writes or prints.

On SQLite every byte of the file and its companions is searched; a server keeps its
files to itself, so on PostgreSQL every value of every table is searched instead.
Also: private companion files, the world-readable warning, the argon2 parameters the
CLI uses, and re-hashing when a password is next checked (PasswordHasher.check).
"""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from conftest import CHEAP_HASHER, Cli, is_file_url, run_evtcli
from evtcli.api import Store
from evtcli.domain.passwords import PasswordHasher
from evtcli.errors import ValidationError
from stored import every_stored_value, query

SECRET = "Sentinel-pw-7f3a9c41"
ARGON2_PREFIX = "$argon2id$v=19$m=65536,t=3,p=4$"


def _secret_forms(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def _assert_absent(secrets: list[str], where: str, data: bytes) -> None:
    for secret in secrets:
        for form in _secret_forms(secret):
            assert form not in data, f"a plaintext password is in {where}"


@contextmanager
def wal_kept(db_url: str) -> Iterator[None]:
    """On SQLite, keep a reader open so that the WAL is not folded away and deleted
    between commands (its bytes are searched too); nothing to keep on a server."""
    if not is_file_url(db_url):
        yield
        return
    holder = sqlite3.connect(db_url, isolation_level=None)
    try:
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM user_events").fetchall()
        yield
    finally:
        holder.close()


def test_no_plaintext_password_in_storage_output_errors_or_debug_tracebacks(
    db_url: str, another_db_url: str, tmp_path: Path
) -> None:
    copy = another_db_url
    secrets = [f"{SECRET}-{i}" for i in range(7)]
    outputs: list[tuple[str, str]] = []

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, target: str = db_url):  # type: ignore[no-untyped-def]
        result = run_evtcli(*args, db=target, input=input, env=env)
        outputs.append((" ".join(args), result.stdout + result.stderr))
        return result

    def run_here(*args: str, target: str = db_url) -> int:
        """The same command in-process: quicker, and prints the same bytes."""
        result = Cli(target)(*args)
        outputs.append((" ".join(args), result.stdout + result.stderr))
        return result.exit_code

    ada = run("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", input=secrets[0] + "\n")
    assert ada.returncode == 0, ada.stderr
    ada_id = ada.stdout.strip()
    with wal_kept(db_url):
        grace = run("user", "create", "--name", "Grace", "--email", "grace@example.com", "--password-stdin", input=secrets[1])
        assert grace.returncode == 0
        # Refusals that happen after the password was read.
        assert run("user", "create", "--name", "Ada2", "--email", "ADA@example.com", "--password-stdin", input=secrets[2]).returncode == 1
        assert run("user", "create", "--name", "Long", "--email", "long@example.com", "--password-stdin", input=secrets[3] * 300).returncode == 1
        debug = {"EVTCLI_DEBUG": "1"}
        duplicate = run("user", "create", "--name", "Ada3", "--email", "ada@example.com", "--password-stdin", input=secrets[4], env=debug)
        assert duplicate.returncode != 0 and "Traceback" in duplicate.stderr
        too_long = run("user", "create", "--name", "Long", "--email", "l2@example.com", "--password-stdin", input=secrets[5] * 300, env=debug)
        assert too_long.returncode != 0 and "Traceback" in too_long.stderr
        run("user", "destroy", "grace@example.com", "--reason", "left")
        for args in (
            ("user", "list", "--all"),
            ("user", "list", "--all", "--json"),
            ("user", "show", ada_id),
            ("user", "show", ada_id, "--json"),
            ("fold", "user", ada_id, "--json"),
            ("events", "tail"),
            ("events", "tail", "--json"),
            ("events", "export"),
            ("events", "export", "-o", str(tmp_path / "export.jsonl"), "--keys", str(tmp_path / "export.keys")),
            ("verify",),
            ("verify", "--json"),
            ("projection", "list", "--json"),
            ("replay", "--verify", "--json"),
            ("replay",),
        ):
            assert run_here(*args) == 0, args
        assert run("events", "export").returncode == 0
        assert run_here("events", "import", str(tmp_path / "export.jsonl"), "--keys", str(tmp_path / "export.keys"), target=copy) == 0
        assert run_here("user", "list", "--json", target=copy) == 0

        for target in (db_url, copy):
            if is_file_url(target):
                # Every write is in the WAL or the main file: scan both, and the WAL index.
                assert target != db_url or Path(f"{target}-wal").exists()
                for suffix in ("", "-wal", "-shm"):
                    path = Path(f"{target}{suffix}")
                    if target == copy and not path.exists():
                        continue  # the copy's last connection has closed: no WAL left
                    _assert_absent(secrets, path.name, path.read_bytes())
                    # The companion files are as private as the database itself.
                    mode = stat.S_IMODE(path.stat().st_mode)
                    assert mode & 0o077 == 0, (suffix, oct(mode))
            else:
                values = list(every_stored_value(target))
                assert any(b"ada@example.com" in value for _, value in values), "the search reads the stored data"
                for where, value in values:
                    _assert_absent(secrets, f"{where} of {target}", value)
    for path in (tmp_path / "export.jsonl", tmp_path / "export.keys"):
        _assert_absent(secrets, path.name, path.read_bytes())
    for command, text in outputs:
        _assert_absent(secrets, f"the output of {command}", text.encode("utf-8"))

    # Hashes in the log only sealed (§9), and never in any output, export included.
    hashes = [row[0] for row in query(db_url, "SELECT password_hash FROM users")]
    assert len(hashes) == 2 and all(h.startswith(ARGON2_PREFIX) for h in hashes)
    for command, text in [*outputs, ("the export", (tmp_path / "export.jsonl").read_text())]:
        for value in hashes:
            assert value not in text, command


def test_the_cli_hashes_with_the_documented_argon2_parameters(db_url: str) -> None:
    created = run_evtcli("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", db=db_url, input=SECRET)
    assert created.returncode == 0
    ((stored,),) = query(db_url, "SELECT password_hash FROM users")
    # argon2id, 64 MiB, 3 passes, 4 lanes; a 16-byte salt and a 32-byte digest (base64).
    assert re.fullmatch(re.escape(ARGON2_PREFIX) + r"[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}", stored), stored
    hasher = PasswordHasher()
    assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism) == (3, 65536, 4)
    assert hasher.check(SECRET, stored) == (True, False)
    assert SECRET not in repr(hasher) and "_context" not in repr(hasher)


def test_write_commands_warn_about_a_world_readable_database_too_sqlite(db_url: str) -> None:
    """The warning goes to stderr for writes and init as well; stdout keeps just the data."""
    db = Path(db_url)
    assert run_evtcli("init", db=db_url).returncode == 0
    db.chmod(0o644)
    for args, stdin in (
        (("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin"), SECRET),
        (("init",), None),
    ):
        result = run_evtcli(*args, db=db_url, input=stdin)
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("warning: "), lines
        assert "chmod 600" in lines[0] and db_url in lines[0]
        assert "warning" not in result.stdout
    created = run_evtcli("user", "list", "--json", db=db_url)
    assert len(json.loads(created.stdout)) == 1


# -- re-hashing when a password is next checked ------------------------------------------


def test_check_says_when_a_hash_should_be_renewed() -> None:
    older = CHEAP_HASHER
    current = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    old_hash = older.hash(SECRET)
    assert current.check(SECRET, old_hash) == (True, True)
    assert current.check(SECRET + "x", old_hash) == (False, False)  # never for a wrong password
    new_hash = current.hash(SECRET)
    assert current.check(SECRET, new_hash) == (True, False)
    assert older.check(SECRET, new_hash) == (True, True)  # parameters differ either way
    assert current.check(SECRET, new_hash).ok
    assert not current.check(SECRET, new_hash).needs_rehash


def test_check_refuses_a_hash_it_cannot_read() -> None:
    with pytest.raises(ValidationError) as refused:
        CHEAP_HASHER.check(SECRET, "not-a-hash")
    assert SECRET not in str(refused.value)


def test_reprs_never_show_a_password_hash(store: Store) -> None:
    user = store.get_stream("user", store.create_user("Ada", "ada@example.com", SECRET))
    (event,), _ = store.tail(1)
    stored = user.password_hash
    assert stored.startswith("$argon2id$")
    for value in (user, event):
        assert stored not in repr(value) and SECRET not in repr(value)
