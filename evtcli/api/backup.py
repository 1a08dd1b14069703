"""``evtcli backup``: a consistent copy of a SQLite store, checked as ``verify`` checks one.

The copy is made by the store's backend (:func:`evtcli.store.dialect.backup_to`):
on SQLite, SQLite's online backup in one read transaction while writers go on; on
PostgreSQL it is refused, naming pg_dump. The copy is then opened as a store of its
own, read-only, and verified: the figures reported are the copy's, not the source's,
so they say what the file holds.

The copy holds everything the database does, the ``user_keys`` table included: the
keys that open users' personal data (§9). It must be kept as safe as the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evtcli.errors import UsageProblem
from evtcli.store import dialect

if TYPE_CHECKING:
    from evtcli.api import Store
    from evtcli.audit.report import VerifyReport


@dataclass(frozen=True)
class Backup:
    """What a backup wrote: the file, the log it holds and what verifying it found."""

    path: Path
    events: int
    head: int  # the position of the copy's last event (0: an empty log)
    head_hash: str | None
    head_recorded_at: str | None
    bytes: int
    report: VerifyReport

    @property
    def verified(self) -> bool:
        return self.report.ok

    def as_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "events": self.events,
            "head": {"position": self.head, "hash": self.head_hash, "recorded_at": self.head_recorded_at},
            "bytes": self.bytes,
            "mode": "0600",
            "verified": self.verified,
            "problems": [
                {"where": problem.where, "position": problem.position, "kind": problem.kind, "what": problem.what}
                for problem in self.report.problems
            ],
        }


def backup(
    store: Store,
    target: str | Path,
    *,
    replace: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Backup:
    """Copy ``store`` to the file ``target`` (mode 0600) as one commit left it, while
    other processes go on writing, then verify the copy.

    An existing ``target`` is refused unless ``replace``, and replaced only by a
    complete copy. PostgreSQL is refused (pg_dump makes its copies). ``progress`` is
    called as :meth:`Store.verify` calls it, while the copy is verified.
    """
    from evtcli.api import open_store

    if str(target) in ("", "-"):
        raise UsageProblem("backup writes a file, not standard output", "give the path of the file to create")
    path = Path(target).expanduser().absolute()
    if "://" in str(path):
        raise UsageProblem(f"{target} looks like a URL", "give the path of the file to create")
    dialect.backup_to(store.engine, store.location, path, replace=replace)
    with open_store(str(path), read_only=True) as copy:
        head = copy.head_event()
        report = copy.verify(progress=progress)
    return Backup(
        path=path,
        events=report.events,
        head=0 if head is None else head.position,
        head_hash=None if head is None else head.hash,
        head_recorded_at=None if head is None else head.recorded_at,
        bytes=path.stat().st_size,
        report=report,
    )
