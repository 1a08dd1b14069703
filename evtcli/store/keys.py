"""Per-stream keys, and sealing personal values with them (§9, crypto-shredding).

Each stream of an aggregate that declares sealed event types (the user) gets a random
AES-256-GCM key of its own, in ``<aggregate>_keys`` (not an event table: a key row
may be deleted). A personal value is stored as ``aesgcm:`` and the base64 of a fresh
96-bit nonce followed by the ciphertext and tag; the stream id and the field name are
the associated data, so a sealed value cannot be moved to another stream or field.
The hash chain covers the sealed text, so verifying it needs no key.

Forgetting a stream deletes its key: from then on its sealed values read as
:data:`~evtcli.domain.model.ERASED`, as they do for a reader that never had the key.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import Any, Collection, Iterable, Mapping

from sqlalchemy import Column, Connection, LargeBinary, PrimaryKeyConstraint, Table, delete, insert, select

from evtcli.domain.model import ERASED, Aggregate, EventType
from evtcli.domain.registry import Model
from evtcli.errors import IntegrityProblem, ValidationError
from evtcli.store import dialect
from evtcli.store.schema import metadata

SEALED_PREFIX = "aesgcm:"
_PREFIX_LENGTH = len(SEALED_PREFIX)
KEY_BYTES = 32
NONCE_BYTES = 12
# Keys read ahead, in id order, when streams are read in id order (replay, verify).
WINDOW = 1000

_key_tables: dict[str, Table] = {}


def key_table(aggregate: str) -> Table:
    """The key table of an aggregate (made once per process, on first use)."""
    table = _key_tables.get(aggregate)
    if table is None:
        name = f"{aggregate}_keys"
        table = Table(
            name,
            metadata,
            Column(f"{aggregate}_id", dialect.byte_ordered(36)),
            Column("key", LargeBinary, nullable=False),
            PrimaryKeyConstraint(f"{aggregate}_id", name=f"{name}_pkey"),
        )
        _key_tables[aggregate] = table
    return table


def key_tables(model: Model) -> dict[str, Table]:
    """aggregate -> key table, for every aggregate that seals personal fields."""
    return {name: key_table(name) for name, aggregate in model.aggregates.items() if aggregate.sealed}


# Set on first use: only commands that seal or unseal pay for loading cryptography.
_AESGCM: Any = None
_INVALID: tuple[type[BaseException], ...] = (binascii.Error, ValueError, UnicodeDecodeError)


def _aesgcm(key: bytes) -> Any:
    global _AESGCM, _INVALID
    if _AESGCM is None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        _AESGCM, _INVALID = AESGCM, (*_INVALID, InvalidTag)
    return _AESGCM(key)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(SEALED_PREFIX)


class Keyring:
    """The keys of one store, read and written inside the caller's transaction.

    Keys are cached as ciphers for the life of the keyring (one command or one
    import); reads in id order fetch them ``WINDOW`` at a time, so a replay of a
    million users holds at most a window of keys and makes one query per window.
    Keys never leave this object except through :meth:`export`.
    """

    def __init__(self, conn: Connection, model: Model) -> None:
        self.conn = conn
        self.model = model
        self.tables = key_tables(model)
        # aggregate -> id -> cipher (None: known to have no key)
        self._ciphers: dict[str, dict[str, Any]] = {name: {} for name in self.tables}
        # aggregate -> (first, last) id of the keys last read ahead, all of them cached
        self._window: dict[str, tuple[str, str] | None] = dict.fromkeys(self.tables)
        self.unreadable: set[tuple[str, str]] = set()  # streams read without their key
        # aggregate -> id -> (cipher, key) given from outside, stored by store_given()
        self._given: dict[str, dict[str, tuple[Any, bytes]]] = {}

    def __repr__(self) -> str:
        return f"Keyring({sorted(self.tables)})"

    # -- finding keys -------------------------------------------------------------

    def _cipher(self, aggregate: str, aggregate_id: str) -> Any:
        given = self._given.get(aggregate)
        if given and aggregate_id in given:
            return given[aggregate_id][0]
        ciphers = self._ciphers[aggregate]
        if aggregate_id in ciphers:
            return ciphers[aggregate_id]
        window = self._window[aggregate]
        if window is not None and window[0] <= aggregate_id <= window[1]:
            return None  # within the keys read ahead, and not among them: it has none
        # Read ahead from here in id order: the next streams' keys come in one query.
        table = self.tables[aggregate]
        id_column = table.c[f"{aggregate}_id"]
        rows = self.conn.execute(
            select(id_column, table.c.key).where(id_column >= aggregate_id).order_by(id_column).limit(WINDOW)
        ).all()
        if len(ciphers) > 4 * WINDOW:
            ciphers.clear()  # bounded: streams read in id order do not come back
        for row_id, key in rows:
            ciphers[row_id] = _aesgcm(key)
        self._window[aggregate] = (aggregate_id, rows[-1][0] if len(rows) == WINDOW else _AFTER_EVERY_ID)
        return ciphers.get(aggregate_id)

    def existing(self, aggregate: str, aggregate_id: str) -> Any:
        """The stream's cipher, or None when it has no key (never made, or forgotten)."""
        return self._cipher(aggregate, aggregate_id) if aggregate in self.tables else None

    def prefetch(self, aggregate: str, ids: Iterable[str]) -> None:
        """Read the keys of these streams in one query a batch (the writer's random access)."""
        if aggregate not in self.tables:
            return
        ciphers = self._ciphers[aggregate]
        wanted = [i for i in ids if i not in ciphers]
        if not wanted:
            return
        found = self._stored(aggregate, wanted)
        for aggregate_id in wanted:
            key = found.get(aggregate_id)
            ciphers[aggregate_id] = None if key is None else _aesgcm(key)

    def prefetch_sealed(self, events: Iterable[Any]) -> None:
        """Read, one query a batch per aggregate, the keys that open these events'
        sealed values (events or drafts: anything with the envelope's fields)."""
        wanted: dict[str, set[str]] = {}
        for event in events:
            if event.aggregate in self.tables:
                event_type = self.model.aggregates[event.aggregate].event_types.get(event.type)
                if event_type is not None and event_type.stored_sealed(event.schema_version):
                    wanted.setdefault(event.aggregate, set()).add(event.aggregate_id)
        for aggregate, ids in wanted.items():
            self.prefetch(aggregate, ids)

    def _stored(self, aggregate: str, ids: Iterable[str]) -> dict[str, bytes]:
        """id -> key of those streams that have one, 500 ids a query."""
        table = self.tables[aggregate]
        id_column = table.c[f"{aggregate}_id"]
        wanted = sorted(set(ids))
        found: dict[str, bytes] = {}
        for start in range(0, len(wanted), 500):
            query = select(id_column, table.c.key).where(id_column.in_(wanted[start : start + 500]))
            found.update(self.conn.execute(query).all())
        return found

    # -- writing keys ---------------------------------------------------------------

    def give(self, aggregate: str, keys: Mapping[str, bytes]) -> None:
        """Hold keys given from outside (``import --keys``) to open the events being
        imported; :meth:`store_given` stores them at the end. A different key for a
        stream that has one already is refused."""
        stored = self._stored(aggregate, keys)
        for aggregate_id, key in keys.items():
            if stored.get(aggregate_id, key) != key:
                raise ValidationError(
                    f"the keys file has another key for {aggregate} {aggregate_id} than the database",
                    "give the keys file written with the export of this database",
                )
        given = self._given.setdefault(aggregate, {})
        for aggregate_id, key in keys.items():
            if aggregate_id not in stored:
                given[aggregate_id] = _aesgcm(key), key

    def store_given(self, forgotten: Mapping[str, Collection[str]]) -> dict[str, int]:
        """Store the keys given, except those of forgotten streams (``forgotten``:
        aggregate -> the ids of its forgotten streams): a forgotten stream never gets
        a key back, not even from the keys file of an export taken before it was
        forgotten. Returns how many were left out that way, per aggregate."""
        left_out: dict[str, int] = {}
        for aggregate, given in self._given.items():
            gone = forgotten.get(aggregate, ())
            rows = []
            for aggregate_id, (_, key) in given.items():
                if aggregate_id in gone:
                    left_out[aggregate] = left_out.get(aggregate, 0) + 1
                else:
                    rows.append({f"{aggregate}_id": aggregate_id, "key": key})
            if rows:
                self.conn.execute(insert(self.tables[aggregate]), rows)
        self._given.clear()
        return left_out

    def ensure(self, aggregate: str, aggregate_id: str) -> Any:
        """The stream's cipher, making and storing its key first if it has none."""
        cipher = self._cipher(aggregate, aggregate_id)
        if cipher is None:
            key = new_key()
            self.conn.execute(insert(self.tables[aggregate]).values({f"{aggregate}_id": aggregate_id, "key": key}))
            cipher = self._ciphers[aggregate][aggregate_id] = _aesgcm(key)
        return cipher

    def delete(self, aggregate: str, aggregate_id: str) -> bool:
        """Delete the stream's key (forgetting it); True if there was one."""
        table = self.tables[aggregate]
        deleted = self.conn.execute(delete(table).where(table.c[f"{aggregate}_id"] == aggregate_id)).rowcount
        self._ciphers[aggregate][aggregate_id] = None
        given = self._given.get(aggregate, {})
        if aggregate_id in given:  # forgotten by the import that gave it: never stored
            given[aggregate_id] = None, given[aggregate_id][1]
        return bool(deleted)

    def held(self, aggregate: str, ids: Iterable[str]) -> set[str]:
        """Those of these streams that have a key stored."""
        return set(self._stored(aggregate, ids))

    def export(self, aggregate: str, ids: Iterable[str]) -> Iterable[tuple[str, bytes]]:
        """(id, key) of those streams that have a key, in id order."""
        yield from sorted(self._stored(aggregate, ids).items())

    # -- sealing and unsealing --------------------------------------------------------

    def seal(self, aggregate: Aggregate, aggregate_id: str, type_name: str, payload: Mapping[str, Any]) -> Mapping[str, Any]:
        """The payload as stored: its personal values sealed, when its type seals them."""
        event_type = aggregate.event_types[type_name]
        if event_type.sealed_since is None or not any(name in payload for name in event_type.personal):
            return payload
        cipher = self.ensure(aggregate.name, aggregate_id)
        sealed = dict(payload)
        for name in event_type.personal:
            if name in sealed:
                sealed[name] = seal_value(cipher, aggregate_id, name, sealed[name])
        return sealed

    def unseal(
        self, aggregate: Aggregate, aggregate_id: str, type_name: str, schema_version: Any, payload: Mapping[str, Any]
    ) -> Mapping[str, Any]:
        """The payload as the fold reads it: sealed values opened, or ERASED without a key."""
        event_type = aggregate.event_types.get(type_name)
        if event_type is None or not event_type.stored_sealed(schema_version):
            return payload  # plaintext (or not a declared type: decode says so)
        return self._open(aggregate.name, aggregate_id, event_type, payload)

    def _open(self, aggregate: str, aggregate_id: str, event_type: type[EventType], payload: Mapping[str, Any]) -> dict[str, Any]:
        opened = dict(payload)
        cipher = _UNSET
        for name in event_type.personal:
            value = opened.get(name)
            if value is None:
                continue
            if not is_sealed(value):
                raise ValidationError(
                    f"{name} of a {event_type.type} of schema_version {event_type.sealed_since} or later is not sealed",
                    "such events come from evtcli itself: export them with their keys (--keys) rather than writing them",
                )
            if cipher is _UNSET:
                cipher = self._cipher(aggregate, aggregate_id)
            if cipher is None:
                self.unreadable.add((aggregate, aggregate_id))
                opened[name] = ERASED
                continue
            opened[name] = open_value(cipher, aggregate, aggregate_id, name, value)
        return opened


