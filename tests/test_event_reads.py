"""The event-log reads of §14: --since/--until by time, export --type, --id in every
form, destroyed groups by name, events show and trace, import --dry-run."""

from __future__ import annotations

import io
import json

import pytest

from evtcli.api import Store, WriteContext
from evtcli.errors import AmbiguousReference, NotFound, UsageProblem
from tests.conftest import Cli
from tests.jsonl_events import created, jsonl, uid

PASSWORD = "correct horse"


@pytest.fixture
def out_of_order(store: Store) -> Store:
    """Three users imported with times that do not rise with the position (an import
    keeps the times it is given): 10:50, 10:10, 10:30."""
    store.import_events(
        io.BytesIO(
            jsonl(
                created(1, email="a@example.com", minute=50),
                created(2, email="b@example.com", minute=10),
                created(3, email="c@example.com", minute=30),
            )
        )
    )
    return store


def positions(events: list) -> list[int]:
    return [event.position for event in events]


def test_since_and_until_take_times_and_filter_on_the_recorded_time(out_of_order: Store) -> None:
    events, _ = out_of_order.tail(10, since="2026-01-01T10:30:00Z")
    assert positions(events) == [1, 3]  # not "position 3 onwards": times are not monotonic
    events, _ = out_of_order.tail(10, until="2026-01-01T10:30:00Z")
    assert positions(events) == [2, 3]  # inclusive
    events, _ = out_of_order.tail(10, since="2026-01-01T10:00+00:00", until="2026-01-01T10:20:00Z")
    assert positions(events) == [2]


def test_until_a_position_is_inclusive_and_a_date_is_midnight_utc(out_of_order: Store) -> None:
    events, _ = out_of_order.tail(10, until="2")
    assert positions(events) == [1, 2]
    events, _ = out_of_order.tail(10, since=1, until=2)
    assert positions(events) == [2]
    # A date alone is the first instant of that day, so nothing recorded during it.
    assert out_of_order.tail(10, until="2026-01-01")[0] == []
    assert positions(out_of_order.tail(10, since="2026-01-01")[0]) == [1, 2, 3]


def test_export_takes_type_and_time_bounds(out_of_order: Store) -> None:
    out_of_order.destroy_user(uid(2))
    lines = [json.loads(line) for line in out_of_order.export_lines(types=["destroyed"])]
    assert [line["position"] for line in lines] == [4]
    lines = [json.loads(line) for line in out_of_order.export_lines(since="2026-01-01T10:30:00Z", until=3)]
    assert [line["position"] for line in lines] == [1, 3]


@pytest.mark.parametrize("value", ["yesterday", "-1", "2026-13-01", "1.5"])
def test_a_bad_bound_says_what_is_accepted(store: Store, value: str) -> None:
    with pytest.raises(UsageProblem, match="takes a position"):
        store.tail(10, since=value)


def test_id_takes_a_group_name_an_email_and_a_destroyed_groups_name(store: Store) -> None:
    user = store.create_user("Ann", "ann@example.com", PASSWORD)
    sre = store.create_group("SRE").aggregate_id
    assert {e.aggregate_id for e in store.tail(10, aggregate_id="sre")[0]} == {sre}
    assert {e.aggregate_id for e in store.tail(10, aggregate_id="ann@example.com")[0]} == {user}
    store.destroy_group("SRE")
    assert {e.aggregate_id for e in store.tail(10, aggregate_id="SRE")[0]} == {sre}
    assert store.history("group", "SRE")[-1].type == "Destroyed"  # GROUP too
    again = store.create_group("SRE").aggregate_id
    store.destroy_group(again)
    with pytest.raises(AmbiguousReference, match="2 destroyed groups") as refused:
        store.tail(10, aggregate_id="SRE")
    assert sre in str(refused.value) and again in str(refused.value)


def test_an_unknown_id_names_commands_that_exist(store: Store) -> None:
    with pytest.raises(NotFound) as refused:
        store.tail(10, aggregate_id="zzzz")
    assert "aggregate list" not in str(refused.value)
    assert "'evtcli user list --all'" in str(refused.value) and "'evtcli group list --all'" in str(refused.value)


@pytest.fixture
def destroyed_member(store: Store) -> tuple[Store, list]:
    """A user in two groups destroyed under a correlation id: Destroyed, then the two
    MemberRemoved events it caused (positions 6, 7, 8)."""
    user = store.create_user("Ann", "ann@example.com", PASSWORD)
    for name in ("SRE", "ops"):
        store.add_members(store.create_group(name).aggregate_id, [user])
    store.destroy_user(user, context=WriteContext(command="test", correlation_id="req-42"))
    events, _ = store.tail(3)
    return store, events


