#!/usr/bin/env python3
"""Long streams (§11): one group of N members against a user-only history of the same size.

    python benchmarks/long_streams.py                      # N = 1,000 … 200,000 on SQLite
    python benchmarks/long_streams.py --sizes 1000,10000 --repeat 3 --json long.json
    python benchmarks/long_streams.py --postgresql postgresql+psycopg://u@host/scratch --pg-sizes 50000
    python benchmarks/long_streams.py --evtcli /path/to/another/venv/bin/evtcli

The group history is N users created, then the group ``all-staff`` created, then N
``MemberAdded`` events, one per user: 2N+1 events (:func:`group_history_lines`,
written like ``generate.py``'s large files: no positions or hashes, one shared
argon2 hash). The comparison is ``generate.py``'s user-only history of 2N+1 events.

For each N, on a fresh temporary SQLite file (and on PostgreSQL with
``--postgresql``; that database's schema is dropped and made again before each
history, so give a throwaway one), every step runs as a real process of the
``evtcli`` given by ``--evtcli``, whose peak RSS comes from ``os.wait4``:

- ``evtcli --version``: the start-up baseline (median of several runs);
- ``events import``, ``replay`` and ``verify`` of both histories, once each: the
  ratio of their time per event, group / user-only (target ≤ 1.3);
- on the group history, ``--repeat`` times each (median and max): ``group add`` of
  a user created beforehand, ``group remove`` and ``user destroy`` of a member (the
  destroy appends a ``MemberRemoved`` to the group), ``fold group --version 10``;
  each against start-up (target: within 0.1 s of it).

A step that runs past ``--timeout`` seconds is killed and reported as timed out;
the run goes on (after a timed-out import, the steps that need that history are
skipped). It prints a table per backend, one row per N, then how each cost grows
from the smallest N to the largest; ``--json`` writes every figure (after each N,
so a long run that is stopped keeps what it measured). It is a benchmark, not a
test: nothing here asserts on speed.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
GROUP = "all-staff"
FOLD_VERSION = 10
RATIO_TARGET = 1.3  # group history's time per event over the user-only history's
OVER_STARTUP_TARGET = 0.1  # seconds a group command may take beyond `evtcli --version`
BULK = ("import", "replay", "verify")
HISTORIES = ("group", "user")
# "group add + snapshot" is a group add that takes the group's snapshot (K = 1 for it):
# one write in K pays for it. "user show" opens the store and reads one row: what any
# command that opens the store costs, as a second yardstick beside `--version`.
COMMANDS = (
    "group add", "group remove", "user destroy", f"fold group --version {FOLD_VERSION}", "group add + snapshot",
    "user show",
)
STARTUP = "evtcli --version"
SETUP_TIMEOUT = 4 * 3600  # what is not measured (writing the histories, init, counts) may take long, not forever


def _module(name: str) -> Any:
    """A sibling benchmark script, imported by path (this file may be loaded by path too)."""
    spec = importlib.util.spec_from_file_location(f"evtcli_benchmark_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# run.py imports the standard library only. generate.py imports evtcli and its argon2
# hash takes 64 MiB: it is loaded where the histories are written, in a child process,
# for a child's peak RSS starts from what its parent held at fork.
Step = _module("run").Step


def _generate() -> Any:
    return sys.modules.get("evtcli_benchmark_generate") or _module("generate")


# -- the histories ------------------------------------------------------------------------


def member_ids(members: int, seed: int | None = None) -> list[str]:
    """The ids of the group history's users, in the order they are created and added."""
    generate = _generate()
    rng = random.Random(f"long-streams-members-{generate.DEFAULT_SEED if seed is None else seed}")
    return [generate._uuid(rng) for _ in range(members)]


