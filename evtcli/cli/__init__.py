"""The Typer application: one hub, one error boundary, global options.

The boundary lives in the group class (``EvtcliGroup.main``) rather than in a
wrapper around it, so that Typer's ``CliRunner`` and the console script go through
exactly the same error handling.
"""

import os
import re
import sys
from functools import partial
from typing import Annotated, Any, Callable, Optional, Sequence

import typer
from typer.core import TyperGroup

from evtcli import __version__
from evtcli.cli import coercion, completion, helptext, registry
from evtcli.cli.lazy import Builder, LazyCommands, deferred
from evtcli.cli.render import emit
from evtcli.cli.settings import Settings
from evtcli.errors import EXIT_MEANINGS, EvtcliError, ExitCode, UsageProblem, joined

def _debug() -> bool:
    return os.environ.get("EVTCLI_DEBUG", "") not in ("", "0")


def _silence_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class EvtcliGroup(TyperGroup):
    """The root group; its ``main`` is the one place errors become messages and codes.

    Its commands are imported and built when first looked up (:mod:`evtcli.cli.lazy`).
    """

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self._build = Builder(app)
        entries: dict[str, Any] = {
            name: deferred(partial(registry.command, self._build, name, *where)) for name, *where in registry.COMMANDS
        }
        for name, *where in registry.GROUPS:
            entries[name] = deferred(partial(registry.group, self._build, name, *where))
        entries.update(self.commands)
        # A group per aggregate goes after the root commands; listing them loads the
        # model, so it waits until they are asked for (not for --version, events tail).
        self.commands = LazyCommands(entries, more=self._aggregate_groups, after=len(registry.COMMANDS))

    def _aggregate_groups(self) -> dict[str, Any]:
        return {
            aggregate: deferred(partial(registry.aggregate_group, self._build, aggregate))
            for aggregate in registry.aggregate_names()
        }

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        """``evtcli --help`` ends with what each exit status means, wrapped to the terminal."""
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(int(code)), meaning) for code, meaning in EXIT_MEANINGS.items()])

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names alone: listing builds nothing

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if os.environ.get(completion.COMPLETE_VAR):
            completion.answer(self, extra)  # a shell asking for completions: answers and exits
        code = self._run(list(sys.argv[1:] if args is None else args), prog_name or "evtcli", extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, args: list[str], prog_name: str, extra: dict[str, Any]) -> int:
        if sys.stdout is None:
            # File descriptor 1 was closed (`evtcli … >&-`). Refuse before anything is
            # written: otherwise a write command would commit and then fail to report it.
            if sys.stderr is not None:
                emit.error("standard output is closed; redirect it to a file or /dev/null")
            return ExitCode.REFUSED
        try:
            with self.make_context(prog_name, args, **extra) as ctx:
                self.invoke(ctx)
            return ExitCode.OK
        except typer.Exit as exc:
            return exc.exit_code
        except EvtcliError as exc:
            if _debug():
                raise
            emit.error(str(exc))
            return exc.exit_code
        except typer.TyperException as exc:
            # Click's usage errors (unknown option, missing argument, bad value).
            if _debug():
                raise
            return _usage_error(exc)
        except (KeyboardInterrupt, typer.Abort):
            if _debug():
                raise
            emit.error("interrupted; nothing was written by the unfinished command")
            return ExitCode.INTERRUPTED
        except BrokenPipeError:
            # The reader went away (e.g. `| head -1`): not an error for the writer.
            _silence_stdout()
            return ExitCode.OK
        except Exception as exc:  # the last line of defence: a bug, reported in one line
            if _debug():
                raise
            emit.error(
                f"internal error ({type(exc).__name__}); rerun with EVTCLI_DEBUG=1 and report it"
            )
            return ExitCode.INTERNAL


def _usage_error(exc: typer.TyperException) -> int:
    code = getattr(exc, "exit_code", ExitCode.USAGE)
    ctx = getattr(exc, "ctx", None)
    text = exc.format_message().strip()
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        # A bare group (`evtcli user`) shows its help, as git does, and exits 2.
        sys.stderr.write(ctx.get_help() + "\n")
        return ExitCode.USAGE
    where = f"'{ctx.command_path} --help'" if ctx is not None else "'evtcli --help'"
    emit.error(joined(_worded(text.splitlines()[0] if text else "invalid usage"), f"see {where}"))
    return code if code in (ExitCode.USAGE, ExitCode.REFUSED) else ExitCode.USAGE


# Click's wording, as evtcli words its own errors (lower case, a suggestion in brackets).
_CLICK_WORDING = (
    (r"^No such command ", "unknown command "),
    (r"^No such option: ", "unknown option "),
    (r" \(Possible options: (.*)\)$", lambda found: f" (did you mean {_either(found[1])}?)"),
)


def _either(options: str) -> str:
    """``--json, --jsonl`` reads ``--json or --jsonl``."""
    first, _, last = options.rpartition(", ")
    return f"{first} or {last}" if first else last


def _worded(text: str) -> str:
    for pattern, replacement in _CLICK_WORDING:
        text = re.sub(pattern, replacement, text)
    if text[:1].isupper() and text[1:2].islower():  # "Missing argument", not "URL …"
        text = text[0].lower() + text[1:]
    return text


coercion.install()
helptext.install()

app = typer.Typer(
    cls=EvtcliGroup,
    name="evtcli",
    help="An event store for user accounts: every change is an immutable event.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        emit.line(f"evtcli {__version__}")
        raise typer.Exit()


def _shell(ctx: typer.Context, value: Optional[str]) -> Optional[str]:
    """The shell a completion option names, or None when it is absent (or while completing)."""
    if value is None or ctx.resilient_parsing:
        return None
    if value not in completion.SHELLS:
        raise UsageProblem(
            f"evtcli completes in {', '.join(completion.SHELLS)}, not {value!r}", "give one of them"
        )
    return value


def _show_completion(ctx: typer.Context, value: Optional[str]) -> None:
    shell = _shell(ctx, value)
    if shell is not None:
        emit.line(completion.script(shell))
        raise typer.Exit()


def _install_completion(ctx: typer.Context, value: Optional[str]) -> None:
    shell = _shell(ctx, value)
    if shell is not None:
        path = completion.install(shell)
        emit.message(f"{shell} completion for evtcli installed in {path}; it works in new shells")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str,
        typer.Option(
            "--db",
            envvar="EVTCLI_DB",
            metavar="URL_OR_PATH",
            help="SQLite file path or database URL (postgresql+psycopg://…).",
        ),
    ] = "evtcli.db",
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_show_version, help="Print the version."),
    ] = False,
    install_completion: Annotated[
        Optional[str],
        typer.Option(
            "--install-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_install_completion,
            help="Install tab completion for SHELL: bash, zsh or fish.",
        ),
    ] = None,
    show_completion: Annotated[
        Optional[str],
        typer.Option(
            "--show-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_show_completion,
            help="Print the tab-completion script for SHELL: bash, zsh or fish.",
        ),
    ] = None,
) -> None:
    """An event store for user accounts: every change is an immutable event."""
    ctx.obj = Settings(db=db)


def main(*, when_open: Optional[Callable[[], None]] = None) -> None:
    """Console-script entry point. ``when_open`` runs each time a command has opened
    its store (the console script resumes its garbage collector there)."""
    Settings.when_open = when_open
    command = typer.main.get_command(app)
    command.main(prog_name="evtcli")
