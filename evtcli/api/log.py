"""The log as a whole: tail, follow, import, export, verify, replay, projection status."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterable, Iterator, Sequence


from evtcli.api.core import StoreCore, WriteContext
from evtcli.api.resolve import LogRange, check_filters, log_range
from evtcli.domain.events import Envelope
from evtcli.domain.anchors import Anchor
from evtcli.errors import IntegrityProblem, UsageProblem
from evtcli.progress import Progress
from evtcli.store import dialect
from evtcli.store.chain import head

# Shortened ids keep at least this many characters, as git's abbreviated hashes do.
SHORT_ID = 8
# An import that appends this many events or more refreshes the planner's statistics.
BULK_LOAD = 10_000

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from evtcli.api.results import Stats
    from evtcli.audit.report import VerifyReport
    from evtcli.jsonl import ImportSummary
    from evtcli.projections.results import Difference, ProjectionStatus, ReplayResult

# Import, export and verify are imported by the methods that use them: a command
# such as `user list` starts faster without them.

KeysSink = Callable[[Iterator[str]], object]  # given the lines of a keys file


class _RolledBack(Exception):
    """Ends a dry run's write transaction: ``_write`` rolls back on any exception."""


class LogCommands(StoreCore):
    """Reading, moving and checking the whole log, across every aggregate."""

    def head(self) -> int:
        with self._read() as conn:
            return head(conn)[0]

    def head_event(self) -> Envelope | None:
        """The last event of the log (its position, hash and time are the log's anchor),
        or None when the log is empty."""
        with self._read() as conn:
            position = head(conn)[0]
            if not position:
                return None
            event = self.log.read_position(conn, position)
        if event is None:
            raise IntegrityProblem(
                f"the head names position {position}, which the log does not hold", "run 'evtcli verify'"
            )
        return event

    def event_count(self) -> int:
        """Number of events in the log (equal to the head position when gap-free)."""
        with self._read() as conn:
            return self.log.event_count(conn)

    # -- tail and follow ------------------------------------------------------------

    def tail(
        self,
        count: int = 10,
        *,
        types: Sequence[str] | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        since: int | str = 0,
        until: int | str | None = None,
    ) -> tuple[list[Envelope], int]:
        """The last ``count`` matching events in the range ``since``..``until`` (see
        :func:`~evtcli.api.resolve.log_range`: a position or an ISO 8601 time each),
        and the head position they were read at."""
        if count < 0:
            raise UsageProblem(f"cannot show {count} events", "give a count of 0 or more")
        bounds = log_range(since, until)
        types, aggregate = check_filters(self.model, types, aggregate)
        with self._read() as conn:
            if aggregate_id is not None:
                aggregate_id = self.references.resolve_any(conn, aggregate_id, aggregate)
            # Head first, then events up to it: the pair stays consistent even where
            # each statement sees newly committed rows (PostgreSQL's READ COMMITTED).
            position = head(conn)[0]
            events = self.log.read_last(
                conn,
                count,
                after=bounds.after,
                up_to=position if bounds.up_to is None else min(position, bounds.up_to),
                aggregate=aggregate,
                types=types,
                aggregate_id=aggregate_id,
                recorded_since=bounds.recorded_since,
                recorded_until=bounds.recorded_until,
            )
            return self.unsealed(conn, events), position

    def follow(
        self,
        after: int,
        *,
        types: Sequence[str] | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        recorded_since: str | None = None,
        poll_interval: float = 0.1,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Envelope]:
        """Yield events committed after position ``after`` as they arrive, until ``stop()``
        (only those recorded at or after ``recorded_since``, when given).

        Positions are handed out by a single writer at a time, so polling by position
        never skips an event that commits late.
        """
        types, aggregate = check_filters(self.model, types, aggregate)
        if aggregate_id is not None:
            with self._read() as conn:
                aggregate_id = self.references.resolve_any(conn, aggregate_id, aggregate)
        while not stop():
            with self._read() as conn:
                position = head(conn)[0]
                events = []
                if position > after:
                    events = self.unsealed(
                        conn,
                        self.log.read_after(
                            conn,
                            after,
                            up_to=position,
                            aggregate=aggregate,
                            types=types,
                            aggregate_id=aggregate_id,
                            recorded_since=recorded_since,
                        ),
                    )
            yield from events
            if position > after:
                after = position
                continue
            time.sleep(poll_interval)

    def short_ids(self, ids: Sequence[str], aggregates: Sequence[str] | None = None) -> dict[str, str]:
        """Each id shortened to its shortest unique prefix of at least 8 characters.

        Unique among every stream in the log of ``aggregates`` (all of them when not
        given), so a shortened id works as a reference: USER or GROUP for one
        aggregate, ``events tail --id`` for all.
        """
        from evtcli.store.prefixes import unique_prefix_lengths  # terminal tables only

        columns = []
        for name in aggregates or self.log.aggregates:
            table, id_column = self.log.table(name)
            columns.append(table.c[id_column])
        with self._read() as conn:
            lengths = unique_prefix_lengths(conn, columns, ids, SHORT_ID)
        return {value: value[:length] for value, length in lengths.items()}

    # -- projections ----------------------------------------------------------------

    def replay(self, projection: str | None = None, progress: Progress = None) -> list[ReplayResult]:
        """Rebuild projections from the log in one transaction: readers see old or new.

        The hash chain is checked first, and that no projection has applied events
        past the head: a broken or cut-back log raises IntegrityProblem and nothing
        is written. ``progress`` gets the events checked and those folded (the checked
        ones at the end when a second process checks them: see ``chain_check``).
        """
        from evtcli.api import chain_check
        from evtcli.domain.declared import MODEL

        self.projections.names(projection)  # an unknown name is refused before the lock
        # A tampered log would be folded into the projections as if it were true:
        # refuse it before anything is committed (inside the lock, so it is the log
        # that is replayed). With a second CPU the check runs beside the fold.
        with self._write() as conn, chain_check.ReplayCheck(
            lambda given: self.log.check_chain(conn, given),
            self.location.opening_text(),
            head(conn)[0],
            self.model is MODEL,
        ) as chain:
            chain.before_fold(progress)
            # A log cut back and chained again passes that: the checkpoints remember more.
            self.projections.refuse_ahead(conn)
            try:
                results = self.projections.replay(conn, projection, progress)
            except IntegrityProblem:
                chain.after_fold(None)  # a broken chain is the first problem, as when checked first
                raise
            chain.after_fold(progress)
            return results

    def diff_projections(
        self, projection: str | None = None, progress: Progress = None, limit: int | None = None
    ) -> list[Difference]:
        """Rebuild aside and compare with the live projections; changes nothing."""
        self.projections.names(projection)
        with self._read() as conn:
            return list(self.projections.diff(conn, projection, progress, limit))

    def projection_names(self, projection: str | None = None) -> list[str]:
        """The projections' names (only ``projection`` when given, after checking it exists)."""
        return self.projections.names(projection)

    def projection_status(self) -> list[ProjectionStatus]:
        with self._read() as conn:
            return self.projections.status(conn)

    def stats(self) -> Stats:
        """Events per aggregate and type, streams per status, projection and consumer lag,
        head and size."""
        from evtcli.api.consumers import consumer_statuses
        from evtcli.api.results import AggregateStats, Stats

        with self._read() as conn:
            aggregates = []
            for name, aggregate in self.model.aggregates.items():
                stored = self.log.type_counts(conn, name)
                # A stored type the model does not declare is counted too (verify names it).
                events = {type_name: stored.pop(type_name, 0) for type_name in aggregate.event_types} | stored
                aggregates.append(
                    AggregateStats(
                        name,
                        events,
                        self.projections.status_counts(conn, aggregate),
                        self.projections.snapshots.count(conn, name),
                    )
                )
            return Stats(
                head=head(conn)[0],
                aggregates=aggregates,
                projections=self.projections.status(conn),
                database_bytes=dialect.database_size(conn, self.location),
                consumers=consumer_statuses(self, conn),
            )

    # -- import, export, verify -------------------------------------------------------

    def import_events(
        self,
        stream: BinaryIO,
        *,
        context: WriteContext = WriteContext(command="events import"),
        progress: Progress = None,
        keys: BinaryIO | None = None,
        dry_run: bool = False,
    ) -> ImportSummary:
        """Append the events of a binary JSON Lines stream in one transaction, all or nothing.

        Idempotent by ``event_id``; an error names the first bad line (1-based).
        Lines without metadata get ``context``'s. ``progress`` receives bytes read.
        ``keys`` is a keys file (``export_lines(keys_to=…)``) with the keys that open
        the events' sealed values; they are stored with the events. With ``dry_run``
        every line is checked and written as a real import does, in a transaction
        that is then rolled back: the summary says what would be appended and skipped.
        """
        from evtcli import jsonl
        from evtcli.jsonl.keys import read_keys

        started = time.perf_counter()
        metadata = context.metadata(self.actor)
        given = read_keys(keys, self.model) if keys is not None else {}
        try:
            with self._write() as conn:
                writer = self._writer(conn)
                for aggregate, aggregate_keys in given.items():
                    writer.keyring.give(aggregate, aggregate_keys)
                with dialect.appending_in_bulk(conn, [table for table, _ in self.log.tables.values()]) as in_bulk:
                    summary = jsonl.import_stream(
                        writer, stream, default_metadata=metadata, progress=progress, before_appending=in_bulk
                    )
                # Read after the events are in: a stream the file itself forgets counts too.
                forgotten = self._forgotten(conn, given)
                left_out = writer.keyring.store_given(forgotten)
                if dry_run:
                    raise _RolledBack()  # everything checked; the transaction is rolled back
        except _RolledBack:
            return replace(
                summary, seconds=time.perf_counter() - started, forgotten_keys=left_out, head=summary.head - summary.appended,
                dry_run=True,
            )
        if summary.appended >= BULK_LOAD:
            dialect.refresh_statistics(self.engine, [table.name for table, _ in self.log.tables.values()])
        return replace(summary, seconds=time.perf_counter() - started, forgotten_keys=left_out)

    def _forgotten(self, conn: Connection, aggregates: Iterable[str]) -> dict[str, set[str]]:
        """aggregate -> the ids of its forgotten streams (those with an event that forgets)."""
        return {name: self.log.ids_with_types(conn, name, self.model.aggregates[name].erasing_types) for name in aggregates}

    def export_lines(
        self,
        *,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        types: Sequence[str] | None = None,
        since: int | str = 0,
        until: int | str | None = None,
        keys_to: KeysSink | None = None,
    ) -> Iterator[str]:
        """Canonical JSON Lines (without newlines) of the events in the range
        ``since``..``until`` (see :func:`~evtcli.api.resolve.log_range`), of ``types``.

        Filters are checked now; the lines are read lazily, in one read transaction
        that stays open while the iterator is consumed. Events go out as stored,
        sealed values sealed; keys only to ``keys_to``, which is given the lines of
        the keys of the exported streams that have one (not the forgotten) once the
        last event line is read.
        """
        bounds = log_range(since, until)
        types, aggregate = check_filters(self.model, types, aggregate)
        if aggregate_id is not None:
            with self._read() as conn:
                aggregate_id = self.references.resolve_any(conn, aggregate_id, aggregate)
        return self._export_lines(aggregate, aggregate_id, types, bounds, keys_to)

    def _export_lines(
        self,
        aggregate: str | None,
        aggregate_id: str | None,
        types: Sequence[str] | None,
        bounds: LogRange,
        keys_to: KeysSink | None,
    ) -> Iterator[str]:
        from evtcli import jsonl
        from evtcli.jsonl.keys import key_lines
        from evtcli.store.keys import Keyring, key_tables

        with self._read() as conn:
            up_to = head(conn)[0]  # bounded by the head seen first, as tail is
            if bounds.up_to is not None:
                up_to = min(up_to, bounds.up_to)
            rows = self.log.read_raw(
                conn,
                bounds.after,
                up_to=up_to,
                aggregate=aggregate,
                aggregate_id=aggregate_id,
                types=types,
                recorded_since=bounds.recorded_since,
                recorded_until=bounds.recorded_until,
            )
            if keys_to is None:
                yield from map(jsonl.export_line, rows)
                return
            sealed = key_tables(self.model)
            exported: dict[str, set[str]] = {name: set() for name in sealed}
            for row in rows:
                if row.aggregate in exported:
                    exported[row.aggregate].add(row.aggregate_id)
                yield jsonl.export_line(row)
            keyring = Keyring(conn, self.model)
            # Never a forgotten stream's key, even one that came back into the key table.
            forgotten = self._forgotten(conn, exported)
            keys_to(
                key_lines(
                    (name, aggregate_id, key)
                    for name, ids in exported.items()
                    for aggregate_id, key in keyring.export(name, ids - forgotten[name])
                )
            )

    def verify(
        self, progress: Progress = None, limit: int | None = None, anchors: Sequence[Anchor] = ()
    ) -> VerifyReport:
        """Check positions, the hash chain, versions, the fold and every projection, and
        that the event at each of ``anchors`` (:func:`evtcli.api.parse_anchor`) still
        has the anchored hash.

        Changes nothing; reports at most ``limit`` problems (default 20; see ``report.error()``).
        """
        from evtcli.audit import verify as integrity

        started = time.perf_counter()
        with self._read() as conn:
            report = integrity.verify(
                conn,
                self.projections,
                anchors=anchors,
                progress=progress,
                limit=integrity.DEFAULT_LIMIT if limit is None else limit,
            )
        return replace(report, seconds=time.perf_counter() - started)
