"""The event envelope, canonical JSON and the tamper-evident hash chain.

An :class:`Envelope` is a stored event exactly as §2 of the spec describes it;
before it is appended (a draft) its position is 0 and its hash empty: the log
assigns both.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

# The order in which envelope fields are written to JSON Lines (export, tail --json).
ENVELOPE_FIELDS = (
    "position",
    "event_id",
    "aggregate",
    "aggregate_id",
    "version",
    "type",
    "schema_version",
    "payload",
    "metadata",
    "recorded_at",
    "hash",
)

# Namespace for event ids derived from (aggregate, aggregate_id, version) on import.
EVENT_ID_NAMESPACE = uuid.UUID("6f1b3c1e-7d0a-4c55-9a53-0e0f5d7b2c41")

HASH_PREFIX = "sha256:"
GENESIS_HASH = ""  # the "previous hash" of the event at position 1


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces and raw UTF-8: one text per value, byte for byte.

    The text is the standard library's (``json`` with sorted keys, compact
    separators, ``ensure_ascii=False``). Nearly every payload and metadata object is
    a flat object of strings, whole numbers, booleans and nulls: for those, orjson
    writes the same bytes several times faster (tests compare the two on generated
    values), and anything it refuses goes to the standard library.
    """
    if type(value) is dict and _flat(value):
        try:
            return _fast_encode(value)
        except TypeError:  # orjson.JSONEncodeError: an integer beyond 64 bits, a lone surrogate
            pass
    return _canonical_encode(value)


# One encoder for every call: json.dumps with options builds a new one each time.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_canonical_encode = _CANONICAL.encode


