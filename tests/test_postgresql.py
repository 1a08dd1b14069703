"""PostgreSQL-only behaviour, on the session's throwaway cluster (see conftest.pg_server).

The backend-agnostic suite already runs every store, projection, import/export,
verify and CLI test on PostgreSQL, and the process, fault and security tests too
(tail -f, the write lock, closed pipes, secrets); these are the things only a server
has: many concurrent sessions, commit order, connection failures and collations.
"""

from __future__ import annotations

import json
import os
import random
import shlex
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

import evtcli
import evtcli.api
from evtcli import ConcurrencyConflict, RuleViolation
from evtcli.cli import app
from evtcli.store.log import EventLog
from evtcli.store.schema import SCHEMA_VERSION

from conftest import CHEAP_HASHER, PostgresServer, evtcli_command, run_evtcli, translate

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed; pip install -e '.[test]'")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_events.jsonl"
PASSWORD = "correct horse battery"


def psql(url: str, *statements: str) -> list[tuple[Any, ...]]:
    """Run statements with psycopg directly (autocommit); rows of the last one."""
    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    rows: list[tuple[Any, ...]] = []
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for statement in statements:
            cursor = conn.execute(statement)
            rows = cursor.fetchall() if cursor.description else []
    return rows


# -- gap-free, commit-ordered positions ---------------------------------------------------


@dataclass
class TailReport:
    """What a reader tailing by position received, against what was committed."""

    committed: list[int]
    received: list[int]
    aborted: int

    @property
    def missed(self) -> list[int]:
        """Committed positions the reader never received: skipped for ever."""
        return sorted(set(self.committed) - set(self.received))

    @property
    def out_of_order(self) -> int:
        return sum(1 for a, b in zip(self.received, self.received[1:]) if b <= a)

    @property
    def duplicates(self) -> int:
        return len(self.received) - len(set(self.received))

    @property
    def burned(self) -> int:
        """Numbers below the last committed position that no committed event holds."""
        return (max(self.committed) - len(self.committed)) if self.committed else 0

    def summary(self) -> str:
        return (
            f"{len(self.committed)} committed ({self.aborted} rolled back), {len(self.received)} received, "
            f"{len(self.missed)} missed, {self.out_of_order} out of order, {self.duplicates} duplicates, "
            f"{self.burned} burned numbers"
        )


class Strategy:
    """How events get their positions: the subject of the tailing race."""

    def open_writer(self, index: int) -> Any: ...
    def append(self, writer: Any, pause: Callable[[], None]) -> None: ...
    def close_writer(self, writer: Any) -> None: ...
    def follow(self, stop: Callable[[], bool]) -> Iterator[int]: ...
    def committed(self) -> list[int]: ...


class Rollback(Exception):
    """Raised inside a writer's transaction to abort it."""


