"""Faults around the database: locks, permissions, damage, closed output.

Each one ends in one clear ``error:`` line and the right exit code, and never changes
the database. Locks, refused commands and closed output run on each backend
(``db_url``); file modes, other users of a file, damaged files and SQLite's own
locks are about a SQLite file and named for it.
"""

from __future__ import annotations

import json
import os
import select
import shlex
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest

import evtcli
from conftest import CHEAP_HASHER, Cli, evtcli_command, is_file_url, run_evtcli
from hardening import (
    assert_one_error_line,
    checkpoint,
    file_state,
    permission_bits_bind,
    run_obeying_permissions,
)
from stored import event_count, execute, holding_the_write_lock, is_empty, stored_state

PASSWORD = "fault-test-pw\n"
CREATE = ("user", "create", "--name", "New Person", "--email", "new@example.com", "--password-stdin")
SAMPLE = Path(__file__).resolve().parents[1] / "sample_events.jsonl"

# (arguments, stdin) of write commands and read commands.
WRITES = [
    (CREATE, PASSWORD),
    (("user", "destroy", "ada@example.com"), None),
    (("events", "import", str(SAMPLE)), None),
    (("replay",), None),
    (("init",), None),
]
READS = [
    (("user", "list", "--json"), None),
    (("user", "show", "ada@example.com"), None),
    (("events", "tail", "-n", "3"), None),
    (("events", "export",), None),
    (("verify",), None),
    (("projection", "list"), None),
]


def _make_db(path: Path) -> Path:
    """A small evtcli database, checkpointed so that the main file is the whole of it."""
    _fill(str(path))
    return path