def group_history_lines(members: int, seed: int | None = None) -> Iterator[str]:
    """2N+1 lines: ``members`` users created, the group ``all-staff`` created, then each
    user added to it in the order they were created. Deterministic for a seed (default:
    ``generate.py``'s); in the form of ``generate.py``'s large files."""
    from evtcli.domain.events import ENVELOPE_FIELDS, canonical_json, format_timestamp

    generate = _generate()
    seed = generate.DEFAULT_SEED if seed is None else seed
    rng = random.Random(seed)
    password_hash = generate.argon2_hash(generate.BENCHMARK_PASSWORD, rng.randbytes(generate.SALT_BYTES))
    moment = generate.SAMPLE_START

    def line(aggregate: str, aggregate_id: str, version: int, event_type: str, payload: dict[str, Any], command: str) -> str:
        nonlocal moment
        moment += timedelta(microseconds=rng.randrange(1, 2_000_000))
        event = {
            "event_id": generate._uuid(rng), "aggregate": aggregate, "aggregate_id": aggregate_id,
            "version": version, "type": event_type, "schema_version": 1, "payload": payload,
            "metadata": {"actor": "benchmark", "command": command}, "recorded_at": format_timestamp(moment),
        }
        # Envelope order, no position or hash: as generate.py writes its large files.
        return "{" + ",".join(f'"{name}":{canonical_json(event[name])}' for name in ENVELOPE_FIELDS if name in event) + "}"

    ids = member_ids(members, seed)
    for number, user_id in enumerate(ids, start=1):
        name, local, domain = generate.PEOPLE[rng.randrange(len(generate.PEOPLE))]
        payload = {"name": name, "email": f"{local}.{number}@{domain}", "password_hash": password_hash}
        yield line("user", user_id, 1, "Created", payload, "user create")
    group_id = generate._uuid(rng)
    yield line("group", group_id, 1, "Created", {"name": GROUP}, "group create")
    for version, user_id in enumerate(ids, start=2):
        yield line("group", group_id, version, "MemberAdded", {"user_id": user_id}, "group add")


def write_histories(directory: Path, members: int, seed: int | None = None) -> dict[str, Path]:
    """The group history of ``members`` and the user-only history of as many events
    (``generate.py``'s large-file generator), as ``group-N.jsonl`` and ``user-N.jsonl``."""
    generate = _generate()
    paths = {history: directory / f"{history}-{members}.jsonl" for history in HISTORIES}
    with open(paths["group"], "w", encoding="utf-8", newline="\n") as out:
        out.writelines(line + "\n" for line in group_history_lines(members, seed))
    with open(paths["user"], "w", encoding="utf-8", newline="\n") as out:
        lines = generate.synthetic_lines(2 * members + 1, generate.DEFAULT_SEED if seed is None else seed)
        out.writelines(line + "\n" for line in lines)
    return paths


def users_at(history: Path, first: int, count: int) -> list[str]:
    """The ids of the group history's users ``first`` … ``first + count - 1`` (0-based),
    read from its first lines, the users' Created events."""
    with open(history, "rb") as lines:
        return [json.loads(line)["aggregate_id"] for line in itertools.islice(lines, first, first + count)]


# -- running a step -----------------------------------------------------------------------


class TimedOut(Exception):
    pass


class Failed(Exception):
    pass


def child_env() -> dict[str, str]:
    # Not run.py's child_env: that one puts this repository on PYTHONPATH, which would
    # make an --evtcli from another installation import this checkout's code.
    env = {name: value for name, value in os.environ.items() if name != "EVTCLI_DB"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_process(argv: list[str], timeout: float, stdin: bytes | None = None,
                env: dict[str, str] | None = None) -> tuple[float, float, float, str]:
    """Run a command to completion: (wall seconds, CPU seconds, peak RSS in MB, stdout).

    Raises TimedOut after ``timeout`` seconds (the process and its children are
    killed), Failed on a non-zero exit.
    """
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            pass

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE, stdout=out, stderr=err,
            env={**child_env(), **(env or {})}, start_new_session=True,
        )
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            if stdin is not None and process.stdin is not None:
                with process.stdin:
                    process.stdin.write(stdin)
            # Exited, not yet reaped: its process group cannot be another's while the timer may still fire.
            os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
            wall = time.perf_counter() - started
        except BaseException:
            kill()
            raise
        finally:
            timer.cancel()
            timer.join()
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        if killed.is_set():
            raise TimedOut(f"timed out after {timeout:g} s")
        if process.returncode != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace").strip().splitlines()
            raise Failed(f"exit {process.returncode}: {message[-1] if message else 'no message'}")
        out.seek(0)
        divisor = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: KiB on Linux
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / divisor, out.read().decode("utf-8", "replace")


