"""``events import`` and ``events export``: round trips, idempotency, summaries, filters."""

from __future__ import annotations

import getpass
import io
import json
import os
import re
import shlex
import stat
import subprocess
import sys
from pathlib import Path
from datetime import datetime, timedelta, timezone

import pytest
from conftest import CHEAP_HASHER, exported_with_keys, run_evtcli
from jsonl_events import created, destroyed, stream, uid
from jsonl_events import jsonl as make_jsonl

import evtcli
from evtcli import jsonl
from evtcli.jsonl import importer
from evtcli.api import WriteContext
from evtcli.domain.events import (
    ENVELOPE_FIELDS,
    Envelope,
    canonical_json,
    chain_hash,
    derive_event_id,
    format_timestamp,
)
from evtcli.store import chain


# Every import here runs with its lines checked in one process and in two.
pytestmark = pytest.mark.usefixtures("processes")


@pytest.fixture
def source_export(tmp_path: Path) -> bytes:
    """The export of a SQLite store with a small, varied history made through the API."""
    path = str(tmp_path / "source.db")
    with evtcli.open_store(path, create=True, password_hasher=CHEAP_HASHER, actor="ops") as source:
        ada = source.create_user("Ada Lovelace", "ada@example.com", "correct horse 1")
        source.create_user("Zoë Ωmega \"quoted\" \\ back", "zoe@example.org", "correct horse 2")
        source.create_user(
            "田中 優希", "Yuki@Example.COM", "correct horse 3",
            WriteContext("user create", correlation_id="c-1", causation_id="x"),
        )
        source.destroy_user(ada, reason="left: «the» company")
        source.create_user("Ada Again", "ada@example.com", "correct horse 4")
        source.destroy_user("zoe@example.org")
        events, keys = exported_with_keys(source)
        (tmp_path / "source.keys").write_bytes(keys)
        return events


