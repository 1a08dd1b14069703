"""The pure domain: validation, payload decoding, fold, decide, canonical JSON, hashes, time.

Plain values only: no database, no network.
"""

from __future__ import annotations

import hashlib
import re
import socket
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from evtcli.domain.events import (
    Envelope,
    PendingEvent,
    canonical_json,
    chain_hash,
    format_timestamp,
    parse_timestamp,
)
from evtcli.domain.users import (
    Created,
    Destroyed,
    User,
    decide_create,
    decide_destroy,
    decode,
    fold,
    fold_stream,
)
from evtcli.domain.validation import (
    NAME_MAX,
    PASSWORD_MAX,
    PASSWORD_MIN,
    email_key,
    validate_email,
    validate_name,
    validate_password,
)
from evtcli.errors import ExitCode, NotFound, RuleViolation, ValidationError

USER_ID = "0b7e6c1a-2f64-4d0e-9a51-6d3c8f1e2a77"
HASH = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
CREATED = {"name": "Ada", "email": "ada@example.com", "password_hash": HASH}
T0 = "2026-11-22T13:00:00.000000Z"
T1 = "2026-11-22T14:00:00.000000Z"
T2 = "2026-11-22T15:00:00.000000Z"


def envelope(version: int, type: str, payload: dict[str, Any], recorded_at: str = T0, **changes: Any) -> Envelope:
    fields: dict[str, Any] = dict(
        position=version,
        event_id=str(uuid.uuid4()),
        aggregate="user",
        aggregate_id=USER_ID,
        version=version,
        type=type,
        schema_version=1,
        payload=payload,
        metadata={"actor": "tester", "command": "user create"},
        recorded_at=recorded_at,
        hash="sha256:" + "0" * 64,
    )
    fields.update(changes)
    return Envelope(**fields)


def live_user() -> User:
    state = fold(None, envelope(1, "Created", CREATED))
    assert state is not None
    return state


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("Ada", "Ada"),
        ("  Ada Lovelace  ", "Ada Lovelace"),
        ("\u00a0Ada\u2003", "Ada"),
        ("Zoë 山田", "Zoë 山田"),
        ("🦄", "🦄"),
        ("x" * NAME_MAX, "x" * NAME_MAX),
        ("   " + "y" * NAME_MAX + "   ", "y" * NAME_MAX),
        ("🦄" * NAME_MAX, "🦄" * NAME_MAX),
        ("zero\u200bwidth", "zero\u200bwidth"),  # Cf, not Cc
    ],
)
def test_valid_names_are_trimmed(raw: str, stored: str) -> None:
    assert validate_name(raw) == stored


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "x" * (NAME_MAX + 1), " " + "🦄" * (NAME_MAX + 1)])
def test_empty_or_long_names_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_name(raw)
    assert caught.value.exit_code == ExitCode.REFUSED


@pytest.mark.parametrize("control", ["\t", "\n", "\r", "\x00", "\x1b", "\x7f", "\x85", "\x9f"])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_control_characters_are_refused_anywhere(control: str, where: str) -> None:
    raw = {"start": control + "Ada", "middle": "A" + control + "da", "end": "Ada" + control}[where]
    with pytest.raises(ValidationError):
        validate_name(raw)


def test_a_name_must_be_text() -> None:
    with pytest.raises(ValidationError):
        validate_name(42)  # type: ignore[arg-type]


# -- emails ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, stored",
    [
        ("ada@example.com", "ada@example.com"),
        ("Ada@EXAMPLE.com", "Ada@example.com"),
        ("Ada.Lovelace+notes@Example.org", "Ada.Lovelace+notes@example.org"),
        ("josé@example.com", "josé@example.com"),
        ("用户@例子.广告", "用户@例子.广告"),
    ],
)
def test_valid_emails_are_normalised(raw: str, stored: str) -> None:
    assert validate_email(raw) == stored


@pytest.mark.parametrize(
    "raw",
    ["", "ada", "ada@", "@example.com", "ada@@example.com", "a da@example.com", "ada@example", "ada@exa mple.com"],
)
def test_invalid_emails_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_email(raw)
    assert caught.value.exit_code == ExitCode.REFUSED


