"""The public library API: one :class:`Store` method per use case, one transaction each.

The CLI is a thin client of this module; tests use it directly too.
"""

from __future__ import annotations

import os
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterator, Literal, Sequence

from sqlalchemy import Connection, Engine, false, select, true

from evtcli.domain import users as user_domain
from evtcli.domain.events import Envelope, format_timestamp, parse_timestamp
from evtcli.domain.passwords import PasswordHasher
from evtcli.domain.users import User, fold_stream
from evtcli.domain.validation import email_key, validate_email, validate_password
from evtcli.errors import (
    AmbiguousReference,
    EvtcliError,
    NotFound,
    RuleViolation,
    UsageProblem,
    ValidationError,
)
from evtcli.projections import runner
from evtcli.projections import users as users_projection
from evtcli.store import dialect, log, schema
from evtcli.store.schema import users

if TYPE_CHECKING:
    from evtcli import jsonl
    from evtcli.projections import verify as integrity

# Import, export and verify are imported by the methods that use them: a command
# such as `user list` starts faster without them.

MIN_PREFIX = 4
Which = Literal["live", "deleted", "all"]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _actor() -> str:
    import getpass  # here: it loads termios, which read commands never need

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


@dataclass(frozen=True)
class WriteContext:
    """Who and what a write is for: recorded in every event's metadata."""

    command: str = "api"
    correlation_id: str | None = None
    causation_id: str | None = None

    def metadata(self, actor: str) -> dict[str, Any]:
        data: dict[str, Any] = {"actor": actor, "command": self.command}
        if self.correlation_id is not None:
            data["correlation_id"] = self.correlation_id
        if self.causation_id is not None:
            data["causation_id"] = self.causation_id
        return data


