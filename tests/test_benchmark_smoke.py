"""The benchmark harness keeps working: a small run (N = 2,000, one repeat).

This checks the harness, not speed: CI asserts nothing about how fast evtcli is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

EXPECTED_STEPS = [
    "generate",
    "import",
    "replay",
    "export",
    "verify",
    "fold user",
    "user history",
    "events tail -n 10",
    "user list --json",
    "user show (prefix)",
    "user show (email)",
    "api import",
    "api replay",
    "api export",
    "api verify",
    "limit import",
    "limit import, evtcli's cache",
    "limit replay",
    "limit export",
    "python -c 'import typer'",
    "python -c 'import typer, sqlalchemy'",
    "startup --version",
    "startup --help",
    "startup user list",
    "startup user list --json",
    "events tail -f latency",
]
PEER_STEPS = ["peer save", "peer read"]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """One small run of the harness, the peer included (its venv is the harness's
    cached one: made on the first run on a machine, used again after)."""
    tmp_path = tmp_path_factory.mktemp("benchmark")
    out = tmp_path / "perf.json"
    completed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--events",
            "2000",
            "--repeat",
            "1",
            "--json",
            str(out),
            "--workdir",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert completed.returncode == 0, completed.stderr
    return completed, json.loads(out.read_text(encoding="utf-8"))


def test_benchmark_runs_and_writes_every_step(smoke: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    completed, results = smoke
    assert "vs limit" in completed.stdout
    assert results["events"] == 2000
    steps = results["steps"]
    peer_ran = "skipped" not in results["peer"]
    assert sorted(steps) == sorted(EXPECTED_STEPS + (PEER_STEPS if peer_ran else []))
    for name, step in steps.items():
        assert step["median_seconds"] > 0, name
        assert step["peak_rss_mb"] > 0, name
        assert all(value > 0 for value in step["seconds"]), name
    for name in ("import", "replay", "export", "verify", "api import", "limit import"):
        assert steps[name]["events_per_second"] > 0, name
    for name in ("import", "replay", "export", "verify", "startup --version", "startup user list"):
        assert steps[name]["ratio"] > 0, name
    # Every read by key is measured against start-up.
    for name in ("fold user", "user history", "events tail -n 10", "user show (prefix)", "user show (email)"):
        assert isinstance(steps[name]["beyond_startup"], float), name
        assert name in completed.stdout.split("beyond start-up")[-1], name
    # A follower printed every committed event, each within a poll or two.
    assert 0 < steps["events tail -f latency"]["extra"]["max_seconds"][0] < 5
    # The export limit writes exactly what `events export` writes.
    assert steps["limit export"]["extra"]["same_bytes_as_evtcli"] is True


def test_the_peer_stores_and_reads_every_event(
    smoke: tuple[subprocess.CompletedProcess[str], dict[str, Any]],
) -> None:
    """The eventsourcing peer ran on the same events, or the run said why not."""
    completed, results = smoke
    if "skipped" in results["peer"]:
        reason = results["peer"]["skipped"]
        # Said where a reader of the run looks, then skipped: no network is no failure.
        assert f"peer skipped: {reason}" in completed.stdout
        assert f"peer skipped: {reason}" in completed.stderr
        pytest.skip(f"the eventsourcing peer could not be installed: {reason}")
    steps = results["steps"]
    assert results["peer"]["version"].startswith("9.")
    for name in PEER_STEPS:
        assert steps[name]["events"] == 2000, name
        assert steps[name]["events_per_second"] > 0, name
    save = steps["peer save"]["extra"]
    assert save["total_seconds"][0] > steps["peer save"]["seconds"][0]  # parsing is reported beside
    assert save["saves"] == [1]  # 2,000 events: one Application.save
    assert steps["import"]["peer"]["against"] == "peer save"
    assert steps["import"]["peer"]["target"] == 1.2
    assert steps["import"]["peer"]["ratio"] > 0
    for name in ("replay", "export"):
        assert steps[name]["peer"]["against"] == "peer read"
    assert "against the peer, eventsourcing 9." in completed.stdout


def _harness() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_a_peer_that_cannot_be_installed_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = _harness()
    # pip with no index and no configuration: it finds nothing, as it would offline.
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.delenv("PIP_FIND_LINKS", raising=False)
    python, reason = harness.ensure_peer(tmp_path / "venv")
    assert python is None
    assert reason.startswith("pip install 'eventsourcing>=9.3,<10' failed: ERROR:")
    assert not (tmp_path / "venv" / harness.PEER_MARKER).exists()  # the next run tries again
    table = "\n".join(harness.peer_table({"events": 10, "peer": {"skipped": reason}, "steps": {}}))
    assert f"peer skipped: {reason}" in table

    python, reason = harness.ensure_peer(Path("/dev/null/venv"))
    assert python is None and "/dev/null" in reason


def test_the_peak_rss_table_compares_with_a_baseline_run() -> None:
    rss_table = _harness().rss_table

    def run(events: int, rss: dict[str, float]) -> dict:
        return {"events": events, "steps": {name: {"peak_rss_mb": mb} for name, mb in rss.items()}}

    text = rss_table(
        run(1000, {"import": 130.0, "replay": 200.0, "export": 40.0}),
        run(100, {"import": 100.0, "replay": 120.0, "export": 40.0, "verify": 10.0}),
    )
    assert "import" in text and "+30.0MB ok" in text
    assert "+80.0MB MISS" in text
    assert "verify" not in text  # not measured in both runs


def test_the_sealing_benchmark_runs_and_prints_every_step() -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sealed.py"), "--events", "300", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    rows = {line.split()[0]: line.split()[1:] for line in completed.stdout.splitlines()[2:]}
    assert set(rows) == {"import", "replay", "export", "verify"}
    assert all(float(plain) > 0 and float(sealed) > 0 for plain, sealed, _ in rows.values())


LONG_STREAM_STEPS = [
    "import group", "import user", "replay group", "replay user", "verify group", "verify user",
    "evtcli --version", "group add", "group remove", "user destroy", "fold group --version 10",
    "group add + snapshot", "user show",
]


def test_the_long_streams_benchmark_measures_every_step(db_url: str, tmp_path: Path) -> None:
    """``long_streams.py`` at N = 300, one repeat: on SQLite, and on a fresh PostgreSQL
    database from the suite's cluster. Every step has a figure, every history its events."""
    out = tmp_path / "long.json"
    backend = ["--sizes", "300"] if "://" not in db_url else ["--no-sqlite", "--postgresql", db_url, "--pg-sizes", "300"]
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "long_streams.py"), *backend, "--repeat", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    (run,) = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert run["backend"] == ("sqlite" if "://" not in db_url else "postgresql")
    assert run["members"] == 300
    assert run["events"] == {"group": 601, "user": 601}
    # What the stores hold after the imports: 300 users, the group and its 300 members; 601 user events.
    assert run["checks"] == {"user stored events": 601, "group stored events": 601, "group members": 300}
    assert sorted(run["steps"]) == sorted(LONG_STREAM_STEPS)
    for name, step in run["steps"].items():
        assert step["status"] == "ok", (name, step["status"])
        assert step["median_seconds"] > 0 and step["max_seconds"] > 0, name
        assert step["peak_rss_mb"] > 0, name
    for name in ("import", "replay", "verify"):
        assert run["ratios"][name]["ratio"] > 0, name
    for name in LONG_STREAM_STEPS[7:]:
        assert isinstance(run["over_startup"][name]["met"], bool), name
        assert name in completed.stdout
    assert f"{run['backend']}: N members in one group" in completed.stdout



