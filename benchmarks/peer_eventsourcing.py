"""The peer: the Python ``eventsourcing`` library (9.x) storing the same events on SQLite.

    PERSISTENCE_MODULE=eventsourcing.sqlite SQLITE_DBNAME=peer.db \\
        PEER_VENV/bin/python benchmarks/peer_eventsourcing.py save events.jsonl
    PERSISTENCE_MODULE=eventsourcing.sqlite SQLITE_DBNAME=peer.db \\
        PEER_VENV/bin/python benchmarks/peer_eventsourcing.py read

``run.py`` makes the virtual environment (``eventsourcing`` is no dependency of
evtcli) and runs this in a fresh child process per step, like its other steps. It
needs nothing but the standard library and ``eventsourcing``.

``save`` stores a ``generate.py --events N`` file the way a Python user of the
library would: one ``User`` aggregate per evtcli ``aggregate_id``, each evtcli event
becoming the next event of that aggregate (an ``Aggregate.Event`` subclass per
evtcli type, carrying the payload and the recorded time), saved with
``Application.save(*aggregates)`` in batches of about 2,000 events. The aggregates
stay in memory between batches (a bounded cache); one that is not there is got
from the repository. The figure, ``seconds``, is the save phase: creating the
aggregates and their events and the ``save`` calls. Reading and parsing the JSON
Lines (``json.loads``, the UUID and the timestamp) is ``parse_seconds``, and
``total_seconds`` is both.

``read`` reads back every stored event in order, through the application's
notification log (pages of the recorder's ``select_notifications``), and decodes
each notification to its event object with the application's mapper.

Each prints one JSON object, as ``steps.py`` does.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from importlib.metadata import version
from typing import Any
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate

BATCH = 2000  # events per Application.save call
PAGE = 1000  # notifications per select on read
CACHE = 100_000  # aggregates kept in memory between batches


class User(Aggregate):
    """An evtcli user as an eventsourcing aggregate: the payload fields as attributes."""

    class Created(Aggregate.Created):
        payload: dict[str, Any]

    def __init__(self, payload: dict[str, Any]) -> None:
        self.name = payload["name"]
        self.email = payload["email"]
        self.password_hash = payload["password_hash"]
        self.status = "live"

    class Changed(Aggregate.Event):
        """The evtcli events after Created; each subclass sets what its payload says."""

        payload: dict[str, Any]

    class Renamed(Changed):
        def apply(self, user: User) -> None:
            user.name = self.payload["name"]

    class EmailChanged(Changed):
        def apply(self, user: User) -> None:
            user.email = self.payload["email"]

    class PasswordChanged(Changed):
        def apply(self, user: User) -> None:
            user.password_hash = self.payload["password_hash"]

    class Disabled(Changed):
        def apply(self, user: User) -> None:
            user.status = "disabled"

    class Enabled(Changed):
        def apply(self, user: User) -> None:
            user.status = "live"

    class Destroyed(Changed):
        def apply(self, user: User) -> None:
            user.status = "destroyed"

    class Restored(Changed):
        def apply(self, user: User) -> None:
            user.status = "live"
            user.email = self.payload.get("email", user.email)

    class Forgotten(Changed):
        def apply(self, user: User) -> None:
            user.name = user.email = user.password_hash = None
            user.status = "forgotten"

    @classmethod
    def start(cls, user_id: UUID, payload: dict[str, Any], at: datetime) -> User:
        return cls._create(cls.Created, id=user_id, payload=payload, timestamp=at)

    def record(self, kind: str, payload: dict[str, Any], at: datetime) -> None:
        self.trigger_event(CHANGES[kind], payload=payload, timestamp=at)


CHANGES: dict[str, type[User.Changed]] = {
    kind.__name__: kind
    for kind in (
        User.Renamed,
        User.EmailChanged,
        User.PasswordChanged,
        User.Disabled,
        User.Enabled,
        User.Destroyed,
        User.Restored,
        User.Forgotten,
    )
}


class Users(Application):
    """The application; persistence comes from the environment (eventsourcing.sqlite)."""

    log_section_size = PAGE


def _parsed(batch: list[bytes], first_line: int) -> list[tuple[UUID, int, str, dict[str, Any], datetime]]:
    rows = []
    for number, raw in enumerate(batch, start=first_line):
        event = json.loads(raw)
        if event["aggregate"] != "user":
            raise SystemExit(f"line {number}: the peer stores user events only, not {event['aggregate']!r}")
        rows.append(
            (
                UUID(event["aggregate_id"]),
                event["version"],
                event["type"],
                event["payload"],
                datetime.fromisoformat(event["recorded_at"].replace("Z", "+00:00")),
            )
        )
    return rows


def save(source: str) -> dict[str, Any]:
    app = Users()
    cache: dict[UUID, User] = {}  # insertion order is recency: the oldest is evicted first
    parsing = saving = 0.0
    events = saves = gets = 0
    with open(source, "rb") as lines:
        number = 1
        while True:
            started = time.perf_counter()
            batch = [raw for _, raw in zip(range(BATCH), lines)]
            rows = _parsed(batch, number)
            parsing += time.perf_counter() - started
            if not rows:
                break
            number += len(rows)
            started = time.perf_counter()
            touched: dict[UUID, User] = {}
            for user_id, event_version, kind, payload, at in rows:
                if kind == "Created":
                    user = User.start(user_id, payload, at)
                else:
                    user = touched.get(user_id) or cache.pop(user_id, None)
                    if user is None:
                        user = app.repository.get(user_id)
                        gets += 1
                    user.record(kind, payload, at)
                if user.version != event_version:
                    raise SystemExit(f"{user_id}: version {user.version} where the file says {event_version}")
                touched[user_id] = user
            app.save(*touched.values())
            saves += 1
            events += len(rows)
            for user_id, user in touched.items():
                cache.pop(user_id, None)
                cache[user_id] = user
            while len(cache) > CACHE:
                del cache[next(iter(cache))]
            saving += time.perf_counter() - started
    app.close()
    return {
        "seconds": saving,
        "events": events,
        "parse_seconds": parsing,
        "total_seconds": parsing + saving,
        "saves": saves,
        "repository_gets": gets,
        "eventsourcing": version("eventsourcing"),
    }


def read() -> dict[str, Any]:
    app = Users()
    to_event = app.mapper.to_domain_event
    select = app.notification_log.select
    started = time.perf_counter()
    events = 0
    last: Any = None
    start = 1
    while True:
        notifications = select(start, PAGE)
        for notification in notifications:
            last = to_event(notification)
        events += len(notifications)
        if len(notifications) < PAGE:
            break
        start = notifications[-1].id + 1
    seconds = time.perf_counter() - started
    app.close()
    if events and not isinstance(last, User.Event):
        raise SystemExit(f"the last notification decoded to {type(last).__name__}, not a User event")
    return {"seconds": seconds, "events": events, "eventsourcing": version("eventsourcing")}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "read") or len(argv) != (2 if argv[0] == "save" else 1):
        raise SystemExit("usage: peer_eventsourcing.py save FILE | read")
    result = save(argv[1]) if argv[0] == "save" else read()
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
