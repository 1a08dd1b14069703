#!/usr/bin/env python3
"""Consumers (§12): how fast ``evtcli consume`` delivers, and how soon after a commit.

    python benchmarks/consumers.py                        # 20,000 and 100,000 events; SQLite and a throwaway PostgreSQL cluster
    python benchmarks/consumers.py --sizes 20000 --repeat 1 --no-postgresql
    python benchmarks/consumers.py --postgresql postgresql+psycopg://u@host/scratch --json consumers.json
    python benchmarks/consumers.py --profile              # also cProfile one consume of the largest size

Throughput. For each size N, ``generate.py --events N`` writes a history once. On
each backend a fresh store imports it (not timed), ``consumer create bench --from
start`` is run, and the whole process ``evtcli consume bench --batch B -- cat``,
its stdout on /dev/null, is timed (``--repeat`` times, the checkpoint reset to the
start between runs; the median is reported). events/s is N over that wall time,
start-up included; "idle" is the same command with nothing left to deliver (the
fixed cost), and "beyond idle" N over the difference: the per-event rate.

Delay. On each backend a fresh store gets ``consumer create lag --from head``;
``evtcli consume lag --follow -- python stamp.py FILE`` runs, and a writer process
commits ``--delay-events`` users one at a time through the library
(``Store.create_user_event``), pausing a random 0 to ``--pause`` seconds before
each, recording ``time.time()`` right after each write returns. The COMMAND appends
its own ``time.time()`` at start and the batch's positions to FILE; an event's
delay is the start of the COMMAND that got it minus its commit time (a late
consumer may hand several events to one COMMAND: each counts). Then SIGTERM ends
the consumer, which must exit 0. The writer imports evtcli in this interpreter.

PostgreSQL: ``--postgresql URL`` uses that throwaway database (its schema is
dropped before each store); without it a cluster is started with
``tests/pgcluster.py`` (fsync off), or the run says why not and goes on with
SQLite. It is a benchmark, not a test: nothing here asserts on speed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONSUMER = "bench"
FOLLOWER = "lag"
THROUGHPUT_TARGET = 50_000  # events/s, batched
MEDIAN_TARGET, P95_TARGET = 0.2, 0.5  # seconds from commit to COMMAND start
SETUP_TIMEOUT = 3600
# What the COMMAND of the delay run does: note when it started and which positions it got.
STAMP = """import os, sys, time
started = time.time()
sys.stdin.buffer.read()
with open(sys.argv[1], "a") as out:
    out.write(f"{started!r} {os.environ['EVTCLI_FIRST_POSITION']} {os.environ['EVTCLI_LAST_POSITION']}\\n")
"""


def _module(name: str) -> Any:
    """A sibling benchmark script, imported by path."""
    spec = importlib.util.spec_from_file_location(f"evtcli_benchmark_{name}", HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# long_streams.py runs a step as a process (wall, CPU, peak RSS, a timeout) and
# empties a PostgreSQL database; it imports the standard library only, as this does.
long_streams = _module("long_streams")
run_process, reset_postgresql, Failed, TimedOut = (
    long_streams.run_process, long_streams.reset_postgresql, long_streams.Failed, long_streams.TimedOut,
)


def pythonpath_env() -> dict[str, str]:
    """This checkout on PYTHONPATH, for the children that import evtcli (generate.py, the writer)."""
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0.95: p95), interpolated between the nearest values."""
    ordered = sorted(values)
    at = share * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


# -- a store on a backend ------------------------------------------------------------------


class Backend:
    """Where fresh stores are made: SQLite files in ``workdir``, or PostgreSQL databases."""

    def __init__(self, name: str, workdir: Path, evtcli: list[str], postgresql: str | None = None,
                 cluster: Any = None) -> None:
        self.name, self.workdir, self.evtcli, self.postgresql, self.cluster = name, workdir, evtcli, postgresql, cluster
        self.made = 0

    def fresh(self, label: str) -> str:
        """The URL (or path) of a new, initialised, empty store."""
        self.made += 1
        if self.name == "sqlite":
            db = str(self.workdir / f"{label}.db")
            for suffix in ("", "-wal", "-shm"):
                Path(db + suffix).unlink(missing_ok=True)
        elif self.cluster is not None:
            db = self.cluster.create_database(f"consumers_{self.made}")
        else:
            assert self.postgresql is not None
            db = self.postgresql
            reset_postgresql(db)
        run_process([*self.evtcli, "--db", db, "init"], SETUP_TIMEOUT)
        return db

    def evtcli_on(self, db: str) -> list[str]:
        return [*self.evtcli, "--db", db]


