"""Shell completion: ``--install-completion``/``--show-completion`` and the values they complete.

Typer's own ``--install-completion``/``--show-completion`` are flags that guess the
shell from the parent process; evtcli's take the shell's name (``bash``, ``zsh``,
``fish``), so a script, a Dockerfile or a test asks for the one it means, as
``gh completion -s bash`` does. Typer still writes the scripts and answers the
shell's requests.

The value completers run only when a shell asks (``_EVTCLI_COMPLETE`` set), so they
import the declared model and the api then, never at start-up. Projection
names come from their declaration: completing never opens a database.
"""

from __future__ import annotations

from typing import Any, Callable

SHELLS = ("bash", "zsh", "fish")
PROG = "evtcli"
COMPLETE_VAR = "_EVTCLI_COMPLETE"


def _matching(names: Any, incomplete: str) -> list[str]:
    """The names that start with what was typed, ignoring case (``dis`` finds ``Disabled``)."""
    typed = incomplete.casefold()
    return [name for name in names if name.casefold().startswith(typed)]


def event_types(ctx: Any, incomplete: str) -> list[str]:
    """``--type``: the declared event types (of ``--aggregate``'s aggregate, once it is given)."""
    from evtcli.domain.declared import MODEL

    aggregate = MODEL.aggregates.get((ctx.params.get("aggregate") or "").casefold())
    names = aggregate.event_types if aggregate is not None else MODEL.type_names
    return _matching(names, incomplete)


def aggregates(ctx: Any, incomplete: str) -> list[str]:
    """``--aggregate``: the declared aggregate types."""
    from evtcli.domain.declared import MODEL

    return _matching(MODEL.aggregates, incomplete)


def projections(ctx: Any, incomplete: str) -> list[str]:
    """``--projection``: the declared projections' names."""
    from evtcli.api import projection_names

    return _matching(projection_names(), incomplete)


def shells(ctx: Any, incomplete: str) -> list[str]:
    return _matching(SHELLS, incomplete)


# Which options complete which values. Typer's ``autocompletion=`` would drop every
# value that does not start with the typed text in its exact case, so the
# completers are attached to the options here, when a shell asks, instead.
VALUES: dict[str, Callable[[Any, str], list[str]]] = {
    "--type": event_types,
    "--aggregate": aggregates,
    "--projection": projections,
    "--install-completion": shells,
    "--show-completion": shells,
}


def answer(command: Any, extra: dict[str, Any]) -> None:
    """When a shell asks for completions (``_EVTCLI_COMPLETE`` set), answer and exit."""
    from typer._completion_classes import completion_init

    _attach(command)
    completion_init()  # typer's bash/zsh/fish protocol, which its scripts speak
    command._main_shell_completion(extra, PROG, COMPLETE_VAR)


def _attach(command: Any) -> None:
    from typer._click.shell_completion import CompletionItem

    for param in command.params:
        complete = next((VALUES[name] for name in getattr(param, "opts", ()) if name in VALUES), None)
        if complete is not None:
            # click asks each parameter through its public shell_complete(ctx, incomplete).
            param.shell_complete = lambda ctx, incomplete, complete=complete: [
                CompletionItem(value) for value in complete(ctx, incomplete)
            ]
    for sub in getattr(command, "commands", {}).values():
        _attach(sub)


def script(shell: str) -> str:
    """The completion script for ``shell``: source it, or let ``--install-completion`` do so."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=shell)


def install(shell: str) -> str:
    """Write the script where ``shell`` reads it at start-up; the path written."""
    from typer._completion_shared import install as install_script

    _, path = install_script(shell=shell, prog_name=PROG, complete_var=COMPLETE_VAR)
    return str(path)
