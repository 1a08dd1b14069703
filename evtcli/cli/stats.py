"""``evtcli stats``: how much the store holds and how far behind its projections are."""

import typer

from evtcli.cli.options import JsonStats
from evtcli.cli.render.stats import stats_report
from evtcli.cli.settings import Settings


def stats(ctx: typer.Context, as_json: JsonStats = False) -> None:
    """Count events, users and groups; show projection lag and size.

    Events per aggregate and event type, streams per status, each projection's
    lag behind the head position, and the database's size on disk.
    """
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        figures = store.stats()
    stats_report(figures, as_json)
