"""The model evtcli stores: every aggregate it declares, in one place.

``MODEL`` is made when first asked for. Listing the aggregates' names (``--help``
lists a group of commands per aggregate) does not make it: declaring the
aggregates and their event types is about a tenth of a command's start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evtcli.domain.registry import Model

# The aggregates, in the model's order: (name, the module that declares it, its name there).
AGGREGATES = (("user", "evtcli.domain.users", "user"), ("group", "evtcli.domain.groups", "group"))


def __getattr__(name: str) -> Any:
    if name == "MODEL":
        from evtcli.domain.registry import Model

        model = Model(*(getattr(import_module(module), attribute) for _, module, attribute in AGGREGATES))
        globals()["MODEL"] = model  # made once: later lookups find it here
        return model
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def aggregate_names() -> list[str]:
    """The names of the model's aggregates, without making it unless it is made already
    (then with any aggregate registered on it since)."""
    made: Model | None = globals().get("MODEL")
    return list(made.aggregates) if made is not None else [name for name, _, _ in AGGREGATES]
