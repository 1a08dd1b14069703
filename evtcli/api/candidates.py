"""What a shell may complete a stream reference (USER, GROUP, …) with, from the database.

A reference is an id, a unique id prefix, or the value of the claim that names the
aggregate's streams (a user's email, a group's name: its declared ``naming``). The
candidates are the claimed values that start with what was typed (any case) of the
streams that hold them now, then the ids that start with it, at most ``limit`` in
all. Each is one query on the stream table; nothing is decrypted or folded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evtcli.api import Store

MAX_CANDIDATES = 50


def reference_candidates(store: Store, aggregate: str, typed: str, limit: int = MAX_CANDIDATES) -> list[str]:
    """Claimed values, then ids, of ``aggregate``'s streams that start with ``typed``;
    at most ``limit``. An id is offered once at least one character of it is typed."""
    naming = store.model.aggregate(aggregate).naming
    table = store.stream_table(aggregate)
    found: list[str] = []
    with store._read() as conn:
        if naming is not None and naming.claim in table.claims and naming.claim in table.table.c:
            found += table.held_values_with_prefix(conn, naming.claim, typed.casefold(), limit)
        if typed:
            found += table.ids_with_prefix(conn, typed.lower(), limit)
    return list(dict.fromkeys(found))[:limit]
