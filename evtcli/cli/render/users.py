"""How users are shown: the listing, one user, and what ``user forget`` could not erase."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from evtcli.cli.render.emit import (
    ID_COLUMN,
    STATUS_COLUMN,
    STATUS_STYLES,
    VERSION_COLUMN,
    Shortener,
    count_line,
    json_document,
    json_line,
    listing,
    public,
    record,
    shown_ids,
    timestamp_column,
    warning,
)
from evtcli.cli.render.events import event_dict, written
from evtcli.cli.tables import Column, print_table

if TYPE_CHECKING:
    from evtcli.api.results import Forgetting
    from evtcli.domain.users import User

USER_COLUMNS = ("id", "name", "email", "version", "created_at", "status")


def users_table(users: Iterable[User], form: str = "table", shorten: Shortener = None) -> None:
    """``user list``: a table, a JSON array, JSON Lines or CSV."""

    def table(found: list[User]) -> None:
        ids = shown_ids([user.id for user in found], shorten)
        rows = [
            [
                (ids[user.id], None),
                (user.name, None),
                (user.email, None),
                (str(user.version), None),
                (user.created_at, None),
                (user.status, STATUS_STYLES.get(user.status)),
            ]
            for user in found
        ]
        columns = [ID_COLUMN, Column("name"), Column("email", copy=True), VERSION_COLUMN, timestamp_column("created_at"), STATUS_COLUMN]
        if rows:
            print_table(columns, rows)
        count_line(len(found), "user")

    listing(
        users,
        form,
        record=lambda user: public("user", user),
        columns=USER_COLUMNS,
        cells=lambda user: (user.id, user.name, user.email, user.version, user.created_at, user.status),
        table=table,
    )


def user_detail(user: User, as_json: bool, groups: list[tuple[str, str]] | None = None) -> None:
    """One user's fields (and the groups they are in, when given), or one JSON document."""
    rows = public("user", user)
    if groups is not None:
        rows["groups"] = [{"id": group_id, "name": name} for group_id, name in groups]
    if as_json:
        json_document(rows)
        return
    for flag in ("deleted", "disabled"):  # the status says it
        del rows[flag]
    if groups is not None:
        rows["groups"] = ", ".join(name for _, name in groups)
    record(rows, keep_empty=("disabled_at", "deleted_at"))


def forgotten(done: Forgetting, as_json: bool, report: bool = True) -> None:
    """``user forget``: the event, and the truth about what no key could erase (the
    warnings even when the event itself is not ``report``ed)."""
    positions = done.plaintext_positions
    if positions:
        shown = ", ".join(map(str, positions[:20])) + (", …" if len(positions) > 20 else "")
        warning(
            f"{len(positions)} event{'s' if len(positions) != 1 else ''} of this user, written before personal data "
            f"was sealed, keep it in plaintext that no key can erase (position{'s' if len(positions) != 1 else ''} {shown})"
        )
    if not done.scrubbed:
        warning("a reader kept the database's WAL file busy: its old pages go at the next checkpoint")
    if as_json:
        json_line({**event_dict(done.event), "plaintext_positions": positions})
    elif report:
        written(done.event, False)
