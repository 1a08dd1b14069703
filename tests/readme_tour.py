"""Run the README's console sessions as a reader would, at a real terminal.

Each ```console block of README.md that is preceded by a ``<!-- tour: SETUP -->``
comment is a session: its ``$ `` lines run one after the other in one ``bash``,
from the repository's root, on a pseudo-terminal ``COLUMNS`` wide, with ``evtcli``
on ``PATH`` and ``TMPDIR`` pointing somewhere private. What the terminal shows
(rendered by ``pyte``, a terminal emulator, so colours, progress bars and cursor
moves end up as the reader sees them) is compared with the block: exactly, except
for what differs from run to run (fresh ids, times, hashes, durations, temporary
paths), which must merely have the same shape. A fresh id must stand for the same
id everywhere in a block, and a prefix of it typed in a command is typed as the
same prefix of the id this run made.

SETUP is ``empty`` (a new terminal, no database), ``continue`` (the terminal of the
session before, as a reader goes on typing in the same shell) or ``old-database``
(a new terminal in a fresh directory holding a schema-1 database as ``old.db``).

    python tests/readme_tour.py            # run every session; print the differences
    python tests/readme_tour.py --write    # rewrite README.md with this run's output
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SCHEMA_1 = ROOT / "tests" / "data" / "schema-1.db"
COLUMNS = 100
SCREEN_COLUMNS = 2000
MARK = "@@ evtcli-tour @@"
TIMEOUT = 120.0

_BLOCK = re.compile(r"<!-- tour: (?P<setup>[\w-]+) -->\n```console\n(?P<body>.*?)```\n", re.S)

# What changes from one run to the next, most specific first.
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_VARYING = {
    "uuid": _UUID,
    "time": r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{6})?Z?)?",
    "hash": r"sha256:[0-9a-f]{64}",
    "sealed": r"aesgcm:[A-Za-z0-9+/]+={0,2}",
    "seconds": r"\d+\.\d\d s\b",
    "rate": r"\d+ events/s",
    "temporary": r"(?:/[\w.-]+)*/tmp\.\w+",
    "actor": r'"actor":"[^"]*"',
    "size": r"\d+(?:\.\d+)? (?:bytes|[kKMG]i?B)\b",
    # A short id in a table or typed in a command: 4 to 12 hex digits standing alone.
    "short": r"(?<![\w-])[0-9a-f]{4,12}(?![\w-])",
}
_TOKENS = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _VARYING.items()))
_SHORT_ID = re.compile(_VARYING["short"])


@dataclass
class Step:
    command: str
    output: list[str]


@dataclass
class Session:
    setup: str
    steps: list[Step]
    start: int  # offsets of the block body in README.md
    end: int


def sessions(text: str) -> list[Session]:
    found = []
    for match in _BLOCK.finditer(text):
        steps: list[Step] = []
        for line in match["body"].splitlines():
            if line.startswith("$ "):
                steps.append(Step(line[2:], []))
            elif steps:
                steps[-1].output.append(line)
        for step in steps:  # a blank line separates one step's output from the next command
            while step.output and not step.output[-1]:
                step.output.pop()
        found.append(Session(match["setup"], steps, match.start("body"), match.end("body")))
    return found


# -- running ----------------------------------------------------------------------


class Terminal:
    """One ``bash`` on a pseudo-terminal, fed commands one at a time.

    bash reads its commands from a pipe on file descriptor 3, so that standard input
    stays the terminal, as it is when a person types them; after each command it
    prints a marker, which is how we know the command's output is complete.
    """

    def __init__(self, cwd: Path, env: dict[str, str], home: Path) -> None:
        self.home = home
        self.main, secondary = os.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 50, COLUMNS, 0, 0))
        commands, self.commands = os.pipe()
        self.process = subprocess.Popen(
            ["bash", "--noprofile", "--norc", f"/dev/fd/{commands}"],
            cwd=cwd, env=env, stdin=secondary, stdout=secondary, stderr=secondary,
            pass_fds=(commands,), start_new_session=True,
        )
        os.close(secondary)
        os.close(commands)
        self.raw = b""

    def run(self, command: str) -> list[str]:
        """Run ``command``; the lines the terminal shows for it."""
        script = f"{command}\n__status=$?; printf '%s\\n' '{MARK}'; (exit $__status)\n"
        os.write(self.commands, script.encode())
        done = self.raw.count(MARK.encode()) + 1
        deadline = time.monotonic() + TIMEOUT
        while self.raw.count(MARK.encode()) < done:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{command!r} did not finish in {TIMEOUT:.0f} s")
            ready, _, _ = select.select([self.main], [], [], 0.5)
            if ready:
                try:
                    self.raw += os.read(self.main, 65536)
                except OSError:  # EIO: bash has gone
                    raise RuntimeError(f"bash ended while running {command!r}") from None
        return _render(self.raw).split(MARK + "\n")[done - 1].splitlines()

    def close(self) -> None:
        os.close(self.commands)
        os.close(self.main)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)


def terminal_for(session: Session) -> Terminal:
    # Short, as a reader's /tmp is: `mktemp -d` paths show in the output.
    home = Path(tempfile.mkdtemp(prefix="evt", dir="/tmp"))
    cwd = ROOT
    if session.setup == "old-database":
        cwd = home
        shutil.copyfile(SCHEMA_1, cwd / "old.db")
        os.chmod(cwd / "old.db", 0o644)
    elif session.setup != "empty":
        raise ValueError(f"unknown tour set-up {session.setup!r}")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "TMPDIR": str(home),
        "COLUMNS": str(COLUMNS),
        "LINES": "50",
        "TERM": "xterm-256color",
        # A session names its database; one that forgets to does no harm here.
        "EVTCLI_DB": str(home / "evtcli.db"),
    }
    for name in ("NO_COLOR", "FORCE_COLOR", "EVTCLI_DEBUG", "EVTCLI_BUSY_TIMEOUT"):
        env.pop(name, None)
    return Terminal(cwd, env, home)


def _render(raw: bytes) -> str:
    """What a terminal COLUMNS wide shows for ``raw``, trailing spaces left out."""
    import pyte

    # Wider than the terminal the programs are told of: the README shows a long line
    # (a JSON event) whole, as a terminal that reflows would, not cut at COLUMNS.
    screen = pyte.Screen(SCREEN_COLUMNS, raw.count(b"\n") + 50)
    pyte.ByteStream(screen).feed(raw)
    shown = [row.rstrip() for row in screen.display]
    while shown and not shown[-1]:
        shown.pop()
    return "\n".join(shown) + "\n"


# -- comparing --------------------------------------------------------------------


class Ids:
    """The fresh ids of the README and of this run, paired in the order they appear."""

    def __init__(self) -> None:
        self.ours: dict[str, str] = {}

    def pair(self, readme: str, actual: str) -> bool:
        known = self.ours.setdefault(readme, actual)
        return known == actual and list(self.ours.values()).count(actual) == 1

    def typed(self, command: str) -> str:
        """The command with each prefix of a README id replaced by that of this run's id."""

        def swap(match: re.Match[str]) -> str:
            prefix = match.group()
            for readme, actual in self.ours.items():
                if readme.startswith(prefix):
                    return actual[: len(prefix)]
            return prefix

        return _SHORT_ID.sub(swap, command)

    def full(self, prefix: str) -> str | None:
        """The README id that ``prefix`` (a short id as a table shows it) begins, if any."""
        return next((readme for readme in self.ours if readme.startswith(prefix)), None)