def export(cli, *args: str) -> bytes:
    result = cli("events", "export", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


# -- round trips ------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(cli, source_export: bytes, tmp_path: Path) -> None:
    result = cli("events", "import", "-", "--keys", str(tmp_path / "source.keys"), input=source_export)
    assert result.exit_code == 0, result.stderr
    assert export(cli) == source_export
    # The keys travelled too: the copy reads the sealed names.
    assert ["田中 優希", "Ada Again"] == [u["name"] for u in json.loads(cli("user", "list", "--json").stdout)]
    cli("events", "export", "--keys", str(tmp_path / "copy.keys"))
    assert (tmp_path / "copy.keys").read_bytes() == (tmp_path / "source.keys").read_bytes()
    assert (tmp_path / "copy.keys").stat().st_mode & 0o777 == 0o600


def test_round_trip_through_pipes_between_real_processes(db_url: str, tmp_path: Path, source_export: bytes) -> None:
    source = tmp_path / "source.db"  # made by the source_export fixture
    evtcli_argv = f"{shlex.quote(sys.executable)} -m evtcli"
    keys = shlex.quote(str(tmp_path / "source.keys"))
    script = (
        f"set -o pipefail; {evtcli_argv} --db {shlex.quote(str(source))} events export"
        f" | {evtcli_argv} --db {shlex.quote(db_url)} events import - --keys {keys} >/dev/null"
        f" && {evtcli_argv} --db {shlex.quote(db_url)} events export | cat"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVTCLI_")}
    completed = subprocess.run(["bash", "-c", script], capture_output=True, env=env, timeout=120)
    assert completed.returncode == 0, completed.stderr.decode()
    assert completed.stderr == b""
    assert completed.stdout == source_export


def test_round_trip_across_many_chunks(cli, store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "CHUNK_EVENTS", 3)
    events = []
    for user in range(1, 12):
        # Every user reuses the email of the one before, destroyed just before.
        events.append(created(user, email="shared@example.com", name=f"User {user}", minute=user))
        events.append(destroyed(user, minute=user))
    summary = store.import_events(stream(*events))
    assert (summary.read, summary.appended, summary.skipped) == (22, 22, 0)
    first = "".join(line + "\n" for line in store.export_lines()).encode()
    assert store.verify().ok
    # Exported again into the same store: everything is already there.
    again = store.import_events(stream(*[json.loads(line) for line in first.decode().splitlines()]))
    assert (again.appended, again.skipped) == (0, 22)
    assert export(cli) == first


# -- idempotency -------------------------------------------------------------------------


def test_importing_the_same_file_twice_skips_every_event(cli, source_export: bytes, tmp_path: Path) -> None:
    assert cli("events", "import", "-", "--keys", str(tmp_path / "source.keys"), input=source_export).exit_code == 0
    second = cli("events", "import", "-", "--json", input=source_export)
    assert second.exit_code == 0, second.stderr
    summary = json.loads(second.stdout)
    assert summary["read"] == 6 and summary["appended"] == 0 and summary["skipped"] == 6
    assert export(cli) == source_export


def test_a_partly_imported_file_appends_only_the_rest(store) -> None:
    events = [created(1), created(2, email="bob@example.com", name="Bob"), destroyed(1)]
    store.import_events(stream(*events[:2]))
    summary = store.import_events(stream(*events))
    assert (summary.read, summary.appended, summary.skipped) == (3, 1, 2)
    assert store.get_stream("user", uid(1)).deleted


def test_stored_and_new_events_mixed_in_one_chunk(store) -> None:
    """Chunks are first written without asking which events are stored; one that the
    store's constraints refuse is checked again line by line, with the same outcome."""
    first = [created(1), created(2, email="bob@example.com", name="Bob")]
    store.import_events(stream(*first))
    head = store.head()
    mixed = [created(3, email="cy@example.com", name="Cy"), *first, destroyed(2), created(4, email="di@example.com", name="Di")]
    summary = store.import_events(stream(*mixed))
    assert (summary.read, summary.appended, summary.skipped) == (5, 3, 2)
    assert store.head() == head + 3
    assert [user.id for user in store.list_streams("user", "all")] == [uid(1), uid(2), uid(3), uid(4)]
    assert store.get_stream("user", uid(2)).deleted and not store.get_stream("user", uid(4)).deleted
    assert store.verify().ok


def test_an_email_freed_later_in_the_same_chunk_is_still_taken_when_claimed(store) -> None:
    """File order decides: the user who has the email is destroyed only after the claim."""
    store.import_events(stream(created(1)))
    claim_then_free = [created(2, name="Other Ada"), destroyed(1)]  # both ada@example.com
    with pytest.raises(evtcli.RuleViolation, match="line 1: email ada@example.com belongs to user"):
        store.import_events(stream(*claim_then_free))
    assert store.head() == 1 and not store.get_stream("user", uid(1)).deleted
    store.import_events(stream(*reversed(claim_then_free)))
    assert store.get_stream("user", uid(2)).email == "ada@example.com" and store.get_stream("user", uid(1)).deleted


def email_changed(user: int, version: int, email: str, minute: int) -> dict:
    return {
        "aggregate": "user", "aggregate_id": uid(user), "version": version, "type": "EmailChanged",
        "payload": {"email": email}, "recorded_at": f"2026-01-01T12:{minute:02d}:00.000000Z",
    }


def test_two_users_swap_their_emails_within_one_chunk(store) -> None:
    """The projection's unique index on claimed emails sees only the end of the chunk."""
    store.import_events(stream(created(1), created(2, email="bob@example.com")))
    swap = [
        email_changed(1, 2, "spare@example.com", 1),
        email_changed(2, 2, "ada@example.com", 2),
        email_changed(1, 3, "bob@example.com", 3),
    ]
    summary = store.import_events(stream(*swap))
    assert summary.appended == 3
    assert store.get_stream("user", "bob@example.com").id == uid(1) and store.get_stream("user", "ada@example.com").id == uid(2)
    assert store.diff_projections() == [] and store.verify().ok


def test_a_line_repeated_in_one_file_is_imported_once(store) -> None:
    event = created(1, event_id=uid(99))
    summary = store.import_events(stream(event, event))
    assert (summary.appended, summary.skipped) == (1, 1)


def test_a_missing_event_id_is_derived_so_a_reimport_stays_idempotent(store) -> None:
    store.import_events(stream(created(1)))
    (envelope,), _ = store.tail(1)
    assert envelope.event_id == derive_event_id("user", uid(1), 1)
    summary = store.import_events(stream(created(1)))
    assert (summary.appended, summary.skipped) == (0, 1)


# -- what is stored ----------------------------------------------------------------------


def test_defaults_metadata_schema_version_and_canonical_time(cli) -> None:
    events = [
        created(1, recorded_at="2026-01-01T11:00:00+01:00"),
        created(2, email="bob@example.com", metadata={"actor": "elsewhere", "command": "user create", "x": [1]}),
        created(3, email="cy@example.com", metadata={}),
    ]
    result = cli("events", "import", "-", "--correlation-id", "corr-7", input=make_jsonl(*events))
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(text) for text in export(cli).decode().splitlines()]
    assert lines[0]["recorded_at"] == "2026-01-01T10:00:00.000000Z"
    assert lines[0]["schema_version"] == 1
    assert lines[0]["metadata"] == {"actor": getpass.getuser(), "command": "events import", "correlation_id": "corr-7"}
    assert lines[1]["metadata"] == {"actor": "elsewhere", "command": "user create", "x": [1]}
    assert lines[2]["metadata"] == {}


def test_positions_and_hashes_in_the_file_are_assigned_anew(store) -> None:
    store.create_user("Existing", "existing@example.com", "correct horse")
    events = [
        created(1, position=500, hash="sha256:" + "0" * 64),
        destroyed(1, position=7, hash="sha256:whatever"),
    ]
    summary = store.import_events(stream(*events))
    assert summary.head == 3
    imported, _ = store.tail(2)
    assert [envelope.position for envelope in imported] == [2, 3]
    assert store.verify().ok


def test_import_continues_streams_already_in_the_store(store) -> None:
    user_id = store.create_user("Ada", "ada@example.com", "correct horse")
    # Recorded after the command's event (now): a stream's times never go backwards.
    an_hour_ahead = format_timestamp(datetime.now(timezone.utc) + timedelta(hours=1))
    later = {"aggregate_id": user_id, "recorded_at": an_hour_ahead}
    store.import_events(stream(destroyed(0, reason="moved on") | later))
    user = store.get_stream("user", user_id)
    assert user.deleted and user.version == 2 and user.deleted_reason == "moved on"
    # Her email is free again, within a later import too.
    store.import_events(stream(created(5, email="ada@example.com")))
    assert store.get_stream("user", "ada@example.com").id == uid(5)


def test_import_hashes_match_the_append_path(store) -> None:
    store.create_user("Ada", "ada@example.com", "correct horse")
    store.import_events(stream(created(2, email="bob@example.com", name="Bob \"B\" Ωmega\\")))
    previous = ""
    for line in store.export_lines():  # as stored: the chain covers sealed values as they are
        event = json.loads(line)
        assert event["hash"] == chain_hash(previous, {k: v for k, v in event.items() if k != "hash"})
        previous = event["hash"]


@pytest.mark.parametrize(
    "payload",
    [{}, {"reason": "plain"}, {"reason": "quote \" backslash \\ tab-free ünïcødé 😀 \u2028"}],
)
def test_chain_hash_from_text_equals_chain_hash(payload: dict) -> None:
    envelope = Envelope(
        position=42,
        event_id=uid(1),
        aggregate="user",
        aggregate_id=uid(2),
        version=3,
        type="Destroyed",
        schema_version=1,
        payload=payload,
        metadata={"actor": "ops \"x\"", "command": "user destroy", "nested": {"b": 1, "a": [None, True]}},
        recorded_at="2026-01-01T10:00:00.000000Z",
        hash="",
    )
    assert chain.chain_hash_from_text(
        "sha256:previous",
        position=envelope.position,
        event_id=envelope.event_id,
        aggregate=envelope.aggregate,
        aggregate_id=envelope.aggregate_id,
        version=envelope.version,
        event_type=envelope.type,
        schema_version=envelope.schema_version,
        payload=canonical_json(envelope.payload),
        metadata=canonical_json(envelope.metadata),
        recorded_at=envelope.recorded_at,
    ) == chain_hash("sha256:previous", envelope.body())


# -- summary ----------------------------------------------------------------------------


def test_human_summary_is_one_line_on_stdout(cli) -> None:
    data = make_jsonl(created(1), "", "   ", created(2, email="bob@example.com"))
    result = cli("events", "import", "-", input=data)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert re.fullmatch(
        r"read 2 events: 2 appended, 0 already stored, 2 blank lines; [0-9.]+ s, [0-9]+ events/s\n",
        result.stdout,
    )


def test_json_summary(cli) -> None:
    result = cli("events", "import", "-", "--json", input=make_jsonl(created(1), destroyed(1)))
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) == {"read", "appended", "skipped", "blank_lines", "forgotten_keys_skipped", "head", "seconds", "events_per_second"}
    assert (summary["read"], summary["appended"], summary["skipped"], summary["head"]) == (2, 2, 0, 2)


