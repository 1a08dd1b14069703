"""``evtcli consumer …`` and ``evtcli consume``: named feeds of the log (SPEC §12).

``consume`` holds the consumer, runs COMMAND once per batch with the batch's events
on its stdin as JSON Lines, and moves the checkpoint past a batch only when COMMAND
exits 0; or, with ``--jsonl``, prints the events and moves it past each line its
reader took. COMMAND runs in a session of its own, so a terminal's Ctrl-C reaches
evtcli alone: the first SIGINT or SIGTERM lets the running batch finish, the second
stops it (its events stay undelivered).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from evtcli.cli.interrupts import StopRequest
from evtcli.cli.options import EventTypes, Quiet
from evtcli.cli.readers import is_pipe, stdout_descriptor, stdout_reader_gone, taken_by_reader
from evtcli.cli.render.consumers import consumer_deleted, consumer_list, consumer_status
from evtcli.cli.settings import Settings
from evtcli.errors import EvtcliError, UsageProblem

if TYPE_CHECKING:
    from evtcli.api import Store
    from evtcli.api.consumers import Batch

app = typer.Typer(help="Named feeds of the log for other systems.", no_args_is_help=True)

# The first retry waits this long; each next one twice as long.
FIRST_RETRY_WAIT = 0.5
# How often --follow looks for new commits: well inside the 0.5 s the spec allows.
FOLLOW_POLL_SECONDS = 0.1

Aggregates = Annotated[
    Optional[list[str]],
    typer.Option("--aggregate", metavar="AGGREGATE", help="Only events of this aggregate. Repeatable."),
]
Where = Annotated[str, typer.Option("--from", metavar="POSITION", help="start, head (the default: events from now on) or a position: deliver the events after it.")]


def _start(text: str, option: str) -> str | int:
    if text in ("start", "head"):
        return text
    if text.isascii() and text.isdigit():
        from evtcli.domain.numbers import LARGEST_NUMBER

        if int(text) <= LARGEST_NUMBER:
            return int(text)
    raise UsageProblem(f"{option} {text!r} is not start, head or a position", f"give {option} start, head or a position")


@app.command("create")
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="1 to 64 of A-Z a-z 0-9 . _ -")],
    aggregates: Aggregates = None,
    types: EventTypes = None,
    start: Where = "head",
    quiet: Quiet = False,
) -> None:
    """Create a consumer (by default of the events from now on)."""
    settings: Settings = ctx.obj
    with settings.open(create=True) as store:
        status = store.create_consumer(name, aggregates=aggregates or (), types=types or (), start=_start(start, "--from"))
    if not quiet:
        consumer_status("created", status)


@app.command("list")
def list_consumers(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
) -> None:
    """List consumers: filters, checkpoint, lag, who holds them."""
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        consumer_list(store.consumers(), as_json)


@app.command("reset")
def reset(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME")],
    to: Annotated[str, typer.Option("--to", metavar="POSITION", help="start, head or a position: deliver the events after it next.")],
    quiet: Quiet = False,
) -> None:
    """Move a consumer's checkpoint (its next event is after --to)."""
    settings: Settings = ctx.obj
    with settings.open() as store:
        status = store.reset_consumer(name, _start(to, "--to"))
    if not quiet:
        consumer_status("reset", status)


@app.command("delete")
def delete(ctx: typer.Context, name: Annotated[str, typer.Argument(metavar="NAME")], quiet: Quiet = False) -> None:
    """Delete a consumer and its checkpoint."""
    settings: Settings = ctx.obj
    with settings.open() as store:
        store.delete_consumer(name)
    if not quiet:
        consumer_deleted(name)


def consume(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="The consumer.")],
    command: Annotated[
        Optional[list[str]], typer.Argument(metavar="COMMAND", help="After --: the command (and its arguments) run once per batch, the events on its stdin.")
    ] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, metavar="N", help="At most N events a batch.")] = 1,
    retries: Annotated[
        int, typer.Option("--retries", min=0, metavar="N", help="Run a failing COMMAND again up to N times, waiting 0.5 s, 1 s, 2 s …")
    ] = 5,
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Wait for new events until SIGINT or SIGTERM.")] = False,
    wait: Annotated[bool, typer.Option("--wait", help="Wait while another process holds the consumer.")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="Print the events to stdout instead of running a COMMAND.")] = False,
) -> None:
    """Feed a consumer's events to COMMAND or stdout, skipping none.

    After its checkpoint, in position order, a batch at a time; the checkpoint moves
    past a batch only once it was delivered (COMMAND exited 0, or --jsonl's reader
    took the line).

    COMMAND gets the events as JSON Lines (as 'events tail --jsonl' prints them) and
    EVTCLI_CONSUMER, EVTCLI_FIRST_POSITION and EVTCLI_LAST_POSITION in its environment.
    """
    if as_jsonl == bool(command):
        raise UsageProblem(
            "give a COMMAND after -- or --jsonl, not both" if as_jsonl else "no COMMAND to run",
            "evtcli consume NAME -- COMMAND [ARG…], or evtcli consume NAME --jsonl",
        )
    settings: Settings = ctx.obj
    with StopRequest((signal.SIGINT, signal.SIGTERM)) as stopping:
        with settings.open() as store, store.holding_consumer(name, wait=wait):
            # With --jsonl, a follower waiting for new events also stops when its
            # reader has gone (`| head -3` took its lines), as `events tail -f` does.
            def stop() -> bool:
                return bool(stopping) or (as_jsonl and stdout_reader_gone())

            batches = store.consumer_batches(name, batch, follow=follow, stop=stop, poll_interval=FOLLOW_POLL_SECONDS)
            for taken in batches:
                if as_jsonl:
                    if not _print_batch(store, name, taken):
                        break  # the reader has gone: the checkpoint is at its last line
                else:
                    _run_batch(name, command or [], taken, retries, stopping)
                store.acknowledge(name, taken.through)


