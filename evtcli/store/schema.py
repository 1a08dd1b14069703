"""Tables, the schema version record, and creating or upgrading the schema.

Payload and metadata are stored as canonical JSON text rather than a JSON type:
the hash chain is computed over those exact bytes, and text keeps them identical
on SQLite and PostgreSQL (PostgreSQL's jsonb would reorder keys).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    inspect,
    select,
)

from evtcli.errors import NotAnEvtcliDatabase, SchemaTooNew
from evtcli.store import dialect

SCHEMA_VERSION = 1
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

user_events = Table(
    "user_events",
    metadata,
    Column("position", PositionType, primary_key=True, autoincrement=False),
    Column("event_id", dialect.byte_ordered(36), nullable=False),
    Column("user_id", dialect.byte_ordered(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("type", String(64), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("payload", Text, nullable=False),
    Column("metadata", Text, nullable=False),
    Column("recorded_at", dialect.byte_ordered(32), nullable=False),
    Column("hash", String(80), nullable=False),
    UniqueConstraint("event_id", name="user_events_event_id_key"),
    UniqueConstraint("user_id", "version", name="user_events_stream_version_key"),
    CheckConstraint("version >= 1", name="user_events_version_positive"),
)
Index("user_events_type_position", user_events.c.type, user_events.c.position)

users = Table(
    "users",
    metadata,
    Column("id", dialect.byte_ordered(36), primary_key=True),
    Column("name", Text, nullable=False),
    Column("email", Text, nullable=False),
    Column("email_key", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", dialect.byte_ordered(32), nullable=False),
    Column("updated_at", dialect.byte_ordered(32), nullable=False),
    Column("deleted_at", dialect.byte_ordered(32)),
    Column("deleted_reason", Text),
)


@cache
def _live_email_index() -> Index:
    """Emails are unique among live users only: a destroyed user's email may be reused.

    Made when the schema is created rather than at import: naming ``postgresql_where``
    loads SQLAlchemy's PostgreSQL dialect (about 60 ms), which a command that only
    reads a SQLite file never needs.
    """
    return Index(
        "users_live_email_key",
        users.c.email_key,
        unique=True,
        sqlite_where=users.c.deleted == false(),
        postgresql_where=users.c.deleted == false(),
    )


projection_checkpoints = Table(
    "projection_checkpoints",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
)

# Aggregate type -> (event table, name of its aggregate id column).
EVENT_TABLES = {"user": (user_events, "user_id")}


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
    """Refuse a database that is not initialised or was written by a newer evtcli."""
    version = stored_schema_version(conn)
    if version is None:
        raise NotAnEvtcliDatabase(
            "the database has no evtcli schema", "run 'evtcli init' to create it"
        )
    _refuse_newer(version)


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {version}, newer than this evtcli's {SCHEMA_VERSION}",
            "upgrade evtcli to use it",
        )


def ensure_schema(conn: Connection, projections: dict[str, int]) -> bool:
    """Create the schema in an empty database or upgrade an older one; idempotent.

    Runs inside the caller's write transaction. Returns True when it created the schema.
    """
    version = stored_schema_version(conn)
    if version is not None:
        _refuse_newer(version)
        # No older schema versions exist yet; upgrades from them would go here.
        return False
    metadata.create_all(conn)
    # checkfirst: once made, the index belongs to the table and create_all made it too.
    _live_email_index().create(conn, checkfirst=True)
    for table, _ in EVENT_TABLES.values():
        dialect.create_immutability_triggers(conn, table.name)
    conn.execute(
        evtcli_meta.insert(),
        [
            {"key": "application", "value": APPLICATION},
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        ],
    )
    conn.execute(event_log_head.insert().values(id=1, position=0, hash=""))
    conn.execute(
        projection_checkpoints.insert(),
        [{"name": name, "position": 0, "version": version} for name, version in projections.items()],
    )
    return True
