"""Upgrading real databases of older schema versions with ``evtcli init``, on every backend.

Version 1 was written by the evtcli before the declared model, version 2 by the one
before groups, version 3 by the one before sealed personal data, version 4 by the one
before snapshots (see tests/data/README.md); each holds the sample history of its day.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from dataclasses import dataclass, replace
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
VERA = "vera@example.com"


@dataclass(frozen=True)
class Old:
    """An older database: its schema version, events, users and Vera's password and status."""

    version: int
    events: int
    users: int
    password: str
    vera_status: str
    group_events: int = 0
    keys: int = 0  # streams with sealed personal data (schema 4 on)
    url: str = ""


OLD = [
    Old(1, 72, 57, "v1-password-one", "live"),
    Old(2, 93, 57, "v2-password-one", "disabled"),
    Old(3, 152, 57, "v3-password-one", "live", group_events=60),
    Old(4, 155, 57, "v4-password-one", "live", group_events=60, keys=1),
]


@pytest.fixture(params=OLD, ids=lambda old: f"schema-{old.version}")
def old(request: pytest.FixtureRequest, db_url: str) -> Old:
    """A copy of an older history at ``db_url``."""
    found: Old = request.param
    if is_file_url(db_url):
        shutil.copyfile(DATA / f"schema-{found.version}.db", db_url)
        Path(db_url).chmod(0o600)
        return replace(found, url=db_url)
    import psycopg

    script = (DATA / f"schema-{found.version}.postgresql.sql").read_text(encoding="utf-8")
    with psycopg.connect(db_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(script)  # type: ignore[arg-type]  (a script of plain statements, no parameters)
    return replace(found, url=db_url)


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
def test_every_other_command_refuses_an_older_schema_and_writes_nothing(old: Old, args: tuple[str, ...]) -> None:
    before = rows(old.url, EVENTS)
    result = cli(old.url, *args, input="a long enough password\n")
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert f"schema version {old.version}" in result.stderr and "run 'evtcli init'" in result.stderr
    assert rows(old.url, EVENTS) == before
    assert rows(old.url, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [(str(old.version),)]


def test_init_upgrades_and_rebuilds_the_projections_from_the_log(old: Old) -> None:
    events_before = rows(old.url, EVENTS)
    result = cli(old.url, "init")
    assert result.exit_code == 0, result.stderr
    assert f"from schema version {old.version} to {SCHEMA_VERSION}" in result.stdout
    assert f"{old.events} events" in result.stdout
    assert rows(old.url, EVENTS) == events_before  # the log is kept exactly as written
    assert rows(old.url, "SELECT count(*) FROM group_events") == [(old.group_events,)]  # new aggregates get their tables
    # Old plaintext events stay plaintext: no keys are made for them.
    assert rows(old.url, "SELECT count(*) FROM user_keys") == [(old.keys,)]
    with evtcli.open_store(old.url, password_hasher=CHEAP_HASHER) as store:
        report = store.verify()
        assert report.ok and (report.events, report.streams["user"]) == (old.events, old.users)
        statuses = {status.name: status for status in store.projection_status()}
        assert set(statuses) == {"users", "groups", "group_members"}  # added by the upgrade, with checkpoints
        assert all((s.checkpoint, s.lag, s.stale) == (old.events, 0, False) for s in statuses.values())
        assert statuses["users"].rows == old.users
        users = store.list_streams("user", "all")
        assert len(users) == old.users and {"live", "destroyed"} <= {user.status for user in users}
        vera = store.get_stream("user", VERA)
        assert vera.status == old.vera_status
        if old.vera_status == "disabled":
            store.enable_user(VERA)
        # The new commands work on the old history.
        store.check_password(VERA, old.password)
        renamed = store.rename_user(VERA, "Vera Renamed")
        assert renamed.position == store.head()
        assert store.history("user", VERA)[-1].payload["name"] == "Vera Renamed"  # sealed, and opened
        team = store.create_group("Upgraded")
        store.add_members(team.aggregate_id, [VERA])
        store.destroy_user(VERA)
        assert store.group_members("Upgraded", limit=None).members == [] and store.verify().ok
        # Forgetting her erases the new name; an old plaintext Created keeps its
        # plaintext, and says so (from schema 4 on, hers is sealed).
        created = store.history("user", vera.id)[0]
        done = store.forget_user(vera.id)
        assert done.plaintext_positions == ([] if old.keys else [created.position]) and store.verify().ok
    again = cli(old.url, "init")
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
        assert copy.execute("SELECT count(*) FROM users").fetchone() == (OLD[0].users,)
        assert [tuple(row) for row in copy.execute(EVENTS)] == original
    finally:
        copy.close()
    assert sorted(path.name for path in tmp_path.iterdir() if "partial" in path.name) == []


def test_a_failed_upgrade_changes_nothing(old: Old, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = "SELECT * FROM users ORDER BY id"
    before = (rows(old.url, EVENTS), rows(old.url, tables), rows(old.url, "SELECT * FROM projection_checkpoints"))

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(Projections, "replay", fail)
    with pytest.raises(OSError):
        evtcli.open_store(old.url, create=True, upgrade=True, password_hasher=CHEAP_HASHER)
    after = (rows(old.url, EVENTS), rows(old.url, tables), rows(old.url, "SELECT * FROM projection_checkpoints"))
    assert after == before
    assert rows(old.url, "SELECT value FROM evtcli_meta WHERE key = 'schema_version'") == [(str(old.version),)]
    assert rows(old.url, "SELECT count(*) FROM evtcli_meta") == [(2,)]
    with pytest.raises(SchemaTooOld):
        evtcli.open_store(old.url)


def test_the_upgrade_takes_a_snapshot_of_every_stream_long_enough(old: Old, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVTCLI_SNAPSHOT_EVERY", "2")
    assert cli(old.url, "init").exit_code == 0
    long_streams = rows(
        old.url,
        "SELECT user_id, max(version) FROM user_events GROUP BY user_id HAVING max(version) >= 2"
        " AND sum(CASE WHEN type = 'Forgotten' THEN 1 ELSE 0 END) = 0 ORDER BY user_id",
    )
    assert long_streams and rows(old.url, "SELECT aggregate_id, version FROM user_snapshots ORDER BY aggregate_id") == long_streams
    groups = rows(old.url, "SELECT group_id, max(version) FROM group_events GROUP BY group_id HAVING max(version) >= 2 ORDER BY group_id")
    assert rows(old.url, "SELECT aggregate_id, version FROM group_snapshots ORDER BY aggregate_id") == groups
    with evtcli.open_store(old.url, password_hasher=CHEAP_HASHER) as store:
        assert store.verify().ok


def test_the_upgrade_gives_every_event_table_its_append_only_triggers(old: Old) -> None:
    # Before schema 6 SQLite let INSERT OR REPLACE swap a stored event, and PostgreSQL's
    # triggers were skipped in replication sessions (and TRUNCATE unguarded before 5).
    from evtcli.store import dialect
    from evtcli.store.schema import event_table

    assert cli(old.url, "init").exit_code == 0
    engine = create_engine(dialect.parse_location(old.url).url)
    try:
        with engine.connect() as conn:
            for aggregate, id_column in (("user", "user_id"), ("group", "group_id")):
                states = dialect.immutability_triggers(conn, event_table(aggregate, id_column))
                assert set(states.values()) == {dialect.TriggerState.IN_PLACE}, states
    finally:
        engine.dispose()
    replace = (
        "INSERT OR REPLACE INTO user_events SELECT * FROM user_events WHERE position = 3"
        if is_file_url(old.url)
        else "INSERT INTO user_events SELECT * FROM user_events WHERE position = 3"
        " ON CONFLICT (position) DO UPDATE SET payload = excluded.payload"
    )
    before = rows(old.url, EVENTS)
    with pytest.raises(Exception, match="append-only"):
        rows(old.url, replace)
    assert rows(old.url, EVENTS) == before
