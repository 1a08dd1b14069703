#!/usr/bin/env python3
"""Concurrent writers appending to PostgreSQL: events/s, and a gap-free check.

    python benchmarks/pg_writers.py                       # starts a throwaway cluster
    python benchmarks/pg_writers.py --db postgresql+psycopg://user@host/db
    python benchmarks/pg_writers.py --writers 1,4,8 --single 1200 --batched 24000 --batch 100

For each mode and each writer count, that many writer *processes* append at once:

- ``single``: one event per transaction, through ``Store.create_user`` (validation,
  the append, the ``users`` projection and the checkpoint, one commit each);
- ``batched``: ``--batch`` events per transaction, through ``Store.import_events``
  (the path of ``evtcli events import``).

Meanwhile one reader in this process tails the log by position with
``Store.follow`` (what ``events tail -f`` does). A run is gap-free when the reader
received every new position exactly once and in order, the stored positions are
contiguous, and ``verify`` accepts the hash chain and the projection.

Without ``--db`` each run gets a fresh database in a throwaway cluster started with
``tests/pgcluster.py`` (fsync off: this measures evtcli and lock contention, not
the disk). With ``--db`` the runs append to that database one after another.
Password hashing uses a cheap argon2 setting so that the store, not argon2, is measured.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import evtcli  # noqa: E402
from evtcli.domain.events import canonical_json, format_timestamp  # noqa: E402
from evtcli.domain.passwords import PasswordHasher  # noqa: E402

CHEAP = dict(time_cost=1, memory_cost=8, parallelism=1)


@dataclass
class Result:
    mode: str
    writers: int
    events: int
    transactions: int
    seconds: float
    events_per_second: float
    received_in_order: bool
    contiguous: bool
    verified: bool

    @property
    def gap_free(self) -> bool:
        return self.received_in_order and self.contiguous and self.verified


def _batches(writer: int, events: int, batch: int, password_hash: str) -> list[bytes]:
    """JSON Lines of ``events`` Created events, ``batch`` lines per chunk, unique per writer."""
    now = format_timestamp(datetime.now(timezone.utc))
    lines = []
    for n in range(events):
        user_id = str(uuid.uuid4())
        lines.append(
            canonical_json(
                {
                    "aggregate": "user",
                    "aggregate_id": user_id,
                    "version": 1,
                    "type": "Created",
                    "payload": {
                        "name": f"Writer {writer} user {n}",
                        "email": f"w{writer}-{n}-{user_id[:8]}@example.com",
                        "password_hash": password_hash,
                    },
                    "recorded_at": now,
                }
            )
        )
    return ["".join(line + "\n" for line in lines[i : i + batch]).encode() for i in range(0, len(lines), batch)]


def _writer(url: str, mode: str, index: int, count: int, batch: int, ready: Any, start: Any, errors: Any) -> None:
    try:
        hasher = PasswordHasher(**CHEAP)
        with evtcli.open_store(url, password_hasher=hasher, actor="bench") as store:
            chunks = _batches(index, count, batch, hasher.hash("benchmark-pw")) if mode == "batched" else []
            run = uuid.uuid4().hex[:8]
            ready.wait()
            start.wait()
            if mode == "single":
                for n in range(count):
                    store.create_user(f"Writer {index} user {n}", f"w{index}-{n}-{run}@example.com", "benchmark-pw")
            else:
                for chunk in chunks:
                    store.import_events(io.BytesIO(chunk))
    except BaseException as exc:  # reported by the parent
        errors.put(f"writer {index}: {type(exc).__name__}: {exc}")
        raise


def run(url: str, mode: str, writers: int, events: int, batch: int) -> Result:
    context = multiprocessing.get_context("fork")
    ready = context.Barrier(writers + 1)
    start = context.Barrier(writers + 1)
    errors = context.Queue()
    per_writer = [events // writers + (1 if i < events % writers else 0) for i in range(writers)]
    with evtcli.open_store(url, create=True, password_hasher=PasswordHasher(**CHEAP)) as store:
        before = store.head()
        received: list[int] = []
        target: list[int] = []
        stop_reading = threading.Event()

        def stop() -> bool:
            return stop_reading.is_set() or bool(target) and bool(received) and received[-1] >= target[0]

        def read() -> None:
            for envelope in store.follow(before, poll_interval=0.005, stop=stop):
                received.append(envelope.position)

        processes = [
            context.Process(target=_writer, args=(url, mode, i, per_writer[i], batch, ready, start, errors))
            for i in range(writers)
        ]
        for process in processes:
            process.start()
        reader = threading.Thread(target=read)
        reader.start()
        ready.wait()  # every writer has connected and prepared its input
        started = time.perf_counter()
        start.wait()
        for process in processes:
            process.join()
        seconds = time.perf_counter() - started
        after = store.head()
        target.append(after)
        reader.join(timeout=60)
        stop_reading.set()
        if not errors.empty() or any(p.exitcode != 0 for p in processes):
            raise SystemExit(f"a writer failed: {errors.get() if not errors.empty() else 'see above'}")
        expected = list(range(before + 1, after + 1))
        stored = [e.position for e in store.tail(after - before)[0]] if after > before else []
        report = store.verify()
    appended = after - before
    return Result(
        mode=mode,
        writers=writers,
        events=appended,
        transactions=appended if mode == "single" else -(-appended // batch),
        seconds=round(seconds, 3),
        events_per_second=round(appended / seconds),
        received_in_order=received == expected and appended == events,
        contiguous=stored == expected,
        verified=report.ok,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a PostgreSQL URL (default: a throwaway cluster of our own)")
    parser.add_argument("--writers", default="1,4,8", help="comma-separated writer process counts")
    parser.add_argument("--single", type=int, default=1200, help="events per run, one per transaction")
    parser.add_argument("--batched", type=int, default=24000, help="events per run in batched transactions")
    parser.add_argument("--batch", type=int, default=100, help="events per batched transaction")
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = parser.parse_args()
    counts = [int(part) for part in args.writers.split(",")]

    cluster = None
    if args.db is None:
        from pgcluster import PostgresCluster

        cluster = PostgresCluster().start()
    results: list[Result] = []
    try:
        number = 0
        for mode, events in (("single", args.single), ("batched", args.batched)):
            for writers in counts:
                number += 1
                url = args.db or cluster.create_database(f"bench_{number}")
                result = run(url, mode, writers, events, args.batch)
                results.append(result)
                print(
                    f"{mode:8} {writers:2} writers  {result.events:6} events in {result.transactions:5} tx"
                    f"  {result.seconds:7.2f} s  {result.events_per_second:7} events/s"
                    f"  gap-free: {'yes' if result.gap_free else 'NO'}",
                    flush=True,
                )
    finally:
        if cluster is not None:
            cluster.stop()
    if args.json:
        args.json.write_text(json.dumps([asdict(r) | {"gap_free": r.gap_free} for r in results], indent=2) + "\n")
    return 0 if all(r.gap_free for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
