"""Replay's check of the hash chain, in a second process while replay folds.

Replay refuses a log whose hash chain is broken before it writes anything. The
check reads every event in position order and hashes it; the fold reads every
event in stream order. Neither needs the other, so with a second CPU the check
runs in a second process, on its own read-only connection, and replay asks for
its verdict before it commits. The log it reads is the one replay folds: replay
holds the write lock, so no event can be appended meanwhile, and it appends none.

The second process is a fresh interpreter (``python -m evtcli.api.chain_check``),
not a fork: a database connection must not be carried across ``fork``, and SQLite
keeps its file locks per process. It is given the database's location on its
standard input (a URL may hold a password) and answers with one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Callable

from evtcli.errors import IntegrityProblem
from evtcli.processes import second_process
from evtcli.progress import Progress

# From about this many events on, the check takes longer than starting a second
# interpreter (about a quarter of a second) on the other CPU.
SECOND_PROCESS_EVENTS = 50_000


class ChainCheck:
    """The check running in a second process; :meth:`verdict` waits for it."""

    def __init__(self, url: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "evtcli.api.chain_check"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._done = False
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(url.encode("utf-8"))
            self._process.stdin.close()
        except BrokenPipeError:
            pass  # it has ended already: its answer (or its silence) says why
        self._process.stdin = None  # given and closed: communicate() reads only

    def verdict(self) -> int | None:
        """The number of events checked; IntegrityProblem if the chain is broken; None
        when the second process could not check (the caller checks in its own)."""
        out, _ = self._process.communicate()
        self._done = True
        try:
            answer = json.loads(out.decode("utf-8").strip().splitlines()[-1])
        except (ValueError, IndexError):
            return None
        if answer.get("broken"):
            raise IntegrityProblem(answer["message"], answer.get("hint"))
        events = answer.get("events")
        return events if isinstance(events, int) else None

    def stop(self) -> None:
        """End it unasked (replay failed or was interrupted), and reap it."""
        if self._done:
            return
        self._done = True
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


def start(url: str, events: int, model_is_evtclis: bool) -> ChainCheck | None:
    """A check started in a second process, when it pays (see :mod:`evtcli.processes`)
    and the log is evtcli's own declaration's (the second process reads the tables
    of evtcli's model); None: check in this process."""
    if not model_is_evtclis or not second_process(events >= SECOND_PROCESS_EVENTS):
        return None
    return ChainCheck(url)


class ReplayCheck:
    """Replay's chain check: beside the fold in a second process when that pays (see
    :func:`start`), else in this process before the fold. ``check_here(progress)``
    checks in this process; leaving the block ends a second process still running."""

    def __init__(self, check_here: Callable[[Progress], Any], url: str, events: int, model_is_evtclis: bool) -> None:
        self._check_here = check_here
        self._beside = start(url, events, model_is_evtclis)

    def __enter__(self) -> ReplayCheck:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._beside is not None:
            self._beside.stop()

    def before_fold(self, progress: Progress) -> None:
        if self._beside is None:
            self._check_here(progress)

    def after_fold(self, progress: Progress) -> None:
        """The second process's verdict (IntegrityProblem if the chain is broken), or
        the check done here when it could not check."""
        if self._beside is None:
            return
        events = self._beside.verdict()
        if events is None:
            self._check_here(progress)
        elif progress is not None:
            progress(events)


def main() -> int:
    """The second process: check the chain of the database named on stdin; one JSON line out."""
    import evtcli

    url = sys.stdin.read()
    try:
        with evtcli.open_store(url, read_only=True) as store, store._read() as conn:
            events = store.log.check_chain(conn)
    except IntegrityProblem as problem:
        answer: dict[str, Any] = {"broken": True, "message": problem.message, "hint": problem.hint}
    except Exception as exc:  # noqa: BLE001 - any other failure: the parent checks itself
        answer = {"failed": f"{type(exc).__name__}: {exc}"}
    else:
        answer = {"events": events}
    sys.stdout.write(json.dumps(answer) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
