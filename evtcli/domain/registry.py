"""The registry of aggregates a store holds: evtcli's own is ``evtcli.domain.declared.MODEL``.

Tools read the registry instead of naming aggregates or event types: storage makes a
table per aggregate it holds, the CLI a group of commands, the web a page.
"""

from __future__ import annotations

from evtcli.domain.model import Aggregate
from evtcli.domain.relations import Membership
from evtcli.errors import UnknownName


class Model:
    """The aggregates a store holds (evtcli's own: ``evtcli.domain.declared.MODEL``)."""

    def __init__(self, *aggregates: Aggregate) -> None:
        self.aggregates = {aggregate.name: aggregate for aggregate in aggregates}

    def register(self, aggregate: Aggregate) -> None:
        """Add an aggregate, declared elsewhere, to the model (stores opened after see it)."""
        if aggregate.name in self.aggregates:
            raise ValueError(f"the model declares an aggregate {aggregate.name!r} already")
        self.aggregates[aggregate.name] = aggregate

    def unregister(self, name: str) -> None:
        del self.aggregates[name]

    def aggregate(self, name: str) -> Aggregate:
        found = self.aggregates.get(name)
        if found is None:
            raise UnknownName("aggregate", name, self.aggregates)
        return found

    @property
    def type_names(self) -> tuple[str, ...]:
        """Every declared event type name, each once, in declaration order."""
        names: dict[str, None] = {}
        for aggregate in self.aggregates.values():
            names.update(dict.fromkeys(aggregate.event_types))
        return tuple(names)

    def memberships_over(self, held: str) -> list[tuple[Aggregate, Membership]]:
        """Every (holder aggregate, membership) whose states hold streams of ``held``."""
        return [
            (aggregate, membership)
            for aggregate in self.aggregates.values()
            for membership in aggregate.memberships
            if membership.aggregate == held
        ]

    def secret_fields(self, aggregate: str, type_name: str) -> frozenset[str]:
        """The payload fields of that event type that output never shows."""
        return self.aggregate(aggregate).event_type(type_name).secret