class EvtcliPositions(Strategy):
    """evtcli's own append path (the head row under the write lock) and ``Store.follow``."""

    def __init__(self, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.url = url
        self.store = evtcli.open_store(url, create=True, password_hasher=CHEAP_HASHER)
        self.local = threading.local()
        self.count = 0
        self.lock = threading.Lock()
        original = EventLog.append

        def append_then_pause(event_log: EventLog, conn: Any, drafts: Any) -> Any:
            # After the insert, before the commit: the window in which a design that
            # numbers events at insert time lets a later number commit first.
            appended = original(event_log, conn, drafts)
            self.local.pause()
            return appended

        monkeypatch.setattr(EventLog, "append", append_then_pause)

    def open_writer(self, index: int) -> Any:
        return evtcli.open_store(self.url, password_hasher=CHEAP_HASHER)

    def append(self, writer: Any, pause: Callable[[], None]) -> None:
        self.local.pause = pause
        with self.lock:
            self.count += 1
            n = self.count
        # A Rollback raised inside the transaction comes out as it is (nothing
        # expected it), after the store rolled back.
        writer.create_user(f"Writer {n}", f"user{n}@example.com", PASSWORD)

    def close_writer(self, writer: Any) -> None:
        writer.close()

    def follow(self, stop: Callable[[], bool]) -> Iterator[int]:
        for envelope in self.store.follow(0, poll_interval=0.001, stop=stop):
            yield envelope.position

    def committed(self) -> list[int]:
        return [e.position for e in self.store.tail(1_000_000)[0]]

    def close(self) -> None:
        self.store.close()


class BigserialPositions(Strategy):
    """The design evtcli must not have: a BIGSERIAL numbers each event at insert time.

    Same race, same reader loop as ``Store.follow`` (read the head, then the events up
    to it), on a scratch table and without the write lock.
    """

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)
        with self.engine.begin() as conn:
            conn.execute(text("CREATE TABLE scratch_events (position BIGSERIAL PRIMARY KEY, body TEXT NOT NULL)"))

    def open_writer(self, index: int) -> Any:
        return self.engine

    def append(self, writer: Any, pause: Callable[[], None]) -> None:
        with writer.begin() as conn:
            conn.execute(text("INSERT INTO scratch_events (body) VALUES ('{}')"))
            pause()

    def close_writer(self, writer: Any) -> None:
        pass

    def follow(self, stop: Callable[[], bool]) -> Iterator[int]:
        after = 0
        while not stop():
            with self.engine.connect() as conn:
                head = conn.execute(text("SELECT coalesce(max(position), 0) FROM scratch_events")).scalar()
                rows = conn.execute(
                    text("SELECT position FROM scratch_events WHERE position > :a AND position <= :h ORDER BY position"),
                    {"a": after, "h": head},
                ).scalars().all()
            yield from rows
            if head > after:
                after = head
            else:
                time.sleep(0.001)

    def committed(self) -> list[int]:
        with self.engine.connect() as conn:
            return list(conn.execute(text("SELECT position FROM scratch_events ORDER BY position")).scalars())

    def close(self) -> None:
        self.engine.dispose()


def tailing_race(
    strategy: Strategy, *, writers: int = 4, per_writer: int = 25, max_pause: float = 0.01, seed: int = 1
) -> TailReport:
    """Writers pause inside their transactions at random (and roll some back) while one
    reader tails by position the whole time."""
    received: list[int] = []
    failures: list[BaseException] = []
    aborted = 0
    counter = threading.Lock()
    done = threading.Event()
    final_head: list[int] = []
    deadline = time.monotonic() + 120

    def stop() -> bool:
        if time.monotonic() > deadline:
            return True
        if not done.is_set():
            return False
        return not final_head[0] or bool(received) and received[-1] >= final_head[0]

    def read() -> None:
        try:
            for position in strategy.follow(stop):
                received.append(position)
        except BaseException as exc:  # reported below
            failures.append(exc)

    def write(index: int) -> None:
        nonlocal aborted
        rng = random.Random(seed * 1000 + index)
        writer = strategy.open_writer(index)
        try:
            for _ in range(per_writer):
                roll_back = rng.random() < 0.1
                delay = rng.uniform(0, max_pause)

                def pause() -> None:
                    time.sleep(delay)
                    if roll_back:
                        raise Rollback()

                try:
                    strategy.append(writer, pause)
                except Rollback:
                    with counter:
                        aborted += 1
        except BaseException as exc:  # reported below
            failures.append(exc)
        finally:
            strategy.close_writer(writer)

    reader = threading.Thread(target=read)
    reader.start()
    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    committed = strategy.committed()
    final_head.append(max(committed, default=0))
    done.set()
    reader.join()
    assert failures == [], failures
    assert time.monotonic() < deadline, "the race did not finish in time"
    return TailReport(committed, received, aborted)


