"""Turning what people type into what the store needs: stream references, times, filters."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Collection, Sequence

from evtcli.domain import naming as naming_errors
from evtcli.domain.events import format_timestamp, parse_timestamp
from evtcli.domain.registry import Model
from evtcli.domain.naming import LOOKUP_LIMIT, MIN_PREFIX, Naming
from evtcli.domain.numbers import LARGEST_NUMBER
from evtcli.domain.validation import refuse_non_utf8
from evtcli.errors import AmbiguousReference, NotFound, UnknownName, UsageProblem
from evtcli.projections.streams import StreamTable, listing_table, stream_tables

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from evtcli.projections.base import Projection
    from evtcli.store.log import EventLog

class References:
    """What people type as a stream (USER, GROUP, any declared aggregate) as that
    stream's id: a full id, a unique prefix of at least MIN_PREFIX characters, or a
    value of the claim the aggregate is named by (see :mod:`evtcli.domain.naming`).

    Ids are looked up in the aggregate's stream table (the projection with one row
    per stream), or in the log with ``ids_from_log`` (``fold`` and ``history`` read
    the log, and an aggregate without such a table is found there too).
    """

    def __init__(self, model: Model, projections: Sequence[Projection], log: Callable[[], EventLog]) -> None:
        self.model = model
        self._tables = stream_tables(projections)
        self._log = log  # made when first needed: most reads find ids in a projection

    @property
    def log(self) -> EventLog:
        return self._log()

    def stream_table(self, aggregate: str) -> StreamTable | None:
        """The projection that keeps one row per stream of ``aggregate``, if any."""
        return self._tables.get(aggregate)

    def listed(self, aggregate: str) -> StreamTable:
        """The stream table a listing of ``aggregate`` reads; refused when it has none."""
        declared = self.model.aggregate(aggregate)
        return listing_table(self._tables, declared.name, declared.plural)

    @cached_property
    def pages(self) -> dict[str, str]:
        """Aggregate -> its plural, for each aggregate a stream table lists, in the
        model's order: the aggregates that have listings and pages of their own."""
        return {name: declared.plural for name, declared in self.model.aggregates.items() if name in self._tables}

    def resolve(
        self, conn: Connection, aggregate: str, reference: str, *, ids_from_log: bool = False, label: str | None = None
    ) -> str:
        declared = self.model.aggregate(aggregate)
        reference = refuse_non_utf8(reference, label or aggregate.upper()).strip()
        naming, table = declared.naming, self.stream_table(aggregate)
        if naming is None or table is None:
            return self._by_prefix(conn, aggregate, table, reference, ids_from_log)
        if naming.only_when is not None:
            if naming.only_when(reference):
                return self._by_value(conn, aggregate, table, naming, reference)
            return self._by_prefix(conn, aggregate, table, reference, ids_from_log)
        named = table.holder(conn, naming.claim, naming.key(reference)) if reference else None
        try:
            by_id = self._by_prefix(conn, aggregate, table, reference, ids_from_log)
        except NotFound:
            if named is not None:
                return named
            if naming.former and reference:
                # No stream holds the value and no id starts with it: the ended
                # stream that had it (a destroyed group's name), when only one did.
                found = table.former_holders(conn, naming.claim, naming.key(reference), LOOKUP_LIMIT)
                if len(found) == 1:
                    return found[0]
                if found:
                    raise naming_errors.former_holders(aggregate, naming, reference, found) from None
            raise naming_errors.by_value_missing(aggregate, naming, reference, or_id=True) from None
        except AmbiguousReference:
            if named is not None:
                return named
            raise
        if named is not None and named != by_id:
            raise naming_errors.value_and_prefix(aggregate, naming, reference, named, by_id)
        return by_id

    def resolve_any(self, conn: Connection, reference: str, aggregate: str | None) -> str:
        """An ``--id``: a stream of ``aggregate``, or of any aggregate when None, by
        every form its own references take (id or prefix in the log, an email, a
        group's name, a destroyed group's name). A reference that names streams of
        several aggregates is ambiguous, and they are listed."""
        reference = refuse_non_utf8(reference, "id").strip()
        if aggregate is not None:
            return self.resolve(conn, aggregate, reference, ids_from_log=True)
        found: list[str] = []
        for name in self.model.aggregates:
            try:
                stream_id = self.resolve(conn, name, reference, ids_from_log=True)
            except NotFound:
                continue
            if stream_id not in found:
                found.append(stream_id)
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousReference(
                f"{reference!r} names {len(found)} streams: {', '.join(found)}", "give more characters of the id"
            )
        listings = " or ".join(f"'evtcli {name} list --all'" for name in self.pages)
        if len(reference) < MIN_PREFIX:
            raise NotFound(
                f"no stream is named {reference!r}, and it is too short for an id",
                f"give at least {MIN_PREFIX} characters of the id, the full id, an email or a name",
            )
        raise NotFound(
            f"no stream has the id, email or name {reference!r}",
            f"list them with {listings}" if listings else "see the ids with 'evtcli events tail'",
        )

    def _by_prefix(
        self, conn: Connection, aggregate: str, table: StreamTable | None, reference: str, ids_from_log: bool
    ) -> str:
        prefix = reference.lower()
        if len(prefix) < MIN_PREFIX:
            raise naming_errors.too_short(aggregate, reference, self.model.aggregate(aggregate).naming)
        if ids_from_log or table is None:
            found = self.log.aggregate_ids_with_prefix(conn, aggregate, prefix, limit=LOOKUP_LIMIT)
        else:
            found = table.ids_with_prefix(conn, prefix, LOOKUP_LIMIT)
        return naming_errors.matches(aggregate, reference, found)

    def _by_value(self, conn: Connection, aggregate: str, table: StreamTable, naming: Naming, reference: str) -> str:
        key = naming.key(reference)
        holder = table.holder(conn, naming.claim, key)
        if holder is not None:
            return holder
        if naming.former:
            found = table.former_holders(conn, naming.claim, key, LOOKUP_LIMIT)
            if len(found) == 1:
                return found[0]
            if found:
                raise naming_errors.former_holders(aggregate, naming, reference, found)
        raise naming_errors.by_value_missing(aggregate, naming, reference, or_id=False)


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


