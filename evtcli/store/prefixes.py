"""How long an id prefix must be to name one stream: a neighbour lookup on a sorted index.

A prefix of an id names only that id when no other id shares it; the ids sharing
the longest prefix with it are its neighbours in sorted order. So the shortest
unique prefix comes from two index seeks per id (the greatest id below it, the
least above), whatever the number of streams; nothing is scanned.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, literal, select, union_all

# Ids per statement: SQLite allows 500 terms in a compound SELECT.
CHUNK = 100


def unique_prefix_lengths(
    conn: Connection, columns: Sequence[Any], ids: Iterable[str], minimum: int
) -> dict[str, int]:
    """For each id, the length of its shortest prefix (at least ``minimum``) that no
    other value of ``columns`` (indexed, byte-ordered id columns) starts with."""
    wanted = list(dict.fromkeys(ids))
    lengths: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        selects = []
        for index, value in enumerate(chunk):
            parts = [literal(index).label("i")]
            for number, column in enumerate(columns):
                below = select(column).where(column < value).order_by(column.desc()).limit(1)
                above = select(column).where(column > value).order_by(column).limit(1)
                parts.append(below.scalar_subquery().label(f"b{number}"))
                parts.append(above.scalar_subquery().label(f"a{number}"))
            selects.append(select(*parts))
        query = union_all(*selects) if len(selects) > 1 else selects[0]
        for row in conn.execute(query):
            value = chunk[row[0]]
            shared = max((_shared(value, other) for other in row[1:] if other is not None), default=0)
            lengths[value] = min(len(value), max(minimum, shared + 1))
    return lengths


def _shared(one: str, other: str) -> int:
    """The length of the prefix the two share."""
    count = 0
    for a, b in zip(one, other):
        if a != b:
            break
        count += 1
    return count
