"""Import with its lines checked ahead in a second process writes and refuses exactly as without.

Chunks are made small here so that a few lines already use the checker
(``jsonl.checker``); each case runs with and without it and compares.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import evtcli
from evtcli.domain.declared import MODEL
from evtcli.errors import EvtcliError
from evtcli.jsonl import checker, importer
from jsonl_events import created, destroyed, jsonl as make_jsonl

from conftest import CHEAP_HASHER, exported_with_keys
from test_import_errors import BAD_LINES, GOOD

SAMPLE = Path(__file__).resolve().parent.parent / "sample_events.jsonl"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[checker.LineChecker]:
    """Chunks of two lines, and a list of the checkers that started."""
    monkeypatch.setattr(importer, "CHUNK_EVENTS", 2)
    monkeypatch.setattr(checker.LineChecker, "patient", True)  # every chunk checked ahead, every answer used
    checkers: list[checker.LineChecker] = []
    start = checker.LineChecker.start

    def recorded(*arguments: Any) -> checker.LineChecker | None:
        found = start(*arguments)
        if found is not None:
            checkers.append(found)
        return found

    monkeypatch.setattr(checker.LineChecker, "start", staticmethod(recorded))
    return checkers


def _import(db: str, data: bytes, *, ahead: bool, monkeypatch: pytest.MonkeyPatch, keys: bytes | None = None) -> Any:
    """(summary or the error's type and text, every event exported, users) after importing into a fresh store."""
    with monkeypatch.context() as patch:
        if not ahead:
            patch.setattr(checker.LineChecker, "start", staticmethod(lambda *arguments: None))
        with evtcli.open_store(db, create=True, password_hasher=CHEAP_HASHER) as store:
            try:
                summary = store.import_events(io.BytesIO(data), keys=None if keys is None else io.BytesIO(keys))
                outcome: Any = (summary.read, summary.appended, summary.skipped, summary.blank, summary.head)
            except EvtcliError as exc:
                outcome = (type(exc).__name__, str(exc), exc.hint)
            exported = list(store.export_lines())
            users = [(user.id, user.name, user.email, user.status) for user in store.list_users("all")]
    return outcome, exported, users


def _fresh(tmp_path: Path, name: str) -> str:
    return str(tmp_path / f"{name}.db")


def _lines_with(bad: Any, at: int) -> bytes:
    """Six good lines with ``bad`` as line ``at`` (1-based), then two more good lines."""
    good = [*GOOD] + [created(n, email=f"u{n}@example.com", minute=n) for n in range(3, 9)]
    rows: list[Any] = good[: at - 1] + [bad] + good[at - 1 :]
    return make_jsonl(*rows)


@pytest.mark.parametrize("bad", list(BAD_LINES.values()), ids=list(BAD_LINES))
def test_a_bad_line_is_refused_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list, bad: Any) -> None:
    for at in (3, 6):
        data = _lines_with(bad, at)
        ahead = _import(_fresh(tmp_path, f"ahead{at}"), data, ahead=True, monkeypatch=monkeypatch)
        alone = _import(_fresh(tmp_path, f"alone{at}"), data, ahead=False, monkeypatch=monkeypatch)
        assert ahead == alone
    assert started, "the checker never ran"


def test_many_chunks_round_trip_byte_for_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    sample = SAMPLE.read_bytes()
    ahead = _import(_fresh(tmp_path, "ahead"), sample, ahead=True, monkeypatch=monkeypatch)
    alone = _import(_fresh(tmp_path, "alone"), sample, ahead=False, monkeypatch=monkeypatch)
    assert ahead == alone
    assert "".join(line + "\n" for line in ahead[1]).encode() == sample
    assert len(started) == 1


def test_the_writer_uses_the_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    answers: list[bytes] = []
    verdicts = checker.LineChecker.verdicts

    def recorded(self: checker.LineChecker, chunk: int, count: int) -> bytes:
        answers.append(verdicts(self, chunk, count))
        return answers[-1]

    monkeypatch.setattr(checker.LineChecker, "verdicts", recorded)
    sample = SAMPLE.read_bytes()
    ahead = _import(_fresh(tmp_path, "ahead"), sample, ahead=True, monkeypatch=monkeypatch)
    assert ahead == _import(_fresh(tmp_path, "alone"), sample, ahead=False, monkeypatch=monkeypatch)
    seen = b"".join(answers)
    # Every chunk but the last (which the writer reads alone) was answered.
    assert len(seen) >= sample.count(b"\n") - 2
    assert set(seen) == {checker.DECODED}  # the sample is plaintext, canonical, and valid


