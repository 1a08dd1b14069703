"""Reads of streams, for every declared aggregate: get, list, history, fold, resolve.

Nothing here names an aggregate. What a listing reads, how it searches and sorts,
how a reference finds a stream, come from the aggregate's declaration and its
stream table (:class:`~evtcli.projections.streams.StreamTable`); an aggregate
declared later gets every one of these reads from its declaration alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Collection, Iterable, Iterator

from evtcli.api.core import StoreCore
from evtcli.api.resolve import check_choice, check_filters, listing_options, one_point_in_time
from evtcli.domain.events import Envelope
from evtcli.domain.model import Aggregate
from evtcli.errors import UsageProblem
from evtcli.projections.streams import Listed, StreamTable, Which, listing_table, stream_tables


@dataclass(frozen=True)
class ListingShape:
    """What a listing of one aggregate's streams is, as a client prints one: read from
    the declarations alone, before any store is opened (a command's help and options)."""

    aggregate: str
    plural: str
    ended: str | None  # how an ended stream is called ("destroyed"); None: none end
    statuses: tuple[str, ...]  # the --status values, as declared
    sorts: tuple[str, ...]  # the --sort values, as declared (each also as -KEY: descending)
    default_sort: str
    search_columns: tuple[str, ...]
    columns: tuple[Listed, ...]
    name_column: str
    styles: dict[str, str]  # status -> how a terminal colours it


def listing_shape(aggregate: str) -> ListingShape:
    """The shape of a listing of ``aggregate`` in evtcli's own model and projections."""
    from evtcli.domain.declared import MODEL
    from evtcli.projections.declared import PROJECTIONS

    declared = MODEL.aggregate(aggregate)
    table = listing_table(stream_tables(PROJECTIONS), declared.name, declared.plural)
    return ListingShape(
        aggregate=declared.name,
        plural=declared.plural,
        ended=declared.ending,
        statuses=declared.statuses,
        sorts=tuple(table.sorts),
        default_sort=table.default_sort,
        search_columns=table.search_columns,
        columns=tuple(table.listed_columns or ()),
        name_column=table.name_column,
        styles=declared.styles,
    )


class StreamReads(StoreCore):
    """One stream, or a listing of them, of any aggregate."""

    def listed(self, aggregate: str) -> tuple[Aggregate, StreamTable]:
        """An aggregate and the stream table its listings read; refused for an
        aggregate whose streams no projection keeps one row each."""
        return self.model.aggregate(aggregate), self.stream_table(aggregate)

    def get_stream(self, aggregate: str, reference: str) -> Any:
        """One stream's row from its stream table, by any reference its declaration
        takes (id, unique prefix, a claimed value such as an email or a group name)."""
        _, table = self.listed(aggregate)
        with self._read() as conn:
            found = table.load(conn, self.references.resolve(conn, aggregate, reference))
        assert found is not None
        return found

    def list_streams(
        self,
        aggregate: str,
        which: Which = "live",
        *,
        search: str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        statuses: Collection[str] | None = None,
    ) -> list[Any]:
        """Rows of the aggregate's streams (see :meth:`iter_streams`)."""
        return list(self.iter_streams(aggregate, which, search=search, sort=sort, limit=limit, statuses=statuses))

    def iter_streams(
        self,
        aggregate: str,
        which: Which = "live",
        *,
        search: str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        statuses: Collection[str] | None = None,
    ) -> Iterator[Any]:
        """Rows of the aggregate's streams, streamed from one read transaction.

        ``which`` is ``"live"`` (every stream whose status has not ended: live and
        disabled users), ``"deleted"`` (ended: destroyed) or ``"all"``; ``statuses``,
        when given, keeps those with one of these declared statuses instead. ``search``
        keeps those whose searched columns hold the text, in any case; ``sort`` is one
        of the table's sorts (its default when None), or ``-`` and one of them for the
        reverse order; ``limit`` caps the count. Consume it before the store is
        closed; memory stays flat however many there are.
        """
        declared, table = self.listed(aggregate)
        if sort is not None and sort not in table.sorts and not (sort[:1] == "-" and sort[1:] in table.sorts):
            raise UsageProblem(
                f"unknown --sort value {sort!r}", f"use one of: {', '.join(table.sorts)} (-KEY: the reverse order)"
            )
        listing_options(declared.plural, (sort or table.default_sort).lstrip("-"), table.sorts, limit)
        if statuses is not None:
            for status in statuses:
                check_choice("--status", status, declared.statuses)
        return self._iter_streams(declared, table, which, search=search, sort=sort, limit=limit, statuses=statuses)

    def _iter_streams(self, declared: Aggregate, table: StreamTable, which: Which, **options: Any) -> Iterator[Any]:
        with self._read() as conn:
            yield from table.iter_rows(conn, declared.ended, which, **options)

    def history(
        self, aggregate: str, reference: str, *, last: int | None = None, up_to_version: int | None = None
    ) -> list[Envelope]:
        """One stream's events in version order, from the log. With ``up_to_version``,
        only the events up to that version; with ``last``, only the last ``last`` of
        them, read by version alone: a group of 200,000 members has as many events,
        and a page shows the newest few (or the one at a version)."""
        _, aggregate = check_filters(self.model, None, aggregate)
        with self._read() as conn:
            stream_id = self.references.resolve(conn, aggregate or "", reference, ids_from_log=True)
            after = 0
            if last is not None:
                top = self.log.stream_version(conn, aggregate, stream_id) if up_to_version is None else up_to_version
                after = max(top - last, 0)
            events = self.log.read_stream(conn, aggregate, stream_id, after_version=after, up_to_version=up_to_version)
            return self.unsealed(conn, events)

    def fold_stream(self, aggregate: str, reference: str, *, at: str | None = None, version: int | None = None) -> Any:
        """Fold one stream from the log (not the projection), from its latest snapshot,
        as of a time or a version when asked."""
        one_point_in_time(at, version)
        declared = self.model.aggregate(aggregate)
        with self._read() as conn:
            stream_id = self.references.resolve(conn, declared.name, reference, ids_from_log=True)
            return self.fold_as_of(conn, declared.name, stream_id, at=at, version=version)

    def resolve(self, aggregate: str, reference: str) -> str:
        """A reference to one stream of ``aggregate`` as its full id (ids from the log)."""
        with self._read() as conn:
            return self.references.resolve(conn, aggregate, reference, ids_from_log=True)

    def holders_of(self, aggregate: str, reference: str) -> dict[str, list[tuple[str, str]]]:
        """For each aggregate whose streams hold streams of ``aggregate`` (a group holds
        its member users), by its plural: the (id, name) of each stream that holds this
        one, ordered by name. What ``user show`` lists as the user's groups."""
        declared = self.model.aggregate(aggregate)
        with self._read() as conn:
            stream_id = self.references.resolve(conn, declared.name, reference)
            found: dict[str, list[tuple[str, str]]] = {}
            for holder, _ in self.model.memberships_over(declared.name):
                ids = self._holders(conn, holder.name, declared.name, stream_id)
                table = self.references.stream_table(holder.name)
                names = table.names(conn, ids) if table is not None else {}
                found[holder.plural] = sorted(
                    ((held_id, names.get(held_id, "")) for held_id in ids), key=lambda pair: (pair[1].casefold(), pair[0])
                )
        return found

    def _holders(self, conn: Any, holder: str, held: str, stream_id: str) -> set[str]:
        # From the projections as given: the runner (and the log it needs) are not made for a read.
        for projection in self._projections:
            if projection.aggregate == holder:
                found = projection.holders(conn, held, [stream_id])
                if found is not None:
                    return found.get(stream_id, set())
        return set()

    def named_in(self, events: Iterable[Envelope]) -> dict[str, str]:
        """How a message names each stream these events' payloads name (a member's
        user), by id: as the named aggregate's declared ``label`` says ("Ada
        <ada@example.com>"), or by its stream table's name. Streams no table holds are
        left out; nothing is read for events that name none."""
        named = [
            (aggregate, value)
            for event in events
            for field, aggregate in self.model.aggregate(event.aggregate).named_streams(event.type)
            if isinstance(value := event.payload.get(field), str)
        ]
        return self.stream_names(named, labelled=True) if named else {}

    def stream_names(self, streams: Iterable[tuple[str, str]], *, labelled: bool = False) -> dict[str, str]:
        """The current name of each (aggregate, id) stream that a stream table names,
        by id: what a page shows beside an id; with ``labelled``, as the aggregate's
        declared ``label`` says, when it declares one."""
        wanted: dict[str, list[str]] = {}
        for aggregate, stream_id in dict.fromkeys(streams):
            wanted.setdefault(aggregate, []).append(stream_id)
        names: dict[str, str] = {}
        with self._read() as conn:
            for aggregate, ids in wanted.items():
                table = self.references.stream_table(aggregate)
                label = self.model.aggregate(aggregate).label if labelled else None
                if table is None:
                    continue
                if label is None:
                    names.update(table.names(conn, ids))
                else:
                    names.update((row.id, label(row)) for row in table.load_many(conn, ids))
        return names
