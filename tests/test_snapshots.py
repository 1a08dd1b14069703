"""Snapshots and the linear fold (§11), on every backend.

A stream's latest snapshot plus the events after it must give exactly the state a
fold of the whole log gives, at every version and time; a snapshot made by another
declaration is ignored and replaced; a changed one is found by verify and repaired by
replay; snapshots never reach an export; a write reads a group's members one by one.
"""

from __future__ import annotations

import io
import json
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

import evtcli
from evtcli.domain.declared import MODEL
from evtcli.domain.entries import PartialEntries
from evtcli.errors import UsageProblem
from evtcli.jsonl import importer
from evtcli.write.writer import Writer
from evtcli.store.snapshots import snapshot_interval

from conftest import CHEAP_HASHER, Cli, run_evtcli
from stored import is_empty

PASSWORD = "correct horse battery"
GROUP = MODEL.aggregate("group")


def group_events(store: evtcli.Store, group_id: str) -> list[SimpleNamespace]:
    """The group's stored events (groups hold nothing sealed), for a fold of the whole log."""
    return [SimpleNamespace(**json.loads(line)) for line in store.export_lines(aggregate="group", aggregate_id=group_id)]


def folded(events: list[Any]) -> Any:
    return GROUP.fold_envelopes(events)


# -- the property: snapshot + events after it = the whole fold ---------------------------------

steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 5)),
        st.tuples(st.just("remove"), st.integers(0, 5)),
        st.tuples(st.just("rename"), st.integers(0, 3)),
        st.tuples(st.just("destroy user"), st.integers(0, 5)),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(every=st.integers(1, 5), history=steps)
def test_the_latest_snapshot_and_the_events_after_it_are_the_whole_fold(
    store: evtcli.Store, every: int, history: list[tuple[str, int]]
) -> None:
    store.projections.snapshots.every = every
    tag = store.head()
    users = [store.create_user(f"Member {n}", f"m{n}.{tag}@example.com", PASSWORD) for n in range(6)]
    group_id = store.create_group(f"Team {tag}").aggregate_id
    live = set(range(6))
    members: set[int] = set()
    for action, n in history:
        if action == "add" and n in live and n not in members:
            store.add_members(group_id, [users[n]])
            members.add(n)
        elif action == "remove" and n in members:
            store.remove_members(group_id, [users[n]])
            members.discard(n)
        elif action == "rename":
            store.rename_group(group_id, f"Team {tag} {len(group_events(store, group_id))}")
            if n in live:
                store.rename_user(users[n], f"Member {n} renamed at {store.head()}")
        elif action == "destroy user" and n in live:
            store.destroy_user(users[n])  # lets the group go of them in the same transaction
            live.discard(n)
            members.discard(n)
    events = group_events(store, group_id)
    assert set(folded(events).members) == {users[n] for n in members}
    for version in range(1, len(events) + 1):
        assert store.fold_stream("group", group_id, version=version) == folded(events[:version])
    for event in events:
        at = event.recorded_at
        assert store.fold_stream("group", group_id, at=at) == folded([e for e in events if e.recorded_at <= at])
    for user_id in users:
        history_events = store.history("user", user_id)
        for version in range(1, len(history_events) + 1):
            assert store.fold_stream("user", user_id, version=version) == MODEL.aggregate("user").fold_envelopes(history_events[:version])
    # A stream at least K events long has one snapshot, fewer than K events behind it.
    streams = [("group", group_id, len(events))] + [("user", u, len(store.history("user", u))) for u in users]
    for aggregate, stream_id, head in streams:
        versions = snapshot_versions(store, aggregate, stream_id)
        assert (len(versions) == 1 and head - every < versions[0] <= head) if head >= every else versions == []
    assert store.verify().ok


def snapshot_versions(store: evtcli.Store, aggregate: str, stream_id: str) -> list[int]:
    with store.engine.connect() as conn:
        query = text(f"SELECT version FROM {aggregate}_snapshots WHERE aggregate_id = :id ORDER BY version")
        return [row[0] for row in conn.execute(query, {"id": stream_id})]


# -- derived data: stale, tampered, never exported ---------------------------------------------


@pytest.fixture
def renamed(store: evtcli.Store) -> str:
    """A user renamed six times with K = 3: snapshots at versions 3 and 6, the latest kept."""
    store.projections.snapshots.every = 3
    user_id = store.create_user("Ada", "ada@example.com", PASSWORD)
    for n in range(6):
        store.rename_user(user_id, f"Ada {n}")
    assert snapshot_versions(store, "user", user_id) == [6]
    return user_id


