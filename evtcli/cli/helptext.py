"""Help as evtcli prints it: plain upper-case metavars and summaries that are never cut.

Typer (0.29) writes a required argument as ``{USER}`` in the usage line and adds
its Python type (``USER <str>``, ``USER... <list[str]>``) in the argument list;
click itself, and most command-line tools, write ``USER``, ``[USER]`` and
``USER...``. Typer also cuts each command's summary in a group's listing to what
fits beside the longest name (``Append a Renamed event: give a live or...``).

Neither has a public switch, so :func:`install` changes the two places that
decide them: an argument's names in help, and the length a summary may have
(unlimited: the help formatter wraps a long one instead of cutting it). If a typer
release moves them, :func:`install` does nothing and typer's own help comes back;
``tests/test_help.py`` notices.
"""

from __future__ import annotations

from typing import Any

try:
    from typer._click.core import Command as _Command
    from typer.core import TyperArgument as _Argument
except ImportError:  # pragma: no cover - another typer: its own help
    _Command = _Argument = None  # type: ignore[assignment,misc]

# The widest a summary may be: any, so that nothing is cut with "...".
_NO_LIMIT = 10_000


def _argument_usage(self: Any) -> str:
    """``USER`` when required, ``[USER]`` when not, ``USER...`` when repeatable."""
    name = self.display_name_raw.upper()
    if self.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if self.required else f"[{name}]"


def _argument_type(self: Any, ctx: Any) -> None:
    """No ``<str>`` beside the name: the metavar and the help say what to give."""
    return None


def _argument_name(self: Any) -> str:
    return _argument_usage(self).strip("[]")


def install() -> None:
    """Make typer's help plain (idempotent; nothing happens with a typer it does not know)."""
    if _Argument is None or getattr(_Command, "_evtcli_help", False):
        return
    needed = ("_usage_display_name", "_rich_display_name", "display_type_rich")
    if not all(hasattr(_Argument, name) for name in needed) or not hasattr(_Command, "get_short_help_str"):
        return
    _Argument._usage_display_name = _argument_usage
    _Argument._rich_display_name = _argument_name
    _Argument.display_type_rich = _argument_type
    short_help = _Command.get_short_help_str

    def whole_summary(self: Any, limit: int = 45) -> str:
        return short_help(self, _NO_LIMIT)

    _Command.get_short_help_str = whole_summary
    _Command._evtcli_help = True
