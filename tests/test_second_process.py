"""Work shared with a second process changes no outcome.

Import checks its lines in a forked child, and replay checks the hash chain in a
second interpreter. The import suites (test_jsonl, test_import_errors) and
replay's refusals (test_verify) run both ways; this module holds what only the
second process has: when it is used, what happens when it fails, is killed or
is no longer needed, and what the work done ahead may not decide.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CHEAP_HASHER, copy_into, evtcli_command, exported_with_keys
from jsonl_events import created, destroyed, jsonl as make_jsonl, stream

import evtcli
from evtcli.domain import validation
from evtcli.domain.declared import MODEL
from evtcli.jsonl import prepare
from evtcli.jsonl.lines import latest_time
from evtcli.store import dialect

MANY = 2500  # three chunks of lines


def many_users(count: int = MANY, first: int = 1) -> list[dict]:
    return [created(n, name=f"User {n}", email=f"user{n}@example.com") for n in range(first, first + count)]


# -- when a second process is used -----------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "source", "expected"),
    [
        ("", "small file", False),
        ("", "large file", True),
        ("", "pipe", True),
        ("", "memory", False),
        ("1", "large file", False),
        ("1", "pipe", False),
        ("2", "small file", True),
        ("2", "memory", True),
    ],
)
def test_a_second_process_is_used_for_large_inputs_and_pipes(
    setting: str, source: str, expected: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVTCLI_PROCESSES", setting)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"x" * (prepare.SECOND_PROCESS_BYTES if source == "large file" else 100))
    if source == "pipe":
        read_end, write_end = os.pipe()
        opened = os.fdopen(read_end, "rb")
        os.close(write_end)
    elif source == "memory":
        opened = io.BytesIO(b"{}\n")
    else:
        opened = open(path, "rb")
    with opened:
        assert prepare.second_process_pays(opened) is expected


def test_one_cpu_means_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVTCLI_PROCESSES", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"x" * prepare.SECOND_PROCESS_BYTES)
    with open(path, "rb") as opened:
        assert prepare.second_process_pays(opened) is False


def test_the_rest_of_a_file_is_what_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVTCLI_PROCESSES", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"x" * prepare.SECOND_PROCESS_BYTES)
    with open(path, "rb") as opened:
        opened.seek(1)
        assert prepare.second_process_pays(opened) is False


# -- the same outcome --------------------------------------------------------------------------


def test_the_chunks_are_the_same_in_both_processes(tmp_path: Path) -> None:
    source = make_jsonl(*many_users(), b"", destroyed(7), b"   ", created(1, email="again@example.com"))
    options = dict(model=MODEL, default_metadata={"actor": "t"}, latest=latest_time(), head=(3, "sha256:" + "0" * 64))
    here = list(prepare.prepared_chunks(io.BytesIO(source), **options, ahead=True))
    there = list(prepare.chunks_from_second_process(io.BytesIO(source), **options))
    assert [(c.read, c.blank, c.size, c.error) for c in here] == [(c.read, c.blank, c.size, c.error) for c in there]
    assert [len(c.lines) for c in there] == [1000, 1000, 502]
    for mine, theirs in zip(here, there):
        for (number, event), (their_number, their_event) in zip(mine.lines, theirs.lines):
            assert number == their_number and event == their_event
            assert (event.texts(), event.guess) == (their_event.texts(), their_event.guess)
            assert (event.checked_payload() is None) == (their_event.checked_payload() is None)


def test_sealed_events_with_their_keys_copy_the_same_way(store, another_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    users = [store.create_user(f"User {n}", f"user{n}@example.com", "a password") for n in range(3)]
    store.rename_user(users[0], "Renamed")
    store.forget_user(users[1])
    events, keys = exported_with_keys(store)
    monkeypatch.setenv("EVTCLI_PROCESSES", "2")
    with evtcli.open_store(another_db_url, create=True, password_hasher=CHEAP_HASHER) as copy:
        summary = copy_into(copy, events, keys)
        assert (summary.appended, summary.skipped) == (store.event_count(), 0) == (5, 0)
        assert exported_with_keys(copy) == (events, keys)
        assert copy.verify().ok


def test_a_stored_line_that_todays_rules_refuse_is_still_skipped(
    store, processes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line is checked ahead by today's rules and fails; the writer, not the line
    checker, decides: stored already, with the same content, it is skipped."""
    stacked = "Zox" + "\u0301" * 6  # six combining marks on one letter (no precomposed form): refused today
    old_rules = pytest.MonkeyPatch()
    old_rules.setattr(validation, "_refuse_stacked_marks", lambda text, what: None)
    try:
        store.import_events(stream(created(1, name=stacked)))
    finally:
        old_rules.undo()
    again = store.import_events(stream(created(1, name=stacked), created(2, email="new@example.com")))
    assert (again.appended, again.skipped) == (1, 1)
    with pytest.raises(evtcli.ValidationError, match="line 1: .*combining"):
        store.import_events(stream(created(3, name=stacked, email="other@example.com")))


# -- when the second process fails or is no longer needed ------------------------------------


@pytest.mark.parametrize(
    ("failure", "said"),
    [("raises", "(?s)line checker failed.*MemoryError: no memory left"), ("is killed", "ended before the input did")],
)
def test_a_line_checker_that_fails_midway_is_an_internal_error_and_nothing_is_written(
    store, monkeypatch: pytest.MonkeyPatch, failure: str, said: str
) -> None:
    monkeypatch.setenv("EVTCLI_PROCESSES", "2")
    parent = os.getpid()
    real = prepare.prepare

    def failing(event, model, position, previous):  # type: ignore[no-untyped-def]
        if position == 1500 and os.getpid() != parent:
            if failure == "is killed":
                os.kill(os.getpid(), signal.SIGKILL)
            raise MemoryError("no memory left")
        return real(event, model, position, previous)

    monkeypatch.setattr(prepare, "prepare", failing)
    with pytest.raises(RuntimeError, match=said):
        store.import_events(stream(*many_users()))
    assert store.event_count() == 0


