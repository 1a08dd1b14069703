"""Many evtcli processes on one SQLite file: no lost, doubled or reordered event.

Writers are worker processes that run evtcli commands one after another, each command
a process of its own (see workers.py), with the real argon2 parameters. A
``tail -f --json`` reader runs through the whole load.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

import evtcli
from conftest import evtcli_command, run_evtcli
from hardening import assert_one_error_line, event_rows, generated_events, wait_for
from workers import Outcome, collect, done, start, wait_ready

pytestmark = pytest.mark.stress

WRITERS = 8
CREATES_PER_WRITER = 100
PASSWORD = "load-test-password\n"


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}


def _has_open(pid: int, path: Path) -> bool:
    """True when process ``pid`` has ``path`` open (it has connected to the database)."""
    try:
        entries = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        return False
    for entry in entries:
        try:
            if os.readlink(f"/proc/{pid}/fd/{entry}") == str(path):
                return True
        except OSError:
            continue
    return False


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _race(directory: Path, name: str, db: Path, commands: list[list[str]]) -> list[Outcome]:
    """Run each command in its own process, all released at the same moment."""
    gate = directory / f"{name}.go"
    racers = [
        start(directory, f"{name}-{index}", str(db), [(args, None)], gate=gate)
        for index, args in enumerate(commands)
    ]
    wait_ready(racers)
    gate.touch()
    return [collect(racer, timeout=180)[0] for racer in racers]


def _assert_one_winner(outcomes: list[Outcome], loser_codes: tuple[int, ...]) -> Outcome:
    winners = [outcome for outcome in outcomes if outcome.exit == 0]
    assert len(winners) == 1, [(o.args, o.exit, o.stderr) for o in outcomes]
    for outcome in outcomes:
        if outcome is winners[0]:
            assert outcome.stderr == "", outcome.stderr
            continue
        assert outcome.exit in loser_codes, (outcome.args, outcome.exit, outcome.stderr)
        assert_one_error_line(outcome.stderr)
    return winners[0]


def test_eight_writers_racing_destroyers_and_a_follower(tmp_path: Path) -> None:
    db = tmp_path / "load.db"
    assert run_evtcli("init", db=str(db)).returncode == 0

    tail_out, tail_err = tmp_path / "tail.out", tmp_path / "tail.err"
    with tail_out.open("wb") as out, tail_err.open("wb") as err:
        # -n larger than the whole run: the reader misses nothing even if its first
        # read came after the first commit; that it follows live is checked below.
        tail = subprocess.Popen(
            evtcli_command(str(db), "events", "tail", "-f", "--json", "-n", "100000"),
            stdout=out,
            stderr=err,
            env=_clean_env(),
        )
    try:
        gate = tmp_path / "load.go"
        writers = [
            start(
                tmp_path,
                f"writer{w}",
                str(db),
                [
                    (
                        [
                            "user",
                            "create",
                            "--name",
                            f"Load {w}-{i}",
                            "--email",
                            f"load-{w}-{i}@example.com",
                            "--password-stdin",
                        ],
                        PASSWORD,
                    )
                    for i in range(CREATES_PER_WRITER)
                ],
                gate=gate,
            )
            for w in range(WRITERS)
        ]
        wait_ready(writers)
        wait_for(lambda: _has_open(tail.pid, db), 60, "the tail -f reader to open the database")
        started = time.monotonic()
        gate.touch()

        # While the writers run, the reader's output grows step by step: it follows live.
        counts_seen: set[int] = set()

        def writers_finished() -> bool:
            counts_seen.add(len(_lines(tail_out)))
            return all(writer.process.poll() is not None for writer in writers)

        wait_for(writers_finished, 1200, "the writers", interval=0.5)
        load_seconds = time.monotonic() - started
        outcomes = [outcome for writer in writers for outcome in collect(writer, timeout=60)]

        assert len(outcomes) == WRITERS * CREATES_PER_WRITER
        failed = [(o.args, o.exit, o.stderr) for o in outcomes if o.exit != 0 or o.stderr]
        assert failed == []
        ids = [o.stdout.strip() for o in outcomes]
        assert all(str(uuid.UUID(user_id)) == user_id for user_id in ids)
        assert len(set(ids)) == WRITERS * CREATES_PER_WRITER
        assert len({count for count in counts_seen if 0 < count < len(ids)}) >= 3, sorted(counts_seen)

        rows = event_rows(db)
        assert [row[0] for row in rows] == list(range(1, WRITERS * CREATES_PER_WRITER + 1))
        assert [row[1] for row in rows] == ["Created"] * (WRITERS * CREATES_PER_WRITER)
        assert sorted(row[2] for row in rows) == sorted(ids)
        assert {row[3] for row in rows} == {1}
        with evtcli.open_store(str(db)) as store:
            live = store.list_streams("user")
        assert len(live) == WRITERS * CREATES_PER_WRITER
        assert {user.id for user in live} == set(ids)

        # 2, 3 and 4 processes destroy the same user, each naming it another way.
        for racers, user_id in zip((2, 3, 4), ids[:3]):
            email = next(user.email for user in live if user.id == user_id)
            references = [user_id, user_id[:13], email, user_id.upper()][:racers]
            outcomes = _race(
                tmp_path,
                f"destroy{racers}",
                db,
                [["user", "destroy", ref, "--reason", f"racer {i}"] for i, ref in enumerate(references)],
            )
            _assert_one_winner(outcomes, loser_codes=(1, 3))
            destroyed = [row for row in event_rows(db) if row[2] == user_id and row[1] == "Destroyed"]
            assert len(destroyed) == 1

        # Racing --expected-version writers: exactly one wins version 2 of each user.
        for user_id in ids[3:6]:
            outcomes = _race(
                tmp_path,
                f"version-{user_id[:8]}",
                db,
                [["user", "destroy", user_id, "--expected-version", "1"] for _ in range(3)]
                + [["user", "destroy", user_id, "--expected-version", "2"]],
            )
            winner = _assert_one_winner(outcomes, loser_codes=(1, 3))
            assert winner.args[-1] == "1"
            for outcome in outcomes:
                if outcome is not winner and outcome.args[-1] == "1":
                    assert outcome.exit == 3, outcome.stderr
            stream = [row for row in event_rows(db) if row[2] == user_id]
            assert [row[3] for row in stream] == [1, 2]

        head = len(event_rows(db))
        assert head == WRITERS * CREATES_PER_WRITER + 6
        assert [row[0] for row in event_rows(db)] == list(range(1, head + 1))
        verified = run_evtcli("verify", db=str(db), timeout=300)
        assert verified.returncode == 0, verified.stdout + verified.stderr

        wait_for(lambda: len(_lines(tail_out)) >= head, 60, "the reader to see every event")
        tail.send_signal(signal.SIGINT)
        assert tail.wait(timeout=30) == 0
        received = [json.loads(line) for line in _lines(tail_out)]
        assert [event["position"] for event in received] == list(range(1, head + 1))
        assert [(e["position"], e["type"], e["aggregate_id"], e["version"]) for e in received] == [
            tuple(row) for row in event_rows(db)
        ]
        assert "Traceback" not in tail_err.read_text()
        print(f"\n{WRITERS} writers x {CREATES_PER_WRITER} creates: {load_seconds:.1f} s")
    finally:
        if tail.poll() is None:
            tail.kill()
            tail.wait()


REPLAY_EVENTS = int(os.environ.get("EVTCLI_STRESS_REPLAY_EVENTS", "20000"))
READS = 14


def test_user_list_during_replay_sees_old_or_new_never_partial(tmp_path: Path) -> None:
    db = tmp_path / "replay.db"
    source = generated_events(tmp_path / "history.jsonl", REPLAY_EVENTS)
    with evtcli.open_store(str(db), create=True) as store, source.open("rb") as stream:
        store.import_events(stream)
        live_users = len(store.list_streams("user"))
    assert live_users > 1000

    go = tmp_path / "reads.go"
    commands: list[tuple] = [(["user", "list", "--json"], None)]
    commands += [(["user", "list", "--json"], None, go if i == 0 else None) for i in range(READS)]
    reader = start(tmp_path, "reader", str(db), commands)
    wait_for(lambda: done(tmp_path, "reader", 0), 120, "the first read")

    replays: list[tuple[float, float]] = []
    go.touch()
    while reader.process.poll() is None:
        begun = time.monotonic()
        replayed = run_evtcli("replay", db=str(db), timeout=300)
        replays.append((begun, time.monotonic()))
        assert replayed.returncode == 0, replayed.stderr
    reads = collect(reader, timeout=60)

    baseline = reads[0]
    assert baseline.exit == 0 and len(json.loads(baseline.stdout)) == live_users
    overlapping = 0
    for read in reads[1:]:
        assert read.exit == 0, read.stderr
        # Every read is the whole table, exactly as before: never empty, never partial.
        assert read.stdout == baseline.stdout
        if any(read.start < end and begun < read.end for begun, end in replays):
            overlapping += 1
    print(f"\nuser list during replay: {len(reads) - 1} reads, {overlapping} during one of {len(replays)} replays")
    assert overlapping >= 3, (overlapping, replays)
    verified = run_evtcli("verify", db=str(db), timeout=300)
    assert verified.returncode == 0, verified.stdout + verified.stderr
