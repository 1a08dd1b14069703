"""``evtcli verify``: check the hash chain, versions and projections."""

from typing import Annotated

import typer

from evtcli.cli.options import JsonReport
from evtcli.cli.render.progress import progress
from evtcli.cli.render.verify import verify_report
from evtcli.cli.settings import Settings

# One progress step per event and pass: the chain, then the fresh fold.
PASSES = 2


def verify(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="Stop after N problems.")] = 20,
    as_json: JsonReport = False,
) -> None:
    """Check positions, the hash chain, versions and projections.

    Exits 1 when it finds a problem, naming each one (at most --limit).
    """
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        total = store.head()
        with progress("verifying", total * PASSES) as advance:
            report = store.verify(progress=advance, limit=limit)
    verify_report(report, as_json)
    if not report.ok:
        raise report.error()
