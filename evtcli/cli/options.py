"""Options shared by many commands, declared once."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CorrelationId = Annotated[
    Optional[str],
    typer.Option("--correlation-id", help="Stored in the event's metadata.", metavar="ID"),
]
CausationId = Annotated[
    Optional[str],
    typer.Option("--causation-id", help="Stored in the event's metadata.", metavar="ID"),
]
UserRef = Annotated[
    str,
    typer.Argument(metavar="USER", help="Full id, unique id prefix (4+ characters) or live email."),
]
