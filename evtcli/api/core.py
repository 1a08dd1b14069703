"""The store itself: the model it holds, transactions, the schema, how references
resolve, and folding a stream from its latest snapshot. The writes are in
:mod:`evtcli.api.writes`, the reads of streams in :mod:`evtcli.api.streams`.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from evtcli.api.resolve import References, parse_at
from evtcli.domain.events import Envelope
from evtcli.domain.registry import Model
from evtcli.domain.validation import refuse_non_utf8
from evtcli.errors import NotFound
from evtcli.projections.base import Projection
from evtcli.projections.runner import Projections
from evtcli.projections.streams import StreamTable
from evtcli.store import dialect, schema
from evtcli.store.keys import Keyring, key_tables
from evtcli.store.log import EventLog

if TYPE_CHECKING:
    from evtcli.api.results import SchemaChange
    from evtcli.domain.passwords import PasswordHasher
    from evtcli.write.writer import Writer


@dataclass(frozen=True)
class WriteContext:
    """Who and what a write is for: recorded in every event's metadata."""

    command: str = "api"
    correlation_id: str | None = None
    causation_id: str | None = None

    def metadata(self, actor: str) -> dict[str, Any]:
        data: dict[str, Any] = {"actor": actor, "command": self.command}
        if self.correlation_id is not None:
            data["correlation_id"] = refuse_non_utf8(self.correlation_id, "correlation id")
        if self.causation_id is not None:
            data["causation_id"] = refuse_non_utf8(self.causation_id, "causation id")
        return data


