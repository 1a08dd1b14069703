"""How consumers are shown: one line for what a command did, a table for the list.

What a command did goes to stdout, as every write reports (``user rename``, ``init``);
stderr has what is about the output, not output (that there is nothing to list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import json_array, message, note
from evtcli.cli.tables import Column, print_table

if TYPE_CHECKING:
    from evtcli.api import ConsumerStatus


def _filters(status: ConsumerStatus) -> str:
    parts = [*(f"aggregate {a}" for a in status.aggregates), *(f"type {t}" for t in status.types)]
    return ", ".join(parts) or "every event"


def consumer_status(done: str, status: ConsumerStatus) -> None:
    """``created consumer mailer at position 152 (type Created; lag 0)`` on stdout."""
    message(f"{done} consumer {status.name} at position {status.checkpoint} ({_filters(status)}; lag {status.lag})")


def consumer_deleted(name: str) -> None:
    """``deleted consumer mailer`` on stdout."""
    message(f"deleted consumer {name}")


def consumer_dict(status: ConsumerStatus) -> dict[str, Any]:
    return {
        "name": status.name,
        "aggregates": list(status.aggregates),
        "types": list(status.types),
        "checkpoint": status.checkpoint,
        "head": status.head,
        "lag": status.lag,
        "last_delivery": status.last_delivery,
        "held_by": status.holder,
    }


def consumer_list(statuses: list[ConsumerStatus], as_json: bool) -> None:
    if as_json:
        json_array(consumer_dict(status) for status in statuses)
        return
    if not statuses:
        note("no consumers; create one with 'evtcli consumer create NAME'")
        return
    print_table(
        [
            Column("name", copy=True),
            Column("filters"),
            Column("checkpoint", justify="right"),
            Column("head", justify="right"),
            Column("lag", justify="right"),
            Column("last delivery"),
            Column("held by"),
        ],
        [
            [
                (text, None)
                for text in (s.name, _filters(s), str(s.checkpoint), str(s.head), str(s.lag), s.last_delivery or "-", s.holder or "-")
            ]
            for s in statuses
        ],
    )
