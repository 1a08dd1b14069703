"""How events are shown: lines as ``events tail`` prints them, what a write appended,
and what an import did."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import (
    Shortener,
    json_array,
    json_document,
    json_line,
    listing,
    message,
    shown_ids,
    timestamp_column,
)
from evtcli.cli.render.event_lines import EventLayout, event_layout, event_lines
from evtcli.cli.tables import print_line, print_lines, terminal_width

if TYPE_CHECKING:
    from evtcli.api import ImportSummary
    from evtcli.domain.events import Envelope

EVENT_COLUMNS = ("position", "recorded_at", "aggregate", "aggregate_id", "version", "type", "payload")


def event_dict(envelope: Envelope) -> dict[str, Any]:
    """An event for tail: the envelope with its type's secret fields left out of the payload."""
    from evtcli.api.browse import shown_event

    return shown_event(envelope)


def _shown_payload(envelope: Envelope) -> dict[str, Any]:
    from evtcli.api.browse import shown_payload

    return shown_payload(envelope)


def event_line(
    envelope: Envelope, as_json: bool, shown: Mapping[str, str] | None = None, layout: EventLayout | None = None
) -> None:
    """One event as tail shows it, or one JSON line. ``shown`` maps ids (the stream's,
    and those its payload names) to the form to show; ``layout`` fits it to a terminal
    (lines under a payload column, see ``event_lines``); without one it is one line."""
    if as_json:
        json_line(event_dict(envelope))
        return
    from evtcli.domain.declared import MODEL

    shown = shown or {}
    style = MODEL.aggregate(envelope.aggregate).event_type(envelope.type).style
    details = _details(envelope, shown)
    shown_id = shown.get(envelope.aggregate_id, envelope.aggregate_id)
    if layout is not None:
        print_lines(event_lines(envelope, shown_id, style, details, layout))
        return
    # Off a terminal: one line per event, as scripts have always split it.
    print_line(
        [
            (f"{envelope.position:>6}  ", "bold"),
            (f"{envelope.recorded_at}  ", "dim"),
            (f"{envelope.type:<15} ", style),
            (f"{envelope.aggregate} {shown_id} v{envelope.version}", None),
            ("  " + " ".join(details) if details else "", None),
        ]
    )


def _details(envelope: Envelope, shown: Mapping[str, str]) -> list[str]:
    """The payload as ``key=value`` tokens in key order, values as JSON; a value that
    names a stream (as the declaration says) is shown as ``shown`` shows that id."""
    named = _named_fields(envelope)
    return [
        f"{key}={json.dumps(shown.get(value, value) if key in named and isinstance(value, str) else value, ensure_ascii=False)}"
        for key, value in sorted(_shown_payload(envelope).items())
    ]


def _named_fields(envelope: Envelope) -> frozenset[str]:
    """The payload fields of this event's type that hold the id of a stream."""
    from evtcli.domain.declared import MODEL

    return frozenset(field for field, _ in MODEL.aggregate(envelope.aggregate).named_streams(envelope.type))


def _named_ids(envelopes: Sequence[Envelope]) -> list[str]:
    """Every stream id these events show: their streams', then those their payloads name."""
    ids: dict[str, None] = {envelope.aggregate_id: None for envelope in envelopes}
    for envelope in envelopes:
        for field in _named_fields(envelope):
            value = envelope.payload.get(field)
            if isinstance(value, str):
                ids.setdefault(value)
    return list(ids)


def _layout(envelopes: Sequence[Envelope], shown: Mapping[str, str]) -> EventLayout | None:
    """How these events fit the terminal stdout is, or None off a terminal (one line each)."""
    width = terminal_width(sys.stdout)
    if width is None or not envelopes:
        return None
    from evtcli.domain.declared import MODEL

    type_width = max(len(name) for aggregate in MODEL.aggregates.values() for name in aggregate.event_types)
    aggregate_width = max(len(name) for name in MODEL.aggregates)
    # The forms user list's timestamp column takes, widest first.
    forms = [str, *(form for _, form in timestamp_column("recorded_at").narrower)]
    return event_layout(envelopes, shown, width, forms, type_width, aggregate_width)


