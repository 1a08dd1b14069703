"""Shared fixtures: real SQLite files and a real PostgreSQL server.

``db_url`` is parametrised over the backends in ``BACKENDS``; tests that take it
(directly or through ``store``/``cli``) run once per backend: on a fresh SQLite file
path, or on a fresh, empty database in a throwaway PostgreSQL cluster that the
session starts itself (``tests/pgcluster.py``) and removes at the end.

Backend-only tests are named for their backend: a test with ``sqlite`` in its name
runs only on SQLite, one with ``postgresql`` only on PostgreSQL. A test about the
database *file* itself (its mode, its bytes, that a read does not create it) that is
not named for SQLite takes the ``file_only`` marker, or calls ``skip_unless_file``.

Without a usable PostgreSQL installation the PostgreSQL half is skipped with the
reason; with ``CI=true`` it fails instead, so CI can never go green on SQLite alone.
"""

from __future__ import annotations

import itertools
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
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

BACKENDS = ["sqlite", "postgresql"]

# Every per-test PostgreSQL database is cloned from this empty one (see pg_server).
PG_TEMPLATE = "evtcli_empty"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def is_file_url(db_url: str) -> bool:
    """True when ``db_url`` is a SQLite file path rather than a server URL."""
    return "://" not in db_url


def skip_unless_file(db_url: str, why: str = "checks the SQLite database file itself") -> None:
    """Skip the calling test when ``db_url`` is a server database rather than a file."""
    if not is_file_url(db_url):
        pytest.skip(f"{why}; a server database has no file")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "file_only: the test checks the SQLite database file itself (mode, bytes, existence); "
        "skipped for server URLs",
    )
    # A suite started in the background by a non-interactive shell (CI runners,
    # `nohup`, `cmd &`) inherits SIGINT as "ignored", and so would every evtcli it
    # spawns: Python then never raises KeyboardInterrupt and the Ctrl-C tests of
    # `tail -f` would hang. Restore what a foreground command gets.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run a backend-named test only on its own backend (deselect the other variant)."""
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        backend = getattr(item, "callspec", None) and item.callspec.params.get("db_url")
        name = getattr(item, "originalname", item.name)
        named_for = [other for other in BACKENDS if other in name]
        if backend and named_for and backend not in named_for:
            dropped.append(item)
        else:
            keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


class PostgresServer:
    """The session's throwaway cluster and the databases the tests take from it.

    CREATE DATABASE costs a tenth of a second or more (the server copies the template
    and checkpoints), so a background thread keeps a couple of fresh databases ready
    while the tests run; a test only waits when it outpaces the thread.
    """

    READY = 2  # databases made ahead of time

    def __init__(self, cluster) -> None:  # type: ignore[no-untyped-def]
        self.cluster = cluster
        self._names = itertools.count(1)
        self._session = uuid.uuid4().hex[:6]
        self._ready: queue.Queue[str | BaseException] = queue.Queue(maxsize=self.READY)
        self._stopping = threading.Event()
        self._maker = threading.Thread(target=self._make_ahead, name="pg-create-database", daemon=True)
        self._maker.start()

    @property
    def port(self) -> int:
        return self.cluster.port

    def url_for(self, dbname: str) -> str:
        from pgcluster import url_for

        return url_for(self.cluster.port, dbname)

    def fresh_name(self) -> str:
        return f"t{self._session}_{next(self._names)}"

    def _make_ahead(self) -> None:
        import psycopg
        from psycopg import sql

        try:
            with psycopg.connect(self.cluster._conninfo("postgres"), autocommit=True) as conn:
                # FILE_COPY copies the (empty) template's files; the default WAL_LOG
                # strategy would write every block of it through the WAL as well.
                statement = "CREATE DATABASE {} TEMPLATE {}"
                if conn.info.server_version >= 150000:  # STRATEGY is new in PostgreSQL 15
                    statement += " STRATEGY FILE_COPY"
                while not self._stopping.is_set():
                    name = self.fresh_name()
                    conn.execute(sql.SQL(statement).format(sql.Identifier(name), sql.Identifier(PG_TEMPLATE)))
                    while not self._stopping.is_set():
                        try:
                            self._ready.put(name, timeout=0.1)
                            break
                        except queue.Full:
                            continue
        except BaseException as exc:  # handed to the next test that asks for a database
            if not self._stopping.is_set():
                self._ready.put(exc)

    def create_database(self) -> tuple[str, str]:
        """A new, empty database; returns (name, URL)."""
        made = self._ready.get(timeout=120)
        if isinstance(made, BaseException):
            self._ready.put(made)  # every later test fails the same way
            raise made
        return made, self.url_for(made)

    def drop_database(self, name: str) -> None:
        self.cluster.drop_database(name)

    def stop(self) -> None:
        self._stopping.set()
        self._maker.join(timeout=30)
        self.cluster.stop()


