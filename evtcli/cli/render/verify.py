"""How ``evtcli verify`` reports: every problem found, or one line for a clean store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evtcli.cli.render.emit import json_document, message, plural

if TYPE_CHECKING:
    from evtcli.api import VerifyReport


def verify_report(report: VerifyReport, as_json: bool) -> None:
    """The problems found (position and what), or a one-line summary of a clean check."""
    if as_json:
        json_document(
            {
                "ok": report.ok,
                "events": report.events,
                **{plural(name): count for name, count in report.streams.items()},
                **{f"{status}_{plural(name)}": count for name, (status, count) in report.erased.items()},
                "snapshots": dict(report.snapshots),
                "anchors": report.anchors,
                "seconds": round(report.seconds, 3),
                "complete": report.complete,
                "log_problems": report.log_problems,
                "projection_problems": report.projection_problems,
                "problems": [
                    {"where": p.where, "position": p.position, "kind": p.kind, "what": p.what}
                    for p in report.problems
                ],
            }
        )
        return
    if report.ok:
        streams = "".join(
            f", {count} {name if count == 1 else plural(name)}"
            + (f" ({report.erased[name][1]} {report.erased[name][0]})" if report.erased.get(name, ("", 0))[1] else "")
            for name, count in report.streams.items()
        )
        snapshots = sum(report.snapshots.values())
        checked = ["hash chain", "versions", "projections"]
        checked += [f"{count} {noun}{'s' if count != 1 else ''}" for count, noun in ((snapshots, "snapshot"), (report.anchors, "anchor")) if count]
        message(
            f"ok: {report.events} event{'s' if report.events != 1 else ''}{streams}; {', '.join(checked[:-1])} and {checked[-1]} "
            f"verified in {report.seconds:.2f} s"
        )
        return
    for problem in report.problems:
        message(f"{problem.where}: {problem.what}")
