"""Typed errors raised by the library; the CLI turns each into one line and an exit code.

Every error carries a message (what went wrong) and a hint (what to do about it).
Nothing secret ever goes into either: messages are built from names, ids and
positions, never from passwords or hashes.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Iterable


class ExitCode(IntEnum):
    OK = 0
    REFUSED = 1
    USAGE = 2
    CONFLICT = 3
    INTERNAL = 70  # a bug: an exception nothing expected (EX_SOFTWARE)
    INTERRUPTED = 130


# What each exit status means, as `evtcli --help` and the README's "Exit codes" list them.
EXIT_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.REFUSED: "refused: validation, a rule, not found, a bad file, an integrity problem, a busy, unusable or older database",
    ExitCode.USAGE: "usage error: an unknown command, option, event type or aggregate, a bad option value, options that exclude each other",
    ExitCode.CONFLICT: "concurrency conflict (--expected-version mismatch or a lost race on the same stream): safe to retry",
    ExitCode.INTERNAL: "internal error: a bug; rerun with EVTCLI_DEBUG=1 and report it",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C); nothing was written by the unfinished command",
}


class EvtcliError(Exception):
    """Base class: a refused operation (exit 1)."""

    exit_code: ExitCode = ExitCode.REFUSED

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return joined(self.message, self.hint)


def joined(message: str, hint: str | None) -> str:
    """``<what>; <what to do>``, with no stray punctuation before the semicolon.

    Messages often come from elsewhere (email-validator, click) as sentences: a
    final full stop or exclamation mark is dropped, and a final question becomes
    a parenthesis of the sentence before it (``No such command 'usr'. Did you mean
    'user'?`` reads ``No such command 'usr' (did you mean 'user'?)``).
    """
    text = message.strip().rstrip(".!").rstrip()
    if text.endswith("?"):
        before, stop, question = text.rpartition(". ")
        if stop and before:
            text = f"{before.rstrip('.!')} ({question[:1].lower()}{question[1:]})"
    if not hint:
        return text
    if text.endswith("?"):  # a lone question: the hint goes in brackets after it
        return f"{text} ({hint})"
    return f"{text}; {hint}"


class ValidationError(EvtcliError):
    """Input that breaks a validation rule (name, email, password, payload)."""


class RuleViolation(EvtcliError):
    """A command the current state does not allow (destroying a destroyed user, …)."""


class PasswordMismatch(EvtcliError):
    """``check-password`` refused: a wrong password, or a user who may not sign in."""


class NotFound(EvtcliError):
    """An unknown user, projection or event."""


class AmbiguousReference(EvtcliError):
    """A USER prefix that matches more than one user."""


class ConcurrencyConflict(EvtcliError):
    """Another writer got there first; safe to retry (exit 3)."""

    exit_code = ExitCode.CONFLICT


class UsageProblem(EvtcliError):
    """Options that do not go together (exit 2)."""

    exit_code = ExitCode.USAGE


class UnknownName(UsageProblem):
    """A name the declaration does not know: an aggregate, an event type, a projection.

    The one error for it wherever it is met (exit 2, naming the accepted values);
    where a name comes from data rather than from the person typing (an import
    line, a stored event), the reader turns it into that data's own refusal.
    """

    def __init__(self, kind: str, name: object, known: "Iterable[str]") -> None:
        # Cut short: a name read from a file may be a MiB long.
        shown = repr(name if len(name) <= 60 else name[:57] + "...") if isinstance(name, str) else str(name)
        super().__init__(f"unknown {kind} {shown}", f"use one of: {', '.join(known)}")


class StoreError(EvtcliError):
    """The database cannot be used: missing, not evtcli's, too new, locked, unreachable."""


class DatabaseMissing(StoreError):
    """A read command pointed at a database that does not exist."""


class NotAnEvtcliDatabase(StoreError):
    """The file or database exists but was not made by evtcli."""


class SchemaTooNew(StoreError):
    """The database was written by a newer evtcli."""


class SchemaTooOld(StoreError):
    """The database was written by an older evtcli: ``evtcli init`` upgrades it."""


class DatabaseBusy(StoreError):
    """Another process held the write lock for longer than the busy timeout."""


class IntegrityProblem(EvtcliError):
    """The log or a projection is inconsistent (found by verify)."""