def consumer_row(evtcli: list[str], name: str) -> dict[str, Any]:
    rows = json.loads(run_process([*evtcli, "consumer", "list", "--json"], SETUP_TIMEOUT)[3])
    return next(row for row in rows if row["name"] == name)


# -- throughput ----------------------------------------------------------------------------


def to_devnull(argv: list[str]) -> list[str]:
    """``argv`` with its stdout (and so its COMMAND's) on /dev/null, through one exec."""
    return ["sh", "-c", 'exec "$@" >/dev/null', "sh", *argv]


def throughput(backend: Backend, events: int, source: Path, batch: int, repeat: int, timeout: float,
               profile: Path | None = None) -> dict[str, Any]:
    """Import ``source`` into a fresh store, then time whole ``consume`` processes over it."""
    db = backend.fresh(f"throughput-{events}")
    evtcli = backend.evtcli_on(db)
    result: dict[str, Any] = {"backend": backend.name, "events": events, "batch": batch, "seconds": [], "cpu": [],
                              "rss_mb": [], "idle_seconds": []}
    result["import_seconds"] = run_process([*evtcli, "events", "import", str(source)], timeout)[0]
    run_process([*evtcli, "consumer", "create", CONSUMER, "--from", "start"], SETUP_TIMEOUT)
    consume = [*evtcli, "consume", CONSUMER, "--batch", str(batch), "--", "cat"]
    result["command"] = " ".join(consume) + " >/dev/null"
    for number in range(repeat):
        if number:
            run_process([*evtcli, "consumer", "reset", CONSUMER, "--to", "start"], SETUP_TIMEOUT)
        wall, cpu, rss, _ = run_process(to_devnull(consume), timeout)
        row = consumer_row(evtcli, CONSUMER)
        if row["checkpoint"] != events or row["head"] != events:
            raise Failed(f"consume left the checkpoint at {row['checkpoint']} of {row['head']}, not {events}")
        result["seconds"].append(wall)
        result["cpu"].append(cpu)
        result["rss_mb"].append(rss)
        result["idle_seconds"].append(run_process(to_devnull(consume), timeout)[0])  # nothing left to deliver
        print(f"  {backend.name} N={events} consume {wall:7.3f} s ({events / wall:8.0f} events/s),"
              f" idle {result['idle_seconds'][-1]:.3f} s", file=sys.stderr, flush=True)
    median, idle = statistics.median(result["seconds"]), statistics.median(result["idle_seconds"])
    result.update(median_seconds=median, median_idle_seconds=idle, events_per_second=events / median,
                  per_event_seconds=(median - idle) / events, peak_rss_mb=max(result["rss_mb"]),
                  batches=-(-events // batch), target=THROUGHPUT_TARGET,
                  met=events / median >= THROUGHPUT_TARGET)
    result["beyond_idle_events_per_second"] = events / (median - idle) if median > idle else None
    if profile is not None:
        run_process([*evtcli, "consumer", "reset", CONSUMER, "--to", "start"], SETUP_TIMEOUT)
        python = Path(backend.evtcli[0]).with_name("python")
        python = python if python.exists() else Path(sys.executable)
        out = profile / f"consume-{backend.name}-{events}.prof"
        argv = [str(python), "-m", "cProfile", "-o", str(out), "-m", "evtcli", "--db", db, *consume[len(evtcli):]]
        run_process(to_devnull(argv), timeout)
        result["profile"] = str(out)
    return result


def profile_lines(path: str, top: int = 14) -> list[str]:
    """The functions a profile spent its time in: own time, then time under evtcli's own."""
    import io
    import pstats

    text = io.StringIO()
    stats = pstats.Stats(path, stream=text)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"evtcli/(api|cli|store|domain)/", top)
    kept = [line for line in text.getvalue().splitlines()
            if line.strip() and ("(" in line or "ncalls" in line or "function calls" in line)]
    return [f"    {line.rstrip()}" for line in kept]


