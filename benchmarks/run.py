#!/usr/bin/env python3
"""Benchmark evtcli against the practical limit on the same machine, in one run.

    python benchmarks/run.py --events 100000 --json small.json
    python benchmarks/run.py --events 1000000 --json perf.json --baseline small.json

On a fresh temporary SQLite file it generates N synthetic events
(``generate.py``), then times every step as a real ``evtcli`` process and, for
the bulk steps, in-process through ``evtcli.open_store``; it times the same work
with the bare ``sqlite3`` module (the limits) and process start-up against
``python -c "import typer"``. Every step runs in a fresh child process, whose peak
RSS comes from ``os.wait4``. Figures are medians of ``--repeat`` runs (start-up:
three times as many). It prints a table and, with ``--json``, writes the figures.

The peer is the ``eventsourcing`` library storing and reading the same events
(``peer_eventsourcing.py``). It is no dependency of evtcli: the harness keeps it in
a virtual environment of its own (``--peer-venv``, by default under the user's
cache directory), made on first use and used again while its eventsourcing is
9.x. When it cannot be made (no network, pip fails) the run says
``peer skipped: <reason>`` and goes on without it.

It is a benchmark, not a test: nothing here asserts on speed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SMALL_EVENTS = 20  # the "small database" of the start-up figures (about 14 users)

# step -> (limit it is compared with, target ratio); the ratio is limit time / step time.
TARGETS: dict[str, tuple[str, float]] = {
    "import": ("limit import", 0.45),
    "replay": ("limit replay", 0.67),
    "export": ("limit export", 0.7),
    "verify": ("limit export", 0.3),
    "api import": ("limit import", 0.45),
    "api replay": ("limit replay", 0.67),
    "api export": ("limit export", 0.7),
    "api verify": ("limit export", 0.3),
    "startup --version": ("python -c 'import typer'", 1 / 1.3),
    "startup --help": ("python -c 'import typer'", 1 / 1.3),
    "startup user list": ("python -c 'import typer, sqlalchemy'", 1 / 1.15),
    "startup user list --json": ("python -c 'import typer, sqlalchemy'", 1 / 1.15),
}

# step -> (peer step it is compared with, target ratio or None); the ratio is the
# step's events/s over the peer's. The peer's figures are in-process (no start-up).
PEER_TARGETS: dict[str, tuple[str, float | None]] = {
    "import": ("peer save", 1.2),
    "api import": ("peer save", 1.2),
    "replay": ("peer read", None),
    "export": ("peer read", None),
    "api replay": ("peer read", None),
    "api export": ("peer read", None),
}

# Reads by key on the big store: each within this many seconds of start-up (the
# median of "startup user list", a command that opens a small store and prints it).
KEY_READS = ("fold user", "user history", "events tail -n 10", "user show (prefix)", "user show (email)")
KEY_READ_BUDGET = 0.1
STARTUP_REFERENCE = "startup user list"

PEER_REQUIREMENT = "eventsourcing>=9.3,<10"
PEER_MARKER = ".evtcli-peer"  # written last: a venv without it was not finished


def default_peer_venv() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "evtcli-bench" / "peer-venv"


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")


def _peer_version(venv: Path) -> str | None:
    """The eventsourcing version in ``venv`` if it is a finished peer venv of 9.x on
    this interpreter's Python version (so both sides run the same Python), else None."""
    python = _venv_python(venv)
    if not (venv / PEER_MARKER).exists() or not python.exists():
        return None
    try:
        found = subprocess.run(
            [
                str(python),
                "-c",
                "import platform; from importlib.metadata import version;"
                " print(platform.python_version(), version('eventsourcing'))",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    python_version, _, library = found.stdout.strip().partition(" ")
    match = re.match(r"(\d+)\.(\d+)", library)
    if found.returncode != 0 or match is None or python_version != platform.python_version():
        return None
    return library if (9, 3) <= (int(match[1]), int(match[2])) < (10, 0) else None


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def ensure_peer(venv: Path) -> tuple[Path | None, str]:
    """(the peer venv's python, eventsourcing's version), or (None, why it cannot be had).

    A venv made earlier is used again while it holds eventsourcing 9.x; otherwise it
    is made anew: ``python -m venv`` and ``pip install``. A lock file keeps two runs
    from making it at once.
    """
    found = _peer_version(venv)
    if found is not None:
        return _venv_python(venv), found
    import fcntl

    try:
        venv.parent.mkdir(parents=True, exist_ok=True)
        lock = open(venv.parent / f"{venv.name}.lock", "w")
    except OSError as exc:
        return None, f"cannot make {venv.parent}: {exc.strerror or exc}"
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = _peer_version(venv)  # another run may have made it meanwhile
        if found is not None:
            return _venv_python(venv), found
        print(f"making the peer's virtual environment in {venv}", file=sys.stderr, flush=True)
        shutil.rmtree(venv, ignore_errors=True)
        # This interpreter's pip installs into the new venv (pip --python): a venv of
        # its own pip would cost a copy of pip first (ensurepip), seconds for nothing.
        own_pip = importlib.util.find_spec("pip") is not None
        made = subprocess.run(
            [sys.executable, "-m", "venv", *(["--without-pip"] if own_pip else []), str(venv)],
            capture_output=True,
            text=True,
        )
        if made.returncode != 0:
            return None, f"python -m venv failed: {_last_line(made.stderr)}"
        pip = [sys.executable, "-m", "pip", "--python", str(_venv_python(venv))] if own_pip else [
            str(_venv_python(venv)), "-m", "pip"
        ]
        try:
            installed = subprocess.run(
                [
                    *pip, "install", "--quiet", "--disable-pip-version-check",
                    # Fail fast without a network rather than retry for minutes.
                    "--retries", "1", "--timeout", "20", PEER_REQUIREMENT,
                ],
                capture_output=True,
                text=True,
                timeout=900,
            )
        except subprocess.TimeoutExpired:
            return None, f"pip install {PEER_REQUIREMENT!r} took over 15 minutes"
        if installed.returncode != 0:
            errors = [line for line in installed.stderr.splitlines() if line.startswith("ERROR")]
            why = errors[0] if errors else _last_line(installed.stderr)
            return None, f"pip install {PEER_REQUIREMENT!r} failed: {why}"
        (venv / PEER_MARKER).write_text(PEER_REQUIREMENT + "\n", encoding="utf-8")
    found = _peer_version(venv)
    if found is None:
        return None, f"{venv} holds no eventsourcing 9.x after pip install"
    return _venv_python(venv), found


@dataclass
class Step:
    name: str
    seconds: list[float] = field(default_factory=list)  # the figure: wall time, or the child's own
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system time of the child
    rss_mb: list[float] = field(default_factory=list)
    events: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def summary(self) -> dict[str, Any]:
        data = asdict(self)
        data["median_seconds"] = self.median
        data["median_cpu_seconds"] = statistics.median(self.cpu)
        data["peak_rss_mb"] = max(self.rss_mb)
        if self.events:
            data["events_per_second"] = self.events / self.median
        return data


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("EVTCLI_DB", None)
    # Let the interpreter keep its bytecode cache, as an installed evtcli would have.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
    return env


def run_child(
    argv: list[str],
    *,
    stdout: Path | None = None,
    cwd: Path | None = None,
    capture: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[float, float, float, str]:
    """Run a command to completion: (wall seconds, CPU seconds, peak RSS in MB, its stdout if captured).

    Output that is not needed goes to /dev/null rather than through this process: a
    child's peak RSS includes what it inherits at fork, so the parent stays small.
    """
    if stdout is not None:
        out: Any = open(stdout, "wb")
    else:
        out = subprocess.PIPE if capture else subprocess.DEVNULL
    try:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.PIPE, env={**child_env(), **(env or {})}, cwd=cwd
        )
        captured = process.stdout.read() if process.stdout is not None else b""
        errors = process.stderr.read() if process.stderr is not None else b""
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout is not None:
            out.close()  # type: ignore[union-attr]
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(argv)} exited with {process.returncode}:\n{errors.decode(errors='replace')}"
        )
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / divisor, captured.decode("utf-8", errors="replace")


