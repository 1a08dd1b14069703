"""How ``evtcli stats`` reports: one JSON document, or a few lines and small tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evtcli.cli.render.consumers import consumer_dict
from evtcli.cli.render.emit import json_document, message, plural, size_in_bytes
from evtcli.cli.tables import Column, print_table

if TYPE_CHECKING:
    from evtcli.api import Stats


def stats_report(stats: Stats, as_json: bool) -> None:
    """``evtcli stats``: one JSON document, or a few lines and small tables."""
    if as_json:
        json_document(
            {
                "head": stats.head,
                "events": stats.events,
                "aggregates": {
                    aggregate.name: {
                        "events": aggregate.total,
                        "types": aggregate.events,
                        "statuses": aggregate.statuses,
                        "snapshots": aggregate.snapshots,
                    }
                    for aggregate in stats.aggregates
                },
                "projections": [
                    {"name": status.name, "checkpoint": status.checkpoint, "lag": status.lag, "rows": status.rows}
                    for status in stats.projections
                ],
                "consumers": [consumer_dict(status) for status in stats.consumers],
                "database_bytes": stats.database_bytes,
            }
        )
        return
    message(f"{stats.events} events, head position {stats.head}, database {size_in_bytes(stats.database_bytes)}")
    for aggregate in stats.aggregates:
        counts = ", ".join(f"{count} {status}" for status, count in aggregate.statuses.items())
        snapshots = f"; {aggregate.snapshots} snapshot{'s' if aggregate.snapshots != 1 else ''}" if aggregate.snapshots else ""
        message(f"{plural(aggregate.name)}: {counts or 'none'}{snapshots}")
    print_table(
        [Column("aggregate"), Column("type"), Column("events", justify="right")],
        [
            [(aggregate.name, None), (name, None), (str(count), None)]
            for aggregate in stats.aggregates
            for name, count in aggregate.events.items()
        ],
    )
    print_table(
        [Column("projection"), Column("checkpoint", justify="right"), Column("lag", justify="right"), Column("rows", justify="right")],
        [
            [(s.name, None), (str(s.checkpoint), None), (str(s.lag), "red" if s.lag else None), (str(s.rows), None)]
            for s in stats.projections
        ],
    )
    if stats.consumers:
        print_table(
            [Column("consumer"), Column("checkpoint", justify="right"), Column("lag", justify="right"), Column("held by")],
            [
                [(c.name, None), (str(c.checkpoint), None), (str(c.lag), "red" if c.lag else None), (c.holder or "-", None)]
                for c in stats.consumers
            ],
        )
