"""How a user is shown beyond what every aggregate shows: what ``user forget`` could not erase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evtcli.cli.render.emit import (
    json_line,
    warning,
)
from evtcli.cli.render.events import event_dict, written

if TYPE_CHECKING:
    from evtcli.api.results import Forgetting

def forgotten(done: Forgetting, as_json: bool, report: bool = True) -> None:
    """``user forget``: the event, and the truth about what no key could erase (the
    warnings even when the event itself is not ``report``ed)."""
    positions = done.plaintext_positions
    if positions:
        shown = ", ".join(map(str, positions[:20])) + (", …" if len(positions) > 20 else "")
        warning(
            f"{len(positions)} event{'s' if len(positions) != 1 else ''} of this user, written before personal data "
            f"was sealed, keep it in plaintext that no key can erase (position{'s' if len(positions) != 1 else ''} {shown})"
        )
    if not done.scrubbed:
        warning("a reader kept the database's WAL file busy: its old pages go at the next checkpoint")
    if as_json:
        json_line({**event_dict(done.event), "plaintext_positions": positions})
    elif report:
        written(done.event, False)
