"""evtcli: a command-line event store for user accounts.

The library comes first; the CLI is its first client::

    import evtcli
    store = evtcli.open_store("evtcli.db", create=True)
    user_id = store.create_user("Ada", "ada@example.com", "correct horse")
    store.rename_user(user_id, "Ada Lovelace")
    print(store.get_stream("user", user_id).name)

Heavy dependencies (SQLAlchemy, passlib, email-validator) are imported only when
a store is opened, so ``evtcli --version`` and ``--help`` start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evtcli.errors import (
    AmbiguousReference,
    ConcurrencyConflict,
    DatabaseBusy,
    DatabaseMissing,
    EvtcliError,
    IntegrityProblem,
    NotAnEvtcliDatabase,
    NotFound,
    PasswordMismatch,
    RuleViolation,
    SchemaTooNew,
    SchemaTooOld,
    StoreError,
    UsageProblem,
    ValidationError,
)

if TYPE_CHECKING:
    from evtcli.api import Store

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "open_store",
    "AmbiguousReference",
    "ConcurrencyConflict",
    "DatabaseBusy",
    "DatabaseMissing",
    "EvtcliError",
    "IntegrityProblem",
    "NotAnEvtcliDatabase",
    "NotFound",
    "PasswordMismatch",
    "RuleViolation",
    "SchemaTooNew",
    "SchemaTooOld",
    "StoreError",
    "UsageProblem",
    "ValidationError",
]


def open_store(url_or_path: str = "evtcli.db", **options: Any) -> "Store":
    """Open (and with ``create=True`` create) an evtcli store. See :func:`evtcli.api.open_store`."""
    from evtcli.api import open_store as _open_store

    return _open_store(url_or_path, **options)
