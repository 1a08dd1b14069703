"""Ways to look at lists: --search/--limit/--sort, --since, --jsonl and --format csv."""

from __future__ import annotations

import csv
import io
import json

import pytest

from evtcli.api import Store
from evtcli.errors import UsageProblem

PASSWORD = "correct horse"


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {
        name: store.create_user(name, email, PASSWORD)
        for name, email in [
            ("Zoë Adams", "zoe@example.com"),
            ("JOSÉ García", "jose@corp.example.com"),
            ("Ann 100%_sure", "ann@example.org"),
            ("Bob", "bob_x@example.org"),
        ]
    }


def test_search_matches_name_or_email_in_any_case(store: Store, people: dict[str, str]) -> None:
    assert [u.name for u in store.list_streams("user", search="corp.EXAMPLE")] == ["JOSÉ García"]
    assert [u.name for u in store.list_streams("user", search="jOSÉ")] == ["JOSÉ García"]
    assert {u.name for u in store.list_streams("user", search="example.org")} == {"Ann 100%_sure", "Bob"}


def test_search_folds_letters_beyond_ascii_on_sqlite(store: Store, people: dict[str, str]) -> None:
    """PostgreSQL folds case as the database's LC_CTYPE says (ASCII only under C)."""
    assert [u.name for u in store.list_streams("user", search="josé")] == ["JOSÉ García"]
    assert [u.name for u in store.list_streams("user", search="ZOË")] == ["Zoë Adams"]


def test_search_takes_like_wildcards_literally(store: Store, people: dict[str, str]) -> None:
    assert [u.name for u in store.list_streams("user", search="0%_s")] == ["Ann 100%_sure"]
    assert [u.name for u in store.list_streams("user", search="b_x")] == ["Bob"]
    assert store.list_streams("user", search="%") == [store.get_stream("user", people["Ann 100%_sure"])]
    assert store.list_streams("user", search="_") == [store.get_stream("user", people["Ann 100%_sure"]), store.get_stream("user", people["Bob"])]


def test_sort_and_limit(store: Store, people: dict[str, str]) -> None:
    store.create_user("de Vries", "dv@example.net", PASSWORD)
    names = [*people, "de Vries"]
    assert [u.name for u in store.list_streams("user")] == names  # created, the default
    assert [u.name for u in store.list_streams("user", sort="name")] == sorted(names, key=str.lower)
    assert [u.email for u in store.list_streams("user", sort="email")] == sorted(u.email for u in store.list_streams("user"))
    assert [u.name for u in store.list_streams("user", sort="name", limit=3)] == ["Ann 100%_sure", "Bob", "de Vries"]
    assert store.list_streams("user", limit=0) == []


