"""``evtcli backup FILE``: a consistent copy of a SQLite store, verified."""

from typing import TYPE_CHECKING, Annotated

import typer

from evtcli.cli.options import JsonStats
from evtcli.cli.settings import Settings

if TYPE_CHECKING:
    from evtcli.api.backup import Backup

# One progress step per event and pass of verify: the chain, then the fresh fold.
PASSES = 2


def backup(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="The backup file to create (mode 0600).")],
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists (only once the copy is complete).")] = False,
    as_json: JsonStats = False,
) -> None:
    """Copy a SQLite database to FILE and verify the copy.

    The copy is the database as one commit left it, taken with SQLite's online
    backup while other processes keep writing; it is created with mode 0600 and
    then checked as 'evtcli verify' checks a database. It holds everything,
    the user_keys table included: the keys that open users' personal data, so keep
    it as safe as the database. An existing FILE is refused unless --force.
    PostgreSQL is refused: back it up with pg_dump. Exits 1 when the copy does not
    verify (it is kept, as the database had it).
    """
    from evtcli.api.backup import backup as take_backup
    from evtcli.cli.render.progress import progress

    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store, progress("verifying the copy", store.head() * PASSES) as advance:
        done = take_backup(store, file, replace=force, progress=advance)
    _report(done, as_json)


def _report(done: "Backup", as_json: bool) -> None:
    from evtcli.cli.render.emit import json_document, message, size_in_bytes
    from evtcli.errors import IntegrityProblem

    if as_json:
        json_document(done.as_json())
    else:
        events = f"{done.events} event{'s' if done.events != 1 else ''}"
        message(f"backed up {events} to {done.path} (head position {done.head}, {size_in_bytes(done.bytes)}, mode 0600)")
        for problem in done.report.problems:
            message(f"{problem.where}: {problem.what}")
        if done.verified:
            message("verified: hash chain, versions and projections of the copy are ok")
    if not done.verified:
        raise IntegrityProblem(
            f"the copy at {done.path} does not verify: {done.report.summary()}",
            "run 'evtcli verify' on the database; the copy holds what the database held",
        )
