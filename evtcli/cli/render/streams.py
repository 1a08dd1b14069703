"""How the streams of any aggregate are shown: a listing and one stream's fields.

The columns, their order and the colours of statuses come from the declaration
(:class:`evtcli.api.ListingShape`): ``user list`` and ``group list`` are this
table with their own columns, and so is the list of an aggregate declared later.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import (
    ID_COLUMN,
    STATUS_COLUMN,
    VERSION_COLUMN,
    Shortener,
    count_line,
    json_document,
    listing,
    public,
    record,
    shown_ids,
    timestamp_column,
)
from evtcli.cli.tables import Column, print_table

if TYPE_CHECKING:
    from evtcli.api import ListingShape


def streams_table(shape: ListingShape, rows: Iterable[Any], form: str = "table", shorten: Shortener = None) -> None:
    """``<aggregate> list``: a table, a JSON array, JSON Lines or CSV."""
    fields = [column.field for column in shape.columns]

    def table(found: list[Any]) -> None:
        ids = shown_ids([row.id for row in found], shorten)
        cells = [[_cell(shape, field, getattr(row, field), ids) for field in fields] for row in found]
        if cells:
            print_table([_column(column.name, column.whole, found[0], column.field) for column in shape.columns], cells)
        count_line(len(found), shape.aggregate)

    listing(
        rows,
        form,
        record=lambda row: public(shape.aggregate, row),
        columns=[column.name for column in shape.columns],
        cells=lambda row: tuple(getattr(row, field) for field in fields),
        table=table,
    )


def _column(header: str, whole: bool, first: Any, field: str) -> Column:
    if field == "id":
        return ID_COLUMN
    if field == "version":
        return VERSION_COLUMN
    if field == "status":
        return STATUS_COLUMN
    if field.endswith("_at"):
        return timestamp_column(header)
    if isinstance(getattr(first, field), int):
        return Column(header, justify="right")
    return Column(header, copy=True) if whole else Column(header)


def _cell(shape: ListingShape, field: str, value: Any, ids: dict[str, str]) -> tuple[str, str | None]:
    if field == "id":
        return ids[value], None
    if field == "status":
        return value, shape.styles.get(value)
    return ("" if value is None else str(value)), None


def stream_detail(
    aggregate: str, state: Any, as_json: bool, holders: dict[str, list[tuple[str, str]]] | None = None
) -> None:
    """One stream's fields (``show``, ``fold``) and the streams that hold it (a user's
    groups), or one JSON document. A terminal leaves out the yes/no fields the status
    restates and shows every time, even an empty one, the status in its colour."""
    from evtcli.domain.declared import MODEL

    declared = MODEL.aggregate(aggregate)
    rows = public(aggregate, state)
    for plural, found in (holders or {}).items():
        rows[plural] = [{"id": stream_id, "name": name} for stream_id, name in found]
    if as_json:
        json_document(rows)
        return
    for flag in declared.flags(rows):
        del rows[flag]
    for plural, found in (holders or {}).items():
        rows[plural] = ", ".join(name for _, name in found)
    record(rows, keep_empty=tuple(key for key in rows if key.endswith("_at")), styles=declared.styles)
