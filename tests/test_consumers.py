"""Consumers (SPEC §12) in process: the library and the CLI through CliRunner, both backends.

A consumer's checkpoint is the last position delivered or passed over. What only a
real process shows (kill -9, signals, pipes, the lease across processes, following
other writers) is in ``test_consume_processes.py``; here COMMAND is still a real
program (the recorder from ``consumer_tools``), but evtcli runs in this process.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
from datetime import datetime
from pathlib import Path

import pytest

import evtcli
from consumer_tools import delivered, records, recorder, sample_events, seed_sample
from conftest import CHEAP_HASHER, Cli
from evtcli.api import Store
from evtcli.errors import NotFound, RuleViolation, UsageProblem
from stored import execute

BAD_NAMES = ["", "has space", "x" * 65, "naïve", "slash/name", "semi;colon"]


def one_error(result, code: int) -> str:  # type: ignore[no-untyped-def]
    """The single ``error:`` line of a refused command with exit ``code``."""
    assert result.exit_code == code, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def listed(cli: Cli) -> dict[str, dict]:
    result = cli("consumer", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    return {row["name"]: row for row in rows}


def positions_of(batches) -> list[int]:  # type: ignore[no-untyped-def]
    return [event.position for batch in batches for event in batch.events]


# -- the library: create, list, reset, delete ---------------------------------------------


def test_create_starts_at_head_start_or_a_position(store: Store) -> None:
    store.create_group("Before")
    store.create_group("Also before")
    at_head = store.create_consumer("mailer")
    assert (at_head.name, at_head.checkpoint, at_head.head, at_head.lag) == ("mailer", 2, 2, 0)
    assert at_head.aggregates == () and at_head.types == ()
    assert at_head.last_delivery is None and at_head.holder is None
    assert store.create_consumer("warehouse", start="start").checkpoint == 0
    assert store.create_consumer("sync", start=1, aggregates=("group",), types=("Created",)).checkpoint == 1
    store.create_group("After")
    by_name = {status.name: status for status in store.consumers()}
    assert set(by_name) == {"mailer", "warehouse", "sync"}
    assert [(s.checkpoint, s.head, s.lag) for s in (by_name["mailer"], by_name["warehouse"], by_name["sync"])] == [
        (2, 3, 1),
        (0, 3, 3),
        (1, 3, 2),
    ]
    assert by_name["sync"].aggregates == ("group",) and by_name["sync"].types == ("Created",)
    assert store.consumer("sync") == by_name["sync"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_bad_name_is_a_usage_problem(store: Store, name: str) -> None:
    with pytest.raises(UsageProblem):
        store.create_consumer(name)
    assert store.consumers() == []


def test_names_of_64_characters_from_the_allowed_set_are_accepted(store: Store) -> None:
    name = ("Aa0._-" * 11)[:64]
    assert store.create_consumer(name).name == name


def test_an_existing_name_unknown_names_and_delete(store: Store) -> None:
    store.create_consumer("mailer", start="start")
    with pytest.raises(RuleViolation):
        store.create_consumer("mailer", start="head")
    assert store.consumer("mailer").checkpoint == 0  # the refused create changed nothing
    for call in (
        lambda: store.consumer("nobody"),
        lambda: store.reset_consumer("nobody", "start"),
        lambda: store.delete_consumer("nobody"),
    ):
        with pytest.raises(NotFound):
            call()
    store.delete_consumer("mailer")
    assert store.consumers() == []
    with pytest.raises(NotFound):
        store.consumer("mailer")
    assert store.create_consumer("mailer").name == "mailer"  # the name is free again


def test_reset_moves_the_checkpoint_back_and_forward(store: Store) -> None:
    for number in range(5):
        store.create_group(f"Group {number}")
    store.create_consumer("warehouse")
    assert store.reset_consumer("warehouse", "start").checkpoint == 0
    assert store.reset_consumer("warehouse", 3).checkpoint == 3
    assert positions_of(store.consumer_batches("warehouse", 10)) == [4, 5]
    assert store.reset_consumer("warehouse", "head").checkpoint == 5
    assert store.reset_consumer("warehouse", "head").lag == 0


# -- the library: batches, acknowledgement, filters ----------------------------------------


def test_batches_come_in_order_and_only_acknowledged_ones_are_passed(db_url: str, store: Store) -> None:
    head = seed_sample(db_url)
    store.create_consumer("warehouse", start="start")
    batches = []
    for batch in store.consumer_batches("warehouse", 7):
        batches.append(batch)
        if len(batches) == 3:
            break
        store.acknowledge("warehouse", batch.through)
    assert [len(batch.events) for batch in batches] == [7, 7, 7]
    assert [batch.through for batch in batches] == [7, 14, 21]
    assert positions_of(batches) == list(range(1, 22))
    # The third batch was never acknowledged: it is delivered again.
    assert store.consumer("warehouse").checkpoint == 14
    again = []
    for batch in store.consumer_batches("warehouse", 7):
        assert 0 < len(batch.events) <= 7
        again.append(batch)
        store.acknowledge("warehouse", batch.through)
    assert positions_of(again) == list(range(15, head + 1))
    status = store.consumer("warehouse")
    assert (status.checkpoint, status.lag) == (head, 0)
    assert status.last_delivery is not None
    datetime.fromisoformat(status.last_delivery.replace("Z", "+00:00"))
    assert list(store.consumer_batches("warehouse", 7)) == []


def test_batches_hold_the_events_as_tail_reads_them(db_url: str, store: Store) -> None:
    from evtcli.api import shown_event

    seed_sample(db_url)
    store.create_consumer("warehouse", start="start")
    first = next(iter(store.consumer_batches("warehouse", 30)))
    tailed = store.tail(1000)[0][:30]
    assert [event.position for event in tailed] == list(range(1, 31))
    assert [shown_event(event) for event in first.events] == [shown_event(event) for event in tailed]
    assert first.events[0].event_id == sample_events()[0]["event_id"]


@pytest.mark.parametrize(
    ("aggregates", "types"),
    [(("group",), ()), ((), ("Destroyed",)), (("user",), ("Renamed", "EmailChanged"))],
    ids=["aggregate", "type", "both"],
)
def test_filters_deliver_only_matching_events_and_pass_the_others(
    db_url: str, store: Store, aggregates: tuple[str, ...], types: tuple[str, ...]
) -> None:
    head = seed_sample(db_url)
    expected = [
        event["position"]
        for event in sample_events()
        if (not aggregates or event["aggregate"] in aggregates) and (not types or event["type"] in types)
    ]
    assert 0 < len(expected) < head
    store.create_consumer("sync", start="start", aggregates=aggregates, types=types)
    got = []
    for batch in store.consumer_batches("sync", 4):
        assert 0 < len(batch.events) <= 4 and batch.through >= batch.events[-1].position
        assert all(
            (not aggregates or event.aggregate in aggregates) and (not types or event.type in types)
            for event in batch.events
        )
        got.extend(event.position for event in batch.events)
        store.acknowledge("sync", batch.through)
    assert got == expected
    assert store.consumer("sync").checkpoint == head  # the events after the last match are passed over


def test_a_filter_matching_nothing_still_moves_the_checkpoint_to_the_head(db_url: str, store: Store) -> None:
    head = seed_sample(db_url)
    store.create_consumer("restores", start="start", aggregates=("group",), types=("Restored",))
    assert list(store.consumer_batches("restores", 10)) == []
    assert store.consumer("restores").checkpoint == head


# -- the library: the lease -------------------------------------------------------------------


def test_one_holder_at_a_time_named_in_the_refusal(db_url: str, store: Store) -> None:
    from evtcli.api.consumers import ConsumerBusy

    store.create_consumer("mailer")
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as other:
        with store.holding_consumer("mailer"):
            holder = other.consumer("mailer").holder
            assert holder is not None and f"pid {os.getpid()}" in holder and socket.gethostname() in holder
            with pytest.raises(ConsumerBusy) as refused:
                with other.holding_consumer("mailer"):
                    pytest.fail("a second holder got the consumer")
            message = str(refused.value)
            assert "mailer" in message and f"pid {os.getpid()}" in message and socket.gethostname() in message
            assert refused.value.exit_code == 1
            store.create_consumer("other")
            with other.holding_consumer("other"):  # the lease is per consumer
                pass
        assert other.consumer("mailer").holder is None
        with other.holding_consumer("mailer"):  # released when the block ends
            assert store.consumer("mailer").holder is not None


def test_any_two_consumers_can_be_held_at_once(db_url: str, store: Store) -> None:
    # Two names whose "consumer-NAME" have the same CRC-32: a lock key made from a
    # 32-bit hash of the name would make one consumer's holder refuse the other.
    import zlib

    names = ("c2", "c12753410")
    assert len({zlib.crc32(f"consumer-{name}".encode()) for name in names}) == 1
    for name in names:
        store.create_consumer(name)
    with evtcli.open_store(db_url, password_hasher=CHEAP_HASHER) as other:
        with store.holding_consumer(names[0]), other.holding_consumer(names[1]):
            assert other.consumer(names[0]).holder is not None and store.consumer(names[1]).holder is not None


def test_reading_the_status_never_turns_a_new_holder_away(db_url: str, store: Store) -> None:
    """After a holder died (its row still names it), `consumer list`, `stats` or the web
    page reading the status at the moment a new `consume` starts must not refuse it."""
    from evtcli.api.consumers import ConsumerBusy

    store.create_consumer("mailer")
    stale = "UPDATE consumers SET holder = 'pid 999999 on host gone' WHERE name = 'mailer'"
    execute(db_url, stale)
    assert store.consumer("mailer").holder is None  # a dead holder is not shown
    stop = threading.Event()

    def read_statuses() -> None:
        with evtcli.open_store(db_url) as reader:
            while not stop.is_set():
                reader.consumer("mailer")

    reader = threading.Thread(target=read_statuses, daemon=True)
    reader.start()
    refusals = []
    try:
        for _ in range(60):
            execute(db_url, stale)  # the hold clears the row when it ends: make it stale again
            try:
                with store.holding_consumer("mailer"):
                    pass
            except ConsumerBusy as refused:
                refusals.append(str(refused))
    finally:
        stop.set()
        reader.join(timeout=10)
    assert refusals == []


def test_holding_an_unknown_consumer_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        with store.holding_consumer("nobody"):
            pass


# -- the CLI: consumer create/list/reset/delete ------------------------------------------------


def test_cli_create_list_reset_delete(db_url: str, cli: Cli) -> None:
    head = seed_sample(db_url)
    result = cli("consumer", "create", "mailer", "--type", "Created", "--aggregate", "user")
    assert result.exit_code == 0, result.output
    assert f"created consumer mailer at position {head}" in result.output
    assert "created consumer warehouse at position 0" in cli("consumer", "create", "warehouse", "--from", "start").output
    assert "created consumer sync at position 40" in cli("consumer", "create", "sync", "--from", "40").output
    rows = listed(cli)
    assert set(rows) == {"mailer", "warehouse", "sync"}
    for row in rows.values():
        assert {"name", "aggregates", "types", "checkpoint", "head", "lag", "last_delivery", "held_by"} <= set(row)
        assert row["head"] == head and row["lag"] == head - row["checkpoint"]
        assert row["last_delivery"] is None and row["held_by"] is None
    assert (rows["mailer"]["aggregates"], rows["mailer"]["types"]) == (["user"], ["Created"])
    assert (rows["warehouse"]["checkpoint"], rows["warehouse"]["lag"]) == (0, head)
    assert rows["sync"]["checkpoint"] == 40

    human = cli("consumer", "list")
    assert human.exit_code == 0 and all(name in human.stdout for name in rows)

    assert cli("consumer", "reset", "sync", "--to", "start").exit_code == 0
    assert listed(cli)["sync"]["checkpoint"] == 0
    assert cli("consumer", "reset", "warehouse", "--to", "head").exit_code == 0
    assert listed(cli)["warehouse"]["lag"] == 0
    assert cli("consumer", "delete", "sync").exit_code == 0
    assert set(listed(cli)) == {"mailer", "warehouse"}


@pytest.mark.parametrize("name", ["has space", "x" * 65, "naïve", "a/b"])
def test_cli_bad_name_is_exit_2_and_creates_nothing(db_url: str, cli: Cli, name: str) -> None:
    seed_sample(db_url)
    one_error(cli("consumer", "create", "--", name), 2)
    assert listed(cli) == {}


@pytest.mark.parametrize("value", ["soon", "-1", "1.5"])
def test_cli_bad_from_or_to_is_exit_2(db_url: str, cli: Cli, value: str) -> None:
    seed_sample(db_url)
    one_error(cli("consumer", "create", "mailer", "--from", value), 2)
    assert listed(cli) == {}
    assert cli("consumer", "create", "mailer", "--from", "7").exit_code == 0
    one_error(cli("consumer", "reset", "mailer", "--to", value), 2)
    assert listed(cli)["mailer"]["checkpoint"] == 7


def test_cli_unknown_filter_value_is_exit_2(db_url: str, cli: Cli) -> None:
    seed_sample(db_url)
    one_error(cli("consumer", "create", "mailer", "--aggregate", "invoice"), 2)
    one_error(cli("consumer", "create", "mailer", "--type", "Exploded"), 2)
    assert listed(cli) == {}


def test_cli_duplicate_and_unknown_are_exit_1(db_url: str, cli: Cli, tmp_path: Path) -> None:
    seed_sample(db_url)
    assert cli("consumer", "create", "mailer", "--from", "start").exit_code == 0
    assert "mailer" in one_error(cli("consumer", "create", "mailer"), 1)
    assert listed(cli)["mailer"]["checkpoint"] == 0
    command, out = recorder(tmp_path)
    for args in (
        ("consumer", "reset", "nobody", "--to", "start"),
        ("consumer", "delete", "nobody"),
        ("consume", "nobody", "--", *command),
    ):
        assert "nobody" in one_error(cli(*args), 1)
    assert not out.exists()


def test_cli_reset_to_p_delivers_from_p_plus_one(db_url: str, cli: Cli, tmp_path: Path) -> None:
    head = seed_sample(db_url)
    assert cli("consumer", "create", "warehouse").exit_code == 0
    assert cli("consumer", "reset", "warehouse", "--to", "100").exit_code == 0
    command, out = recorder(tmp_path)
    result = cli("consume", "warehouse", "--batch", "20", "--", *command)
    assert result.exit_code == 0, result.output
    assert delivered(out) == list(range(101, head + 1))
    row = listed(cli)["warehouse"]
    assert (row["checkpoint"], row["lag"]) == (head, 0) and row["last_delivery"] is not None


# -- the CLI: consume -- COMMAND ---------------------------------------------------------------


def test_every_event_is_delivered_exactly_once_in_order(db_url: str, cli: Cli, tmp_path: Path) -> None:
    head = seed_sample(db_url)
    assert cli("consumer", "create", "warehouse", "--from", "start").exit_code == 0
    command, out = recorder(tmp_path, keep_lines=True)
    result = cli("consume", "warehouse", "--batch", "7", "--", *command)
    assert result.exit_code == 0, result.output
    assert delivered(out) == list(range(1, head + 1))
    tail = cli("events", "tail", "-n", str(head), "--jsonl")
    expected_lines = {json.loads(line)["position"]: json.loads(line) for line in tail.stdout.splitlines()}
    for note in records(out):
        assert 1 <= len(note["positions"]) <= 7 and note["ends_with_newline"]
        assert note["consumer"] == "warehouse"
        assert note["sid"] == note["pid"] != os.getsid(0)  # COMMAND leads a session of its own
        assert (int(note["first"]), int(note["last"])) == (note["positions"][0], note["positions"][-1])
        for line in note["lines"]:
            event = json.loads(line)
            assert event == expected_lines[event["position"]]  # as `events tail --jsonl` shows it
            assert "password_hash" not in line
    assert listed(cli)["warehouse"]["checkpoint"] == head
    # Nothing left: a second run does not start the command at all.
    started = len(records(out, kind="start"))
    assert started == len(records(out)) == -(-head // 7)
    again = cli("consume", "warehouse", "--batch", "7", "--", *command)
    assert again.exit_code == 0, again.output
    assert len(records(out, kind="start")) == started


def test_the_default_batch_is_one_event(db_url: str, cli: Cli, tmp_path: Path) -> None:
    seed_sample(db_url)
    assert cli("consumer", "create", "sync", "--from", "145").exit_code == 0
    command, out = recorder(tmp_path)
    assert cli("consume", "sync", "--", *command).exit_code == 0
    assert [note["positions"] for note in records(out)] == [[p] for p in range(146, 153)]


def test_filters_deliver_only_matching_events_through_the_cli(db_url: str, cli: Cli, tmp_path: Path) -> None:
    head = seed_sample(db_url)
    assert cli("consumer", "create", "groups", "--aggregate", "group", "--from", "start").exit_code == 0
    assert cli("consumer", "create", "leavers", "--type", "Destroyed", "--type", "Forgotten", "--from", "start").exit_code == 0
    events = sample_events()
    for name, matches in (
        ("groups", lambda event: event["aggregate"] == "group"),
        ("leavers", lambda event: event["type"] in ("Destroyed", "Forgotten")),
    ):
        command, out = recorder(tmp_path)
        result = cli("consume", name, "--batch", "5", "--", *command)
        assert result.exit_code == 0, result.output
        assert delivered(out) == [event["position"] for event in events if matches(event)]
        assert listed(cli)[name]["checkpoint"] == head


def test_a_failing_command_is_retried_then_exit_1_naming_the_batch(db_url: str, cli: Cli, tmp_path: Path) -> None:
    seed_sample(db_url)
    assert cli("consumer", "create", "mailer", "--from", "10").exit_code == 0
    command, out = recorder(tmp_path, fail_at=17, code=7)
    result = cli("consume", "mailer", "--batch", "4", "--retries", "1", "--", *command)
    error = one_error(result, 1)
    # Batches 11-14 went through; 15-18 failed twice (--retries 1 is two attempts).
    assert delivered(out) == [11, 12, 13, 14]
    failed = records(out, kind="failed")
    assert [note["positions"] for note in failed] == [[15, 16, 17, 18]] * 2
    assert failed[1]["t"] - failed[0]["t"] >= 0.45  # the first backoff waits 0.5 s
    assert re.search(r"\b15\b", error) and re.search(r"\b18\b", error) and re.search(r"\b7\b", error), error
    assert listed(cli)["mailer"]["checkpoint"] == 14

    fixed, fixed_out = recorder(tmp_path)
    again = cli("consume", "mailer", "--batch", "4", "--", *fixed)
    assert again.exit_code == 0, again.output
    assert delivered(fixed_out)[:4] == [15, 16, 17, 18]  # the later run resumes at that batch


def test_consume_needs_a_command_or_jsonl(db_url: str, cli: Cli) -> None:
    seed_sample(db_url)
    assert cli("consumer", "create", "dump", "--from", "start").exit_code == 0
    one_error(cli("consume", "dump"), 2)
    one_error(cli("consume", "dump", "--batch", "0", "--jsonl"), 2)
    assert listed(cli)["dump"]["checkpoint"] == 0
