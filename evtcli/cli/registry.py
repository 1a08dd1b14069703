"""The commands evtcli has, in the order help lists them: the one list of them.

The root commands and the groups that are not an aggregate's are listed here by
name and module. Every aggregate of the model gets a group of its own: its command
module's commands (the writes, listed in COMMAND_MODULES) and the read commands
made from its declaration (:mod:`evtcli.cli.streams`), unless its module declares
one of the same name; ``fold`` gets one command per aggregate the same way.
Commands are built when first looked up (:mod:`evtcli.cli.lazy`).
"""

from functools import partial
from importlib import import_module
from typing import Any, Callable, Sequence

import typer

from evtcli.cli.lazy import Builder, command_name

# The commands under the root, first: (name, module, function).
COMMANDS = (
    ("init", "evtcli.cli.admin", "init"),
    ("replay", "evtcli.cli.admin", "replay"),
    ("verify", "evtcli.cli.verify", "verify"),
    ("backup", "evtcli.cli.backup", "backup"),
    ("stats", "evtcli.cli.stats", "stats"),
    ("consume", "evtcli.cli.consume", "consume"),
    ("serve", "evtcli.cli.serve", "serve"),
)


def fold_commands() -> dict[str, Callable[[], Callable[..., Any]]]:
    """``fold <aggregate>`` for every aggregate: its module's own ``fold``, or one made
    from its declaration."""
    from evtcli.cli.streams import fold_command

    found: dict[str, Callable[[], Callable[..., Any]]] = {}
    for aggregate in aggregate_names():
        module = COMMAND_MODULES.get(aggregate)
        own = getattr(import_module(module), "fold", None) if module else None
        found[aggregate] = (lambda own=own: own) if own is not None else partial(fold_command, aggregate)
    return found


# Then one group per aggregate, then these: (name, module, its Typer app, the commands
# other modules add to it: (name, module, function) each, or a function that gives
# them, as ``fold`` has one per aggregate).
GROUPS = (
    (
        "events",
        "evtcli.cli.events",
        "app",
        (("import", "evtcli.cli.transfer", "import_events"), ("export", "evtcli.cli.transfer", "export_events")),
    ),
    ("fold", "evtcli.cli.admin", "fold_app", fold_commands),
    ("projection", "evtcli.cli.admin", "projection_app", ()),
    ("consumer", "evtcli.cli.consume", "app", ()),
)
# The module of each aggregate that has commands of its own (its writes): its `app`,
# and optionally `fold`, a fold command of its own.
COMMAND_MODULES = {"user": "evtcli.cli.users", "group": "evtcli.cli.groups"}


def aggregate_names() -> list[str]:
    """The aggregates of the model, in its order."""
    from evtcli.domain.declared import aggregate_names as names

    return names()


def command(build: Builder, name: str, module: str, function: str) -> Any:
    from evtcli.cli.lazy import command_info

    return build.command(command_info(name, _attribute(module, function)))


def group(build: Builder, name: str, module: str, attribute: str, added: Sequence[tuple[str, str, str]] | Callable[[], Any]) -> Any:
    commands = added() if callable(added) else {c: partial(_attribute, m, f) for c, m, f in added}
    return build.group(_attribute(module, attribute), name, commands)


def aggregate_group(build: Builder, aggregate: str) -> Any:
    """``evtcli <aggregate>``: its module's commands, then its read commands."""
    from evtcli.cli.streams import READ_COMMANDS, read_command

    module = COMMAND_MODULES.get(aggregate)
    if module is None:
        plural = _plural(aggregate)
        app = typer.Typer(help=f"Read {plural}: list them, show one, its history.", no_args_is_help=True)
        own: dict[str, Callable[..., Any]] = {}
    else:
        declared = _attribute(module, "app")
        own = {command_name(info): info.callback for info in declared.registered_commands}
        app = typer.Typer(help=declared.info.help, no_args_is_help=True)
        app.registered_commands = [info for info in declared.registered_commands if command_name(info) not in READ_COMMANDS]
    reads: dict[str, Callable[[], Callable[..., Any]]] = {
        name: (lambda found=own[name]: found) if name in own else partial(read_command, aggregate, name)
        for name in READ_COMMANDS
    }
    return build.group(app, aggregate, reads)


def _plural(aggregate: str) -> str:
    from evtcli.domain.declared import MODEL

    return MODEL.aggregate(aggregate).plural


def _attribute(module: str, name: str) -> Any:
    return getattr(import_module(module), name)
