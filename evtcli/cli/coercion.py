"""Plain option values without pydantic: start-up time for every command.

Typer (0.29) converts every non-flag value, ``--db PATH`` included, through a
pydantic ``TypeAdapter`` that it builds on first use: importing pydantic and
building the adapter costs about 0.1 s per process, more than the rest of
``evtcli user list`` on a small database. A ``str`` option needs no conversion,
and an ``int`` given as plain digits within its bounds converts one way only, so
those values are taken as they are here, and so is a repeated ``list[str]`` option
(``--type``), as the list of its strings. A number that is not one, or is out of
bounds, is refused here in evtcli's own words ("takes a whole number of 0 or
more"): typer's conversion would repeat pydantic's ("Input should be a valid
integer …"). Anything else goes to typer's own conversion, whose refusals are
reworded the same way.

Only typer's private coercion hook makes this possible. If a typer release moves
it, :func:`install` does nothing and typer converts everything itself, as before.
"""

from __future__ import annotations

from typing import Any

from evtcli.domain.numbers import LARGEST_NUMBER as LARGEST
from evtcli.errors import UsageProblem

try:
    import typer.core as _typer_core
    from typer._coercion import RuntimeParam, build_runtime_param
except ImportError:  # pragma: no cover - another typer: it keeps its own coercion
    RuntimeParam = None  # type: ignore[assignment,misc]

_PLAIN = (str, int, bool)


if RuntimeParam is not None:

    # No @dataclass: _Plain adds no field, so RuntimeParam's generated methods serve
    # it as they are, and no code is generated for it at start-up.
    class _Plain(RuntimeParam):  # type: ignore[misc,valid-type]
        """Takes plain ``str``, ``bool`` and in-range digit ``int`` values as they are."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind = self.annotation
            if kind is str or kind is bool:
                if type(value) is kind:
                    return value
            elif kind == list[str]:
                # What pydantic makes of a tuple or list of strings: a list of the same strings.
                if type(value) in (tuple, list) and all(type(item) is str for item in value):
                    return list(value)
            elif kind is int and type(value) in (int, str):
                return self._whole_number(value, param, ctx)
            # Anything unusual: typer's own conversion, its refusals in evtcli's words.
            try:
                return build_runtime_param(param.type_descriptor)._coerce_value(value, param, ctx)
            except Exception as exc:
                if type(exc.__cause__).__name__ != "ValidationError":
                    raise
                raise UsageProblem(f"{_option(param)} does not take {value!r}", _see_help(ctx)) from None

        def _whole_number(self, value: Any, param: Any, ctx: Any) -> int:
            """An int option's value: plain digits (or a sign and digits) within bounds."""
            text = value.strip() if type(value) is str else str(value)
            digits = text[1:] if text[:1] in "+-" else text
            info = self.parameter_info
            if digits.isascii() and digits.isdigit():
                number = int(text)
                if number > LARGEST:
                    # Every number evtcli takes is a count, a position or a version:
                    # one the database cannot hold is a usage error, not a crash later.
                    raise UsageProblem(f"{_option(param)} {value} is too large", f"give at most {LARGEST}")
                if (info.min is None or number >= info.min) and (info.max is None or number <= info.max):
                    return number
            if info.min is not None and info.max is not None:
                accepted = f"from {info.min} to {info.max}"
            elif info.min is not None:
                accepted = f"of {info.min} or more"
            else:
                accepted = ""
            raise UsageProblem(
                f"{_option(param)} takes a whole number{' ' + accepted if accepted else ''}, not {value!r}",
                _see_help(ctx),
            )


def _option(param: Any) -> str:
    """How a refusal names the option: its longest spelling (``--lines``, not ``-n``)."""
    return max(getattr(param, "opts", None) or [getattr(param, "name", None) or "the value"], key=len)


def _see_help(ctx: Any) -> str:
    path = getattr(ctx, "command_path", None)
    return f"see '{path} --help'" if path else "see 'evtcli --help'"


def _runtime_param(descriptor: Any) -> Any:
    info = descriptor.parameter_info
    if (
        (descriptor.annotation in _PLAIN or descriptor.annotation == list[str])
        and descriptor.file_annotation is None
        and getattr(info, "parser", None) is None
        and not getattr(info, "clamp", False)
    ):
        return _Plain(parameter_info=info, annotation=descriptor.annotation)
    return build_runtime_param(descriptor)


def install() -> None:
    """Route typer's conversion of plain values through :class:`_Plain` (idempotent)."""
    if RuntimeParam is None or getattr(_typer_core, "build_runtime_param", None) is not build_runtime_param:
        return  # not the typer this was written for, or installed already
    _typer_core.build_runtime_param = _runtime_param
