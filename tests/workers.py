"""Worker processes that run evtcli commands one after another, for the load tests.

A worker is a real OS process (``python workers.py JOB RESULTS``) that runs a list of
evtcli commands in order and writes what each one did (exit code, stdout, stderr,
start and end on the monotonic clock, which Linux shares between processes).

Each command is a process of its own. In ``fork`` mode (the default) the worker
imports evtcli and its dependencies once and forks a child per command; the child
goes through the console-script entry point (``evtcli.cli.main``) with its own pid,
SQLite connection, stdin, stdout, stderr and exit status. Only interpreter start-up
and imports are shared: they cost about a second of CPU per command on a loaded
two-core machine, which would turn 800 commands into ten minutes. ``exec`` mode starts
``python -m evtcli`` for every command (set EVTCLI_STRESS_EXEC=1 to run the load tests
that way).

Workers can wait at a start line (a file that the test creates) so that racing
commands really start together.

This module is also imported by the tests for :func:`start`, :func:`collect` and
:class:`Outcome`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

HERE = Path(__file__).resolve()


@dataclass(frozen=True)
class Outcome:
    """What one command did."""

    args: list[str]
    exit: int
    stdout: str
    stderr: str
    start: float
    end: float


def mode() -> str:
    return "exec" if os.environ.get("EVTCLI_STRESS_EXEC", "") not in ("", "0") else "fork"


# (args, stdin) or (args, stdin, gate)
Command = tuple[Any, ...]


def _commands(commands: Sequence[Command], gate: Path | None) -> list[tuple[Sequence[str], str | bytes | None, Path | None]]:
    result = []
    for index, command in enumerate(commands):
        args, stdin, *rest = command
        own_gate = rest[0] if rest else None
        result.append((args, stdin, own_gate if own_gate is not None else (gate if index == 0 else None)))
    return result


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    results: Path
    ready: Path
    errors: Path


def start(
    directory: Path,
    name: str,
    db: str,
    commands: Sequence[Command],
    *,
    gate: Path | None = None,
    env: dict[str, str] | None = None,
    run_mode: str | None = None,
) -> Worker:
    """Start a worker that runs ``commands`` against ``db`` in order.

    A command is ``(args, stdin)`` or ``(args, stdin, gate)``: with a gate the worker
    waits for that file to exist before the command (``gate`` applies to the first).
    After command *i* the worker touches ``<directory>/<name>.done.<i>``.
    """
    job = directory / f"{name}.job.json"
    results = directory / f"{name}.results.json"
    ready = directory / f"{name}.ready"
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    clean_env.update(env or {})
    job.write_text(
        json.dumps(
            {
                "db": db,
                "commands": [
                    {
                        "args": list(args),
                        "stdin": None
                        if stdin is None
                        else (stdin.decode("latin-1") if isinstance(stdin, bytes) else stdin),
                        "stdin_bytes": isinstance(stdin, bytes),
                        "gate": None if command_gate is None else str(command_gate),
                    }
                    for args, stdin, command_gate in _commands(commands, gate)
                ],
                "done": str(directory / f"{name}.done"),
                "ready": str(ready),
                "mode": run_mode or mode(),
                "env": clean_env,
            }
        )
    )
    errors = directory / f"{name}.worker.err"
    with errors.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(HERE), str(job), str(results)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=clean_env,
        )
    return Worker(process, results, ready, errors)


def done(directory: Path, name: str, index: int) -> bool:
    """True once the worker called ``name`` has finished its command number ``index``."""
    return (directory / f"{name}.done.{index}").exists()


def wait_ready(workers: Sequence[Worker], timeout: float = 120) -> None:
    """Wait until every worker has imported what it needs and stands at the start line."""
    deadline = time.monotonic() + timeout
    while not all(worker.ready.exists() for worker in workers):
        for worker in workers:
            if worker.process.poll() is not None and not worker.ready.exists():
                raise AssertionError(f"worker exited early with {worker.process.returncode}")
        if time.monotonic() > deadline:
            raise AssertionError("workers did not get ready in time")
        time.sleep(0.02)


def collect(worker: Worker, timeout: float) -> list[Outcome]:
    """Wait for a worker and return its outcomes, one per command."""
    try:
        code = worker.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        worker.process.kill()
        worker.process.wait()
        raise AssertionError(f"a worker did not finish within {timeout:.0f} s") from None
    assert code == 0, f"worker failed ({code}): {worker.errors.read_text(errors='replace')[-2000:]}"
    return [Outcome(**item) for item in json.loads(worker.results.read_text())]


# -- the worker process ---------------------------------------------------------------


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    return exc.code if isinstance(exc.code, int) else 1


def _run_forked(argv: list[str], stdin: bytes, env: dict[str, str]) -> tuple[int, bytes, bytes]:
    from evtcli.cli import main as evtcli_main

    with tempfile.TemporaryFile() as fin, tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr:
        fin.write(stdin)
        fin.flush()
        fin.seek(0)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: one evtcli command, then exit with its code
            code = 70
            try:
                os.dup2(fin.fileno(), 0)
                os.dup2(fout.fileno(), 1)
                os.dup2(ferr.fileno(), 2)
                os.environ.clear()
                os.environ.update(env)
                sys.argv = ["evtcli", *argv]
                try:
                    evtcli_main()
                    code = 0
                except SystemExit as exc:
                    code = _exit_code(exc)
            except BaseException:  # noqa: BLE001 - shown to the test as a traceback
                import traceback

                traceback.print_exc()
                code = 70
            finally:
                try:
                    sys.stdout.flush()
                    sys.stderr.flush()
                finally:
                    os._exit(code)
        _, status = os.waitpid(pid, 0)
        fout.seek(0)
        ferr.seek(0)
        return os.waitstatus_to_exitcode(status), fout.read(), ferr.read()


def _run_exec(argv: list[str], stdin: bytes, env: dict[str, str]) -> tuple[int, bytes, bytes]:
    done = subprocess.run(
        [sys.executable, "-m", "evtcli", *argv], input=stdin, capture_output=True, env=env, timeout=300
    )
    return done.returncode, done.stdout, done.stderr


def _preload() -> None:
    """Import what the commands import lazily, so that forked children share it."""
    import evtcli.api  # noqa: F401
    import evtcli.cli  # noqa: F401
    import evtcli.cli.render.events  # noqa: F401
    import evtcli.cli.render.groups  # noqa: F401
    import evtcli.cli.render.users  # noqa: F401
    import evtcli.domain.validation as validation
    import evtcli.store.dialect  # noqa: F401
    import passlib.context  # noqa: F401
    import rich.console  # noqa: F401
    import rich.table  # noqa: F401
    import rich.text  # noqa: F401
    from evtcli.domain.passwords import PasswordHasher

    validation.validate_email("preload@example.com")
    PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("preload-pw")

    # evtcli.cli.main() starts by building the click command from the Typer app, a
    # start-up cost (about 0.15 s of CPU) like the imports: build it once and let every
    # child's main() use it.
    import typer.main

    from evtcli.cli import app

    build = typer.main.get_command
    built = build(app)
    typer.main.get_command = lambda typer_app: built if typer_app is app else build(typer_app)


def _worker(job_path: str, results_path: str) -> int:
    job: dict[str, Any] = json.loads(Path(job_path).read_text())
    run = _run_forked if job["mode"] == "fork" else _run_exec
    if job["mode"] == "fork":
        _preload()
    Path(job["ready"]).touch()
    outcomes = []
    for index, command in enumerate(job["commands"]):
        if command["gate"]:
            gate = Path(command["gate"])
            deadline = time.monotonic() + 600
            while not gate.exists():
                if time.monotonic() > deadline:
                    return 3
                time.sleep(0.001)
        raw = command["stdin"]
        stdin = b"" if raw is None else raw.encode("latin-1" if command["stdin_bytes"] else "utf-8")
        argv = ["--db", job["db"], *command["args"]]
        started = time.monotonic()
        code, out, err = run(argv, stdin, job["env"])
        outcomes.append(
            {
                "args": command["args"],
                "exit": code,
                "stdout": out.decode("utf-8", "replace"),
                "stderr": err.decode("utf-8", "replace"),
                "start": started,
                "end": time.monotonic(),
            }
        )
        Path(f"{job['done']}.{index}").touch()
    Path(results_path).write_text(json.dumps(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(_worker(sys.argv[1], sys.argv[2]))
