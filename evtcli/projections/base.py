"""What a projection is: a read model written from the states the domain's fold gives.

Every projection has a name, a definition version (bump it when the shape or the
meaning of its rows changes: stored projections then show as stale), the aggregate
whose states it reads and its tables. The write path hands it each batch of state
changes; replay hands it every state of the log; verify asks it for differences
from a fresh fold. None of them knows a projection by name.

:class:`StateTable` is the usual kind: each state becomes a few rows of one table
(one row per user; one row per member of a group), and applying a change writes
only the rows that differ.
"""

from __future__ import annotations

import operator
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import Connection, Table, bindparam, delete, false, func, select, true

from evtcli.domain.entries import EVERY_KEY, PartialEntries
from evtcli.errors import EvtcliError
from evtcli.store import dialect
from evtcli.store.bulk import delete_rows, insert_rows, update_rows
from evtcli.store.reads import stream_rows

if TYPE_CHECKING:
    from evtcli.projections.results import Difference

State = Any
Row = tuple[Any, ...]
# Keys of keyed collections a batch changed: field -> keys, or EVERY_KEY (see domain.entries).
Touched = Mapping[str, "set[str] | None"]
# (state before the batch or None for a new stream, state after it, what it touched)
Change = tuple[State | None, State, Touched]
# Rows written per batch insert during a rebuild.
BATCH = 1000


class Drift(Exception):
    """A projection differs from a fresh fold (raised by a :meth:`Projection.checker` sink)."""


class Projection(ABC):
    """The interface every projection implements."""

    name: ClassVar[str]
    version: ClassVar[int]
    aggregate: ClassVar[str]
    tables: ClassVar[tuple[Table, ...]]
    # Constraint name -> the error a violation of it stands for (see store.schema).
    constraint_errors: ClassVar[Mapping[str, Callable[[], EvtcliError]]] = {}

    @abstractmethod
    def apply(self, conn: Connection, changes: Sequence[Change]) -> None:
        """Write a batch of state changes, in the append's transaction."""

    @abstractmethod
    def rebuild(self, conn: Connection) -> "Sink":
        """Empty the projection; the sink takes every state of the log in id order."""

    @abstractmethod
    def differ(self, conn: Connection) -> "Sink":
        """A sink that takes every state of a fresh fold in id order and collects differences."""

    def checker(self, conn: Connection) -> "Sink":
        """A sink like :meth:`differ`'s that raises Drift at the first difference instead
        of describing each: the check of a projection that is expected to be right."""
        return _Checked(self.differ(conn))

    @abstractmethod
    def count(self, conn: Connection) -> int:
        """Rows in the projection."""

    def claim_owners(self, conn: Connection, claim: str, keys: Iterable[str]) -> dict[str, str] | None:
        """Key -> aggregate id holding it, for a claim this projection keeps (None: not kept here)."""
        return None

    def status_counts(self, conn: Connection) -> dict[str, int] | None:
        """Rows per status, when this projection keeps one row per stream with its status (None: not here)."""
        return None

    def holders(self, conn: Connection, held: str, ids: Iterable[str]) -> dict[str, set[str]] | None:
        """Id of a stream of ``held`` -> ids of this aggregate's streams that hold it (a
        user's groups), when this projection keeps that (None: not kept here)."""
        return None

    def head_states(self, conn: Connection, ids: Iterable[str]) -> dict[str, State] | None:
        """The current state of each of these streams that exists, read from this
        projection with its keyed collections partly read (looked up by key), when
        this projection gives states so (None: it does not). For an aggregate whose
        states hold a collection too large to read for every write."""
        return None

    def stored_entries(self, conn: Connection, field: str, stream_id: str) -> dict[str, Any] | None:
        """Every entry of a stream's keyed collection ``field``, when this projection
        keeps them (None: not kept here)."""
        return None


