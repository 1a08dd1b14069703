"""``sample_events.jsonl`` and ``benchmarks/generate.py``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import evtcli
from evtcli.domain.events import ENVELOPE_FIELDS
from evtcli.domain.passwords import PasswordHasher
from evtcli.domain.declared import MODEL

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_events.jsonl"
GENERATOR = ROOT / "benchmarks" / "generate.py"


def generate(*args: str) -> subprocess.CompletedProcess[bytes]:
    completed = subprocess.run(
        [sys.executable, str(GENERATOR), *args], capture_output=True, timeout=300, cwd=ROOT
    )
    assert completed.returncode == 0, completed.stderr.decode()
    return completed


def test_the_sample_imports_into_a_fresh_database(cli, db_url: str) -> None:
    result = cli("events", "import", str(SAMPLE), "--json")
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert json.loads(result.stdout)["appended"] == len(events)
    with evtcli.open_store(db_url) as store:
        everyone = store.list_streams("user", "all")
        destroyed = store.list_streams("user", "deleted")
        assert store.verify().ok
    assert len(everyone) >= 40
    assert 5 <= len(destroyed) < len(everyone) // 2
    assert {user.deleted_reason is None for user in destroyed} == {True, False}
    reused = [email for email, count in Counter(user.email for user in everyone).items() if count > 1]
    assert len(reused) >= 3
    # Several weeks of history, with international names.
    days = {event["recorded_at"][:10] for event in events}
    assert min(days) <= "2025-09-05" and max(days) >= "2025-10-06"
    assert any(not user.name.isascii() for user in everyone)
    # The whole life of a user (§7) and of a team (§8): every declared event type appears.
    for aggregate in MODEL.aggregates.values():
        assert {e["type"] for e in events if e["aggregate"] == aggregate.name} == set(aggregate.event_types)
    assert {user.status for user in everyone} == {"live", "disabled", "destroyed", "forgotten"}
    # A destroyed user left their teams in the same moment, each removal caused by it.
    for index, event in enumerate(events):
        if event["type"] == "MemberRemoved" and event["metadata"]["command"] == "user destroy":
            cause = next(e for e in reversed(events[:index]) if e["type"] != "MemberRemoved")
            assert (cause["type"], cause["aggregate_id"]) == ("Destroyed", event["payload"]["user_id"])
            assert event["metadata"]["causation_id"] == cause["event_id"]
    with evtcli.open_store(db_url) as store:
        teams = store.list_streams("group", "all")
        assert {team.status for team in teams} == {"live", "destroyed"} and any(t.member_count > 3 for t in teams)


def test_the_sample_is_in_canonical_export_form(cli) -> None:
    assert cli("events", "import", str(SAMPLE)).exit_code == 0
    exported = cli("events", "export")
    assert exported.stdout_bytes == SAMPLE.read_bytes()
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        assert list(json.loads(line)) == list(ENVELOPE_FIELDS)


def test_the_documented_passwords_verify() -> None:
    hasher = PasswordHasher()
    created = [
        json.loads(line)["payload"]
        for line in SAMPLE.read_text(encoding="utf-8").splitlines()
        if '"aggregate":"user"' in line and '"type":"Created"' in line
    ]
    for payload in (created[0], created[-1]):
        local_part = payload["email"].split("@")[0]
        assert hasher.verify(f"{local_part}-sample-pw", payload["password_hash"])
        assert not hasher.verify("wrong-password", payload["password_hash"])
        assert not hasher.needs_update(payload["password_hash"])  # evtcli's own parameters
    # After a password change the documented password gains "-2".
    events = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    first_email = {e["aggregate_id"]: e["payload"]["email"] for e in events if e["aggregate"] == "user" and e["type"] == "Created"}
    changed = next(e for e in events if e["type"] == "PasswordChanged")
    local_part = first_email[changed["aggregate_id"]].split("@")[0]
    assert hasher.verify(f"{local_part}-sample-pw-2", changed["payload"]["password_hash"])


def test_the_generator_reproduces_the_sample_byte_for_byte(tmp_path: Path) -> None:
    target = tmp_path / "sample.jsonl"
    generate("-o", str(target))
    assert target.read_bytes() == SAMPLE.read_bytes()


def test_large_synthetic_files_are_deterministic_and_import_cleanly(cli, db_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    generate("--events", "3000", "-o", str(first))
    generate("--events", "3000", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()
    assert generate("--events", "3000", "--seed", "7").stdout != first.read_bytes()
    result = cli("events", "import", str(first), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["appended"] == 3000
    with evtcli.open_store(db_url) as store:
        total, gone = len(store.list_streams("user", "all")), len(store.list_streams("user", "deleted"))
        assert store.verify().ok
    assert 0.4 < gone / total < 0.6
    # Lines are in export form, minus the position and hash the store assigned.
    exported = cli("events", "export").stdout.splitlines()
    for written, stored in zip(first.read_text(encoding="utf-8").splitlines(), exported):
        event = json.loads(stored)
        assert written == stored.replace(f'"position":{event["position"]},', "").replace(
            f',"hash":"{event["hash"]}"', ""
        )
