"""The typed errors both backends translate driver errors into, so that a refusal
reads the same whichever database refused."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from evtcli.errors import DatabaseBusy, EvtcliError, RuleViolation, StoreError

# What a constraint's failure means, by constraint name (given by the schema).
ErrorFactory = Callable[[], EvtcliError]


def constraint_error(name: str | None, constraint_errors: Mapping[str, ErrorFactory]) -> EvtcliError | None:
    """The error a named constraint's failure stands for, or None when no one named it."""
    factory = constraint_errors.get(name or "")
    return None if factory is None else factory()


def immutable() -> EvtcliError:
    """An UPDATE, DELETE or TRUNCATE of an event table, refused by its triggers."""
    return RuleViolation("events are immutable", "append a new event instead")


def busy() -> EvtcliError:
    """The write lock was not had within the busy timeout."""
    return DatabaseBusy(
        "another process held the database lock for longer than the busy timeout",
        "try again when it has finished",
    )


def read_only() -> EvtcliError:
    """A write to a database this user may only read."""
    return StoreError("the database is read-only", "check the file and directory permissions")


def first_line(value: object) -> str:
    """The first line of a driver's message (or the error's type when it has none)."""
    return str(value).strip().splitlines()[0] if str(value).strip() else type(value).__name__
