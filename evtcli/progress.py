"""How long work reports how far it got, across the layers that do such work.

Replay, verify and import take a ``Progress``: a callable given how many more units
(events, or bytes of input) are done since its last call, or None when nobody is
watching. It is defined here, beside the errors, so that the projections, the API
and the CLI that draws the bar all name the one type.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int], None] | None