def events(
    envelopes: Iterable[Envelope], form: str = "table", shorten: Shortener = None, *, header: bool = True
) -> None:
    """Events: lines as tail shows them, a JSON array, JSON Lines or CSV (the payload
    as one JSON cell, without secret fields; ``header=False`` for more rows of the same)."""

    def lines(found: list[Envelope]) -> None:
        shown = shown_ids(_named_ids(found), shorten)
        layout = _layout(found, shown)
        for envelope in found:
            event_line(envelope, False, shown, layout)

    listing(
        envelopes,
        form,
        record=event_dict,
        columns=EVENT_COLUMNS,
        cells=lambda e: (
            e.position, e.recorded_at, e.aggregate, e.aggregate_id, e.version, e.type,
            json.dumps(_shown_payload(e), ensure_ascii=False, separators=(",", ":")),
        ),
        table=lines,
        header=header,
    )


def written(envelope: Envelope, as_json: bool, names: Mapping[str, str] | None = None) -> None:
    """What a write command did: ``renamed user <id> (version V, position P)``, or the event.

    The event type's ``done`` may name payload fields that name other streams
    (``"added {user_id} to"``); each is filled in as ``<aggregate> <name>`` from
    ``names`` (stream id -> how messages name it), or ``<aggregate> <id>`` when the
    name is not known.
    """
    if as_json:
        json_line(event_dict(envelope))
        return
    message(
        f"{_done(envelope, names or {})} {envelope.aggregate} {envelope.aggregate_id} "
        f"(version {envelope.version}, position {envelope.position})"
    )


def _done(envelope: Envelope, names: Mapping[str, str]) -> str:
    from evtcli.domain.declared import MODEL

    declared = MODEL.aggregate(envelope.aggregate)
    template = declared.event_type(envelope.type).done
    if "{" not in template:
        return template
    filled = {}
    for field, aggregate in declared.named_streams(envelope.type):
        stream_id = envelope.payload.get(field)
        filled[field] = f"{aggregate} {names.get(stream_id) or stream_id}" if isinstance(stream_id, str) else aggregate
    return template.format_map(filled)


def written_events(envelopes: list[Envelope], form: str) -> None:
    """What a write appended for scripts: with ``form`` "json" one document (the event
    object when there is one, an array when there are several), with "jsonl" one event
    per line. Events as ``events tail --json`` shows them: no secrets."""
    if form == "jsonl" or len(envelopes) == 1:
        for envelope in envelopes:
            json_line(event_dict(envelope))
    else:
        json_array(event_dict(envelope) for envelope in envelopes)


def import_summary(summary: ImportSummary, as_json: bool) -> None:
    """One line (or one JSON document) saying what an import did."""
    rate = round(summary.events_per_second)
    if as_json:
        json_document(
            ({"dry_run": True} if summary.dry_run else {})
            | {
                "read": summary.read,
                "appended": summary.appended,
                "skipped": summary.skipped,
                "blank_lines": summary.blank,
                "forgotten_keys_skipped": sum(summary.forgotten_keys.values()),
                "head": summary.head,
                "seconds": round(summary.seconds, 3),
                "events_per_second": rate,
            }
        )
        return
    blank = f", {summary.blank} blank line{'s' if summary.blank != 1 else ''}" if summary.blank else ""
    if summary.dry_run:
        message(
            f"dry run: read {summary.read} event{'s' if summary.read != 1 else ''}: {summary.appended} would be appended, "
            f"{summary.skipped} skipped as already stored{blank}; nothing was written"
        )
        return
    message(
        f"read {summary.read} event{'s' if summary.read != 1 else ''}: {summary.appended} appended, "
        f"{summary.skipped} already stored{blank}; {summary.seconds:.2f} s, {rate} events/s"
    )
