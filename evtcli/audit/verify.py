"""``evtcli verify``: check the log and every projection without changing anything.

A store with no problem, the usual case, is checked by the quick passes: one
position-order pass over the chain (:func:`evtcli.audit.chain.clean_chain`), and
one stream-order pass per event table that folds each stream and compares its
projection rows and snapshot as it goes (:func:`evtcli.audit.streams.clean_streams`).
They do every check the full passes below do, but only say whether all of them
hold; at the first sign of a problem they give up, and the full passes run to find
and name every problem, in order, from the start.

Before either, the safeguards (:mod:`evtcli.audit.safeguards`): the event tables'
append-only triggers in place, anchors kept elsewhere, and no key held for a
forgotten stream; a problem there is reported first, and the full passes run.

The full passes stream over the same snapshot of the database:

1. position order (:mod:`evtcli.audit.chain`): positions run 1, 2, 3 … without gaps;
   each event's hash chains from the previous event's over its canonical body;
   payload and metadata are stored as canonical JSON objects; the head row names
   the last event.
2. every projection (:mod:`evtcli.audit.projections`): checkpoint at the head,
   current definition, and rows equal to a fresh fold of the log. The fresh fold
   decodes every event, checks that versions run 1, 2, 3 … and that the domain fold
   accepts each stream.
3. only when that fold fails: stream order (:mod:`evtcli.audit.streams`) once more,
   to name the position of every event that does not decode, breaks the version
   sequence or is refused by the fold.
4. every snapshot against the fold of its stream at its version
   (:mod:`evtcli.audit.snapshots`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Connection

from evtcli.audit.chain import check_chain, clean_chain
from evtcli.audit.progress import Batched, Progress
from evtcli.audit.projections import check_projections
from evtcli.audit.report import Findings, LimitReached, Unclean, VerifyReport
from evtcli.audit.safeguards import check_safeguards
from evtcli.audit.snapshots import check_snapshots, snapshot_counts
from evtcli.audit.streams import clean_streams
from evtcli.domain.anchors import Anchor
from evtcli.errors import EvtcliError
from evtcli.projections.base import Drift
from evtcli.projections.runner import Projections
from evtcli.store.chain import head

DEFAULT_LIMIT = 20


def verify(
    conn: Connection,
    projections: Projections,
    *,
    anchors: Sequence[Anchor] = (),
    progress: Progress = None,
    limit: int = DEFAULT_LIMIT,
) -> VerifyReport:
    """Check the log and the projections in ``conn``'s (snapshot) transaction, and that
    the event at each of ``anchors`` still has the anchored hash.

    Stops after ``limit`` problems. ``progress`` is called with numbers of events
    checked: about twice the event count in all (the chain, then the fresh fold), or
    with a negative number when the full passes start the count over.
    """
    report = Batched(progress)
    guarded = check_safeguards(conn, projections, anchors)
    if not guarded:
        try:
            return replace(_clean(conn, projections, report), anchors=len(set(anchors)))
        except Unclean:
            report.rewind()  # the full passes check every event again
    findings = Findings(max(1, limit))
    try:
        for problem in guarded:
            findings.add(problem)
        check_chain(conn, projections.log, findings, progress)
        check_projections(conn, projections, findings, progress)
        check_snapshots(conn, projections, findings)
        complete = True
    except LimitReached:
        complete = False
    log = projections.log
    return VerifyReport(
        events=findings.events,
        streams={aggregate: log.stream_count(conn, aggregate) for aggregate in log.aggregates},
        problems=tuple(findings.problems),
        complete=complete,
        erased=_erased(conn, projections),
        snapshots=snapshot_counts(conn, projections),
        anchors=len(set(anchors)),
    )


def _clean(conn: Connection, projections: Projections, report: Batched) -> VerifyReport:
    """The report of a store in which nothing is wrong; Unclean at the first doubt.

    Each check of the full passes is made, on every event and projection row, in a
    cheaper order: the chain pass hashes the stored text and checks the metadata;
    the stream pass checks that each payload is a canonical JSON object, folds it,
    and compares each stream's state with the next live rows of its projections
    (read in key order alongside), so the log is folded once and nothing is held
    beyond the stream at hand. Rows come as the driver's tuples, without a Row
    object or an Envelope per event.
    """
    log, model = projections.log, projections.model
    head_position, head_hash = head(conn)
    if not projections.current(conn, head_position):
        raise Unclean
    try:
        events, last_hash = clean_chain(conn, log, report)
        if events != head_position or last_hash != head_hash:
            raise Unclean
        streams = {name: clean_streams(conn, projections, aggregate, report) for name, aggregate in model.aggregates.items()}
    except (EvtcliError, ValueError, TypeError, Drift):
        # What the full passes report as a problem (or, for a bug, raise again).
        raise Unclean from None
    report.flush()
    return VerifyReport(
        events=events,
        streams={name: streams[name] for name in log.aggregates},
        problems=(),
        complete=True,
        erased=_erased(conn, projections),
        snapshots=snapshot_counts(conn, projections),
    )


def _erased(conn: Connection, projections: Projections) -> dict[str, tuple[str, int]]:
    """aggregate -> (the status of its forgotten streams, how many there are)."""
    log = projections.log
    return {
        name: (aggregate.erased, log.type_count(conn, name, aggregate.erasing_types))
        for name, aggregate in projections.model.aggregates.items()
        if aggregate.erased is not None
    }