@dataclass(frozen=True)
class LogRange:
    """Where a read of the log starts and ends: positions (``after`` exclusive,
    ``up_to`` inclusive) and recorded times (both inclusive), each None when open."""

    after: int = 0
    up_to: int | None = None
    recorded_since: str | None = None
    recorded_until: str | None = None


def log_range(since: int | str | None = None, until: int | str | None = None) -> LogRange:
    """``--since``/``--until`` as a :class:`LogRange`. Each is a position (an int, or
    text of digits) or an ISO 8601 time (a date alone is midnight UTC). ``--since``
    keeps events after the position, or recorded at or after the time; ``--until``
    is inclusive: events at or before the position, or recorded at or before the time."""
    after, since_time = _bound("--since", since)
    up_to, until_time = _bound("--until", until)
    return LogRange(after or 0, up_to, since_time, until_time)


def _bound(option: str, value: int | str | None) -> tuple[int | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, int):
        position = value
    else:
        text = refuse_non_utf8(value, option).strip()
        if not (text.isascii() and text.isdigit()):
            try:
                return None, format_timestamp(parse_timestamp(text))
            except (ValueError, OverflowError):  # OverflowError: out of range once in UTC
                raise UsageProblem(
                    f"{option} takes a position or an ISO 8601 time, not {value!r}",
                    f"give e.g. {option} 120, {option} 2026-11-22 or {option} 2026-11-22T13:00:00Z",
                ) from None
        position = int(text)
    if position < 0:
        raise UsageProblem(f"{option} takes a position of 0 or more, not {position}", f"give {option} 0 or more")
    if position > LARGEST_NUMBER:
        raise UsageProblem(f"{option} {position} is too large", f"give at most {LARGEST_NUMBER}")
    return position, None


def check_filters(
    model: Model, types: Sequence[str] | None, aggregate: str | None
) -> tuple[list[str] | None, str | None]:
    """Event types (matched case-insensitively) and an aggregate as the model declares them.

    An undeclared one is a usage error that names the accepted values.
    """
    if aggregate is not None:
        model.aggregate(aggregate)  # UnknownName, naming the declared ones
    if not types:
        return None, aggregate
    declared = {name.lower(): name for name in model.type_names}
    chosen = []
    for name in types:
        found = declared.get(name.lower())
        if found is None:
            raise UnknownName("event type", name, model.type_names)
        chosen.append(found)
    return chosen, aggregate
