"""Building JSON Lines events for the import, export and verify tests."""

from __future__ import annotations

import io
import json
import uuid
from typing import Any

# Looks like a passlib hash, which is all a stored payload needs; nothing is verified against it.
FAKE_HASH = "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g"


def uid(number: int) -> str:
    """A readable, canonical UUID: uid(1) == '00000000-0000-0000-0000-000000000001'."""
    return str(uuid.UUID(int=number))


def created(
    user: int,
    *,
    name: str = "Ada Lovelace",
    email: str = "ada@example.com",
    version: int = 1,
    minute: int = 0,
    **fields: Any,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "aggregate": "user",
        "aggregate_id": uid(user),
        "version": version,
        "type": "Created",
        "payload": {"name": name, "email": email, "password_hash": FAKE_HASH},
        "recorded_at": f"2026-01-01T10:{minute:02d}:00.000000Z",
    }
    event.update(fields)
    return event


def destroyed(
    user: int, *, version: int = 2, reason: str | None = None, minute: int = 30, **fields: Any
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "aggregate": "user",
        "aggregate_id": uid(user),
        "version": version,
        "type": "Destroyed",
        "payload": {} if reason is None else {"reason": reason},
        "recorded_at": f"2026-01-01T11:{minute:02d}:00.000000Z",
    }
    event.update(fields)
    return event


def line(event: dict[str, Any] | str | bytes) -> bytes:
    """One line: an event as JSON, or raw text/bytes as given (for broken lines)."""
    if isinstance(event, bytes):
        return event + b"\n"
    if isinstance(event, str):
        return (event + "\n").encode("utf-8")
    return (json.dumps(event, ensure_ascii=False) + "\n").encode("utf-8")


def jsonl(*events: dict[str, Any] | str | bytes) -> bytes:
    return b"".join(line(event) for event in events)


def stream(*events: dict[str, Any] | str | bytes) -> io.BytesIO:
    return io.BytesIO(jsonl(*events))
