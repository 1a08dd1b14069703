"""What a panel is: a part of a stream page that one aggregate declares for itself."""

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
