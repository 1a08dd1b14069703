"""The consumers table (SPEC §12): each named feed's filters and checkpoint.

A checkpoint is the last position the consumer was given or passed over (an event
its filters leave out): the next delivery starts after it. The table is outside the
hash chain and is not derived from the log, so upgrades keep its rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from evtcli.errors import NotFound, RuleViolation, UsageProblem
from evtcli.store.schema import consumers

NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


@dataclass(frozen=True)
class ConsumerRow:
    """One consumer as stored."""

    name: str
    aggregates: tuple[str, ...]  # empty: every aggregate
    types: tuple[str, ...]  # empty: every type
    checkpoint: int
    created_at: str
    last_delivery: str | None
    holder: str | None  # the process that last took it, as it described itself


def check_name(name: str) -> str:
    """A consumer's name as given; UsageProblem unless it is 1–64 of ``[A-Za-z0-9._-]``."""
    if not NAME.fullmatch(name):
        raise UsageProblem(
            f"invalid consumer name {name!r}", "a consumer name is 1 to 64 of the characters A-Z a-z 0-9 . _ -"
        )
    return name


def add(conn: Connection, name: str, aggregates: Sequence[str], types: Sequence[str], checkpoint: int, now: str) -> None:
    """A new consumer; RuleViolation when the name is taken."""
    if conn.execute(select(consumers.c.name).where(consumers.c.name == name)).first() is not None:
        raise RuleViolation(f"consumer {name} exists already", "pick another name, or 'evtcli consumer reset' this one")
    conn.execute(
        insert(consumers).values(
            name=name,
            aggregates=json.dumps(list(aggregates)),
            types=json.dumps(list(types)),
            checkpoint=checkpoint,
            created_at=now,
        )
    )


def load(conn: Connection, name: str) -> ConsumerRow:
    """One consumer; NotFound when there is none of that name."""
    row = conn.execute(select(consumers).where(consumers.c.name == name)).first()
    if row is None:
        raise NotFound(f"no consumer {name}", "list them with 'evtcli consumer list'")
    return _consumer(row)


def load_all(conn: Connection) -> list[ConsumerRow]:
    """Every consumer, by name."""
    return [_consumer(row) for row in conn.execute(select(consumers).order_by(consumers.c.name))]


def move(conn: Connection, name: str, checkpoint: int, delivered_at: str | None = None) -> None:
    """Set the checkpoint (and, when something was delivered, the time it was)."""
    values: dict[str, object] = {"checkpoint": checkpoint}
    if delivered_at is not None:
        values["last_delivery"] = delivered_at
    if not conn.execute(update(consumers).where(consumers.c.name == name).values(**values)).rowcount:
        raise NotFound(f"no consumer {name}", "it was deleted meanwhile")


def set_holder(conn: Connection, name: str, holder: str | None) -> None:
    conn.execute(update(consumers).where(consumers.c.name == name).values(holder=holder))


def remove(conn: Connection, name: str) -> None:
    """Delete a consumer; NotFound when there is none of that name."""
    if not conn.execute(delete(consumers).where(consumers.c.name == name)).rowcount:
        raise NotFound(f"no consumer {name}", "list them with 'evtcli consumer list'")


def _consumer(row: Row[Any]) -> ConsumerRow:
    return ConsumerRow(
        name=row.name,
        aggregates=tuple(json.loads(row.aggregates)),
        types=tuple(json.loads(row.types)),
        checkpoint=int(row.checkpoint),
        created_at=row.created_at,
        last_delivery=row.last_delivery,
        holder=row.holder,
    )