def execute(store: evtcli.Store, sql: str, **params: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_a_snapshot_of_another_declaration_is_ignored_and_replaced(store: evtcli.Store, renamed: str) -> None:
    # Made by another fold, and wrong by today's: nothing may read it.
    execute(store, "UPDATE user_snapshots SET fingerprint = 'sha256:another', version = 5")
    assert store.fold_stream("user", renamed).name == "Ada 5"
    assert store.verify().ok  # ignored, as every reader ignores it
    store.disable_user(renamed)  # version 8: 8 - 0 >= K, and a stale one is there
    rows = query_store(store, "SELECT version, fingerprint FROM user_snapshots")
    assert rows == [(8, MODEL.aggregate("user").fingerprint)]


def test_a_snapshot_holds_personal_values_sealed_with_the_users_key(store: evtcli.Store, renamed: str) -> None:
    ((state,),) = query_store(store, "SELECT state FROM user_snapshots")
    stored = json.loads(state)
    for field in ("name", "email", "password_hash"):
        assert stored[field].startswith("aesgcm:"), field
    assert "Ada 4" not in state and "ada@example.com" not in state  # the name at version 6
    assert store.fold_stream("user", renamed, version=6).name == "Ada 4"  # opened again from the snapshot


def test_a_stale_snapshot_is_replaced_at_the_next_write_even_short_of_k(store: evtcli.Store, renamed: str) -> None:
    execute(store, "UPDATE user_snapshots SET fingerprint = 'sha256:another'")
    store.projections.snapshots.every = 100  # version 8 is not K past anything: only staleness asks for it
    store.rename_user(renamed, "Ada again")
    assert query_store(store, "SELECT version, fingerprint FROM user_snapshots") == [(8, MODEL.aggregate("user").fingerprint)]


def query_store(store: evtcli.Store, sql: str) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_a_changed_snapshot_is_a_projection_problem_that_replay_repairs(store: evtcli.Store, renamed: str) -> None:
    (state,) = query_store(store, "SELECT state FROM user_snapshots")[0]
    changed = json.loads(state) | {"status": "disabled", "disabled_at": "2026-01-01T00:00:00.000000Z"}
    execute(store, "UPDATE user_snapshots SET state = :state", state=json.dumps(changed))
    report = store.verify()
    assert (report.log_problems, report.projection_problems) == (0, 1)
    (problem,) = report.problems
    assert problem.where == f"user_snapshots {renamed}" and "version 6 differs from the fold" in problem.what
    store.replay()  # which takes it anew at the stream's last version
    assert store.verify().ok and snapshot_versions(store, "user", renamed) == [7]


def test_a_snapshot_that_cannot_be_read_or_has_no_stream_is_a_problem(store: evtcli.Store, renamed: str) -> None:
    execute(store, "UPDATE user_snapshots SET state = '{\"id\": 1}'")
    execute(
        store,
        "INSERT INTO user_snapshots (aggregate_id, version, recorded_at, state, fingerprint)"
        " VALUES ('00000000-0000-4000-8000-000000000000', 3, '2026-01-01T00:00:00.000000Z', '{}', :fingerprint)",
        fingerprint=MODEL.aggregate("user").fingerprint,
    )
    report = store.verify()
    whats = sorted(problem.what for problem in report.problems)
    assert report.projection_problems == 2 and report.log_problems == 0
    assert "version 3 is of a version its stream does not have" in whats[0] and "version 6 cannot be read" in whats[1]
    assert store.fold_stream("user", renamed).name == "Ada 5"  # a write or fold folds the log instead
    store.replay()
    assert store.verify().ok


def test_snapshots_never_reach_an_export(store: evtcli.Store, renamed: str, db_url: str, tmp_path: Any) -> None:
    keys: list[str] = []
    exported = list(store.export_lines(keys_to=keys.extend))
    execute(store, "DELETE FROM user_snapshots")
    assert list(store.export_lines()) == exported and len(exported) == store.head()
    # A copy imported with K = 2 gets its own snapshots, and exports the same bytes.
    with evtcli.open_store(str(tmp_path / "copy.db"), create=True, password_hasher=CHEAP_HASHER) as copy:
        copy.projections.snapshots.every = 2
        copy.import_events(io.BytesIO("".join(line + "\n" for line in exported).encode()),
                           keys=io.BytesIO("".join(line + "\n" for line in keys).encode()))
        assert snapshot_versions(copy, "user", renamed) == [7]
        assert list(copy.export_lines()) == exported


# -- a write reads what it changes ---------------------------------------------------------------


def test_a_group_write_looks_its_members_up_one_by_one(store: evtcli.Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.projections.snapshots.every = 1000
    users = [store.create_user(f"U{n}", f"u{n}@example.com", PASSWORD) for n in range(30)]
    group_id = store.create_group("All").aggregate_id
    store.add_members(group_id, users[:25])
    seen: list[Any] = []
    states = Writer.states

    def recording(writer: Any, aggregate: str, ids: Any) -> Any:
        found = states(writer, aggregate, ids)
        seen.extend(state for state in found.values() if aggregate == "group")
        return found

    monkeypatch.setattr(Writer, "states", recording)
    store.add_members(group_id, users[25:27])
    store.remove_members(group_id, [users[0]])
    store.destroy_user(users[1])  # its group lets it go, read the same way
    store.rename_group(group_id, "Everyone")
    assert len(seen) == 4 and all(isinstance(state.members, PartialEntries) for state in seen)
    assert [len(state.members) for state in seen] == [25, 27, 26, 25]
    page = store.group_members(group_id, limit=None)
    group, members = page.group, page.members
    assert group.member_count == 25 and {m[0] for m in members} == set(users[2:27])
    assert store.verify().ok
    store.destroy_group(group_id)  # every member row goes, without reading them first
    assert store.group_members(group_id, limit=None).members == [] and store.verify().ok


def test_the_write_that_takes_a_group_snapshot_reads_its_members_whole(store: evtcli.Store) -> None:
    store.projections.snapshots.every = 4
    users = [store.create_user(f"U{n}", f"u{n}@example.com", PASSWORD) for n in range(5)]
    group_id = store.create_group("All").aggregate_id
    store.add_members(group_id, users[:2])  # version 3
    assert snapshot_versions(store, "group", group_id) == []
    store.add_members(group_id, users[2:5])  # version 6: a snapshot of the whole state
    assert snapshot_versions(store, "group", group_id) == [6]
    (state,) = query_store(store, "SELECT state FROM group_snapshots")[0]
    assert sorted(json.loads(state)["members"]) == sorted(users)


def test_import_keeps_streams_between_chunks_and_takes_one_snapshot_per_stream(
    store: evtcli.Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    with evtcli.open_store(str(tmp_path / "source.db"), create=True, password_hasher=CHEAP_HASHER) as source:
        source.projections.snapshots.every = 1000
        users = [source.create_user(f"U{n}", f"u{n}@example.com", PASSWORD) for n in range(12)]
        group_id = source.create_group("All").aggregate_id
        for user_id in users:
            source.add_members(group_id, [user_id])
        source.destroy_user(users[3])
        keys: list[str] = []
        exported = "".join(line + "\n" for line in source.export_lines(keys_to=keys.extend)).encode()
    monkeypatch.setattr(importer, "CHUNK_EVENTS", 3)
    store.projections.snapshots.every = 4
    store.import_events(io.BytesIO(exported), keys=io.BytesIO("".join(k + "\n" for k in keys).encode()))
    # One snapshot, at the end of the import, not one per chunk the stream went on in.
    assert snapshot_versions(store, "group", group_id) == [14]
    assert set(store.fold_stream("group", group_id).members) == set(users) - {users[3]}
    assert store.verify().ok


# -- K ---------------------------------------------------------------------------------------------


def test_k_comes_from_the_environment() -> None:
    assert snapshot_interval({}) == 100
    assert snapshot_interval({"EVTCLI_SNAPSHOT_EVERY": " 7 "}) == 7
    for bad in ("0", "-3", "ten", "2.5"):
        with pytest.raises(UsageProblem, match="EVTCLI_SNAPSHOT_EVERY"):
            snapshot_interval({"EVTCLI_SNAPSHOT_EVERY": bad})


def test_a_bad_k_refuses_a_write_and_writes_nothing(db_url: str) -> None:
    result = run_evtcli("group", "create", "--name", "Team", db=db_url, env={"EVTCLI_SNAPSHOT_EVERY": "ten"})
    assert result.returncode == 2 and result.stderr.startswith("error: EVTCLI_SNAPSHOT_EVERY is 'ten'")
    assert result.stderr.count("\n") == 1
    assert is_empty(db_url)  # no file; on a server, not even the schema


def test_stats_and_verify_count_snapshots(cli: Cli, store: evtcli.Store, renamed: str) -> None:
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["aggregates"]["user"]["snapshots"] == 1 and stats["aggregates"]["group"]["snapshots"] == 0
    verified = json.loads(cli("verify", "--json").stdout)
    assert verified["ok"] and verified["snapshots"] == {"user": 1, "group": 0}
    assert "projections and 1 snapshot verified" in cli("verify").stdout


def test_partial_entries_count_and_change_without_reading_everything() -> None:
    stored = {"a": "1", "b": "2"}
    asked: list[str] = []
    partial = PartialEntries(2, lambda key: asked.append(key) or stored.get(key))
    grown = partial.set("c", "3").delete("a")
    assert ("a" in partial, "a" in grown, "c" in grown, "c" in partial, grown["b"], len(grown), len(partial)) == (
        True, False, True, False, "2", 2, 2,
    )
    assert sorted(set(asked)) == ["a", "b", "c"] and asked.count("a") == 1  # each key asked once
    with pytest.raises(TypeError):
        list(grown)
    with pytest.raises(KeyError):
        grown.delete("a")
    assert grown.whole(dict(stored)) == {"b": "2", "c": "3"}
