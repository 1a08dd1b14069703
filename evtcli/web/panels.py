"""Panels a stream page shows for one aggregate alone, declared by the aggregate.

The stream page (:mod:`evtcli.web.streams`) is the same for every aggregate. An
aggregate whose page needs more, such as a group's members page by page, declares a
:class:`~evtcli.web.panel.Panel` in a module of its own; this is where each is
registered by the aggregate's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evtcli.web.panel import Panel


def declared() -> dict[str, Panel]:
    """Aggregate -> its panel, for the aggregates that declare one."""
    from evtcli.web.groups import PANEL as GROUP_PANEL

    return {"group": GROUP_PANEL}
