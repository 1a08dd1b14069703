"""``evtcli backup FILE`` (§14): on SQLite a consistent copy taken while another process
writes, private (0600), verified, never over an existing file unless --force; on
PostgreSQL a refusal that names pg_dump."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

import evtcli
from evtcli.api import Store
from evtcli.api.backup import backup
from evtcli.errors import StoreError

from conftest import CHEAP_HASHER, Cli, is_file_url
from hardening import permission_bits_bind, run_obeying_permissions
from workers import collect, done, start

PASSWORD = "correct horse battery"


def exported(db: str) -> list[str]:
    with evtcli.open_store(db, read_only=True) as opened:
        return list(opened.export_lines())


def test_a_backup_taken_while_another_process_writes_is_one_commit_of_the_log(tmp_path: Path) -> None:
    """The copy verifies, holds every commit made before it started (those still in the
    WAL too), and its log is the source's log up to the copy's head: every event in it
    equals the source's event at that position, whatever the writer did meanwhile."""
    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada Lovelace", "ada@example.com", PASSWORD)
    # Another connection stays open, as a follower's would: commits then stay in the
    # WAL (the last connection to close is the one that folds it into the file).
    follower = sqlite3.connect(db)
    follower.execute("SELECT 1 FROM sqlite_master").fetchall()
    writes = 60
    writer = start(tmp_path, "writer", db, [(["group", "create", "--name", f"Team {n}"], None) for n in range(writes)])
    heads = []
    with evtcli.open_store(db, read_only=True) as store:
        while not done(tmp_path, "writer", 4):  # the writer is under way
            assert writer.process.poll() is None, writer.errors.read_text()
        while not done(tmp_path, "writer", writes - 1):
            copy = tmp_path / f"copy{len(heads)}.db"
            committed = store.head()
            taken = backup(store, copy)
            assert taken.verified, taken.report.problems
            assert taken.head >= committed  # every commit before the backup is in it
            heads.append((taken.head, copy))
    assert all(outcome.exit == 0 for outcome in collect(writer, timeout=120))
    follower.close()
    source = exported(db)
    assert len(source) == 1 + writes
    taken_meanwhile = [head for head, _ in heads if 1 < head < len(source)]
    assert len(set(taken_meanwhile)) >= 2, heads  # copies really were taken between commits
    for head, copy in heads:
        assert exported(str(copy)) == source[:head]


def test_the_copy_is_private_whatever_the_umask_and_holds_the_keys(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        user_id = store.create_user("Ada Lovelace", "ada@example.com", PASSWORD)
        previous = os.umask(0)
        try:
            taken = backup(store, tmp_path / "copy.db")
        finally:
            os.umask(previous)
    assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
    assert (taken.events, taken.head) == (1, 1)
    assert taken.bytes == taken.path.stat().st_size
    # The user's key came along: the copy opens the sealed email.
    with evtcli.open_store(str(taken.path), read_only=True) as copy:
        assert copy.get_stream("user", user_id).email == "ada@example.com"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["copy.db", "evtcli.db"]  # no partial file left


def test_an_existing_file_is_kept_unless_force_replaces_it(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    target = tmp_path / "copy.db"
    target.write_text("an earlier backup\n")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_group("Platform")
        with pytest.raises(StoreError, match="copy.db exists; give a new file, or --force to replace it"):
            backup(store, target)
        assert target.read_text() == "an earlier backup\n"
        with pytest.raises(StoreError, match="is the database itself"):
            backup(store, db, replace=True)
        assert backup(store, target, replace=True).head == 1
    assert exported(str(target)) == exported(db)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["copy.db", "evtcli.db"]


@pytest.mark.parametrize(
    "target, code, message",
    [
        ("missing/copy.db", 1, "error: directory {dir}/missing does not exist; create it first or give another FILE\n"),
        (".", 1, "error: {dir} is a directory; give the path of the backup file to create\n"),
        ("-", 2, "error: backup writes a file, not standard output; give the path of the file to create\n"),
    ],
)
def test_a_bad_file_is_one_error_line_and_writes_nothing(
    cli: Cli, tmp_path: Path, target: str, code: int, message: str
) -> None:
    assert cli("group", "create", "--name", "Platform").exit_code == 0
    before = sorted(tmp_path.iterdir())
    os.chdir(tmp_path)
    try:
        result = cli("backup", target)
    finally:
        os.chdir(Path(__file__).parent)
    if not is_file_url(cli.db) and target != "-":
        assert result.exit_code == 1 and "pg_dump" in result.stderr  # refused before the path is looked at
    else:
        assert (result.exit_code, result.stderr) == (code, message.format(dir=tmp_path))
    assert result.stdout == ""
    assert sorted(tmp_path.iterdir()) == before


def test_postgresql_is_refused_naming_pg_dump(cli: Cli, store: Store, tmp_path: Path) -> None:
    if is_file_url(cli.db):
        pytest.skip("SQLite makes the copy")
    result = cli("backup", str(tmp_path / "copy.db"))
    assert result.exit_code == 1
    assert result.stderr == (
        "error: evtcli backup copies a SQLite file; a PostgreSQL database is backed up with pg_dump; "
        "run e.g. 'pg_dump --format=custom --file=FILE DBNAME' (pg_restore reads it back)\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_command_says_what_it_copied_and_that_it_verified(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_group("Platform")
        store.create_group("Data")
        anchor = store.head_event()
    assert anchor is not None
    cli = Cli(db)
    said = cli("backup", str(tmp_path / "copy.db"))
    assert said.exit_code == 0, said.stderr
    assert said.stdout.splitlines() == [
        f"backed up 2 events to {tmp_path / 'copy.db'} (head position 2, {os.path.getsize(tmp_path / 'copy.db') / 1024:.1f} KiB, mode 0600)",
        "verified: hash chain, versions and projections of the copy are ok",
    ]
    figures = json.loads(cli("backup", str(tmp_path / "again.db"), "--json").stdout)
    assert figures == {
        "file": str(tmp_path / "again.db"),
        "events": 2,
        "head": {"position": 2, "hash": anchor.hash, "recorded_at": anchor.recorded_at},
        "bytes": os.path.getsize(tmp_path / "again.db"),
        "mode": "0600",
        "verified": True,
        "problems": [],
    }


def test_a_read_only_database_is_backed_up_without_writing_beside_it(tmp_path: Path) -> None:
    """A user who may read the database but not write it (nor its directory) can back it up;
    as root, the backup runs in a process that obeys permission bits."""
    reason = permission_bits_bind()
    if reason is not None:
        pytest.skip(reason)
    source_dir = tmp_path / "source"
    source_dir.mkdir()
    db = str(source_dir / "evtcli.db")
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_group("Platform")
    os.chmod(db, 0o400)
    source_dir.chmod(0o500)
    try:
        done = run_obeying_permissions("backup", str(tmp_path / "copy.db"), db=db)
        assert done.returncode == 0, done.stderr
        assert sorted(path.name for path in source_dir.iterdir()) == ["evtcli.db"]
    finally:
        source_dir.chmod(0o700)
    with evtcli.open_store(str(tmp_path / "copy.db"), read_only=True) as copy:
        assert [group.name for group in copy.list_streams("group")] == ["Platform"]
