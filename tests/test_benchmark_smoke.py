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
    "limit replay",
    "limit export",
    "python -c 'import typer'",
    "python -c 'import typer, sqlalchemy'",
    "startup --version",
    "startup --help",
    "startup user list",
    "startup user list --json",
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
    # The export limit writes exactly what `events export` writes.
    assert steps["limit export"]["extra"]["same_bytes_as_evtcli"] is True
