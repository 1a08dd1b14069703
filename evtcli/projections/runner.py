"""Checkpoints, replay, verify-by-diff and status for every projection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from sqlalchemy import Connection, select, update

from evtcli.domain.users import User
from evtcli.errors import NotFound
from evtcli.projections import users as users_projection
from evtcli.store import log
from evtcli.store.schema import projection_checkpoints

# name -> module implementing VERSION, rebuild, fresh_states, live_states, count
PROJECTIONS = {users_projection.NAME: users_projection}
DEFINITION_VERSIONS = {name: module.VERSION for name, module in PROJECTIONS.items()}


@dataclass(frozen=True)
class ProjectionStatus:
    name: str
    checkpoint: int
    head: int
    rows: int
    version: int
    code_version: int

    @property
    def lag(self) -> int:
        return self.head - self.checkpoint

    @property
    def stale(self) -> bool:
        """Built by another definition of the projection: rebuild with ``evtcli replay``."""
        return self.version != self.code_version


@dataclass(frozen=True)
class Difference:
    projection: str
    key: str
    field: str
    live: object
    fresh: object


@dataclass(frozen=True)
class ReplayResult:
    name: str
    events: int
    rows: int
    position: int


def names(selected: str | None) -> list[str]:
    if selected is None:
        return list(PROJECTIONS)
    if selected not in PROJECTIONS:
        raise NotFound(
            f"unknown projection {selected!r}", f"known projections: {', '.join(PROJECTIONS)}"
        )
    return [selected]


def advance(conn: Connection, name: str, position: int) -> None:
    """Record that a projection has applied everything up to ``position`` (same transaction)."""
    conn.execute(
        update(projection_checkpoints)
        .where(projection_checkpoints.c.name == name)
        .values(position=position)
    )


def caught_up(conn: Connection, name: str, head: int) -> bool:
    """True when the projection has applied everything up to ``head`` with the current definition."""
    row = conn.execute(
        select(projection_checkpoints.c.position, projection_checkpoints.c.version).where(
            projection_checkpoints.c.name == name
        )
    ).first()
    return row is not None and int(row.position) == head and int(row.version) == PROJECTIONS[name].VERSION


def advance_all(conn: Connection, position: int) -> None:
    for name in PROJECTIONS:
        advance(conn, name, position)


def replay(
    conn: Connection, name: str, progress: Callable[[int], None] | None = None
) -> ReplayResult:
    """Rebuild one projection from the log inside the caller's write transaction."""
    module = PROJECTIONS[name]
    position, _ = log.head(conn)
    counted = 0

    def count_events(batch: int) -> None:
        nonlocal counted
        counted += batch
        if progress is not None:
            progress(batch)

    rows = module.rebuild(conn, count_events)
    conn.execute(
        update(projection_checkpoints)
        .where(projection_checkpoints.c.name == name)
        .values(position=position, version=module.VERSION)
    )
    return ReplayResult(name=name, events=counted, rows=rows, position=position)


def diff(
    conn: Connection, name: str, progress: Callable[[int], None] | None = None
) -> Iterator[Difference]:
    """Differences between the live projection and a fresh fold, by a merge on the key."""
    module = PROJECTIONS[name]
    fresh = module.fresh_states(conn, progress)
    live = module.live_states(conn)
    fresh_user, live_user = next(fresh, None), next(live, None)
    while fresh_user is not None or live_user is not None:
        if live_user is None or (fresh_user is not None and fresh_user.id < live_user.id):
            assert fresh_user is not None
            yield Difference(name, fresh_user.id, "(row)", None, "present")
            fresh_user = next(fresh, None)
        elif fresh_user is None or live_user.id < fresh_user.id:
            yield Difference(name, live_user.id, "(row)", "present", None)
            live_user = next(live, None)
        else:
            yield from _field_differences(name, live_user, fresh_user)
            fresh_user, live_user = next(fresh, None), next(live, None)


def _field_differences(name: str, live: User, fresh: User) -> Iterator[Difference]:
    if live == fresh:  # the usual case, one comparison instead of one per column
        return
    for column in users_projection.COLUMNS:
        live_value, fresh_value = getattr(live, column), getattr(fresh, column)
        if live_value != fresh_value:
            if column == "password_hash":  # say that it differs, never what it is
                live_value, fresh_value = "(hash)", "(another hash)"
            yield Difference(name, live.id, column, live_value, fresh_value)


def status(conn: Connection) -> list[ProjectionStatus]:
    position, _ = log.head(conn)
    stored = {
        row.name: row
        for row in conn.execute(
            select(
                projection_checkpoints.c.name,
                projection_checkpoints.c.position,
                projection_checkpoints.c.version,
            )
        )
    }
    result = []
    for name, module in PROJECTIONS.items():
        row = stored.get(name)
        result.append(
            ProjectionStatus(
                name=name,
                checkpoint=int(row.position) if row else 0,
                head=position,
                rows=module.count(conn),
                version=int(row.version) if row else 0,
                code_version=module.VERSION,
            )
        )
    return result
