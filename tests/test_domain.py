"""The pure domain: validation, the user aggregate's payloads and fold rules (§7),
canonical JSON, hashes, time.

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

from evtcli.domain.events import Envelope, canonical_json, chain_hash, format_timestamp, parse_timestamp
from evtcli.domain.groups import validate_group_name
from evtcli.domain.users import User, user
from evtcli.domain.validation import (
    NAME_MAX,
    PASSWORD_MAX,
    PASSWORD_MIN,
    email_key,
    password_from_input,
    stored_name,
    stored_reason,
    validate_email,
    validate_name,
    validate_password,
    validate_reason,
)
from evtcli.errors import ExitCode, RuleViolation, ValidationError

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


def fold(state: User | None, event: Envelope) -> User:
    return user.fold(
        state, event.aggregate_id, event.version, event.type, event.schema_version, event.payload, event.recorded_at
    )


def fold_stream(events: list[Envelope]) -> User | None:
    return user.fold_envelopes(events)


def decode(event_type: str, schema_version: int, payload: Any) -> dict[str, Any]:
    return dict(user.decode(event_type, schema_version, payload)[1])


def live_user() -> User:
    return fold(None, envelope(1, "Created", CREATED))


def history(*steps: tuple[str, dict[str, Any]]) -> User:
    """A user created at T0 and then through these (type, payload) events, one second apart."""
    events = [envelope(1, "Created", CREATED)]
    for number, (event_type, payload) in enumerate(steps, start=2):
        events.append(envelope(number, event_type, payload, f"2026-11-22T13:00:{number:02d}.000000Z"))
    state = fold_stream(events)
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
        ("Zoe\u0301", "Zo\u00e9"),  # NFC: e + combining acute is é
        (" \u1100\u1161 ", "\uac00"),  # Hangul jamo compose
        ("\u00c5ngstr\u00f6m", "\u00c5ngstr\u00f6m"),
    ],
)
def test_valid_names_are_trimmed_and_nfc_normalised(raw: str, stored: str) -> None:
    assert validate_name(raw) == stored


@pytest.mark.parametrize(
    "char", ["\u202e", "\u202a", "\u2066", "\u200b", "\u200e", "\u2060", "\ufeff", "\u00ad", "\U000e0041"]
)
def test_format_characters_are_refused_in_names_groups_and_reasons(char: str) -> None:
    for check, what in ((validate_name, "name"), (validate_group_name, "group name"), (validate_reason, "reason")):
        with pytest.raises(ValidationError) as caught:
            check(f"Ada{char}Lovelace")
        assert caught.value.message.startswith(f"{what} contains an invisible format character (U+{ord(char):04X}")


@pytest.mark.parametrize(
    "raw, says",
    [
        ("a" + "\u0301" * 40, "stacks more than 4 combining marks on one character"),
        ("Zalgo" + "\u0336\u0337\u0338\u0339\u033a" + " here", "stacks more than 4 combining marks on one character"),
        ("\u0301" * 40, "starts with a combining mark (U+0301 COMBINING ACUTE ACCENT)"),
        ("  \u20dd Ada", "starts with a combining mark (U+20DD COMBINING ENCLOSING CIRCLE)"),
        ("\u0903x", "starts with a combining mark (U+0903 DEVANAGARI SIGN VISARGA)"),  # Mc too: nothing to sit on
    ],
)
def test_stacked_or_leading_combining_marks_are_refused_in_names_groups_and_reasons(raw: str, says: str) -> None:
    for check, what in ((validate_name, "name"), (validate_group_name, "group name"), (validate_reason, "reason")):
        with pytest.raises(ValidationError) as caught:
            check(raw)
        assert caught.value.message == f"{what} {says}"
        assert caught.value.exit_code == ExitCode.REFUSED


@pytest.mark.parametrize(
    "raw",
    [
        "Nguyễn Thị Minh Khai",  # Vietnamese: two marks on a vowel, composed by NFC
        "e\u0301\u0302\u0303\u0304\u0305",  # NFC takes the first into é: four left, the most allowed
        "a\u0316\u0317\u0318\u0319",  # four that NFC leaves as they are
        "שָׁלוֹם",  # Hebrew points
        "བསྒྲུབས",  # Tibetan: subjoined letters stack
        "देवनागरी",  # Devanagari vowel signs (Mc, Mn) after their consonants
        "x \u0301",  # a mark after a space is on the space, not at the start
    ],
)
def test_names_in_scripts_that_use_a_few_combining_marks_are_accepted(raw: str) -> None:
    assert validate_name(raw)


def test_a_stored_name_with_stacked_marks_still_reads() -> None:
    # Events are never rewritten: a name stored before the rule still folds.
    assert stored_name("a" + "\u0301" * 40) == "a" + "\u0301" * 40


def test_text_already_in_a_log_is_read_by_the_rules_it_was_written_under() -> None:
    # Events are never rewritten: a name stored before NFC and the Cf rule still folds,
    # while a new event (a command's, an import line) must meet today's rules.
    old = {**CREATED, "name": "Zoe\u0301 \u200b", "email": "a" * 65 + "@example.com"}
    assert decode("Created", 1, old) == old
    with pytest.raises(ValidationError, match="invisible format character"):
        user.decode("Created", 1, old, new=True)
    with pytest.raises(ValidationError, match="name 'Zoe\u0301' is not as stored: trimmed, in Unicode NFC"):
        user.decode("Created", 1, {**CREATED, "name": "Zoe\u0301"}, new=True)
    with pytest.raises(ValidationError, match="too long before the @-sign"):
        user.decode("Created", 1, {**CREATED, "email": old["email"]}, new=True)
    assert stored_name(" Ada ") == "Ada" and stored_reason("left") == "left"


def test_reasons_are_trimmed_and_nfc_normalised() -> None:
    assert validate_reason("  cafe\u0301 closed ") == "caf\u00e9 closed"
    assert validate_group_name(" E\u0301quipe ") == "\u00c9quipe"


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
        ("  ada@example.com ", "ada@example.com"),  # trimmed like a name
        ("\u3000ada@example.com\u00a0", "ada@example.com"),
        ("Zoe\u0301@example.com", "Zo\u00e9@example.com"),  # NFC
        ("a" * 64 + "@example.com", "a" * 64 + "@example.com"),
        ("é" * 64 + "@example.com", "é" * 64 + "@example.com"),
    ],
)
def test_valid_emails_are_normalised(raw: str, stored: str) -> None:
    assert validate_email(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "ada",
        "ada@",
        "@example.com",
        "ada@@example.com",
        "a da@example.com",
        "ada@example",
        "ada@exa mple.com",
        "ada@example.com\n",  # a control character is refused, not trimmed, as in a name
        "a" * 65 + "@example.com",  # RFC 5321: at most 64 characters before the @
        "é" * 65 + "@example.com",
        "ada\u200b@example.com",
    ],
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


@pytest.mark.parametrize(
    "password",
    ["", "short77", "x" * (PASSWORD_MAX + 1), " " * 8, " \t \u3000 \u00a0   ", "first line\nsecond", "good-password\r"],
)
def test_passwords_out_of_bounds_are_refused_without_being_echoed(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_password(password)
    if password.strip():
        assert password not in str(caught.value)


@pytest.mark.parametrize(
    "given, password",
    [
        ("good-password", "good-password"),
        ("good-password\n", "good-password"),
        ("good-password\r\n", "good-password"),
        ("  spaced out  \n", "  spaced out  "),
        ("", ""),
    ],
)
def test_password_input_loses_one_trailing_newline(given: str, password: str) -> None:
    assert password_from_input(given) == password


@pytest.mark.parametrize("given", ["one\ntwo", "good-password\n\n", "good-password\r\n\r\n", "a\rb", "pw\r\r\n", "\n\n"])
def test_password_input_of_more_than_one_line_is_refused(given: str) -> None:
    with pytest.raises(ValidationError, match="more than one line") as caught:
        password_from_input(given)
    assert given.strip() not in str(caught.value) or not given.strip()


# -- decoding payloads -------------------------------------------------------------------


def test_valid_payloads_decode() -> None:
    assert decode("Created", 1, CREATED) == CREATED
    assert decode("Destroyed", 1, {}) == {}
    assert decode("Destroyed", 1, {"reason": "left"}) == {"reason": "left"}
    assert decode("Renamed", 1, {"name": "Ada L"}) == {"name": "Ada L"}
    assert decode("EmailChanged", 1, {"email": "ada@example.org"}) == {"email": "ada@example.org"}
    assert decode("PasswordChanged", 1, {"password_hash": HASH}) == {"password_hash": HASH}
    assert decode("Disabled", 1, {}) == {} and decode("Disabled", 1, {"reason": "x"}) == {"reason": "x"}
    assert decode("Enabled", 1, {}) == {}
    assert decode("Restored", 1, {}) == {} and decode("Restored", 1, {"email": "a@example.org"}) == {"email": "a@example.org"}


@pytest.mark.parametrize(
    "event_type, schema_version, payload",
    [
        ("Archived", 1, {}),  # not declared
        ("created", 1, CREATED),  # types are case-sensitive in the log
        ("Created", 3, CREATED),
        ("Forgotten", 1, {"name": "Ada"}),  # holds no personal data
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
        ("Renamed", 1, {}),
        ("Renamed", 1, {"name": "Ada  "}),
        ("EmailChanged", 1, {"email": "ADA@EXAMPLE.COM"}),
        ("PasswordChanged", 1, {"password_hash": "plain text"}),
        ("Enabled", 1, {"reason": "back"}),
        ("Disabled", 1, {"reason": ""}),
        ("Restored", 1, {"email": "nope"}),
    ],
)
def test_payloads_a_command_could_not_have_written_are_refused(
    event_type: str, schema_version: int, payload: Any
) -> None:
    with pytest.raises(ValidationError):
        decode(event_type, schema_version, payload)


@pytest.mark.parametrize("event_type", ["Created", "Destroyed", "PasswordChanged"])
def test_a_plaintext_password_field_is_refused_and_not_echoed(event_type: str) -> None:
    payload = {**CREATED, "password": "hunter2hunter2"} if event_type == "Created" else {"password": "hunter2hunter2"}
    with pytest.raises(ValidationError) as caught:
        decode(event_type, 1, payload)
    assert "hunter2hunter2" not in str(caught.value)


@pytest.mark.parametrize("event_type", ["Created", "PasswordChanged"])
def test_a_plaintext_password_in_the_hash_field_is_not_echoed(event_type: str) -> None:
    payload = {**CREATED, "password_hash": "hunter2hunter2"} if event_type == "Created" else {"password_hash": "hunter2hunter2"}
    with pytest.raises(ValidationError) as caught:
        decode(event_type, 1, payload)
    assert "hunter2hunter2" not in str(caught.value)


# -- fold --------------------------------------------------------------------------------


def test_created_starts_a_stream_at_version_1() -> None:
    state = fold(None, envelope(1, "Created", CREATED, T0))
    assert state == User(
        id=USER_ID,
        name="Ada",
        email="ada@example.com",
        password_hash=HASH,
        status="live",
        version=1,
        created_at=T0,
        updated_at=T0,
    )
    assert (state.deleted, state.disabled) == (False, False)


def test_destroyed_marks_a_live_user_deleted() -> None:
    state = fold(live_user(), envelope(2, "Destroyed", {"reason": "left"}, T1))
    assert (state.deleted, state.status, state.version, state.deleted_at, state.updated_at) == (True, "destroyed", 2, T1, T1)
    assert (state.created_at, state.deleted_reason, state.name) == (T0, "left", "Ada")


def test_fold_stream_applies_every_event_in_order() -> None:
    assert fold_stream([]) is None
    state = fold_stream([envelope(1, "Created", CREATED, T0), envelope(2, "Destroyed", {}, T1)])
    assert state is not None and state.deleted and state.version == 2 and state.deleted_reason is None


def test_each_change_keeps_the_rest_of_the_state() -> None:
    state = history(
        ("Renamed", {"name": "Ada Lovelace"}),
        ("EmailChanged", {"email": "ada@example.org"}),
        ("PasswordChanged", {"password_hash": HASH + "x"}),
    )
    assert (state.name, state.email, state.password_hash, state.status, state.version) == (
        "Ada Lovelace", "ada@example.org", HASH + "x", "live", 4,
    )
    assert state.created_at == T0 and state.updated_at == "2026-11-22T13:00:04.000000Z"


def test_disable_and_enable() -> None:
    disabled = history(("Disabled", {"reason": "on leave"}))
    assert (disabled.status, disabled.disabled, disabled.deleted, disabled.disabled_reason) == ("disabled", True, False, "on leave")
    assert disabled.disabled_at == "2026-11-22T13:00:02.000000Z"
    enabled = history(("Disabled", {"reason": "on leave"}), ("Enabled", {}))
    assert (enabled.status, enabled.disabled, enabled.disabled_at, enabled.disabled_reason) == ("live", False, None, None)


def test_a_disabled_user_may_be_renamed_and_destroyed() -> None:
    state = history(("Disabled", {}), ("Renamed", {"name": "Bea"}), ("EmailChanged", {"email": "bea@example.com"}))
    assert (state.status, state.name, state.email) == ("disabled", "Bea", "bea@example.com")
    assert history(("Disabled", {}), ("Destroyed", {})).status == "destroyed"


def test_restore_brings_a_user_back_as_they_were() -> None:
    live_again = history(("Destroyed", {"reason": "left"}), ("Restored", {}))
    assert (live_again.status, live_again.deleted_at, live_again.deleted_reason, live_again.email) == (
        "live", None, None, "ada@example.com",
    )
    disabled_again = history(("Disabled", {}), ("Destroyed", {}), ("Restored", {"email": "ada@example.org"}))
    assert (disabled_again.status, disabled_again.email, disabled_again.disabled) == ("disabled", "ada@example.org", True)


@pytest.mark.parametrize(
    "steps, refused, says",
    [
        ([], ("Enabled", {}), "it is live"),
        ([], ("Restored", {}), "it is live"),
        ([("Disabled", {})], ("Disabled", {}), "it is disabled"),
        ([("Disabled", {})], ("Restored", {}), "it is disabled"),
        ([("Destroyed", {})], ("Destroyed", {}), "it is destroyed"),
        ([("Destroyed", {})], ("Renamed", {"name": "Bea"}), "it is destroyed"),
        ([("Destroyed", {})], ("EmailChanged", {"email": "bea@example.com"}), "it is destroyed"),
        ([("Destroyed", {})], ("PasswordChanged", {"password_hash": HASH}), "it is destroyed"),
        ([("Destroyed", {})], ("Disabled", {}), "it is destroyed"),
        ([("Destroyed", {})], ("Enabled", {}), "it is destroyed"),
        ([], ("Renamed", {"name": "Ada"}), "is named 'Ada' already"),
        ([], ("EmailChanged", {"email": "ada@example.com"}), "has the email ada@example.com already"),
        ([("Destroyed", {})], ("Restored", {"email": "ada@example.com"}), "had the email ada@example.com already"),
    ],
)
def test_fold_refuses_what_the_status_does_not_allow(
    steps: list[tuple[str, dict[str, Any]]], refused: tuple[str, dict[str, Any]], says: str
) -> None:
    state = history(*steps)
    with pytest.raises(RuleViolation) as caught:
        fold(state, envelope(state.version + 1, *refused))
    assert says in caught.value.message and USER_ID in caught.value.message
    assert caught.value.hint  # every refusal says what to do
    assert history(*steps) == state  # the state is a value; nothing changed it


@pytest.mark.parametrize(
    "history_events, refused",
    [
        ([], envelope(2, "Created", CREATED)),  # a stream starts at version 1
        ([], envelope(1, "Destroyed", {})),  # nothing to destroy
        ([], envelope(1, "Renamed", {"name": "Bea"})),  # only Created starts a stream
        ([envelope(1, "Created", CREATED)], envelope(2, "Created", CREATED)),  # created twice
        ([envelope(1, "Created", CREATED)], envelope(3, "Destroyed", {})),  # a gap
        ([envelope(1, "Created", CREATED)], envelope(1, "Destroyed", {})),  # a repeat
        ([envelope(1, "Created", CREATED), envelope(2, "Destroyed", {})], envelope(3, "Destroyed", {})),
        ([envelope(1, "Created", CREATED), envelope(2, "Destroyed", {})], envelope(3, "Created", CREATED)),
    ],
)
def test_fold_refuses_events_the_rules_do_not_allow(history_events: list[Envelope], refused: Envelope) -> None:
    state = fold_stream(history_events)
    with pytest.raises(RuleViolation):
        fold(state, refused)  # type: ignore[arg-type]
    assert fold_stream(history_events) == state


def test_fold_decodes_the_payload_it_applies() -> None:
    with pytest.raises(ValidationError):
        fold(None, envelope(1, "Created", {**CREATED, "password": "hunter2hunter2"}))  # type: ignore[arg-type]


# -- drafting a command's payload -----------------------------------------------------------


def test_drafts_are_validated_and_normalised() -> None:
    event_type, payload = user.draft("Created", name="  Ada  ", email="Ada@EXAMPLE.com", password_hash=HASH)
    assert (event_type.type, event_type.schema_version) == ("Created", 2)
    assert payload == {"name": "Ada", "email": "Ada@example.com", "password_hash": HASH}
    assert decode("Created", 2, payload) == payload == decode("Created", 1, payload)
    assert user.draft("Destroyed", reason=None)[1] == {}
    assert user.draft("Destroyed", reason="  moved away ")[1] == {"reason": "moved away"}
    assert user.draft("Restored", email="Ada@Example.ORG")[1] == {"email": "Ada@example.org"}


@pytest.mark.parametrize(
    "event_type, values",
    [
        ("Created", {"name": "", "email": "ada@example.com", "password_hash": HASH}),
        ("Created", {"name": "A\x85da", "email": "ada@example.com", "password_hash": HASH}),
        ("Created", {"name": "Ada", "email": "ada@", "password_hash": HASH}),
        ("Created", {"name": "Ada", "email": "ada@example.com"}),
        ("Renamed", {}),
        ("Renamed", {"name": "   "}),
        ("Destroyed", {"reason": ""}),
        ("Destroyed", {"reason": "left\n"}),
        ("Disabled", {"reason": "x" * 1001}),
        ("EmailChanged", {"email": "nope"}),
    ],
)
def test_drafts_refuse_invalid_input(event_type: str, values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        user.draft(event_type, **values)
    assert caught.value.exit_code == ExitCode.REFUSED


def test_the_email_claim_is_held_by_live_and_disabled_users_only() -> None:
    (claim,) = user.claims
    assert claim.key(live_user()) == claim.key(history(("Disabled", {}))) == email_key("ada@example.com")
    assert claim.key(history(("Destroyed", {}))) is None
    assert claim.key(history(("Destroyed", {}), ("Restored", {}))) == email_key("ada@example.com")


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
    for value in (live_user(), created):
        assert HASH not in repr(value)
        assert HASH not in str(value)
    assert "Ada" in repr(live_user())  # the rest is still there to debug with


def test_the_public_state_has_no_password_hash() -> None:
    public = user.public(live_user())
    assert "password_hash" not in public and HASH not in repr(public)
    assert public["id"] == USER_ID and public["version"] == 1 and public["status"] == "live"
    assert user.secret_state_fields == {"password_hash"}
    assert {name for name, kind in user.event_types.items() if kind.secret} == {"Created", "PasswordChanged"}


# -- the group aggregate ------------------------------------------------------------------

from evtcli.domain.groups import Group, group  # noqa: E402

GROUP_ID = "9a1b2c3d-0000-4000-8000-000000000001"
MEMBER = "0b7e6c1a-2f64-4d0e-9a51-6d3c8f1e2a77"


def group_history(*steps: tuple[str, dict[str, Any]]) -> Group:
    state = group.fold(None, GROUP_ID, 1, "Created", 1, {"name": "Admins"}, T0)
    for version, (event_type, payload) in enumerate(steps, start=2):
        state = group.fold(state, GROUP_ID, version, event_type, 1, payload, f"2026-11-22T13:00:{version:02d}.000000Z")
    return state


def test_a_group_keeps_its_members_and_when_they_joined() -> None:
    state = group_history(("MemberAdded", {"user_id": MEMBER}), ("Renamed", {"name": "Root"}))
    assert (state.name, state.status, state.version, dict(state.members)) == (
        "Root", "live", 3, {MEMBER: "2026-11-22T13:00:02.000000Z"},
    )
    assert dict(group_history(("MemberAdded", {"user_id": MEMBER}), ("MemberRemoved", {"user_id": MEMBER, "reason": "left"})).members) == {}
    destroyed = group_history(("MemberAdded", {"user_id": MEMBER}), ("Destroyed", {"reason": "merged"}))
    assert (destroyed.status, dict(destroyed.members), destroyed.destroyed_reason) == ("destroyed", {}, "merged")


@pytest.mark.parametrize(
    "steps, refused, says",
    [
        ([], ("MemberRemoved", {"user_id": MEMBER}), "has no member"),
        ([("MemberAdded", {"user_id": MEMBER})], ("MemberAdded", {"user_id": MEMBER}), "as a member already"),
        ([], ("Renamed", {"name": "Admins"}), "is named 'Admins' already"),
        ([("Destroyed", {})], ("MemberAdded", {"user_id": MEMBER}), "it is destroyed"),
        ([("Destroyed", {})], ("Renamed", {"name": "Root"}), "it is destroyed"),
        ([("Destroyed", {})], ("Destroyed", {}), "it is destroyed"),
    ],
)
def test_group_fold_refusals(steps: list[tuple[str, dict[str, Any]]], refused: tuple[str, dict[str, Any]], says: str) -> None:
    state = group_history(*steps)
    with pytest.raises(RuleViolation, match=says):
        group.fold(state, GROUP_ID, state.version + 1, *refused[:1], 1, refused[1], T2)


@pytest.mark.parametrize(
    "event_type, payload",
    [
        ("Created", {"name": "x" * 101}),
        ("Created", {"name": " Admins"}),
        ("MemberAdded", {"user_id": MEMBER.upper()}),
        ("MemberAdded", {"user_id": "not-an-id"}),
        ("MemberRemoved", {"user_id": MEMBER, "reason": ""}),
        ("MemberAdded", {}),
    ],
)
def test_group_payloads_a_command_could_not_have_written_are_refused(event_type: str, payload: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        group.decode(event_type, 1, payload)


def test_a_group_name_is_claimed_case_insensitively_until_it_is_destroyed() -> None:
    (claim,) = group.claims
    assert claim.key(group_history()) == "admins"
    assert claim.key(group_history(("Destroyed", {}))) is None
    (membership,) = group.memberships
    assert (membership.aggregate, membership.statuses, membership.release) == ("user", {"live", "disabled"}, "MemberRemoved")
    (field, reference), = group.event_types["MemberAdded"].references
    assert (field, reference.aggregate, reference.statuses) == ("user_id", "user", {"live"})


def test_envelope_init_takes_every_field_in_order() -> None:
    # Envelope writes its __init__ out (for speed); it must stay the dataclass's.
    import dataclasses
    import inspect

    assert list(inspect.signature(Envelope.__init__).parameters)[1:] == [field.name for field in dataclasses.fields(Envelope)]
    envelope = Envelope(1, "e", "user", "a", 2, "Created", 1, {"x": 1}, {}, "t", "h")
    assert envelope.to_dict() == dict(zip([field.name for field in dataclasses.fields(Envelope)], [1, "e", "user", "a", 2, "Created", 1, {"x": 1}, {}, "t", "h"]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        envelope.position = 3  # type: ignore[misc]
