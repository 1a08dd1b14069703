"""What an event type declares: its payload fields, the claims a state may hold, and
the event type class itself, with the upcasters that read its older payloads.

These are the pieces an aggregate's module declares with (see :mod:`evtcli.domain.model`
for the aggregate that registers them and folds its events).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Mapping

from evtcli.domain.relations import Reference
from evtcli.errors import ValidationError

Payload = Mapping[str, Any]
State = Any  # a frozen dataclass declared by the aggregate

# What a personal value reads as once it can no longer be read: its stream was
# forgotten and the key that sealed it is gone (§9).
ERASED = "[forgotten]"


def next_version(state: State | None) -> int:
    """The version of the event that follows a stream's ``state``: 1 starts a stream
    (``state`` None), and each event after it takes the next number, without gaps."""
    return 1 if state is None else state.version + 1


@dataclass(frozen=True)
class Field:
    """One payload field and what kind of data it holds.

    ``normalize`` turns a value given to a command into its stored form, or raises
    ValidationError; a new event (a command's, or an import line) must already be in
    that form. ``stored`` is the looser check for events already in a log, where a
    rule was tightened after they were written (a name stored before NFC): events are
    never rewritten, so history stays readable. ``personal``
    marks data about a person (erased when a user is forgotten), ``secret`` data that
    output never shows, ``refers`` a value that names another aggregate's stream.
    """

    name: str
    normalize: Callable[[Any], Any]
    optional: bool = False
    personal: bool = False
    secret: bool = False
    unstored: str = "is not in its stored form"  # what decode says of another form
    unstored_hint: str = "store it as evtcli normalises it"
    refers: Reference | None = None  # the stream of another aggregate the value names
    stored: Callable[[Any], Any] | None = None  # None: the stored form is normalize's


@dataclass(frozen=True)
class Claim:
    """A value at most one stream of an aggregate may hold at a time (a user's email).

    ``key`` gives the comparison key a state holds, or None when it holds none (a
    destroyed user holds no email); ``shown`` the value to name in a refusal.
    """

    name: str
    key: Callable[[State], str | None]
    shown: Callable[[State], str]
    hint: str


class EventType:
    """The base of every declared event type. Subclasses set the class attributes."""

    aggregate: ClassVar[Any]  # the Aggregate it is registered on
    type: ClassVar[str]  # the stored name; the class name unless set
    schema_version: ClassVar[int] = 1
    # From this schema version on, the personal fields are stored sealed: encrypted
    # with a key of the stream's own, which forgetting the stream deletes (§9).
    sealed_since: ClassVar[int | None] = None
    # True for the event that forgets a stream: it leads to the aggregate's ``erased``
    # status, and its command deletes the stream's key.
    erases: ClassVar[bool] = False
    fields: ClassVar[tuple[Field, ...]] = ()
    # The statuses this event may follow; None for the event that starts a stream.
    follows: ClassVar[frozenset[str] | None] = frozenset()
    # from_version -> function turning a payload of that version into the next one.
    upcasters: ClassVar[Mapping[int, Callable[[dict[str, Any]], dict[str, Any]]]] = {}
    verb: ClassVar[str] = "change"  # "cannot <verb> user …"
    # "<done> user … (version V, position P)". It may name a payload field that names
    # another stream, in braces ("added {user_id} to"): a message puts that stream there.
    done: ClassVar[str] = "changed"
    style: ClassVar[str] = "cyan"  # how output colours the type on a terminal
    # status -> what to do when this event is refused in that status
    hints: ClassVar[Mapping[str, str]] = {}
    # Filled in by Aggregate.event from ``fields``:
    field_names: ClassVar[frozenset[str]]
    required: ClassVar[frozenset[str]]
    personal: ClassVar[frozenset[str]]
    secret: ClassVar[frozenset[str]]
    checks: ClassVar[tuple[tuple[str, Callable[[Any], Any], Field], ...]]  # (name, normalize, field)
    stored_checks: ClassVar[tuple[tuple[str, Callable[[Any], Any], Field], ...]]  # (name, stored or normalize, field)
    references: ClassVar[tuple[tuple[str, Reference], ...]]  # (field name, what it refers to)

    @classmethod
    def stored_sealed(cls, schema_version: Any) -> bool:
        """Whether an event of this type stored with ``schema_version`` holds its
        personal fields sealed (a schema version that is not a whole number: no)."""
        return cls.sealed_since is not None and type(schema_version) is int and schema_version >= cls.sealed_since

    @staticmethod
    def start(aggregate_id: str, payload: Payload, recorded_at: str) -> State:
        """The state a stream-starting event creates (version 1)."""
        raise NotImplementedError

    @staticmethod
    def apply(state: State, payload: Payload, recorded_at: str) -> dict[str, Any]:
        """The state fields this event changes; version and updated_at are the log's."""
        raise NotImplementedError

    @staticmethod
    def refuse(state: State, payload: Payload) -> tuple[str, str] | None:
        """Why the event may not follow ``state`` beyond its status, and what to do
        instead (None: it may). The reason follows "<aggregate> <id> "."""
        return None


def upcast(event_type: type[EventType], schema_version: Any, payload: Payload) -> Payload:
    if type(schema_version) is not int or not 1 <= schema_version <= event_type.schema_version:
        raise ValidationError(
            f"unsupported schema_version {schema_version!r} for {event_type.type}",
            f"this evtcli reads schema_version 1 to {event_type.schema_version}",
        )
    upgraded = dict(payload)
    for version in range(schema_version, event_type.schema_version):
        try:
            upgraded = event_type.upcasters[version](upgraded)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # An upcaster reads the old shape; a payload not of that shape is bad data.
            raise ValidationError(
                f"payload is not a {event_type.type} of schema_version {version} ({type(exc).__name__}: {exc})",
                f"give the fields schema_version {version} has",
            ) from None
    return upgraded


def erased_in(event_type: type[EventType], payload: Payload) -> bool:
    return bool(event_type.personal) and any(payload.get(name) == ERASED for name in event_type.personal)


def shown_value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