class Sink(ABC):
    """Takes states one by one (in aggregate id order), then finishes."""

    differences: list[Difference]

    @abstractmethod
    def add(self, state: State) -> None: ...

    @abstractmethod
    def finish(self) -> int:
        """Rows written (rebuild) or compared (diff)."""


class StateTable(Projection):
    """A projection made of one table whose rows each state determines.

    Subclasses set ``table``, ``key`` (the primary key columns; ``key[0]`` holds the
    aggregate id), ``secret_columns`` (compared but never shown), ``claims`` (claim
    name -> (column of its key, a boolean column, the value that column has while the
    row holds the claim)) and ``holds`` (held aggregate -> the column naming a stream
    of it that the row's stream holds), and implement :meth:`rows`.

    A table of a keyed collection's entries sets ``entries`` to the state field: its
    rows are (stream id, key, value), one per entry, and a change writes only the
    rows of the keys the batch touched, so a write costs what it changes, not the
    size of the collection.
    """

    table: ClassVar[Table]
    key: ClassVar[tuple[str, ...]]
    secret_columns: ClassVar[frozenset[str]] = frozenset()
    claims: ClassVar[Mapping[str, tuple[str, str, bool]]] = {}
    holds: ClassVar[Mapping[str, str]] = {}
    entries: ClassVar[str | None] = None

    def __init__(self) -> None:
        self.columns = tuple(column.name for column in self.table.columns)
        # A row's key: its one key value, or a tuple of them (itemgetter: C speed,
        # and a diff of a large table compares keys several times a row).
        self.key_of: Callable[[Row], Any] = operator.itemgetter(*(self.columns.index(name) for name in self.key))
        self._claim_queries: dict[str, Any] = {}
        self._holder_queries: dict[str, Any] = {}
        # (index of its key column, index of its flag column, the flag while held) per claim
        self._claim_at = tuple(
            (self.columns.index(key), self.columns.index(flag), held) for key, flag, held in self.claims.values()
        )

    @property
    def tables(self) -> tuple[Table, ...]:  # type: ignore[override]
        return (self.table,)

    def rows(self, state: State) -> list[Row]:
        """The state's rows (values in table column order), sorted by key."""
        if self.entries is None:
            raise NotImplementedError
        collection = getattr(state, self.entries)
        return [(state.id, key, collection[key]) for key in sorted(collection)]

    def entry_rows(self, state: State, keys: Iterable[str]) -> list[Row]:
        """The rows of these keys of the state's collection that it holds, sorted by key."""
        collection = getattr(state, self.entries)  # type: ignore[arg-type]
        return [(state.id, key, collection[key]) for key in sorted(keys) if key in collection]

    def status_counts(self, conn: Connection) -> dict[str, int] | None:
        # One row per stream (the key is the aggregate id alone) that holds its status.
        if len(self.key) != 1 or "status" not in self.table.c:
            return None
        status = self.table.c.status
        return {row.status: int(row.n) for row in conn.execute(select(status, func.count().label("n")).group_by(status))}

    # -- the write path ------------------------------------------------------------

    def apply(self, conn: Connection, changes: Sequence[Change]) -> None:
        # Rows that only change in place are updated. A row that takes up a claim
        # (a user who holds an email they did not hold) is deleted and inserted anew
        # instead, and every delete of the batch goes before every update and every
        # insert: so no order of rows within the batch can trip a claim's unique
        # index (an email one user gives up and another takes in the same batch).
        key_of = self.key_of
        stale: list[Any] = []
        changed: list[Row] = []
        fresh: list[Row] = []
        emptied: list[str] = []  # streams whose partly read collection was cleared
        for before, after, touched in changes:
            if before is None:
                fresh += self.rows(after)
                continue
            if self.entries is None:
                old_list, new_rows = self.rows(before), self.rows(after)
            else:
                keys = touched.get(self.entries, ())
                if keys is EVERY_KEY:
                    if isinstance(getattr(before, self.entries), PartialEntries):
                        emptied.append(before.id)
                        fresh += self.rows(after)
                        continue
                    old_list, new_rows = self.rows(before), self.rows(after)
                elif not keys:
                    continue  # the collection did not change
                else:
                    old_list, new_rows = self.entry_rows(before, keys), self.entry_rows(after, keys)
            old_rows = {key_of(row): row for row in old_list}
            for row in new_rows:
                key = key_of(row)
                old = old_rows.pop(key, None)
                if old is None:
                    fresh.append(row)
                elif old != row:
                    if self._takes_claim(old, row):
                        stale.append(key)
                        fresh.append(row)
                    else:
                        changed.append(row)
            stale += old_rows  # rows the new state no longer has
        if len(self.key) == 1:
            stale = [(key,) for key in stale]
        if emptied:
            stream = self.table.c[self.key[0]]
            conn.execute(delete(self.table).where(stream.in_(bindparam("ids", expanding=True))), {"ids": emptied})
        delete_rows(conn, self.table, self.key, stale)
        update_rows(conn, self.table, self.key, self.columns, changed)
        insert_rows(conn, self.table, self.columns, fresh)

    def _takes_claim(self, old: Row, new: Row) -> bool:
        """True when the new row holds a claim the old one did not."""
        return any(
            new[flag] == held and (old[flag] != held or old[key] != new[key]) for key, flag, held in self._claim_at
        )

    def claim_owners(self, conn: Connection, claim: str, keys: Iterable[str]) -> dict[str, str] | None:
        if claim not in self.claims:
            return None
        keys = list(keys)
        if not keys:
            return {}
        query = self._claim_queries.get(claim)
        if query is None:
            key_column, flag, held = self.claims[claim]
            table = self.table
            # An expanding parameter: built and compiled once, whatever the number of keys.
            query = self._claim_queries[claim] = select(table.c[key_column], table.c[self.key[0]]).where(
                table.c[key_column].in_(bindparam("keys", expanding=True)),
                table.c[flag] == (true() if held else false()),
            )
        return {key: owner for key, owner in conn.execute(query, {"keys": keys})}

    def holders(self, conn: Connection, held: str, ids: Iterable[str]) -> dict[str, set[str]] | None:
        if held not in self.holds:
            return None
        ids = list(ids)
        if not ids:
            return {}
        query = self._holder_queries.get(held)
        if query is None:
            column = self.table.c[self.holds[held]]
            query = self._holder_queries[held] = select(column, self.table.c[self.key[0]]).where(
                column.in_(bindparam("ids", expanding=True))
            )
        found: dict[str, set[str]] = {}
        for held_id, holder_id in conn.execute(query, {"ids": ids}):
            found.setdefault(held_id, set()).add(holder_id)
        return found

    def stored_entries(self, conn: Connection, field: str, stream_id: str) -> dict[str, Any] | None:
        if field != self.entries:
            return None
        stream, key, value = (self.table.c[name] for name in self.columns[:3])
        # The driver's tuples: a group may have 200,000 members, and a Row each costs more than the read.
        return dict(dialect.driver_rows(conn, select(key, value).where(stream == stream_id), BATCH))

    def entry_lookup(self, conn: Connection, stream_id: str) -> Callable[[str], Any]:
        """How a partly read collection finds one entry of a stream: by the primary key."""
        stream, key, value = (self.table.c[name] for name in self.columns[:3])
        query = select(value).where(stream == bindparam("stream"), key == bindparam("key"))
        return lambda wanted: conn.execute(query, {"stream": stream_id, "key": wanted}).scalar()

    # -- replay and verify -----------------------------------------------------------

    def rebuild(self, conn: Connection) -> Sink:
        conn.execute(delete(self.table))
        return _Rebuild(self, conn)

    def differ(self, conn: Connection) -> Sink:
        return _Diff(self, (tuple(row) for row in stream_rows(conn, self._in_key_order())))

    def checker(self, conn: Connection) -> Sink:
        # The driver's tuples: a boolean may come as 0 or 1, equal to False or True.
        return _Match(self, dialect.driver_rows(conn, self._in_key_order(), BATCH))

    def _in_key_order(self) -> Any:
        return select(*self.table.columns).order_by(*(self.table.c[name] for name in self.key))

    def count(self, conn: Connection) -> int:
        return int(conn.execute(select(func.count()).select_from(self.table)).scalar() or 0)


