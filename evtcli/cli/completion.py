"""Shell completion: ``--install-completion``/``--show-completion`` and the values they complete.

Typer's own ``--install-completion``/``--show-completion`` are flags that guess the
shell from the parent process; evtcli's take the shell's name (``bash``, ``zsh``,
``fish``), so a script, a Dockerfile or a test asks for the one it means, as
``gh completion -s bash`` does. Typer still writes the scripts and answers the
shell's requests.

The value completers run only when a shell asks (``_EVTCLI_COMPLETE`` set), so they
import the declared model and the api then, never at start-up; only the command
being completed is built. Projection names, sort keys, formats and statuses come
from their declaration: completing them never opens a database. USER and GROUP
arguments complete from the database, opened read-only (a missing one completes
nothing and is not created), at most MAX_CANDIDATES of them.
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


def formats(ctx: Any, incomplete: str) -> list[str]:
    """``--format``: what a listing can be printed as besides a table and JSON."""
    from evtcli.cli.options import FORMATS

    return _matching(FORMATS, incomplete)


def sort_keys(ctx: Any, incomplete: str) -> list[str]:
    """``--sort``: the listed aggregate's sort keys; ``-KEY`` (descending) once a ``-`` is typed."""
    from evtcli.api import listing_shape

    names = listing_shape(_listed_aggregate(ctx)).sorts
    if incomplete.startswith("-"):
        return [f"-{name}" for name in _matching(names, incomplete[1:])]
    return _matching(names, incomplete)


def statuses(ctx: Any, incomplete: str) -> list[str]:
    """``--status``: the listed aggregate's statuses."""
    from evtcli.domain.declared import MODEL

    return _matching(MODEL.aggregate(_listed_aggregate(ctx)).statuses, incomplete)


def _listed_aggregate(ctx: Any) -> str:
    """The aggregate whose command is being completed: ``user`` in ``evtcli user list``."""
    return str(ctx.parent.info_name)


def references(aggregate: str | None, ctx: Any, incomplete: str) -> list[str]:
    """USER, GROUP, …: the values that name a stream (emails, group names) and the ids that
    start with what was typed, read from ``--db`` (or EVTCLI_DB), at most MAX_CANDIDATES;
    of every aggregate with a stream table when ``aggregate`` is None (``--id``).

    The database is opened read-only, so a missing one is not created, and nothing it
    says becomes an error text in the shell: any failure completes nothing.
    """
    try:
        from evtcli.api import open_store
        from evtcli.api.candidates import MAX_CANDIDATES, reference_candidates

        db = ctx.find_root().params.get("db") or "evtcli.db"
        with open_store(db, read_only=True, busy_timeout=COMPLETION_TIMEOUT) as store:
            names = [aggregate] if aggregate is not None else list(store.references.pages)
            found: list[str] = []
            for name in names:
                found += reference_candidates(store, name, incomplete, MAX_CANDIDATES - len(found))
            return found
    except Exception:  # noqa: BLE001 - a shell's completion has nowhere to say why: it offers nothing
        return []


def any_reference(ctx: Any, incomplete: str) -> list[str]:
    """``--id``: a reference to a stream of ``--aggregate``'s aggregate, or of any."""
    from evtcli.domain.declared import aggregate_names

    chosen = (ctx.params.get("aggregate") or "").casefold()
    return references(chosen if chosen in aggregate_names() else None, ctx, incomplete)


# Which options complete which values. Typer's ``autocompletion=`` would drop every
# value that does not start with the typed text in its exact case, so the
# completers are attached to the options here, when a shell asks, instead. Keyed by
# option name, so an option a command gains later (``--status``) completes at once.
VALUES: dict[str, Callable[[Any, str], list[str]]] = {
    "--type": event_types,
    "--aggregate": aggregates,
    "--projection": projections,
    "--sort": sort_keys,
    "--format": formats,
    "--status": statuses,
    "--id": any_reference,
    "--install-completion": shells,
    "--show-completion": shells,
}

# Seconds a completion waits for a busy database before giving up (offering nothing).
COMPLETION_TIMEOUT = 2.0


def answer(command: Any, extra: dict[str, Any]) -> None:
    """When a shell asks for completions (``_EVTCLI_COMPLETE`` set), answer and exit."""
    from typer._click.shell_completion import add_completion_class, get_completion_class
    from typer._completion_classes import completion_init

    completion_init()  # typer's bash/zsh/fish protocol, which its scripts speak
    for shell in SHELLS:
        spoken = get_completion_class(shell)
        add_completion_class(type(spoken.__name__, (_ValuesFirst, spoken), {}), shell)
    command._main_shell_completion(extra, PROG, COMPLETE_VAR)


class _ValuesFirst:
    """Completion that builds and equips only the command being completed, and completes
    an option's value even when it starts with ``-`` (``--sort -na``), which click would
    take for the start of an option name."""

    def get_completions(self, args: list[str], incomplete: str) -> list[Any]:
        from typer._click.shell_completion import (
            _is_incomplete_option,
            _resolve_context,
            _resolve_incomplete,
        )

        ctx = _resolve_context(self.cli, self.ctx_args, self.prog_name, args)  # type: ignore[attr-defined]
        equipped = _attach(ctx.command)
        if "--" not in args:
            for param in equipped:
                if _is_incomplete_option(ctx, args, param):
                    return param.shell_complete(ctx, incomplete)  # type: ignore[no-any-return]
        found, incomplete = _resolve_incomplete(ctx, args, incomplete)
        return found.shell_complete(ctx, incomplete)  # type: ignore[no-any-return]


def _attach(command: Any) -> list[Any]:
    """Give ``command``'s options and stream arguments their completers; those given one."""
    from typer._click.shell_completion import CompletionItem

    equipped = []
    for param in command.params:
        complete = next((VALUES[name] for name in getattr(param, "opts", ()) if name in VALUES), None)
        if complete is None:
            complete = _stream_argument(param)
        if complete is not None:
            # click asks each parameter through its public shell_complete(ctx, incomplete).
            param.shell_complete = lambda ctx, incomplete, complete=complete: [
                CompletionItem(value) for value in complete(ctx, incomplete)
            ]
            equipped.append(param)
    return equipped


def _stream_argument(param: Any) -> Callable[[Any, str], list[str]] | None:
    """The completer of an argument that names a stream (metavar USER, GROUP or USER...)."""
    if getattr(param, "param_type_name", "") != "argument" or not param.metavar:
        return None
    from evtcli.domain.declared import aggregate_names

    aggregate = param.metavar.rstrip(".…").lower()
    if aggregate not in aggregate_names():
        return None
    return lambda ctx, incomplete: references(aggregate, ctx, incomplete)


def script(shell: str) -> str:
    """The completion script for ``shell``: source it, or let ``--install-completion`` do so."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=shell)


def install(shell: str) -> str:
    """Write the script where ``shell`` reads it at start-up; the path written."""
    from typer._completion_shared import install as install_script

    _, path = install_script(shell=shell, prog_name=PROG, complete_var=COMPLETE_VAR)
    return str(path)
