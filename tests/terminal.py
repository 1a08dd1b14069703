"""Run evtcli on a real pseudo-terminal of a given size and read what it drew."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def run_on_terminal(
    *args: str, columns: int, env: dict[str, str] | None = None, timeout: float = 60, stderr_too: bool = False
) -> tuple[int, list[str]]:
    """Exit code and the lines (colours removed) of ``python -m evtcli ARGS`` whose
    stdout is a terminal ``columns`` wide (set with TIOCSWINSZ, as a terminal does);
    with ``stderr_too`` stderr is that terminal as well, as in a shell, and its lines
    are among those read."""
    code, raw = terminal_bytes(*args, columns=columns, env=env, timeout=timeout, stderr_too=stderr_too)
    text = ANSI.sub("", raw.decode("utf-8")).replace("\r\n", "\n")
    return code, text.splitlines()


def terminal_bytes(
    *args: str, columns: int, env: dict[str, str] | None = None, timeout: float = 60, stderr_too: bool = False
) -> tuple[int, bytes]:
    """As run_on_terminal, but every byte the terminal got, escapes included."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    environment.pop("FORCE_COLOR", None)
    for inherited in ("COLUMNS", "NO_COLOR"):  # only when the test gives them
        if inherited not in (env or {}):
            environment.pop(inherited, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "evtcli", *args],
        stdin=subprocess.DEVNULL, stdout=follower, stderr=follower if stderr_too else subprocess.PIPE, env=environment,
    )
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"evtcli {' '.join(args)} did not finish in {timeout} s"
        ready, _, _ = select.select([leader], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    if process.stderr is not None:
        process.stderr.close()
    return code, b"".join(chunks)
