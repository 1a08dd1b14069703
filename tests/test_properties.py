"""Properties that hold for any sequence of commands, and for any name or time.

Each store example gets a fresh SQLite file of its own (function-scoped fixtures are
not reset between hypothesis examples), so these tests are named for SQLite.
"""

from __future__ import annotations

import tempfile
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import groupby
from pathlib import Path
from typing import Any, Iterator

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

import evtcli
from evtcli import ConcurrencyConflict, EvtcliError, NotFound, RuleViolation, ValidationError
from evtcli.api import Store
from evtcli.domain.events import chain_hash, format_timestamp, parse_timestamp
from evtcli.domain.users import fold_stream
from evtcli.domain.validation import NAME_MAX, validate_email, validate_name

from conftest import CHEAP_HASHER

PASSWORD = "correct horse battery"
MISSING_ID = "ffffffff-0000-4000-8000-000000000000"
# A small pool, spelled in several cases, so that collisions happen often.
EMAILS = [
    "ada@example.com",
    "ADA@example.com",
    "Ada@Example.COM",
    "bob@example.com",
    "zoë@example.org",
    "用户@例子.广告",
    "not-an-email",
]

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12
).filter(lambda name: name.strip() != "")
creates = st.tuples(st.just("create"), names, st.sampled_from(EMAILS))
destroys = st.tuples(
    st.just("destroy"),
    st.one_of(st.none(), st.integers(min_value=0, max_value=20)),  # None: a user that does not exist
    st.one_of(st.none(), st.integers(min_value=0, max_value=3)),  # the expected version
)
commands = st.lists(st.one_of(creates, destroys), min_size=1, max_size=20)


@contextmanager
def fresh_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "evtcli.db"
        with evtcli.open_store(str(path), create=True, password_hasher=CHEAP_HASHER) as store:
            yield store


@dataclass
class Model:
    """What the store should hold, kept in plain Python."""

    ids: list[str] = field(default_factory=list)
    version: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, bool] = field(default_factory=dict)
    key: dict[str, str] = field(default_factory=dict)

    def live_keys(self) -> set[str]:
        return {self.key[user] for user in self.ids if not self.deleted[user]}


def expected_create(model: Model, email: str) -> type[EvtcliError] | None:
    try:
        normalized = validate_email(email)
    except ValidationError:
        return ValidationError
    return RuleViolation if normalized.casefold() in model.live_keys() else None


def expected_destroy(model: Model, user: str, expected_version: int | None) -> type[EvtcliError] | None:
    if user not in model.version:
        return NotFound
    if expected_version is not None and expected_version != model.version[user]:
        return ConcurrencyConflict
    return RuleViolation if model.deleted[user] else None


def run(store: Store, model: Model, command: tuple[Any, ...]) -> None:
    """Apply one command to the store and the model; the store must refuse what the model refuses."""
    head = store.head()
    refused: type[EvtcliError] | None = None
    if command[0] == "create":
        _, name, email = command
        expected = expected_create(model, email)
        try:
            user = store.create_user(name, email, PASSWORD)
        except EvtcliError as exc:
            refused = type(exc)
        else:
            model.ids.append(user)
            model.version[user], model.deleted[user] = 1, False
            model.key[user] = validate_email(email).casefold()
            assert store.get_user(user).name == name.strip()
    else:
        _, index, expected_version = command
        user = MISSING_ID if index is None or not model.ids else model.ids[index % len(model.ids)]
        expected = expected_destroy(model, user, expected_version)
        try:
            store.destroy_user(user, expected_version=expected_version)
        except EvtcliError as exc:
            refused = type(exc)
        else:
            model.version[user] += 1
            model.deleted[user] = True
    assert refused is expected, command
    assert store.head() == head + (1 if refused is None else 0)


def projection_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text("SELECT * FROM users ORDER BY id"))]


@settings(max_examples=100, deadline=None)
@given(commands)
def test_sqlite_any_command_sequence_keeps_log_and_projection_consistent(sequence: list[tuple[Any, ...]]) -> None:
    model = Model()
    with fresh_store() as store:
        for command in sequence:
            run(store, model, command)

        events, head = store.tail(1_000_000)
        assert [e.position for e in events] == list(range(1, head + 1))
        assert head == store.event_count() == sum(model.version.values())
        previous = ""
        for envelope in events:
            assert envelope.hash == chain_hash(previous, envelope.body())
            previous = envelope.hash

        by_user = {
            user: list(stream)
            for user, stream in groupby(
                sorted(events, key=lambda e: (e.aggregate_id, e.version)), key=lambda e: e.aggregate_id
            )
        }
        assert set(by_user) == set(model.ids)
        for user, stream in by_user.items():
            folded = fold_stream(stream)
            assert folded is not None
            assert store.get_user(user) == folded == store.fold_user(user)
            assert [e.version for e in stream] == list(range(1, model.version[user] + 1))
            assert (folded.version, folded.deleted) == (model.version[user], model.deleted[user])

        assert store.diff_projections() == []
        inline = projection_rows(store)
        store.replay()
        once = projection_rows(store)
        store.replay()
        assert inline == once == projection_rows(store)
        (status,) = store.projection_status()
        assert (status.checkpoint, status.lag, status.rows, status.stale) == (head, 0, len(model.ids), False)


# -- pure properties ---------------------------------------------------------------------


@given(st.text(max_size=NAME_MAX + 20))
def test_a_name_is_accepted_exactly_when_the_rules_allow_it(raw: str) -> None:
    allowed = (
        not any(unicodedata.category(char) == "Cc" for char in raw)
        and 1 <= len(raw.strip()) <= NAME_MAX
    )
    try:
        stored = validate_name(raw)
    except ValidationError:
        assert not allowed
    else:
        assert allowed and stored == raw.strip() and validate_name(stored) == stored


moments = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.sampled_from([timezone.utc, None]),
).map(lambda moment: moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))


@given(moments, moments)
def test_timestamps_round_trip_and_sort_like_the_times(first: datetime, second: datetime) -> None:
    for moment in (first, second):
        assert parse_timestamp(format_timestamp(moment)) == moment
    assert (format_timestamp(first) < format_timestamp(second)) == (first < second)