class StoreCore:
    """Transactions, schema and the generic write; :class:`evtcli.api.Store` adds the use cases."""

    def __init__(
        self,
        engine: Engine,
        location: dialect.Location,
        *,
        model: Model,
        projections: Sequence[Projection],
        password_hasher: PasswordHasher | None,
        actor: str | Callable[[], str],
        clock: Callable[[], datetime],
        new_id: Callable[[], str],
    ) -> None:
        self.engine = engine
        self.location = location
        self.model = model
        self._password_hasher = password_hasher  # None: the default, made when first used
        self._actor = actor  # or how to find it, when a write first needs it
        self.clock = clock
        self.new_id = new_id
        self.created_file = False  # set by open_store: this opening made the SQLite file
        self.created_schema = False  # set by open_store: this opening made the schema
        self._schema_change: SchemaChange | None = None
        self._projections = list(projections)
        for projection in self._projections:
            model.aggregate(projection.aggregate)  # a projection of an undeclared aggregate is a bug
        # The log, the projections' runner and the schema are made when first used:
        # a command that reads a projection (user list, user show) needs none of them.

    @cached_property
    def log(self) -> EventLog:
        model = self.model
        tables = {name: schema.event_table(name, aggregate.id_column) for name, aggregate in model.aggregates.items()}
        return EventLog({name: (table, model.aggregates[name].id_column) for name, table in tables.items()})

    @cached_property
    def references(self) -> References:
        """What people type as a stream, resolved to its id (for every aggregate)."""
        return References(self.model, self._projections, lambda: self.log)

    def stream_table(self, aggregate: str) -> StreamTable:
        """The projection with one row per stream of ``aggregate``, which its listings
        and references read; refused for an aggregate that has none."""
        return self.references.listed(aggregate)

    @cached_property
    def projections(self) -> Projections:
        return Projections(self.model, self.log, self._projections)

    @cached_property
    def schema(self) -> schema.Schema:
        errors: dict[str, Any] = {}
        for projection in self._projections:
            errors.update(projection.constraint_errors)
        return schema.Schema(
            event_tables={name: table for name, (table, _) in self.log.tables.items()},
            key_tables=list(key_tables(self.model).values()),
            snapshot_tables=list(self.projections.snapshots.tables.values()),
            projection_tables=[table for projection in self._projections for table in projection.tables],
            projection_errors=errors,
        )

    @property
    def schema_change(self) -> SchemaChange:
        """What opening the store did to the schema (see init()): nothing, unless set."""
        if self._schema_change is None:
            from evtcli.api.results import SchemaChange

            self._schema_change = SchemaChange(schema.SCHEMA_VERSION, schema.SCHEMA_VERSION)
        return self._schema_change

    @schema_change.setter
    def schema_change(self, change: SchemaChange) -> None:
        self._schema_change = change

    @property
    def password_hasher(self) -> PasswordHasher:
        if self._password_hasher is None:
            from evtcli.domain.passwords import PasswordHasher  # passlib waits until a hash is made

            self._password_hasher = PasswordHasher()
        return self._password_hasher

    @password_hasher.setter
    def password_hasher(self, hasher: PasswordHasher) -> None:
        self._password_hasher = hasher

    @property
    def actor(self) -> str:
        """Who writes: recorded in the metadata of every event this store appends."""
        if callable(self._actor):
            self._actor = self._actor()
        return self._actor

    # -- transactions -------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction, alone among writers; driver errors become typed errors."""
        with self._translated():
            with self.engine.connect() as conn:
                transaction = dialect.begin_write(conn)
                try:
                    yield conn
                except BaseException:
                    transaction.rollback()
                    raise
                transaction.commit()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction: a consistent snapshot of the log and projections."""
        with self._translated(), self.engine.connect() as conn, dialect.begin_snapshot(conn):
            yield conn
            dialect.check_unchanged(conn)

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Driver errors the store expects become typed errors; anything else is a bug
        and goes on as it is (the CLI reports it as an internal error)."""
        try:
            yield
        except DBAPIError as exc:
            translated = dialect.translate_error(exc, self.schema.constraint_errors, self.schema.unique_columns)
            if translated is None:
                raise
            raise translated from exc

    def readable_by_others(self) -> bool:
        """True for a SQLite file other users may read (it holds password hashes) that this
        user may change the mode of: a reader who does not own it can do nothing about it."""
        path = self.location.path
        return path is not None and dialect.world_readable(path) and dialect.owned(path)

    def close(self, *, failed: bool = False) -> None:
        """Close the store. ``failed``: the work it was opened for was refused or
        interrupted; a SQLite file that opening created is then removed (a refused
        command leaves no database behind), and so is a schema it created in an
        existing database (a PostgreSQL one), unless another process wrote to it."""
        try:
            if failed and self.created_file and self.location.path is not None:
                self._remove_created_file(self.location.path)
            elif failed and self.created_schema:
                self._remove_created_schema()
        finally:
            self.engine.dispose()

    def _remove_created_file(self, path: Path) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from evtcli.errors import EvtcliError
        from evtcli.store.chain import head

        try:
            with self._write() as conn:
                # Under the write lock: no other process can commit between this look
                # and the removal. Events mean it is someone else's database now.
                if schema.stored_schema_version(conn) is not None and head(conn)[0] != 0:
                    return
                dialect.remove_database_files(path)
                raise _Removed
        except _Removed:
            pass  # rolled back: nothing to keep in a file that is gone
        except (EvtcliError, SQLAlchemyError, OSError):
            pass  # busy or unreadable: leave the file rather than guess

    def _remove_created_schema(self) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        from evtcli.errors import EvtcliError

        try:
            with self._write() as conn:
                # Under the write lock, as for a file: an event or a consumer another
                # process stored since means the schema is in use now.
                if schema.stored_schema_version(conn) is not None and schema.holds_nothing(conn):
                    schema.drop_schema(conn, self.schema)
        except (EvtcliError, SQLAlchemyError):
            pass  # busy or refused: leave the schema rather than guess

    def __enter__(self) -> "StoreCore":
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        self.close(failed=exc_type is not None)

    # -- schema -------------------------------------------------------------------

    def init(self, *, upgrade: bool = True) -> SchemaChange:
        """Create the schema in an empty database, or upgrade an older one (one transaction);
        with ``upgrade``, a current one gets back any append-only trigger it lost.

        An upgrade first saves a copy of a SQLite file beside it as
        ``<file>.schema-<old>.bak``, then rebuilds every projection from the log.
        """
        from evtcli.api.results import SchemaChange

        with self._write() as conn:
            before = schema.stored_schema_version(conn)
            if before is None:
                schema.create_schema(conn, self.schema, self.projections.versions)
                return SchemaChange(None, schema.SCHEMA_VERSION)
            if before == schema.SCHEMA_VERSION:
                if upgrade:  # evtcli init: append-only triggers dropped or disabled since are made again
                    schema.create_immutability_triggers(conn, self.schema)
                return SchemaChange(before, before)
            if before > schema.SCHEMA_VERSION or not upgrade:
                schema.refuse_other_version(before)
            backup = self._save_copy(before)
            schema.upgrade_schema(conn, self.schema, self.projections.versions)
            self.projections.replay(conn)
            return SchemaChange(before, schema.SCHEMA_VERSION, backup)

    def _save_copy(self, version: int) -> Path | None:
        """A consistent copy of the SQLite file beside it (mode 0600), made while this
        process holds the write lock, so nothing can change between copy and upgrade."""
        return dialect.save_copy(self.location, f".schema-{version}.bak")

    def check(self) -> None:
        """Refuse a database that is not evtcli's, older than this evtcli, or newer."""
        with self._read() as conn:
            schema.check_schema(conn)

    def _writer(self, conn: Connection) -> Writer:
        # Imported here: the write path (rules, batches) is more than a read command needs.
        from evtcli.write.writer import Writer

        return Writer(conn, self.model, self.log, self.projections)

    def fold_as_of(
        self, conn: Connection, aggregate: str, aggregate_id: str, *, at: str | None, version: int | None
    ) -> Any:
        """One stream folded from its latest snapshot at or before the point asked and
        the log after it, as of a time (``--at``, given) or a version (callers refuse
        both first, with ``one_point_in_time``)."""
        until = None if at is None else parse_at(at)
        current = self.log.stream_version(conn, aggregate, aggregate_id)
        if version is not None and not 1 <= version <= current:
            raise NotFound(
                f"{aggregate} {aggregate_id} has versions 1 to {current}, not {version}",
                f"give --version between 1 and {current}",
            )
        start, events = self.snapshot_and_after(conn, aggregate, aggregate_id, version=version, until=until)
        state = self.model.aggregate(aggregate).fold_envelopes(events, start)
        if state is None:
            raise NotFound(f"{aggregate} {aggregate_id} did not exist at {at}", "give a later --at time")
        return state

    def snapshot_and_after(
        self, conn: Connection, aggregate: str, aggregate_id: str, *, version: int | None = None, until: str | None = None
    ) -> tuple[Any, list[Envelope]]:
        """What folds a stream as of a version or a time (the last when neither is
        given): its latest snapshot at or before that point (None: there is none), and
        the events after it up to that point, unsealed."""
        start = self.projections.snapshots.latest(
            conn, self.model.aggregate(aggregate), [aggregate_id], Keyring(conn, self.model),
            up_to_version=version, recorded_until=until,
        ).get(aggregate_id)
        events = self.log.read_stream(
            conn,
            aggregate,
            aggregate_id,
            after_version=0 if start is None else start.version,
            up_to_version=version,
            recorded_until=until,
        )
        return start, self.unsealed(conn, events)

    def unsealed(self, conn: Connection, events: Iterable[Envelope]) -> list[Envelope]:
        """Events as the fold and a reader see them: sealed values opened with their
        keys, or ERASED where the key is gone (a forgotten user)."""
        events = list(events)
        keyring = Keyring(conn, self.model)
        keyring.prefetch_sealed(events)
        declared = self.model.aggregates
        shown = []
        for e in events:
            if e.aggregate in keyring.tables:
                payload = keyring.unseal(declared[e.aggregate], e.aggregate_id, e.type, e.schema_version, e.payload)
                if payload is not e.payload:  # replace() is slow; most events have nothing sealed
                    e = replace(e, payload=payload)
            shown.append(e)
        return shown

class _Removed(Exception):
    """Ends the write transaction of a removal by rolling it back."""