def test_group_list_searches_sorts_and_limits(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    for name in ("Payments", "data & Analytics", "Platform 100%", "admins"):
        store.create_group(name)
    assert [g.name for g in store.list_streams("group")] == ["admins", "data & Analytics", "Payments", "Platform 100%"]
    assert [g.name for g in store.list_streams("group", sort="created")] == ["Payments", "data & Analytics", "Platform 100%", "admins"]
    assert [g.name for g in store.list_streams("group", search="P")] == ["Payments", "Platform 100%"]
    assert [g.name for g in store.list_streams("group", search="0%")] == ["Platform 100%"]
    assert [g.name for g in store.list_streams("group", search="A", sort="created", limit=2)] == ["Payments", "data & Analytics"]
    result = cli("group", "list", "--search", "ANALYTICS", "--jsonl")
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == ["data & Analytics"]
    bad = cli("group", "list", "--sort", "members")
    assert bad.exit_code == 2
    assert bad.stderr == "error: unknown --sort value 'members'; use one of: name, created (-KEY: the reverse order)\n"


def test_a_bad_sort_is_a_usage_error_naming_the_choices(cli, people) -> None:  # type: ignore[no-untyped-def]
    result = cli("user", "list", "--sort", "age")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: unknown --sort value 'age'; use one of: name, email, created (-KEY: the reverse order)"


def test_the_cli_lists_what_the_store_finds(cli, people: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    result = cli("user", "list", "--search", "EXAMPLE.ORG", "--sort", "name", "--limit", "1", "--jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == ["Ann 100%_sure"]


@pytest.mark.parametrize(
    "args",
    [["user", "list"], ["group", "list"], ["projection", "list"], ["events", "tail"], ["user", "history", "bob_x@example.org"]],
)
def test_jsonl_is_one_object_per_line_and_formats_exclude_each_other(cli, people, args) -> None:  # type: ignore[no-untyped-def]
    cli("group", "create", "--name", "staff")
    lines = cli(*args, "--jsonl").stdout.splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)
    for pair in (["--json", "--jsonl"], ["--json", "--format", "csv"], ["--jsonl", "--format", "csv"]):
        result = cli(*args, *pair)
        assert result.exit_code == 2 and result.stderr.startswith("error: ") and "cannot be used together" in result.stderr
    assert cli(*args, "--format", "xml").exit_code == 2


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (["user", "list"], ["id", "name", "email", "version", "created_at", "status"]),
        (["group", "list"], ["id", "name", "members", "version", "created_at", "status"]),
        (["projection", "list"], ["name", "checkpoint", "head", "lag", "rows", "version", "stale"]),
        (["events", "tail"], ["position", "recorded_at", "aggregate", "aggregate_id", "version", "type", "payload"]),
    ],
)
def test_csv_has_a_header_and_full_values(cli, people, args, header) -> None:  # type: ignore[no-untyped-def]
    cli("group", "create", "--name", "staff")
    rows = list(csv.reader(io.StringIO(cli(*args, "--format", "csv").stdout)))
    assert rows[0] == header and len(rows) > 1
    if args == ["user", "list"]:
        assert sorted(row[0] for row in rows[1:]) == sorted(people.values())
        assert ["Ann 100%_sure", "ann@example.org"] == rows[3][1:3]
    if args == ["events", "tail"]:
        assert "password_hash" not in "".join(row[6] for row in rows)


def test_tail_since_shows_events_after_the_position(store: Store, cli, people) -> None:  # type: ignore[no-untyped-def]
    events, _ = store.tail(10, since=2)
    assert [e.position for e in events] == [3, 4]
    assert [e.position for e in store.tail(1, since=1)[0]] == [4]  # -n still counts the last ones
    assert store.tail(10, since=4)[0] == []
    assert [e.position for e in store.tail(10, since=1, aggregate_id=people["Bob"])[0]] == [4]
    positions = [json.loads(line)["position"] for line in cli("events", "tail", "--since", "2", "--json").stdout.splitlines()]
    assert positions == [3, 4]
    with pytest.raises(UsageProblem):
        store.tail(10, since=-1)


def test_tail_since_with_follow_starts_after_the_position(store: Store, people) -> None:  # type: ignore[no-untyped-def]
    stop = iter([False, True])
    assert [e.position for e in store.follow(2, poll_interval=0, stop=lambda: next(stop))] == [3, 4]


def test_short_ids_are_unique_prefixes_of_at_least_8_characters(db_url: str) -> None:
    import evtcli
    from conftest import CHEAP_HASHER

    ids = iter([
        "abcdef01-2345-4000-8000-000000000001",
        "abcdef01-2345-4000-8000-000000000002",  # shares 35 characters with the first
        "abcdef01-9999-4000-8000-000000000000",  # shares 9 ("abcdef01-")
        "12345678-0000-4000-8000-000000000000",
        "abcdef01-2345-4000-8000-000000000009",  # a group: not a user, but in the log
    ])
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, new_id=lambda: next(ids)) as store:
        users = [store.create_user(f"U{n}", f"u{n}@example.com", PASSWORD) for n in range(4)]
        group = store.create_group("staff").aggregate_id
        assert store.short_ids(users, ["user"]) == {
            users[0]: users[0],
            users[1]: users[1],
            users[2]: "abcdef01-9",
            users[3]: "12345678",
        }
        # Across every aggregate (events tail --id): the group's id counts too.
        assert store.short_ids([users[0], group])[group] == group
        assert store.short_ids([users[3]] * 2) == {users[3]: "12345678"}
        for short in store.short_ids(users, ["user"]).values():
            assert store.get_stream("user", short).id.startswith(short)


# -- --status, --sort -KEY and the count footer (§14) ----------------------------------------


