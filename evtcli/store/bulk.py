"""Batch inserts that pay SQLAlchemy's statement and parameter work once per batch.

``conn.execute(table.insert(), [dict, …])`` builds and type-processes the
parameters of every row in Python, which costs about as much as SQLite's own
insert. Here the statement is compiled once per dialect and column list, each
column's bind processor is looked up once, and the rows go to the driver's
``executemany`` through :meth:`Connection.exec_driver_sql` (by way of the
backend, see :func:`evtcli.store.dialect.execute_many`). The SQL text comes
from SQLAlchemy's compiler for the connection's dialect, so SQLite and
PostgreSQL share this one path.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from sqlalchemy import Boolean, Connection, Table, and_, bindparam
from sqlalchemy.engine import Dialect

from evtcli.store.dialect import execute_many


class _Prepared:
    """A compiled statement and how to lay rows out for it.

    A plain class rather than a dataclass: every command imports this module, and a
    dataclass's generated methods are compiled at import, which start-up pays for.
    """

    __slots__ = ("sql", "positional", "order", "names", "processors")

    def __init__(
        self,
        sql: str,
        positional: bool,
        order: tuple[int, ...],  # for each driver parameter, the index of its column in the rows
        names: tuple[str, ...],  # for named parameter styles: the parameter name of each column
        processors: tuple[tuple[int, Callable[[Any], Any]], ...],
    ) -> None:
        self.sql = sql
        self.positional = positional
        self.order = order
        self.names = names
        self.processors = processors


_prepared: dict[tuple[str, str, str, str, tuple[str, ...]], _Prepared] = {}
# Prefix of the parameters that pick the row an UPDATE changes (no column clashes).
_KEY = "evtcli_key_"


def _prepare(dialect: Dialect, table: Table, columns: tuple[str, ...], kind: str = "insert") -> _Prepared:
    """Compile once: an INSERT of ``columns``; with ``kind="delete"`` a DELETE of the row
    whose ``columns`` equal the values; with ``kind="update:N"`` an UPDATE of the other
    columns of the row whose first N columns equal the first N values."""
    key = (dialect.name, dialect.paramstyle, table.name, kind, columns)
    found = _prepared.get(key)
    if found is not None:
        return found
    if kind == "insert":
        statement = table.insert()
        for name, prefix in table.info.get("insert_prefixes", {}).items():  # see schema.event_table
            statement = statement.prefix_with(prefix, dialect=name)
        compiled = statement.compile(dialect=dialect, column_keys=list(columns))
    elif kind == "delete":
        statement = table.delete().where(and_(*(table.c[column] == bindparam(column) for column in columns)))
        compiled = statement.compile(dialect=dialect)
    else:  # "update:N": the first N columns pick the row, the others take the values
        keys = int(kind.partition(":")[2])
        statement = (
            table.update()
            .where(and_(*(table.c[column] == bindparam(_KEY + column) for column in columns[:keys])))
            .values({column: bindparam(column) for column in columns[keys:]})
        )
        compiled = statement.compile(dialect=dialect)
        columns = tuple(_KEY + column for column in columns[:keys]) + columns[keys:]
    index = {column: position for position, column in enumerate(columns)}
    if compiled.positional:
        order = tuple(index[compiled.binds[name].key] for name in compiled.positiontup or ())
    else:
        order = tuple(range(len(columns)))
    names = tuple(
        compiled.bind_names[compiled.binds[column]] if column in compiled.binds else column
        for column in columns
    )
    processors = []
    for position, column in enumerate(columns):
        column = column.removeprefix(_KEY)
        if isinstance(table.c[column].type, Boolean) and not table.c[column].nullable:
            if dialect.supports_native_boolean:
                continue  # rows carry Python bools, which the driver binds as they are
            # Without a native boolean (SQLite) store 0 and 1: the driver binds an int
            # directly, while a bool goes through its adaptation protocol first, which
            # costs several times more (SQLAlchemy's own processor checks it again).
            processors.append((position, int))
            continue
        processor = table.c[column].type.bind_processor(dialect)
        if processor is not None:
            processors.append((position, processor))
    found = _Prepared(str(compiled), compiled.positional, order, names, tuple(processors))
    _prepared[key] = found
    return found


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (value tuples in ``columns`` order) into ``table`` with one executemany."""
    if rows:
        _execute(conn, _prepare(conn.dialect, table, tuple(columns)), rows)


def update_rows(
    conn: Connection, table: Table, key_columns: Sequence[str], columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """UPDATE rows found by key with one executemany. Each row holds the values of
    ``columns`` in order; the values of ``key_columns`` (among them) pick the row."""
    if rows:
        at = [columns.index(column) for column in key_columns]
        others = [index for index, column in enumerate(columns) if column not in key_columns]
        order = (*key_columns, *(columns[index] for index in others))
        prepared = _prepare(conn.dialect, table, tuple(order), kind=f"update:{len(key_columns)}")
        _execute(conn, prepared, [[row[index] for index in at] + [row[index] for index in others] for row in rows])


def delete_rows(conn: Connection, table: Table, columns: Sequence[str], keys: Sequence[Sequence[Any]]) -> None:
    """DELETE the rows whose ``columns`` equal each of ``keys`` (value tuples), with one executemany."""
    if keys:
        _execute(conn, _prepare(conn.dialect, table, tuple(columns), kind="delete"), keys)


def _execute(conn: Connection, prepared: _Prepared, rows: Sequence[Sequence[Any]]) -> None:
    if prepared.processors:
        rows = [_processed(row, prepared.processors) for row in rows]
    if prepared.positional:
        order = prepared.order
        if order == tuple(range(len(order))):
            parameters: list[Any] = [tuple(row) for row in rows]
        else:
            parameters = [tuple(row[i] for i in order) for row in rows]
    else:
        names = prepared.names
        parameters = [dict(zip(names, row)) for row in rows]
    execute_many(conn, prepared.sql, parameters)


def _processed(row: Sequence[Any], processors: tuple[tuple[int, Callable[[Any], Any]], ...]) -> list[Any]:
    values = list(row)
    for position, processor in processors:
        values[position] = processor(values[position])
    return values
