"""The benchmark harness keeps working: a small run (N = 2,000, one repeat).

This checks the harness, not speed: CI asserts nothing about how fast evtcli is.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EXPECTED_STEPS = [
    "generate",
    "import",
    "replay",
    "export",
    "verify",
    "fold user",
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


def test_benchmark_runs_and_writes_every_step(tmp_path: Path) -> None:
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
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    assert "vs limit" in completed.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["events"] == 2000
    steps = results["steps"]
    assert sorted(steps) == sorted(EXPECTED_STEPS)
    for name, step in steps.items():
        assert step["median_seconds"] > 0, name
        assert step["peak_rss_mb"] > 0, name
        assert all(value > 0 for value in step["seconds"]), name
    for name in ("import", "replay", "export", "verify", "api import", "limit import"):
        assert steps[name]["events_per_second"] > 0, name
    for name in ("import", "replay", "export", "verify", "startup --version", "startup user list"):
        assert steps[name]["ratio"] > 0, name
    # A follower printed every committed event, each within a poll or two.
    assert 0 < steps["events tail -f latency"]["extra"]["max_seconds"][0] < 5
    # The export limit writes exactly what `events export` writes.
    assert steps["limit export"]["extra"]["same_bytes_as_evtcli"] is True


def test_the_peak_rss_table_compares_with_a_baseline_run() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    rss_table = module.rss_table

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