def seal_value(cipher: Any, aggregate_id: str, field: str, value: str) -> str:
    """One personal value as stored: sealed with a fresh nonce, bound to its stream and field."""
    nonce = os.urandom(NONCE_BYTES)
    data = cipher.encrypt(nonce, value.encode("utf-8"), _associated(aggregate_id, field))
    return SEALED_PREFIX + base64.b64encode(nonce + data).decode("ascii")


def open_value(cipher: Any, aggregate: str, aggregate_id: str, field: str, value: str) -> str:
    """One sealed value opened; IntegrityProblem when it does not open with the stream's key."""
    try:
        raw = binascii.a2b_base64(value[_PREFIX_LENGTH:], strict_mode=True)
        return cipher.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _associated(aggregate_id, field)).decode()  # type: ignore[no-any-return]
    except _INVALID:
        raise IntegrityProblem(
            f"the sealed {field} of {aggregate} {aggregate_id} does not open with its key",
            "the value or the key was changed; run 'evtcli verify'",
        ) from None


def cipher_for(key: bytes) -> Any:
    """The AES-GCM cipher of a key (for tools that seal outside a store, like the benchmarks)."""
    return _aesgcm(key)


_UNSET = object()
_AFTER_EVERY_ID = "\U0010ffff"


def _associated(aggregate_id: str, field: str) -> bytes:
    return f"{aggregate_id}\n{field}".encode("utf-8")


