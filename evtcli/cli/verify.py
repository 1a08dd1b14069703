"""``evtcli verify``: check the hash chain, versions and projections."""

from typing import TYPE_CHECKING, Annotated, Optional

import sys

import typer

from evtcli.cli.options import JsonReport
from evtcli.cli.render.progress import progress
from evtcli.cli.render.verify import verify_report
from evtcli.cli.settings import Settings
from evtcli.errors import NotFound

if TYPE_CHECKING:
    from evtcli.domain.anchors import Anchor

# One progress step per event and pass: the chain, then the fresh fold.
PASSES = 2


def verify(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="Stop after N problems.")] = 20,
    anchor: Annotated[
        Optional[list[str]],
        typer.Option(
            "--anchor",
            metavar="ANCHOR",
            help="POSITION:HASH, as 'evtcli events head' printed it: also check that the event at POSITION still has HASH. Repeatable.",
        ),
    ] = None,
    anchors_file: Annotated[
        Optional[str],
        typer.Option(
            "--anchors", metavar="FILE", help="Check every anchor in FILE: lines as 'evtcli events head' prints them."
        ),
    ] = None,
    as_json: JsonReport = False,
) -> None:
    """Check positions, the hash chain, versions and projections.

    With anchors kept elsewhere (--anchor, --anchors), also check that the log still
    holds each anchored event unchanged: a log cut back and chained again is found.
    Exits 1 when it finds a problem, naming each one (at most --limit).
    """
    from evtcli.domain.anchors import parse_anchor

    settings: Settings = ctx.obj
    anchors = [parse_anchor(text) for text in anchor or ()]
    if anchors_file is not None:
        anchors += _read_anchors_file(anchors_file)
    with settings.open(read_only=True) as store:
        total = store.head()
        with progress("verifying", total * PASSES) as advance:
            report = store.verify(progress=advance, limit=limit, anchors=anchors)
    verify_report(report, as_json)
    if not report.ok:
        raise report.error()


def _read_anchors_file(path: str) -> "list[Anchor]":
    """The anchors in a file (``-`` for standard input); a missing file is a refusal."""
    from evtcli.domain.anchors import read_anchors

    if path == "-":
        return read_anchors(sys.stdin, "standard input")
    try:
        with open(path, encoding="utf-8", errors="replace") as lines:
            return read_anchors(lines, path)
    except FileNotFoundError:
        raise NotFound(f"no file {path}", "give the file that 'evtcli events head' lines were appended to") from None
    except OSError as exc:
        raise NotFound(f"cannot read {path}: {exc.strerror or exc}", "check the path") from None
