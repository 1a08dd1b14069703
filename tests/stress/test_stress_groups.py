"""Processes racing on groups and users (§8): members added and removed while their
users are destroyed, a ``tail -f --json`` reader following both event tables.

Each round seeds a fresh database (a SQLite file, or a database on the test cluster),
then releases at one moment four worker
processes that add and remove members at random and one that destroys users, every
command a process of its own (see workers.py). Afterwards positions are gap-free
across both tables, verify passes, no destroyed user is a member of any group, every
removal a destruction caused names it, and the reader received every position once,
in order. Rounds: ``EVTCLI_STRESS_GROUP_ROUNDS`` (default 3).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

import evtcli
from conftest import CHEAP_HASHER, PostgresServer, evtcli_command, run_evtcli
from hardening import assert_one_error_line, wait_for
from workers import collect, start, wait_ready

pytestmark = pytest.mark.stress

ROUNDS = int(os.environ.get("EVTCLI_STRESS_GROUP_ROUNDS", "3"))
USERS, GROUPS, MEMBER_WORKERS, COMMANDS_PER_WORKER, DESTROYS = 24, 3, 4, 25, 12


def _query(db: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a plain SQL query, read past evtcli (a SQLite path or a server URL)."""
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _events(db: str) -> list[tuple[Any, ...]]:
    """(position, aggregate, id, type) of every event, both tables, by position."""
    return _query(
        db,
        "SELECT position, 'user', user_id, type FROM user_events"
        " UNION ALL SELECT position, 'group', group_id, type FROM group_events ORDER BY 1",
    )


def _destroyed_members(db: str) -> list[tuple[Any, ...]]:
    return _query(
        db,
        "SELECT m.group_id, m.user_id FROM group_members m JOIN users u ON u.id = m.user_id"
        " WHERE u.status = 'destroyed'",
    )


def _seed(db: str) -> tuple[list[str], list[str]]:
    with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
        users = [store.create_user(f"Racer {n}", f"racer{n}@example.com", "racer-password") for n in range(USERS)]
        groups = [store.create_group(f"Team {n}").aggregate_id for n in range(GROUPS)]
        for index, group_id in enumerate(groups):  # every user starts in one group
            store.add_members(group_id, users[index::GROUPS])
    return users, groups


def _round(directory: Path, db: str, seed: int) -> str:
    users, groups = _seed(db)
    rng = random.Random(seed)
    tail_out, tail_err = directory / "tail.out", directory / "tail.err"
    with tail_out.open("wb") as out, tail_err.open("wb") as err:
        tail = subprocess.Popen(
            evtcli_command(db, "events", "tail", "-f", "--json", "-n", "100000"),
            stdout=out,
            stderr=err,
            env={k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")},
        )
    try:
        gate = directory / "go"
        members = [
            start(
                directory,
                f"members{w}",
                db,
                [
                    (["group", rng.choice(["add", "remove"]), rng.choice(groups), rng.choice(users)], None)
                    for _ in range(COMMANDS_PER_WORKER)
                ],
                gate=gate,
            )
            for w in range(MEMBER_WORKERS)
        ]
        doomed = rng.sample(users, DESTROYS)
        destroyer = start(directory, "destroyer", db, [(["user", "destroy", user_id], None) for user_id in doomed], gate=gate)
        wait_ready([*members, destroyer])
        gate.touch()
        outcomes = [outcome for worker in [*members, destroyer] for outcome in collect(worker, timeout=600)]

        # Every command either did its work or was refused in one line: a member
        # already in or not in the group, or a user destroyed before it was added.
        for outcome in outcomes:
            assert outcome.exit in (0, 1), (outcome.args, outcome.exit, outcome.stderr)
            if outcome.exit:
                assert_one_error_line(outcome.stderr)
        assert all(o.exit == 0 for o in outcomes if o.args[0] == "user")

        events = _events(db)
        positions = [event[0] for event in events]
        assert positions == list(range(1, len(events) + 1))
        assert _destroyed_members(db) == []
        verified = run_evtcli("verify", db=db, timeout=300)
        assert verified.returncode == 0, verified.stdout + verified.stderr

        # Every removal a destruction caused comes right after it (one transaction),
        # names its user and carries the destruction's event id as its cause.
        with evtcli.open_store(db) as store:
            log, _ = store.tail(100000)
        for index, event in enumerate(log):
            if event.type == "MemberRemoved" and event.metadata["command"] == "user destroy":
                cause = next(e for e in reversed(log[:index]) if e.type != "MemberRemoved")
                assert (cause.type, cause.aggregate_id) == ("Destroyed", event.payload["user_id"])
                assert event.metadata["causation_id"] == cause.event_id
                assert event.recorded_at == cause.recorded_at

        wait_for(lambda: len(tail_out.read_text().splitlines()) >= len(events), 60, "the reader to see every event")
        tail.send_signal(signal.SIGINT)
        assert tail.wait(timeout=30) == 0
        received = [json.loads(line) for line in tail_out.read_text().splitlines()]
        assert [(e["position"], e["aggregate"], e["aggregate_id"], e["type"]) for e in received] == events
        assert "Traceback" not in tail_err.read_text()
        added = sum(1 for o in outcomes if o.args[1] == "add" and o.exit == 0)
        refused = sum(1 for o in outcomes if o.exit)
        return f"{len(events)} events, {added} adds, {refused} refused"
    finally:
        if tail.poll() is None:
            tail.kill()
            tail.wait()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_members_added_and_removed_while_their_users_are_destroyed(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    summaries = []
    for number in range(ROUNDS):
        directory = tmp_path / f"round{number}"
        directory.mkdir()
        if backend == "sqlite":
            summaries.append(_round(directory, str(directory / "groups.db"), seed=1000 + number))
            continue
        server: PostgresServer = request.getfixturevalue("pg_server")
        name, url = server.create_database()
        try:
            summaries.append(_round(directory, url, seed=1000 + number))
        finally:
            server.drop_database(name)
    print(f"\ngroup races on {backend}, {ROUNDS} rounds: " + "; ".join(summaries))