def test_the_consumers_benchmark_measures_throughput_and_delay(tmp_path: Path) -> None:
    """``consumers.py`` on SQLite at two tiny sizes, one repeat, a delay run of 5 events:
    every figure is there, and every event was delivered (the script checks the
    checkpoint and the delivered positions, and fails otherwise)."""
    out = tmp_path / "consumers.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "consumers.py"), "--no-postgresql", "--sizes", "300,600",
         "--repeat", "1", "--batch", "100", "--delay-events", "5", "--pause", "0.05", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [(run["backend"], run["events"], run["batches"]) for run in results["throughput"]] == [
        ("sqlite", 300, 3), ("sqlite", 600, 6)
    ]
    for run in results["throughput"]:
        assert run["events_per_second"] > 0 and run["median_idle_seconds"] > 0 and run["peak_rss_mb"] > 0
        assert isinstance(run["met"], bool)
    (delay,) = results["delay"]
    assert delay["backend"] == "sqlite" and delay["events"] == 5 and 1 <= delay["batches"] <= 5
    assert 0 < delay["median_seconds"] <= delay["p95_seconds"] <= delay["max_seconds"]
    assert "throughput: evtcli consume bench --batch 100 -- cat >/dev/null" in completed.stdout
    assert "delay from commit to COMMAND start" in completed.stdout