def _run_batch(name: str, command: list[str], taken: Batch, retries: int, stopping: StopRequest) -> None:
    """Run COMMAND on one batch until it exits 0; EvtcliError when retries run out."""
    first, last = taken.positions[0], taken.positions[-1]
    data = "".join(line + "\n" for line in taken.lines).encode("utf-8")
    environment = {
        **os.environ,
        "EVTCLI_CONSUMER": name,
        "EVTCLI_FIRST_POSITION": str(first),
        "EVTCLI_LAST_POSITION": str(last),
    }
    for attempt in range(retries + 1):
        status = _run_once(command, data, environment)
        if status == 0:
            return
        if attempt == retries or stopping:
            break
        _sleep(FIRST_RETRY_WAIT * 2**attempt, stopping)
        if stopping:
            break
    said = f"exit status {status}" if status >= 0 else f"killed by signal {-status}"
    tries = "after a retry" if retries == 1 else f"after {retries} retries" if retries else "and was not retried"
    raise EvtcliError(
        f"{command[0]} failed on positions {first} to {last} ({said}) {tries}; the checkpoint stays at {taken.checkpoint}"
        if first != last
        else f"{command[0]} failed on position {first} ({said}) {tries}; the checkpoint stays at {taken.checkpoint}",
        "fix the command and run 'evtcli consume' again: it starts with this batch",
    )


def _run_once(command: list[str], data: bytes, environment: dict[str, str]) -> int:
    """COMMAND's exit status on ``data`` (negative: the signal that ended it). A second
    SIGINT or SIGTERM of evtcli stops it and goes on as KeyboardInterrupt."""
    try:
        child = subprocess.Popen(command, stdin=subprocess.PIPE, env=environment, start_new_session=True)
    except OSError as exc:
        raise UsageProblem(f"cannot run {command[0]}: {exc.strerror or exc}", "give a command on PATH, or its path") from None
    try:
        try:
            assert child.stdin is not None
            _widen(child.stdin.fileno(), len(data))
            child.stdin.write(data)
            child.stdin.close()
        except BrokenPipeError:
            pass  # it did not read them all: its status says whether that was fine
        return child.wait()
    except KeyboardInterrupt:
        try:
            os.killpg(child.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        child.wait()
        raise


def _widen(descriptor: int, size: int) -> None:
    """Let the pipe to COMMAND hold a whole batch (up to 1 MiB, Linux's default
    ceiling), so evtcli hands it over in one write instead of waiting on COMMAND's
    reads 64 KiB at a time."""
    import fcntl

    try:
        fcntl.fcntl(descriptor, getattr(fcntl, "F_SETPIPE_SZ", 1031), min(max(size, 65536), 1 << 20))
    except OSError:
        pass  # not Linux, or over the ceiling: the default pipe does the same, a little slower


def _sleep(seconds: float, stopping: StopRequest) -> None:
    deadline = time.monotonic() + seconds
    while not stopping and time.monotonic() < deadline:
        time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))


def _print_batch(store: Store, name: str, taken: Batch) -> bool:
    """Print a batch's lines, moving the checkpoint past each once its reader took it;
    False when the reader has gone (the line it did not take stays undelivered)."""
    out = sys.stdout.buffer
    # Not a pipe (a file, an in-memory stream): written is delivered.
    descriptor = stdout_descriptor()
    pipe = descriptor if descriptor is not None and is_pipe(descriptor) else None
    for line, position in zip(taken.lines, taken.positions):
        try:
            out.write((line + "\n").encode("utf-8"))
            out.flush()
        except BrokenPipeError:
            return False
        if pipe is not None and not taken_by_reader(pipe):
            return False
        store.acknowledge(name, position)
    return True
