"""Groups (§8) at the command line and in the library, on every backend.

The fold's own rules for groups are tested on plain values in test_domain.py; here
are the commands, their output and exit codes, that a refusal writes nothing, the
rules across aggregates (only live users join; a destroyed user leaves every group
in the same transaction, each removal caused by the destruction), and import, export,
tail, replay and verify over both event tables.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import text

import evtcli
from evtcli.api import Store, WriteContext
from evtcli.domain.events import format_timestamp
from evtcli.errors import NotFound, RuleViolation, UsageProblem
from evtcli.jsonl import importer

from conftest import CHEAP_HASHER, Cli, copy_into, exported_with_keys
from test_cli import assert_error, ok, refused

PASSWORD = "correct horse battery"


def rows(store: Store) -> list[tuple[Any, ...]]:
    """Every event and projection row, to show that a refusal changed nothing."""
    found: list[tuple[Any, ...]] = []
    with store.engine.connect() as conn:
        for table in ("user_events", "group_events", "users", "groups", "group_members"):
            found += [(table, *row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
    return found


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    """Three live users, one disabled and one destroyed."""
    found = {name: store.create_user(name.title(), f"{name}@example.com", PASSWORD) for name in ("ada", "bob", "cy", "dee", "eve")}
    store.disable_user(found["dee"])
    store.destroy_user(found["eve"])
    return found


@pytest.fixture
def admins(store: Store, people: dict[str, str]) -> str:
    group_id = store.create_group("Admins").aggregate_id
    store.add_members(group_id, [people["ada"], people["bob"]])
    return group_id


# -- commands ---------------------------------------------------------------------------------


def test_create_prints_the_id_and_the_name_finds_the_group(cli: Cli, store: Store) -> None:
    out = ok(cli("group", "create", "--name", "  Site Reliability  "))
    group_id = out.strip()
    assert out == group_id + "\n"
    for reference in ("site reliability", "SITE RELIABILITY", group_id, group_id[:8].upper()):
        shown = json.loads(ok(cli("group", "show", reference, "--json")))
        assert (shown["id"], shown["name"], shown["status"], shown["members"]) == (group_id, "Site Reliability", "live", [])


def test_add_appends_one_event_per_user_in_one_transaction(cli: Cli, store: Store, people: dict[str, str]) -> None:
    group_id = store.create_group("Ops").aggregate_id
    head = store.head()
    out = ok(cli("group", "add", "ops", "ada@example.com", people["bob"][:8], "--correlation-id", "ticket-1"))
    assert out.splitlines() == [
        f"added user Ada <ada@example.com> to group {group_id} (version 2, position {head + 1})",
        f"added user Bob <bob@example.com> to group {group_id} (version 3, position {head + 2})",
    ]
    shown = json.loads(ok(cli("group", "show", "Ops", "--json")))
    assert [(m["id"], m["name"], m["email"]) for m in shown["members"]] == [
        (people["ada"], "Ada", "ada@example.com"), (people["bob"], "Bob", "bob@example.com"),
    ]
    assert shown["member_count"] == 2
    events, _ = store.tail(2, aggregate="group")
    assert [e.metadata for e in events] == [{"actor": store.actor, "command": "group add", "correlation_id": "ticket-1"}] * 2
    assert json.loads(ok(cli("user", "show", "ada@example.com", "--json")))["groups"] == [{"id": group_id, "name": "Ops"}]
    assert "Ops" in ok(cli("user", "show", "ada@example.com"))


def test_remove_rename_destroy_list_and_fold(cli: Cli, store: Store, people: dict[str, str], admins: str) -> None:
    out = ok(cli("group", "remove", "Admins", people["bob"], "--reason", "moved team", "--expected-version", "3"))
    assert out.startswith(f"removed user Bob <bob@example.com> from group {admins} (version 4,")
    (removed,), _ = store.tail(1)
    assert dict(removed.payload) == {"user_id": people["bob"], "reason": "moved team"}
    assert ok(cli("group", "rename", "admins", "--name", "Root")).startswith(f"renamed group {admins} (version 5,")
    other = store.create_group("Admins").aggregate_id  # the old name is free again
    assert [g["name"] for g in json.loads(ok(cli("group", "list", "--json")))] == ["Admins", "Root"]
    ok(cli("group", "destroy", "Root", "--reason", "merged"))
    assert [g["id"] for g in json.loads(ok(cli("group", "list", "--json")))] == [other]
    destroyed = json.loads(ok(cli("group", "list", "--deleted", "--json")))
    assert [(g["id"], g["status"], g["member_count"], g["destroyed_reason"]) for g in destroyed] == [
        (admins, "destroyed", 0, "merged"),  # destroying a group lets its members go
    ]
    assert len(json.loads(ok(cli("group", "list", "--all", "--json")))) == 2
    human = ok(cli("group", "list", "--all"))
    assert "Root" in human and "destroyed" in human and "2 groups" not in human  # piped: rows only
    then = json.loads(ok(cli("fold", "group", admins, "--version", "3", "--json")))
    assert (then["name"], then["status"], sorted(m["id"] for m in then["members"])) == (
        "Admins", "live", sorted([people["ada"], people["bob"]]),
    )
    assert json.loads(ok(cli("fold", "group", admins[:8], "--json")))["status"] == "destroyed"
    assert "Root" in ok(cli("group", "show", admins))


REFUSALS = [
    # (command, exit code, words in the error line)
    (("group", "create", "--name", "ADMINS"), 1, "belongs to group"),
    (("group", "create", "--name", "   "), 1, "group name is empty"),
    (("group", "create", "--name", "x" * 101), 1, "101 characters"),
    (("group", "rename", "Admins", "--name", "Admins"), 1, "is named 'Admins' already"),
    (("group", "rename", "Admins", "--name", "Ops"), 1, "belongs to group"),
    (("group", "add", "Admins", "ada@example.com"), 1, "as a member already"),
    (("group", "add", "Admins", "cy@example.com", "cy@example.com"), 1, "as a member already"),
    (("group", "add", "Admins", "cy@example.com", "dee@example.com"), 1, "is disabled"),
    (("group", "add", "Admins", "cy@example.com", "eve@example.com"), 1, "is destroyed"),
    (("group", "add", "Admins", "nobody@example.com"), 1, "no user has or had the email"),
    (("group", "remove", "Admins", "cy@example.com"), 1, "has no member"),
    (("group", "add", "Admins", "cy@example.com", "--expected-version", "1"), 3, "is at version 3, not 1"),
    (("group", "destroy", "Admins", "--expected-version", "9"), 3, "is at version 3, not 9"),
    (("group", "show", "Nobody"), 1, "no group is or was named"),
    (("group", "destroy", "ffffffff-0000-4000-8000-000000000000"), 1, "no group"),
    (("group", "add", "Admins"), 2, None),
    (("group", "list", "--all", "--deleted"), 2, "cannot be used together"),
    (("fold", "group", "Admins", "--version", "1", "--at", "2026-01-01"), 2, "cannot be used together"),
]


@pytest.mark.parametrize("args, code, words", REFUSALS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_refusals_exit_with_their_code_and_write_nothing(
    cli: Cli, store: Store, people: dict[str, str], admins: str, args: tuple[str, ...], code: int, words: str | None
) -> None:
    store.create_group("Ops")
    before = rows(store)
    if code == 2:
        line = assert_error(cli(*args), 2)
    else:
        line = refused(cli, code, *args)
    assert words is None or words in line, line
    assert rows(store) == before


def test_a_group_may_respell_its_own_name(store: Store, admins: str) -> None:
    store.rename_group("Admins", "ADMINS")
    assert store.get_stream("group", "admins").name == "ADMINS"


def test_a_destroyed_group_refuses_every_change(cli: Cli, store: Store, people: dict[str, str], admins: str) -> None:
    store.destroy_group(admins)
    before = rows(store)
    for args in (
        ("group", "rename", admins, "--name", "Again"),
        ("group", "add", admins, "cy@example.com"),
        ("group", "remove", admins, "ada@example.com"),
        ("group", "destroy", admins),
    ):
        assert "it is destroyed" in refused(cli, 1, *args)
    assert rows(store) == before


def test_a_group_name_is_found_before_an_id_prefix_unless_they_disagree(store: Store) -> None:
    first = store.create_group("Deploy").aggregate_id
    store.new_id = lambda: "deadbeef-0000-4000-8000-000000000001"
    named_like_a_prefix = store.create_group(first[:8]).aggregate_id
    with pytest.raises(evtcli.AmbiguousReference):
        store.get_stream("group", first[:8])  # the name of one group, the prefix of another's id
    assert store.get_stream("group", first[:9]).id == first
    assert store.get_stream("group", named_like_a_prefix).name == first[:8]


# -- across aggregates --------------------------------------------------------------------------


def test_destroying_a_user_removes_them_from_every_group_in_the_same_transaction(
    cli: Cli, store: Store, people: dict[str, str], admins: str
) -> None:
    ops = store.create_group("Ops").aggregate_id
    store.add_members(ops, [people["ada"]])
    store.create_group("Empty")
    head = store.head()
    out = ok(cli("user", "destroy", "ada@example.com", "--correlation-id", "offboarding-7"))
    assert out == f"destroyed user {people['ada']} (version 2, position {head + 1})\n"  # the user's own event
    destroyed, *removals = store.tail(3)[0]
    assert (destroyed.type, destroyed.position) == ("Destroyed", head + 1)
    assert [(e.aggregate, e.type, e.position) for e in removals] == [("group", "MemberRemoved", head + 2), ("group", "MemberRemoved", head + 3)]
    assert sorted(e.aggregate_id for e in removals) == sorted([admins, ops])
    for removal in removals:
        assert dict(removal.payload) == {"user_id": people["ada"]}
        assert removal.metadata == {
            "actor": store.actor, "command": "user destroy", "correlation_id": "offboarding-7", "causation_id": destroyed.event_id,
        }
        assert removal.recorded_at == destroyed.recorded_at
    assert store.head() == head + 3
    assert [m[0] for m in store.group_members(admins, limit=None).members] == [people["bob"]]
    assert store.holders_of("user", people["ada"])["groups"] == []
    assert store.verify().ok and store.diff_projections() == []


def test_disabling_a_user_keeps_their_groups(store: Store, people: dict[str, str], admins: str) -> None:
    head = store.head()
    store.disable_user(people["ada"])
    assert store.head() == head + 1
    assert store.holders_of("user", people["ada"])["groups"] == [(admins, "Admins")]
    with pytest.raises(RuleViolation, match="is disabled"):
        store.add_members(store.create_group("Ops").aggregate_id, [people["ada"]])


def test_a_user_restored_is_not_back_in_their_groups(store: Store, people: dict[str, str], admins: str) -> None:
    store.destroy_user(people["ada"])
    store.restore_user(people["ada"])
    assert store.holders_of("user", people["ada"])["groups"] == []
    store.add_members(admins, [people["ada"]])
    assert store.holders_of("user", people["ada"])["groups"] == [(admins, "Admins")]


def test_an_add_and_a_removal_in_one_command_is_all_or_nothing(store: Store, people: dict[str, str], admins: str) -> None:
    before = rows(store)
    with pytest.raises(RuleViolation):
        store.add_members(admins, [people["cy"], people["eve"]])
    with pytest.raises(NotFound):
        store.add_members(admins, [people["cy"], "ffffffff"])
    assert rows(store) == before


# -- import, export, tail, replay, verify over both tables ------------------------------------------


def test_export_import_export_with_groups_is_byte_identical(store: Store, people: dict[str, str], admins: str, tmp_path: Any) -> None:
    store.destroy_user(people["bob"])
    exported, keys = exported_with_keys(store)
    assert b'"aggregate":"group"' in exported
    with evtcli.open_store(str(tmp_path / "copy.db"), create=True) as copy:
        copy_into(copy, exported, keys)
        assert "".join(line + "\n" for line in copy.export_lines()).encode() == exported
        assert copy.verify().ok and copy.diff_projections() == []
    group_lines = [json.loads(line) for line in store.export_lines(aggregate="group")]
    assert {line["aggregate"] for line in group_lines} == {"group"} and len(group_lines) == 4
    events, _ = store.tail(10, aggregate="group", types=["memberremoved"])
    assert [e.payload["user_id"] for e in events] == [people["bob"]]


def history_lines(store: Store, keys: list[str] | None = None) -> list[dict[str, Any]]:
    """The store's events as stored, its keys file's lines added to ``keys`` when given."""
    return [json.loads(line) for line in store.export_lines(keys_to=None if keys is None else keys.extend)]


def test_an_import_must_carry_the_removals_a_destruction_causes(
    store: Store, people: dict[str, str], admins: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.destroy_user(people["ada"])
    keys: list[str] = []
    lines = history_lines(store, keys)
    without = [line for line in lines if line["type"] != "MemberRemoved"]
    destroyed_line = next(n for n, line in enumerate(without, start=1) if line["type"] == "Destroyed" and line["aggregate_id"] == people["ada"])
    with evtcli.open_store(str(tmp_path / "a.db"), create=True) as copy:
        with pytest.raises(RuleViolation) as caught:
            copy.import_events(io.BytesIO("".join(json.dumps(line) + "\n" for line in without).encode()))
        assert caught.value.message.startswith(f"line {destroyed_line}: user {people['ada']} is still a member of group {admins}")
        assert "MemberRemoved" in str(caught.value) and copy.head() == 0
    # The removals may come in a later chunk of the same import.
    monkeypatch.setattr(importer, "CHUNK_EVENTS", 2)
    with evtcli.open_store(str(tmp_path / "b.db"), create=True) as copy:
        events = "".join(json.dumps(line) + "\n" for line in lines).encode()
        summary = copy_into(copy, events, "".join(key + "\n" for key in keys).encode())
        assert summary.appended == len(lines) and copy.verify().ok


def test_an_import_cannot_add_a_user_who_is_not_live(store: Store, people: dict[str, str], tmp_path: Any) -> None:
    group_id = store.create_group("Ops").aggregate_id
    lines = history_lines(store)
    added = {
        "aggregate": "group", "aggregate_id": group_id, "version": 2, "type": "MemberAdded",
        "payload": {"user_id": people["eve"]},
        "recorded_at": format_timestamp(datetime.now(timezone.utc) + timedelta(hours=1)),  # after the group's start
    }
    with evtcli.open_store(str(tmp_path / "c.db"), create=True) as copy:
        with pytest.raises(RuleViolation, match=f"line {len(lines) + 1}: user {people['eve']} is destroyed"):
            copy.import_events(io.BytesIO("".join(json.dumps(line) + "\n" for line in [*lines, added]).encode()))


def test_replay_and_verify_cover_the_group_projections(store: Store, people: dict[str, str], admins: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM group_members"))
        conn.execute(text("UPDATE groups SET name = 'Mallory'"))
    drift = store.diff_projections()
    assert {(d.projection, d.field) for d in drift} == {("groups", "name"), ("group_members", "(row)")}
    report = store.verify()
    assert not report.ok and report.streams == {"user": 5, "group": 1}
    results = store.replay("group_members")
    assert [(r.name, r.events, r.rows) for r in results] == [("group_members", 3, 2)]
    assert [(r.name, r.rows) for r in store.replay()] == [("users", 5), ("groups", 1), ("group_members", 2)]
    assert store.diff_projections() == [] and store.verify().ok


def test_writes_from_the_library_carry_their_context(db_url: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", PASSWORD)
        group = store.create_group("Ops", WriteContext("sync", correlation_id="run-1"))
        (added,) = store.add_members(group.aggregate_id, [ada], context=WriteContext("sync", causation_id="row-9"))
        assert group.metadata["correlation_id"] == "run-1" and added.metadata["causation_id"] == "row-9"


# -- pages of members: group show, the library's group_members -----------------------------------


class Ticks:
    """A clock that moves one second a reading, unless it is told to stand still."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
        self.still = False

    def __call__(self) -> datetime:
        if not self.still:
            self.now += timedelta(seconds=1)
        return self.now


