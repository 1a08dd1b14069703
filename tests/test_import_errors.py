"""Bad import input: each is refused with ``error: line N: …``, exit 1, and nothing written."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

import evtcli
from evtcli import jsonl
from evtcli.jsonl import importer, prepare
from evtcli.errors import EvtcliError
from jsonl_events import created, destroyed, jsonl as make_jsonl, uid

from conftest import CHEAP_HASHER, run_evtcli
from test_cli import event_count  # 0 too where a refused first import left no database

# Every import here runs with its lines checked in one process and in two.
pytestmark = pytest.mark.usefixtures("processes")

# Two good lines come first in every case, so the bad line is line 3 unless it says otherwise.
GOOD = [created(1), created(2, name="Bob", email="bob@example.com", minute=1)]


def without(event: dict[str, Any], name: str) -> dict[str, Any]:
    return {key: value for key, value in event.items() if key != name}


def with_payload(event: dict[str, Any], **payload: Any) -> dict[str, Any]:
    return event | {"payload": event["payload"] | payload}


BAD_LINES = {
    "invalid JSON": '{"aggregate": "user",',
    "line ends inside a string": '{"not json',
    "trailing garbage": json.dumps(created(3, email="c@example.com")) + " x",
    "array, not an object": "[1, 2]",
    "string, not an object": '"Created"',
    "null, not an object": "null",
    "number, not an object": "42",
    "NaN in metadata": json.dumps(created(3, email="c@example.com"))[:-1] + ', "metadata": {"x": NaN}}',
    "unknown field": created(3, email="c@example.com", metdata={}),
    **{f"missing {name}": without(created(3, email="c@example.com"), name) for name in jsonl.REQUIRED_FIELDS},
    "version is a string": created(3, email="c@example.com", version="1"),
    "version is a boolean": created(3, email="c@example.com", version=True),
    "version is a float": created(3, email="c@example.com", version=1.0),
    "version is 0": created(3, email="c@example.com", version=0),
    "schema_version is a string": created(3, email="c@example.com", schema_version="1"),
    "schema_version unsupported": created(3, email="c@example.com", schema_version=2),
    "aggregate is a number": created(3, email="c@example.com", aggregate=7),
    "type is null": created(3, email="c@example.com", type=None),
    "payload is an array": created(3, payload=[]),
    "payload is a string": created(3, payload="{}"),
    "metadata is a string": created(3, email="c@example.com", metadata="ops"),
    "metadata is null": created(3, email="c@example.com", metadata=None),
    "aggregate_id is a number": created(3, email="c@example.com", aggregate_id=3),
    "aggregate_id is not a UUID": created(3, email="c@example.com", aggregate_id="user-3"),
    "aggregate_id is upper case": created(3, email="c@example.com", aggregate_id=uid(0xABC).upper()),
    "event_id is not a UUID": created(3, email="c@example.com", event_id="e-3"),
    "recorded_at is a number": created(3, email="c@example.com", recorded_at=1767261600),
    "recorded_at is not a time": created(3, email="c@example.com", recorded_at="yesterday"),
    "recorded_at has a bad date": created(3, email="c@example.com", recorded_at="2026-02-30T10:00:00.000000Z"),
    "recorded_at far in the future": created(3, email="c@example.com", recorded_at="9999-12-31T00:00:00Z"),
    "unknown aggregate": created(3, email="c@example.com", aggregate="order"),
    "unknown type": created(3, email="c@example.com", type="Archived"),
    "version gap": destroyed(1, version=3),
    "Created twice": created(1, version=2, email="ada2@example.com"),
    "Destroyed before Created": destroyed(3, version=1),
    "duplicate live email": created(3, email="ada@example.com"),
    "duplicate live email, other case": created(3, email="ADA@example.com"),
    "plaintext password": with_payload(created(3, email="c@example.com"), password="hunter2hunter2"),
    "plaintext password in metadata": created(3, email="c@example.com", metadata={"password": "hunter2hunter2"}),
    "invalid email": created(3, email="not-an-email"),
    "email not normalised": created(3, email="c@EXAMPLE.com"),
    "empty name": created(3, name="", email="c@example.com"),
    "name not trimmed": created(3, name=" Cy ", email="c@example.com"),
    "name with a control character": created(3, name="Cy\tTab", email="c@example.com"),
    "password_hash is not a hash": with_payload(created(3, email="c@example.com"), password_hash="secret"),
    "unknown payload field": with_payload(created(3, email="c@example.com"), age=3),
    "reason is not a string": destroyed(1, reason=None) | {"payload": {"reason": 5}},
    "same event_id twice, other content": created(3, email="c@example.com", event_id=uid(0xE1)),
    "lone surrogate escape": json.dumps(created(3, email="c@example.com", metadata={"note": "\ud800"})),
    "a field name with a line break": with_payload(created(3, email="c@example.com"), **{"x\rerror: forged": 1}),
    "nested too deeply": '{"aggregate": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "non-UTF-8 byte": json.dumps(created(3, name="Cy", email="c@example.com")).encode().replace(b"Cy", b"C\xff"),
}




@pytest.fixture
def good_file(cli) -> bytes:
    """The store holds GOOD already; cases then import GOOD again plus one bad line."""
    data = make_jsonl(*GOOD)
    assert cli("events", "import", "-", input=data).exit_code == 0
    return data


@pytest.mark.parametrize("bad", list(BAD_LINES.values()), ids=list(BAD_LINES))
def test_bad_line_is_refused_with_its_number(cli, db_url: str, good_file: bytes, bad: Any) -> None:
    if isinstance(bad, dict) and bad.get("event_id") == uid(0xE1):
        # An event id used by line 1 of the same file with other content.
        data = make_jsonl(created(9, email="nine@example.com", event_id=uid(0xE1)), GOOD[1], bad)
    else:
        data = make_jsonl(*GOOD, bad) + make_jsonl(created(4, email="d@example.com"))
    result = cli("events", "import", "-", input=data)
    assert result.exit_code == 1, result.stdout
    assert result.stderr.startswith("error: line 3: "), result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.endswith("\n") and "; " in result.stderr  # one line, \r too
    assert result.stdout == ""
    assert event_count(db_url) == 2
    assert "hunter2" not in result.stderr


def test_each_bad_case_names_the_problem(cli, good_file: bytes) -> None:
    expected = {
        "invalid JSON": "not valid JSON: the line ends before the JSON value does",
        "line ends inside a string": "not valid JSON: the line ends inside a string that starts at column 2",
        "unknown field": "unknown field 'metdata'",
        "missing version": "missing field 'version'",
        "version is a boolean": "version must be an integer, found a boolean",
        "aggregate_id is upper case": "is not in canonical form",
        "recorded_at is not a time": "is not an RFC 3339 time",
        "recorded_at far in the future": "9999-12-31T00:00:00.000000Z is more than 24 hours after this machine's clock",
        "unknown type": "unknown event type 'Archived'",
        "version gap": "version 3 does not follow version 1",
        "Created twice": "already exists",
        "Destroyed before Created": "does not exist: Destroyed cannot start a stream",
        "duplicate live email, other case": f"belongs to user {uid(1)}",
        "plaintext password": "plaintext 'password'",
        "invalid email": "invalid email 'not-an-email'",
        "empty name": "name is empty",
        "non-UTF-8 byte": "is not valid UTF-8",
        "lone surrogate escape": "lone UTF-16 surrogate",
        "nested too deeply": "nested too deeply",
    }
    for case, words in expected.items():
        result = cli("events", "import", "-", input=make_jsonl(*GOOD, BAD_LINES[case]))
        assert words in result.stderr, (case, result.stderr)


# A malformed line and what evtcli says of it (after "error: line N: "), never the
# JSON library's own words ("Invalid control character", "Extra data").
MALFORMED_JSON = {
    '{"not json': "not valid JSON: the line ends inside a string that starts at column 2",
    '"abc': "not valid JSON: the line ends inside a string that starts at column 1",
    "{": "not valid JSON: the line ends before the JSON value does (an object or array is not closed)",
    "[1,": "not valid JSON: the line ends before the JSON value does (an object or array is not closed)",
    "nul": "not valid JSON: expected a value (an object, array, string, number, true, false or null) at column 1",
    '{"a": ]': "not valid JSON: expected a value (an object, array, string, number, true, false or null) at column 7, found ']'",
    '{"a": 1} x': "not valid JSON: more text after the JSON value, at column 10",
    '{"a": 1}}': "not valid JSON: more text after the JSON value, at column 9, found '}'",
    '{"a": 1,}': "not valid JSON: expected a field name in double quotes at column 9, found '}'",
    "{'a': 1}": "not valid JSON: expected a field name in double quotes at column 2, found \"'\"",
    '{"a" 1}': "not valid JSON: expected ':' after the field name at column 6",
    '{"a": 1 "b": 2}': "not valid JSON: expected ',' or the closing bracket at column 9, found '\"'",
    '{"a": "x\ty"}': "not valid JSON: a string holds an unescaped control character (U+0009) at column 9",
    '{"a": "\\q"}': "not valid JSON: a backslash starts no known escape at column 8",
    '{"a": "\\u12"}': "not valid JSON: a \\u escape needs four hex digits, at column 9",
    '{"a": NaN}': "not valid JSON: NaN is not a JSON number",
    '{"password": hunter2}': "not valid JSON: expected a value (an object, array, string, number, true, false or null) at column 14",
}


@pytest.mark.parametrize("line", list(MALFORMED_JSON), ids=list(MALFORMED_JSON))
@pytest.mark.parametrize("ending", ["\n", "\r\n", ""], ids=["LF", "CRLF", "last-line"])
def test_malformed_json_is_said_in_evtcli_s_words(line: str, ending: str) -> None:
    from evtcli.jsonl.lines import parse_line

    with pytest.raises(EvtcliError) as refused:
        parse_line((line + ending).encode(), {})
    assert refused.value.message == MALFORMED_JSON[line]
    assert refused.value.hint == "write one JSON object per line"


def test_a_time_up_to_24_hours_ahead_of_the_clock_is_accepted_and_no_later() -> None:
    from datetime import datetime, timedelta, timezone

    from evtcli.domain.events import format_timestamp
    from evtcli.jsonl.lines import latest_time, parse_line

    now = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
    latest = latest_time(now)
    for ahead, accepted in ((timedelta(hours=24), True), (timedelta(hours=24, microseconds=1), False)):
        line = json.dumps(created(3, email="c@example.com", recorded_at=format_timestamp(now + ahead))).encode()
        if accepted:
            assert parse_line(line, {}, latest=latest).recorded_at == "2026-12-06T12:00:00.000000Z"
        else:
            with pytest.raises(EvtcliError, match="more than 24 hours after"):
                parse_line(line, {}, latest=latest)


def test_destroyed_twice(cli, db_url: str, good_file: bytes) -> None:
    result = cli("events", "import", "-", input=make_jsonl(destroyed(1), destroyed(1, version=3, minute=40)))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: line 2: cannot destroy user {uid(1)}: it is destroyed")
    assert event_count(db_url) == 2


EARLY = "2020-01-01T00:00:00.000000Z"


def test_a_time_before_the_stored_stream_s_last_event_is_refused(cli, db_url: str, good_file: bytes) -> None:
    result = cli("events", "import", "-", input=make_jsonl(destroyed(2), destroyed(1, recorded_at=EARLY)))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: line 2: user {uid(1)} version 2 is recorded at {EARLY}, before its version 1 "
        "(2026-01-01T10:00:00.000000Z); a stream's events are recorded in time order; "
        "correct recorded_at or the order of the lines\n"
    )
    assert event_count(db_url) == 2


def test_a_time_before_the_same_stream_s_earlier_line_is_refused(cli, db_url: str, store) -> None:
    lines = [created(1), created(2, name="Bob", email="bob@example.com", minute=50), destroyed(2, minute=0)]
    lines[2]["recorded_at"] = "2026-01-01T10:49:59.999999Z"
    result = cli("events", "import", "-", input=make_jsonl(*lines))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: line 3: user {uid(2)} version 2 is recorded at 2026-01-01T10:49:59.999999Z")
    assert event_count(db_url) == 0


def test_times_may_go_back_across_streams_and_repeat_within_one(cli, db_url: str) -> None:
    first = created(1, minute=30)
    lines = [first, created(2, name="Bob", email="bob@example.com", recorded_at=EARLY), destroyed(1, recorded_at=first["recorded_at"])]
    result = cli("events", "import", "-", input=make_jsonl(*lines))
    assert result.exit_code == 0, result.stderr
    assert event_count(db_url) == 3


def test_a_version_stored_with_another_event_id(cli, db_url: str, good_file: bytes) -> None:
    other = created(1, event_id=uid(0xF00))
    result = cli("events", "import", "-", input=make_jsonl(other))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: line 1: user {uid(1)} already has a version 1 with another event_id")


def test_a_stored_event_id_with_other_content(cli, db_url: str, good_file: bytes) -> None:
    changed = created(1, name="Ada Changed")  # derived event id, as stored, but other content
    result = cli("events", "import", "-", input=make_jsonl(GOOD[1], changed))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: line 2: event ")
    assert "already stored (position 1) with other content" in result.stderr


def test_email_of_a_live_user_already_in_the_store(cli, db_url: str) -> None:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        store.create_user("Ada", "Ada@example.com", "correct horse")
    result = cli("events", "import", "-", input=make_jsonl(created(1, email="ada@example.com")))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: line 1: email ada@example.com belongs to user ")
    assert event_count(db_url) == 1


def test_a_ten_megabyte_line_is_refused_without_reading_it_whole(cli, db_url: str, good_file: bytes) -> None:
    huge = json.dumps(created(3, name="x" * (10 * 1024 * 1024), email="c@example.com"))
    result = cli("events", "import", "-", input=make_jsonl(*GOOD, huge))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: line 3: the line is longer than 1 MiB")
    assert event_count(db_url) == 2


def test_a_long_blank_line_is_refused_too(cli, db_url: str) -> None:
    result = cli("events", "import", "-", input=make_jsonl(GOOD[0], " " * (3 * jsonl.MAX_LINE_BYTES), GOOD[1]))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: line 2: the line is longer than 1 MiB")
    assert event_count(db_url) == 0


def test_a_long_line_is_read_no_further_than_the_cap() -> None:
    source = io.BytesIO(b"{" + b" " * (5 * jsonl.MAX_LINE_BYTES) + b"}\n")
    lines = prepare._numbered_lines(source)
    number, raw = next(lines)
    assert number == 1 and len(raw) == jsonl.MAX_LINE_BYTES + 1
    assert source.tell() == jsonl.MAX_LINE_BYTES + 1


def test_the_first_bad_line_is_named_even_when_a_later_one_is_worse(cli, good_file: bytes) -> None:
    # Line 3 breaks a rule only the store can check; line 4 is not even JSON.
    result = cli("events", "import", "-", input=make_jsonl(*GOOD, created(3, email="ada@example.com"), "{oops"))
    assert result.stderr.startswith("error: line 3: email ada@example.com belongs to user")


def test_nothing_is_written_when_a_late_chunk_fails(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "CHUNK_EVENTS", 2)  # the name the importer reads
    events = [created(n, email=f"u{n}@example.com", minute=n) for n in range(1, 8)] + [destroyed(99, version=1)]
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        with pytest.raises(EvtcliError) as caught:
            store.import_events(io.BytesIO(make_jsonl(*events)))
        assert str(caught.value).startswith("line 8: ")
        assert store.event_count() == 0
        assert store.list_streams("user", "all") == []
        assert store.projection_status()[0].checkpoint == 0


# -- not errors ------------------------------------------------------------------------


def test_an_empty_file_imports_nothing(cli, db_url: str) -> None:
    result = cli("events", "import", "-", "--json", input=b"")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["read"] == 0
    assert event_count(db_url) == 0


def test_blank_lines_are_skipped_and_counted(cli, db_url: str) -> None:
    data = make_jsonl(GOOD[0], "", "  \t ", GOOD[1]) + b"\r\n"
    result = cli("events", "import", "-", "--json", input=data)
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["appended"], summary["blank_lines"]) == (2, 2, 3)


def test_line_numbers_count_blank_lines(cli) -> None:
    result = cli("events", "import", "-", input=make_jsonl(GOOD[0], "", "{oops"))
    assert result.stderr.startswith("error: line 3: not valid JSON")


def test_crlf_line_ends_and_a_byte_order_mark_are_accepted(cli, db_url: str) -> None:
    data = b"\xef\xbb\xbf" + make_jsonl(*GOOD).replace(b"\n", b"\r\n")
    result = cli("events", "import", "-", input=data)
    assert result.exit_code == 0, result.stderr
    assert event_count(db_url) == 2


def test_a_last_line_without_a_newline(cli, db_url: str) -> None:
    result = cli("events", "import", "-", input=make_jsonl(*GOOD).rstrip(b"\n"))
    assert result.exit_code == 0, result.stderr
    assert event_count(db_url) == 2


# -- the file itself -------------------------------------------------------------------


def test_a_missing_file_is_refused_and_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = run_evtcli("events", "import", str(tmp_path / "nope.jsonl"), db=str(db))
    assert result.returncode == 1
    assert result.stderr == f"error: no file {tmp_path / 'nope.jsonl'}; check the path, or give - to read standard input\n"
    assert not db.exists()


def test_a_directory_is_refused(cli, tmp_path: Path) -> None:
    result = cli("events", "import", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path} is a directory")


def test_a_bad_line_in_a_real_process(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(make_jsonl(*GOOD, destroyed(3, version=1)))
    result = run_evtcli("events", "import", str(path), db=db_url)
    assert result.returncode == 1
    assert result.stderr == (
        f"error: line 3: user {uid(3)} does not exist: Destroyed cannot start a stream; "
        "fix that line and import again (nothing was imported)\n"
    )
    assert result.stdout == ""
    assert event_count(db_url) == 0