class Bench:
    def __init__(
        self,
        events: int,
        repeat: int,
        workdir: Path,
        skip_inprocess: bool,
        peer_venv: Path | None = None,
    ) -> None:
        self.events = events
        self.repeat = repeat
        self.workdir = workdir
        self.skip_inprocess = skip_inprocess
        self.peer_venv = peer_venv  # None: no peer
        self.peer: dict[str, Any] = {"skipped": "--no-peer was given"} if peer_venv is None else {}
        self.steps: dict[str, Step] = {}
        self.python = sys.executable
        script = Path(sys.executable).with_name("evtcli")
        self.evtcli = [str(script)] if script.exists() else [sys.executable, "-m", "evtcli"]
        self.source = workdir / "events.jsonl"
        self.db = workdir / "bench.db"

    # -- running -------------------------------------------------------------------------

    def time_process(self, name: str, argv: list[str], *, times: int | None = None, stdout: Path | None = None, events: int | None = None, prepare: Any = None) -> Step:
        step = self.steps.setdefault(name, Step(name, events=events))
        for _ in range(times or self.repeat):
            if prepare is not None:
                prepare()
            wall, cpu, rss, _ = run_child(argv, stdout=stdout, cwd=self.workdir)
            step.seconds.append(wall)
            step.wall.append(wall)
            step.cpu.append(cpu)
            step.rss_mb.append(rss)
        return step

    def time_inside(
        self,
        name: str,
        kind: str,
        *arguments: str,
        prepare: Any = None,
        script: tuple[str, str] | None = None,
        env: dict[str, str] | None = None,
    ) -> Step:
        """One run of a steps.py child (or another ``script``: (python, path)): the
        figure is the time it measured around the work."""
        step = self.steps.setdefault(name, Step(name))
        if prepare is not None:
            prepare()
        python, path = script or (self.python, str(HERE / "steps.py"))
        wall, cpu, rss, out = run_child([python, path, kind, *arguments], cwd=self.workdir, capture=True, env=env)
        result = json.loads(out)
        step.seconds.append(result.pop("seconds"))
        step.events = result.pop("events", None)
        for key, value in result.items():
            step.extra.setdefault(key, []).append(value)
        step.wall.append(wall)
        step.cpu.append(cpu)
        step.rss_mb.append(rss)
        return step

    def rounds(self, runs: list[tuple[str, Any]]) -> None:
        """``repeat`` rounds of every run in turn, so a noisy moment on a shared machine
        hits evtcli and its limit alike; then report each step."""
        for _ in range(self.repeat):
            for _, run in runs:
                run()
        for name, _ in runs:
            self.report(self.steps[name])

    def report(self, step: Step) -> None:
        print(f"  {step.name:<28} {step.median:9.3f} s  {max(step.rss_mb):7.1f} MB", file=sys.stderr, flush=True)

    # -- the run ---------------------------------------------------------------------------

    def fresh_db(self, path: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def init_db(self, path: Path) -> None:
        self.fresh_db(path)
        run_child([*self.evtcli, "--db", str(path), "init"], cwd=self.workdir)

    def run(self) -> None:
        n = str(self.events)
        print(f"generating {self.events} events", file=sys.stderr, flush=True)
        self.time_process(
            "generate",
            [self.python, str(HERE / "generate.py"), "--events", n, "-o", str(self.source)],
            times=1,
            events=self.events,
        )
        db = str(self.db)
        evtcli = [*self.evtcli, "--db", db]
        exported = self.workdir / "export.jsonl"

        api_db = self.workdir / "api.db"
        limit_db = self.workdir / "limit.db"
        cached_db = self.workdir / "limit-cached.db"
        limit_export = self.workdir / "limit-export.jsonl"
        peer_db = self.workdir / "peer.db"
        n_events = self.events
        peer = self.find_peer()
        peer_env = {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(peer_db)}

        def process(name: str, argv: list[str], **options: Any) -> tuple[str, Any]:
            return name, lambda: self.time_process(name, argv, times=1, events=n_events, **options)

        def inside(name: str, kind: str, *arguments: str, **options: Any) -> tuple[str, Any]:
            return name, lambda: self.time_inside(name, kind, *arguments, **options)

        def on_peer(name: str, kind: str, *arguments: str, **options: Any) -> tuple[str, Any]:
            # Made whether or not there is a peer: bulk() leaves the peer's steps out without one.
            script = (str(peer), str(HERE / "peer_eventsourcing.py"))
            return name, lambda: self.time_inside(name, kind, *arguments, script=script, env=peer_env, **options)

        def bulk(runs: list[tuple[str, Any]]) -> None:
            if self.skip_inprocess:
                runs = [run for run in runs if not run[0].startswith("api ")]
            if peer is None:
                runs = [run for run in runs if not run[0].startswith("peer ")]
            self.rounds(runs)

        print("import, replay, export, verify: processes, in-process, limits", file=sys.stderr, flush=True)
        bulk(
            [
                process("import", [*evtcli, "events", "import", str(self.source)], prepare=lambda: self.fresh_db(self.db)),
                inside("api import", "api-import", str(api_db), str(self.source), prepare=lambda: self.fresh_db(api_db)),
                inside("limit import", "limit-import", str(limit_db), str(self.source), prepare=lambda: self.init_db(limit_db)),
                inside(
                    "limit import, evtcli's cache",
                    "limit-import-cached",
                    str(cached_db),
                    str(self.source),
                    prepare=lambda: self.init_db(cached_db),
                ),
                on_peer("peer save", "save", str(self.source), prepare=lambda: self.fresh_db(peer_db)),
            ]
        )
        bulk(
            [
                process("replay", [*evtcli, "replay"]),
                inside("api replay", "api-replay", str(api_db)),
                # The limit's own database holds the same rows (but for the hashes).
                inside("limit replay", "limit-replay", str(limit_db)),
            ]
        )
        bulk(
            [
                process("export", [*evtcli, "events", "export"], stdout=exported),
                inside("api export", "api-export", str(api_db), str(self.workdir / "api-export.jsonl")),
                # Reads evtcli's database, so that it writes the same bytes as `events export`.
                inside("limit export", "limit-export", db, str(limit_export)),
                # Every stored event in order, decoded: what replay and export start from.
                on_peer("peer read", "read"),
            ]
        )
        self.steps["limit export"].extra["same_bytes_as_evtcli"] = _same_file(limit_export, exported)
        bulk(
            [
                process("verify", [*evtcli, "verify"]),
                inside("api verify", "api-verify", str(api_db)),
            ]
        )

        print("reads by key", file=sys.stderr, flush=True)
        user_id, email = self.pick_user()
        self.rounds(
            [
                ("fold user", lambda: self.time_process("fold user", [*evtcli, "fold", "user", user_id], times=1)),
                ("user history", lambda: self.time_process("user history", [*evtcli, "user", "history", user_id], times=1)),
                ("events tail -n 10", lambda: self.time_process("events tail -n 10", [*evtcli, "events", "tail", "-n", "10"], times=1)),
                ("user list --json", lambda: self.time_process("user list --json", [*evtcli, "user", "list", "--json"], times=1)),
                ("user show (prefix)", lambda: self.time_process("user show (prefix)", [*evtcli, "user", "show", user_id[:8]], times=1)),
                ("user show (email)", lambda: self.time_process("user show (email)", [*evtcli, "user", "show", email], times=1)),
            ]
        )

        print("start-up", file=sys.stderr, flush=True)
        small = self.workdir / "small.db"
        small_source = self.workdir / "small.jsonl"
        with open(self.source, "rb") as full, open(small_source, "wb") as part:
            for _, line in zip(range(SMALL_EVENTS), full):
                part.write(line)
        self.fresh_db(small)
        run_child([*self.evtcli, "--db", str(small), "events", "import", str(small_source)], cwd=self.workdir)
        startup = [
            ("python -c 'import typer'", [self.python, "-c", "import typer"]),
            ("python -c 'import typer, sqlalchemy'", [self.python, "-c", "import typer, sqlalchemy"]),
            ("startup --version", [*self.evtcli, "--version"]),
            ("startup --help", [*self.evtcli, "--help"]),
            ("startup user list", [*self.evtcli, "--db", str(small), "user", "list"]),
            ("startup user list --json", [*self.evtcli, "--db", str(small), "user", "list", "--json"]),
        ]
        for _, argv in startup:  # warm the bytecode and file caches
            run_child(argv, cwd=self.workdir)
        # Interleaved rounds, so that a noisy moment hits every command alike.
        for _ in range(self.repeat * 3):
            for name, argv in startup:
                self.time_process_once(name, argv)
        for name, _ in startup:
            self.report(self.steps[name])

        print("events tail -f: commit to printed line", file=sys.stderr, flush=True)
        for _ in range(self.repeat):
            self.time_inside("events tail -f latency", "tail-latency", str(small))
        self.report(self.steps["events tail -f latency"])
        self.report(self.steps["generate"])

    def find_peer(self) -> Path | None:
        """The peer venv's python, made if need be; None (and the reason said) when it cannot be had."""
        if self.peer_venv is None:
            print(f"peer skipped: {self.peer['skipped']}", file=sys.stderr, flush=True)
            return None
        started = time.perf_counter()
        python, found = ensure_peer(self.peer_venv)
        if python is None:
            self.peer = {"skipped": found}
            print(f"peer skipped: {found}", file=sys.stderr, flush=True)
            return None
        self.peer = {
            "library": "eventsourcing",
            "version": found,
            "venv": str(self.peer_venv),
            "setup_seconds": time.perf_counter() - started,
        }
        print(f"peer: eventsourcing {found} in {self.peer_venv}", file=sys.stderr, flush=True)
        return python

    def time_process_once(self, name: str, argv: list[str]) -> None:
        step = self.steps.setdefault(name, Step(name))
        wall, cpu, rss, _ = run_child(argv, cwd=self.workdir)
        step.seconds.append(wall)
        step.wall.append(wall)
        step.cpu.append(cpu)
        step.rss_mb.append(rss)

    def pick_user(self) -> tuple[str, str]:
        """A live user from the middle of the id order: (id, email)."""
        with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True) as conn:
            (live,) = conn.execute("SELECT count(*) FROM users WHERE deleted = 0").fetchone()
            row = conn.execute(
                "SELECT id, email FROM users WHERE deleted = 0 ORDER BY id LIMIT 1 OFFSET ?", (live // 2,)
            ).fetchone()
        return row[0], row[1]

    # -- results ---------------------------------------------------------------------------

    def results(self) -> dict[str, Any]:
        steps = {name: step.summary() for name, step in self.steps.items()}
        for name, (limit, target) in TARGETS.items():
            if name in steps and limit in steps:
                ratio = steps[limit]["median_seconds"] / steps[name]["median_seconds"]
                cpu_ratio = steps[limit]["median_cpu_seconds"] / steps[name]["median_cpu_seconds"]
                steps[name].update(
                    limit=limit, ratio=ratio, cpu_ratio=cpu_ratio, target=target, met=ratio >= target
                )
        for name, (against, target) in PEER_TARGETS.items():
            if name in steps and against in steps and steps[name].get("events_per_second"):
                ratio = steps[name]["events_per_second"] / steps[against]["events_per_second"]
                steps[name]["peer"] = {
                    "against": against,
                    "ratio": ratio,
                    "target": target,
                    "met": None if target is None else ratio >= target,
                }
        if STARTUP_REFERENCE in steps:
            startup = steps[STARTUP_REFERENCE]["median_seconds"]
            for name in KEY_READS:
                if name in steps:
                    beyond = steps[name]["median_seconds"] - startup
                    steps[name].update(
                        beyond_startup=beyond, budget_beyond_startup=KEY_READ_BUDGET, met=beyond <= KEY_READ_BUDGET
                    )
        return {
            "events": self.events,
            "repeat": self.repeat,
            "peer": self.peer,
            "machine": {
                "python": platform.python_version(),
                "sqlite": sqlite3.sqlite_version,
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                # How many evtcli may use (a second process needs two), and whether
                # EVTCLI_PROCESSES chose for it (unset: evtcli decides).
                "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
                "evtcli_processes": os.environ.get("EVTCLI_PROCESSES", ""),
            },
            "steps": steps,
        }


def _same_file(left: Path, right: Path) -> bool:
    with open(left, "rb") as a, open(right, "rb") as b:
        while True:
            x, y = a.read(1 << 20), b.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


RSS_STEPS = ("import", "replay", "export", "verify")
RSS_BUDGET_MB = 50  # peak RSS at N may exceed the baseline run's by this much


def rss_table(results: dict[str, Any], baseline: dict[str, Any]) -> str:
    """Peak RSS of the bulk steps against a run with fewer events (``--baseline``)."""
    lines = [
        "",
        f"peak RSS: {results['events']} events against the {baseline['events']}-event run "
        f"(budget +{RSS_BUDGET_MB} MB)",
        f"{'step':<12} {str(results['events']):>10} {str(baseline['events']):>10} {'growth':>8}",
    ]
    for name in RSS_STEPS:
        if name in results["steps"] and name in baseline["steps"]:
            now, before = results["steps"][name]["peak_rss_mb"], baseline["steps"][name]["peak_rss_mb"]
            growth = now - before
            verdict = "ok" if growth <= RSS_BUDGET_MB else "MISS"
            lines.append(f"{name:<12} {now:8.1f}MB {before:8.1f}MB {growth:+7.1f}MB {verdict}")
    return "\n".join(lines)


def table(results: dict[str, Any]) -> str:
    lines = [
        f"evtcli benchmark: {results['events']} events, median of {results['repeat']} "
        f"(start-up: {results['repeat'] * 3}); Python {results['machine']['python']}, "
        f"SQLite {results['machine']['sqlite']}, {results['machine']['cpus']} CPUs"
        + (f", EVTCLI_PROCESSES={results['machine']['evtcli_processes']}" if results["machine"].get("evtcli_processes") else ""),
        "",
        f"{'step':<38} {'seconds':>9} {'events/s':>10} {'peak RSS':>9} {'CPU s':>8}  "
        f"{'vs limit':>8} {'(CPU)':>6} {'target':>12}",
    ]
    for name, step in results["steps"].items():
        rate = f"{step['events_per_second']:,.0f}" if step.get("events_per_second") else ""
        ratio = f"{step['ratio']:.2f}x" if "ratio" in step else ""
        cpu_ratio = f"{step['cpu_ratio']:.2f}x" if "cpu_ratio" in step else ""
        target = ""
        if "target" in step:
            target = f">={step['target']:.2f}x {'ok' if step['met'] else 'MISS'}"
        lines.append(
            f"{name:<38} {step['median_seconds']:9.3f} {rate:>10} {step['peak_rss_mb']:7.1f}MB "
            f"{step['median_cpu_seconds']:8.3f}  {ratio:>8} {cpu_ratio:>6} {target:>12}"
        )
    lines += [
        "",
        "vs limit = limit time / evtcli time, by median wall time ((CPU): by median user+system",
        "CPU time of the process). 1.00x is as fast as the limit. Import, replay, export and",
        "verify are compared with bare sqlite3 doing the same insert or scan (verify with the",
        "export scan); start-up with the bare interpreter importing typer (and SQLAlchemy),",
        "so 0.77x means 1.3 times the time of 'import typer'.",
    ]
    lines += peer_table(results)
    steps = results["steps"]
    if any("beyond_startup" in steps.get(name, {}) for name in KEY_READS):
        lines += [
            "",
            f"reads by key on the {results['events']}-event store, beyond start-up ('{STARTUP_REFERENCE}', "
            f"{steps[STARTUP_REFERENCE]['median_seconds']:.3f} s; budget {KEY_READ_BUDGET} s)",
        ]
        for name in KEY_READS:
            if "beyond_startup" in steps.get(name, {}):
                step = steps[name]
                lines.append(
                    f"{name:<38} {step['beyond_startup']:+9.3f} s  {'ok' if step['met'] else 'MISS'}"
                )
    return "\n".join(lines)


def peer_table(results: dict[str, Any]) -> list[str]:
    """evtcli's rates against the eventsourcing peer's, or the reason there is no peer."""
    peer = results.get("peer") or {}
    if "skipped" in peer:
        return ["", f"peer skipped: {peer['skipped']}"]
    steps = results["steps"]
    lines = [
        "",
        f"against the peer, eventsourcing {peer.get('version', '?')} on SQLite (events/s; ratio = evtcli's "
        "rate / the peer's)",
    ]
    for name, step in steps.items():
        if "peer" not in step:
            continue
        against = step["peer"]["against"]
        target = step["peer"]["target"]
        verdict = "" if target is None else f">={target:.2f}x {'ok' if step['peer']['met'] else 'MISS'}"
        lines.append(
            f"{name:<12} {step['events_per_second']:>10,.0f}  vs {against:<10} "
            f"{steps[against]['events_per_second']:>10,.0f}  {step['peer']['ratio']:6.2f}x  {verdict}"
        )
    save = steps.get("peer save")
    if save is not None:
        total = statistics.median(save["extra"]["total_seconds"])
        lines += [
            "",
            "peer save is the save phase alone: aggregates, their events and Application.save in",
            "batches of about 2,000; peer read pages through the notification log and decodes every",
            "event. Neither includes the interpreter's start-up and imports, which the 'import',",
            "'replay' and 'export' processes do ('api ...' do not).",
            f"peer save with reading and parsing the file: {total:.3f} s, {results['events'] / total:,.0f} events/s",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, metavar="N", help="events to generate (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, metavar="R", help="runs per step; the median is reported (default %(default)s)")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--workdir", metavar="DIR", help="keep the files here instead of a temporary directory")
    parser.add_argument("--skip-inprocess", action="store_true", help="skip the in-process (API) figures")
    parser.add_argument(
        "--peer-venv",
        metavar="DIR",
        type=Path,
        default=default_peer_venv(),
        help="virtual environment for the eventsourcing peer, made if need be (default %(default)s)",
    )
    parser.add_argument("--no-peer", action="store_true", help="leave out the eventsourcing peer")
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="the --json of a run with fewer events: compare the peak RSS of the bulk steps with it",
    )
    args = parser.parse_args(argv)
    if args.events < SMALL_EVENTS or args.repeat < 1:
        parser.error(f"--events must be at least {SMALL_EVENTS} and --repeat at least 1")
    peer_venv = None if args.no_peer else args.peer_venv.resolve()
    if args.workdir:
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        bench = Bench(args.events, args.repeat, workdir, args.skip_inprocess, peer_venv)
        bench.run()
    else:
        with tempfile.TemporaryDirectory(prefix="evtcli-bench-") as directory:
            bench = Bench(args.events, args.repeat, Path(directory), args.skip_inprocess, peer_venv)
            bench.run()
    results = bench.results()
    print(table(results))
    if args.baseline:
        print(rss_table(results, json.loads(Path(args.baseline).read_text(encoding="utf-8"))))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