def test_email_validation_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("email validation opened a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert validate_email("someone@no-such-domain-for-evtcli-tests.com") == "someone@no-such-domain-for-evtcli-tests.com"


def test_email_keys_ignore_case() -> None:
    assert email_key(validate_email("ADA@Example.COM")) == email_key(validate_email("ada@example.com"))
    assert email_key("ada@example.com") != email_key("bob@example.com")


# -- passwords ---------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["x" * PASSWORD_MIN, "ünïcødé!", "x" * PASSWORD_MAX])
def test_passwords_within_bounds_are_accepted(password: str) -> None:
    assert validate_password(password) is None


@pytest.mark.parametrize("password", ["", "short77", "x" * (PASSWORD_MAX + 1)])
def test_passwords_out_of_bounds_are_refused_without_being_echoed(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_password(password)
    if password:
        assert password not in str(caught.value)


# -- decoding payloads -------------------------------------------------------------------


def test_valid_payloads_decode() -> None:
    assert decode("Created", 1, CREATED) == Created("Ada", "ada@example.com", HASH)
    assert decode("Destroyed", 1, {}) == Destroyed()
    assert decode("Destroyed", 1, {"reason": "left"}) == Destroyed("left")


@pytest.mark.parametrize(
    "event_type, schema_version, payload",
    [
        ("Renamed", 1, {"name": "Ada"}),
        ("Created", 2, CREATED),
        ("Created", 0, CREATED),
        ("Created", 1, {**CREATED, "name": " Ada"}),
        ("Created", 1, {**CREATED, "name": ""}),
        ("Created", 1, {**CREATED, "name": "A\tda"}),
        ("Created", 1, {**CREATED, "email": "Ada@EXAMPLE.com"}),
        ("Created", 1, {**CREATED, "email": "not-an-email"}),
        ("Created", 1, {**CREATED, "password_hash": "correct horse battery"}),
        ("Created", 1, {**CREATED, "password_hash": 12345678}),
        ("Created", 1, {**CREATED, "extra": 1}),
        ("Created", 1, {"name": "Ada", "email": "ada@example.com"}),
        ("Destroyed", 1, {"why": "left"}),
        ("Destroyed", 1, {"reason": " left"}),
        ("Destroyed", 2, {}),
        ("Created", 1, ["not", "an", "object"]),
    ],
)
def test_payloads_a_command_could_not_have_written_are_refused(
    event_type: str, schema_version: int, payload: Any
) -> None:
    with pytest.raises(ValidationError):
        decode(event_type, schema_version, payload)


@pytest.mark.parametrize("event_type", ["Created", "Destroyed"])
def test_a_plaintext_password_field_is_refused_and_not_echoed(event_type: str) -> None:
    payload = {**CREATED, "password": "hunter2hunter2"} if event_type == "Created" else {"password": "hunter2hunter2"}
    with pytest.raises(ValidationError) as caught:
        decode(event_type, 1, payload)
    assert "hunter2hunter2" not in str(caught.value)


def test_a_plaintext_password_in_the_hash_field_is_not_echoed() -> None:
    with pytest.raises(ValidationError) as caught:
        decode("Created", 1, {**CREATED, "password_hash": "hunter2hunter2"})
    assert "hunter2hunter2" not in str(caught.value)


# -- fold --------------------------------------------------------------------------------


def test_created_starts_a_stream_at_version_1() -> None:
    state = fold(None, envelope(1, "Created", CREATED, T0))
    assert state == User(
        id=USER_ID,
        name="Ada",
        email="ada@example.com",
        password_hash=HASH,
        deleted=False,
        version=1,
        created_at=T0,
        updated_at=T0,
    )


def test_destroyed_marks_a_live_user_deleted() -> None:
    state = fold(live_user(), envelope(2, "Destroyed", {"reason": "left"}, T1))
    assert (state.deleted, state.version, state.deleted_at, state.updated_at) == (True, 2, T1, T1)
    assert (state.created_at, state.deleted_reason, state.name) == (T0, "left", "Ada")


def test_fold_stream_applies_every_event_in_order() -> None:
    assert fold_stream([]) is None
    state = fold_stream([envelope(1, "Created", CREATED, T0), envelope(2, "Destroyed", {}, T1)])
    assert state is not None and state.deleted and state.version == 2 and state.deleted_reason is None


@pytest.mark.parametrize(
    "history, refused",
    [
        ([], envelope(2, "Created", CREATED)),  # a stream starts at version 1
        ([], envelope(1, "Destroyed", {})),  # nothing to destroy
        ([envelope(1, "Created", CREATED)], envelope(2, "Created", CREATED)),  # created twice
        ([envelope(1, "Created", CREATED)], envelope(3, "Destroyed", {})),  # a gap
        ([envelope(1, "Created", CREATED)], envelope(1, "Destroyed", {})),  # a repeat
        ([envelope(1, "Created", CREATED), envelope(2, "Destroyed", {})], envelope(3, "Destroyed", {})),
        ([envelope(1, "Created", CREATED), envelope(2, "Destroyed", {})], envelope(3, "Created", CREATED)),
    ],
)
def test_fold_refuses_events_the_rules_do_not_allow(history: list[Envelope], refused: Envelope) -> None:
    state = fold_stream(history)
    with pytest.raises(RuleViolation):
        fold(state, refused)
    assert fold_stream(history) == state  # the state is a value; nothing changed it


def test_fold_decodes_the_payload_it_applies() -> None:
    with pytest.raises(ValidationError):
        fold(None, envelope(1, "Created", {**CREATED, "password": "hunter2hunter2"}))


# -- decide ------------------------------------------------------------------------------


def test_decide_create_validates_and_normalises() -> None:
    pending = decide_create(
        USER_ID, "  Ada  ", "Ada@EXAMPLE.com", HASH, metadata={"actor": "a", "command": "user create"}, recorded_at=T0
    )
    assert (pending.aggregate, pending.aggregate_id, pending.type, pending.schema_version) == ("user", USER_ID, "Created", 1)
    assert pending.payload == {"name": "Ada", "email": "Ada@example.com", "password_hash": HASH}
    assert pending.metadata == {"actor": "a", "command": "user create"}
    assert pending.recorded_at == T0
    assert str(uuid.UUID(pending.event_id)) == pending.event_id
    assert decode(pending.type, pending.schema_version, pending.payload) == Created("Ada", "Ada@example.com", HASH)


def test_each_decision_has_its_own_event_id() -> None:
    first = decide_create(USER_ID, "Ada", "ada@example.com", HASH, metadata={}, recorded_at=T0)
    second = decide_create(USER_ID, "Ada", "ada@example.com", HASH, metadata={}, recorded_at=T0)
    assert first.event_id != second.event_id


@pytest.mark.parametrize("name, email", [("", "ada@example.com"), ("A\x85da", "ada@example.com"), ("Ada", "ada@")])
def test_decide_create_refuses_invalid_input(name: str, email: str) -> None:
    with pytest.raises(ValidationError):
        decide_create(USER_ID, name, email, HASH, metadata={}, recorded_at=T0)


def test_decide_destroy_of_a_live_user() -> None:
    pending = decide_destroy(live_user(), USER_ID, None, metadata={"actor": "a"}, recorded_at=T1)
    assert (pending.type, pending.aggregate_id, pending.payload, pending.recorded_at) == ("Destroyed", USER_ID, {}, T1)
    with_reason = decide_destroy(live_user(), USER_ID, "  moved away ", metadata={}, recorded_at=T1)
    assert with_reason.payload == {"reason": "moved away"}


def test_decide_destroy_refuses_missing_and_destroyed_users() -> None:
    with pytest.raises(NotFound):
        decide_destroy(None, USER_ID, None, metadata={}, recorded_at=T1)
    destroyed = fold(live_user(), envelope(2, "Destroyed", {}, T1))
    with pytest.raises(RuleViolation) as caught:
        decide_destroy(destroyed, USER_ID, None, metadata={}, recorded_at=T2)
    assert caught.value.exit_code == ExitCode.REFUSED


@pytest.mark.parametrize("reason", ["", "   ", "left\n", "x" * 1001])
def test_decide_destroy_refuses_a_bad_reason(reason: str) -> None:
    with pytest.raises(ValidationError):
        decide_destroy(live_user(), USER_ID, reason, metadata={}, recorded_at=T1)


# -- canonical JSON and the hash chain ---------------------------------------------------


def test_canonical_json_is_sorted_compact_raw_utf8() -> None:
    assert canonical_json({"b": 1, "a": ["é", None, True], "c": {"z": 1, "y": 2}}) == '{"a":["é",null,true],"b":1,"c":{"y":2,"z":1}}'
    assert canonical_json({"x": 1, "y": 2}) == canonical_json({"y": 2, "x": 1})


def body(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"event_id": "9d4a1d52-5a52-4c6b-9d8f-0f0b8a0d9b11", "payload": CREATED, **changes}
    payload = fields.pop("payload")
    return envelope(1, "Created", payload, **fields).body()


def test_the_body_is_every_field_but_the_hash() -> None:
    assert "hash" not in body()
    assert set(body()) == {
        "position", "event_id", "aggregate", "aggregate_id", "version", "type",
        "schema_version", "payload", "metadata", "recorded_at",
    }


def test_chain_hash_is_sha256_over_previous_hash_and_canonical_json() -> None:
    previous = "sha256:" + "ab" * 32
    expected = hashlib.sha256((previous + "\n" + canonical_json(body())).encode()).hexdigest()
    assert chain_hash(previous, body()) == "sha256:" + expected
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", chain_hash("", body()))


def test_chain_hash_is_deterministic() -> None:
    assert chain_hash("", body()) == chain_hash("", body())
    reordered = dict(reversed(list(body().items())))
    assert chain_hash("", reordered) == chain_hash("", body())


@pytest.mark.parametrize(
    "changed",
    [
        {"payload": {**CREATED, "name": "Adb"}},
        {"position": 2},
        {"recorded_at": "2026-11-22T13:00:00.000001Z"},
        {"metadata": {"actor": "tester", "command": "user destroy"}},
    ],
)
def test_one_changed_field_changes_the_hash(changed: dict[str, Any]) -> None:
    assert chain_hash("", body(**changed)) != chain_hash("", body())


def test_the_previous_hash_is_part_of_the_hash() -> None:
    assert chain_hash("sha256:" + "0" * 64, body()) != chain_hash("sha256:" + "0" * 63 + "1", body())
    assert chain_hash("", body()) != chain_hash("sha256:" + "0" * 64, body())


# -- timestamps --------------------------------------------------------------------------

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


@pytest.mark.parametrize(
    "moment, text",
    [
        (datetime(2026, 11, 22, 13, 41, 3, 123456, tzinfo=timezone.utc), "2026-11-22T13:41:03.123456Z"),
        (datetime(2026, 11, 22, 13, 41, 3, tzinfo=timezone.utc), "2026-11-22T13:41:03.000000Z"),
        (datetime(2026, 11, 22, 15, 41, 3, 5, tzinfo=timezone(timedelta(hours=2))), "2026-11-22T13:41:03.000005Z"),
        (datetime(2026, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-1))), "2027-01-01T00:30:00.000000Z"),
        (datetime(999, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "0999-01-02T03:04:05.000000Z"),
    ],
)
def test_timestamps_are_utc_with_microseconds_and_z(moment: datetime, text: str) -> None:
    assert format_timestamp(moment) == text
    assert TIMESTAMP.fullmatch(text)
    assert parse_timestamp(text) == moment


def test_naive_datetimes_are_refused_by_the_formatter() -> None:
    with pytest.raises(ValueError):
        format_timestamp(datetime(2026, 11, 22, 13, 0))


def test_formatted_timestamps_sort_like_the_times() -> None:
    moments = [datetime(year, 6, 1, tzinfo=timezone.utc) for year in (5, 999, 1000, 2026, 9999)]
    texts = [format_timestamp(moment) for moment in moments]
    assert sorted(texts) == texts


@pytest.mark.parametrize(
    "text, moment",
    [
        ("2026-11-22T13:00:00", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        ("2026-11-22 13:00", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        ("2026-11-22", datetime(2026, 11, 22, tzinfo=timezone.utc)),
        ("2026-11-22T13:00:00Z", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        ("2026-11-22t13:00:00z", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        ("2026-11-22T15:00:00+02:00", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        ("2026-11-22T08:30:00-04:30", datetime(2026, 11, 22, 13, 0, tzinfo=timezone.utc)),
        (" 2026-11-22T13:00:00.5Z ", datetime(2026, 11, 22, 13, 0, 0, 500000, tzinfo=timezone.utc)),
    ],
)
def test_parse_takes_no_zone_as_utc_and_converts_offsets(text: str, moment: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == moment
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01T00:00:00Z", "2026-11-22T25:00:00"])
def test_unreadable_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_timestamp(text)


# -- secrets stay out of repr ------------------------------------------------------------


def test_no_repr_shows_the_password_hash() -> None:
    created = envelope(1, "Created", CREATED)
    pending = decide_create(USER_ID, "Ada", "ada@example.com", HASH, metadata={}, recorded_at=T0)
    for value in (decode("Created", 1, CREATED), live_user(), created, pending):
        assert HASH not in repr(value)
        assert HASH not in str(value)
    assert "Ada" in repr(live_user())  # the rest is still there to debug with


def test_public_dict_has_no_password_hash() -> None:
    public = live_user().public_dict()
    assert "password_hash" not in public and HASH not in repr(public)
    assert public["id"] == USER_ID and public["version"] == 1


def test_pending_events_are_values() -> None:
    pending = PendingEvent("user", USER_ID, "Destroyed", {}, {}, T0, event_id="e")
    assert pending == PendingEvent("user", USER_ID, "Destroyed", {}, {}, T0, event_id="e")
    with pytest.raises(AttributeError):
        pending.type = "Created"  # type: ignore[misc]