CROWD = 23  # more than group show's default page of 20


@pytest.fixture
def crowd(db_url: str) -> tuple[Store, str, list[str]]:
    """A group of 23 members and the order they are listed in: added one at a time in
    an order of their own (neither creation nor id order), then three at one time
    (as an import may hold them), which their ids order."""
    clock = Ticks()
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, clock=clock) as store:
        names = [f"Member {n:02d}" for n in range(CROWD - 3)] + ["Ada Lovelace", "Grace 100%_Hopper", "Alan Turing"]
        emails = [f"m{n:02d}@example.com" for n in range(CROWD - 3)] + ["ada@analytical.example", "grace@navy.example", "alan@bletchley.example"]
        ids = [store.create_user(name, email, PASSWORD) for name, email in zip(names, emails)]
        group_id = store.create_group("All Staff").aggregate_id
        one_by_one = ids[7:-3] + ids[:7]
        for user_id in one_by_one:
            store.add_members(group_id, [user_id])
        clock()  # a time of their own, then the same for the three
        clock.still = True
        store.add_members(group_id, ids[-3:][::-1])
        clock.still = False
        yield store, group_id, one_by_one + sorted(ids[-3:])


def test_group_members_pages_through_the_members_oldest_first(crowd: tuple[Store, str, list[str]]) -> None:
    store, group_id, order = crowd
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = store.group_members("all staff", limit=7, offset=offset)
        assert (page.group.id, page.group.member_count, page.matching) == (group_id, CROWD, CROWD)
        assert page.previous_offset == (None if offset == 0 else offset - 7)
        seen += [member.id for member in page.members]
        offset = page.next_offset
    assert seen == order
    assert [len(p.members) for p in (store.group_members(group_id, limit=7, offset=o) for o in (0, 7, 14, 21))] == [7, 7, 7, 2]
    first = store.group_members(group_id)  # 20 unless asked
    assert ([m.id for m in first.members], first.more, first.next_offset) == (order[:20], 3, 20)
    assert [m.id for m in store.group_members(group_id, limit=None).members] == order
    assert [m.id for m in store.group_members(group_id, limit=None, offset=20).members] == order[20:]
    whole = {m.id: m for m in store.group_members(group_id, limit=None).members}
    ada = next(m for m in whole.values() if m.name == "Ada Lovelace")
    assert (ada.email, ada.added_at) == ("ada@analytical.example", whole[order[-1]].added_at)
    assert store.group_members(group_id, limit=None).members == list(whole.values())  # the whole list, in the same order


