"""Tables, the schema version record, and creating or upgrading the schema.

Event tables are made from the declared model: one ``<aggregate>_events`` table per
aggregate with the same envelope columns, constraints and triggers. Projection
tables are declared by the projections and handed in; they hold nothing the log
does not, so an upgrade drops and rebuilds them.

Payload and metadata are stored as canonical JSON text rather than a JSON type:
the hash chain is computed over those exact bytes, and text keeps them identical
on SQLite and PostgreSQL (PostgreSQL's jsonb would reorder keys).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    inspect,
    select,
    update,
)

from evtcli.errors import (
    ConcurrencyConflict,
    EvtcliError,
    NotAnEvtcliDatabase,
    RuleViolation,
    SchemaTooNew,
    SchemaTooOld,
)
from evtcli.store import dialect

# 1: user_events and users (Created, Destroyed). 2: the declared model: the users
# projection gains status, disabled and the email claim. 3: groups (group_events,
# groups, group_members). 4: personal data sealed with per-user keys (user_keys);
# old events stay as they are. 5: snapshots (<aggregate>_snapshots) and a linear fold.
# 6: the event tables refuse INSERT OR REPLACE (SQLite) and their triggers fire in
# every session, replication ones included (PostgreSQL); see create_immutability_triggers.
# 7: consumers (named feeds for other systems, their checkpoints and filters).
# Every upgrade rebuilds every projection and snapshot. A change to a projection's
# columns alone needs no new schema version: bumping the projection's own version
# makes replay recreate its tables (see evtcli.projections).
SCHEMA_VERSION = 7
APPLICATION = "evtcli"

metadata = MetaData()

# SQLite makes an INTEGER PRIMARY KEY the rowid (no second index); other databases get BIGINT.
PositionType = BigInteger().with_variant(Integer(), "sqlite")

evtcli_meta = Table(
    "evtcli_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row: the last position handed out and the hash of the event there. Updating it
# in every append transaction makes positions gap-free and in commit order.
event_log_head = Table(
    "event_log_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("position", BigInteger, nullable=False),
    Column("hash", String(80), nullable=False),
    CheckConstraint("id = 1", name="event_log_head_single_row"),
)

projection_checkpoints = Table(
    "projection_checkpoints",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
)

# The consumers of the log (SPEC §12): outside the hash chain, and not derived from
# the log either (a checkpoint says what another system has received): upgrades keep
# the rows. ``aggregates`` and ``types`` are the filters, as JSON arrays (empty: all).
consumers = Table(
    "consumers",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("aggregates", Text, nullable=False),
    Column("types", Text, nullable=False),
    Column("checkpoint", BigInteger, nullable=False),
    Column("created_at", dialect.byte_ordered(32), nullable=False),
    Column("last_delivery", dialect.byte_ordered(32), nullable=True),
    Column("holder", String(300), nullable=True),  # who holds it now (pid and host), for messages
)

META_TABLES = (evtcli_meta, event_log_head, projection_checkpoints, consumers)

_event_tables: dict[str, Table] = {}


def event_table(aggregate: str, id_column: str) -> Table:
    """The event table of an aggregate (made once per process, on first use)."""
    table = _event_tables.get(aggregate)
    if table is None:
        name = f"{aggregate}_events"
        table = Table(
            name,
            metadata,
            Column("position", PositionType, autoincrement=False),
            Column("event_id", dialect.byte_ordered(36), nullable=False),
            Column(id_column, dialect.byte_ordered(36), nullable=False),
            Column("version", Integer, nullable=False),
            Column("type", String(64), nullable=False),
            Column("schema_version", Integer, nullable=False),
            Column("payload", Text, nullable=False),
            Column("metadata", Text, nullable=False),
            Column("recorded_at", dialect.byte_ordered(32), nullable=False),
            Column("hash", String(80), nullable=False),
            PrimaryKeyConstraint("position", name=f"{name}_pkey"),
            UniqueConstraint("event_id", name=f"{name}_event_id_key"),
            UniqueConstraint(id_column, "version", name=f"{name}_stream_version_key"),
            CheckConstraint("version >= 1", name=f"{name}_version_positive"),
            # SQLite: the trigger that refuses a replacing INSERT raises FAIL, and
            # evtcli's own INSERTs fail rather than abort. Nothing differs for one row
            # (every check precedes the write), but SQLite then keeps no statement
            # journal: with ABORT it copies every page each row touches, which inside
            # an import's savepoint is a temporary file and made imports 10-17% slower.
            info={"insert_prefixes": {"sqlite": "OR FAIL"}},
        )
        Index(f"{name}_type_position", table.c.type, table.c.position)
        _event_tables[aggregate] = table
    return table


ErrorFactory = Callable[[], EvtcliError]


@dataclass
class Schema:
    """Every table of one model: the meta tables, its event tables, its projections' tables.

    ``constraint_errors`` names the error each named constraint stands for, so a
    driver error is told apart by the constraint it names (PostgreSQL) or by the
    columns SQLite reports, never by the wording of a message.
    """

    event_tables: Mapping[str, Table]  # aggregate -> its event table
    projection_tables: Sequence[Table]
    key_tables: Sequence[Table] = ()  # data, like the event tables: kept by upgrades
    snapshot_tables: Sequence[Table] = ()  # derived, like the projections: rebuilt by upgrades
    projection_errors: Mapping[str, ErrorFactory] = field(default_factory=dict)
    constraint_errors: dict[str, ErrorFactory] = field(init=False)
    unique_columns: dict[tuple[str, tuple[str, ...]], str] = field(init=False)

    def __post_init__(self) -> None:
        self.constraint_errors = dict(self.projection_errors)
        for aggregate, table in self.event_tables.items():
            self.constraint_errors.update(_event_table_errors(aggregate, table.name))
        self.unique_columns = {}
        for table in self.tables:
            for constraint in table.constraints:
                if isinstance(constraint, (UniqueConstraint, PrimaryKeyConstraint)) and constraint.name:
                    self.unique_columns[(table.name, tuple(c.name for c in constraint.columns))] = str(constraint.name)
            for index in table.indexes:
                if index.unique and index.name:
                    self.unique_columns[(table.name, tuple(c.name for c in index.columns))] = str(index.name)
            for name, columns in table.info.get("unique_indexes", {}).items():  # see dialect.partial_unique_index
                self.unique_columns[(table.name, tuple(columns))] = name

    @property
    def tables(self) -> list[Table]:
        return [*META_TABLES, *self.event_tables.values(), *self.key_tables, *self.derived_tables]

    @property
    def derived_tables(self) -> list[Table]:
        """Tables that hold only what the log holds: an upgrade drops and rebuilds them."""
        return [*self.snapshot_tables, *self.projection_tables]


def _event_table_errors(aggregate: str, table: str) -> dict[str, ErrorFactory]:
    return {
        f"{table}_stream_version_key": lambda: ConcurrencyConflict(
            f"another writer appended to this {aggregate} first", "retry the command"
        ),
        # Writers take turns, so a clash of positions is a race lost to another writer.
        f"{table}_pkey": lambda: ConcurrencyConflict("another writer took this position first", "retry the command"),
        f"{table}_event_id_key": lambda: RuleViolation(
            "an event with this event_id is stored already", "give the event another event_id"
        ),
        f"{table}_version_positive": lambda: RuleViolation("versions start at 1", "number a stream's events 1, 2, 3 …"),
    }


def stored_schema_version(conn: Connection) -> int | None:
    """The schema version recorded in the database, or None for an empty database.

    Raises NotAnEvtcliDatabase when the database holds tables that are not evtcli's.
    """
    tables = set(inspect(conn).get_table_names())
    if "evtcli_meta" not in tables:
        if tables:
            raise NotAnEvtcliDatabase(
                "the database holds other tables and no evtcli schema",
                "point --db at an evtcli database or a new file",
            )
        return None
    rows = dict(conn.execute(select(evtcli_meta.c.key, evtcli_meta.c.value)).all())
    if rows.get("application") != APPLICATION or "schema_version" not in rows:
        raise NotAnEvtcliDatabase(
            "the database has an evtcli_meta table but no evtcli schema record",
            "point --db at an evtcli database or a new file",
        )
    return int(rows["schema_version"])


def check_schema(conn: Connection) -> None:
    """Refuse a database that is not initialised, older, or written by a newer evtcli."""
    version = stored_schema_version(conn)
    if version is None:
        raise NotAnEvtcliDatabase("the database has no evtcli schema", "run 'evtcli init' to create it")
    refuse_other_version(version)


def refuse_other_version(version: int) -> None:
    """Refuse a database of another schema version than this evtcli's."""
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {version}, newer than this evtcli's {SCHEMA_VERSION}",
            "upgrade evtcli to use it",
        )
    if version < SCHEMA_VERSION:
        raise SchemaTooOld(
            f"the database has schema version {version}, older than this evtcli's {SCHEMA_VERSION}",
            "run 'evtcli init' to upgrade it (it keeps a copy of the old database)",
        )


