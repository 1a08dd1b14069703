"""``evtcli user …``: create, destroy, list, show."""

import sys
from typing import Annotated, Optional

import typer

from evtcli.cli import output
from evtcli.cli.options import CausationId, CorrelationId, Json, UserRef
from evtcli.cli.settings import Settings, write_context
from evtcli.errors import UsageProblem, ValidationError

app = typer.Typer(help="Create, destroy and inspect users.", no_args_is_help=True)


@app.command("create")
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="1-200 characters.")],
    email: Annotated[str, typer.Option("--email", help="Unique among live users.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
) -> None:
    """Append a Created event and print the new user's id."""
    from evtcli.domain.validation import validate_email, validate_name, validate_password

    settings: Settings = ctx.obj
    validate_name(name), validate_email(email)  # refuse before asking for a password
    password = _read_password(password_stdin)
    validate_password(password)  # a refused create must not create the database either
    with settings.open(write=True) as store:
        user_id = store.create_user(
            name, email, password, write_context("user create", correlation_id, causation_id)
        )
    output.line(user_id)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                "the password on standard input is not valid UTF-8", "send UTF-8 text"
            ) from None
        if text.endswith("\r\n"):
            return text[:-2]
        return text[:-1] if text.endswith("\n") else text
    if not sys.stdin.isatty():
        raise UsageProblem(
            "no terminal to ask for the password",
            "pipe it in with --password-stdin, e.g. printf %s \"$PW\" | evtcli user create … --password-stdin",
        )
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)


@app.command("destroy")
def destroy(
    ctx: typer.Context,
    user: UserRef,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why, kept in the event.")] = None,
    expected_version: Annotated[
        Optional[int],
        typer.Option(
            "--expected-version",
            min=0,
            metavar="V",
            help="Refuse (exit 3) unless the user is at version V now.",
        ),
    ] = None,
    correlation_id: CorrelationId = None,
    causation_id: CausationId = None,
) -> None:
    """Append a Destroyed event; the user is soft-deleted and their email freed."""
    settings: Settings = ctx.obj
    with settings.open(write=True) as store:
        event = store.destroy_user(
            user,
            reason=reason,
            expected_version=expected_version,
            context=write_context("user destroy", correlation_id, causation_id),
        )
    output.message(f"destroyed user {event.aggregate_id} (version {event.version}, position {event.position})")


@app.command("list")
def list_users(
    ctx: typer.Context,
    deleted: Annotated[bool, typer.Option("--deleted", help="Only destroyed users.")] = False,
    all_users: Annotated[bool, typer.Option("--all", help="Live and destroyed users.")] = False,
    as_json: Json = False,
) -> None:
    """List users from the projection (live ones unless asked)."""
    if deleted and all_users:
        raise UsageProblem("--deleted and --all cannot be used together", "give one of them")
    settings: Settings = ctx.obj
    with settings.open() as store:
        output.users_table(store.iter_users("deleted" if deleted else "all" if all_users else "live"), as_json)


@app.command("show")
def show(ctx: typer.Context, user: UserRef, as_json: Json = False) -> None:
    """Show one user from the projection."""
    settings: Settings = ctx.obj
    with settings.open() as store:
        found = store.get_user(user)
    output.user_detail(found, as_json)