def _chunks_encoder() -> Any:
    """The C encoder that ``_CANONICAL.encode`` builds on every call, built once.

    Made without the circular-reference check (``markers`` None), so only for values
    parsed from JSON text, which cannot refer to themselves; None where the C encoder
    is missing or takes other arguments (then canonical_json is used instead).
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return None
    encoder = _CANONICAL
    try:
        return make(
            None, encoder.default, json.encoder.encode_basestring, None,  # type: ignore[attr-defined]
            encoder.key_separator, encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan,
        )
    except TypeError:
        return None


_parsed_chunks = _chunks_encoder()


def is_canonical(parsed: Any, text: str) -> bool:
    """True when ``text`` is ``canonical_json(parsed)``, for ``parsed`` read from JSON text
    (as verify reads stored payloads): the same bytes, without rebuilding an encoder per call."""
    if _parsed_chunks is None:
        return _canonical_encode(parsed) == text
    return "".join(_parsed_chunks(parsed, 0)) == text

UNSURE = object()  # fast_loads' answer when only the standard library may read the text

# Events nest a level or two; anything deeper than this is read by the standard library.
_FAST_DEPTH = 32


def fast_loads(raw: bytes | str) -> Any:
    """The JSON value by orjson, when it is sure to be the standard library's too; else UNSURE.

    orjson refuses what the standard library refuses here (bytes that are not
    UTF-8, lone surrogate escapes, NaN), so a text it cannot read goes to the
    standard library, whose error is the one reported. Where both read a text they
    build equal values, but for numbers that are not whole or do not fit 64 bits
    (orjson gives a float for 2**64): a value holding any float is read again by
    the standard library, and so is a deeply nested one (how deep the standard
    library goes depends on the caller's stack). Tests compare the two on
    generated texts.
    """
    try:
        value = _orjson_loads(raw)
    except ValueError:  # orjson.JSONDecodeError
        return UNSURE
    return value if _plain(value, _FAST_DEPTH) else UNSURE


def read_json(text: str) -> Any:
    """A stored JSON text (a payload or metadata) as the standard library reads it, faster."""
    value = fast_loads(text)
    return _stdlib_decode(text) if value is UNSURE else value


# One decoder for every call (json.loads re-checks its arguments on each call).
_stdlib_decode = json.JSONDecoder().decode


def _orjson_loads(raw: bytes | str) -> Any:
    # orjson is loaded on first use, as for encoding.
    global _orjson_loads
    from orjson import loads as _orjson_loads

    return _orjson_loads(raw)


def _plain(value: Any, depth: int) -> bool:
    """False when the value holds a float, or nests deeper than ``depth``."""
    kind = type(value)
    if kind is dict:
        value = value.values()
    elif kind is not list:
        return kind is not float
    if depth == 0:
        return False
    for item in value:
        kind = type(item)
        if kind is float or ((kind is dict or kind is list) and not _plain(item, depth - 1)):
            return False
    return True


# The values both encoders write alike. Floats are not among them: orjson spells some
# differently (1e-07 against 1e-7) and writes NaN as null.
_PLAIN_TYPES = frozenset({str, int, bool, type(None)})


def _flat(value: dict[Any, Any]) -> bool:
    """True for a dict of str keys and plain values (no nesting, no floats, no subclasses)."""
    plain = _PLAIN_TYPES
    for key, item in value.items():
        if type(key) is not str or type(item) not in plain:
            return False
    return True


def _fast_encode(value: dict[str, Any]) -> str:
    # orjson is loaded on first use: read commands, which never encode, do not pay for it.
    global _fast_encode
    import orjson

    dumps, option = orjson.dumps, orjson.OPT_SORT_KEYS

    def _fast_encode(value: dict[str, Any]) -> str:
        return dumps(value, option=option).decode()

    return _fast_encode(value)


def format_timestamp(moment: datetime) -> str:
    """RFC 3339 in UTC with microseconds and ``Z``, e.g. ``2026-11-22T13:41:03.123456Z``."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    # isoformat, not strftime: glibc's %Y does not zero-pad years below 1000, which
    # would break the lexical order that time-travel queries rely on.
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return utc.isoformat(sep="T", timespec="microseconds") + "Z"


def parse_timestamp(text: str) -> datetime:
    """Parse ISO 8601 / RFC 3339; a time without a zone is taken as UTC."""
    moment = datetime.fromisoformat(text.strip().replace("z", "Z"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def derive_event_id(aggregate: str, aggregate_id: str, version: int) -> str:
    """The deterministic event id used when an imported line has none."""
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{aggregate}:{aggregate_id}:{version}"))


@dataclass(frozen=True)
class Envelope:
    """A stored event. ``payload`` may hold a password hash, so it stays out of repr."""

    position: int
    event_id: str
    aggregate: str
    aggregate_id: str
    version: int
    type: str
    schema_version: int
    payload: Mapping[str, Any] = field(repr=False)
    metadata: Mapping[str, Any]
    recorded_at: str
    hash: str

    def __init__(
        self,
        position: int,
        event_id: str,
        aggregate: str,
        aggregate_id: str,
        version: int,
        type: str,
        schema_version: int,
        payload: Mapping[str, Any],
        metadata: Mapping[str, Any],
        recorded_at: str,
        hash: str,
    ) -> None:
        # Written out rather than generated: the dataclass's __init__ sets each field
        # through object.__setattr__ (the class is frozen), several times slower, and
        # an import builds an envelope per line. A test holds these to the fields.
        self.__dict__.update(
            position=position,
            event_id=event_id,
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            version=version,
            type=type,
            schema_version=schema_version,
            payload=payload,
            metadata=metadata,
            recorded_at=recorded_at,
            hash=hash,
        )

    def texts(self) -> tuple[str, str]:
        """The payload and the metadata as the log stores them: canonical JSON text."""
        return canonical_json(self.payload), canonical_json(self.metadata)

    def link(self, position: int, previous_hash: str) -> str | None:
        """The chain hash at ``position`` after ``previous_hash`` if known already (see
        :class:`Prepared`); None: the log computes it."""
        return None

    def checked_payload(self) -> Mapping[str, Any] | None:
        """The payload as the fold reads it if checked already (see :class:`Prepared`)."""
        return None

    def body(self) -> dict[str, Any]:
        """Every field but ``hash``, the input of the chain hash."""
        return {name: getattr(self, name) for name in ENVELOPE_FIELDS if name != "hash"}

    def to_dict(self) -> dict[str, Any]:
        """All fields in envelope order."""
        return {name: getattr(self, name) for name in ENVELOPE_FIELDS}


class Prepared(Envelope):
    """A draft with the costly parts of its write done ahead, as import does them (§5),
    in this process or in a second one while the writer works on earlier lines.

    ``payload_text`` and ``metadata_text`` are the canonical JSON texts the log stores;
    ``decoded`` is the payload as the fold reads it, checked by today's rules already
    (None: the fold decodes it, as for a sealed payload, which only the store's keys
    open); ``guess`` is the chain link the event gets if it is appended at that
    position after that hash: (position, previous hash, hash). The log checks the
    guess and computes the link itself when it is wrong (lines skipped as stored).

    An envelope made from one with :func:`dataclasses.replace` has none of these and
    is written as any other draft.
    """

    payload_text: str | None = None
    metadata_text: str | None = None
    decoded: Mapping[str, Any] | None = None
    guess: tuple[int, str, str] | None = None

    @classmethod
    def of(
        cls,
        fields: Mapping[str, Any],
        payload_text: str,
        metadata_text: str,
        decoded: Mapping[str, Any] | None,
        guess: tuple[int, str, str] | None,
    ) -> Prepared:
        """One made from an envelope's fields (``envelope.__dict__``, or every field by
        name) and the work done ahead."""
        made = object.__new__(cls)
        made.__dict__.update(
            fields, payload_text=payload_text, metadata_text=metadata_text, decoded=decoded, guess=guess
        )
        return made

    def texts(self) -> tuple[str, str]:
        if self.payload_text is None or self.metadata_text is None:
            return super().texts()
        return self.payload_text, self.metadata_text

    def link(self, position: int, previous_hash: str) -> str | None:
        guess = self.guess
        if guess is not None and guess[0] == position and guess[1] == previous_hash:
            return guess[2]
        return None

    def checked_payload(self) -> Mapping[str, Any] | None:
        return self.decoded


def chain_hash(previous_hash: str, body: Mapping[str, Any]) -> str:
    """``sha256:<hex>`` over the previous event's hash, a newline and this event's canonical JSON."""
    digest = hashlib.sha256()
    digest.update(previous_hash.encode("utf-8"))
    digest.update(b"\n")
    digest.update(canonical_json(body).encode("utf-8"))
    return HASH_PREFIX + digest.hexdigest()