# -- delay ---------------------------------------------------------------------------------


def write_events(url: str, count: int, pause: float, seed: int, out: Path) -> None:
    """The writer (a child process): ``count`` users, one commit each, after a random
    pause of 0 to ``pause`` s; writes [position, seconds before, commit time] per event."""
    import evtcli
    from evtcli.domain.passwords import PasswordHasher

    rng = random.Random(seed)
    written = []
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the store is measured, not argon2
    with evtcli.open_store(url, password_hasher=hasher, actor="bench") as store:
        for number in range(count):
            time.sleep(rng.uniform(0, pause))
            before = time.time()
            envelope = store.create_user_event(f"Follower {number}", f"follower.{number}.{seed}@example.com", "benchmark-pw")
            written.append([envelope.position, before, time.time()])
    out.write_text(json.dumps(written), encoding="utf-8")


def delay(backend: Backend, count: int, pause: float, seed: int, timeout: float) -> dict[str, Any]:
    """Commit ``count`` events one at a time while ``consume --follow`` runs; each one's
    delay from commit to the start of the COMMAND that got it."""
    db = backend.fresh("delay")
    evtcli = backend.evtcli_on(db)
    run_process([*evtcli, "consumer", "create", FOLLOWER, "--from", "head"], SETUP_TIMEOUT)
    stamp, stamps, written = (backend.workdir / name for name in ("stamp.py", "stamps.txt", "written.json"))
    stamp.write_text(STAMP, encoding="utf-8")
    stamps.unlink(missing_ok=True)
    command = [*evtcli, "consume", FOLLOWER, "--follow", "--", sys.executable, "-I", "-S", str(stamp), str(stamps)]
    with tempfile.TemporaryFile() as err:
        follower = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                    env=long_streams.child_env(), start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while consumer_row(evtcli, FOLLOWER)["held_by"] is None:  # it holds the consumer: it is running
                if follower.poll() is not None or time.monotonic() > deadline:
                    raise Failed("consume --follow did not start")
                time.sleep(0.05)
            writer = [sys.executable, str(HERE / "consumers.py"), "--write-events", db, str(count), str(pause),
                      str(seed), str(written)]
            run_process(writer, timeout, env=pythonpath_env())
            commits = {position: (before, after) for position, before, after in json.loads(written.read_text())}
            last = max(commits)
            got: dict[int, float] = {}
            batches = 0
            deadline = time.monotonic() + 30
            while last not in got:
                if follower.poll() is not None or time.monotonic() > deadline:
                    raise Failed(f"consume --follow delivered up to {max(got, default=0)} of {last}")
                time.sleep(0.05)
                got, batches = {}, 0
                for line in stamps.read_text(encoding="utf-8").splitlines() if stamps.exists() else []:
                    started, first, through = line.split()
                    batches += 1
                    got.update((position, float(started)) for position in range(int(first), int(through) + 1))
            follower.send_signal(signal.SIGTERM)
            status = follower.wait(30)
        finally:
            if follower.poll() is None:
                os.killpg(follower.pid, signal.SIGKILL)
                follower.wait()
        err.seek(0)
        if status != 0:
            raise Failed(f"consume --follow exited {status} on SIGTERM: {err.read().decode(errors='replace').strip()}")
    if sorted(got) != sorted(commits):
        raise Failed(f"delivered positions {min(got)}..{max(got)} ({len(got)}), committed {len(commits)}")
    delays = [got[position] - after for position, (_, after) in commits.items()]
    writes = [after - before for before, after in commits.values()]
    median, p95 = statistics.median(delays), percentile(delays, 0.95)
    print(f"  {backend.name} delay over {count} events: median {median:.3f} s, p95 {p95:.3f} s",
          file=sys.stderr, flush=True)
    return {"backend": backend.name, "events": count, "batches": batches, "pause": pause,
            "command": " ".join(command), "median_seconds": median, "p95_seconds": p95, "max_seconds": max(delays),
            "min_seconds": min(delays), "median_write_seconds": statistics.median(writes),
            "median_target": MEDIAN_TARGET, "p95_target": P95_TARGET,
            "met": median < MEDIAN_TARGET and p95 < P95_TARGET}


