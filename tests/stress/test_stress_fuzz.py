"""Fuzzing the importer: random bytes, random JSON and mutated valid events.

Whatever comes in, the importer either appends the whole file or raises an
EvtcliError and writes nothing; through the CLI that is exit 0, or exit 1 with one
``error:`` line (never the boundary's "internal error").
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import evtcli
from conftest import CHEAP_HASHER, Cli
from evtcli.api import Store
from evtcli.domain.events import ENVELOPE_FIELDS
from evtcli.errors import EvtcliError
from hardening import assert_one_error_line
from jsonl_events import created, destroyed

pytestmark = pytest.mark.stress

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
json_objects = st.dictionaries(
    st.sampled_from(list(ENVELOPE_FIELDS) + ["password", "extra"]) | st.text(max_size=12), json_values, max_size=12
)


def _history(first: int) -> list[dict[str, Any]]:
    """A valid history over fresh ids, so that each example writes new streams."""
    return [
        created(first, name="Ada", email=f"ada{first}@example.com"),
        created(first + 1, name="Bob", email=f"bob{first}@example.com", minute=1),
        destroyed(first, reason="left"),
        created(first + 2, name="Cy", email=f"ada{first}@example.com", minute=40),
        destroyed(first + 1, version=2),
    ]


def _encode(events: list[Any]) -> bytes:
    return b"".join(
        (event if isinstance(event, bytes) else json.dumps(event, ensure_ascii=False).encode("utf-8")) + b"\n"
        for event in events
    )


@st.composite
def mutated_histories(draw: st.DrawFn) -> bytes:
    events: list[Any] = [dict(event) for event in _history(draw(st.integers(1000, 2**60)))]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(
            st.sampled_from(
                ["drop_field", "set_field", "set_payload", "swap", "duplicate", "drop_line", "name_text", "raw_line"]
            )
        )
        index = draw(st.integers(0, len(events) - 1))
        event = events[index]
        if kind == "drop_field" and isinstance(event, dict) and event:
            del event[draw(st.sampled_from(sorted(event)))]
        elif kind == "set_field" and isinstance(event, dict):
            event[draw(st.sampled_from(list(ENVELOPE_FIELDS)))] = draw(json_values)
        elif kind == "set_payload" and isinstance(event, dict) and isinstance(event.get("payload"), dict):
            key = draw(st.sampled_from(["name", "email", "password_hash", "reason", "password"]) | st.text(max_size=8))
            event["payload"] = event["payload"] | {key: draw(json_values)}
        elif kind == "swap":
            other = draw(st.integers(0, len(events) - 1))
            events[index], events[other] = events[other], events[index]
        elif kind == "duplicate":
            events.insert(draw(st.integers(0, len(events))), json.loads(json.dumps(event)) if isinstance(event, dict) else event)
        elif kind == "drop_line" and len(events) > 1:
            events.pop(index)
        elif kind == "name_text" and isinstance(event, dict) and isinstance(event.get("payload"), dict):
            event["payload"] = event["payload"] | {"name": draw(st.text(min_size=0, max_size=40))}
        elif kind == "raw_line":
            events[index] = draw(st.binary(max_size=60))
    data = _encode(events)
    if draw(st.booleans()):
        # Damage the bytes themselves: flip one, or cut the file short.
        position = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data = data[:position] + bytes([draw(st.integers(0, 255))]) + data[position + 1 :]
        else:
            data = data[:position]
    return data


random_json_lines = st.lists(json_values | json_objects, min_size=1, max_size=5).map(
    lambda values: b"".join(json.dumps(value).encode() + b"\n" for value in values)
)
inputs = st.binary(max_size=600) | random_json_lines | mutated_histories()


def _state(store: Store) -> tuple[int, int, list[tuple[str, int, bool]]]:
    users = store.list_streams("user", "all")
    return store.event_count(), store.head(), sorted((u.id, u.version, u.deleted) for u in users)


@pytest.fixture
def fuzz_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with evtcli.open_store(str(tmp_path / "fuzz.db"), create=True, password_hasher=CHEAP_HASHER) as store:
        store.import_events(io.BytesIO(_encode(_history(1))))
        yield store


@FUZZ
@given(data=inputs)
def test_importer_appends_all_or_raises_a_typed_error_and_writes_nothing(fuzz_store: Store, data: bytes) -> None:
    before = _state(fuzz_store)
    try:
        summary = fuzz_store.import_events(io.BytesIO(data))
    except EvtcliError:
        assert _state(fuzz_store) == before
        event("refused")
        return
    after = _state(fuzz_store)
    assert after[0] == before[0] + summary.appended
    assert after[1] == before[1] + summary.appended
    event("imported" if summary.appended else "imported nothing new")
    if summary.appended:
        report = fuzz_store.verify()
        assert report.ok, [problem.what for problem in report.problems]


@settings(FUZZ, max_examples=120)
@given(data=inputs)
def test_cli_import_exits_0_or_1_with_one_error_line(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz-cli.db"
    cli = Cli(str(path))
    if not path.exists():
        assert cli("events", "import", "-", input=_encode(_history(1))).exit_code == 0
    with evtcli.open_store(str(path)) as store:
        before = _state(store)
    result = cli("events", "import", "-", input=data)
    assert result.exit_code in (0, 1), result.stderr
    with evtcli.open_store(str(path)) as store:
        after = _state(store)
    event(f"exit {result.exit_code}")
    if result.exit_code == 1:
        line = assert_one_error_line(result.stderr)
        assert "internal error" not in line and "unexpected error" not in line, line
        assert after == before
    else:
        assert result.stderr == ""
        assert after[0] >= before[0]

