"""The declared model: each aggregate, its state and its event types, declared once.

Every other layer reads these declarations instead of naming event types: storage
makes one ``<aggregate>_events`` table per aggregate, import and verify decode and
fold through :meth:`Aggregate.fold`, output asks which payload fields are secret and
how a type is styled, the CLI lists the declared types. An event type that is not
declared is an error wherever it is met.

An aggregate is declared with its state (a frozen dataclass with at least ``id``,
``status``, ``version``, ``created_at`` and ``updated_at``) and its statuses; each
event type is a class registered on it with :meth:`Aggregate.event`::

    @user.event
    class Renamed(EventType):
        fields = (Field("name", validate_name),)
        follows = frozenset({"live", "disabled"})
        verb, done = "rename", "renamed"

        @staticmethod
        def apply(state, payload, recorded_at):
            return {"name": payload["name"]}

Event type classes are declarations, never instantiated: folding a long log builds
no object per event beyond the new state.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable, Mapping

from evtcli.domain.entries import Operation, is_entries
from evtcli.domain.event_types import (  # noqa: F401  (the declaration's names, importable from here)
    ERASED,
    Claim,
    EventType,
    Field,
    Payload,
    State,
    erased_in,
    next_version,
    shown_value,
    upcast,
)
from evtcli.domain.naming import Naming
from evtcli.domain.relations import Membership
from evtcli.errors import RuleViolation, UnknownName, ValidationError


class Aggregate:
    """An aggregate type: its name, event table, state, statuses and event types."""

    def __init__(
        self,
        name: str,
        state: type,
        *,
        statuses: Iterable[str],
        claims: Iterable[Claim] = (),
        memberships: Iterable[Membership] = (),
        erased: str | None = None,
        ended: Iterable[str] = (),
        styles: Mapping[str, str] | None = None,
        naming: Naming | None = None,
        plural: str | None = None,
        label: Callable[[Any], str] | None = None,
    ) -> None:
        self.name = name
        self.plural = plural or f"{name}s"
        # The status of a stream whose key is deleted (forgotten): its sealed values
        # read as ERASED, as they should.
        self.erased = erased
        self.table = f"{name}_events"
        self.id_column = f"{name}_id"
        self.state = state
        self.statuses = tuple(statuses)
        # Statuses of streams that are over (destroyed): a listing leaves them out
        # unless asked for them (`list --deleted`, `--all`).
        self.ended = frozenset(ended)
        # How output colours each status on a terminal.
        self.styles = dict(styles or {})
        self.claims = tuple(claims)
        self.memberships = tuple(memberships)
        # How a reference that is not an id names a stream (None: by id alone).
        self.naming = naming
        # How a message names one of its streams, from its row (a user: "Ada <ada@…>");
        # None: by the name its stream table shows beside an id.
        self.label = label
        self.event_types: dict[str, type[EventType]] = {}
        # Whether any of its event types stores personal fields sealed (it has keys).
        self.sealed = False
        undeclared = (self.ended | self.styles.keys()) - set(self.statuses)
        if undeclared:
            raise ValueError(f"{name}: {sorted(undeclared)[0]} is not one of its statuses")
        if naming is not None and naming.claim not in {claim.name for claim in self.claims}:
            raise ValueError(f"{name} is named by an undeclared claim {naming.claim!r}")
        state_fields = dataclasses.fields(state)
        self._field_names = frozenset(f.name for f in state_fields)
        self._defaults = {f.name: f.default for f in state_fields if f.default is not dataclasses.MISSING}
        self._factories = {f.name: f.default_factory for f in state_fields if f.default_factory is not dataclasses.MISSING}
        # Keyed collections (a group's members): an event changes them by Operation.
        self.entry_fields = tuple(f.name for f in state_fields if is_entries(f))
        self._fingerprint: str | None = None
        # A state may name its output fields, in order, in SHOWN (properties allowed);
        # every field it has must be there or be secret (see public_state_fields).
        self._shown = getattr(state, "SHOWN", None)
        self._public: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        return f"Aggregate({self.name!r})"

    @property
    def secret_state_fields(self) -> frozenset[str]:
        """State fields output never shows: those named as a secret payload field
        of one of its event types (a user's password hash). Secrecy is declared once,
        on the payload :class:`Field`."""
        return frozenset(
            name for event_type in self.event_types.values() for name in event_type.secret if name in self._field_names
        )

    @property
    def public_state_fields(self) -> tuple[str, ...]:
        """The state's fields as output shows them, in order: its ``SHOWN`` order when
        it declares one, else its fields; never a secret one. A ``SHOWN`` that leaves
        out a field that is not secret is refused, so no field is hidden by mistake."""
        if self._public is not None:
            return self._public
        secret = self.secret_state_fields
        if self._shown is None:
            self._public = tuple(f.name for f in dataclasses.fields(self.state) if f.name not in secret)
            return self._public
        forgotten = self._field_names - secret - set(self._shown) - set(self.entry_fields)
        if forgotten or secret & set(self._shown):
            wrong = sorted(forgotten) or sorted(secret & set(self._shown))
            raise ValueError(f"{self.name}: SHOWN {'leaves out' if forgotten else 'shows the secret'} {wrong[0]}")
        self._public = tuple(self._shown)
        return self._public

    @property
    def erasing_types(self) -> tuple[str, ...]:
        """The event types that forget a stream (its key goes with them, for good)."""
        return tuple(name for name, event_type in self.event_types.items() if event_type.erases)

    @property
    def ending(self) -> str | None:
        """What an ended stream is called ("destroyed"): the first of its ended
        statuses, in declaration order; None when none end."""
        return next((status for status in self.statuses if status in self.ended), None)

    def flags(self, shown: Mapping[str, Any]) -> tuple[str, ...]:
        """The derived yes/no fields of a shown state (a user's ``deleted`` and
        ``disabled``): properties that restate its status, which a view that shows
        the status leaves out."""
        return tuple(
            name for name, value in shown.items() if isinstance(value, bool) and name not in self._field_names
        )

    # -- declaring ------------------------------------------------------------------

    def event(self, cls: type[EventType]) -> type[EventType]:
        """Class decorator: register an event type on this aggregate."""
        if "type" not in cls.__dict__:
            cls.type = cls.__name__
        if cls.type in self.event_types:
            raise ValueError(f"{self.name} declares event type {cls.type} twice")
        missing = [v for v in range(1, cls.schema_version) if v not in cls.upcasters]
        if missing:
            raise ValueError(f"{self.name} {cls.type} has no upcaster from schema_version {missing[0]}")
        unknown = set(cls.follows or ()) - set(self.statuses)
        if unknown:
            raise ValueError(f"{self.name} {cls.type} follows an undeclared status {sorted(unknown)[0]}")
        cls.aggregate = self
        self._public = None  # a secret field may have come with it
        cls.field_names = frozenset(f.name for f in cls.fields)
        cls.required = frozenset(f.name for f in cls.fields if not f.optional)
        cls.personal = frozenset(f.name for f in cls.fields if f.personal)
        if cls.sealed_since is not None and not cls.personal:
            raise ValueError(f"{self.name} {cls.type} seals no field: it declares none personal")
        self.sealed = self.sealed or cls.sealed_since is not None
        cls.secret = frozenset(f.name for f in cls.fields if f.secret)
        cls.checks = tuple((f.name, f.normalize, f) for f in cls.fields)
        cls.stored_checks = tuple((f.name, f.stored or f.normalize, f) for f in cls.fields)
        cls.references = tuple((f.name, f.refers) for f in cls.fields if f.refers is not None)
        self.event_types[cls.type] = cls
        return cls

    def named_streams(self, type_name: str) -> tuple[tuple[str, str], ...]:
        """(payload field, aggregate) for each field of an event type that names a
        stream of another aggregate: a declared reference (the user a group adds) or
        the held stream a membership lets go (the user a group removes)."""
        named = {name: reference.aggregate for name, reference in self.event_type(type_name).references}
        for membership in self.memberships:
            if membership.release == type_name:
                named.setdefault(membership.field, membership.aggregate)
        return tuple(named.items())

    # -- reading stored events ------------------------------------------------------

    def event_type(self, type_name: str) -> type[EventType]:
        """The declared event type of that name; ValidationError for any other."""
        found = self.event_types.get(type_name)
        if found is None:
            raise UnknownName("event type", type_name, self.event_types)
        return found

    def decode(
        self, type_name: str, schema_version: int, payload: Payload, *, new: bool = False
    ) -> tuple[type[EventType], Payload]:
        """The event type and the payload as the current schema version reads it.

        A payload of an older schema version goes through the declared upcasters
        (the stored event itself is never changed). The result is checked field by
        field: a ``new`` payload (about to be appended) decodes exactly when a command
        could write it now; one already in a log, when an evtcli could have written it
        (each field's ``stored`` check).
        """
        event_type = self.event_types.get(type_name)
        if event_type is None:  # in a stored event or an import line: bad data
            unknown = UnknownName("event type", type_name, self.event_types)
            raise ValidationError(f"{unknown.message} for {self.name}", unknown.hint)
        if type(payload) is not dict and not isinstance(payload, Mapping):  # dict: the usual, fast check
            raise ValidationError("payload must be a JSON object")
        if "password" in payload:
            raise ValidationError(
                "payload has a plaintext 'password' field", "store only a passlib hash in 'password_hash'"
            )
        if schema_version != event_type.schema_version:
            payload = upcast(event_type, schema_version, payload)
        keys = payload.keys()
        if keys != event_type.required and not (event_type.required <= keys <= event_type.field_names):
            missing = sorted(event_type.required - keys)
            if missing:
                raise ValidationError(f"payload is missing {', '.join(missing)}")
            raise ValidationError(f"payload has unknown field {', '.join(sorted(keys - event_type.field_names))}")
        for name, normalize, field in event_type.checks if new else event_type.stored_checks:
            value = payload.get(name, _ABSENT)
            if value == ERASED and field.personal:
                continue
            if value is not _ABSENT and normalize(value) != value:
                shown = "" if field.secret else f" {shown_value(value)}"
                raise ValidationError(f"{name}{shown} {field.unstored}", field.unstored_hint)
        return event_type, payload

    def fold(
        self,
        state: State | None,
        aggregate_id: str,
        version: int,
        type_name: str,
        schema_version: int,
        payload: Payload,
        recorded_at: str,
        *,
        new: bool = False,
        touched: dict[str, set[str] | None] | None = None,
        checked: Payload | None = None,
    ) -> State:
        """Apply one event to a stream's state; refuse what the rules do not allow.

        The single source of truth for every aggregate: commands, import, replay,
        verify and ``fold`` all come here. ``new``: the event is about to be appended
        (a command's or an import line), so its payload meets today's rules.
        ``touched``: where to note the keys of keyed collections the event changes
        (field -> keys, or EVERY_KEY), so a projection writes only their rows.
        ``checked``: the payload as :meth:`decode` returned it for ``new``, when the
        caller decoded it already (an import line checked ahead).

        The cost of one event does not depend on the size of the state: the new state
        shares every field with the old one, a keyed collection included (see
        :mod:`evtcli.domain.entries`).
        """
        if checked is None:
            event_type, payload = self.decode(type_name, schema_version, payload, new=new)
        else:
            event_type, payload = self.event_types[type_name], checked
        expected = next_version(state)
        if version != expected:
            raise RuleViolation(
                f"{self.name} {aggregate_id} version {version} does not follow version {expected - 1}"
            )
        if event_type.follows is None:
            if state is not None:
                raise RuleViolation(f"{self.name} {aggregate_id} already exists")
            return event_type.start(aggregate_id, payload, recorded_at)
        if state is None:
            raise RuleViolation(
                f"{self.name} {aggregate_id} does not exist: {type_name} cannot start a stream"
            )
        self.allow(event_type, state, aggregate_id)
        # An event whose personal values are erased was checked when it was written;
        # what it is compared with is erased too, so it is not refused again.
        refusal = event_type.refuse(state, payload) if not erased_in(event_type, payload) else None
        if refusal is not None:
            raise RuleViolation(f"{self.name} {aggregate_id} {refusal[0]}", refusal[1])
        changed = _copy(state)
        fields = changed.__dict__
        fields.update(event_type.apply(state, payload, recorded_at))
        for name in self.entry_fields:
            operation = fields[name]
            if isinstance(operation, Operation):
                fields[name] = operation.applied(getattr(state, name))
                if touched is not None:
                    operation.note(touched, name)
        fields["version"] = version
        fields["updated_at"] = recorded_at
        return changed

    def new_state(self, **fields: Any) -> State:
        """``state(**fields)`` made as :func:`_copy` copies one, without the dataclass
        ``__init__``: a frozen dataclass sets each field through ``object.__setattr__``,
        several times slower, and a replay or verify makes one new state per stream.
        Fields left out take their defaults; a missing or unknown field is a TypeError."""
        made = object.__new__(self.state)
        values = made.__dict__
        values.update(self._defaults)
        for name, factory in self._factories.items():
            if name not in fields:
                values[name] = factory()
        values.update(fields)
        if values.keys() != self._field_names:
            self.state(**fields)  # raises the TypeError __init__ would
        return made

    def allow(self, event_type: type[EventType], state: State, aggregate_id: str) -> None:
        """Refuse ``event_type`` after a stream in ``state`` when its status does not
        allow it (the payload aside: a command may ask before it has one)."""
        if event_type.follows is not None and state.status not in event_type.follows:
            raise RuleViolation(
                f"cannot {event_type.verb} {self.name} {aggregate_id}: it is {state.status}",
                event_type.hints.get(state.status)
                or f"{event_type.type} applies to {_either(sorted(event_type.follows))} {self.name}s only",
            )

    def fold_envelopes(self, envelopes: Iterable[Any], state: State | None = None) -> State | None:
        """The state after a stream's envelopes, from ``state`` (None: from the start)."""
        for e in envelopes:
            state = self.fold(state, e.aggregate_id, e.version, e.type, e.schema_version, e.payload, e.recorded_at)
        return state

    # -- writing --------------------------------------------------------------------

    def draft(self, type_name: str, **values: Any) -> tuple[type[EventType], dict[str, Any]]:
        """A payload for a command: each given value in its stored form, None values left out."""
        event_type = self.event_type(type_name)
        payload = self.normalize(type_name, **values)
        missing = [name for name in sorted(event_type.required) if name not in payload]
        if missing:
            raise ValidationError(f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} required")
        return event_type, payload

    def normalize(self, type_name: str, **values: Any) -> dict[str, Any]:
        """The given payload values in their stored form (ValidationError if one is wrong)."""
        event_type = self.event_type(type_name)
        unknown = values.keys() - event_type.field_names
        if unknown:
            raise TypeError(f"{type_name} has no field {', '.join(sorted(unknown))}")
        return {field.name: field.normalize(values[field.name]) for field in event_type.fields if values.get(field.name) is not None}

    def public(self, state: State) -> dict[str, Any]:
        """A state as a dict for output: every field but the secret ones."""
        return {name: getattr(state, name) for name in self.public_state_fields}

    # -- snapshots ------------------------------------------------------------------

    @property
    def personal_state_fields(self) -> frozenset[str]:
        """State fields that hold personal values: those named as a personal payload
        field of an event type that seals it (sealed in snapshots too, §11)."""
        return frozenset(
            name
            for event_type in self.event_types.values()
            if event_type.sealed_since is not None
            for name in event_type.personal
            if name in self._field_names
        )

    @property
    def fingerprint(self) -> str:
        """A digest of this declaration as a fold reads it: the state's fields, and each
        event type's name, schema version, fields, statuses and the code of its
        ``start``, ``apply``, ``refuse`` and upcasters. A snapshot made under another
        fingerprint was folded by other rules, so it is not used (§11)."""
        if self._fingerprint is None:
            from evtcli.domain.fingerprint import declaration_digest

            self._fingerprint = declaration_digest(self)
        return self._fingerprint


_ABSENT = object()


def _copy(state: State) -> State:
    """A copy of a frozen dataclass state, made without its __init__.

    The fold makes one new state per event of the log; ``dataclasses.replace``
    introspects the class and goes through the frozen ``__setattr__`` for every field
    each time, several times slower than copying the instance's dict.
    """
    copied = object.__new__(type(state))
    copied.__dict__.update(state.__dict__)
    return copied


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
