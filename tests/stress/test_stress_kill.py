"""kill -9 at random moments: the database always opens, verifies, and holds all or nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

import evtcli
from conftest import evtcli_command, run_evtcli
from hardening import checkpoint, event_count, generated_events, wait_for

pytestmark = pytest.mark.stress

ROOT = Path(__file__).resolve().parents[2]
# 100 k events: a hundred 1000-event chunks, tens of MB spilled to the WAL before the
# one commit. An import that size takes about 4 s here, so twenty trials killed at
# random points stay near a minute. EVTCLI_STRESS_IMPORT_EVENTS=10000 runs a quicker one.
IMPORT_EVENTS = int(os.environ.get("EVTCLI_STRESS_IMPORT_EVENTS", "100000"))
IMPORT_TRIALS = int(os.environ.get("EVTCLI_STRESS_IMPORT_TRIALS", "20"))
REPLAY_EVENTS = int(os.environ.get("EVTCLI_STRESS_KILL_REPLAY_EVENTS", "10000"))
REPLAY_TRIALS = 5
SEED = int(os.environ.get("EVTCLI_STRESS_SEED", "0")) or random.SystemRandom().randrange(1, 2**32)


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}


def _read_offset(pid: int, path: Path) -> int | None:
    """How far process ``pid`` has read into ``path`` (None if it has not opened it)."""
    try:
        entries = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        return None
    for entry in entries:
        try:
            if os.readlink(f"/proc/{pid}/fd/{entry}") != str(path):
                continue
            with open(f"/proc/{pid}/fdinfo/{entry}") as info:
                for line in info:
                    if line.startswith("pos:"):
                        return int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError, OSError):
            return None
    return None


def _verified(db: Path) -> int:
    """Open the database as a new client, check that verify passes, and return the event count."""
    with evtcli.open_store(str(db)) as store:
        report = store.verify()
        assert report.ok, [problem.what for problem in report.problems]
        return store.event_count()


def test_kill_9_import_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    source = generated_events(tmp_path / "import.jsonl", IMPORT_EVENTS, seed=7)
    size = source.stat().st_size
    base = tmp_path / "base.db"
    with evtcli.open_store(str(base), create=True) as store, (ROOT / "sample_events.jsonl").open("rb") as sample:
        store.import_events(sample)
        before = store.event_count()
    checkpoint(base)

    outcomes: Counter[str] = Counter()
    started = time.monotonic()
    last_absent: Path | None = None
    last_complete: Path | None = None
    for trial in range(IMPORT_TRIALS):
        db = tmp_path / f"trial{trial}.db"
        shutil.copy2(base, db)  # with its mode: private, as evtcli made it
        # Most trials stop at a random point of the input; one in four after the whole
        # file was read, while the last chunk is checked and the transaction commits.
        at_commit = rng.random() < 0.25
        fraction = 1.0 if at_commit else rng.random()
        delay = rng.uniform(0, 0.8) if at_commit else rng.uniform(0, 0.02)  # EOF to exit: about 0.3 s
        process = subprocess.Popen(
            evtcli_command(str(db), "events", "import", str(source)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_clean_env(),
        )
        try:
            # Started working: it has the database open and has read part of the input.
            def reached() -> bool:
                if process.poll() is not None:
                    return True
                offset = _read_offset(process.pid, source)
                return offset is not None and offset > 0 and offset >= fraction * size

            wait_for(reached, 120, "the import to reach its kill point", interval=0.002)
            time.sleep(delay)  # the random moment itself, not a synchronisation
            finished_first = process.poll() is not None
            if not finished_first:
                os.kill(process.pid, signal.SIGKILL)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if not finished_first and process.returncode == 0:
            finished_first = True  # it exited between the look and the kill (the kill found a zombie)
        if finished_first:
            assert process.returncode == 0, stderr.decode(errors="replace")
        else:
            assert process.returncode == -signal.SIGKILL

        count = _verified(db)
        assert count in (before, before + IMPORT_EVENTS), (trial, count)
        kind = "absent" if count == before else "complete"
        outcomes[f"{'exited' if finished_first else 'killed'}, {kind}"] += 1
        if count == before:
            last_absent = db
        else:
            last_complete = db
    seconds = time.monotonic() - started
    print(f"\nkill -9 import ({IMPORT_EVENTS} events, seed {SEED}): {dict(outcomes)} in {seconds:.1f} s")
    assert sum(count for kind, count in outcomes.items() if kind.startswith("killed")) >= IMPORT_TRIALS // 2

    # Running the same import again completes it (or, where it had completed, skips it all).
    for db in (path for path in (last_absent, last_complete) if path is not None):
        again = run_evtcli("events", "import", "--json", str(source), db=str(db), timeout=600)
        assert again.returncode == 0, again.stderr
        assert event_count(db) == before + IMPORT_EVENTS
        verified = run_evtcli("verify", db=str(db), timeout=600)
        assert verified.returncode == 0, verified.stdout + verified.stderr


def _write_lock_held(db: Path) -> bool:
    """True when another connection holds the database's write lock right now."""
    conn = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()


def _users_table(db: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.execute("SELECT * FROM users ORDER BY id"))
    finally:
        conn.close()


def test_kill_9_during_replay_leaves_the_old_projection(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    db = tmp_path / "replay.db"
    source = generated_events(tmp_path / "history.jsonl", REPLAY_EVENTS)
    with evtcli.open_store(str(db), create=True) as store, source.open("rb") as stream:
        store.import_events(stream)
    before = _users_table(db)
    assert len(before) > 1000

    begun = time.monotonic()
    full = run_evtcli("replay", db=str(db), timeout=600)
    duration = time.monotonic() - begun
    assert full.returncode == 0, full.stderr

    killed = 0
    for _ in range(REPLAY_TRIALS):
        process = subprocess.Popen(
            evtcli_command(str(db), "replay"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_clean_env(),
        )
        try:
            # Started working: it holds the write lock (checked twice, so not just init's).
            def replaying() -> bool:
                return process.poll() is not None or (_write_lock_held(db) and _write_lock_held(db))

            wait_for(replaying, 120, "replay to take the write lock", interval=0.01)
            time.sleep(rng.uniform(0, duration * 0.5))  # the random moment itself
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                killed += 1
            process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        # Old (or, if it got there first, new) projection, never a half-built one.
        assert _users_table(db) == before
        _verified(db)
    print(f"\nkill -9 replay ({REPLAY_EVENTS} events, {len(before)} users): killed {killed} of {REPLAY_TRIALS}")
    assert killed >= 1

    again = run_evtcli("replay", db=str(db), timeout=600)
    assert again.returncode == 0, again.stderr
    assert _users_table(db) == before
    verified = run_evtcli("verify", db=str(db), timeout=600)
    assert verified.returncode == 0, verified.stdout + verified.stderr
