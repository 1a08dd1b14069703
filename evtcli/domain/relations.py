"""How streams of one aggregate depend on streams of another (a group and its members).

Two declarations cover it, and the write path reads both:

- a :class:`Reference` on a payload field: the stream it names must exist and be in
  one of the given statuses when the event happens (only a live user can be added);
- a :class:`Membership` on an aggregate: the streams its states hold (a group's
  members) may stay held only while they are in the given statuses. When a held
  stream leaves them (a user is destroyed) every holder lets it go in the same
  transaction, with the declared release event: a command appends those events
  itself, caused by the one that made the change; an import must carry them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Collection


@dataclass(frozen=True)
class Reference:
    """The stream of ``aggregate`` a payload field names, and the statuses it may have."""

    aggregate: str
    statuses: frozenset[str]
    hint: str


@dataclass(frozen=True)
class Membership:
    """Streams of ``aggregate`` a state holds, held only while in ``statuses``.

    ``held`` gives the ids a state holds; ``release`` is the event type that lets one
    go and ``field`` its payload field naming the stream let go; ``role`` is what a
    held stream is called ("member").
    """

    aggregate: str
    held: Callable[[Any], Collection[str]]
    statuses: frozenset[str]
    release: str
    field: str
    role: str = "member"