def test_a_bad_line_ends_the_line_checker_at_once(store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer refuses line 2 (a version gap) while the checker is still reading: it
    is ended and reaped, not left running."""
    monkeypatch.setenv("EVTCLI_PROCESSES", "2")
    forked: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        child = real_fork()
        if child:
            forked.append(child)
        return child

    monkeypatch.setattr(os, "fork", fork)
    lines = [created(1), created(1, version=3, email="x@example.com"), *many_users(20_000, first=10)]
    with pytest.raises(evtcli.RuleViolation, match="line 2: .*does not follow version 1"):
        store.import_events(stream(*lines))
    (child,) = forked
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # reaped already
    assert store.event_count() == 0


def test_an_error_on_a_line_names_the_rule_the_writer_checks_first(store, processes: str) -> None:
    """Version first, then the payload, as in one process: a line with both wrong
    says its version is wrong."""
    both = created(1, version=2, email="not an email")
    with pytest.raises(evtcli.RuleViolation, match="line 2: .*version 2 does not follow version 0"):
        store.import_events(stream(created(2, email="b@example.com"), both))


# -- the append-only triggers stay ---------------------------------------------------------------


@pytest.mark.parametrize("outcome", ["committed", "dry run", "refused"])
def test_the_append_only_triggers_are_in_place_after_an_import(db_url: str, store, outcome: str) -> None:
    store.create_user("Stored Before", "before@example.com", "a password")  # position 1, whatever the outcome
    lines = many_users(5) + ([created(1, version=3)] if outcome == "refused" else [])
    try:
        store.import_events(stream(*lines), dry_run=outcome == "dry run")
    except evtcli.RuleViolation:
        assert outcome == "refused"
    with store.engine.connect() as conn:
        for table, _ in store.log.tables.values():
            states = dialect.immutability_triggers(conn, table)
            assert set(states.values()) == {dialect.TriggerState.IN_PLACE}, states
    assert store.verify().ok
    if is_sqlite(db_url):
        import sqlite3

        with sqlite3.connect(db_url) as conn, pytest.raises(sqlite3.IntegrityError, match="never replaced"):
            conn.execute("INSERT OR REPLACE INTO user_events SELECT * FROM user_events WHERE position = 1")


def is_sqlite(db_url: str) -> bool:
    return "://" not in db_url


# -- as a process: Ctrl-C ------------------------------------------------------------------------


def test_ctrl_c_during_a_piped_import_ends_both_processes_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    with evtcli.open_store(db_url, create=True):
        pass
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")} | {"EVTCLI_PROCESSES": "2"}
    process = subprocess.Popen(
        evtcli_command(db_url, "events", "import", "-"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        assert process.stdin is not None
        process.stdin.write(make_jsonl(*many_users(1500)))
        process.stdin.flush()  # the rest never comes: the line checker waits for it
        children = _wait_for_children(process.pid)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert stderr.decode().startswith("error: interrupted") or "interrupted" in stderr.decode()
    assert "Traceback" not in stderr.decode()
    for child in children:
        assert not Path(f"/proc/{child}").exists() or _is_zombie_of_nobody(child), f"process {child} is still running"
    with evtcli.open_store(db_url) as store:
        assert store.event_count() == 0


def _wait_for_children(pid: int, timeout: float = 20) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = Path(f"/proc/{pid}/task/{pid}/children")
        found = [int(child) for child in children.read_text().split()] if children.exists() else []
        if found:
            time.sleep(0.3)  # the first chunk is on its way
            return found
        time.sleep(0.05)
    raise AssertionError("the import started no second process")


def _is_zombie_of_nobody(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


# -- replay's chain check ----------------------------------------------------------------------


def test_a_broken_chain_is_reported_before_a_fold_that_fails(db_url: str, store, processes: str) -> None:
    from test_verify import tamper_log

    store.create_user("Ada", "ada@example.com", "correct horse")
    tamper_log(db_url, "UPDATE user_events SET payload = '{' WHERE position = 1")  # no fold reads it
    with pytest.raises(evtcli.IntegrityProblem, match="hash chain is broken: event .* at position 1"):
        store.replay()


def test_a_chain_check_that_cannot_run_is_done_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from evtcli.api import chain_check

    monkeypatch.setenv("EVTCLI_PROCESSES", "2")
    checked_here: list[object] = []
    with chain_check.ReplayCheck(checked_here.append, str(tmp_path / "missing.db"), 10**6, True) as check:
        check.before_fold("before")  # type: ignore[arg-type]  # a second process was started: nothing here yet
        check.after_fold("progress")  # type: ignore[arg-type]
    assert checked_here == ["progress"]
    assert not (tmp_path / "missing.db").exists()


def test_a_chain_check_no_longer_needed_is_ended(db_url: str, store) -> None:
    from evtcli.api import chain_check

    check = chain_check.ChainCheck(store.location.opening_text())
    check.stop()
    assert check._process.returncode is not None  # reaped


def test_a_custom_model_is_checked_here(store, monkeypatch: pytest.MonkeyPatch) -> None:
    from evtcli.api import chain_check

    monkeypatch.setenv("EVTCLI_PROCESSES", "2")
    assert chain_check.start("x.db", 10**6, model_is_evtclis=False) is None
    started = chain_check.start(store.location.opening_text(), 1, model_is_evtclis=True)
    assert started is not None
    assert started.verdict() == 0


if not sys.platform.startswith("linux"):  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="a second process is used on Linux only")
