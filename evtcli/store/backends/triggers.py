"""What a backend says of each append-only trigger an event table must have.

Each backend knows which triggers it makes on an event table (their names live
there, beside the code that makes them) and how to read them back from its
catalogue; :mod:`evtcli.audit.triggers` turns what it reads into verify's problems.
"""

from __future__ import annotations

from enum import Enum


class TriggerState(Enum):
    """How one of an event table's append-only triggers stands; the value completes
    "its append-only trigger <name> …"."""

    IN_PLACE = "is in place"
    MISSING = "is missing"
    DISABLED = "is disabled"
    NOT_ALWAYS = "does not fire in a session with session_replication_role = replica"
    CHANGED = "is not the one evtcli makes"