def _fill(db_url: str) -> str:
    """Three events (one live user, one destroyed) in a fresh database; a file is checkpointed."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada Lovelace", "ada@example.com", "correct horse")
        gone = store.create_user("Grace Hopper", "grace@example.com", "battery staple")
        store.destroy_user(gone)
    if is_file_url(db_url):
        checkpoint(Path(db_url))
    return db_url


@pytest.fixture
def db(db_url: str) -> str:
    """The small database on each backend."""
    return _fill(db_url)


# -- another process holds the write lock ----------------------------------------------


@pytest.mark.parametrize(
    "args, stdin",
    [WRITES[0], WRITES[2], WRITES[3], WRITES[4]],
    ids=["user create", "events import", "replay", "init"],
)
def test_a_writer_waiting_longer_than_the_busy_timeout_gives_up_cleanly(
    db: str, args: tuple[str, ...], stdin: str | None
) -> None:
    count = event_count(db)
    # 0 means "do not wait" (not "wait for ever", as lock_timeout=0 would on a server);
    # one command is enough to show it, as every writer takes the lock the same way.
    timeouts = ("0.5", "0") if args == CREATE else ("0.5",)
    with holding_the_write_lock(db):
        for timeout in timeouts:
            started = time.monotonic()
            result = run_evtcli(*args, db=db, input=stdin, env={"EVTCLI_BUSY_TIMEOUT": timeout})
            waited = time.monotonic() - started
            assert result.returncode == 1, result.stderr
            line = assert_one_error_line(result.stderr)
            assert line.startswith("error: another process held the database lock"), line
            assert "busy timeout" in line
            assert waited < 25, "EVTCLI_BUSY_TIMEOUT was not applied"  # the default is 30 s
        # Readers are not blocked by a writer (SQLite's WAL; a server's MVCC).
        reader = run_evtcli("user", "list", "--json", db=db, env={"EVTCLI_BUSY_TIMEOUT": "0.5"})
    assert reader.returncode == 0 and len(json.loads(reader.stdout)) == 1
    assert event_count(db) == count
    if args == CREATE:
        # Once the lock is free the same write goes through.
        done = run_evtcli(*args, db=db, input=stdin)
        assert done.returncode == 0, done.stderr
        assert event_count(db) == count + 1


# -- permissions ------------------------------------------------------------------------


@pytest.fixture
def obey_permissions() -> None:
    reason = permission_bits_bind()
    if reason is not None:
        pytest.skip(reason)


@pytest.mark.usefixtures("obey_permissions")
def test_read_only_database_file_sqlite(db_url: str) -> None:
    db = _make_db(Path(db_url))
    db.chmod(0o400)
    before = file_state(db)
    for args, stdin in WRITES[:4]:
        result = run_obeying_permissions(*args, db=str(db), input=stdin)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        line = assert_one_error_line(result.stderr)
        assert "read-only" in line, line
        assert file_state(db)["db"] == before["db"]
    # Reading a read-only database works.
    listed = run_obeying_permissions("user", "list", "--json", db=str(db))
    assert listed.returncode == 0, listed.stderr
    assert [user["email"] for user in json.loads(listed.stdout)] == ["ada@example.com"]
    assert file_state(db)["db"] == before["db"]
    db.chmod(0o600)
    assert event_count(db_url) == 3


@pytest.mark.usefixtures("obey_permissions")
def test_read_only_directory_sqlite(tmp_path: Path) -> None:
    directory = tmp_path / "locked"
    directory.mkdir()
    db = _make_db(directory / "evtcli.db")
    before = file_state(db)
    directory.chmod(0o500)
    try:
        for args, stdin in WRITES[:4]:
            result = run_obeying_permissions(*args, db=str(db), input=stdin)
            assert result.returncode == 1, (args, result.stdout, result.stderr)
            assert_one_error_line(result.stderr)
            assert file_state(db)["db"] == before["db"]
        # A new database cannot be made there either, and nothing is left behind.
        fresh = directory / "new.db"
        result = run_obeying_permissions(*CREATE, db=str(fresh), input=PASSWORD)
        assert result.returncode == 1
        assert "cannot create" in assert_one_error_line(result.stderr)
        assert not fresh.exists()
    finally:
        directory.chmod(0o700)
    assert event_count(str(db)) == 3


NOT_UTF8 = "\udcff"  # how Python hands over a command-line byte that is not UTF-8


@pytest.mark.parametrize(
    "args, stdin",
    [
        (("events", "import", "-"), '{"aggregate": "user"}\n'),
        (("events", "import", "-"), SAMPLE.read_text() + "not json\n"),  # refused after 152 good lines
        (("user", "create", "--name", "A", "--email", "bad", "--password-stdin"), PASSWORD),
        (CREATE + ("--correlation-id", NOT_UTF8), PASSWORD),  # refused once the database is open
        (("group", "create", "--name", "Admins", "--causation-id", NOT_UTF8), None),
    ],
    ids=["bad import", "import bad at the end", "bad email", "bad correlation id", "group: bad causation id"],
)
def test_a_refused_command_leaves_no_database_file_and_no_events(
    db_url: str, tmp_path: Path, args: tuple[str, ...], stdin: str | None
) -> None:
    result = Cli(db_url)(*args, input=stdin)
    assert result.exit_code == 1, result.stderr
    assert_one_error_line(result.stderr)
    if is_file_url(db_url):
        # The file the command made is removed again (nor -wal, -shm or journal is left).
        assert sorted(tmp_path.iterdir()) == []
    else:
        # A server database exists before the command; the schema the command made in
        # it is dropped again (tables, trigger functions): it is as empty as before.
        assert is_empty(db_url)


def test_a_refused_command_keeps_a_database_it_did_not_create(db: str) -> None:
    before = event_count(db)
    result = Cli(db)("events", "import", "-", input='{"aggregate": "user"}\n')
    assert result.exit_code == 1
    assert event_count(db) == before


# -- another user, who may read the database but not write it ---------------------------------

AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def run_as_nobody(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    done = subprocess.run([*AS_NOBODY, *evtcli_command(str(db), *args)], capture_output=True, env=env, timeout=60)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory outside tmp_path (which only root may enter) that nobody may read."""
    import shutil
    import tempfile

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run evtcli as the user nobody")
    probe = subprocess.run([*AS_NOBODY, *evtcli_command(None, "--version")], capture_output=True)
    if probe.returncode != 0:
        reason = f"the user nobody cannot run this Python: {probe.stderr.decode().strip()[-200:]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    directory = Path(tempfile.mkdtemp(prefix="evtcli-shared-"))
    try:
        yield directory
    finally:
        directory.chmod(0o700)
        shutil.rmtree(directory)