def test_sealed_events_and_their_keys_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    # Events written by evtcli itself: personal values sealed (schema version 2), with keys.
    with evtcli.open_store(_fresh(tmp_path, "source"), create=True, password_hasher=CHEAP_HASHER) as source:
        ids = [source.create_user(f"User {n}", f"user{n}@example.com", "a password") for n in range(7)]
        source.rename_user(ids[0], "Renamed Zero")
        source.destroy_user(ids[1])
        source.forget_user(ids[2])
        exported, keys = exported_with_keys(source)
    assert b'"schema_version":2' in exported
    ahead = _import(_fresh(tmp_path, "ahead"), exported, ahead=True, monkeypatch=monkeypatch, keys=keys)
    alone = _import(_fresh(tmp_path, "alone"), exported, ahead=False, monkeypatch=monkeypatch, keys=keys)
    assert ahead == alone
    assert "".join(line + "\n" for line in ahead[1]).encode() == exported
    # Without the keys: the same refusal, naming --keys.
    refused = _import(_fresh(tmp_path, "refused"), exported, ahead=True, monkeypatch=monkeypatch)
    assert refused == _import(_fresh(tmp_path, "refused2"), exported, ahead=False, monkeypatch=monkeypatch)
    assert "--keys" in refused[0][2]


def test_stored_events_are_skipped_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    sample = SAMPLE.read_bytes()
    for ahead in (True, False):
        db = _fresh(tmp_path, f"again{ahead}")
        first = _import(db, sample, ahead=ahead, monkeypatch=monkeypatch)
        again = _import(db, sample, ahead=ahead, monkeypatch=monkeypatch)
        assert again[0][:3] == (first[0][0], 0, first[0][0]) and again[1] == first[1]


def test_verdicts() -> None:
    metadata = {"actor": "test"}
    plain = make_jsonl(created(1))
    assert checker.verdict(plain, metadata, MODEL) == checker.DECODED
    assert checker.verdict(make_jsonl(created(1, email="not-an-email")), metadata, MODEL) == checker.PLAIN
    assert checker.verdict(b"{oops", metadata, MODEL) == checker.PARSE
    # What the writer must build itself: a time to normalise, a float, no event id.
    later = make_jsonl(created(1, recorded_at="2026-01-01T10:00:00+00:00"))
    assert checker.verdict(later, metadata, MODEL) == checker.PARSE
    floating = make_jsonl(created(1, metadata={"weight": 1.5}))
    assert checker.verdict(floating, metadata, MODEL) == checker.PARSE
    sealed = json.loads(plain) | {"schema_version": 2}
    sealed["payload"] = {name: "aesgcm:AAAA" for name in sealed["payload"]}
    assert checker.verdict(make_jsonl(sealed), metadata, MODEL) == checker.PLAIN


def test_the_import_goes_on_when_the_checker_dies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    sample = SAMPLE.read_bytes()
    alone = _import(_fresh(tmp_path, "alone"), sample, ahead=False, monkeypatch=monkeypatch)
    calls = 0

    def dying(*arguments: Any) -> int:
        nonlocal calls
        calls += 1
        if calls > 5:
            os._exit(3)  # in the child
        return checker.PARSE

    monkeypatch.setattr(checker, "verdict", dying)
    assert _import(_fresh(tmp_path, "ahead"), sample, ahead=True, monkeypatch=monkeypatch) == alone


def test_no_checker_is_left_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    _import(_fresh(tmp_path, "ok"), SAMPLE.read_bytes(), ahead=True, monkeypatch=monkeypatch)
    _import(_fresh(tmp_path, "bad"), _lines_with("{oops", 5), ahead=True, monkeypatch=monkeypatch)
    assert len(started) == 2
    for finished in started:
        with pytest.raises(ChildProcessError):
            os.waitpid(finished.pid, os.WNOHANG)  # reaped already


def test_ctrl_c_writes_nothing_and_leaves_no_checker(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    with open(source, "wb") as out:
        for n in range(1, 40_001):
            out.write(make_jsonl(created(n, email=f"u{n}@example.com", minute=n % 60), destroyed(n, minute=n % 60 + 30)))
    db = tmp_path / "big.db"
    env = {key: value for key, value in os.environ.items() if not key.startswith("EVTCLI_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "evtcli", "--db", str(db), "events", "import", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    pids: list[int] = []
    while time.monotonic() < deadline and not pids and process.poll() is None:
        pids = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        time.sleep(0.01)
    if not pids:
        process.kill()
        pytest.skip("the import ended before its checker was seen")
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.decode() == "error: interrupted; nothing was written by the unfinished command\n"
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pids[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not Path(f"/proc/{pids[0]}").exists(), "the checker outlived the import"
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM user_events").fetchone() == (0,)


def test_many_chunks_on_every_backend(db_url: str, monkeypatch: pytest.MonkeyPatch, started: list) -> None:
    # On PostgreSQL too the child is forked beside an open connection it never uses.
    sample = SAMPLE.read_bytes()
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.import_events(io.BytesIO(sample))
        assert "".join(line + "\n" for line in store.export_lines()).encode() == sample
        assert store.verify().ok
    assert len(started) == 1
