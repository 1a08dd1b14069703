"""Panels a stream page shows for one aggregate alone, declared by the aggregate.

The stream page (:mod:`evtcli.web.streams`) is the same for every aggregate. An
aggregate whose page needs more, such as a group's members page by page, declares a
:class:`Panel`: a template for the page's "now" column and one for the state at a
version, each with the function that reads what it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from starlette.requests import Request

    from evtcli.api import Store


@dataclass(frozen=True)
class Panel:
    """``template`` shows ``now(store, stream_id, request)`` under the stream's fields;
    ``then_template`` shows ``then(store, state)`` under its state at a version."""

    template: str
    now: Callable[["Store", str, "Request"], dict[str, Any]]
    then_template: str | None = None
    then: Callable[["Store", Any], dict[str, Any]] | None = None


def declared() -> dict[str, Panel]:
    """Aggregate -> its panel, for the aggregates that declare one."""
    from evtcli.web.groups import PANEL as GROUP_PANEL

    return {"group": GROUP_PANEL}