class Store:
    """An evtcli store on SQLite or PostgreSQL. Create one with :func:`open_store`."""

    def __init__(
        self,
        engine: Engine,
        location: dialect.Location,
        *,
        password_hasher: PasswordHasher,
        actor: str,
        clock: Callable[[], datetime],
    ) -> None:
        self.engine = engine
        self.location = location
        self.password_hasher = password_hasher
        self.actor = actor
        self.clock = clock

    # -- transactions -------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction, alone among writers; typed errors only."""
        try:
            with self.engine.connect() as conn:
                transaction = dialect.begin_write(conn)
                try:
                    yield conn
                except BaseException:
                    transaction.rollback()
                    raise
                transaction.commit()
        except EvtcliError:
            raise
        except Exception as exc:
            raise dialect.translate_error(exc) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction: a consistent snapshot of the log and projections."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except EvtcliError:
            raise
        except Exception as exc:
            raise dialect.translate_error(exc) from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------

    def init(self) -> bool:
        """Create the schema, or check and upgrade it. Returns True when it was created."""
        with self._write() as conn:
            return schema.ensure_schema(conn, runner.DEFINITION_VERSIONS)

    def check(self) -> None:
        """Refuse a database that is not evtcli's or is too new."""
        with self._read() as conn:
            schema.check_schema(conn)

    # -- users --------------------------------------------------------------------

    def create_user(
        self, name: str, email: str, password: str, context: WriteContext = WriteContext()
    ) -> str:
        """Append ``Created`` and return the new user's id."""
        validate_password(password)
        normalized = validate_email(email)
        # Hash before taking the write lock: argon2 is slow on purpose.
        password_hash = self.password_hasher.hash(password)
        user_id = str(uuid.uuid4())
        pending = user_domain.decide_create(
            user_id,
            name,
            normalized,
            password_hash,
            metadata=context.metadata(self.actor),
            recorded_at=format_timestamp(self.clock()),
        )
        with self._write() as conn:
            self._refuse_taken_email(conn, normalized)
            self._append(conn, None, pending, expected_version=0)
        return user_id

    def destroy_user(
        self,
        user: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Envelope:
        """Append ``Destroyed`` to a live user; with ``expected_version``, only at that version."""
        with self._write() as conn:
            user_id = self._resolve(conn, user)
            state = fold_stream(log.read_stream(conn, "user", user_id))
            if expected_version is not None and (state.version if state else 0) != expected_version:
                from evtcli.errors import ConcurrencyConflict

                raise ConcurrencyConflict(
                    f"user {user_id} is at version {state.version if state else 0}, "
                    f"not {expected_version}",
                    "check it with 'evtcli user show' and retry",
                )
            pending = user_domain.decide_destroy(
                state,
                user_id,
                reason,
                metadata=context.metadata(self.actor),
                recorded_at=format_timestamp(self.clock()),
            )
            return self._append(conn, state, pending, expected_version=state.version if state else 0)

    def _append(self, conn: Connection, state: User | None, pending: Any, *, expected_version: int) -> Envelope:
        (envelope,) = log.append(conn, "user", pending.aggregate_id, expected_version, [pending])
        new_state = user_domain.fold(state, envelope)
        users_projection.save(conn, state, new_state)
        runner.advance_all(conn, envelope.position)
        return envelope

    def _refuse_taken_email(self, conn: Connection, normalized: str) -> None:
        taken = conn.execute(
            select(users.c.id).where(users.c.email_key == email_key(normalized), users.c.deleted == false())
        ).first()
        if taken is not None:
            raise RuleViolation(
                f"email {normalized} belongs to live user {taken.id}",
                "use another email or destroy that user first",
            )

    def list_users(self, which: Which = "live") -> list[User]:
        """Users from the projection, oldest first (see :meth:`iter_users`)."""
        return list(self.iter_users(which))

    def iter_users(self, which: Which = "live") -> Iterator[User]:
        """Users from the projection, oldest first, streamed from one read transaction.

        ``which`` is ``"live"``, ``"deleted"`` or ``"all"``. Consume it before the
        store is closed; memory stays flat however many users there are.
        """
        query = select(users).order_by(users.c.created_at, users.c.id)
        if which == "live":
            # `deleted = false`, the partial index's own predicate (`IS false` is not).
            query = query.where(users.c.deleted == false())
        elif which == "deleted":
            query = query.where(users.c.deleted == true())
        with self._read() as conn:
            for row in log.stream_rows(conn, query):
                yield users_projection.row_to_user(row)

    def get_user(self, user: str) -> User:
        """One user from the projection, by id, unique id prefix or live email."""
        with self._read() as conn:
            found = users_projection.load(conn, self._resolve(conn, user))
        assert found is not None
        return found

    def _resolve(self, conn: Connection, reference: str) -> str:
        reference = reference.strip()
        if "@" in reference:
            try:
                key = email_key(validate_email(reference))
            except ValidationError:
                key = email_key(reference)
            row = conn.execute(
                select(users.c.id).where(users.c.email_key == key, users.c.deleted == false())
            ).first()
            if row is None:
                raise NotFound(
                    f"no live user with email {reference}", "list users with 'evtcli user list --all'"
                )
            return str(row.id)
        return _match_prefix(
            reference,
            lambda prefix: _ids_with_prefix(conn, prefix),
            what="user",
        )

    # -- time travel --------------------------------------------------------------

    def fold_user(self, user: str, *, at: str | None = None, version: int | None = None) -> User:
        """Fold one user's stream from the log, as of a time or a version when asked."""
        if at is not None and version is not None:
            raise UsageProblem("--at and --version cannot be used together", "give one of them")
        until: str | None = None
        if at is not None:
            try:
                until = format_timestamp(parse_timestamp(at))
            except (ValueError, OverflowError):  # OverflowError: out of range once in UTC
                raise ValidationError(
                    f"cannot read time {at!r}", "use ISO 8601, e.g. 2026-11-22T13:00:00Z"
                ) from None
        with self._read() as conn:
            user_id = _match_prefix(
                user.strip(),
                lambda prefix: log.aggregate_ids_with_prefix(conn, "user", prefix, limit=11),
                what="user",
            )
            current = log.stream_version(conn, "user", user_id)
            if version is not None and not 1 <= version <= current:
                raise NotFound(
                    f"user {user_id} has versions 1 to {current}, not {version}",
                    f"give --version between 1 and {current}",
                )
            state = fold_stream(
                log.read_stream(conn, "user", user_id, up_to_version=version, recorded_until=until)
            )
        if state is None:
            raise NotFound(f"user {user_id} did not exist at {at}", "give a later --at time")
        return state

    # -- the log ------------------------------------------------------------------

    def head(self) -> int:
        with self._read() as conn:
            return log.head(conn)[0]

    def tail(
        self,
        count: int = 10,
        *,
        types: Sequence[str] | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
    ) -> tuple[list[Envelope], int]:
        """The last ``count`` matching events and the head position they were read at."""
        if count < 0:
            raise UsageProblem(f"cannot show {count} events", "give a count of 0 or more")
        types, aggregate = _check_filters(types, aggregate)
        with self._read() as conn:
            if aggregate_id is not None:
                aggregate_id = self._resolve_log_id(conn, aggregate_id)
            # Head first, then events up to it: the pair stays consistent even where
            # each statement sees newly committed rows (PostgreSQL's READ COMMITTED).
            position = log.head(conn)[0]
            events = log.read_last(
                conn,
                count,
                up_to=position,
                aggregate=aggregate,
                types=types,
                aggregate_id=aggregate_id,
            )
            return events, position

    def follow(
        self,
        after: int,
        *,
        types: Sequence[str] | None = None,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        poll_interval: float = 0.1,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Envelope]:
        """Yield events committed after position ``after`` as they arrive, until ``stop()``.

        Positions are handed out by a single writer at a time, so polling by position
        never skips an event that commits late.
        """
        types, aggregate = _check_filters(types, aggregate)
        if aggregate_id is not None:
            with self._read() as conn:
                aggregate_id = self._resolve_log_id(conn, aggregate_id)
        while not stop():
            with self._read() as conn:
                position = log.head(conn)[0]
                if position > after:
                    events = list(
                        log.read_after(
                            conn,
                            after,
                            up_to=position,
                            aggregate=aggregate,
                            types=types,
                            aggregate_id=aggregate_id,
                        )
                    )
                else:
                    events = []
            for envelope in events:
                yield envelope
            if position > after:
                after = position
                continue
            time.sleep(poll_interval)

    def _resolve_log_id(self, conn: Connection, reference: str) -> str:
        if "@" in reference:
            return self._resolve(conn, reference)
        return _match_prefix(
            reference.strip(),
            lambda prefix: log.aggregate_ids_with_prefix(conn, "user", prefix, limit=11),
            what="aggregate",
        )

    # -- projections --------------------------------------------------------------

    def replay(
        self, projection: str | None = None, progress: Callable[[int], None] | None = None
    ) -> list[runner.ReplayResult]:
        """Rebuild projections from the log in one transaction: readers see old or new."""
        selected = runner.names(projection)
        with self._write() as conn:
            return [runner.replay(conn, name, progress) for name in selected]

    def diff_projections(
        self,
        projection: str | None = None,
        progress: Callable[[int], None] | None = None,
        limit: int | None = None,
    ) -> list[runner.Difference]:
        """Rebuild aside and compare with the live projection; changes nothing."""
        selected = runner.names(projection)
        found: list[runner.Difference] = []
        with self._read() as conn:
            for name in selected:
                for difference in runner.diff(conn, name, progress):
                    found.append(difference)
                    if limit is not None and len(found) >= limit:
                        return found
        return found

    def projection_status(self) -> list[runner.ProjectionStatus]:
        with self._read() as conn:
            return runner.status(conn)

    def event_count(self) -> int:
        """Number of events in the log (equal to the head position when gap-free)."""
        from sqlalchemy import func

        with self._read() as conn:
            return sum(
                int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
                for table, _ in schema.EVENT_TABLES.values()
            )

    # -- import, export, verify ---------------------------------------------------

    def import_events(
        self,
        stream: BinaryIO,
        *,
        context: WriteContext = WriteContext(command="events import"),
        progress: Callable[[int], None] | None = None,
    ) -> jsonl.ImportSummary:
        """Append the events of a binary JSON Lines stream in one transaction, all or nothing.

        Idempotent by ``event_id``; an error names the first bad line (1-based).
        Lines without metadata get ``context``'s. ``progress`` receives bytes read.
        """
        from evtcli import jsonl

        started = time.perf_counter()
        with self._write() as conn:
            summary = jsonl.import_stream(
                conn, stream, default_metadata=context.metadata(self.actor), progress=progress
            )
        return replace(summary, seconds=time.perf_counter() - started)

    def export_lines(
        self,
        *,
        aggregate: str | None = None,
        aggregate_id: str | None = None,
        since: int = 0,
    ) -> Iterator[str]:
        """Canonical JSON Lines (without newlines) of the events after position ``since``.

        Filters are checked now; the lines are read lazily, in one read transaction
        that stays open while the iterator is consumed.
        """
        _, aggregate = _check_filters(None, aggregate)
        if aggregate_id is not None:
            with self._read() as conn:
                aggregate_id = self._resolve_log_id(conn, aggregate_id)
        return self._export_lines(aggregate, aggregate_id, since)

    def _export_lines(self, aggregate: str | None, aggregate_id: str | None, since: int) -> Iterator[str]:
        from evtcli import jsonl

        with self._read() as conn:
            # Bounded by the head seen first, as tail is.
            up_to = log.head(conn)[0]
            yield from jsonl.export_lines(
                conn, after=since, up_to=up_to, aggregate=aggregate, aggregate_id=aggregate_id
            )

    def verify(
        self, progress: Callable[[int], None] | None = None, limit: int | None = None
    ) -> integrity.VerifyReport:
        """Check positions, the hash chain, versions, the fold and every projection.

        Changes nothing; reports at most ``limit`` problems (default 20; see ``report.error()``).
        """
        from evtcli.projections import verify as integrity

        if limit is None:
            limit = integrity.DEFAULT_LIMIT
        started = time.perf_counter()
        try:
            with self.engine.connect() as conn, dialect.begin_snapshot(conn):
                report = integrity.verify(conn, progress=progress, limit=limit)
        except EvtcliError:
            raise
        except Exception as exc:
            raise dialect.translate_error(exc) from exc
        return replace(report, seconds=time.perf_counter() - started)


def _check_filters(
    types: Sequence[str] | None, aggregate: str | None
) -> tuple[list[str] | None, str | None]:
    if aggregate is not None and aggregate not in log.AGGREGATES:
        raise NotFound(
            f"unknown aggregate {aggregate!r}", f"known aggregates: {', '.join(log.AGGREGATES)}"
        )
    if types:
        unknown = [name for name in types if name not in user_domain.EVENT_TYPES]
        if unknown:
            raise NotFound(
                f"unknown event type {unknown[0]!r}",
                f"known types: {', '.join(user_domain.EVENT_TYPES)}",
            )
        return list(types), aggregate
    return None, aggregate


def _ids_with_prefix(conn: Connection, prefix: str) -> list[str]:
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    query = (
        select(users.c.id)
        .where(users.c.id >= prefix, users.c.id < upper)
        .order_by(users.c.id)
        .limit(11)
    )
    return list(conn.execute(query).scalars())


def _match_prefix(reference: str, lookup: Callable[[str], list[str]], *, what: str) -> str:
    """Resolve a full id or a unique prefix of at least four characters."""
    prefix = reference.lower()
    if len(prefix) < MIN_PREFIX:
        raise NotFound(
            f"{what} reference {reference!r} is too short",
            f"give at least {MIN_PREFIX} characters of the id, the full id or an email",
        )
    matches = lookup(prefix)
    if not matches:
        raise NotFound(f"no {what} matches {reference!r}", "list users with 'evtcli user list --all'")
    if len(matches) > 1:
        shown = ", ".join(matches[:10]) + (", …" if len(matches) > 10 else "")
        raise AmbiguousReference(
            f"{reference!r} matches {'more than 10' if len(matches) > 10 else len(matches)} {what}s: {shown}",
            "give more characters of the id",
        )
    return matches[0]


def open_store(
    url_or_path: str = "evtcli.db",
    *,
    create: bool = False,
    password_hasher: PasswordHasher | None = None,
    actor: str | None = None,
    clock: Callable[[], datetime] | None = None,
    busy_timeout: float | None = None,
) -> Store:
    """Open a store at a SQLite path or a database URL.

    With ``create=True`` a missing SQLite file is created (mode 0600) and the schema
    is created or upgraded; otherwise the database must exist and be evtcli's.
    """
    location = dialect.parse_location(url_or_path)
    timeout = dialect.DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    engine = dialect.make_engine(location, create=create, busy_timeout=timeout)
    store = Store(
        engine,
        location,
        password_hasher=password_hasher or PasswordHasher(),
        actor=actor or _actor(),
        clock=clock or _now,
    )
    try:
        if create:
            store.init()
        else:
            store.check()
    except BaseException:
        store.close()
        raise
    return store
