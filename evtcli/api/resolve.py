"""Turning what people type into what the store needs: id prefixes, times, filters."""

from __future__ import annotations

from typing import Callable, Collection, Sequence

from evtcli.domain.events import format_timestamp, parse_timestamp
from evtcli.domain.model import Model
from evtcli.errors import AmbiguousReference, NotFound, UsageProblem

MIN_PREFIX = 4


def match_prefix(reference: str, lookup: Callable[[str], list[str]], *, what: str) -> str:
    """Resolve a full id or a unique prefix of at least four characters."""
    prefix = reference.lower()
    if len(prefix) < MIN_PREFIX:
        raise NotFound(
            f"{what} reference {reference!r} is too short",
            f"give at least {MIN_PREFIX} characters of the id, the full id or an email",
        )
    matches = lookup(prefix)
    if not matches:
        raise NotFound(f"no {what} matches {reference!r}", f"list them with 'evtcli {what} list --all'")
    if len(matches) > 1:
        shown = ", ".join(matches[:10]) + (", …" if len(matches) > 10 else "")
        raise AmbiguousReference(
            f"{reference!r} matches {'more than 10' if len(matches) > 10 else len(matches)} {what}s: {shown}",
            "give more characters of the id",
        )
    return matches[0]


def check_choice(option: str, value: str, accepted: Collection[str]) -> None:
    """A usage error naming the accepted values unless ``value`` is one of them."""
    if value not in accepted:
        raise UsageProblem(f"unknown {option} value {value!r}", f"use one of: {', '.join(accepted)}")


def listing_options(noun: str, sort: str, sorts: Collection[str], limit: int | None) -> None:
    """``list``: refuse an unknown --sort or a negative --limit now, not when first read."""
    check_choice("--sort", sort, sorts)
    if limit is not None and limit < 0:
        raise UsageProblem(f"cannot list {limit} {noun}", "give --limit 0 or more")


def one_point_in_time(at: str | None, version: int | None) -> None:
    """``fold``: --at and --version each name a point in the stream; refuse both at once,
    and an --at that is not a time (before any user or group is looked up)."""
    if at is not None and version is not None:
        raise UsageProblem("--at and --version cannot be used together", "give one of them")
    if at is not None:
        parse_at(at)


def parse_at(at: str) -> str:
    """An ``--at`` time as a stored timestamp (ISO 8601 / RFC 3339; no zone means UTC)."""
    try:
        return format_timestamp(parse_timestamp(at))
    except (ValueError, OverflowError):  # OverflowError: out of range once in UTC
        raise UsageProblem(
            f"cannot read time {at!r}", "give --at in ISO 8601, e.g. 2026-11-22T13:00:00Z"
        ) from None


def check_filters(
    model: Model, types: Sequence[str] | None, aggregate: str | None
) -> tuple[list[str] | None, str | None]:
    """Event types (matched case-insensitively) and an aggregate as the model declares them.

    An undeclared one is a usage error that names the accepted values.
    """
    if aggregate is not None and aggregate not in model.aggregates:
        raise UsageProblem(
            f"unknown aggregate {aggregate!r}", f"use one of: {', '.join(model.aggregates)}"
        )
    if not types:
        return None, aggregate
    declared = {name.lower(): name for name in model.type_names}
    chosen = []
    for name in types:
        found = declared.get(name.lower())
        if found is None:
            raise UsageProblem(f"unknown event type {name!r}", f"use one of: {', '.join(model.type_names)}")
        chosen.append(found)
    return chosen, aggregate