class _Rebuild(Sink):
    def __init__(self, projection: StateTable, conn: Connection) -> None:
        self.projection, self.conn = projection, conn
        self.batch: list[Row] = []
        self.written = 0

    def add(self, state: State) -> None:
        self.batch += self.projection.rows(state)
        if len(self.batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        insert_rows(self.conn, self.projection.table, self.projection.columns, self.batch)
        self.written += len(self.batch)
        self.batch = []

    def finish(self) -> int:
        self._flush()
        return self.written


class _Diff(Sink):
    """A merge of the live rows (in key order) with the fresh ones, as the fold goes."""

    def __init__(self, projection: StateTable, live: Iterator[Row]) -> None:
        self.projection = projection
        self.live = live
        self.pending = next(live, None)
        self.differences = []
        self.compared = 0

    def add(self, state: State) -> None:
        for fresh in self.projection.rows(state):
            self._compare(fresh)

    def _compare(self, fresh: Row | None) -> None:
        key_of = self.projection.key_of
        fresh_key = None if fresh is None else key_of(fresh)
        pending = self.pending
        pending_key = None if pending is None else key_of(pending)
        # Live rows before this fresh one exist only in the live table.
        while pending is not None and (fresh_key is None or pending_key < fresh_key):
            self._row_only(pending, live=True)
            pending = self.pending = next(self.live, None)
            pending_key = None if pending is None else key_of(pending)
        if fresh is None:
            return
        self.compared += 1
        if pending is None or pending_key != fresh_key:
            self._row_only(fresh, live=False)
            return
        if self.pending != fresh:  # the usual case is one comparison, not one per column
            self._columns(self.pending, fresh)
        self.pending = next(self.live, None)

    def _row_only(self, row: Row, *, live: bool) -> None:
        from evtcli.projections.results import Difference

        present = ("present", None) if live else (None, "present")
        self.differences.append(Difference(self.projection.name, _shown_key(self.projection.key_of(row)), "(row)", *present))

    def _columns(self, live: Row, fresh: Row) -> None:
        from evtcli.projections.results import Difference

        key = _shown_key(self.projection.key_of(live))
        for column, live_value, fresh_value in zip(self.projection.columns, live, fresh):
            if live_value != fresh_value:
                if column in self.projection.secret_columns:  # say that it differs, never what it is
                    live_value, fresh_value = "(secret)", "(another value)"
                self.differences.append(Difference(self.projection.name, key, column, live_value, fresh_value))

    def finish(self) -> int:
        self._compare(None)
        return self.compared


class _Match(Sink):
    """The live rows (in key order) must be the fresh ones, in the same order: a row-by-row
    comparison of whole tuples, with no key lookups (:class:`_Diff` says what differs)."""

    def __init__(self, projection: StateTable, live: Iterator[Row]) -> None:
        self.rows = projection.rows
        self.live = live
        self.differences = []

    def add(self, state: State) -> None:
        live = self.live
        for fresh in self.rows(state):
            if next(live, None) != fresh:
                raise Drift

    def finish(self) -> int:
        if next(self.live, None) is not None:
            raise Drift
        return 0


class _Checked(Sink):
    """Any projection's diff sink, raising Drift as soon as it has found a difference."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.differences = sink.differences

    def add(self, state: State) -> None:
        self.sink.add(state)
        if self.sink.differences:
            raise Drift

    def finish(self) -> int:
        compared = self.sink.finish()
        if self.sink.differences:
            raise Drift
        return compared


def _shown_key(key: Any) -> str:
    return " ".join(str(part) for part in key) if isinstance(key, tuple) else str(key)