# -- printing ------------------------------------------------------------------------------


def report(results: dict[str, Any]) -> str:
    machine = results["machine"]
    lines = [(f"evtcli consumers: {results['evtcli']} ({results['evtcli_version']}); throughput: median of "
              f"{results['repeat']}"), f"Python {machine['python']}, {machine['cpus']} CPUs, {machine['platform']}"]
    for skipped in results["skipped"]:
        lines.append(f"postgresql skipped: {skipped}")
    if results["throughput"]:
        first = results["throughput"][0]
        lines += ["", (f"throughput: evtcli consume {CONSUMER} --batch {first['batch']} -- cat >/dev/null, the whole "
                       f"process (target >= {THROUGHPUT_TARGET:,} events/s)"),
                  (f"  {'backend':<10} {'events':>8} {'batches':>7} {'seconds':>8} {'events/s':>9} {'':4} "
                   f"{'idle s':>7} {'beyond idle/s':>13} {'µs/event':>8} {'peak MB':>7} {'import s':>8}")]
        for run in results["throughput"]:
            beyond = run["beyond_idle_events_per_second"]
            lines.append(
                f"  {run['backend']:<10} {run['events']:>8} {run['batches']:>7} {run['median_seconds']:>8.3f} "
                f"{run['events_per_second']:>9.0f} {'ok' if run['met'] else 'MISS':>4} {run['median_idle_seconds']:>7.3f} "
                f"{beyond or 0:>13.0f} {run['per_event_seconds'] * 1e6:>8.1f} {run['peak_rss_mb']:>7.0f} "
                f"{run['import_seconds']:>8.2f}")
        for backend in ("sqlite", "postgresql"):
            runs = [run for run in results["throughput"] if run["backend"] == backend]
            if len(runs) > 1:
                small, large = runs[0], runs[-1]
                lines.append(
                    f"  {backend}: N {small['events']:,} -> {large['events']:,}: idle {small['median_idle_seconds']:.3f}"
                    f" -> {large['median_idle_seconds']:.3f} s (fixed), per event {small['per_event_seconds'] * 1e6:.1f}"
                    f" -> {large['per_event_seconds'] * 1e6:.1f} µs, peak RSS {small['peak_rss_mb']:.0f} ->"
                    f" {large['peak_rss_mb']:.0f} MB")
        for run in results["throughput"]:
            if run.get("profile"):
                lines += ["", f"  cProfile of one consume, {run['backend']} N={run['events']}:",
                          *profile_lines(run["profile"])]
    if results["delay"]:
        lines += ["", (f"delay from commit to COMMAND start, consume --follow (targets: median < {MEDIAN_TARGET} s, "
                       f"p95 < {P95_TARGET} s)"),
                  (f"  {'backend':<10} {'events':>6} {'batches':>7} {'median s':>8} {'p95 s':>7} {'max s':>7} {'':4} "
                   f"{'write s':>7}")]
        for run in results["delay"]:
            lines.append(
                f"  {run['backend']:<10} {run['events']:>6} {run['batches']:>7} {run['median_seconds']:>8.3f} "
                f"{run['p95_seconds']:>7.3f} {run['max_seconds']:>7.3f} {'ok' if run['met'] else 'MISS':>4} "
                f"{run['median_write_seconds']:>7.4f}")
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------


