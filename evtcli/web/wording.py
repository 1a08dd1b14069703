"""The web's own words for what the API refuses.

The API words its refusals for the command line: a bad time says "give --at in
ISO 8601", an unknown user "list them with 'evtcli user list --all'". A page
has form fields and links instead, so the web says which field is wrong and
what it takes, and never shows a hint that names a CLI option or command.
"""

from __future__ import annotations

import re
from typing import Callable, TypeVar

from evtcli.api import MIN_PREFIX
from evtcli.errors import AmbiguousReference, EvtcliError, NotFound, UsageProblem, ValidationError

T = TypeVar("T")

# A hint written for a terminal: it names an option (--at, --all) or a command to run.
_COMMAND_LINE = re.compile(r"(?<![\w-])--[a-z]|'evtcli\b|\bevtcli [a-z]")

TIME_HINT = "a time in ISO 8601, such as 2026-11-22T13:00:00Z (UTC unless it gives an offset)"
STREAM_HINT = f"a whole id, its first {MIN_PREFIX} characters or more, an email or a group's name"

# What a typed value can make the store refuse; a store that cannot be read is no
# fault of the value, and keeps its own page.
REFUSALS = (UsageProblem, NotFound, AmbiguousReference, ValidationError)


class FormProblem(UsageProblem):
    """A value typed into a form field that the store refused, said for that
    field: ``field`` is the input's name (``until``), ``label`` what the page
    calls it ("Recorded until")."""

    def __init__(self, field: str, label: str, message: str, hint: str | None) -> None:
        super().__init__(message, hint)
        self.field = field
        self.label = label


def in_field(field: str, label: str, takes: str | None, read: Callable[[], T]) -> T:
    """``read()``, with any refusal of the value said for the form field it came
    from: the API's message, and ``takes`` (what the field accepts) as the hint
    (the API's own hint when ``takes`` is None and it does not speak CLI)."""
    try:
        return read()
    except REFUSALS as refused:
        hint = f"the {label} field takes {takes}" if takes else web_hint(refused.hint)
        raise FormProblem(field, label, refused.message, hint) from None


def not_found_on_the_web(refused: NotFound | AmbiguousReference, plural: str) -> EvtcliError:
    """A stream reference in an address that names no stream, or several: the
    same refusal, its hint the site's own search where the API's names a command."""
    hint = web_hint(refused.hint) or f"search for it on the {plural} page, with Show set to all"
    kind = AmbiguousReference if isinstance(refused, AmbiguousReference) else NotFound
    return kind(refused.message, hint)


def web_hint(hint: str | None) -> str | None:
    """``hint`` unless it speaks to a terminal (an option, an evtcli command): a
    refusal that has no web wording of its own then shows its message alone."""
    if hint is None or _COMMAND_LINE.search(hint):
        return None
    return hint