def same_shape(expected: list[str], actual: list[str], ids: Ids) -> bool:
    # Every pair of lines is compared, even after a difference: that pairs the ids the
    # commands after it name.
    matching = [_line_matches(want, got, ids) for want, got in zip(expected, actual)]
    return len(expected) == len(actual) and all(matching)


def _line_matches(want: str, got: str, ids: Ids) -> bool:
    pattern, kinds = [], []
    position = 0
    for match in _TOKENS.finditer(want):
        kind, text = match.lastgroup, match.group()
        if kind == "short" and ids.full(text) is None:
            continue  # hex that is no id of this session's (a number, a word): as it is
        pattern.append(re.escape(want[position : match.start()]))
        pattern.append(f"({_VARYING[kind]})")
        kinds.append((kind, text))
        position = match.end()
    pattern.append(re.escape(want[position:]))
    found = re.fullmatch("".join(pattern), got)
    if found is None:
        return False
    for (kind, readme), actual in zip(kinds, found.groups()):
        if kind == "uuid" and not ids.pair(readme, actual):
            return False
        if kind == "short" and not (len(actual) == len(readme) and ids.ours[ids.full(readme)].startswith(actual)):
            return False
    return True


def check(text: str) -> tuple[list[str], str]:
    """Run every session; the differences found, and the README as this run printed it."""
    problems: list[str] = []
    rewritten, offset = text, 0
    terminal: Terminal | None = None
    try:
        for number, session in enumerate(sessions(text), 1):
            if session.setup != "continue" or terminal is None:
                if terminal is not None:
                    terminal.close()
                terminal, ids = terminal_for(session), Ids()
            shown: list[str] = []
            for step in session.steps:
                command = ids.typed(step.command)
                screen = terminal.run(command)
                if not same_shape(step.output, screen, ids):
                    problems.append(
                        f"session {number} ({session.setup}), $ {command}\n--- README\n"
                        + "\n".join(step.output)
                        + "\n--- this run\n"
                        + "\n".join(screen)
                    )
                shown.append("\n".join([f"$ {command}", *screen]))
            body = "\n\n".join(shown) + "\n"
            rewritten = rewritten[: session.start + offset] + body + rewritten[session.end + offset :]
            offset += len(body) - (session.end - session.start)
    finally:
        if terminal is not None:
            terminal.close()
    return problems, rewritten


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite README.md with this run's output")
    options = parser.parse_args()
    text = README.read_text()
    problems, rewritten = check(text)
    if options.write:
        README.write_text(rewritten)
        return 0
    print("\n\n".join(problems) or "every README session runs as written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
