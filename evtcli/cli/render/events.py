"""How events are shown: lines as ``events tail`` prints them, what a write appended,
and what an import did."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import (
    Shortener,
    json_array,
    json_document,
    json_line,
    listing,
    message,
    shown_ids,
)
from evtcli.cli.tables import print_line

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


def event_line(envelope: Envelope, as_json: bool, shown_id: str | None = None) -> None:
    """One event as tail shows it (its stream id as ``shown_id`` when given), or one JSON line."""
    if as_json:
        json_line(event_dict(envelope))
        return
    from evtcli.domain.declared import MODEL

    style = MODEL.aggregate(envelope.aggregate).event_type(envelope.type).style
    details = [f"{key}={json.dumps(value, ensure_ascii=False)}" for key, value in sorted(_shown_payload(envelope).items())]
    print_line(
        [
            (f"{envelope.position:>6}  ", "bold"),
            (f"{envelope.recorded_at}  ", "dim"),
            (f"{envelope.type:<15} ", style),
            (f"{envelope.aggregate} {shown_id or envelope.aggregate_id} v{envelope.version}", None),
            ("  " + " ".join(details) if details else "", None),
        ]
    )


def events(
    envelopes: Iterable[Envelope], form: str = "table", shorten: Shortener = None, *, header: bool = True
) -> None:
    """Events: lines as tail shows them, a JSON array, JSON Lines or CSV (the payload
    as one JSON cell, without secret fields; ``header=False`` for more rows of the same)."""

    def lines(found: list[Envelope]) -> None:
        ids = shown_ids(list({envelope.aggregate_id: None for envelope in found}), shorten)
        for envelope in found:
            event_line(envelope, False, ids[envelope.aggregate_id])

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
            {
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
    message(
        f"read {summary.read} event{'s' if summary.read != 1 else ''}: {summary.appended} appended, "
        f"{summary.skipped} already stored{blank}; {summary.seconds:.2f} s, {rate} events/s"
    )
