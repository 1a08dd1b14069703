"""Commands built when they are first used: a command's start-up pays for itself only.

Typer turns the whole tree of commands into click commands before it runs any of
them, reading every command function's signature (about 30 of them); with the
command modules' imports, that was most of what ``evtcli --version`` added to
``import typer``. Here a group's ``commands`` is a mapping that knows every name
from the start, in order, and builds a command (importing its module) when it is
looked up. ``evtcli user list`` builds the ``user`` group and its ``list``; help
and completion, which show everything, build everything, as before.

The commands are built with typer's own functions, with the settings typer would
pass down from the root app, so each one is the same command either way.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Iterator, MutableMapping

import typer
from typer.main import get_command_from_info, get_command_name, get_group_from_info
from typer.models import CommandInfo, TyperInfo


class _Deferred:
    __slots__ = ("build",)

    def __init__(self, build: Callable[[], Any]) -> None:
        self.build = build


class LazyCommands(MutableMapping[str, Any]):
    """A group's ``name -> command`` mapping whose commands are built on first lookup.

    ``more`` (with ``after``) gives entries whose names are not known until asked for:
    the root's group per aggregate, which loads the model to list them. They are read
    the first time the mapping is listed, or a name it does not hold yet is looked up,
    and go after its first ``after`` entries.
    """

    def __init__(self, entries: dict[str, Any], *, more: Callable[[], dict[str, Any]] | None = None, after: int = 0) -> None:
        self._entries = entries  # a command, or a _Deferred that builds one
        self._more = more
        self._after = after

    def _complete(self) -> dict[str, Any]:
        if self._more is not None:
            more, self._more = self._more(), None
            names = list(self._entries)
            entries = {name: self._entries[name] for name in names[: self._after]}
            entries.update(more)
            entries.update((name, self._entries[name]) for name in names[self._after :])
            self._entries = entries
        return self._entries

    def __getitem__(self, name: str) -> Any:
        entries = self._entries if name in self._entries else self._complete()
        entry = entries[name]
        if type(entry) is _Deferred:
            entry = entries[name] = entry.build()
        return entry

    def __contains__(self, name: object) -> bool:
        return name in self._entries or name in self._complete()

    def __setitem__(self, name: str, command: Any) -> None:
        self._complete()[name] = command

    def __delitem__(self, name: str) -> None:
        del self._complete()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._complete())

    def __len__(self) -> int:
        return len(self._complete())


class Builder:
    """Builds commands and groups as typer would under ``root``."""

    def __init__(self, root: typer.Typer) -> None:
        self.root = root

    def command(self, info: CommandInfo) -> Any:
        return get_command_from_info(
            info, pretty_exceptions_short=self.root.pretty_exceptions_short, rich_markup_mode=self.root.rich_markup_mode
        )

    def group(self, app: typer.Typer, name: str, added: dict[str, Callable[[], Callable[..., Any]]]) -> Any:
        """The click group of ``app`` under ``name``, its commands built when used;
        ``added``: more commands, after ``app``'s own, each from a function that
        returns the command's function."""
        shell = copy.copy(app)  # the group without its commands: they come from the mapping below
        shell.registered_commands = []
        group = get_group_from_info(
            TyperInfo(shell, name=name),
            pretty_exceptions_short=self.root.pretty_exceptions_short,
            rich_markup_mode=self.root.rich_markup_mode,
            suggest_commands=self.root.suggest_commands,
        )
        entries: dict[str, Any] = {
            command_name(info): _Deferred(lambda info=info: self.command(info)) for info in app.registered_commands
        }
        for command, function in added.items():
            entries[command] = _Deferred(
                lambda command=command, function=function: self.command(command_info(command, function()))
            )
        entries.update(group.commands)  # sub-groups, if any: built already, after the commands as typer orders them
        group.commands = LazyCommands(entries)
        return group


def command_name(info: CommandInfo) -> str:
    return info.name or get_command_name(info.callback.__name__)  # type: ignore[union-attr]


def command_info(name: str, function: Callable[..., Any]) -> CommandInfo:
    """What ``app.command(name)(function)`` registers, without an app to keep it."""
    scratch = typer.Typer()
    scratch.command(name)(function)
    return scratch.registered_commands[0]


def deferred(build: Callable[[], Any]) -> _Deferred:
    """An entry of :class:`LazyCommands` that ``build`` makes when it is first looked up."""
    return _Deferred(build)
