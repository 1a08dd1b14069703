"""Checks shared by the load, fault, bad-input and security tests."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import sys
import time
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def wait_for(condition: Callable[[], T], timeout: float, what: str, interval: float = 0.02) -> T:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def assert_one_error_line(stderr: str) -> str:
    """stderr is exactly one line starting with ``error:`` (and no traceback); returns it."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one error line, got {lines!r}"
    assert lines[0].startswith("error: "), lines[0]
    return lines[0]


def file_state(path: Path) -> dict[str, str | None]:
    """sha256 of a database file and its -wal and -shm companions (None when absent)."""
    state: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        state[suffix or "db"] = (
            hashlib.sha256(companion.read_bytes()).hexdigest() if companion.exists() else None
        )
    return state


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file and drop it, so that the main file alone is the database."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _every_event(columns: str) -> str:
    """One SELECT over every declared event table, the stream id named ``stream_id``."""
    from evtcli.domain.declared import MODEL

    return " UNION ALL ".join(
        f"SELECT {columns.format(id=aggregate.id_column)} FROM {aggregate.table}" for aggregate in MODEL.aggregates.values()
    )


def event_rows(path: Path) -> list[tuple[int, str, str, int]]:
    """(position, type, stream id, version) of every stored event, read with plain sqlite3."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.execute(_every_event("position, type, {id}, version") + " ORDER BY position"))
    finally:
        conn.close()


def event_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM ({_every_event('position')})").fetchone()[0])
    finally:
        conn.close()


def generated_events(path: Path, events: int, seed: int | None = None) -> Path:
    """A synthetic history of ``events`` events from benchmarks/generate.py.

    The sample file is made with the default seed: give another one for a history
    that can be imported next to it (the same seed gives the same user ids).
    """
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("evtcli_benchmark_generate", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for line in module.synthetic_lines(events, module.DEFAULT_SEED if seed is None else seed):
            handle.write(line + "\n")
    return path


# -- permission bits that bind root too ----------------------------------------------

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE = 1
CAP_DAC_READ_SEARCH = 2


def _drop_permission_override() -> None:
    """In a child before exec: drop the capabilities that let root ignore permission bits.

    Dropped from the bounding set, they are gone from the program exec'd next, which
    then runs as uid 0 that owns its files but obeys their mode like any owner.
    """
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def permission_bits_bind() -> str | None:
    """None when a subprocess started by :func:`run_obeying_permissions` obeys file modes,
    else the reason it cannot (for a skip)."""
    import os
    import subprocess
    import tempfile

    if os.geteuid() != 0:
        return None
    with tempfile.TemporaryDirectory() as directory:
        probe = Path(directory) / "probe"
        probe.write_text("x")
        probe.chmod(0o400)
        try:
            done = subprocess.run(
                [sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
                preexec_fn=_drop_permission_override,
                capture_output=True,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return f"running as root and cannot drop CAP_DAC_OVERRIDE ({exc})"
        if done.returncode == 0:
            return "running as root and permission bits still do not apply after dropping CAP_DAC_OVERRIDE"
    return None


def run_obeying_permissions(
    *args: str, db: str, input: str | bytes | None = None, timeout: float = 60
):  # type: ignore[no-untyped-def]
    """Like conftest.run_evtcli, but a root test run's subprocess obeys permission bits too."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    data = input.encode() if isinstance(input, str) else input
    done = subprocess.run(
        [sys.executable, "-m", "evtcli", "--db", db, *args],
        input=data,
        capture_output=True,
        env=env,
        timeout=timeout,
        preexec_fn=_drop_permission_override if os.geteuid() == 0 else None,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    )
