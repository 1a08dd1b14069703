"""Import (§5): JSON Lines in, through the same write path as every command.

Import streams its input. Each line is read with a length cap and parsed on its
own (``lines``); then a chunk of lines goes to the store's one write path
(``write.writer``), which folds every event with the declared model, checks
the uniqueness claims, appends and writes the projections. All chunks share the
caller's one write transaction, so a bad line anywhere means nothing is written,
and what earlier chunks wrote is visible to the checks of later ones.

Import is idempotent by ``event_id``: an event stored already with the same content
is skipped; with other content it is an error. Blank (whitespace-only) lines are
skipped and counted: hand-edited files have them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, BinaryIO, Callable, Mapping

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError

from evtcli.domain.events import Envelope, canonical_json
from evtcli.errors import EvtcliError, RuleViolation, ValidationError
from evtcli.jsonl.lines import RETRY_HINT, latest_time
from evtcli.jsonl.prepare import (
    CHUNK_EVENTS,
    chunks_from_second_process,
    prepared_chunks,
    second_process_pays,
)
from evtcli.progress import Progress
from evtcli.store.chain import head
from evtcli.write.writer import Writer

# States of the streams written last kept between chunks, so a stream that goes on in
# the next chunk is not read again (a group with a member added on every line).
KEPT_STATES = 4 * CHUNK_EVENTS


@dataclass(frozen=True)
class ImportSummary:
    """What an import did. ``read`` counts events, i.e. lines that are not blank."""

    read: int
    appended: int
    skipped: int
    blank: int
    head: int
    seconds: float = 0.0
    # Checked and rolled back (``events import --dry-run``): what would have been appended.
    dry_run: bool = False
    # Keys given (--keys) for streams that are forgotten: left out, never stored again.
    forgotten_keys: Mapping[str, int] = field(default_factory=dict)  # aggregate -> keys left out

    @property
    def events_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0


def import_stream(
    writer: Writer,
    stream: BinaryIO,
    *,
    default_metadata: Mapping[str, Any],
    progress: Progress = None,
    before_appending: Callable[[], None] | None = None,
) -> ImportSummary:
    """Check and append every event of a binary JSON Lines stream in the writer's transaction.

    Raises a typed error naming the first bad line (1-based); the caller rolls back.
    ``default_metadata`` is used for lines without ``metadata``; ``progress`` is
    called with the number of bytes consumed; ``before_appending`` before the first
    chunk that appends anything, outside any savepoint (see ``dialect.appending_in_bulk``).
    """
    last = head(writer.conn)
    importer = _ChunkImporter(writer, last[0], before_appending or (lambda: None))
    options = dict(
        model=writer.model,
        default_metadata=default_metadata,
        latest=latest_time(),
        head=last,
        chunk_events=CHUNK_EVENTS,  # read here, where tests set it
    )
    chunks = chunks_from_second_process(stream, **options) if second_process_pays(stream) else prepared_chunks(stream, **options)
    read = blank = 0
    try:
        for chunk in chunks:
            read += chunk.read
            blank += chunk.blank
            # An earlier line of a chunk that ends at a bad line may be wrong in a way
            # only the store can tell; it is checked first, so the error always names
            # the first bad line.
            importer.apply(chunk.lines)
            if chunk.error is not None:
                number, exc = chunk.error
                raise _at_line(number, exc)
            if progress is not None and chunk.size:
                progress(chunk.size)
    finally:
        chunks.close()  # a second process is ended, not left reading
    importer.refuse_unsettled()
    importer.refuse_keyless()
    importer.take_snapshots()
    return ImportSummary(read=read, appended=importer.appended, skipped=importer.skipped, blank=blank, head=importer.head)


def _at_line(number: int, exc: EvtcliError) -> EvtcliError:
    return type(exc)(f"line {number}: {exc.message}", exc.hint or RETRY_HINT)


class _ChunkImporter:
    """Writes chunks of parsed lines; keeps counters between chunks, and the states of
    the streams written last (at most KEPT_STATES of them)."""

    def __init__(self, writer: Writer, head: int, before_appending: Callable[[], None]) -> None:
        self.writer = writer
        self.before_appending = before_appending
        self.appended = 0
        self.skipped = 0
        self.head = head
        self.kept: dict[tuple[str, str], Any] = {}  # stream -> state, oldest first
        # Streams long enough to need a snapshot, taken once at the end (one per stream,
        # not one per chunk: a long stream's state is rewritten whole each time).
        self.long: dict[tuple[str, str], None] = {}
        # Streams held against the rules so far (a destroyed user still in a group):
        # the events that let them go may come in a later chunk. -> (line, holders)
        self.unsettled: dict[tuple[str, str], tuple[int, list[tuple[str, str, str, str, str]]]] = {}
        # Streams with sealed values that no key opens -> the first such line; fine
        # only for a stream that ends forgotten (its key deleted on purpose).
        self.keyless: dict[tuple[str, str], int] = {}
        # Whether the chunk before held events stored already (see apply).
        self.meeting_stored = False

    def refuse_keyless(self) -> None:
        """At the end of the input: refuse sealed events of a stream that is not forgotten
        when the database has no key for them (they came without ``--keys``)."""
        if not self.keyless:
            return
        (aggregate, aggregate_id), number = min(self.keyless.items(), key=lambda item: item[1])
        raise _at_line(
            number,
            ValidationError(
                f"the personal data of {aggregate} {aggregate_id} is sealed and the database has no key for it",
                "import with --keys FILE, the keys file written by 'evtcli events export --keys FILE'",
            ),
        )

    def refuse_unsettled(self) -> None:
        """At the end of the input: refuse it if a stream is still held against the rules."""
        if not self.unsettled:
            return
        (aggregate, aggregate_id), (number, holders) = min(self.unsettled.items(), key=lambda item: item[1][0])
        holder, holder_id, release, _, role = holders[0]
        raise _at_line(
            number,
            RuleViolation(
                f"{aggregate} {aggregate_id} is still a {role} of {holder} {holder_id} after this event",
                f"a {release} event of that {holder} must follow it, as the command that made this change writes",
            ),
        )

    def take_snapshots(self) -> None:
        """At the end of the input: snapshot every stream the import left K or more
        events past its snapshot."""
        if not self.long:
            return
        states = {key: self.kept[key] for key in self.long if key in self.kept}
        wanted: dict[str, list[str]] = {}
        for aggregate, aggregate_id in self.long:
            if (aggregate, aggregate_id) not in states:
                wanted.setdefault(aggregate, []).append(aggregate_id)
        for aggregate, ids in wanted.items():
            states.update(((aggregate, i), state) for i, state in self.writer.states(aggregate, ids).items())
        self.writer.take_snapshots(states)

    def _keep(self, states: Mapping[tuple[str, str], Any]) -> None:
        kept = self.kept
        every = self.writer.snapshots.every
        for key, state in states.items():
            kept.pop(key, None)
            kept[key] = state
            if state is not None and state.version >= every:
                self.long[key] = None
        while len(kept) > KEPT_STATES:
            del kept[next(iter(kept))]

    def apply(self, chunk: list[tuple[int, Envelope]]) -> None:
        if not chunk:
            return
        # Most chunks of most imports hold only new events that start or continue
        # streams: write them without asking the store which event ids it holds
        # already or whether the streams they start exist, and let its unique
        # constraints (event id, stream version, the projections' keys) refuse
        # anything else. Then undo the chunk and check it line by line, which skips
        # what is stored already and names the first bad line exactly as if no
        # shortcut had been tried.
        #
        # A chunk of events stored already (an import run a second time, a file that
        # goes on from an earlier export) would only fail that try and pay for it:
        # such a chunk goes the careful way at once when its first event is stored,
        # or when the chunk before it held stored events.
        if not self.meeting_stored:
            first = chunk[0][1].event_id
            self.meeting_stored = bool(self.writer.log.events_by_id(self.writer.conn, (first,)))
        if not self.meeting_stored:
            self.before_appending()  # every line is taken to be new
            try:
                with self.writer.conn.begin_nested():
                    self._write(chunk, careful=False)
                return
            except (IntegrityError, EvtcliError):
                pass
        self._write(chunk, careful=True)

    def _write(self, chunk: list[tuple[int, Envelope]], *, careful: bool) -> None:
        appended: list[Envelope] = []
        numbers: list[int] = []
        skipped = 0
        refused: EvtcliError | None = None
        if careful:
            stored = self.writer.log.events_by_id(self.writer.conn, {event.event_id for _, event in chunk})
            first_seen: dict[str, tuple[int, Envelope]] = {}
            for number, event in chunk:
                try:
                    if _already_stored(event, stored.get(event.event_id), first_seen.get(event.event_id)):
                        skipped += 1
                        continue
                except EvtcliError as exc:
                    # Lines before this one may break rules too: the writer names those first.
                    refused = _at_line(number, exc)
                    break
                first_seen[event.event_id] = (number, event)
                appended.append(event)
                numbers.append(number)
        else:
            appended = [event for _, event in chunk]
        line_of = (lambda index: numbers[index]) if careful else (lambda index: chunk[index][0])
        if careful and appended:
            self.before_appending()
        kept = self.kept
        written = self.writer.write(
            appended,
            states={key: kept[key] for key in {(e.aggregate, e.aggregate_id) for e in appended} if key in kept},
            new_streams_unchecked=not careful,
            locate=lambda index, exc: _at_line(line_of(index), exc),
            keep_events=False,
            unsettled=self.unsettled,
            snapshots=False,
        )
        if refused is not None:
            raise refused
        self._keep(written.states)
        self.unsettled = {
            key: (self.unsettled[key][0] if index < 0 else line_of(index), holders)
            for key, (index, holders) in written.unsettled.items()
        }
        for key, index in written.keyless.items():
            self.keyless.setdefault(key, line_of(index))
        declared = self.writer.model.aggregates
        for key in [key for key in self.keyless if key in written.states]:
            state = written.states[key]
            if state is not None and state.status == declared[key[0]].erased:
                del self.keyless[key]
        if appended:
            self.head = written.head
        self.appended += len(appended)
        self.skipped += skipped
        if careful:
            self.meeting_stored = skipped > 0


def _already_stored(event: Envelope, stored: Row[Any] | None, earlier: tuple[int, Envelope] | None) -> bool:
    """True when the event is stored with the same content; an error when it differs."""
    if stored is not None:
        if _same_as_stored(event, stored):
            return True
        raise RuleViolation(
            f"event {event.event_id} is already stored (position {stored.position}) with other content",
            "give this event another event_id, or leave the line out",
        )
    if earlier is not None:
        number, first = earlier
        if first == event:
            return True
        raise RuleViolation(
            f"event {event.event_id} is on line {number} already, with other content",
            "give each event its own event_id",
        )
    return False


def _same_as_stored(event: Envelope, row: Row[Any]) -> bool:
    return (
        row.aggregate == event.aggregate
        and row.aggregate_id == event.aggregate_id
        and row.version == event.version
        and row.type == event.type
        and row.schema_version == event.schema_version
        and row.payload == canonical_json(event.payload)
        and row.metadata == canonical_json(event.metadata)
        and row.recorded_at == event.recorded_at
    )