def test_group_members_past_the_end_is_an_empty_page_that_says_how_many_there_are(crowd: tuple[Store, str, list[str]]) -> None:
    store, group_id, _ = crowd
    page = store.group_members(group_id, limit=10, offset=500)
    assert (page.members, page.matching, page.more, page.next_offset, page.previous_offset) == ([], CROWD, 0, None, 13)
    searched = store.group_members(group_id, limit=10, offset=500, search="member")
    assert (searched.members, searched.matching, searched.previous_offset) == ([], CROWD - 3, 10)


@pytest.mark.parametrize(
    "search, names",
    [
        ("ADA", ["Ada Lovelace"]),  # the name, in any case
        ("BLETCHLEY", ["Alan Turing"]),  # the email
        ("100%_", ["Grace 100%_Hopper"]),  # % and _ match themselves
        ("%", ["Grace 100%_Hopper"]),
        ("nobody", []),
    ],
)
def test_group_members_searches_names_and_emails(crowd: tuple[Store, str, list[str]], search: str, names: list[str]) -> None:
    store, _, _ = crowd
    page = store.group_members("All Staff", search=search)
    assert ([m.name for m in page.members], page.matching, page.next_offset, page.search) == (names, len(names), None, search)


def test_a_search_counts_its_matches_past_the_page(crowd: tuple[Store, str, list[str]]) -> None:
    store, group_id, order = crowd
    members = [m.id for m in store.group_members(group_id, limit=None).members if m.name.startswith("Member")]
    page = store.group_members(group_id, limit=6, offset=6, search="mEmBeR 1")  # Member 10 to Member 19
    tens = [m for m in members if store.get_stream("user", m).name.startswith("Member 1")]
    assert ([m.id for m in page.members], page.matching, page.more, page.next_offset) == (tens[6:], 10, 0, None)
    page = store.group_members(group_id, limit=4, offset=4, search="member 1")
    assert ([m.id for m in page.members], page.matching, page.more, page.next_offset) == (tens[4:8], 10, 2, 8)