def test_import_from_a_file_path(cli, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(make_jsonl(created(1)))
    result = cli("events", "import", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("read 1 event: 1 appended")


# -- export ------------------------------------------------------------------------------


def test_export_lines_are_canonical(cli, source_export: bytes, tmp_path: Path) -> None:
    cli("events", "import", "-", "--keys", str(tmp_path / "source.keys"), input=source_export)
    for text in export(cli).decode("utf-8").splitlines():
        event = json.loads(text)
        assert list(event) == list(ENVELOPE_FIELDS)
        rebuilt = "{" + ",".join(
            f"{json.dumps(name)}:"
            + (canonical_json(event[name]) if name in ("payload", "metadata") else json.dumps(event[name], ensure_ascii=False))
            for name in ENVELOPE_FIELDS
        ) + "}"
        assert text == rebuilt
    assert "«the» company" in export(cli).decode("utf-8")  # raw UTF-8, not \\u escapes
    # Names, emails and hashes go out sealed, as stored (§9).
    assert "aesgcm:" in export(cli).decode("utf-8") and "$argon2id$" not in export(cli).decode("utf-8")


def test_export_filters(cli, store) -> None:
    store.import_events(
        stream(created(0x1234, minute=1), created(0x5678, email="bob@example.com", minute=2), destroyed(0x1234))
    )
    lines = export(cli).decode().splitlines()
    assert len(lines) == 3
    assert export(cli, "--since", "1").decode().splitlines() == lines[1:]
    assert export(cli, "--since", "3") == b""
    assert export(cli, "--aggregate", "user") == export(cli)
    by_id = export(cli, "--id", uid(0x1234)).decode().splitlines()
    assert by_id == [lines[0], lines[2]]
    prefix = uid(0x1234)[:-1]  # unique: the two ids differ only in their last digits
    assert export(cli, "--id", prefix).decode().splitlines() == by_id
    assert export(cli, "--id", uid(0x5678), "--since", "1").decode().splitlines() == [lines[1]]
    unknown = cli("events", "export", "--aggregate", "order")
    assert unknown.exit_code == 2 and unknown.stderr.startswith("error: unknown aggregate 'order'")


def test_export_to_a_file_is_private_and_equals_stdout(cli, store, tmp_path: Path) -> None:
    store.import_events(stream(created(1), destroyed(1)))
    target = tmp_path / "out.jsonl"
    result = cli("events", "export", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_bytes() == export(cli)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")] == []


class _CountingFile(io.FileIO):
    writes = 0

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.writes += 1
        return super().write(data)


def test_lines_to_an_unbuffered_file_go_in_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under ``python -u`` or PYTHONUNBUFFERED, stdout has no buffer: a file still gets
    blocks of lines, not a system call per line, and exactly the same bytes."""
    from evtcli.jsonl.files import write_lines

    raw = _CountingFile(tmp_path / "out.jsonl", "w")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="utf-8", write_through=True))
    lines = [f'{{"n":{n},"name":"Zoë"}}' for n in range(1000)]
    assert write_lines(iter(lines)) == 1000
    assert raw.writes <= 10  # 1,000 lines: a handful of writes
    raw.close()
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "".join(line + "\n" for line in lines)


def test_export_into_a_missing_directory_is_refused(cli, store, tmp_path: Path) -> None:
    result = cli("events", "export", "-o", str(tmp_path / "nowhere" / "out.jsonl"))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot write")


def test_export_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run_evtcli("events", "export", db=str(missing))
    assert result.returncode == 1
    assert result.stderr.startswith("error: no database at")
    assert not missing.exists()


def test_export_streams_to_a_reader_that_stops_early(db_url: str, store) -> None:
    store.import_events(stream(*[created(n, email=f"u{n}@example.com", minute=n % 60) for n in range(1, 50)]))
    command = f"{shlex.quote(sys.executable)} -m evtcli --db {shlex.quote(db_url)} events export | head -1"
    completed = subprocess.run(["bash", "-c", "set -o pipefail; " + command], capture_output=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == b""
    assert completed.stdout.count(b"\n") == 1
