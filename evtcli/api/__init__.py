"""The public library API: one :class:`Store` method per use case, one transaction each.

The CLI and the web pages are thin clients of this package; tests use it directly
too. Reads of any aggregate's streams are in ``streams`` (get, list, history, fold,
resolve), the generic write every write command goes through in ``writes``, the
writes of each aggregate in ``users`` and ``groups``, the log as a whole in ``log``
and ``browse``, all on top of ``core`` (transactions, schema, references).
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Sequence

from evtcli.api.browse import BrowseCommands, public_state, shown_event
from evtcli.api.consumers import ConsumerBusy, ConsumerCommands, ConsumerStatus
from evtcli.api.core import WriteContext
from evtcli.api.groups import GroupCommands
from evtcli.api.log import LogCommands
from evtcli.api.streams import ListingShape, StreamReads, listing_shape
from evtcli.api.trace import Trace, TraceCommands, TracedEvent
from evtcli.api.users import UserCommands
from evtcli.domain.anchors import Anchor, parse_anchor, read_anchors
from evtcli.domain.declared import MODEL
from evtcli.domain.registry import Model
from evtcli.domain.naming import MIN_PREFIX
from evtcli.projections.base import Projection
from evtcli.projections.declared import PROJECTIONS
from evtcli.projections.runner import select_projections
from evtcli.projections.streams import Which
from evtcli.store import dialect

if TYPE_CHECKING:
    from evtcli.domain.passwords import PasswordHasher
    from evtcli.api.results import AggregateStats, EventContext, SchemaChange, Stats, TimelinePage
    from evtcli.audit.report import VerifyReport
    from evtcli.jsonl import ImportSummary
    from evtcli.projections.results import Difference, ProjectionStatus, ReplayResult

__all__ = [
    "MIN_PREFIX",
    "Anchor",
    "ConsumerBusy",
    "ConsumerStatus",
    "parse_anchor",
    "read_anchors",
    "AggregateStats",
    "Difference",
    "EventContext",
    "ImportSummary",
    "ListingShape",
    "ProjectionStatus",
    "ReplayResult",
    "check_projection",
    "listing_shape",
    "SchemaChange",
    "Stats",
    "Store",
    "TimelinePage",
    "Trace",
    "TracedEvent",
    "VerifyReport",
    "Which",
    "WriteContext",
    "open_store",
    "public_state",
    "shown_event",
]


def check_projection(name: str | None) -> None:
    """Refuse a projection name evtcli does not keep (a usage error naming those it
    does), without a store: before one is opened, or created."""
    select_projections([projection.name for projection in PROJECTIONS], name)


# The types that results are made of, loaded only when asked for: most commands never
# need the modules that define them (a dataclass costs start-up time to define).
_RESULTS = {
    "AggregateStats": "evtcli.api.results",
    "SchemaChange": "evtcli.api.results",
    "EventContext": "evtcli.api.results",
    "Stats": "evtcli.api.results",
    "TimelinePage": "evtcli.api.results",
    "Difference": "evtcli.projections.results",
    "ProjectionStatus": "evtcli.projections.results",
    "ReplayResult": "evtcli.projections.results",
}


def __getattr__(name: str) -> Any:
    if name in _RESULTS:
        from importlib import import_module

        return getattr(import_module(_RESULTS[name]), name)
    if name == "ImportSummary":
        from evtcli.jsonl import ImportSummary

        return ImportSummary
    if name == "VerifyReport":
        from evtcli.audit.report import VerifyReport

        return VerifyReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Store(StreamReads, UserCommands, GroupCommands, LogCommands, BrowseCommands, TraceCommands, ConsumerCommands):
    """An evtcli store on SQLite or PostgreSQL. Create one with :func:`open_store`."""

    def __enter__(self) -> "Store":
        return self


def projection_names() -> tuple[str, ...]:
    """The names of the projections evtcli keeps, from their declaration (no database)."""
    return tuple(projection.name for projection in PROJECTIONS)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _actor() -> str:
    import getpass  # here: it loads termios and pwd, which read commands never need

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


def open_store(
    url_or_path: str = "evtcli.db",
    *,
    create: bool = False,
    upgrade: bool = False,
    password_hasher: PasswordHasher | None = None,
    actor: str | None = None,
    clock: Callable[[], datetime] | None = None,
    new_id: Callable[[], str] | None = None,
    busy_timeout: float | None = None,
    model: Model | None = None,
    projections: Sequence[Projection] | None = None,
    read_only: bool = False,
) -> Store:
    """Open a store at a SQLite path or a database URL.

    With ``create=True`` a missing SQLite file is created (mode 0600) and an empty
    database gets the schema; with ``upgrade=True`` (``evtcli init``) an older
    schema is upgraded. Otherwise the database must exist, be evtcli's and be of
    this evtcli's schema version. ``model`` and ``projections`` default to evtcli's
    own; ``clock`` and ``new_id`` give times and new stream ids. With
    ``read_only=True`` (for commands that only read) the database is opened read-only:
    it works on a database the user may read but not write, and writes are refused.
    """
    if read_only and (create or upgrade):
        raise ValueError("a read-only store cannot create or upgrade the database")
    location = dialect.parse_location(url_or_path)
    timeout = dialect.DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    engine, created = dialect.make_engine(location, create=create, busy_timeout=timeout, read_only=read_only)
    store = Store(
        engine,
        location,
        model=model or MODEL,
        projections=PROJECTIONS if projections is None else projections,
        password_hasher=password_hasher,  # None: the default, made by the first command that hashes
        actor=actor or _actor,  # looked up by the first write: read commands never need it
        clock=clock or _now,
        new_id=new_id or (lambda: str(uuid.uuid4())),
    )
    store.created_file = created
    try:
        if create or upgrade:
            store.schema_change = store.init(upgrade=upgrade)
            store.created_schema = store.schema_change.before is None
        else:
            store.check()
    except BaseException:
        store.close(failed=True)
        raise
    return store