def test_removed_and_destroyed_users_leave_the_pages(crowd: tuple[Store, str, list[str]]) -> None:
    store, group_id, order = crowd
    store.remove_members(group_id, [order[0]])
    store.destroy_user(order[5])
    page = store.group_members(group_id, limit=5)
    assert ([m.id for m in page.members], page.group.member_count, page.matching) == (order[1:5] + order[6:7], CROWD - 2, CROWD - 2)


@pytest.mark.parametrize("options", [{"limit": 0}, {"limit": -3}, {"offset": -1}])
def test_group_members_refuses_a_page_of_nothing(crowd: tuple[Store, str, list[str]], options: dict[str, int]) -> None:
    store, group_id, _ = crowd
    with pytest.raises(UsageProblem):
        store.group_members(group_id, **options)


def test_a_page_of_members_is_a_range_of_the_order_index_on_sqlite(crowd: tuple[Store, str, list[str]]) -> None:
    """No sort of the whole group: a page is read in order from group_members_order,
    and an OFFSET skips entries of that index (covering), not rows joined to users."""
    from evtcli.projections import groups as groups_projection

    store, group_id, _ = crowd
    statements: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if "FROM group_members" in statement and "count(" not in statement:
            statements.append((statement, parameters))

    from sqlalchemy import event

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        with store.engine.connect() as conn:
            groups_projection.member_page(conn, group_id, limit=5, offset=15)
            groups_projection.member_page(conn, group_id, limit=5, search="member")
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    assert len(statements) == 2
    with store.engine.connect() as conn:
        plans = [
            " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
            for statement, parameters in statements
        ]
    # The page: 5 entries of the index after 15 skipped; only those 5 are sorted again once joined.
    walked, joined = plans[0].split(" / SCAN page / ")
    assert walked == "MATERIALIZE page / SEARCH group_members USING COVERING INDEX group_members_order (group_id=?)", plans[0]
    assert "TEMP B-TREE" not in walked
    # A search walks the index in order, joining each entry to its user, until the page is full.
    assert plans[1].startswith("SEARCH group_members USING COVERING INDEX group_members_order") and "TEMP B-TREE" not in plans[1]


