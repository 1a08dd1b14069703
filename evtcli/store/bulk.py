"""Batch inserts that pay SQLAlchemy's statement and parameter work once per batch.

``conn.execute(table.insert(), [dict, …])`` builds and type-processes the
parameters of every row in Python, which costs about as much as SQLite's own
insert. Here the statement is compiled once per dialect and column list, each
column's bind processor is looked up once, and the rows go to the driver's
``executemany`` through :meth:`Connection.exec_driver_sql`. The SQL text comes
from SQLAlchemy's compiler for the connection's dialect, so SQLite and
PostgreSQL share this one path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from sqlalchemy import Connection, Table, bindparam
from sqlalchemy.engine import Dialect


@dataclass(frozen=True)
class _Prepared:
    sql: str
    positional: bool
    order: tuple[int, ...]  # for each driver parameter, the index of its column in the rows
    names: tuple[str, ...]  # for named parameter styles: the parameter name of each column
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]


_prepared: dict[tuple[str, str, str, str, tuple[str, ...]], _Prepared] = {}
# The parameter that names the row an UPDATE changes (not a column name, so no clash).
_KEY = "evtcli_key"


def _prepare(dialect: Dialect, table: Table, columns: tuple[str, ...], key_column: str | None = None) -> _Prepared:
    """Compile once: an INSERT of ``columns``, or with ``key_column`` an UPDATE of the
    other columns of the row whose ``key_column`` equals the first value."""
    key = (dialect.name, dialect.paramstyle, table.name, key_column or "", columns)
    found = _prepared.get(key)
    if found is not None:
        return found
    if key_column is None:
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
    else:
        statement = (
            table.update()
            .where(table.c[key_column] == bindparam(_KEY))
            .values({column: bindparam(column) for column in columns[1:]})
        )
        compiled = statement.compile(dialect=dialect)
        columns = (_KEY, *columns[1:])
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
        processor = table.c[key_column if column == _KEY else column].type.bind_processor(dialect)
        if processor is not None:
            processors.append((position, processor))
    found = _Prepared(str(compiled), compiled.positional, order, names, tuple(processors))
    _prepared[key] = found
    return found


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (value tuples in ``columns`` order) into ``table`` with one executemany."""
    if rows:
        _execute(conn, _prepare(conn.dialect, table, tuple(columns)), rows)


def update_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """UPDATE rows by key with one executemany: ``columns[0]`` is the key column, and each
    row's first value picks the row whose other columns take the other values."""
    if rows:
        _execute(conn, _prepare(conn.dialect, table, tuple(columns), key_column=columns[0]), rows)


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
    conn.exec_driver_sql(prepared.sql, parameters)


def _processed(row: Sequence[Any], processors: tuple[tuple[int, Callable[[Any], Any]], ...]) -> list[Any]:
    values = list(row)
    for position, processor in processors:
        values[position] = processor(values[position])
    return values
