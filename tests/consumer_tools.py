"""What the consumer tests share: a seeded log, a COMMAND that records what it got, and
reading a consumer's checkpoint from outside the process that moves it.

The recorder (``RECORDER``) is the COMMAND the tests give ``evtcli consume``: it appends
one JSON line per batch to a file (the positions and lines it read on stdin, the
``EVTCLI_*`` variables, its pid and parent pid, and ``CONSUME_RUN`` from the consume
process's environment), and its behaviour is set by a JSON argument: sleep before or
after reading, fail on a given position, or wait to be killed once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

import evtcli
from conftest import CHEAP_HASHER

SAMPLE = Path(__file__).resolve().parent.parent / "sample_events.jsonl"

RECORDER = r'''
import json, os, random, sys, time

out = sys.argv[1]
how = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}

def note(kind, **fields):
    fields.update(
        kind=kind, pid=os.getpid(), ppid=os.getppid(), sid=os.getsid(0), run=os.environ.get("CONSUME_RUN"),
        consumer=os.environ.get("EVTCLI_CONSUMER"), first=os.environ.get("EVTCLI_FIRST_POSITION"),
        last=os.environ.get("EVTCLI_LAST_POSITION"), t=time.time(),
    )
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (json.dumps(fields) + "\n").encode())
    finally:
        os.close(fd)

note("start")
marker = how.get("kill_marker")
if marker and not os.path.exists(marker):
    with open(marker, "w") as handle:
        handle.write(str(os.getpid()))
    time.sleep(60)  # the test kills this attempt
data = sys.stdin.buffer.read().decode("utf-8")
lines = data.splitlines()
positions = [json.loads(line)["position"] for line in lines]
if how.get("fail_at") in positions:
    note("failed", positions=positions)
    sys.exit(how.get("code", 3))
if how.get("sleep"):
    time.sleep(how["sleep"])
if how.get("random_sleep"):
    time.sleep(random.uniform(0, how["random_sleep"]))
note("done", positions=positions, lines=lines if how.get("keep_lines") else None,
     ends_with_newline=data.endswith("\n"))
'''


def recorder(tmp_path: Path, **how: Any) -> tuple[list[str], Path]:
    """The COMMAND argv of a recorder writing to a new file in ``tmp_path``, and that file."""
    script = tmp_path / "recorder.py"
    if not script.exists():
        script.write_text(RECORDER)
    out = tmp_path / f"deliveries-{len(list(tmp_path.glob('deliveries-*')))}.jsonl"
    return [sys.executable, str(script), str(out), json.dumps(how)], out


def records(out: Path, kind: str | None = "done") -> list[dict[str, Any]]:
    """The recorder's notes, in the order written (only those of ``kind`` unless None)."""
    if not out.exists():
        return []
    notes = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    return [note for note in notes if kind is None or note["kind"] == kind]


def delivered(out: Path) -> list[int]:
    """Every position the recorder acknowledged receiving, batch after batch."""
    return [position for note in records(out) for position in note["positions"]]


def seed_sample(db_url: str) -> int:
    """The 152 sample events (users and groups, many types) in the log; returns the head."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        with SAMPLE.open("rb") as events:
            store.import_events(events)
        return store.head()


def sample_events() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]


def add_groups(db_url: str, count: int, prefix: str = "Extra") -> int:
    """``count`` new groups (one event each, nothing to hash); returns the head."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        for number in range(count):
            store.create_group(f"{prefix} {number} {time.monotonic_ns()}")
        return store.head()


def status(db_url: str, name: str) -> Any:
    """The consumer's status, read by a store of this process's own."""
    with evtcli.open_store(db_url) as store:
        return store.consumer(name)


def checkpoint(db_url: str, name: str) -> int:
    return status(db_url, name).checkpoint


def head(db_url: str) -> int:
    with evtcli.open_store(db_url) as store:
        return store.head()


def wait_until(condition: Callable[[], Any], timeout: float = 30, what: str = "condition") -> Any:
    """Poll ``condition`` until it is truthy; its value. Fails at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out after {timeout} s waiting for {what}"
        time.sleep(0.02)


def consume_env(run: str = "") -> dict[str, str]:
    """The environment for a consume process: no EVTCLI_* from outside, CONSUME_RUN tagged."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    env["CONSUME_RUN"] = run
    return env