def test_group_show_lists_the_first_20_members_and_the_json_says_how_to_page(cli: Cli, crowd: tuple[Store, str, list[str]]) -> None:
    store, group_id, order = crowd
    out = ok(cli("group", "show", "all staff"))
    assert [row[0] for row in member_rows(out)] == order[:20]  # piped: whole ids, rows only, no footer
    assert "member_count  23" in out.splitlines()
    shown = json.loads(ok(cli("group", "show", "all staff", "--json")))
    assert {key: shown[key] for key in ("id", "name", "status", "member_count", "offset", "limit", "search", "matching", "next_offset")} == {
        "id": group_id, "name": "All Staff", "status": "live", "member_count": CROWD,
        "offset": 0, "limit": 20, "search": None, "matching": CROWD, "next_offset": 20,
    }
    assert [m["id"] for m in shown["members"]] == order[:20]
    assert set(shown["members"][0]) == {"id", "name", "email", "added_at"}
    rest = json.loads(ok(cli("group", "show", group_id[:8], "--json", "--offset", str(shown["next_offset"]))))
    assert ([m["id"] for m in rest["members"]], rest["next_offset"]) == (order[20:], None)


@pytest.mark.parametrize(
    "options, shown",
    [
        (["--limit", "5"], slice(0, 5)),
        (["--limit", "5", "--offset", "20"], slice(20, 23)),
        (["--all"], slice(0, CROWD)),
        (["--all", "--offset", "21"], slice(21, CROWD)),
        (["--offset", "23"], slice(0, 0)),
    ],
)
def test_group_show_limit_all_and_offset(cli: Cli, crowd: tuple[Store, str, list[str]], options: list[str], shown: slice) -> None:
    _, _, order = crowd
    listed = json.loads(ok(cli("group", "show", "All Staff", "--json", *options)))["members"]
    assert [m["id"] for m in listed] == order[shown]
    assert [row[0] for row in member_rows(ok(cli("group", "show", "All Staff", *options)))] == order[shown]


