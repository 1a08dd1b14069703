"""Numbers in a request (an event's position, a stream's version, a cursor, an
offset), read so that one too large for the database is a 404, never a 500.

Both databases hold integers up to 2**63 - 1 (SQLite's INTEGER, PostgreSQL's
bigint); a larger one would overflow the driver (OverflowError on SQLite, an
out-of-range error on PostgreSQL) before any row was looked at. Nothing is stored
at such a number, so the answer is "not found". (Smaller numbers the pages clamp
before a query: a version to the stream's last, which PostgreSQL keeps in an int4
column; a member offset to 2**31.)
"""

from __future__ import annotations

import re

from evtcli.domain.numbers import LARGEST_NUMBER
from evtcli.errors import NotFound

LARGEST = LARGEST_NUMBER  # the largest integer either database holds
_NUMBER = re.compile(r"-?[0-9]+")  # ASCII digits only: int() also reads "１２" and "1_0"


def stored_number(text: str, what: str) -> int | None:
    """``text`` as an integer the database can hold; None when it is no number.

    Raises :class:`NotFound` (a 404) for a number outside the database's range,
    naming it as ``what`` ("position", "version"). The digits are counted before
    ``int`` reads them, so a number of thousands of digits is refused the same way
    (``int`` itself raises past 4300 digits).
    """
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    digits = text.lstrip("-").lstrip("0")
    if len(digits) > len(str(LARGEST)) or not -LARGEST - 1 <= int(text) <= LARGEST:
        shown = text if len(text) <= 40 else f"{text[:40]}…"
        raise NotFound(f"no {what} {shown}", f"a {what} is at most {LARGEST}")
    return int(text)


def query_int(text: str | None, default: int | None = None, *, what: str = "number") -> int | None:
    """A query parameter as an integer: ``default`` when it is missing or not a
    number; :class:`NotFound` when it is too large for the database."""
    found = stored_number(text, what) if text is not None else None
    return default if found is None else found


def path_position(text: str) -> int:
    """An event's position from the path (``/events/{position}``): digits that fit
    the database, else :class:`NotFound`."""
    found = stored_number(text, "position") if text.isascii() and text.isdigit() else None
    if found is None:
        raise NotFound(f"no event at position {text[:40]!r}", "a position is a whole number from 1")
    return found
