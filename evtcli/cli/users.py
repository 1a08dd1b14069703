"""``evtcli user …``: the user's whole life (§4, §7)."""

import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Annotated

import typer

from evtcli.cli.options import (
    PasswordStdin,
    Reason,
    UserRef,
)
from evtcli.cli.render import emit
from evtcli.cli.settings import Settings
from evtcli.cli.writes import WriteOptions, write_command
from evtcli.errors import UsageProblem, ValidationError

if TYPE_CHECKING:
    from evtcli.api import Store
    from evtcli.api.results import Forgetting
    from evtcli.domain.events import Envelope

app = typer.Typer(help="Create, change, disable, destroy, restore and inspect users.", no_args_is_help=True)

Name = Annotated[str, typer.Option("--name", metavar="NAME", help="1-200 characters.")]
Email = Annotated[str, typer.Option("--email", metavar="EMAIL", help="Not held by another user who is not destroyed.")]


@app.command("create")
@write_command("user", creates=True)
def create(ctx: typer.Context, name: Name, email: Email, password_stdin: PasswordStdin = False, *, write: WriteOptions) -> "Envelope":
    """Append a Created event and print the new user's id."""
    from evtcli.domain.declared import MODEL

    settings: Settings = ctx.obj
    MODEL.aggregate("user").normalize("Created", name=name, email=email)  # refuse before asking for a password
    with ExitStack() as opened:
        # At a terminal, a taken email is refused before the prompts too: that needs
        # the store, read if it exists (a missing one is created only to write).
        store = _existing_store(settings) if not password_stdin and sys.stdin.isatty() else None
        if store is not None:
            opened.enter_context(store)
            store.check_new_user(name, email)
        password = _read_password(password_stdin, confirm=True)
        if store is None:
            store = opened.enter_context(settings.open(create=True))
        return store.create_user_event(name, email, password, write.context)


def _existing_store(settings: Settings) -> "Store | None":
    """The store, when it exists and has evtcli's schema; else None: no one holds an email
    there yet, and the write decides whether to create it (or to refuse another kind)."""
    from evtcli.errors import DatabaseMissing, NotAnEvtcliDatabase

    try:
        return settings.open()
    except (DatabaseMissing, NotAnEvtcliDatabase):
        return None


@app.command("rename")
@write_command("user")
def rename(ctx: typer.Context, user: UserRef, name: Name, write: WriteOptions) -> "Envelope":
    """Append a Renamed event: give a user a new name.

    The user must be live or disabled.
    """
    with ctx.obj.open() as store:
        return store.rename_user(user, name, expected_version=write.expected_version, context=write.context)


@app.command("change-email")
@write_command("user")
def change_email(ctx: typer.Context, user: UserRef, email: Email, write: WriteOptions) -> "Envelope":
    """Append an EmailChanged event: give a user a new email.

    The user must be live or disabled, and no other user may hold the email.
    """
    with ctx.obj.open() as store:
        return store.change_email(user, email, expected_version=write.expected_version, context=write.context)


@app.command("change-password")
@write_command("user")
def change_password(
    ctx: typer.Context, user: UserRef, password_stdin: PasswordStdin = False, *, write: WriteOptions
) -> "Envelope":
    """Append a PasswordChanged event: set a new password.

    On a terminal it asks twice; scripts pass --password-stdin.
    """
    if not password_stdin and sys.stdin.isatty():
        # An unknown or destroyed user, or another version, is refused before asking.
        with ctx.obj.open(read_only=True) as store:
            store.check_password_change(user, expected_version=write.expected_version)
    password = _read_password(password_stdin, confirm=True)
    with ctx.obj.open() as store:
        return store.change_password(user, password, expected_version=write.expected_version, context=write.context)


@app.command("disable")
@write_command("user")
def disable(ctx: typer.Context, user: UserRef, reason: Reason = None, *, write: WriteOptions) -> "Envelope":
    """Append a Disabled event: the user may no longer sign in.

    Only a live user can be disabled; they keep their email.
    """
    with ctx.obj.open() as store:
        return store.disable_user(user, reason=reason, expected_version=write.expected_version, context=write.context)


