"""Keyed collections in a state (a group's members), changed one entry per event.

A state field declared with :func:`entries` holds a persistent map (``immutables.Map``,
a hash array mapped trie written in C): setting or dropping one entry makes a new map
that shares every other entry with the old one, in O(log n). So folding an event
never copies a collection whole, however large it is, and every state stays safe to
share: the state before an event is still whole after it.

An event type's ``apply`` says what it does to a collection with an operation, not
with a new collection: ``{"members": Put(user_id, recorded_at)}``, ``Drop(user_id)``
or ``CLEAR``. The fold applies it (:meth:`Operation.applied`) and, when asked, notes
which keys changed, so a projection of the collection writes only those rows.

A write does not need a whole collection to decide: only its size and the entries
its events name. :class:`PartialEntries` is such a collection, whose entries are
looked up one key at a time (the store answers from an indexed table); it supports
``in``, ``[]``, ``get``, ``len``, ``set`` and ``delete``, and refuses to be iterated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Callable, Iterator

from immutables import Map

__all__ = ["Map", "Put", "Drop", "CLEAR", "EVERY_KEY", "PartialEntries", "entries", "is_entries"]

# What a write's touched keys hold for a collection that changed as a whole (CLEAR).
EVERY_KEY = None


def entries() -> Any:
    """A dataclass field holding a keyed collection (empty by default)."""
    return dataclasses.field(default_factory=Map, metadata={"entries": True})


def is_entries(field: dataclasses.Field[Any]) -> bool:
    return bool(field.metadata.get("entries"))


class Operation:
    """A change to one keyed collection, as an event's ``apply`` returns it."""

    __slots__ = ()

    def applied(self, collection: Any) -> Any:
        raise NotImplementedError

    def note(self, touched: dict[str, set[str] | None], field: str) -> None:
        """Record in ``touched`` which keys of ``field`` this operation changes."""
        raise NotImplementedError


class _OneEntry(Operation):
    """An operation on the entry of one key."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def note(self, touched: dict[str, set[str] | None], field: str) -> None:
        keys = touched.setdefault(field, set())
        if keys is not EVERY_KEY:
            keys.add(self.key)


class Put(_OneEntry):
    """Set the entry ``key`` to ``value`` (adding it when it is new)."""

    __slots__ = ("value",)

    def __init__(self, key: str, value: Any) -> None:
        super().__init__(key)
        self.value = value

    def applied(self, collection: Any) -> Any:
        return collection.set(self.key, self.value)


class Drop(_OneEntry):
    """Remove the entry ``key`` (nothing when there is none)."""

    __slots__ = ()

    def applied(self, collection: Any) -> Any:
        return collection.delete(self.key) if self.key in collection else collection


class _Clear(Operation):
    __slots__ = ()

    def applied(self, collection: Any) -> Any:
        return Map()

    def note(self, touched: dict[str, set[str] | None], field: str) -> None:
        touched[field] = EVERY_KEY

    def __repr__(self) -> str:
        return "CLEAR"


CLEAR = _Clear()  # remove every entry

_GONE = object()  # an entry a write dropped, among PartialEntries' changes


class PartialEntries(Mapping[str, Any]):
    """A keyed collection known by its size, whose entries are looked up by key.

    ``lookup(key)`` gives an entry's value as stored before the write, or None; the
    answers are remembered. Entries set or dropped since are kept apart (a persistent
    map too), so this is as safe to share as a whole collection. Iterating it is a
    bug: whatever needs every entry must read them all (:meth:`whole`).
    """

    __slots__ = ("_size", "_lookup", "_changes", "_seen")

    def __init__(
        self,
        size: int,
        lookup: Callable[[str], Any],
        changes: Map | None = None,
        seen: dict[str, Any] | None = None,
    ) -> None:
        self._size = size
        self._lookup = lookup
        self._changes = Map() if changes is None else changes
        # Looked-up answers, shared by every collection made from this one: an entry
        # as stored before the write does not change while the write runs.
        self._seen: dict[str, Any] = {} if seen is None else seen

    def _stored(self, key: str) -> Any:
        seen = self._seen
        if key not in seen:
            seen[key] = self._lookup(key)
        return seen[key]

    def get(self, key: str, default: Any = None) -> Any:
        value = self._changes.get(key, _GONE) if key in self._changes else self._stored(key)
        return default if value is None or value is _GONE else value

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _GONE)
        if value is _GONE:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _GONE) is not _GONE

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a partly read collection cannot be iterated; read it whole first")

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"PartialEntries(size={self._size}, changed={len(self._changes)})"

    def set(self, key: str, value: Any) -> "PartialEntries":
        size = self._size if key in self else self._size + 1
        return PartialEntries(size, self._lookup, self._changes.set(key, value), self._seen)

    def delete(self, key: str) -> "PartialEntries":
        if key not in self:
            raise KeyError(key)
        return PartialEntries(self._size - 1, self._lookup, self._changes.set(key, _GONE), self._seen)

    def whole(self, stored: dict[str, Any]) -> dict[str, Any]:
        """Every entry, given every entry as stored (before the write or after it: the
        changes are applied again, which changes nothing twice). ``stored`` is changed
        in place and returned: a plain dict, for a snapshot to write, made without
        building a persistent map of a large collection first."""
        for key, value in self._changes.items():
            if value is _GONE:
                stored.pop(key, None)
            else:
                stored[key] = value
        return stored