def _start_postgres() -> tuple[PostgresServer | None, str]:
    """Start the cluster, or say why it cannot start."""
    try:
        import psycopg
        from psycopg import sql

        from pgcluster import PostgresCluster, PostgresUnavailable
    except ImportError as exc:
        return None, f"psycopg is not installed ({exc}); pip install -e '.[test]'"
    cluster = PostgresCluster()
    try:
        cluster.start()
        with psycopg.connect(cluster._conninfo("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(PG_TEMPLATE)))
            conn.execute(sql.SQL("ALTER DATABASE {} IS_TEMPLATE true").format(sql.Identifier(PG_TEMPLATE)))
    except (PostgresUnavailable, OSError, psycopg.Error) as exc:
        cluster.stop()
        return None, f"PostgreSQL could not start: {exc}"
    return PostgresServer(cluster), ""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL cluster for the whole session (stopped and removed after)."""
    started = time.monotonic()
    server, reason = _start_postgres()
    if server is None:
        if in_ci():
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    sys.stderr.write(f"\n[pg] cluster on 127.0.0.1:{server.port} in {time.monotonic() - started:.1f} s\n")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    name, url = pg_server.create_database()
    try:
        yield url
    finally:
        pg_server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database for one test: a SQLite path not yet created, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "evtcli.db")
    if request.param == "postgresql":
        if request.node.get_closest_marker("file_only") is not None:
            pytest.skip("checks the SQLite database file itself; a server database has no file")
        return request.getfixturevalue("pg_url")
    raise AssertionError(f"unknown backend {request.param}")  # pragma: no cover


@pytest.fixture(params=["one process", "two processes"])
def processes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Import's lines checked in the writer's own process, or in a second one (a
    forked child), whatever the size of the input; see evtcli.processes."""
    monkeypatch.setenv("EVTCLI_PROCESSES", "1" if request.param == "one process" else "2")
    return request.param


@pytest.fixture
def another_db_url(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> str:
    """A second fresh database on the same backend as ``db_url`` (for copies between two)."""
    if is_file_url(db_url):
        return str(tmp_path / "another.db")
    server: PostgresServer = request.getfixturevalue("pg_server")
    name, url = server.create_database()
    request.addfinalizer(lambda: server.drop_database(name))
    return url


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


def exported_with_keys(store: Store, **filters: object) -> tuple[bytes, bytes]:
    """An export of the store and the keys file that opens its sealed values (§9)."""
    keys: list[str] = []
    events = "".join(line + "\n" for line in store.export_lines(keys_to=keys.extend, **filters))  # type: ignore[arg-type]
    return events.encode(), "".join(line + "\n" for line in keys).encode()


def copy_into(store: Store, events: bytes, keys: bytes) -> "evtcli.ImportSummary":
    import io

    return store.import_events(io.BytesIO(events), keys=io.BytesIO(keys))


def translate(store: Store, error: BaseException) -> "evtcli.EvtcliError | None":
    """The typed error the store makes of a driver error (None: a bug, let through)."""
    from evtcli.store import dialect

    return dialect.translate_error(error, store.schema.constraint_errors, store.schema.unique_columns)


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
