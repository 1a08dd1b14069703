"""``evtcli consume`` as a real process on each backend (SPEC §12): what only a process shows.

kill -9 of the consumer and of its COMMAND, following other writer processes, the
lease across processes, a closed pipe, and SIGTERM/SIGINT. The COMMAND is the
recorder from ``consumer_tools``; every consume process carries a ``CONSUME_RUN``
tag in its environment, which its COMMAND writes into each note, so a note left by
an orphaned COMMAND (it runs in its own session and outlives a killed consumer) is
still counted for the run that started it. Waits poll with deadlines.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

import evtcli
from consumer_tools import (
    add_groups,
    checkpoint,
    consume_env,
    delivered,
    head,
    records,
    recorder,
    seed_sample,
    status,
    wait_until,
)
from conftest import CHEAP_HASHER, evtcli_command, run_evtcli

WRITER = r'''
import sys, time
import evtcli
from evtcli.domain.passwords import PasswordHasher

db, number, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
with evtcli.open_store(db, password_hasher=hasher, busy_timeout=30) as store:
    for index in range(count):
        if index % 2:
            store.create_group(f"Writer {number} group {index}")
        else:
            store.create_user(f"Writer {number} user {index}", f"w{number}-{index}@example.com", "writer password")
'''


def create(db_url: str, name: str, **options: Any) -> int:
    """Create a consumer through the library; its checkpoint."""
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as store:
        return store.create_consumer(name, **options).checkpoint


class Consume:
    """One ``evtcli consume`` process; its stderr goes to a file, as an orphaned COMMAND
    could hold a pipe open after the consumer died."""

    def __init__(self, db_url: str, tmp_path: Path, name: str, *args: str, run: str = "") -> None:
        self.run = run
        self.stderr_path = tmp_path / f"consume-{run or 'x'}-{time.monotonic_ns()}.err"
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                evtcli_command(db_url, "consume", name, *args),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                env=consume_env(run),
            )
        self.pid = self.process.pid

    def signal(self, number: int) -> None:
        self.process.send_signal(number)

    def finish(self, timeout: float = 30) -> tuple[int, str]:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        stderr = self.stderr_path.read_text()
        assert "Traceback" not in stderr, stderr
        return code, stderr


@pytest.fixture
def consumers() -> Iterator[list[Consume]]:
    """Consume processes a test started; any still running at the end are killed."""
    started: list[Consume] = []
    yield started
    for consume in started:
        if consume.process.poll() is None:
            consume.process.kill()
            consume.process.wait()


def of_run(out: Path, run: str, kind: str = "done") -> list[dict[str, Any]]:
    return [note for note in records(out, kind) if note["run"] == run]


def held_by(db_url: str, name: str, pid: int) -> bool:
    holder = status(db_url, name).holder
    return holder is not None and f"pid {pid}" in holder


# -- kill -9 ------------------------------------------------------------------------------------


def test_kill_9_of_the_consumer_at_random_moments_never_skips(db_url: str, tmp_path: Path, consumers: list) -> None:
    last = seed_sample(db_url)
    create(db_url, "warehouse", start="start")
    command, out = recorder(tmp_path, random_sleep=0.06)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    starts: list[tuple[str, int]] = []  # (run, checkpoint when it started)
    killed_at: dict[str, float] = {"final": float("inf")}
    for number in range(12):
        before = checkpoint(db_url, "warehouse")
        if before == last:  # everything went through already: give the next run work
            last = add_groups(db_url, 15, prefix=f"Run {number}")
        run = f"killed-{number}"
        consume = Consume(db_url, tmp_path, "warehouse", "--batch", "3", "--", *command, run=run)
        consumers.append(consume)
        starts.append((run, before))
        wait_until(lambda: of_run(out, run, "start"), what=f"run {run} to start a batch (seed {seed})")
        if number == 0:  # at least one killed run gets a batch through, however slow the machine
            wait_until(lambda: checkpoint(db_url, "warehouse") > before, what=f"run {run} to acknowledge (seed {seed})")
        time.sleep(rng.uniform(0, 0.3))
        killed_at[run] = time.time()
        consume.process.kill()
        consume.process.wait()
    final_before = checkpoint(db_url, "warehouse")
    last = head(db_url)
    consume = Consume(db_url, tmp_path, "warehouse", "--batch", "3", "--", *command, run="final")
    consumers.append(consume)
    assert consume.finish(timeout=90) == (0, "")
    starts.append(("final", final_before))
    assert checkpoint(db_url, "warehouse") == last

    checkpoints = [before for _, before in starts] + [last]
    for index, (run, before) in enumerate(starts):
        begun = [(int(note["first"]), int(note["last"])) for note in of_run(out, run, "start")]
        # Each run starts right after the checkpoint it found, and goes on batch after batch.
        assert begun[0][0] == before + 1, (seed, run, before, begun)
        assert all(b[0] == a[1] + 1 for a, b in zip(begun, begun[1:])), (seed, run, begun)
        assert all(0 < b - a + 1 <= 3 for a, b in begun), (seed, run, begun)
        done = of_run(out, run)
        whole_batches = set()
        for note in done:
            # A COMMAND orphaned by the kill may have got only part of its batch, or none.
            whole = list(range(int(note["first"]), int(note["last"]) + 1))
            assert note["positions"] == whole[: len(note["positions"])], (seed, note)
            if note["positions"] == whole and note["t"] < killed_at[run]:
                whole_batches.add(whole[-1])
        # The checkpoint moves only past a batch its COMMAND got whole and finished
        # before the kill (a batch is delivered again only when it was not acknowledged).
        after = checkpoints[index + 1]
        assert after == before or after in whole_batches, (seed, run, before, after)
    assert checkpoints == sorted(checkpoints), (seed, checkpoints)
    assert sorted(set(delivered(out))) == list(range(1, last + 1)), seed  # at least once, none skipped
    assert final_before > 0, seed  # the killed runs made progress


def test_kill_9_of_the_command_retries_the_batch(db_url: str, tmp_path: Path, consumers: list) -> None:
    last = seed_sample(db_url)
    create(db_url, "mailer", start=last - 3)
    marker = tmp_path / "killed-once"
    command, out = recorder(tmp_path, kill_marker=str(marker))
    consume = Consume(db_url, tmp_path, "mailer", "--batch", "2", "--retries", "2", "--", *command, run="one")
    consumers.append(consume)
    victim = int(wait_until(lambda: marker.exists() and marker.read_text(), what="the first attempt"))
    assert checkpoint(db_url, "mailer") == last - 3
    os.kill(victim, signal.SIGKILL)
    assert consume.finish() == (0, "")
    begun = [(int(note["first"]), int(note["last"])) for note in records(out, "start")]
    assert begun == [(last - 2, last - 1), (last - 2, last - 1), (last, last)]
    assert delivered(out) == [last - 2, last - 1, last]
    assert checkpoint(db_url, "mailer") == last


# -- following other writers --------------------------------------------------------------------


def test_follow_keeps_up_with_four_writer_processes(db_url: str, tmp_path: Path, consumers: list) -> None:
    start = add_groups(db_url, 3)
    assert create(db_url, "follower") == start
    command, out = recorder(tmp_path)
    consume = Consume(db_url, tmp_path, "follower", "--follow", "--batch", "10", "--", *command, run="f")
    consumers.append(consume)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    writers = [
        subprocess.Popen([sys.executable, str(script), db_url, str(number), "25"], stderr=subprocess.PIPE)
        for number in range(4)
    ]
    for writer in writers:
        _, stderr = writer.communicate(timeout=120)
        assert writer.returncode == 0, stderr.decode()
    last = head(db_url)
    assert last == start + 100
    wait_until(lambda: delivered(out)[-1:] == [last], timeout=30, what="the consumer to reach the head")
    assert consume.process.poll() is None  # --follow keeps it running
    consume.signal(signal.SIGTERM)
    assert consume.finish() == (0, "")
    assert delivered(out) == list(range(start + 1, last + 1))
    assert all(len(note["positions"]) <= 10 for note in records(out))
    assert checkpoint(db_url, "follower") == last


# -- the lease ------------------------------------------------------------------------------------


def held_mailer(db_url: str, tmp_path: Path, consumers: list, run: str) -> tuple[Consume, list[str], Path]:
    """Two events and a consumer ``mailer`` that a following ``consume`` (``run``) holds:
    the holder, the recording command and where it records."""
    add_groups(db_url, 2)
    create(db_url, "mailer")
    command, out = recorder(tmp_path)
    holder = Consume(db_url, tmp_path, "mailer", "--follow", "--", *command, run=run)
    consumers.append(holder)
    wait_until(lambda: held_by(db_url, "mailer", holder.pid), what="the first consume to hold the consumer")
    return holder, command, out


def test_a_second_consume_is_refused_and_a_killed_holder_lets_go(db_url: str, tmp_path: Path, consumers: list) -> None:
    holder, command, out = held_mailer(db_url, tmp_path, consumers, "holder")

    listing = run_evtcli("consumer", "list", "--json", db=db_url)
    assert listing.returncode == 0, listing.stderr
    (row,) = json.loads(listing.stdout)
    assert f"pid {holder.pid}" in row["held_by"] and socket.gethostname() in row["held_by"]

    refused = run_evtcli("consume", "mailer", "--", *command, db=db_url, env={"CONSUME_RUN": "refused"})
    assert refused.returncode == 1, (refused.stdout, refused.stderr)
    (line,) = refused.stderr.splitlines()
    assert line.startswith("error: ") and "mailer" in line
    assert f"pid {holder.pid}" in line and socket.gethostname() in line

    holder.process.kill()
    holder.process.wait()
    last = add_groups(db_url, 2)
    started = time.monotonic()
    successor = Consume(db_url, tmp_path, "mailer", "--follow", "--", *command, run="successor")
    consumers.append(successor)
    # Watched by its deliveries, not by reading the status while it starts.
    wait_until(
        lambda: of_run(out, "successor") or successor.process.poll() is not None, timeout=10, what="the successor"
    )
    assert [p for n in of_run(out, "successor") for p in n["positions"]] == [last - 1], successor.stderr_path.read_text()
    assert time.monotonic() - started < 5  # no lease to wait out
    assert held_by(db_url, "mailer", successor.pid)
    wait_until(lambda: [p for n in of_run(out, "successor") for p in n["positions"]] == [last - 1, last])
    successor.signal(signal.SIGTERM)
    assert successor.finish() == (0, "")
    assert of_run(out, "refused", "start") == []


def test_wait_waits_for_the_holder_then_proceeds(db_url: str, tmp_path: Path, consumers: list) -> None:
    first, command, out = held_mailer(db_url, tmp_path, consumers, "first")
    waiting = Consume(db_url, tmp_path, "mailer", "--wait", "--follow", "--", *command, run="waiting")
    consumers.append(waiting)
    last = add_groups(db_url, 2)
    wait_until(lambda: [p for n in of_run(out, "first") for p in n["positions"]] == [last - 1, last])
    assert waiting.process.poll() is None, waiting.stderr_path.read_text()  # it waits, it is not refused
    assert held_by(db_url, "mailer", first.pid)
    first.signal(signal.SIGTERM)
    assert first.finish() == (0, "")
    wait_until(lambda: held_by(db_url, "mailer", waiting.pid), timeout=10, what="the waiting consume to take over")
    last = add_groups(db_url, 2)
    wait_until(lambda: [p for n in of_run(out, "waiting") for p in n["positions"]] == [last - 1, last])
    waiting.signal(signal.SIGTERM)
    assert waiting.finish() == (0, "")
    assert delivered(out) == [last - 3, last - 2, last - 1, last]


# -- a closed pipe ----------------------------------------------------------------------------------


def test_jsonl_prints_the_events_and_moves_the_checkpoint(db_url: str) -> None:
    last = seed_sample(db_url)
    create(db_url, "dump", start=140)
    completed = run_evtcli("consume", "dump", "--jsonl", db=db_url)
    assert (completed.returncode, completed.stderr) == (0, "")
    lines = completed.stdout.splitlines()
    assert [json.loads(line)["position"] for line in lines] == list(range(141, last + 1))
    assert all("password_hash" not in line for line in lines)
    assert checkpoint(db_url, "dump") == last
    again = run_evtcli("consume", "dump", "--jsonl", db=db_url)
    assert (again.returncode, again.stdout) == (0, "")


def test_jsonl_into_head_3_leaves_the_checkpoint_after_the_third_event(db_url: str, tmp_path: Path) -> None:
    seed_sample(db_url)
    create(db_url, "dump", start=20)
    # The reader starts late, so lines the pipe buffer holds are not lines it read.
    pipeline = 'set -u; "$@" | { sleep 0.3; head -3; }; echo "status ${PIPESTATUS[0]} ${PIPESTATUS[1]}" >&2'
    completed = subprocess.run(
        ["bash", "-c", pipeline, "bash", *evtcli_command(db_url, "consume", "dump", "--jsonl")],
        capture_output=True,
        env=consume_env(),
        timeout=60,
    )
    stderr = completed.stderr.decode()
    assert stderr.splitlines()[-1] == "status 0 0", stderr
    assert "Traceback" not in stderr and "error" not in stderr, stderr
    assert [json.loads(line)["position"] for line in completed.stdout.decode().splitlines()] == [21, 22, 23]
    assert checkpoint(db_url, "dump") == 23


def test_jsonl_follow_ends_within_a_second_of_its_reader_leaving_with_nothing_new(db_url: str) -> None:
    last = seed_sample(db_url)
    create(db_url, "dump", start=last - 1)
    process = subprocess.Popen(
        evtcli_command(db_url, "consume", "dump", "--jsonl", "--follow"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=consume_env(),
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        assert json.loads(process.stdout.readline())["position"] == last
        process.stdout.close()  # `| head -1` exits; nothing new is committed
        left = time.monotonic()
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - left < 1.0
        assert process.stderr.read() == b""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert checkpoint(db_url, "dump") == last


# -- signals -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_during_a_batch_lets_it_finish_then_exits_0(
    db_url: str, tmp_path: Path, consumers: list, sent: signal.Signals
) -> None:
    seed_sample(db_url)
    create(db_url, "mailer", start=140)
    command, out = recorder(tmp_path, sleep=1.0)
    consume = Consume(db_url, tmp_path, "mailer", "--follow", "--batch", "3", "--", *command, run="s")
    consumers.append(consume)
    wait_until(lambda: records(out, "start"), what="the first batch")
    consume.signal(sent)
    assert consume.finish(timeout=20) == (0, "")
    assert [note["positions"] for note in records(out)] == [[141, 142, 143]]
    assert len(records(out, "start")) == 1  # no batch started after the signal
    assert checkpoint(db_url, "mailer") == 143
    assert status(db_url, "mailer").holder is None


def test_a_second_signal_stops_the_batch_with_exit_130(db_url: str, tmp_path: Path, consumers: list) -> None:
    seed_sample(db_url)
    create(db_url, "mailer", start=140)
    command, out = recorder(tmp_path, sleep=20)
    consume = Consume(db_url, tmp_path, "mailer", "--follow", "--batch", "3", "--", *command, run="s")
    consumers.append(consume)
    wait_until(lambda: records(out, "start"), what="the first batch")
    consume.signal(signal.SIGTERM)
    time.sleep(0.3)  # two signals close together would reach the handler as one
    assert consume.process.poll() is None  # the first signal waits for the batch
    consume.signal(signal.SIGTERM)
    code, _ = consume.finish(timeout=10)
    assert code == 130
    assert checkpoint(db_url, "mailer") == 140  # its events stay undelivered
    assert records(out) == []