def test_group_show_searches_members(cli: Cli, crowd: tuple[Store, str, list[str]]) -> None:
    found = json.loads(ok(cli("group", "show", "All Staff", "--json", "--search", "EXAMPLE", "--limit", "2")))
    assert ([m["name"] for m in found["members"]], found["matching"], found["next_offset"], found["search"]) == (
        ["Member 07", "Member 08"], CROWD, 2, "EXAMPLE",
    )
    out = ok(cli("group", "show", "All Staff", "--search", "lovelace"))
    assert member_rows(out)[0][1:3] == ["Ada Lovelace", "ada@analytical.example"]


def member_rows(out: str) -> list[list[str]]:
    """The cells of the rows of ``group show``'s members table (below its ``members``
    heading and the table's header), or none when the page has no members."""
    lines = out.splitlines()
    if "members" not in lines:
        return []
    heading = lines.index("members")
    assert lines[heading + 1].split() == ["id", "name", "email", "since"]
    return [re.split(r"  +", line) for line in lines[heading + 2 :]]


@pytest.mark.parametrize(
    "options, words",
    [
        (["--limit", "0"], "error: --limit takes a whole number of 1 or more, not '0'; give --limit N for N members, or --all for every one"),
        (["--limit", "ten"], "error: --limit takes a whole number of 1 or more, not 'ten'; give --limit N for N members, or --all for every one"),
        (["--limit", "-1"], "error: --limit takes a whole number of 1 or more, not '-1'"),
        (["--offset", "-20"], "error: --offset takes a whole number of 0 or more, not '-20'; give --offset N to skip the first N members"),
        (["--offset", "1e3"], "error: --offset takes a whole number of 0 or more, not '1e3'"),
        (["--limit", "5", "--all"], "error: --limit and --all cannot be used together; give one of them"),
    ],
)
def test_group_show_refuses_bad_paging_options_as_usage_errors(
    cli: Cli, crowd: tuple[Store, str, list[str]], options: list[str], words: str
) -> None:
    line = assert_error(cli("group", "show", "All Staff", *options), 2)
    assert line.startswith(words), line
