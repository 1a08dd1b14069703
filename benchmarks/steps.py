"""One benchmark step, run in a fresh child process by ``run.py``.

    python benchmarks/steps.py KIND DB [FILE]

Prints one JSON object: ``{"seconds": <time of the work itself>, …}``. Running each
step in its own process gives it its own peak RSS, which the parent reads with
``os.wait4``.

Two families of steps:

- ``api-*``: the same work as the commands, in-process through ``evtcli.open_store``
  (no interpreter start-up, no argument parsing);
- ``limit-*``: the practical limit, the same work done with the bare ``sqlite3``
  module and nothing else (no validation, no hash chain, no SQLAlchemy).
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from typing import Any, Callable, Iterator

CHUNK = 1000
_quote = json.JSONEncoder(ensure_ascii=False).encode
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
# A realistic chain hash: the limit stores one, it does not compute it.
FAKE_HASH = "sha256:" + "0" * 64


# -- in-process through the library --------------------------------------------------------


def api_import(db: str, source: str) -> dict[str, Any]:
    import evtcli

    with evtcli.open_store(db, create=True) as store, open(source, "rb") as stream:
        started = time.perf_counter()
        summary = store.import_events(stream)
        return {"seconds": time.perf_counter() - started, "events": summary.appended}


def api_replay(db: str) -> dict[str, Any]:
    import evtcli

    with evtcli.open_store(db) as store:
        started = time.perf_counter()
        (result,) = store.replay("users")
        return {"seconds": time.perf_counter() - started, "events": result.events}


def api_export(db: str, target: str) -> dict[str, Any]:
    import evtcli

    with evtcli.open_store(db) as store, open(target, "w", encoding="utf-8") as out:
        started = time.perf_counter()
        count = 0
        for line in store.export_lines():
            out.write(line + "\n")
            count += 1
        return {"seconds": time.perf_counter() - started, "events": count}


def api_verify(db: str) -> dict[str, Any]:
    import evtcli

    with evtcli.open_store(db) as store:
        started = time.perf_counter()
        report = store.verify()
        if not report.ok:
            raise SystemExit(f"verify found problems: {report.problems[:3]}")
        return {"seconds": time.perf_counter() - started, "events": report.events}


def tail_latency(db: str, rounds: str = "20") -> dict[str, Any]:
    """Seconds from a commit to its line on a running ``evtcli events tail -f --json``.

    The follower is a real process; each round commits one event through the API
    and times until the follower has printed it.
    """
    import os
    import queue
    import statistics
    import subprocess
    import threading

    import evtcli
    from evtcli.domain.passwords import PasswordHasher

    script = os.path.join(os.path.dirname(sys.executable), "evtcli")
    command = [script] if os.path.exists(script) else [sys.executable, "-m", "evtcli"]
    follower = subprocess.Popen(
        [*command, "--db", db, "events", "tail", "-f", "--json", "-n", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    lines: queue.Queue[tuple[float, bytes]] = queue.Queue()

    def pump() -> None:
        assert follower.stdout is not None
        for line in follower.stdout:
            lines.put((time.perf_counter(), line))

    threading.Thread(target=pump, daemon=True).start()
    delays = []
    pause = random.Random(1)
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # the store is measured, not argon2
    try:
        lines.get(timeout=30)  # the last stored event: the follower is running
        with evtcli.open_store(db, password_hasher=cheap) as store:
            for number in range(int(rounds)):
                user = store.create_user(f"Tail {number}", f"tail{number}.{os.getpid()}@example.com", "tail password")
                committed = time.perf_counter()
                arrived, line = lines.get(timeout=10)
                if json.loads(line)["aggregate_id"] != user:
                    raise SystemExit("tail -f printed another event than the one committed")
                delays.append(arrived - committed)
                time.sleep(pause.uniform(0, 0.15))  # the next commit at any moment of a poll
    finally:
        follower.terminate()
        follower.wait()
    return {"seconds": statistics.median(delays), "max_seconds": max(delays)}


# -- the limits: bare sqlite3 ----------------------------------------------------------------


def _connect(db: str, cache_kib: int | None = None) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    if cache_kib is not None:
        conn.execute(f"PRAGMA cache_size=-{cache_kib}")
    return conn


def _event_rows(source: str) -> Iterator[tuple[Any, ...]]:
    """The rows an import of ``source`` stores (hashes aside), parsed with json.loads."""
    loads = json.loads
    with open(source, "rb") as lines:
        for position, raw in enumerate(lines, start=1):
            event = loads(raw)
            yield (
                position,
                event["event_id"],
                event["aggregate_id"],
                event["version"],
                event["type"],
                event.get("schema_version", 1),
                _canonical(event["payload"]),
                _canonical(event["metadata"]),
                event["recorded_at"],
                FAKE_HASH,
            )


def limit_import(db: str, source: str, cache_kib: int | None = None) -> dict[str, Any]:
    """executemany of the same rows into the same table (and indexes), one transaction.

    ``db`` is a freshly initialised evtcli database, so the table definition, its
    unique indexes and its triggers are exactly evtcli's. ``seconds`` includes
    reading and parsing the file; ``insert_seconds`` is the executemany calls alone.
    ``cache_kib`` sets SQLite's page cache instead of its default 2 MiB.
    """
    conn = _connect(db, cache_kib)
    sql = (
        "INSERT INTO user_events (position, event_id, user_id, version, type, schema_version,"
        " payload, metadata, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    started = time.perf_counter()
    inserting = 0.0
    count = 0
    conn.execute("BEGIN IMMEDIATE")
    rows: list[tuple[Any, ...]] = []
    for row in _event_rows(source):
        rows.append(row)
        if len(rows) >= CHUNK:
            mark = time.perf_counter()
            conn.executemany(sql, rows)
            inserting += time.perf_counter() - mark
            count += len(rows)
            rows = []
    mark = time.perf_counter()
    conn.executemany(sql, rows)
    count += len(rows)
    conn.execute("COMMIT")
    inserting += time.perf_counter() - mark
    return {"seconds": time.perf_counter() - started, "insert_seconds": inserting, "events": count}


def _fold(state: list[Any] | None, user_id: str, version: int, kind: str, payload: dict[str, Any], at: str) -> list[Any]:
    """The users row after an event (the generated histories hold Created and Destroyed only)."""
    if kind == "Created":
        email = payload["email"]
        return [user_id, payload["name"], email, email.casefold(), payload["password_hash"], "live", False, False,
                version, at, at, None, None, None, None]
    assert state is not None
    state[5], state[6], state[8], state[10], state[12], state[14] = (
        "destroyed", True, version, at, at, payload.get("reason"),
    )
    return state


def limit_replay(db: str) -> dict[str, Any]:
    """Scan the log in stream order, json.loads + fold, write the users table as it goes."""
    conn = _connect(db)
    insert = (
        "INSERT INTO users (id, name, email, email_key, password_hash, status, deleted, disabled,"
        " version, created_at, updated_at, disabled_at, deleted_at, disabled_reason, deleted_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    loads = json.loads
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM users")
    batch: list[list[Any]] = []
    current: str | None = None
    state: list[Any] | None = None
    events = 0
    for user_id, version, kind, payload, at in conn.execute(
        "SELECT user_id, version, type, payload, recorded_at FROM user_events ORDER BY user_id, version"
    ):
        events += 1
        if user_id != current:
            if state is not None:
                batch.append(state)
                if len(batch) >= CHUNK:
                    conn.executemany(insert, batch)
                    batch = []
            current, state = user_id, None
        state = _fold(state, user_id, version, kind, loads(payload), at)
    if state is not None:
        batch.append(state)
    conn.executemany(insert, batch)
    conn.execute("COMMIT")
    return {"seconds": time.perf_counter() - started, "events": events}


def limit_export(db: str, target: str) -> dict[str, Any]:
    """Scan in position order and write the same canonical JSON Lines as ``events export``."""
    conn = _connect(db)
    started = time.perf_counter()
    count = 0
    with open(target, "w", encoding="utf-8") as out:
        write = out.write
        for position, event_id, user_id, version, kind, schema, payload, metadata, at, digest in conn.execute(
            "SELECT position, event_id, user_id, version, type, schema_version, payload, metadata,"
            " recorded_at, hash FROM user_events ORDER BY position"
        ):
            write(
                f'{{"position":{position},"event_id":{_quote(event_id)},"aggregate":"user",'
                f'"aggregate_id":{_quote(user_id)},"version":{version},"type":{_quote(kind)},'
                f'"schema_version":{schema},"payload":{payload},"metadata":{metadata},'
                f'"recorded_at":{_quote(at)},"hash":{_quote(digest)}}}\n'
            )
            count += 1
    return {"seconds": time.perf_counter() - started, "events": count}


def limit_import_cached(db: str, source: str) -> dict[str, Any]:
    """:func:`limit_import` with evtcli's page cache: not a target, it shows how much of
    the gap is the cache rather than the work."""
    from evtcli.store.backends.sqlite import SQLITE_CACHE_KIB

    return limit_import(db, source, cache_kib=SQLITE_CACHE_KIB)


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "api-import": api_import,
    "api-replay": api_replay,
    "api-export": api_export,
    "api-verify": api_verify,
    "tail-latency": tail_latency,
    "limit-import": limit_import,
    "limit-import-cached": limit_import_cached,
    "limit-replay": limit_replay,
    "limit-export": limit_export,
}


def main(argv: list[str]) -> int:
    kind, *arguments = argv
    result = STEPS[kind](*arguments)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