def test_a_tailing_reader_receives_every_position_once_in_order_postgresql(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    strategy = EvtcliPositions(pg_url, monkeypatch)
    try:
        report = tailing_race(strategy, writers=4, per_writer=25)
        print(f"\nevtcli positions: {report.summary()}")
        assert report.aborted > 0  # rolled-back appends are part of the race
        assert report.committed == list(range(1, len(report.committed) + 1))
        assert report.received == report.committed
        assert (report.missed, report.out_of_order, report.duplicates, report.burned) == ([], 0, 0, 0)
        assert strategy.store.verify().ok
    finally:
        strategy.close()


def test_the_tailing_check_catches_a_bigserial_design_postgresql(pg_url: str) -> None:
    """The same race and check fail on a sequence: the check has teeth."""
    strategy = BigserialPositions(pg_url)
    try:
        reports = []
        for seed in range(1, 4):  # one round nearly always suffices; three make it certain
            report = tailing_race(strategy, writers=4, per_writer=25, seed=seed)
            reports.append(report)
            print(f"\nbigserial positions, round {seed}: {report.summary()}")
            if report.missed:
                break
        assert any(report.missed for report in reports), [r.summary() for r in reports]
        assert any(report.received != list(range(1, len(report.committed) + 1)) for report in reports)
    finally:
        strategy.close()


# -- moving a SQLite file to PostgreSQL ------------------------------------------------------


def test_a_sqlite_export_piped_into_postgresql_round_trips_byte_identically(pg_url: str, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    imported = run_evtcli("events", "import", str(SAMPLE), db=str(old))
    assert imported.returncode == 0, imported.stderr
    evtcli_argv = " ".join(shlex.quote(part) for part in (sys.executable, "-m", "evtcli"))
    pipeline = (
        f"set -o pipefail; {evtcli_argv} --db {shlex.quote(str(old))} events export"
        f" | {evtcli_argv} --db {shlex.quote(pg_url)} events import -"
    )
    moved = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, timeout=120)
    assert moved.returncode == 0, moved.stderr
    before = run_evtcli("events", "export", db=str(old))
    after = run_evtcli("events", "export", db=pg_url)
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout == SAMPLE.read_text(encoding="utf-8")
    for args in (("user", "list", "--all", "--json"), ("projection", "list", "--json")):
        assert run_evtcli(*args, db=pg_url).stdout == run_evtcli(*args, db=str(old)).stdout
    verified = run_evtcli("verify", db=pg_url)
    assert verified.returncode == 0, verified.stderr


# -- every command through EVTCLI_DB ----------------------------------------------------------


def test_every_command_runs_on_postgresql_through_evtcli_db(pg_url: str) -> None:
    env = {"EVTCLI_DB": pg_url}

    def ok(*args: str, input: str | None = None) -> str:
        result = CliRunner().invoke(app, list(args), input=input, env=env, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.stderr)
        return result.stdout

    # A real process first: the console entry point reads EVTCLI_DB as well.
    initialised = run_evtcli("init", env=env)
    assert initialised.returncode == 0, initialised.stderr
    assert "s3cret" not in initialised.stdout
    ada = ok("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", input="correct-horse-1\n").strip()
    bob = ok("user", "create", "--name", "Bob", "--email", "bob@example.com", "--password-stdin", input="correct-horse-2\n").strip()
    assert "Ada" in ok("user", "show", ada[:6])
    ok("user", "destroy", "bob@example.com", "--reason", "left", "--expected-version", "1")
    assert [u["name"] for u in json.loads(ok("user", "list", "--all", "--json"))] == ["Ada", "Bob"]
    assert json.loads(ok("fold", "user", bob, "--version", "1", "--json"))["deleted"] is False
    assert [json.loads(line)["position"] for line in ok("events", "tail", "--json").splitlines()] == [1, 2, 3]
    exported = ok("events", "export")
    assert len(exported.splitlines()) == 3
    summary = json.loads(ok("events", "import", "-", "--json", input=exported))
    assert (summary["appended"], summary["skipped"], summary["head"]) == (0, 3, 3)
    ok("replay")
    ok("replay", "--verify")
    statuses = json.loads(ok("projection", "list", "--json"))
    assert {(s["checkpoint"], s["head"], s["stale"]) for s in statuses} == {(3, 3, False)}
    ok("verify")
    conflict = run_evtcli("user", "destroy", ada, "--expected-version", "7", env=env)
    assert conflict.returncode == 3 and conflict.stderr.startswith("error:"), conflict.stderr
    # --db wins over EVTCLI_DB, as everywhere.
    assert run_evtcli("--db", pg_url, "user", "list", env={"EVTCLI_DB": "/nonexistent/x.db"}).returncode == 0


# -- connection failures ------------------------------------------------------------------


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", [("user", "list"), ("init",), ("events", "tail", "-f")])
def test_an_unreachable_server_is_one_clear_error_without_the_password_postgresql(command: tuple[str, ...]) -> None:
    url = f"postgresql+psycopg://evt:s3cret-pw@127.0.0.1:{closed_port()}/evtcli"
    result = run_evtcli(*command, db=url, timeout=60)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: cannot connect to postgresql+psycopg://evt:***@127.0.0.1:")
    assert "connection refused" in result.stderr and result.stderr.count("\n") == 1
    assert "s3cret-pw" not in result.stderr and "Traceback" not in result.stderr


def test_a_missing_database_on_a_server_says_how_to_create_it_postgresql(pg_server: PostgresServer) -> None:
    url = pg_server.url_for("no_such_db").replace("postgres@", "postgres:hunter22@")
    for command in (("user", "list"), ("init",)):
        result = run_evtcli(*command, db=url)
        assert result.returncode == 1
        assert result.stderr == (
            f"error: database 'no_such_db' does not exist on 127.0.0.1:{pg_server.port};"
            " create it first (createdb no_such_db) or fix the URL\n"
        )


def test_a_url_that_does_not_parse_is_not_echoed(tmp_path: Path) -> None:
    result = run_evtcli("user", "list", db="postgresql+psycopg://evt:s3cret-pw@127.0.0.1:port/evtcli")
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot parse the database URL;") and "s3cret" not in result.stderr


def test_without_psycopg_the_error_names_the_extra_postgresql(pg_url: str) -> None:
    # psycopg as None in sys.modules makes `import psycopg` fail as if it were not installed.
    code = "import sys; sys.modules['psycopg'] = None; from evtcli.cli import main; main()"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    result = subprocess.run(
        [sys.executable, "-c", code, "--db", pg_url, "user", "list"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr == (
        "error: PostgreSQL support is not installed (the psycopg driver is missing);"
        " install it with: pip install 'evtcli[postgres]'\n"
    )


# -- locks, races and the schema ------------------------------------------------------------


def test_read_commands_work_for_a_role_that_may_not_write_postgresql(pg_url: str, pg_server: PostgresServer) -> None:
    """The server's counterpart of a SQLite file another OS user may only read
    (test_faults): a role with SELECT alone reads everything and is refused a write."""
    with evtcli.open_store(pg_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
    role = f"reader_{pg_url.rsplit('/', 1)[1]}"
    psql(
        pg_url,
        f"CREATE ROLE {role} LOGIN",
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
    )
    try:
        as_reader = pg_url.replace("postgres@", f"{role}@", 1)
        before = psql(pg_url, "SELECT count(*) FROM user_events")
        listed = run_evtcli("user", "list", "--json", db=as_reader)
        assert listed.returncode == 0, listed.stderr
        assert [user["email"] for user in json.loads(listed.stdout)] == ["ada@example.com"]
        for args in (("verify",), ("events", "tail", "-n", "3"), ("replay", "--verify"), ("projection", "list"), ("stats",)):
            result = run_evtcli(*args, db=as_reader)
            assert (result.returncode, result.stderr) == (0, ""), args
        refused = run_evtcli("user", "destroy", "ada@example.com", db=as_reader)
        assert refused.returncode == 1
        assert refused.stderr.startswith("error: ") and refused.stderr.count("\n") == 1, refused.stderr
        assert psql(pg_url, "SELECT count(*) FROM user_events") == before
    finally:
        psql(pg_url, f"DROP OWNED BY {role}")
        psql(pg_server.url_for("postgres"), f"DROP ROLE {role}")


def test_concurrent_inits_create_one_schema_postgresql(pg_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    processes = [
        subprocess.Popen(evtcli_command(pg_url, "init"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(4)
    ]
    results = [(p.wait(timeout=60), p.stderr.read()) for p in processes]  # type: ignore[union-attr]
    assert all(code == 0 for code, _ in results), results
    assert psql(pg_url, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    assert psql(pg_url, "SELECT position FROM event_log_head") == [(0,)]


def test_a_failed_first_write_keeps_the_schema_once_another_process_stored_something_postgresql(pg_url: str) -> None:
    """The schema a refused write made is dropped only while it holds nothing: a
    consumer another process created meanwhile (no event yet) keeps it."""
    with pytest.raises(RuntimeError):
        with evtcli.open_store(pg_url, create=True, password_hasher=CHEAP_HASHER):
            with evtcli.open_store(pg_url) as other:
                other.create_consumer("mailer")
            raise RuntimeError("the first command is refused")
    assert psql(pg_url, "SELECT name FROM consumers") == [("mailer",)]


def test_the_server_refuses_update_delete_and_truncate_of_events_postgresql(pg_url: str) -> None:
    with evtcli.open_store(pg_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
        for statement in (
            "UPDATE user_events SET type = 'Renamed'",
            "DELETE FROM user_events",
            "TRUNCATE user_events",
        ):
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
                psql(pg_url, statement)
            with pytest.raises(DBAPIError) as caught, store.engine.begin() as conn:
                conn.execute(text(statement))
            assert isinstance(translate(store, caught.value), RuleViolation)
        assert store.event_count() == 1 and store.verify().ok


def test_a_serialization_failure_is_a_concurrency_conflict_postgresql(pg_url: str) -> None:
    with evtcli.open_store(pg_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "ada@example.com", PASSWORD)
        first, second = store.engine.connect(), store.engine.connect()
        try:
            for conn in (first, second):
                conn.execution_options(isolation_level="REPEATABLE READ")
                conn.begin()
                conn.execute(text("SELECT * FROM projection_checkpoints")).all()
            first.execute(text("UPDATE projection_checkpoints SET version = version"))
            first.commit()
            with pytest.raises(DBAPIError) as caught:
                second.execute(text("UPDATE projection_checkpoints SET version = version"))
            error = translate(store, caught.value)
            assert isinstance(error, ConcurrencyConflict) and error.exit_code == 3
        finally:
            first.close()
            second.close()


def test_ids_resolve_by_prefix_under_a_linguistic_collation_postgresql(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under an ICU collation punctuation sorts before digits, so the range scan for
    prefix 'ab19' (up to 'ab1:') would find nothing; id columns are COLLATE "C"."""
    ids = ["ab19ab19-0009-4009-8009-000000000009", "ab19ab19-0009-4009-8009-00000000000a", "cd29cd29-0000-4000-8000-000000000000"]
    queue_ids = iter(ids)
    monkeypatch.setattr(evtcli.api, "uuid", SimpleNamespace(uuid4=lambda: next(queue_ids)))
    name = pg_server.fresh_name()
    admin = pg_server.url_for("postgres")
    try:
        psql(admin, f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'")
    except psycopg.errors.FeatureNotSupported as exc:  # a server built without ICU
        pytest.skip(f"no ICU collations on this server: {exc}")
    try:
        url = pg_server.url_for(name)
        assert psql(url, "SELECT 'ab19' < 'ab1:'") == [(False,)]  # the collation really differs from bytes
        with evtcli.open_store(url, create=True, password_hasher=CHEAP_HASHER) as store:
            for n in range(3):
                store.create_user(f"U{n}", f"u{n}@example.com", PASSWORD)
            assert store.get_stream("user", "cd29").id == store.fold_stream("user", "cd29").id == ids[2]
            assert store.get_stream("user", ids[0][:-1] + "9").id == ids[0]
            assert store.fold_stream("user", ids[1]).id == ids[1]
            with pytest.raises(evtcli.AmbiguousReference):
                store.get_stream("user", "ab19")
            assert [u.id for u in store.list_streams("user")] == ids  # creation order, then id byte order
    finally:
        pg_server.cluster.drop_database(name)


# -- the suite itself -----------------------------------------------------------------------


@pytest.mark.parametrize("ci", ["true", ""])
def test_without_a_server_ci_fails_and_a_laptop_skips(tmp_path: Path, ci: str) -> None:
    """CI=true must never go green on SQLite alone: the PostgreSQL half errors instead."""
    (tmp_path / "no_postgres.py").write_text(
        "import pgcluster\n"
        "def find_bindir():\n"
        "    raise pgcluster.PostgresUnavailable('no server binaries (simulated)')\n"
        "pgcluster.find_bindir = find_bindir\n"
    )
    (tmp_path / "test_one.py").write_text("def test_each_backend(db_url):\n    assert db_url\n")
    tests = Path(__file__).resolve().parent
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHONPATH")}
    env.update(CI=ci, PYTHONPATH=f"{tmp_path}{os.pathsep}{tests}")
    # This suite's conftest as a plugin, so the one-line test gets the real db_url fixture.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no_postgres", "-p", "conftest",
         "-p", "no:cacheprovider", str(tmp_path / "test_one.py")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    if ci:
        assert result.returncode == 1, result.stdout
        assert "1 passed, 1 error" in result.stdout
        assert "CI=true and PostgreSQL could not start: no server binaries (simulated)" in result.stdout
    else:
        assert result.returncode == 0, result.stdout
        assert "1 passed, 1 skipped" in result.stdout
        assert "PostgreSQL could not start: no server binaries (simulated)" in result.stdout
