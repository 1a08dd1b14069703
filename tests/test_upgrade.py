"""Upgrading a real schema-version-1 database (written by the evtcli before the declared
model; see tests/data/README.md) with ``evtcli init``, on every backend."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

import evtcli
from evtcli.cli import app
from evtcli.errors import SchemaTooOld
from evtcli.projections.runner import Projections
from evtcli.store.schema import SCHEMA_VERSION

from conftest import CHEAP_HASHER, is_file_url

DATA = Path(__file__).parent / "data"
V1_EVENTS, V1_USERS = 72, 57
VERA = "vera@example.com"


@pytest.fixture
def v1_db(db_url: str) -> str:
    """A copy of the schema-version-1 history at ``db_url``."""
    if is_file_url(db_url):
        shutil.copyfile(DATA / "schema-1.db", db_url)
        Path(db_url).chmod(0o600)
        return db_url
    import psycopg

    script = (DATA / "schema-1.postgresql.sql").read_text(encoding="utf-8")
    with psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(script)  # type: ignore[arg-type]  (a script of plain statements, no parameters)
    return db_url


def rows(url: str, query: str) -> list[tuple[Any, ...]]:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(query))]
    finally:
        engine.dispose()


EVENTS = "SELECT * FROM user_events ORDER BY position"


def cli(db: str, *args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app, ["--db", db, *args], input=input, catch_exceptions=False)


@pytest.mark.parametrize(
    "args",
    [
        ("user", "list"),
        ("user", "show", VERA),
        ("events", "tail"),
        ("verify",),
        ("replay",),
        ("projection", "list"),
        ("user", "destroy", VERA),
        ("user", "create", "--name", "New", "--email", "new@example.com", "--password-stdin"),
        ("events", "import", "-"),
    ],
    ids=" ".join,
)
def test_every_other_command_refuses_an_older_schema_and_writes_nothing(v1_db: str, args: tuple[str, ...]) -> None:
    before = rows(v1_db, EVENTS)
    result = cli(v1_db, *args, input="a long enough password\n")
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "schema version 1" in result.stderr and "run 'evtcli init'" in result.stderr
    assert rows(v1_db, EVENTS) == before
    assert rows(v1_db, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [("1",)]


def test_init_upgrades_and_rebuilds_the_projections_from_the_log(v1_db: str) -> None:
    events_before = rows(v1_db, EVENTS)
    result = cli(v1_db, "init")
    assert result.exit_code == 0, result.stderr
    assert f"from schema version 1 to {SCHEMA_VERSION}" in result.stdout and f"{V1_EVENTS} events" in result.stdout
    assert rows(v1_db, EVENTS) == events_before  # the log is kept exactly as written
    with evtcli.open_store(v1_db, password_hasher=CHEAP_HASHER) as store:
        report = store.verify()
        assert report.ok and (report.events, report.users) == (V1_EVENTS, V1_USERS)
        (status,) = store.projection_status()
        assert (status.checkpoint, status.lag, status.rows, status.stale) == (V1_EVENTS, 0, V1_USERS, False)
        users = store.list_users("all")
        assert len(users) == V1_USERS and {user.status for user in users} == {"live", "destroyed"}
        amara = store.get_user("amara.okafor@example.com")  # destroyed: found by the email they had
        assert (amara.status, amara.deleted_reason) == ("destroyed", "left before the upgrade")
        # The new commands work on the old history.
        store.check_password(VERA, "v1-password-one")
        renamed = store.rename_user(VERA, "Vera Two")
        assert (renamed.version, renamed.position) == (2, V1_EVENTS + 1)
        store.disable_user(VERA)
        assert store.get_user(VERA).status == "disabled"
        assert store.verify().ok
    again = cli(v1_db, "init")
    assert again.exit_code == 0 and "ready" in again.stdout and "upgraded" not in again.stdout


def test_sqlite_the_upgrade_keeps_a_private_copy_of_the_old_database(tmp_path: Path) -> None:
    db = tmp_path / "evtcli.db"
    shutil.copyfile(DATA / "schema-1.db", db)
    original = rows(str(db), EVENTS)
    result = cli(str(db), "init")
    backup = tmp_path / "evtcli.db.schema-1.bak"
    assert result.exit_code == 0 and str(backup) in result.stdout
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT value FROM evtcli_meta WHERE key = 'schema_version'").fetchone() == ("1",)
        assert copy.execute("SELECT count(*) FROM users").fetchone() == (V1_USERS,)
        assert [tuple(row) for row in copy.execute(EVENTS)] == original
    finally:
        copy.close()
    assert sorted(path.name for path in tmp_path.iterdir() if "partial" in path.name) == []


def test_a_failed_upgrade_changes_nothing(v1_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = "SELECT * FROM users ORDER BY id"
    before = (rows(v1_db, EVENTS), rows(v1_db, tables), rows(v1_db, "SELECT * FROM projection_checkpoints"))

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(Projections, "replay", fail)
    with pytest.raises(OSError):
        evtcli.open_store(v1_db, create=True, upgrade=True, password_hasher=CHEAP_HASHER)
    after = (rows(v1_db, EVENTS), rows(v1_db, tables), rows(v1_db, "SELECT * FROM projection_checkpoints"))
    assert after == before
    assert rows(v1_db, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [("1",)]
    with pytest.raises(SchemaTooOld):
        evtcli.open_store(v1_db)