def test_show_names_the_cause_and_what_was_caused(destroyed_member: tuple[Store, list]) -> None:
    store, (destroyed, first, second) = destroyed_member
    assert store.event_position(destroyed.event_id) == destroyed.position
    context = store.event_context(store.event_position(str(destroyed.position)))
    assert [e.event_id for e in context.caused] == [first.event_id, second.event_id]
    context = store.event_context(store.event_position(first.event_id))
    assert context.causation is not None and context.causation.event_id == destroyed.event_id
    with pytest.raises(NotFound):
        store.event_position("99")
    with pytest.raises(NotFound):
        store.event_position("no-such-event")


def test_trace_is_the_tree_of_the_correlation_with_the_event_marked(destroyed_member: tuple[Store, list]) -> None:
    store, (destroyed, first, second) = destroyed_member
    trace = store.trace(str(second.position))
    assert trace.event_id == second.event_id and trace.correlation_id == "req-42"
    assert [(item.depth, item.event.position) for item in trace.events] == [
        (0, destroyed.position), (1, first.position), (1, second.position)
    ]
    # Without a correlation id the causation ids alone make the tree.
    user = store.create_user("Bob", "bob@example.com", PASSWORD)
    store.add_members("SRE", [user])
    store.destroy_user(user)
    last, _ = store.tail(2)
    assert [(i.depth, i.event.type) for i in store.trace(last[0].event_id).events] == [(0, "Destroyed"), (1, "MemberRemoved")]


def test_trace_and_show_print_one_json_document(cli: Cli, destroyed_member: tuple[Store, list]) -> None:
    _, (destroyed, first, _) = destroyed_member
    trace = json.loads(cli("events", "trace", first.event_id, "--json").stdout)
    assert [(e["depth"], e["marked"]) for e in trace["events"]] == [(0, False), (1, True), (1, False)]
    assert "password_hash" not in json.dumps(trace)
    shown = json.loads(cli("events", "show", str(destroyed.position), "--json").stdout)
    assert shown["correlation_id"] == "req-42" and shown["correlation"] is None
    assert [e["position"] for e in shown["caused"]] == [first.position, first.position + 1]
    lines = cli("events", "trace", str(first.position)).stdout.splitlines()
    assert [line.startswith(">") for line in lines] == [False, True, False]


def test_import_dry_run_checks_everything_and_writes_nothing(store: Store) -> None:
    store.import_events(io.BytesIO(jsonl(created(1, email="a@example.com"))))
    events = jsonl(created(1, email="a@example.com"), created(2, email="b@example.com"), created(3, email="c@example.com"))
    summary = store.import_events(io.BytesIO(events), dry_run=True)
    assert (summary.appended, summary.skipped, summary.dry_run) == (2, 1, True)
    assert store.event_count() == 1 and store.head() == 1
    assert [u.email for u in store.list_streams("user")] == ["a@example.com"]
    # Every rule is checked: a second holder of an email is refused as a real import refuses it.
    with pytest.raises(Exception, match="email"):
        store.import_events(io.BytesIO(jsonl(created(4, email="a@example.com"))), dry_run=True)


def test_import_dry_run_prints_both_counts_and_creates_no_database(store: Store, cli: Cli, tmp_path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_bytes(jsonl(created(1)))
    result = cli("events", "import", str(path), "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    assert {k: json.loads(result.stdout)[k] for k in ("dry_run", "appended", "skipped")} == {
        "dry_run": True, "appended": 1, "skipped": 0
    }
    missing = tmp_path / "none.db"
    result = Cli(str(missing))("events", "import", str(path), "--dry-run")
    assert result.exit_code != 0 and not missing.exists()


@pytest.mark.parametrize(
    "args, said",
    [
        (("events", "tail", "--since", "someday"), "--since takes a position or an ISO 8601 time"),
        (("user", "list", "--limit", "abc"), "--limit takes a whole number, not 'abc'"),
        (("events", "tail", "-n", "-1"), "--lines takes a whole number of 0 or more"),
        (("events", "tail", "-f", "--until", "3"), "-f and --until cannot be used together"),
    ],
)
def test_bad_values_are_refused_in_evtclis_words(cli: Cli, args: tuple[str, ...], said: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert said in result.stderr and "Input should" not in result.stderr