def create_schema(conn: Connection, schema: Schema, projection_versions: Mapping[str, int]) -> None:
    """Create every table in an empty database (inside the caller's write transaction)."""
    metadata.create_all(conn, tables=schema.tables)
    create_immutability_triggers(conn, schema)
    conn.execute(
        evtcli_meta.insert(),
        [
            {"key": "application", "value": APPLICATION},
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        ],
    )
    conn.execute(event_log_head.insert().values(id=1, position=0, hash=""))
    set_checkpoints(conn, projection_versions, position=0)


def holds_nothing(conn: Connection) -> bool:
    """True when the schema holds nothing but what create_schema wrote: no event, no
    consumer. (Keys, snapshots and projection rows come only with events.)"""
    position = conn.execute(select(event_log_head.c.position)).scalar()
    return not position and conn.execute(select(consumers.c.name).limit(1)).first() is None


def drop_schema(conn: Connection, schema: Schema) -> None:
    """Drop everything create_schema made, in the caller's write transaction: a first
    write that was refused leaves a server database as empty as it found it."""
    metadata.drop_all(conn, tables=schema.tables)
    for table in schema.event_tables.values():
        dialect.drop_immutability_triggers(conn, table)


def upgrade_schema(conn: Connection, schema: Schema, projection_versions: Mapping[str, int]) -> None:
    """Bring an older schema to this version; the caller then rebuilds every projection.

    Event and key tables are kept as they are (their rows are the data; new
    aggregates get new tables), and every event table gets the append-only
    triggers of this version. Projection and snapshot tables hold only what the log
    holds, so they are dropped and made anew in the current shape, and the
    projections' checkpoints set back to 0.
    """
    existing = set(inspect(conn).get_table_names())
    for table in reversed(schema.derived_tables):
        if table.name in existing:
            table.drop(conn)
    missing_events = [table for table in schema.event_tables.values() if table.name not in existing]
    missing_keys = [table for table in schema.key_tables if table.name not in existing]
    missing_meta = [table for table in META_TABLES if table.name not in existing]
    metadata.create_all(conn, tables=[*missing_meta, *missing_events, *missing_keys, *schema.derived_tables])
    create_immutability_triggers(conn, schema)
    conn.execute(
        update(evtcli_meta).where(evtcli_meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
    )
    set_checkpoints(conn, projection_versions, position=0)


def create_immutability_triggers(conn: Connection, schema: Schema) -> None:
    """Give every event table its append-only triggers, or make them again where they
    are missing, changed or disabled; those in place are kept (``evtcli init``)."""
    for table in schema.event_tables.values():
        dialect.create_immutability_triggers(conn, table)


def recreate_tables(conn: Connection, tables: Sequence[Table]) -> None:
    """Drop these tables where they exist and create them anew from their current
    definition, indexes included, in the caller's transaction.

    For derived tables only (a projection's): what they held is rebuilt from the log.
    DDL is transactional on SQLite and PostgreSQL alike: until the commit, other
    connections see the old tables (PostgreSQL makes a reader of them wait for the
    commit), then the new ones. One exception, as with TRUNCATE: a PostgreSQL
    REPEATABLE READ transaction whose snapshot is older than the commit, and that
    first reads the tables after it, finds them empty.
    """
    for table in reversed(tables):
        table.drop(conn, checkfirst=True)
    for table in tables:
        table.create(conn)


def set_checkpoints(conn: Connection, versions: Mapping[str, int], *, position: int) -> None:
    """(Re)write the checkpoint rows of these projections."""
    if not versions:
        return
    conn.execute(delete(projection_checkpoints).where(projection_checkpoints.c.name.in_(list(versions))))
    conn.execute(
        projection_checkpoints.insert(),
        [{"name": name, "position": position, "version": version} for name, version in versions.items()],
    )
