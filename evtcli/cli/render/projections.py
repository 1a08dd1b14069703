"""How projections are shown: their status, what a replay rebuilt, the drift a check found."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from evtcli.cli.render.emit import json_document, listing, message
from evtcli.cli.tables import Column, print_table

if TYPE_CHECKING:
    from evtcli.api import Difference, ProjectionStatus, ReplayResult

PROJECTION_COLUMNS = ("name", "checkpoint", "head", "lag", "rows", "version", "stale")


def projection_table(statuses: Iterable[ProjectionStatus], form: str = "table") -> None:
    """``projection list``: a table, a JSON array, JSON Lines or CSV."""

    def table(found: list[ProjectionStatus]) -> None:
        columns = [Column(name, justify="left" if name == "name" else "right") for name in PROJECTION_COLUMNS]
        rows = [
            [
                (status.name, None),
                *((str(value), None) for value in (status.checkpoint, status.head, status.lag, status.rows, status.version)),
                (f"yes (code is v{status.code_version}; run evtcli replay)", "red") if status.stale else ("no", None),
            ]
            for status in found
        ]
        print_table(columns, rows)

    def cells(status: ProjectionStatus) -> tuple[Any, ...]:
        return (status.name, status.checkpoint, status.head, status.lag, status.rows, status.version,
                "true" if status.stale else "false")

    listing(statuses, form, record=lambda s: dict(zip(PROJECTION_COLUMNS, (*cells(s)[:-1], s.stale))),
            columns=PROJECTION_COLUMNS, cells=cells, table=table)


def replay_summary(results: Iterable[ReplayResult], seconds: float, as_json: bool) -> None:
    """``replay``: a line per projection rebuilt, or one JSON document."""
    results = list(results)
    if as_json:
        json_document(
            {
                "projections": [
                    {"name": r.name, "events": r.events, "rows": r.rows, "checkpoint": r.position}
                    for r in results
                ],
                "seconds": round(seconds, 3),
            }
        )
        return
    for result in results:
        message(
            f"replayed {result.name}: {result.events} events -> {result.rows} rows "
            f"(checkpoint {result.position}) in {seconds:.2f} s"
        )


def diff_report(differences: list[Difference], projections: list[str], as_json: bool) -> None:
    """``replay --verify``: each difference from a fresh replay, or that there is none."""
    if as_json:
        json_document(
            {
                "projections": projections,
                "drift": bool(differences),
                "differences": [
                    {"projection": d.projection, "key": d.key, "field": d.field, "live": d.live, "fresh": d.fresh}
                    for d in differences
                ],
            }
        )
        return
    if not differences:
        message(f"no drift: {', '.join(projections)} match a fresh replay of the log")
        return
    for d in differences:
        if d.field == "(row)":
            where = "only in the live table" if d.live else "missing from the live table"
            message(f"{d.projection} {d.key}: row {where}")
        else:
            message(f"{d.projection} {d.key}: {d.field} is {d.live!r} live, {d.fresh!r} in a fresh replay")
