"""The declared model (§6), proved with a second aggregate declared here, in the tests only.

``widget`` has its own event table, a projection, a schema-version-2 event type with
an upcaster, and nothing else anywhere: the store, import, export, verify, replay,
tail and follow learn about it from the declaration alone. Runs on every backend.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any, ClassVar, Iterator

import pytest
from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Table, Text, text
from sqlalchemy.exc import DBAPIError

import evtcli
from evtcli.api import Store
from evtcli.domain.model import Aggregate, EventType, Field
from evtcli.domain.registry import Model
from evtcli.domain.users import user
from evtcli.domain.validation import validate_name
from evtcli.errors import ConcurrencyConflict, EvtcliError, ExitCode, IntegrityProblem, RuleViolation, ValidationError
from evtcli.projections.base import Row, StateTable
from evtcli.projections.users import PROJECTION as USERS
from evtcli.store import dialect
from evtcli.store.schema import metadata

from conftest import CHEAP_HASHER, copy_into, exported_with_keys, translate

PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Widget:
    id: str
    label: str
    status: str
    version: int
    created_at: str
    updated_at: str


widget = Aggregate("widget", Widget, statuses=("active", "scrapped"))
LABEL = Field("label", validate_name, unstored="is not trimmed")


@widget.event
class Made(EventType):
    fields = (LABEL,)
    follows = None
    done = "made"

    @staticmethod
    def start(aggregate_id: str, payload: Any, recorded_at: str) -> Widget:
        return Widget(aggregate_id, payload["label"], "active", 1, recorded_at, recorded_at)


@widget.event
class Relabelled(EventType):
    """Version 1 called the field ``title``; version 2 calls it ``label``."""

    schema_version = 2
    upcasters = {1: lambda payload: {"label": payload["title"]}}
    fields = (LABEL,)
    follows = frozenset({"active"})
    verb, done = "relabel", "relabelled"

    @staticmethod
    def apply(state: Widget, payload: Any, recorded_at: str) -> dict[str, Any]:
        return {"label": payload["label"]}


@widget.event
class Scrapped(EventType):
    follows = frozenset({"active"})
    verb, done = "scrap", "scrapped"

    @staticmethod
    def apply(state: Widget, payload: Any, recorded_at: str) -> dict[str, Any]:
        return {"status": "scrapped"}


widgets_table = Table(
    "widgets",
    metadata,
    Column("id", dialect.byte_ordered(36)),
    Column("label", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("version", Integer, nullable=False),
    PrimaryKeyConstraint("id", name="widgets_pkey"),
)


class WidgetsProjection(StateTable):
    name = "widgets"
    version = 1
    aggregate = "widget"
    table: ClassVar[Table] = widgets_table
    key = ("id",)

    def rows(self, state: Widget) -> list[Row]:
        return [(state.id, state.label, state.status, state.version)]


MODEL = Model(user, widget)
WIDGETS = WidgetsProjection()


def open_both(url: str) -> Store:
    return evtcli.open_store(
        url, create=True, password_hasher=CHEAP_HASHER, model=MODEL, projections=[USERS, WIDGETS]
    )


@pytest.fixture
def both(db_url: str) -> Iterator[Store]:
    with open_both(db_url) as store:
        yield store


def interleave(store: Store) -> tuple[str, str]:
    """Six events that alternate between the two tables."""
    ada = store.create_user("Ada", "ada@example.com", PASSWORD)
    gear = store.start_stream("widget", "Made", label="Gear").aggregate_id
    store.rename_user(ada, "Ada L")
    store.append_event("widget", gear, "Relabelled", label="Cog")
    store.destroy_user(ada)
    store.append_event("widget", gear[:8], "Scrapped")
    return ada, gear


def sql(store: Store, statement: str, **params: Any) -> list[tuple[Any, ...]]:
    with store.engine.begin() as conn:
        result = conn.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


# -- the declaration --------------------------------------------------------------------


def test_the_declaration_names_table_id_column_and_types() -> None:
    assert (widget.table, widget.id_column) == ("widget_events", "widget_id")
    assert list(widget.event_types) == ["Made", "Relabelled", "Scrapped"]
    assert MODEL.type_names == (*user.event_types, "Made", "Relabelled", "Scrapped")
    assert Relabelled.aggregate is widget and Relabelled.required == {"label"}


def test_declaring_an_impossible_event_type_is_refused() -> None:
    scratch = Aggregate("scratch", Widget, statuses=("active",))
    for attributes in (
        {"schema_version": 3, "upcasters": {1: dict}},  # no upcaster from version 2
        {"follows": frozenset({"gone"})},  # a status the aggregate does not have
    ):
        with pytest.raises(ValueError):
            scratch.event(type("Broken", (EventType,), dict(attributes)))
    scratch.event(type("Once", (EventType,), {}))
    with pytest.raises(ValueError):
        scratch.event(type("Once", (EventType,), {}))


def test_an_undeclared_type_is_an_error_never_another_type() -> None:
    made = widget.fold(None, "w1", 1, "Made", 1, {"label": "Gear"}, "t0")
    for type_name in ("Exploded", "made", "Created"):
        with pytest.raises(ValidationError, match="unknown event type"):
            widget.fold(made, "w1", 2, type_name, 1, {}, "t1")
    with pytest.raises(ValidationError, match="unknown event type"):
        user.decode("Made", 1, {"label": "Gear"})  # a type of another aggregate is not this one's


# -- upcasters ----------------------------------------------------------------------------


def test_an_older_schema_version_is_read_through_its_upcaster() -> None:
    made = widget.fold(None, "w1", 1, "Made", 1, {"label": "Gear"}, "t0")
    old = widget.fold(made, "w1", 2, "Relabelled", 1, {"title": "Cog"}, "t1")
    new = widget.fold(made, "w1", 2, "Relabelled", 2, {"label": "Cog"}, "t1")
    assert old == new and old.label == "Cog"
    for version, payload in ((1, {"label": "Cog"}), (2, {"title": "Cog"}), (3, {"label": "Cog"}), (0, {"title": "Cog"})):
        with pytest.raises(ValidationError):
            widget.fold(made, "w1", 2, "Relabelled", version, payload, "t1")
    with pytest.raises(ValidationError, match="not trimmed"):  # the upcast payload is checked like any other
        widget.fold(made, "w1", 2, "Relabelled", 1, {"title": " Cog"}, "t1")


def test_old_events_are_stored_and_exported_as_written_and_read_upcast(both: Store) -> None:
    gear = "0000aaaa-0000-4000-8000-000000000001"
    lines = [
        {"aggregate": "widget", "aggregate_id": gear, "version": 1, "type": "Made", "payload": {"label": "Gear"},
         "recorded_at": "2026-01-01T00:00:00Z"},
        {"aggregate": "widget", "aggregate_id": gear, "version": 2, "type": "Relabelled", "schema_version": 1,
         "payload": {"title": "Cog"}, "recorded_at": "2026-01-01T00:01:00Z"},
    ]
    both.import_events(io.BytesIO("".join(json.dumps(line) + "\n" for line in lines).encode()))
    exported = [json.loads(line) for line in both.export_lines()]
    assert (exported[1]["schema_version"], exported[1]["payload"]) == (1, {"title": "Cog"})
    assert sql(both, "SELECT label, version FROM widgets") == [("Cog", 2)]
    assert both.verify().ok and both.diff_projections() == []
    event = both.append_event("widget", gear, "Relabelled", label="Wheel")
    assert (event.schema_version, dict(event.payload)) == (2, {"label": "Wheel"})


# -- reads merged by position ---------------------------------------------------------------


def test_reads_across_event_tables_are_merged_by_position(both: Store) -> None:
    ada, gear = interleave(both)
    events, head = both.tail(10)
    assert head == 6 and [e.position for e in events] == [1, 2, 3, 4, 5, 6]
    assert [e.aggregate for e in events] == ["user", "widget"] * 3
    assert [e.position for e in both.tail(3)[0]] == [4, 5, 6]
    assert [(e.position, e.type) for e in both.tail(10, aggregate="widget")[0]] == [(2, "Made"), (4, "Relabelled"), (6, "Scrapped")]
    assert [e.position for e in both.tail(2, types=["Renamed", "relabelled"])[0]] == [3, 4]
    assert [e.position for e in both.tail(10, aggregate_id=gear[:6])[0]] == [2, 4, 6]
    exported = list(both.export_lines())
    assert [json.loads(line)["position"] for line in exported] == [1, 2, 3, 4, 5, 6]
    assert [json.loads(line)["position"] for line in both.export_lines(since=3)] == [4, 5, 6]
    assert [json.loads(line)["aggregate_id"] for line in both.export_lines(aggregate="widget")] == [gear] * 3


def test_follow_yields_both_tables_in_position_order(both: Store) -> None:
    interleave(both)
    seen = []
    for event in both.follow(1, poll_interval=0.01, stop=lambda: len(seen) >= 5):
        seen.append(event)
    assert [(e.position, e.aggregate) for e in seen] == [(n, "user" if n % 2 else "widget") for n in range(2, 7)]


def test_export_import_export_is_byte_identical_across_tables(both: Store, tmp_path: Any) -> None:
    interleave(both)
    exported, keys = exported_with_keys(both)
    with open_both(str(tmp_path / "copy.db")) as copy:
        summary = copy_into(copy, exported, keys)
        assert (summary.appended, summary.head) == (6, 6)
        assert "".join(line + "\n" for line in copy.export_lines()).encode() == exported
        assert copy.diff_projections() == [] and copy.verify().ok


def test_verify_and_replay_fold_each_aggregate_with_its_own_fold(both: Store) -> None:
    ada, gear = interleave(both)
    report = both.verify()
    assert report.ok and report.events == 6 and dict(report.streams) == {"user": 1, "widget": 1}
    results = both.replay()
    assert [(r.name, r.events, r.rows, r.position) for r in results] == [("users", 3, 1, 6), ("widgets", 3, 1, 6)]
    assert [(r.name, r.events) for r in both.replay("widgets")] == [("widgets", 3)]
    assert sql(both, "SELECT id, label, status, version FROM widgets") == [(gear, "Cog", "scrapped", 3)]
    assert [(s.name, s.checkpoint, s.lag, s.rows, s.stale) for s in both.projection_status()] == [
        ("users", 6, 0, 1, False), ("widgets", 6, 0, 1, False),
    ]
    sql(both, "UPDATE widgets SET label = 'Sprocket'")
    (difference,) = both.diff_projections()
    assert (difference.projection, difference.key, difference.field, difference.live, difference.fresh) == (
        "widgets", gear, "label", "Sprocket", "Cog",
    )
    assert not both.verify().ok


def test_an_undeclared_type_in_the_log_is_found_and_refused(both: Store) -> None:
    ada, gear = interleave(both)
    sql(
        both,
        "INSERT INTO widget_events (position, event_id, widget_id, version, type, schema_version, payload,"
        " metadata, recorded_at, hash) VALUES (7, 'e7', :id, 4, 'Exploded', 1, '{}', '{}', 't', 'h')",
        id=gear,
    )
    sql(both, "UPDATE event_log_head SET position = 7, hash = 'h'")
    report = both.verify()
    assert any(p.position == 7 and "unknown event type 'Exploded'" in p.what for p in report.problems)
    with pytest.raises(IntegrityProblem):
        both.replay("widgets")
    with pytest.raises(ValidationError, match="unknown event type"):
        both.append_event("widget", gear, "Relabelled", label="X")  # its state cannot be read


# -- errors by identity ------------------------------------------------------------------------


def test_a_version_clash_on_the_second_table_is_a_conflict(both: Store) -> None:
    ada, gear = interleave(both)
    with pytest.raises(ConcurrencyConflict) as caught:
        both.append_event("widget", gear, "Scrapped", expected_version=2)
    assert caught.value.exit_code == ExitCode.CONFLICT == 3
    # Below the store's own check, the database refuses a second event at one version,
    # and the error is known by the constraint's name (or, on SQLite, its columns).
    with pytest.raises(DBAPIError) as raw:
        sql(
            both,
            "INSERT INTO widget_events (position, event_id, widget_id, version, type, schema_version, payload,"
            " metadata, recorded_at, hash) VALUES (7, 'e7', :id, 3, 'Scrapped', 1, '{}', '{}', 't', 'h')",
            id=gear,
        )
    error = translate(both, raw.value)
    assert isinstance(error, ConcurrencyConflict) and "widget" in error.message
    assert error.exit_code == 3


def test_the_second_table_refuses_changes_like_the_first(both: Store) -> None:
    interleave(both)
    for statement in ("UPDATE widget_events SET payload = '{}'", "DELETE FROM widget_events"):
        with pytest.raises(DBAPIError) as raw:
            sql(both, statement)
        error = translate(both, raw.value)
        assert isinstance(error, RuleViolation) and "immutable" in error.message


def test_a_bug_is_not_turned_into_a_refusal(both: Store) -> None:
    with pytest.raises(DBAPIError) as raw:
        sql(both, "SELECT no_such_column FROM widget_events")
    assert translate(both, raw.value) is None


def test_rules_of_the_second_aggregate_refuse_and_write_nothing(both: Store) -> None:
    ada, gear = interleave(both)
    head = both.head()
    for type_name, values, error in (
        ("Scrapped", {}, RuleViolation),  # scrapped already
        ("Relabelled", {"label": ""}, ValidationError),
        ("Made", {"label": "Again"}, RuleViolation),  # only starts a stream
    ):
        with pytest.raises(error):
            both.append_event("widget", gear, type_name, **values)
    with pytest.raises(EvtcliError):
        both.append_event("widget", ada, "Scrapped")  # a user id is no widget
    assert both.head() == head


def test_an_event_type_names_the_streams_its_payload_refers_to() -> None:
    from evtcli.domain.declared import MODEL

    group = MODEL.aggregate("group")
    assert group.named_streams("MemberAdded") == (("user_id", "user"),)  # a declared reference
    assert group.named_streams("MemberRemoved") == (("user_id", "user"),)  # what the membership lets go
    assert group.named_streams("Renamed") == ()
    assert MODEL.aggregate("user").named_streams("Created") == ()