@pytest.mark.parametrize(
    "dir_mode, file_mode",
    [(0o755, 0o444), (0o555, 0o644), (0o1777, 0o444)],
    ids=["read-only file", "read-only directory", "sticky shared directory, read-only file"],
)
def test_read_commands_work_for_a_user_who_may_not_write_sqlite(shared_dir: Path, dir_mode: int, file_mode: int) -> None:
    db = _make_db(shared_dir / "evtcli.db")
    db.chmod(file_mode)
    shared_dir.chmod(dir_mode)
    before = (sorted(p.name for p in shared_dir.iterdir()), file_state(db))
    listed = run_as_nobody("user", "list", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    assert [user["email"] for user in json.loads(listed.stdout)] == ["ada@example.com"]
    for args in (("verify",), ("events", "tail", "-n", "3"), ("replay", "--verify"), ("projection", "list"), ("stats",)):
        result = run_as_nobody(*args, db=db)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stderr == "", result.stderr  # no chmod advice to a user who cannot chmod
    refused = run_as_nobody("user", "destroy", "ada@example.com", db=db)
    assert refused.returncode == 1
    assert_one_error_line(refused.stderr)
    # Nothing was written or created: no -wal or -shm owned by nobody beside the database.
    assert (sorted(p.name for p in shared_dir.iterdir()), file_state(db)) == before


def test_a_reader_who_may_not_write_sees_what_a_writer_has_not_checkpointed_sqlite(shared_dir: Path) -> None:
    db = _make_db(shared_dir / "evtcli.db")
    db.chmod(0o644)
    shared_dir.chmod(0o755)
    # The writer's connection stays open, so the new user stays in the WAL.
    with evtcli.open_store(str(db), password_hasher=CHEAP_HASHER) as store:
        store.create_user("Bob", "bob@example.com", "correct horse")
        assert Path(f"{db}-wal").exists()
        Path(f"{db}-shm").chmod(0o644)
        Path(f"{db}-wal").chmod(0o644)
        listed = run_as_nobody("user", "list", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    assert sorted(user["email"] for user in json.loads(listed.stdout)) == ["ada@example.com", "bob@example.com"]


def test_missing_directory_in_db_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "evtcli.db"
    cli = Cli(str(path))
    for args, stdin in WRITES[:3] + READS:
        result = cli(*args, input=stdin)
        assert result.exit_code == 1, (args, result.stderr)
        assert_one_error_line(result.stderr)
    assert not (tmp_path / "no").exists()
    done = run_evtcli(*CREATE, db=str(path), input=PASSWORD)
    assert done.returncode == 1
    assert "does not exist" in assert_one_error_line(done.stderr)
    assert not (tmp_path / "no").exists()


# -- files and databases that are not (or no longer) an evtcli database -------------------


def _other_application(db_url: str) -> None:
    execute(db_url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes (id, body) VALUES (1, 'keep me')")


def _newer_schema(db_url: str) -> None:
    _fill(db_url)
    execute(db_url, "UPDATE evtcli_meta SET value = '99' WHERE key = 'schema_version'")


def _truncated(size: int | str):  # type: ignore[no-untyped-def]
    def make(path: Path) -> Path:
        _make_db(path)
        with sqlite3.connect(path) as conn:
            conn.executemany(
                "INSERT INTO evtcli_meta (key, value) VALUES (?, ?)",
                [(f"padding-{i}", "x" * 3000) for i in range(40)],
            )
        conn.close()
        checkpoint(path)
        full = path.stat().st_size
        keep = {"half": full // 2, "last page": full - 4096}.get(size, size)  # type: ignore[call-overload]
        with path.open("r+b") as handle:
            handle.truncate(keep)
        return path

    return make


# Databases of the right kind that evtcli must not touch, on each backend.
NOT_EVTCLI = {
    "another application's database": _other_application,
    "newer schema version": _newer_schema,
}
# Files that are not a (whole) SQLite database at all.
DAMAGED = {
    "text file": lambda path: (path.write_text("name,email\nada,ada@example.com\n"), path)[1],
    "random bytes": lambda path: (path.write_bytes(bytes(range(256)) * 64), path)[1],
    "truncated to 100 bytes": _truncated(100),
    "truncated to one page": _truncated(4096),
    "truncated to half": _truncated("half"),
    "last page cut off": _truncated("last page"),
}


def refused_untouched(db_url: str, kind: str) -> None:
    """Every write and read command is refused with one error line, and changes nothing."""
    before = stored_state(db_url)
    cli = Cli(db_url)
    for args, stdin in WRITES + READS:
        result = cli(*args, input=stdin)
        assert result.exit_code == 1, (kind, args, result.stdout, result.stderr)
        line = assert_one_error_line(result.stderr)
        assert "internal error" not in line, line
        if kind == "newer schema version":
            assert "newer" in line
        assert stored_state(db_url) == before, (kind, args)
    # And once through a real process, as a user would meet it.
    result = run_evtcli(*CREATE, db=db_url, input=PASSWORD)
    assert result.returncode == 1
    assert_one_error_line(result.stderr)
    assert stored_state(db_url) == before


@pytest.mark.parametrize("kind", list(NOT_EVTCLI))
def test_a_database_that_is_not_a_usable_evtcli_database_is_refused_untouched(db_url: str, kind: str) -> None:
    NOT_EVTCLI[kind](db_url)
    if is_file_url(db_url):
        Path(db_url).chmod(0o600)
    refused_untouched(db_url, kind)


@pytest.mark.parametrize("damage", list(DAMAGED))
def test_a_file_that_is_not_a_usable_evtcli_database_is_refused_untouched_sqlite(db_url: str, damage: str) -> None:
    path = DAMAGED[damage](Path(db_url))
    path.chmod(0o600)
    refused_untouched(db_url, damage)


# -- standard output closed early --------------------------------------------------------


@pytest.fixture
def big_db(db_url: str) -> str:
    """Enough events that an export overflows a pipe's buffer (64 KiB)."""
    with evtcli.open_store(db_url, create=True) as store, SAMPLE.open("rb") as sample:
        store.import_events(sample)
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as store:
        for i in range(150):
            store.create_user(f"Reader {i}", f"reader{i}@example.com", "long enough")
    if is_file_url(db_url):
        checkpoint(Path(db_url))
    return db_url


def _pipeline(command: list[str], reader: str) -> subprocess.CompletedProcess[str]:
    script = f"{' '.join(map(_quote, command))} 2>evtcli.err | {reader}; echo \"${{PIPESTATUS[0]}}\" >evtcli.code"
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)


def _quote(text: str) -> str:
    return shlex.quote(text)


def test_export_into_head_stops_quietly(big_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = event_count(big_db)
    for command in (["events", "export"], ["events", "tail", "-n", "1000", "--json"], ["user", "list", "--json"]):
        done = _pipeline(list(evtcli_command(big_db, *command)), "head -1")
        assert done.returncode == 0
        assert len(done.stdout.splitlines()) == 1
        assert (tmp_path / "evtcli.err").read_text() == "", command
        assert (tmp_path / "evtcli.code").read_text().strip() == "0", command
    assert event_count(big_db) == before


def test_tail_follow_into_head_stops_at_the_next_event(big_db: str, tmp_path: Path) -> None:
    err = tmp_path / "tail.err"
    script = f"{' '.join(map(_quote, evtcli_command(big_db, 'events', 'tail', '-f', '--json', '-n', '1')))} 2>{_quote(str(err))} | head -1"
    pipeline = subprocess.Popen(["bash", "-c", f"{script}; echo \"${{PIPESTATUS[0]}}\" >{_quote(str(tmp_path / 'code'))}"], stdout=subprocess.PIPE)
    try:
        ready, _, _ = select.select([pipeline.stdout], [], [], 60)
        assert ready, "tail -f printed nothing"
        first = pipeline.stdout.readline()  # type: ignore[union-attr]
        assert json.loads(first)["position"] == event_count(big_db)
        # head has gone; tail -f notices when it next has something to write.
        with evtcli.open_store(big_db, password_hasher=CHEAP_HASHER) as store:
            for i in range(3):
                store.create_user(f"Late {i}", f"late{i}@example.com", "long enough")
                if pipeline.poll() is not None:
                    break
                try:
                    pipeline.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    continue
        assert pipeline.wait(timeout=30) == 0
    finally:
        if pipeline.poll() is None:
            pipeline.kill()
            pipeline.wait()
    assert err.read_text() == ""
    assert (tmp_path / "code").read_text().strip() == "0"


def test_import_whose_reader_goes_away_is_still_all_or_nothing(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    done = _pipeline(list(evtcli_command(db_url, "events", "import", "--json", str(SAMPLE))), "true")
    assert done.returncode == 0
    assert (tmp_path / "evtcli.err").read_text() == ""
    assert (tmp_path / "evtcli.code").read_text().strip() == "0"
    assert event_count(db_url) == len(SAMPLE.read_text().splitlines())


@pytest.mark.parametrize(
    "args, stdin",
    [(CREATE, PASSWORD), (("user", "destroy", "ada@example.com"), None), (("user", "list"), None)],
    ids=["user create", "user destroy", "user list"],
)
def test_closed_stdout_is_refused_before_anything_is_written(db: str, args: tuple[str, ...], stdin: str | None) -> None:
    before = stored_state(db, companions=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    done = subprocess.run(
        [*evtcli_command(db, *args)],
        input=None if stdin is None else stdin.encode(),
        stdout=None,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        # Close file descriptor 1 in the child, as `evtcli … >&-` does.
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 1
    assert "standard output is closed" in assert_one_error_line(done.stderr.decode())
    assert stored_state(db, companions=False) == before
    assert event_count(db) == 3


# -- several stores on one file in one process ----------------------------------------


def test_opening_another_store_keeps_this_process_s_locks_sqlite(db: str) -> None:
    """POSIX locks belong to the process: closing any descriptor of the file drops them
    all. Opening a store must not do that to connections already open in the process,
    or another process could checkpoint and delete the WAL under a live reader."""
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM user_events").fetchone() == (3,)
        assert Path(f"{db}-wal").exists()
        with evtcli.open_store(str(db)) as store:  # a second client in this process
            assert store.event_count() == 3
        # The last connection of another process tries to fold and delete the WAL;
        # it must see that this process still has a reader.
        assert run_evtcli("user", "list", db=str(db)).returncode == 0
        assert Path(f"{db}-wal").exists()
        assert reader.execute("SELECT count(*) FROM user_events").fetchone() == (3,)
    finally:
        reader.close()
