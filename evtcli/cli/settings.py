"""Global options and how commands open the store (lazily: --help never imports SQLAlchemy).

This module imports neither the cli package's hub nor the console script's entry
point: the entry point hands its start-up hook down through :func:`evtcli.cli.main`
(see :attr:`Settings.when_open`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from evtcli.errors import UsageProblem

if TYPE_CHECKING:
    from evtcli.api import Store


@dataclass
class Settings:
    db: str
    warned: bool = False

    # Runs each time a command has opened its store: start-up is over. The console
    # script sets it (to switch its garbage collector back on, see evtcli._startup);
    # a program that runs the CLI in-process leaves it None.
    when_open: ClassVar[Callable[[], None] | None] = None

    def open(self, *, create: bool = False, upgrade: bool = False, read_only: bool = False) -> Store:
        """Open the store. Commands that may start a history (``user create``, import,
        replay, ``init``) create a missing database; any other refuses, writing nothing.
        Commands that only read open it ``read_only``: they work where the user may
        read the database but not write it."""
        from evtcli import open_store
        from evtcli.cli.render.emit import warning

        if not self.db:  # `--db ""` (or `--db "$UNSET"`): no file is named "", not even "."
            raise UsageProblem("--db is empty", "give a database file path or a URL, or leave --db out for evtcli.db")
        store = open_store(
            self.db, create=create, upgrade=upgrade, read_only=read_only, busy_timeout=_busy_timeout()
        )
        if Settings.when_open is not None:
            Settings.when_open()
        if store.readable_by_others() and not self.warned:
            self.warned = True  # a command that opens the store twice says it once
            warning(f"{store.location.path} can be read by other users; run 'chmod 600 {store.location.path}'")
        return store


def _busy_timeout() -> float | None:
    raw = os.environ.get("EVTCLI_BUSY_TIMEOUT")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise UsageProblem(
            f"EVTCLI_BUSY_TIMEOUT={raw!r} is not a number", "give seconds, e.g. EVTCLI_BUSY_TIMEOUT=30"
        ) from None
    if value < 0:
        raise UsageProblem("EVTCLI_BUSY_TIMEOUT must not be negative", "give seconds, e.g. 30")
    return value
