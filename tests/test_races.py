"""Commands racing on one database, as real processes, on each backend, with a follower.

Each race releases its commands at one moment: every racer is a worker process
(workers.py) that has imported evtcli already and waits at a start line (a file)
before it runs its one command, so the commands overlap for real. A ``tail -f
--jsonl`` reader runs through all the rounds of a test. After every round ``evtcli
verify`` exits 0 and the race's own invariant holds; at the end the positions are
gap-free and the reader saw every one of them once, in order, up to the head.

Members added and removed while their users are destroyed race in
stress/test_stress_groups.py (both backends, with a follower too).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CHEAP_HASHER, evtcli_command, run_evtcli
from hardening import assert_one_error_line, wait_for
from stored import query
from workers import Outcome, collect, start, wait_ready

import evtcli

ROUNDS = 3
PASSWORD = "Zq7!racing-Passw0rd\n"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Follower:
    """``evtcli events tail -f --jsonl`` from the first position, its output in a file."""

    def __init__(self, db: str, directory: Path) -> None:
        self.db = db
        self.out, self.err = directory / "follower.out", directory / "follower.err"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            # -n larger than any test's log: the reader misses nothing even if the
            # first write lands before its first read.
            self.process = subprocess.Popen(
                evtcli_command(db, "events", "tail", "-f", "--jsonl", "-n", "100000"),
                stdout=out,
                stderr=err,
                env={k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")},
            )

    def lines(self) -> list[str]:
        return self.out.read_text(encoding="utf-8").splitlines()

    def saw_every_event(self) -> int:
        """Stop the reader once it has printed up to the head; check it printed every
        stored event once, in position order. Returns the head position."""
        stored = exported(self.db)
        assert [event["position"] for event in stored] == list(range(1, len(stored) + 1)), "positions have a gap"
        wait_for(lambda: len(self.lines()) >= len(stored), 60, "the follower to reach the head")
        self.process.send_signal(signal.SIGINT)
        assert self.process.wait(timeout=30) == 0
        assert self.err.read_text() == ""
        received = [json.loads(line) for line in self.lines()]
        key = ("position", "event_id", "aggregate_id", "type", "version", "hash")
        assert [tuple(e[k] for k in key) for e in received] == [tuple(e[k] for k in key) for e in stored]
        return len(stored)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def follower(db_url: str, tmp_path: Path) -> Iterator[Follower]:
    """A follower on an initialised database (killed at the end if a test failed first)."""
    assert run_evtcli("init", db=db_url).returncode == 0
    reader = Follower(db_url, tmp_path)
    try:
        yield reader
    finally:
        reader.stop()


def exported(db: str) -> list[dict[str, Any]]:
    done = run_evtcli("events", "export", db=db)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def race(directory: Path, db: str, commands: list[tuple[list[str], str | None]]) -> list[Outcome]:
    """Each command in a process of its own, all released at the same moment."""
    gate = directory / "go"
    racers = [start(directory, f"racer{n}", db, [command], gate=gate) for n, command in enumerate(commands)]
    wait_ready(racers)
    gate.touch()
    outcomes = [collect(racer, timeout=180)[0] for racer in racers]
    # A race only if every command started before the first one ended.
    assert max(o.start for o in outcomes) < min(o.end for o in outcomes), "the commands did not overlap"
    return outcomes


def one_winner(outcomes: list[Outcome], loser_exit: int) -> Outcome:
    """Exactly one command succeeded; every other one exited ``loser_exit`` with one
    ``error:`` line and printed nothing."""
    winners = [outcome for outcome in outcomes if outcome.exit == 0]
    assert len(winners) == 1, [(o.args, o.exit, o.stderr) for o in outcomes]
    for outcome in outcomes:
        if outcome is winners[0]:
            assert outcome.stderr == "", outcome.stderr
        else:
            assert (outcome.exit, outcome.stdout) == (loser_exit, ""), (outcome.args, outcome.exit, outcome.stderr)
            assert_one_error_line(outcome.stderr)
    return winners[0]


def verified(db: str) -> None:
    done = run_evtcli("verify", db=db, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def cli_json(db: str, *args: str) -> Any:
    done = run_evtcli(*args, db=db)
    assert (done.returncode, done.stderr) == (0, ""), (args, done.stderr)
    return json.loads(done.stdout) if "--json" in args else [json.loads(line) for line in done.stdout.splitlines()]


def test_one_email_claimed_by_three_creates_at_once(db_url: str, tmp_path: Path, follower: Follower) -> None:
    """Three ``user create`` with one email (spelled in three cases): one user, two refusals."""
    winners = []
    for round_number in range(ROUNDS):
        directory = tmp_path / f"round{round_number}"
        directory.mkdir()
        email = f"claimed{round_number}@example.com"
        spellings = [email, email.upper(), email.capitalize()]
        outcomes = race(
            directory,
            db_url,
            [
                (["user", "create", "--name", f"Racer {n}", "--email", spelling, "--password-stdin"], PASSWORD)
                for n, spelling in enumerate(spellings)
            ],
        )
        winner = one_winner(outcomes, loser_exit=1)
        assert UUID.fullmatch(winner.stdout.strip()), winner.stdout
        for outcome in outcomes:
            if outcome is not winner:
                assert email in outcome.stderr.lower(), outcome.stderr
        winners.append((winner.stdout.strip(), email))
        verified(db_url)
        users = cli_json(db_url, "user", "list", "--all", "--json")
        assert sorted((user["id"], user["email"].lower()) for user in users) == sorted(winners)
    assert follower.saw_every_event() == ROUNDS


def test_writers_with_one_expected_version_one_wins(db_url: str, tmp_path: Path, follower: Follower) -> None:
    """Four different writes to one user, each with ``--expected-version 1``: one is
    appended as version 2, the other three are conflicts (exit 3)."""
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as store:
        users = [store.create_user(f"Versioned {n}", f"versioned{n}@example.com", "seed password") for n in range(ROUNDS)]
    for round_number, user_id in enumerate(users):
        directory = tmp_path / f"round{round_number}"
        directory.mkdir()
        writes = [
            ["user", "rename", user_id, "--name", "Renamed"],
            ["user", "change-email", user_id, "--email", f"moved{round_number}@example.com"],
            ["user", "disable", user_id],
            ["user", "destroy", user_id],
        ]
        outcomes = race(directory, db_url, [([*args, "--expected-version", "1"], None) for args in writes])
        winner = one_winner(outcomes, loser_exit=3)
        history = cli_json(db_url, "user", "history", user_id, "--jsonl")
        won = {"rename": "Renamed", "change-email": "EmailChanged", "disable": "Disabled", "destroy": "Destroyed"}
        assert [(e["version"], e["type"]) for e in history] == [(1, "Created"), (2, won[winner.args[1]])]
        verified(db_url)
    assert follower.saw_every_event() == 2 * ROUNDS


def test_forget_racing_a_rename_leaves_no_name_readable(db_url: str, tmp_path: Path, follower: Follower) -> None:
    """``user forget`` and ``user rename`` at once: the rename lands first and is
    forgotten with the rest, or it is refused after the forget; either way no name or
    email the user ever had can be read again, and no key is left."""
    names = [(f"Secret Name {n}", f"secret{n}@example.com", f"Older Name {n}") for n in range(ROUNDS)]
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as store:
        users = []
        for name, email, older in names:
            users.append(store.create_user(older, email, "seed password"))
            store.rename_user(users[-1], name)
    renamed = 0
    for round_number, (user_id, (name, email, older)) in enumerate(zip(users, names)):
        directory = tmp_path / f"round{round_number}"
        directory.mkdir()
        newest = f"Newest Name {round_number}"
        forget, rename = race(
            directory,
            db_url,
            [(["user", "forget", user_id, "--yes"], None), (["user", "rename", user_id, "--name", newest], None)],
        )
        assert (forget.exit, forget.stderr) == (0, ""), forget.stderr
        types = ["Created", "Renamed"]
        if rename.exit == 0:
            renamed += 1
            types.append("Renamed")
        else:
            assert rename.exit == 1 and "forgotten" in assert_one_error_line(rename.stderr)
        history = cli_json(db_url, "user", "history", user_id, "--jsonl")
        assert [e["type"] for e in history] == [*types, "Forgotten"]
        shown = [run_evtcli("user", "history", user_id, db=db_url).stdout, json.dumps(history)]
        for version in range(1, len(types) + 1):
            state = cli_json(db_url, "fold", "user", user_id, "--version", str(version), "--json")
            assert (state["name"], state["email"]) == ("[forgotten]", "[forgotten]")
            shown.append(json.dumps(state))
        for text in shown:
            for secret in (name, email, older, newest):
                assert secret not in text
        verified(db_url)
    # Which of the two wins differs from run to run; neither may leave a key behind.
    assert query(db_url, "SELECT count(*) FROM user_keys") == [(0,)]
    assert follower.saw_every_event() == 3 * ROUNDS + renamed