_sizes = long_streams._sizes  # "20000,100_000" -> [20000, 100000]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=_sizes("20000,100000"), metavar="N,N,…",
                        help="events consumed in the throughput runs (default 20000,100000)")
    parser.add_argument("--repeat", type=int, default=3, metavar="R", help="throughput runs per size (default %(default)s)")
    parser.add_argument("--batch", type=int, default=500, metavar="B", help="consume --batch (default %(default)s)")
    parser.add_argument("--delay-events", type=int, default=200, metavar="N",
                        help="events committed one at a time in the delay run (default %(default)s; 0: no delay run)")
    parser.add_argument("--pause", type=float, default=0.2, metavar="SECONDS",
                        help="the writer's longest random pause before a commit (default %(default)s)")
    parser.add_argument("--postgresql", metavar="URL", help="use this throwaway PostgreSQL database (its schema is dropped)")
    parser.add_argument("--no-postgresql", action="store_true", help="SQLite only")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--profile", action="store_true",
                        help="also run one consume of the largest size under cProfile and print where it spent its time")
    parser.add_argument("--timeout", type=float, default=1800, metavar="SECONDS", help="per step (default %(default)s)")
    script = Path(sys.executable).with_name("evtcli")
    parser.add_argument("--evtcli", metavar="PATH", help=f"the evtcli to measure (default {script})")
    parser.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    parser.add_argument("--seed", type=int, default=20250901, help="random seed (default %(default)s)")
    parser.add_argument("--write-events", nargs=5, help=argparse.SUPPRESS)  # the writer child of the delay run
    args = parser.parse_args(argv)
    if args.write_events:
        url, count, pause, seed, out = args.write_events
        write_events(url, int(count), float(pause), int(seed), Path(out))
        return 0
    if args.repeat < 1 or args.batch < 1 or args.delay_events < 0 or not args.sizes or min(args.sizes) < 1:
        parser.error("give --repeat >= 1, --batch >= 1, --delay-events >= 0 and sizes of at least 1")
    if args.no_sqlite and args.no_postgresql:
        parser.error("give at most one of --no-sqlite and --no-postgresql")
    evtcli = [args.evtcli] if args.evtcli else [str(script)] if script.exists() else [sys.executable, "-m", "evtcli"]
    results: dict[str, Any] = {
        "evtcli": " ".join(evtcli), "evtcli_version": run_process([*evtcli, "--version"], 120)[3].strip(),
        "repeat": args.repeat, "machine": {"python": platform.python_version(), "platform": platform.platform(),
                                           "cpus": os.cpu_count()},
        "skipped": [], "throughput": [], "delay": [],
    }
    workdir = Path(tempfile.mkdtemp(prefix="evtcli-consumers-"))
    backends, cluster = [], None
    try:
        if not args.no_sqlite:
            backends.append(Backend("sqlite", workdir, evtcli))
        if args.postgresql:
            backends.append(Backend("postgresql", workdir, evtcli, postgresql=args.postgresql))
        elif not args.no_postgresql:
            sys.path.insert(0, str(HERE.parent / "tests"))
            from pgcluster import PostgresCluster, PostgresUnavailable

            try:
                cluster = PostgresCluster().start()
                backends.append(Backend("postgresql", workdir, evtcli, cluster=cluster))
            except (PostgresUnavailable, OSError) as problem:  # no server binaries, or it would not start
                reason = str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__
                results["skipped"].append(reason)
                print(f"postgresql skipped: {reason}", file=sys.stderr, flush=True)
        for events in sorted(set(args.sizes)):
            source = workdir / f"events-{events}.jsonl"
            run_process([sys.executable, str(HERE / "generate.py"), "--events", str(events), "--seed", str(args.seed),
                         "-o", str(source)], SETUP_TIMEOUT, env=pythonpath_env())
            for backend in backends:
                profile = workdir if args.profile and events == max(args.sizes) else None
                results["throughput"].append(
                    throughput(backend, events, source, args.batch, args.repeat, args.timeout, profile))
            source.unlink()
        if args.delay_events:
            for backend in backends:
                results["delay"].append(delay(backend, args.delay_events, args.pause, args.seed, args.timeout))
        results["throughput"].sort(key=lambda run: (run["backend"] != "sqlite", run["events"]))
        print(report(results))
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
