"""Every projection against a fresh fold of the log: its checkpoint at the head, its
definition the code's, and its rows those the fold gives (``Projections.diff``).

The fresh fold also checks the log in stream order: it decodes every event, checks
that versions run 1, 2, 3 … and that the domain fold accepts each stream. When it
fails, the stream-order pass of :mod:`evtcli.audit.streams` says where.
"""

from __future__ import annotations

from sqlalchemy import Connection

from evtcli.audit.progress import Batched, Progress
from evtcli.audit.report import Findings, Problem
from evtcli.audit.streams import check_streams
from evtcli.errors import IntegrityProblem
from evtcli.projections.results import Difference
from evtcli.projections.runner import Projections


def check_projections(conn: Connection, projections: Projections, findings: Findings, progress: Progress) -> None:
    """The full pass over every projection, each problem added to ``findings``."""
    for status in projections.status(conn):
        where = f"projection {status.name}"
        if status.stale:
            findings.add(
                Problem(
                    where,
                    f"built by definition version {status.version}; the code's is {status.code_version}",
                    kind="projection",
                )
            )
        if status.checkpoint > status.head:
            # Not the projection's fault: the log no longer holds events it was built from.
            findings.add(
                Problem(
                    where,
                    f"checkpoint {status.checkpoint} is past the head position {status.head}: "
                    "the log lost events it once had",
                )
            )
        elif status.checkpoint != status.head:
            findings.add(
                Problem(
                    where,
                    f"checkpoint {status.checkpoint} is not the head position {status.head}",
                    kind="projection",
                )
            )
    report = Batched(progress)
    try:
        for difference in projections.diff(conn, progress=report):
            findings.add(Problem(f"projection {difference.projection}", _describe(difference), kind="projection"))
    except IntegrityProblem as exc:
        # The log cannot be folded: say where, stream by stream.
        if not check_streams(conn, projections, findings):
            findings.add(Problem("log", exc.message))
    report.flush()


def _describe(difference: Difference) -> str:
    if difference.field == "(row)":
        where = "only in the live table" if difference.live else "missing from the live table"
        return f"row {difference.key} is {where}"
    return f"row {difference.key}: {difference.field} is {difference.live!r}, a fresh fold gives {difference.fresh!r}"
