"""How ``events show`` and ``events trace`` print an event and its relations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import json_document, line, shown_ids
from evtcli.cli.render.events import event_dict, event_line
from evtcli.cli.tables import print_line

if TYPE_CHECKING:
    from evtcli.api import EventContext, Trace
    from evtcli.cli.render.emit import Shortener
    from evtcli.domain.events import Envelope

# Marks the asked-for event in a trace; the other lines start with as many spaces.
MARK = "> "


def shown(context: EventContext, as_json: bool, shorten: Shortener = None) -> None:
    """``events show``: the event, then the events its causation and correlation ids
    name, then the events it caused; one JSON document with ``--json``."""
    event = context.event
    if as_json:
        json_document(
            {
                "event": event_dict(event),
                "causation_id": _named(event, "causation_id"),
                "causation": _maybe(context.causation),
                "correlation_id": _named(event, "correlation_id"),
                "correlation": _maybe(context.correlation),
                "caused": [event_dict(caused) for caused in context.caused],
            }
        )
        return
    related = [e for e in (event, context.causation, context.correlation, *context.caused) if e is not None]
    ids = shown_ids(list({e.aggregate_id: None for e in related}), shorten)
    event_line(event, False, ids[event.aggregate_id])
    for key, label, found in (
        ("causation_id", "caused by", context.causation),
        ("correlation_id", "correlation", context.correlation),
    ):
        named = _named(event, key)
        if named is None:
            line(f"{label}: none")
        elif found is None:
            line(f"{label}: {named} (not an event of this log)")
        else:
            line(f"{label}: {named}")
            event_line(found, False, ids[found.aggregate_id])
    line(f"caused: {len(context.caused) or 'none'}")
    for caused in context.caused:
        event_line(caused, False, ids[caused.aggregate_id])


def traced(trace: Trace, as_json: bool, shorten: Shortener = None) -> None:
    """``events trace``: the tree, one event a line, indented two spaces a level, the
    asked-for event marked with ``>``; one JSON document with ``--json``."""
    if as_json:
        json_document(
            {
                "event_id": trace.event_id,
                "correlation_id": trace.correlation_id,
                "events": [
                    {"depth": item.depth, "marked": item.event.event_id == trace.event_id, "event": event_dict(item.event)}
                    for item in trace.events
                ],
                "truncated": trace.truncated,
            }
        )
        return
    ids = shown_ids(list({item.event.aggregate_id: None for item in trace.events}), shorten)
    # Positions right-justified and types padded to the widest of the tree, so each
    # column starts where the one above it does, whatever the depth.
    widths = (
        max((len(str(item.event.position)) for item in trace.events), default=1),
        max((len(item.event.type) for item in trace.events), default=1),
    )
    for item in trace.events:
        _trace_line(item.event, item.depth, item.event.event_id == trace.event_id, ids[item.event.aggregate_id], widths)
    if trace.truncated:
        line(f"… cut at {len(trace.events)} events")


def _trace_line(event: Envelope, depth: int, marked: bool, shown_id: str, widths: tuple[int, int]) -> None:
    """Position, time, type and stream: what a tree needs (``events show`` has the payload),
    the type indented two spaces a level of causation."""
    from evtcli.domain.declared import MODEL

    style = MODEL.aggregate(event.aggregate).event_type(event.type).style
    print_line(
        [
            (MARK if marked else " " * len(MARK), "bold" if marked else None),
            (f"{event.position:>{widths[0]}}  ", "bold"),
            (f"{event.recorded_at}  ", "dim"),
            ("  " * depth, None),
            (f"{event.type:<{widths[1]}}  ", style),
            (f"{event.aggregate} {shown_id} v{event.version}", None),
        ]
    )


def _named(event: Envelope, key: str) -> str | None:
    value = event.metadata.get(key)
    return value if isinstance(value, str) and value else None


def _maybe(event: Envelope | None) -> dict[str, Any] | None:
    return None if event is None else event_dict(event)