@app.command("enable")
@write_command("user")
def enable(ctx: typer.Context, user: UserRef, write: WriteOptions) -> "Envelope":
    """Append an Enabled event: a disabled user may sign in again."""
    with ctx.obj.open() as store:
        return store.enable_user(user, expected_version=write.expected_version, context=write.context)


@app.command("destroy")
@write_command("user")
def destroy(ctx: typer.Context, user: UserRef, reason: Reason = None, *, write: WriteOptions) -> "Envelope":
    """Append a Destroyed event: soft-delete the user.

    Their email is freed; user restore brings them back.
    """
    with ctx.obj.open() as store:
        return store.destroy_user(user, reason=reason, expected_version=write.expected_version, context=write.context)


@app.command("restore")
@write_command("user")
def restore(
    ctx: typer.Context,
    user: UserRef,
    email: Annotated[
        str | None, typer.Option("--email", metavar="EMAIL", help="Restore under this new email.")
    ] = None,
    *,
    write: WriteOptions,
) -> "Envelope":
    """Append a Restored event: a destroyed user comes back.

    As they were, or under a new email with --email.
    """
    with ctx.obj.open() as store:
        return store.restore_user(user, email=email, expected_version=write.expected_version, context=write.context)


def _forgotten(done: "Forgetting", write: WriteOptions) -> None:
    from evtcli.cli.render.users import forgotten

    forgotten(done, write.form != "text", write.reports)


@app.command("forget")
@write_command("user", report=_forgotten)
def forget(
    ctx: typer.Context,
    user: UserRef,
    reason: Reason = None,
    *,
    write: WriteOptions,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> "Forgetting":
    """Append a Forgotten event: erase personal data for good.

    Name, email and password hash become unreadable; asks first unless --yes.
    """
    if not yes:
        if not sys.stdin.isatty():
            raise UsageProblem("user forget cannot be undone and needs confirmation", "pass --yes to forget without asking")
        if not typer.confirm(f"Forget user {user}? Their name, email and password hash are erased for good", default=False):
            raise UsageProblem("not confirmed; nothing was written", "answer y to forget the user, or pass --yes")
    with ctx.obj.open() as store:
        return store.forget_user(user, reason=reason, expected_version=write.expected_version, context=write.context)


@app.command("check-password")
def check_password(ctx: typer.Context, user: UserRef, password_stdin: PasswordStdin = False) -> None:
    """Check a password: exit 0 if it is a live user's.

    Exit 1 otherwise, saying why not. Writes nothing.
    """
    password = _read_password(password_stdin, confirm=False)
    with ctx.obj.open(read_only=True) as store:
        store.check_password(user, password)
    emit.message("password matches")


# How often a terminal asks for a new password that is refused (too short, mismatched).
PASSWORD_TRIES = 3


def _read_password(from_stdin: bool, *, confirm: bool) -> str:
    """The password from standard input, or typed at a terminal (twice with ``confirm``:
    a new password, checked against the rules as it is typed)."""
    from evtcli.domain.validation import password_from_input, validate_password

    if from_stdin:
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                "the password on standard input is not valid UTF-8", "send UTF-8 text"
            ) from None
        password = password_from_input(text)
        if confirm:
            validate_password(password)  # refused before the store is opened or created
        return password
    if not sys.stdin.isatty():
        raise UsageProblem(
            "no terminal to ask for the password",
            "pipe it in with --password-stdin, e.g. printf %s \"$PW\" | evtcli user … --password-stdin",
        )
    if not confirm:
        return _ask("Password: ")
    for attempt in range(1, PASSWORD_TRIES + 1):
        password = _ask("Password: ")
        try:
            validate_password(password)
        except ValidationError as refused:
            problem = refused
        else:
            if _ask("Repeat for confirmation: ") == password:
                return password
            problem = ValidationError("the two passwords do not match", "type the same password twice")
        if attempt == PASSWORD_TRIES:
            raise ValidationError(f"no password after {PASSWORD_TRIES} tries: {problem.message}", problem.hint)
        emit.error(str(problem))
    raise AssertionError("the last try returns or raises")


def _ask(prompt: str) -> str:
    """One hidden prompt. Ctrl-D is end of input, not an interruption."""
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        sys.stderr.write("\n")  # getpass ends the prompt's line only after an answer
        raise ValidationError(
            "no password given (end of input)", "type the password, or pipe it in with --password-stdin"
        ) from None
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        raise