def reset_postgresql(url: str) -> None:
    """Drop the database's schema (tables, triggers, functions) and make it again, empty."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(re.sub(r"^postgresql\+\w+://", "postgresql://", url), autocommit=True) as conn:
        row = conn.execute("SELECT current_schema()").fetchone()
        schema = sql.Identifier(row[0] if row and row[0] else "public")
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(schema))
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(schema))


# -- one run: a backend and a size --------------------------------------------------------


class Run:
    def __init__(self, backend: str, members: int, evtcli: list[str], sources: dict[str, Path], workdir: Path,
                 postgresql: str | None, repeat: int, timeout: float) -> None:
        self.backend, self.members, self.evtcli, self.sources = backend, members, evtcli, sources
        self.workdir, self.postgresql, self.repeat, self.timeout = workdir, postgresql, repeat, timeout
        self.steps: dict[str, Step] = {}
        self.status: dict[str, str] = {}
        self.checks: dict[str, Any] = {}

    def db(self, history: str) -> str:
        if self.backend == "postgresql":
            assert self.postgresql is not None
            return self.postgresql
        return str(self.workdir / f"{history}-{self.members}.db")

    def fresh(self, history: str) -> None:
        if self.backend == "postgresql":
            reset_postgresql(self.db(history))
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(self.db(history) + suffix).unlink(missing_ok=True)
        run_process([*self.evtcli, "--db", self.db(history), "init"], SETUP_TIMEOUT)

    def time(self, name: str, argv: list[str], events: int | None = None, env: dict[str, str] | None = None) -> bool:
        """One timed run of a step; False (and the step's status said) if it did not finish."""
        step = self.steps.setdefault(name, Step(name, events=events))
        if self.status.get(name, "ok") != "ok":
            return False  # timed out or failed before: not again
        try:
            wall, cpu, rss, _ = run_process(argv, self.timeout, env=env)
        except (TimedOut, Failed) as problem:
            self.status[name] = "timed out" if isinstance(problem, TimedOut) else f"failed: {problem}"
            print(f"  {self.backend} N={self.members} {name}: {self.status[name]}", file=sys.stderr, flush=True)
            return False
        self.status[name] = "ok"
        step.seconds.append(wall)
        step.wall.append(wall)
        step.cpu.append(cpu)
        step.rss_mb.append(rss)
        print(f"  {self.backend} N={self.members} {name:<26} {wall:9.3f} s {rss:7.1f} MB", file=sys.stderr, flush=True)
        return True

    def skip(self, names: list[str], why: str) -> None:
        for name in names:
            self.steps.setdefault(name, Step(name))
            self.status.setdefault(name, f"skipped: {why}")

    def count(self, history: str) -> None:
        """The stored events (and the group's members), read outside the timing."""
        db = ["--db", self.db(history)]
        try:
            stats = json.loads(run_process([*self.evtcli, *db, "stats", "--json"], SETUP_TIMEOUT)[3])
            self.checks[f"{history} stored events"] = stats["events"]
            if history == "group":
                groups = json.loads(run_process([*self.evtcli, *db, "group", "list", "--json"], SETUP_TIMEOUT)[3])
                self.checks["group members"] = next(g["member_count"] for g in groups if g["name"] == GROUP)
        except (TimedOut, Failed, ValueError, KeyError, StopIteration) as problem:
            self.checks[f"{history} count failed"] = str(problem)

    def run(self) -> None:
        events = 2 * self.members + 1
        for history in ("user", "group"):  # the group history last: the commands run on it
            self.fresh(history)
            evtcli = [*self.evtcli, "--db", self.db(history)]
            if not self.time(f"import {history}", [*evtcli, "events", "import", str(self.sources[history])], events):
                self.skip([f"replay {history}", f"verify {history}"], f"import {history} did not finish")
                continue
            self.count(history)
            self.time(f"replay {history}", [*evtcli, "replay"], events)
            self.time(f"verify {history}", [*evtcli, "verify"], events)
        run_process([*self.evtcli, "--version"], SETUP_TIMEOUT)  # warms the caches
        for _ in range(max(5, 3 * self.repeat)):
            self.time(STARTUP, [*self.evtcli, "--version"])
        if self.status.get("import group") != "ok":
            self.skip(list(COMMANDS), "import group did not finish")
            return
        evtcli = [*self.evtcli, "--db", self.db("group")]
        fresh_users = []
        for number in range(2 * self.repeat):  # outside the timing
            created = run_process([*evtcli, "user", "create", "--name", f"Newcomer {number}", "--email",
                                   f"newcomer.{number}@example.net", "--password-stdin"],
                                  SETUP_TIMEOUT, stdin=b"newcomer-password")
            fresh_users.append(created[3].strip())
        # Members from the middle of the group: the first half removed, the second destroyed.
        members = users_at(self.sources["group"], self.members // 2 - self.repeat, 2 * self.repeat)
        for number in range(self.repeat):  # rounds, so that a noisy moment hits every command alike
            self.time("group add", [*evtcli, "group", "add", GROUP, fresh_users[number]])
            self.time("group remove", [*evtcli, "group", "remove", GROUP, members[number]])
            self.time("user destroy", [*evtcli, "user", "destroy", members[self.repeat + number]])
            self.time(COMMANDS[3], [*evtcli, "fold", "group", GROUP, "--version", str(FOLD_VERSION)])
            self.time(COMMANDS[4], [*evtcli, "group", "add", GROUP, fresh_users[self.repeat + number]],
                      env={"EVTCLI_SNAPSHOT_EVERY": "1"})
            self.time(COMMANDS[5], [*evtcli, "user", "show", fresh_users[number]])

    def results(self) -> dict[str, Any]:
        steps: dict[str, Any] = {}
        for name, step in self.steps.items():
            steps[name] = {"status": self.status.get(name, "ok"), "seconds": step.seconds, "rss_mb": step.rss_mb}
            if step.seconds:
                steps[name].update(step.summary(), max_seconds=max(step.seconds), status=self.status.get(name, "ok"))
                if step.events:
                    steps[name]["per_event_seconds"] = step.median / step.events
        ratios = {}
        for kind in BULK:
            group, user = steps.get(f"{kind} group", {}), steps.get(f"{kind} user", {})
            if "median_seconds" in group and "median_seconds" in user:
                ratio = group["per_event_seconds"] / user["per_event_seconds"]
                ratios[kind] = {"ratio": ratio, "target": RATIO_TARGET, "met": ratio <= RATIO_TARGET}
        over = {}
        startup = steps.get(STARTUP, {}).get("median_seconds")
        for name in COMMANDS:
            if startup is not None and "median_seconds" in steps.get(name, {}):
                beyond = steps[name]["median_seconds"] - startup
                over[name] = {"seconds": beyond, "max_seconds": steps[name]["max_seconds"] - startup,
                              "target": OVER_STARTUP_TARGET, "met": beyond <= OVER_STARTUP_TARGET}
        return {"backend": self.backend, "members": self.members,
                "events": {history: 2 * self.members + 1 for history in HISTORIES},
                "checks": self.checks, "steps": steps, "ratios": ratios, "over_startup": over}


# -- printing -----------------------------------------------------------------------------


def fmt_seconds(value: float) -> str:
    if abs(value) >= 0.1:
        return f"{value:.2f} s"
    if abs(value) >= 1e-3:
        return f"{value * 1e3:.3g} ms"
    return f"{value * 1e6:.3g} µs"


def _short(step: dict[str, Any]) -> str:
    """A step's status in a table cell: timed out, failed, skipped."""
    return step.get("status", "-").split(":")[0]


def _cell(step: dict[str, Any], width: int) -> str:
    return f"{step['median_seconds']:{width}.3f}" if "median_seconds" in step else f"{_short(step):>{width}}"


def _rss(step: dict[str, Any]) -> str:
    return f"{step['peak_rss_mb']:6.0f}" if "peak_rss_mb" in step else f"{'-':>6}"


def table(backend: str, runs: list[dict[str, Any]]) -> list[str]:
    lines = [
        f"{backend}: N members in one group, 2N+1 events; the user-only history has as many events",
        f"  bulk steps, seconds: group history / user-only history, ratio per event (target <= {RATIO_TARGET})",
        f"  {'N':>7} {'events':>7} | {'import':>19} {'ratio':>9} | {'replay':>19} {'ratio':>9} | {'verify':>19} "
        f"{'ratio':>9} | {'peak RSS MB: imp rep ver (group/user)':>38}",
    ]
    for run in runs:
        steps, cells, rss = run["steps"], [], []
        for kind in BULK:
            group, user = steps.get(f"{kind} group", {}), steps.get(f"{kind} user", {})
            ratio = run["ratios"].get(kind)
            verdict = f"{ratio['ratio']:5.2f} {'ok' if ratio['met'] else 'MISS':>4}" if ratio else f"{'':>10}"
            cells.append(f"{_cell(group, 9)} {_cell(user, 9)} {verdict}")
            rss.append(f"{_rss(group).strip()}/{_rss(user).strip()}")
        lines.append(f"  {run['members']:>7} {run['events']['group']:>7} | " + " | ".join(cells) + f" | {' '.join(rss):>38}")
    lines += [
        "",
        f"  commands on the group history, median seconds (over '{STARTUP}'; target <= +{OVER_STARTUP_TARGET} s)",
        f"  {'N':>7} {'start-up':>9} | " + " | ".join(f"{name:>21}" for name in COMMANDS) + f" | {'peak RSS MB':>11}",
    ]
    for run in runs:
        steps, cells = run["steps"], []
        for name in COMMANDS:
            over = run["over_startup"].get(name)
            if over is None or steps[name]["status"] != "ok":
                cells.append(f"{_short(steps.get(name, {})):>21}")
            else:
                cells.append(f"{steps[name]['median_seconds']:7.3f} {over['seconds']:+7.3f} {'ok' if over['met'] else 'MISS':>4}")
        peaks = [steps[name]["peak_rss_mb"] for name in COMMANDS if "peak_rss_mb" in steps.get(name, {})]
        startup = _cell(steps.get(STARTUP, {}), 9)
        peak = f"{max(peaks):11.0f}" if peaks else f"{'-':>11}"
        lines.append(f"  {run['members']:>7} {startup} | " + " | ".join(cells) + f" | {peak}")
    return lines


def growth(runs: list[dict[str, Any]]) -> list[str]:
    """How each cost grows from the smallest N to the largest it was measured at."""
    costs: list[tuple[str, Any, Any]] = []
    for kind in BULK:
        for history, label in (("group", "group"), ("user", "user-only")):
            costs.append((f"{kind} per event ({label})", lambda r, n=f"{kind} {history}": r["steps"].get(n, {}).get("per_event_seconds"), fmt_seconds))
        costs.append((f"{kind} ratio group/user", lambda r, k=kind: r["ratios"].get(k, {}).get("ratio"), lambda v: f"{v:.2f}"))
    for name in COMMANDS:
        costs.append((name, lambda r, n=name: r["steps"].get(n, {}).get("median_seconds"), fmt_seconds))
        costs.append((f"{name}, over start-up", lambda r, n=name: r["over_startup"].get(n, {}).get("seconds"), fmt_seconds))
    for name in [f"{kind} group" for kind in BULK] + list(COMMANDS):
        costs.append((f"peak RSS {name}", lambda r, n=name: r["steps"].get(n, {}).get("peak_rss_mb"), lambda v: f"{v:.0f} MB"))
    lines = []
    for label, get, show in costs:
        measured = [(run["members"], get(run)) for run in runs if get(run) is not None]
        missing = [str(run["members"]) for run in runs if get(run) is None]
        tail = f"; none at N={', '.join(missing)}" if missing else ""
        if not measured:
            lines.append(f"  {label}: not measured")
            continue
        if len(measured) < 2:
            lines.append(f"  {label}: {show(measured[0][1])} at N={measured[0][0]:,} only{tail}")
            continue
        (n0, first), (n1, last) = measured[0], measured[-1]
        if first > 0 and last > 0 and not label.endswith("over start-up"):
            exponent = math.log(last / first) / math.log(n1 / n0)
            trend = "flat" if abs(exponent) < 0.1 else f"x{last / first:.2g} for x{n1 / n0:.3g} N (~N^{exponent:.2f})"
        else:
            trend = f"{'+' if last >= first else ''}{fmt_seconds(last - first)}"
        lines.append(f"  {label}: {show(first)} -> {show(last)} (N={n0:,} -> {n1:,}), {trend}{tail}")
    return lines


def report(results: dict[str, Any]) -> str:
    lines = [
        f"evtcli long streams: {results['evtcli']} ({results['evtcli_version']}); group commands: median of "
        f"{results['repeat']}; timeout {results['timeout']:g} s per step",
        f"Python {results['machine']['python']}, SQLite {results['machine']['sqlite']}, {results['machine']['cpus']} CPUs",
    ]
    for backend in ("sqlite", "postgresql"):
        runs = [run for run in results["runs"] if run["backend"] == backend]
        if runs:
            lines += ["", *table(backend, runs)]
            if len(runs) > 1:
                lines += ["", f"  growth, smallest N to largest ({backend}):", *growth(runs)]
    return "\n".join(lines)


# -- main ---------------------------------------------------------------------------------


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=_sizes("1000,10000,50000,200000"), metavar="N,N,…",
                        help="group sizes N on SQLite (default 1000,10000,50000,200000)")
    parser.add_argument("--postgresql", metavar="URL", help="also run on this throwaway PostgreSQL database (its schema is dropped)")
    parser.add_argument("--pg-sizes", type=_sizes, metavar="N,N,…", help="group sizes on PostgreSQL (default: --sizes)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--repeat", type=int, default=5, metavar="R", help="runs of each group command (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=1800, metavar="SECONDS", help="per step (default %(default)s)")
    script = Path(sys.executable).with_name("evtcli")
    parser.add_argument("--evtcli", metavar="PATH", help=f"the evtcli to measure (default {script})")
    parser.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="keep the histories and SQLite databases here")
    parser.add_argument("--seed", type=int, help="random seed of the histories (default: generate.py's)")
    parser.add_argument("--write-histories", nargs=2, metavar=("DIR", "N"), help=argparse.SUPPRESS)  # the child that does
    args = parser.parse_args(argv)
    if args.write_histories:
        write_histories(Path(args.write_histories[0]), int(args.write_histories[1]), args.seed)
        return 0
    if args.evtcli:
        evtcli = [args.evtcli]
    else:
        evtcli = [str(script)] if script.exists() else [sys.executable, "-m", "evtcli"]
    plan = [] if args.no_sqlite else [("sqlite", n) for n in args.sizes]
    if args.postgresql:
        plan += [("postgresql", n) for n in (args.pg_sizes or args.sizes)]
    smallest = max(FOLD_VERSION, 4 * args.repeat)
    if args.repeat < 1 or args.timeout <= 0 or not plan or min(n for _, n in plan) < smallest:
        parser.error(f"give --repeat >= 1, --timeout > 0 and sizes of at least {smallest} (10, and 4 x --repeat)")
    results: dict[str, Any] = {
        "evtcli": " ".join(evtcli), "evtcli_version": run_process([*evtcli, "--version"], 120)[3].strip(),
        "repeat": args.repeat, "timeout": args.timeout, "seed": args.seed,
        "machine": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "platform": platform.platform(), "cpus": os.cpu_count()},
        "runs": [],
    }
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="evtcli-long-streams-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        for members in sorted({n for _, n in plan}):
            print(f"generating the histories of N={members}", file=sys.stderr, flush=True)
            seed = [] if args.seed is None else ["--seed", str(args.seed)]
            pythonpath = os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))  # as run.py's
            writer = [sys.executable, str(HERE / "long_streams.py"), "--write-histories", str(workdir), str(members), *seed]
            run_process(writer, SETUP_TIMEOUT, env={"PYTHONPATH": pythonpath})
            sources = {history: workdir / f"{history}-{members}.jsonl" for history in HISTORIES}
            for backend in ("sqlite", "postgresql"):
                if (backend, members) in plan:
                    run = Run(backend, members, evtcli, sources, workdir, args.postgresql, args.repeat, args.timeout)
                    run.run()
                    results["runs"].append(run.results())
                    if args.json:
                        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
            if not args.keep:
                for path in workdir.glob(f"*-{members}.*"):
                    path.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    results["runs"].sort(key=lambda run: (run["backend"] != "sqlite", run["members"]))
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
