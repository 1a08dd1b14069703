"""Consumers (SPEC §12): named, checkpointed feeds of the log for other systems.

The store keeps each consumer's filters and checkpoint; a client (``evtcli consume``)
holds the consumer, takes its batches in position order and acknowledges each once
it was delivered, which moves the checkpoint past it. Positions are gap-free and
handed out in commit order, so reading after the checkpoint up to the head never
skips an event that commits late: a delivery is at least once, never skipped.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from evtcli.api.core import StoreCore
from evtcli.api.browse import shown_lines
from evtcli.api.resolve import check_filters
from evtcli.domain.events import Envelope, format_timestamp
from evtcli.errors import EvtcliError, UsageProblem
from evtcli.store import consumers as stored
from evtcli.store import dialect
from evtcli.store.chain import POSITION, head

Start = str | int  # "start", "head" or a position
# How long a consume keeps trying to take a consumer before it says who holds it.
PROBE_GRACE = 0.5


class ConsumerBusy(EvtcliError):
    """Another process holds the consumer (exit 1)."""


@dataclass(frozen=True)
class ConsumerStatus:
    """A consumer as ``consumer list`` shows it."""

    name: str
    aggregates: tuple[str, ...]
    types: tuple[str, ...]
    checkpoint: int
    head: int
    last_delivery: str | None
    holder: str | None  # the process holding it now, None when none does

    @property
    def lag(self) -> int:
        """Events of the log after the checkpoint (those its filters pass over included)."""
        return max(0, self.head - self.checkpoint)


@dataclass(frozen=True)
class Batch:
    """Matching events to deliver, as ``events tail --jsonl`` prints them (one line
    each, without its newline), their positions, and the position the checkpoint moves
    to once they are delivered: the last of them, or further when the events after it
    are passed over."""

    lines: list[str]
    positions: list[int]
    through: int
    checkpoint: int  # where the checkpoint stays until they are delivered

    @property
    def events(self) -> list[Envelope]:
        """The events as the lines show them (secret fields left out, sealed values opened)."""
        return [Envelope(**json.loads(line)) for line in self.lines]


def _hold_key(name: str) -> str:
    return f"consumer-{name}"


class ConsumerCommands(StoreCore):
    """Create, list, reset and delete consumers; hold one and take its batches."""

    def create_consumer(
        self, name: str, *, aggregates: Sequence[str] = (), types: Sequence[str] = (), start: Start = "head"
    ) -> ConsumerStatus:
        """A new consumer whose first delivery is the first event after ``start``."""
        stored.check_name(name)
        aggregates, types = self._filters(aggregates, types)
        with self._write() as conn:
            position = self._position(conn, start)
            stored.add(conn, name, aggregates, types, position, format_timestamp(self.clock()))
        return self.consumer(name)

    def consumers(self) -> list[ConsumerStatus]:
        """Every consumer, by name, with its lag and whether a process holds it."""
        with self._read() as conn:
            return consumer_statuses(self, conn)

    def consumer(self, name: str) -> ConsumerStatus:
        stored.check_name(name)
        with self._read() as conn:
            row, position = stored.load(conn, name), head(conn)[0]
        return _status(self, row, position)

    def reset_consumer(self, name: str, to: Start) -> ConsumerStatus:
        """Move the checkpoint: the next delivery is the first event after ``to``."""
        stored.check_name(name)
        with self._write() as conn:
            stored.load(conn, name)
            stored.move(conn, name, self._position(conn, to))
        return self.consumer(name)

    def delete_consumer(self, name: str) -> None:
        """Delete a consumer; ConsumerBusy while a process holds it."""
        with self.holding_consumer(name):
            with self._write() as conn:
                stored.remove(conn, name)
            dialect.forget_hold(self.location, _hold_key(name))

    # -- delivering ---------------------------------------------------------------------

    @contextmanager
    def holding_consumer(self, name: str, *, wait: bool = False, poll_interval: float = 0.2) -> Iterator[None]:
        """Hold the consumer for this process: one process at a time, on both backends.

        Another holder is ConsumerBusy naming its pid and host, or, with ``wait``,
        waited for. A holder that dies lets go at once (see store.backends.holds).
        """
        self.consumer(name)  # NotFound before anything is held
        # A status read (consumer list, stats) takes the hold for a moment to see
        # whether a live process has it: a refusal is said only after that moment.
        give_up = time.monotonic() + PROBE_GRACE
        while True:
            hold = dialect.try_hold(self.engine, self.location, _hold_key(name))
            if hold is not None:
                break
            if not wait and time.monotonic() > give_up:
                holder = self.consumer(name).holder or "another process"
                raise ConsumerBusy(f"consumer {name} is held by {holder}", "wait for it to end, or pass --wait")
            time.sleep(min(poll_interval, PROBE_GRACE / 10))
        try:
            with self._write() as conn:
                stored.set_holder(conn, name, f"pid {os.getpid()} on host {socket.gethostname()}")
            yield
        finally:
            try:
                with self._write() as conn:
                    stored.set_holder(conn, name, None)
            except EvtcliError:
                pass  # deleted meanwhile, or the database is gone: the hold goes anyway
            finally:
                hold.release()

    def consumer_batches(
        self,
        name: str,
        batch: int,
        *,
        follow: bool = False,
        stop: Callable[[], bool] = lambda: False,
        poll_interval: float = 0.1,
    ) -> Iterator[Batch]:
        """The consumer's matching events after its checkpoint, ``batch`` at most at a
        time, in position order; acknowledge each batch (:meth:`acknowledge`) before
        taking the next. Events the filters leave out move the checkpoint on by
        themselves. Stops at the head, or with ``follow`` waits for new commits until
        ``stop()``."""
        if batch < 1:
            raise UsageProblem("a batch holds at least 1 event", "give --batch 1 or more")
        with self._read() as conn:
            row = stored.load(conn, name)
        after = row.checkpoint
        aggregates, types = set(row.aggregates), list(row.types) or None
        # One aggregate is filtered by the query; several, in the loop (a union either way).
        only = row.aggregates[0] if len(row.aggregates) == 1 else None
        read = self.log.batch_reader(aggregate=only, types=types, limit=batch)
        while not stop():
            with self._read() as conn:
                position = head(conn)[0]
                rows = []
                if position > after:
                    rows = read(conn, after, position)
                scanned = rows[-1][POSITION] if len(rows) == batch else position
                wanted = [r for r in rows if not aggregates or r[0] in aggregates]
                lines = shown_lines(self, conn, wanted)
            if lines:
                yield Batch(lines, [r[POSITION] for r in wanted], scanned, after)
                after = scanned
            elif scanned > after:  # nothing to deliver up to here: pass over it
                self.acknowledge(name, scanned, delivered=False)
                after = scanned
            elif not follow:
                return
            else:
                time.sleep(poll_interval)

    def acknowledge(self, name: str, position: int, *, delivered: bool = True) -> None:
        """Move the checkpoint to ``position``: everything up to it was delivered (or,
        with ``delivered=False``, passed over)."""
        # Not the writers' lock: a checkpoint is outside the log, and waiting behind an
        # import to move one would only hold the consumer up.
        with self._translated(), self.engine.begin() as conn:
            stored.move(conn, name, position, format_timestamp(self.clock()) if delivered else None)

    # -- helpers ---------------------------------------------------------------------------

    def _filters(self, aggregates: Sequence[str], types: Sequence[str]) -> tuple[list[str], list[str]]:
        """The filters checked against the declaration (an unknown name is a usage error)."""
        for aggregate in aggregates:
            self.model.aggregate(aggregate)
        if types:
            check_filters(self.model, list(types), aggregates[0] if len(aggregates) == 1 else None)
        return list(dict.fromkeys(aggregates)), list(dict.fromkeys(types))

    def _position(self, conn: Connection, start: Start) -> int:
        last = head(conn)[0]
        if start == "start":
            return 0
        if start == "head":
            return last
        if isinstance(start, int) and 0 <= start <= last:
            return start
        raise UsageProblem(f"no position {start} in the log", f"give start, head or a position from 0 to {last}")



def consumer_statuses(core: StoreCore, conn: Connection) -> list[ConsumerStatus]:
    """Every consumer as ``consumer list`` and ``stats`` show it, read in ``conn``."""
    position = head(conn)[0]
    return [_status(core, row, position) for row in stored.load_all(conn)]


def _status(core: StoreCore, row: stored.ConsumerRow, position: int) -> ConsumerStatus:
    return ConsumerStatus(
        name=row.name,
        aggregates=row.aggregates,
        types=row.types,
        checkpoint=row.checkpoint,
        head=position,
        last_delivery=row.last_delivery,
        holder=row.holder if row.holder and _held(core, row.name) else None,
    )


def _held(core: StoreCore, name: str) -> bool:
    """Whether a live process holds the consumer (a holder killed with kill -9 does not)."""
    try:
        hold = dialect.try_hold(core.engine, core.location, _hold_key(name))
    except OSError:  # a lock file that cannot be made (a read-only directory): trust the row
        return True
    if hold is None:
        return True
    hold.release()
    return False


__all__ = ["Batch", "ConsumerBusy", "ConsumerCommands", "ConsumerStatus"]
