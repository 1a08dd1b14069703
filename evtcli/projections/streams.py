"""Projections that hold one row per stream, and the reads every such row gives.

A :class:`StreamTable` is a :class:`~evtcli.projections.base.StateTable` keyed by the
stream's id. Its declaration (the columns a search reads, the orders a listing
takes, the column that names a stream) is all the upper layers need: loading one
stream, listing them, finding ids by prefix and streams by a claimed value are the
same queries for users, groups and any aggregate declared later.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, ClassVar, Collection, Iterable, Iterator, Literal, Mapping, Sequence

from sqlalchemy import ColumnElement, Connection, bindparam, false, select, true

from evtcli.errors import UsageProblem
from evtcli.projections.base import StateTable
from evtcli.store import dialect
from evtcli.store.reads import stream_rows

# Which streams a listing shows: those not ended (live and disabled users), ended
# ones (destroyed), or all.
Which = Literal["live", "deleted", "all"]


@dataclass(frozen=True)
class Listed:
    """A column of a listing: the row's ``field``, shown under ``header`` (the field's
    name unless given). ``whole``: a value people copy (an email), never cut short
    on a terminal."""

    field: str
    header: str | None = None
    whole: bool = False

    @property
    def name(self) -> str:
        return self.header or self.field


class StreamRow(SimpleNamespace):
    """A stream's row as a listing gives it, for an aggregate that declares no type of
    its own for rows: its columns as attributes."""


class StreamTable(StateTable):
    """A state table with one row per stream: ``key`` is ``("id",)``.

    Subclasses declare ``search_columns`` (what ``--search`` reads), ``sorts``
    (``--sort`` value -> the columns to order by, the id last), ``default_sort``,
    ``name_column`` (what a page shows beside an id), ``listed_columns`` (what a
    listing shows) and, when its rows should be
    read as a type of its own, ``row_type`` with ``row_columns`` (its fields, in
    order). Rows have a ``status`` column.
    """

    key = ("id",)
    search_columns: ClassVar[tuple[str, ...]] = ("name",)
    sorts: ClassVar[Mapping[str, Sequence[ColumnElement[Any]]]]
    default_sort: ClassVar[str]
    name_column: ClassVar[str] = "name"
    # What a listing shows of each row, in order (None: id, name, version, created_at, status).
    listed_columns: ClassVar[tuple[Listed, ...] | None] = None
    row_type: ClassVar[Any] = StreamRow
    row_columns: ClassVar[tuple[str, ...] | None] = None  # None: every column, as keywords

    def __init__(self) -> None:
        super().__init__()
        names = self.row_columns or tuple(column.name for column in self.table.columns)
        self._select = select(*(self.table.c[name] for name in names))
        self._by_keyword = self.row_columns is None
        self._names = names
        if self.listed_columns is None:
            self.listed_columns = tuple(
                Listed(name) for name in ("id", self.name_column, "version", "created_at", "status")
            )

    def item(self, row: Any) -> Any:
        """A row as the listing's type."""
        if self._by_keyword:
            return self.row_type(**dict(zip(self._names, row)))
        return self.row_type(*row)

    def load(self, conn: Connection, stream_id: str) -> Any | None:
        row = conn.execute(self._select.where(self.table.c.id == stream_id)).first()
        return None if row is None else self.item(row)

    def load_many(self, conn: Connection, ids: Iterable[str]) -> list[Any]:
        """The rows of these streams that the table holds, in no particular order."""
        query = self._select.where(self.table.c.id.in_(bindparam("ids", expanding=True)))
        return [self.item(row) for row in conn.execute(query, {"ids": list(ids)})]

    def iter_rows(
        self,
        conn: Connection,
        ended: Collection[str],
        which: Which = "live",
        *,
        search: str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        statuses: Collection[str] | None = None,
    ) -> Iterator[Any]:
        """Streams, streamed from one query: those whose status is not in ``ended``
        (``"live"``), those whose status is (``"deleted"``) or all, or those whose
        status is one of ``statuses`` when given; with ``search``, those whose search
        columns hold the text in any case; ordered by ``sort`` (``-name``: descending,
        the id's tie-break reversed too, so the order is the exact reverse); at most
        ``limit``."""
        key = sort or self.default_sort
        descending = key.startswith("-")
        order = self.sorts[key[1:] if descending else key]
        query = self._select.order_by(*(column.desc() for column in order) if descending else order)
        if search:
            query = query.where(dialect.holds_text([self.table.c[name] for name in self.search_columns], search))
        if limit is not None:
            query = query.limit(limit)
        status = self.table.c.status
        if statuses is not None:
            query = query.where(status.in_(list(statuses)))
        elif which == "live" and ended:
            query = query.where(status.not_in(list(ended)))
        elif which == "deleted":
            query = query.where(status.in_(list(ended)))
        for row in stream_rows(conn, query):
            yield self.item(row)

    def ids_with_prefix(self, conn: Connection, prefix: str, limit: int) -> list[str]:
        """Ids that start with ``prefix`` (a range scan on the primary key)."""
        column = self.table.c.id
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        query = select(column).where(column >= prefix, column < upper).order_by(column).limit(limit)
        return list(conn.execute(query).scalars())

    def held_values_with_prefix(self, conn: Connection, claim: str, prefix: str, limit: int) -> list[str]:
        """The values of ``claim`` (its column of the same name) that streams hold now and
        whose key starts with ``prefix`` (already a key: folded as the claim folds), in
        key order: what completes a reference (an email, a group's name)."""
        key_column, flag, held = self.claims[claim]
        key = self.table.c[key_column]
        query = (
            select(self.table.c[claim])
            .where(self.table.c[flag] == _sql(held), key.startswith(prefix, autoescape=True))
            .order_by(key)
            .limit(limit)
        )
        return list(conn.execute(query).scalars())

    def holder(self, conn: Connection, claim: str, key: str) -> str | None:
        """The stream that holds the claimed value with this key now, if any."""
        key_column, flag, held = self.claims[claim]
        # The flag's own term (`deleted = false`), as the partial unique index reads it.
        query = select(self.table.c.id).where(self.table.c[key_column] == key, self.table.c[flag] == _sql(held))
        return conn.execute(query).scalar()

    def former_holders(self, conn: Connection, claim: str, key: str, limit: int) -> list[str]:
        """Streams that no longer hold a claim and held the value with this key when
        they let it go (the destroyed users whose email it was), oldest first."""
        key_column, flag, held = self.claims[claim]
        table = self.table
        query = (
            select(table.c.id)
            .where(table.c[key_column] == key, table.c[flag] == _sql(not held))
            .order_by(table.c.created_at, table.c.id)
            .limit(limit)
        )
        return list(conn.execute(query).scalars())

    def names(self, conn: Connection, ids: Iterable[str]) -> dict[str, str]:
        """The name of each of these streams the table holds, by id."""
        table = self.table
        query = select(table.c.id, table.c[self.name_column]).where(table.c.id.in_(bindparam("ids", expanding=True)))
        return {row[0]: row[1] for row in conn.execute(query, {"ids": list(ids)})}


def stream_tables(projections: Iterable[Any]) -> dict[str, StreamTable]:
    """Aggregate -> its stream table: the first StreamTable declared for it."""
    found: dict[str, StreamTable] = {}
    for projection in projections:
        if isinstance(projection, StreamTable):
            found.setdefault(projection.aggregate, projection)
    return found


def listing_table(tables: Mapping[str, StreamTable], aggregate: str, plural: str) -> StreamTable:
    """The stream table of ``aggregate``, which its listings read; refused for an
    aggregate whose streams no projection keeps one row each."""
    table = tables.get(aggregate)
    if table is None:
        raise UsageProblem(f"no projection lists {plural}", "read them with 'evtcli events tail --aggregate'")
    return table


def _sql(flag: bool) -> ColumnElement[bool]:
    return true() if flag else false()
