"""Integrity provable from outside (§13): the log's anchor (`events head`), checked by
`verify --anchor/--anchors`, and replay refusing a log that lost events it once had.

The attack is the one a hash chain alone cannot see: whoever can write the database
deletes the last events, points the head row at what is left, and may chain new
events on from there. Both backends; the triggers are bypassed as such a writer
would: dropped, and made again once the log is cut.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Cli
from stored import execute, is_file_url, query

from evtcli.api import Store, parse_anchor, read_anchors
from evtcli.errors import IntegrityProblem, UsageProblem

PASSWORD = "correct horse battery"


def _users(store: Store, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        store.create_user(f"User {n}", f"user{n}@example.com", PASSWORD)


def _head(cli: Cli) -> str:
    result = cli("events", "head")
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def _cut_back(db_url: str, store: Store, position: int, *, checkpoints: bool) -> None:
    """Delete every event after ``position`` and point the head row at the one left
    (and, with ``checkpoints``, the projections' checkpoints too), as a writer with
    the table owner's rights would: drop the append-only triggers, cut, and make the
    triggers again (``evtcli init``) so that nothing shows they were gone."""
    (digest,) = [
        row[0]
        for table in ("user_events", "group_events")
        for row in query(db_url, f"SELECT hash FROM {table} WHERE position = {position}")
    ]
    if is_file_url(db_url):
        triggers = query(db_url, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
        drops = [f"DROP TRIGGER {name}" for name, _ in triggers]
    else:
        triggers = query(
            db_url,
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
            " AND tgrelid::regclass::text IN ('user_events', 'group_events')",
        )
        drops = [f"DROP TRIGGER {name} ON {table}" for name, table in triggers]
    assert drops
    statements = [*drops, *(f"DELETE FROM {table} WHERE position > {position}" for table in ("user_events", "group_events"))]
    statements += [f"UPDATE event_log_head SET position = {position}, hash = '{digest}'"]
    if checkpoints:
        statements += [f"UPDATE projection_checkpoints SET position = {position}"]
    execute(db_url, *statements)
    store.init()


def test_events_head_prints_the_last_event_as_an_anchor(cli: Cli, store: Store) -> None:
    _users(store, 3)
    (last,), _ = store.tail(1)
    assert _head(cli) == f"{last.position}:{last.hash} {last.recorded_at}"
    as_json = cli("events", "head", "--json")
    assert json.loads(as_json.stdout) == {"position": last.position, "hash": last.hash, "recorded_at": last.recorded_at}
    assert as_json.stdout.count("\n") == 1


def test_events_head_of_an_empty_log_is_a_refusal(cli: Cli, store: Store) -> None:
    result = cli("events", "head")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("error: the log is empty")


def test_a_log_that_only_grew_since_its_anchors_passes(cli: Cli, store: Store, tmp_path: Path) -> None:
    _users(store, 2)
    anchors = tmp_path / "anchors"
    anchors.write_text(_head(cli) + "\n")
    _users(store, 2, start=2)
    anchors.write_text(anchors.read_text() + cli("events", "head", "--json").stdout)
    _users(store, 1, start=4)
    result = cli("verify", "--anchors", str(anchors), "--anchor", _head(cli).split()[0])
    assert result.exit_code == 0, result.stderr
    assert "and 3 anchors verified" in result.stdout


@pytest.mark.parametrize("rechained", [False, True], ids=["cut", "cut-and-rechained"])
def test_an_anchor_finds_a_log_cut_back_behind_it(cli: Cli, store: Store, db_url: str, rechained: bool) -> None:
    _users(store, 3)
    early = _head(cli).split()[0]
    _users(store, 3, start=3)
    anchor = _head(cli).split()[0]
    position = store.head()
    _cut_back(db_url, store, position - 2, checkpoints=True)
    store.replay()  # the projections forget the lost events too
    if rechained:
        _users(store, 3, start=10)  # the log grows past the anchor again, on another chain
    assert store.verify().ok  # consistent with itself: the chain alone cannot tell
    result = cli("verify", "--anchor", early, "--anchor", anchor)
    assert result.exit_code == 1
    (problem,) = result.stdout.splitlines()
    assert problem.startswith(f"anchor {position}: ")
    if rechained:
        assert "has hash" in problem and "not the anchored" in problem
    else:
        assert f"the log ends at position {position - 2}" in problem
    assert result.stderr.startswith("error: verify found 1 problem in the event log")


def test_replay_refuses_a_log_whose_projections_saw_more(cli: Cli, store: Store, db_url: str) -> None:
    _users(store, 4)
    position = store.head()
    _cut_back(db_url, store, position - 2, checkpoints=False)
    before = query(db_url, "SELECT position FROM projection_checkpoints ORDER BY name")
    with pytest.raises(IntegrityProblem, match=f"up to position {position}, but the log ends at {position - 2}") as refused:
        store.replay()
    assert "evtcli verify" in (refused.value.hint or "")
    assert query(db_url, "SELECT position FROM projection_checkpoints ORDER BY name") == before  # nothing written
    report = store.verify()
    assert report.log_problems >= 1
    assert any("is past the head position" in problem.what for problem in report.problems)


@pytest.mark.parametrize(
    "text",
    ["12", "12:", ":sha256:" + "a" * 64, "0:" + "a" * 64, "-1:" + "a" * 64, "1:" + "a" * 63, "1:" + "A" * 64, "1:md5:" + "a" * 64, "x:" + "a" * 64, f"{2**63}:" + "a" * 64],
)
def test_a_malformed_anchor_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageProblem, match="malformed anchor"):
        parse_anchor(text)


def test_an_anchor_takes_the_hash_with_or_without_its_prefix() -> None:
    assert parse_anchor("7:" + "ab" * 32) == parse_anchor("7:sha256:" + "ab" * 32)
    assert str(parse_anchor("7:" + "ab" * 32)) == "7:sha256:" + "ab" * 32


def test_an_anchors_file_takes_both_forms_skips_comments_and_names_a_bad_line() -> None:
    digest = "sha256:" + "c" * 64
    lines = ["# kept on backup-2", f"3:{digest} 2026-12-01T00:00:00.000000Z", "", json.dumps({"position": 5, "hash": digest, "recorded_at": None})]
    assert [(a.position, a.hash) for a in read_anchors(lines, "anchors")] == [(3, digest), (5, digest)]
    with pytest.raises(UsageProblem, match="^anchors line 2: "):
        read_anchors(["# ok", '{"position": "5"}'], "anchors")


def test_verify_refuses_bad_anchors_before_it_opens_the_store(cli: Cli, store: Store, tmp_path: Path) -> None:
    _users(store, 1)
    result = cli("verify", "--anchor", "1:nothex")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: malformed anchor '1:nothex'")
    missing = cli("verify", "--anchors", str(tmp_path / "nowhere"))
    assert missing.exit_code == 1 and missing.stderr.startswith("error: no file")