def test_status_keeps_the_streams_with_the_statuses_named(store: Store, people: dict[str, str]) -> None:
    store.disable_user(people["Bob"])
    store.destroy_user(people["Zoë Adams"])
    store.forget_user(people["Ann 100%_sure"])
    staff, gone = store.create_group("staff").aggregate_id, store.create_group("gone").aggregate_id
    store.destroy_group(gone)

    def listed(aggregate: str, *statuses: str) -> set[str]:
        return {row.id for row in store.list_streams(aggregate, statuses=statuses)}

    assert listed("user", "disabled") == {people["Bob"]}
    assert listed("user", "destroyed", "forgotten") == {people["Zoë Adams"], people["Ann 100%_sure"]}
    assert listed("user", "live", "disabled") == {u.id for u in store.list_streams("user")}
    assert listed("group", "destroyed") == {gone} and listed("group", "live") == {staff}
    # Given, it decides alone: `which` is what a listing shows without it.
    assert {row.id for row in store.list_streams("user", "deleted", statuses=["live"])} == {people["JOSÉ García"]}
    with pytest.raises(UsageProblem, match="unknown --status value 'disabled'; use one of: live, destroyed"):
        store.list_streams("group", statuses=["disabled"])


def test_status_on_the_command_line(cli, people: dict[str, str], store: Store) -> None:  # type: ignore[no-untyped-def]
    store.disable_user(people["Bob"])
    result = cli("user", "list", "--status", "disabled", "--status", "live", "--sort", "email", "--jsonl")
    assert [json.loads(line)["email"] for line in result.stdout.splitlines()] == [
        "ann@example.org", "bob_x@example.org", "jose@corp.example.com", "zoe@example.com",
    ]
    bad = cli("user", "list", "--status", "gone")
    assert (bad.exit_code, bad.stderr) == (
        2, "error: unknown --status value 'gone'; use one of: live, disabled, destroyed, forgotten\n"
    )
    for other in ("--all", "--deleted"):
        both = cli("user", "list", "--status", "live", other)
        assert both.exit_code == 2 and both.stderr.startswith(f"error: --status and {other} cannot be used together")


def test_a_minus_sorts_by_any_key_in_reverse(store: Store, people: dict[str, str]) -> None:
    for key in ("name", "email", "created"):
        forward = [u.id for u in store.list_streams("user", sort=key)]
        assert [u.id for u in store.list_streams("user", sort=f"-{key}")] == forward[::-1], key
    assert [u.name for u in store.list_streams("user", sort="-name", limit=2)] == ["Zoë Adams", "JOSÉ García"]
    for name in ("b", "a", "c"):
        store.create_group(name)
    assert [g.name for g in store.list_streams("group", sort="-name")] == ["c", "b", "a"]
    assert [g.name for g in store.list_streams("group", sort="-created")] == ["c", "a", "b"]
    with pytest.raises(UsageProblem, match=r"unknown --sort value '-age'; use one of: name, email, created \(-KEY"):
        store.list_streams("user", sort="-age")


def test_a_tie_is_broken_by_the_id_both_ways(db_url: str) -> None:
    """Two users of one name: the id orders them, and -name reverses that too."""
    import evtcli
    from conftest import CHEAP_HASHER

    ids = iter(["bbbbbbbb-0000-4000-8000-000000000000", "aaaaaaaa-0000-4000-8000-000000000000"])
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, new_id=lambda: next(ids)) as store:
        second, first = (store.create_user("Sam", f"sam{n}@example.com", PASSWORD) for n in range(2))
        assert [u.id for u in store.list_streams("user", sort="name")] == [first, second]
        assert [u.id for u in store.list_streams("user", sort="-name")] == [second, first]


def test_a_piped_list_has_rows_only(cli, people: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for args in (["user", "list"], ["group", "list", "--all"], ["user", "list", "--search", "nobody"]):
        result = cli(*args)
        assert result.exit_code == 0 and result.stderr == ""
        assert not any(line.split()[:1] in (["4"], ["0"], ["1"]) for line in result.stdout.splitlines()), args
    lines = cli("user", "list").stdout.splitlines()
    assert len(lines) == 1 + len(people)  # the header and a row each: `| wc -l` counts users


def test_the_count_goes_to_a_terminal_on_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from evtcli.cli.render.emit import count_line

    class Screen(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for tty in (True, False):
        out, err = Screen(True), Screen(tty)
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        count_line(43, "user")
        assert out.getvalue() == ""
        assert ("43 users" in err.getvalue()) is tty
