"""Shared fixtures: real SQLite files (and, where enabled, a real PostgreSQL server).

``db_url`` is parametrised over the backends in ``BACKENDS``; tests that take it
(directly or through ``store``/``cli``) run once per backend. Backend-only tests
are named for their backend.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import pytest
from typer.testing import CliRunner

import evtcli
from evtcli.api import Store
from evtcli.cli import app
from evtcli.domain.passwords import PasswordHasher

# In-process tests may use a cheap argon2 setting through the library API; the CLI
# and subprocess tests always hash with the real parameters.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

BACKENDS = ["sqlite"]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, not yet created database for one test."""
    if request.param == "sqlite":
        return str(tmp_path / "evtcli.db")
    raise AssertionError(f"unknown backend {request.param}")  # pragma: no cover


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An initialised store on a fresh database, with the cheap hasher."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as opened:
        yield opened


@dataclass
class Cli:
    """Runs the CLI in-process with Typer's CliRunner against one database."""

    db: str

    def __call__(self, *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
        runner = CliRunner()
        return runner.invoke(app, ["--db", self.db, *args], input=input, env=env, catch_exceptions=False)


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)


def run_evtcli(
    *args: str,
    db: str | None = None,
    input: str | bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    cwd: str | Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m evtcli`` as a real process and capture stdout and stderr apart."""
    command: list[str] = [sys.executable, "-m", "evtcli"]
    if db is not None:
        command += ["--db", db]
    command += list(args)
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    full_env.update(env or {})
    data = input.encode() if isinstance(input, str) else input
    completed = subprocess.run(
        command, input=data, capture_output=True, env=full_env, timeout=timeout, cwd=cwd
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def evtcli_command(db: str | None = None, *args: str) -> Sequence[str]:
    """The argv that runs evtcli as a subprocess (for Popen-based tests)."""
    command = [sys.executable, "-m", "evtcli"]
    if db is not None:
        command += ["--db", db]
    return command + list(args)
