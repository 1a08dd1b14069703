"""The one progress bar: replay, verify and import draw it on stderr at a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal

from evtcli.cli.tables import console, no_color

if TYPE_CHECKING:
    from evtcli.progress import Progress


@contextmanager
def progress(description: str, total: int | None, *, unit: Literal["items", "bytes"] = "items") -> Iterator[Progress]:
    """A rich progress bar on stderr when it is a terminal, and the callable that
    advances it; None (nothing drawn) otherwise. ``unit="bytes"`` counts bytes (of an
    input file) with their rate; else whole items, ``done/total``.

    Not with ``NO_COLOR``: a bar redraws itself with cursor escapes, and NO_COLOR
    means none (SPEC §14); without colours its unfilled part would not show anyway."""
    if not sys.stderr.isatty() or no_color():
        yield None
        return
    from rich import progress as bars

    counted = (
        (bars.DownloadColumn(), bars.TransferSpeedColumn()) if unit == "bytes" else (bars.MofNCompleteColumn(),)
    )
    with bars.Progress(
        bars.TextColumn("{task.description}"),
        bars.BarColumn(),
        *counted,
        bars.TimeElapsedColumn(),
        console=console(sys.stderr),
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda advance: bar.advance(task, advance)
