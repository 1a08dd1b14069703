"""orjson, where import and canonical_json use it, gives exactly what the standard library gives.

canonical_json must write the same bytes as ``json`` with sorted keys, compact
separators and raw UTF-8 (the chain hashes and the exported bytes depend on it),
and a line must be read into the same value, or refused with the same error, as
``json.loads`` reads it.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtcli.domain import events
from evtcli.domain.events import canonical_json
from evtcli.errors import ValidationError
from evtcli.jsonl.lines import parse_line

_stdlib_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode

# Characters that JSON escapes or that encoders are known to treat differently: every
# C0 control, quote, backslash, slash, DEL and C1, the line and paragraph separators
# (raw in JSON, escaped by JavaScript-minded encoders), a BOM, the last BMP code
# points, a lone surrogate and characters beyond the BMP.
SPECIAL = [chr(code) for code in range(0x20)] + [
    '"', "\\", "/", "\x7f", "\x80", "\x9f", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
    "\ud800", "\udfff", "é", "ß", "İ", "\U0001f600", "\U0010ffff", "a", "Z", "0", " ",
]
texts = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=12)
integers = st.one_of(
    st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, 10**30, -(10**30), 0]),
)
floats = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e16, 1e-7, 0.1, -0.0, 5e-324, 1e308]))
scalars = st.one_of(st.none(), st.booleans(), integers, floats, texts)
values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(texts, children, max_size=5)),
    max_leaves=12,
)
flat_objects = st.dictionaries(texts, st.one_of(st.none(), st.booleans(), integers, texts), max_size=6)


def _outcome(function: Any, *arguments: Any) -> tuple[str, Any]:
    try:
        return "value", function(*arguments)
    except Exception as exc:  # the same kind of refusal is part of the contract
        return "error", type(exc)


def _same(left: Any, right: Any) -> bool:
    """Equal, of the same types all the way down, dict keys in the same order (floats bit for bit)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right))
    if isinstance(left, float):
        return (math.isnan(left) and math.isnan(right)) or (left == right and math.copysign(1, left) == math.copysign(1, right))
    return left == right


@settings(max_examples=400)
@given(st.one_of(flat_objects, values))
def test_canonical_json_writes_the_standard_librarys_bytes(value: Any) -> None:
    assert _outcome(canonical_json, value) == _outcome(_stdlib_canonical, value)


@pytest.mark.parametrize(
    "value",
    [
        {"name": "Zoë \u2028 \u2029 \x00 \x1f \x7f \" \\ / \U0001f600", "b": 2**64 - 1, "a": -(2**63)},
        {"big": 2**64, "small": -(2**63) - 1},
        {"surrogate": "\ud800"},
        {"\U0001f600": 1, "\uffff": 2, "é": 3, "e": 4, "": 5},
        {"float": 1e-7},
        {"nan": math.nan, "inf": math.inf},
        {1: "not a str key"},
        {},
    ],
)
def test_canonical_json_examples(value: dict[Any, Any]) -> None:
    assert _outcome(canonical_json, value) == _outcome(_stdlib_canonical, value)


def _written(value: Any, how: int) -> bytes:
    if how == 0:
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if how == 1:
        return json.dumps(value, ensure_ascii=True).encode()
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass") + b"\r\n"


def _stdlib_loads(raw: bytes) -> Any:
    return json.loads(raw.decode("utf-8"))


@settings(max_examples=400)
@given(values, st.integers(min_value=0, max_value=2))
def test_fast_loads_reads_what_the_standard_library_reads(value: Any, how: int) -> None:
    raw = _written(value, how)
    fast = events.fast_loads(raw)
    if fast is not events.UNSURE:
        kind, expected = _outcome(_stdlib_loads, raw)
        assert kind == "value" and _same(fast, expected)


@settings(max_examples=400)
@given(st.binary(max_size=40) | st.text(alphabet=st.sampled_from(list('{}[]":,0123456789.eE+- tfnrul\\') + SPECIAL), max_size=30).map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_fast_loads_accepts_nothing_the_standard_library_refuses(raw: bytes) -> None:
    fast = events.fast_loads(raw)
    if fast is not events.UNSURE:
        kind, expected = _outcome(_stdlib_loads, raw)
        assert kind == "value" and _same(fast, expected)


@pytest.mark.parametrize(
    "raw",
    [
        b"12345678901234567890123",
        b"18446744073709551616",
        b"-9223372036854775809",
        b'{"a": 1e400}',
        b'{"a": 1, "a": 2, "b": {"c": 3, "c": 4}}',
        b'"\\ud800"',
        b'"\\ud83d\\ude00"',
        b'"\xed\xa0\x80"',
        b'"\xc0\xaf"',
        b"NaN",
        b"[1, Infinity]",
        b"\xef\xbb\xbf{}",
        b'{"a": "\x01"}',
        b"[" * 40 + b"]" * 40,
        b"[" * 2000 + b"]" * 2000,
        b" \t{}\r\n",
        b"{}\x0c",
        b"{} {}",
        b"-0",
        b"01",
    ],
)
def test_fast_loads_examples(raw: bytes) -> None:
    fast = events.fast_loads(raw)
    if fast is not events.UNSURE:
        kind, expected = _outcome(_stdlib_loads, raw)
        assert kind == "value" and _same(fast, expected)


@settings(max_examples=400)
@given(
    values.map(lambda value: json.dumps(value, ensure_ascii=False))
    | st.text(alphabet=st.sampled_from(list('{}[]":,0123456789.eE+- tfnrul\\') + SPECIAL), max_size=30)
)
def test_read_json_reads_stored_text_as_the_standard_library_does(text: str) -> None:
    fast, slow = _outcome(events.read_json, text), _outcome(json.loads, text)
    assert fast[0] == slow[0]
    if fast[0] == "value":
        assert _same(fast[1], slow[1])


def _line(payload: Any, metadata: Any) -> bytes:
    event = {
        "event_id": "911feb14-48c4-49e0-895f-23965655dfc9",
        "aggregate": "user",
        "aggregate_id": "332459e8-8c29-4b56-9aa3-688e21632001",
        "version": 1,
        "type": "Created",
        "schema_version": 1,
        "payload": payload,
        "metadata": metadata,
        "recorded_at": "2025-09-01T07:30:01.360692Z",
    }
    return json.dumps(event, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"


def _parsed(raw: bytes) -> tuple[str, Any]:
    try:
        event = parse_line(raw, {"actor": "test"})
    except ValidationError as exc:
        return "error", (exc.message, exc.hint)
    return "value", (event, canonical_json(event.payload), canonical_json(event.metadata))


@settings(max_examples=300)
@given(values, values)
def test_parse_line_is_the_same_with_and_without_orjson(payload: Any, metadata: Any) -> None:
    raw = _line(payload, metadata)
    fast = _parsed(raw)
    original = events.fast_loads
    events.fast_loads = lambda raw: events.UNSURE  # the standard library alone, as before orjson
    try:
        slow = _parsed(raw)
    finally:
        events.fast_loads = original
    assert fast[0] == slow[0]
    if fast[0] == "error":
        assert fast == slow
    else:
        assert _same(fast[1][0].payload, slow[1][0].payload) and _same(fast[1][0].metadata, slow[1][0].metadata)
        assert fast[1] == slow[1]


def test_canonical_json_loads_orjson_only_when_it_encodes() -> None:
    # The first call swaps in the loaded encoder; later calls use it directly.
    canonical_json({"a": "b"})
    assert events._fast_encode({"b": 1, "a": None}) == '{"a":null,"b":1}'
