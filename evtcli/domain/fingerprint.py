"""The fingerprint of an aggregate's declaration, which a snapshot records (§11).

A snapshot is a stream's state as a fold made it; when the fold changes (a new event
type, another ``apply``, an upcaster), a state folded by the old rules may not be
the one the new rules give, so the snapshot is not used and is replaced. The digest
covers what a fold reads: the state's fields, and per event type its name, schema
version, fields, the statuses it follows and the compiled code of its ``start``,
``apply``, ``refuse`` and upcasters (constants and names included). Code that those
functions call elsewhere is not covered: a change there that alters a fold must also
change a declared function, or the definition of the state.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evtcli.domain.model import Aggregate


def declaration_digest(aggregate: "Aggregate") -> str:
    """``sha256:<hex>`` over a stable description of the aggregate's declaration."""
    parts: list[Any] = [
        aggregate.name,
        aggregate.state.__qualname__,
        [(f.name, sorted(f.metadata)) for f in dataclasses.fields(aggregate.state)],
        sorted(aggregate.statuses),
        aggregate.erased,
    ]
    for name in sorted(aggregate.event_types):
        event_type = aggregate.event_types[name]
        parts.append(
            [
                name,
                event_type.schema_version,
                event_type.sealed_since,
                event_type.erases,
                [(f.name, f.optional, f.personal, f.secret) for f in event_type.fields],
                None if event_type.follows is None else sorted(event_type.follows),
                [_code(event_type.__dict__.get(method)) for method in ("start", "apply", "refuse")],
                [(version, _code(upcaster)) for version, upcaster in sorted(event_type.upcasters.items())],
            ]
        )
    return "sha256:" + hashlib.sha256(_stable(parts).encode("utf-8")).hexdigest()


def _code(function: Any) -> Any:
    """What a function's compiled code is made of (None when there is none)."""
    function = getattr(function, "__func__", function)  # a staticmethod
    code = getattr(function, "__code__", None)
    if code is None:
        return None
    return _code_object(code)


def _code_object(code: types.CodeType) -> Any:
    return [
        code.co_code.hex(),
        code.co_names,
        [_code_object(c) if isinstance(c, types.CodeType) else _stable(c) for c in code.co_consts],
    ]


def _stable(value: Any) -> str:
    """A repr that is the same in every process: sets (whose order follows the string
    hash seed) in sorted order."""
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(_stable(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_stable(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_stable(k)}: {_stable(v)}" for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))) + "}"
    return repr(value)
