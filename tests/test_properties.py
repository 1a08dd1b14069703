"""Properties that hold for any name or time (command sequences: test_state_machine.py)."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from evtcli.domain.events import canonical_json, format_timestamp, is_canonical, parse_timestamp
from evtcli.domain.validation import NAME_MAX, validate_name
from evtcli.errors import ValidationError

# -- pure properties ---------------------------------------------------------------------


@given(st.text(max_size=NAME_MAX + 20))
def test_a_name_is_accepted_exactly_when_the_rules_allow_it(raw: str) -> None:
    expected = unicodedata.normalize("NFC", raw).strip()
    allowed = (
        not any(unicodedata.category(char) in ("Cc", "Cf") for char in raw)
        and 1 <= len(expected) <= NAME_MAX
    )
    try:
        stored = validate_name(raw)
    except ValidationError:
        assert not allowed
    else:
        assert allowed and stored == expected and validate_name(stored) == stored


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


# Any JSON value: large integers, every float JSON can spell, text with escapes,
# non-ASCII and U+2028/U+2029 (which JSON leaves raw and JavaScript does not).
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
spellings = st.sampled_from(
    [
        canonical_json,
        json.dumps,
        lambda value: json.dumps(value, separators=(",", ":"), ensure_ascii=False),  # keys as given
        lambda value: json.dumps(value, separators=(",", ":"), sort_keys=True),  # \u escapes
    ]
)


@given(st.dictionaries(st.text(), json_values, max_size=6), spellings)
def test_is_canonical_says_whether_text_is_the_canonical_json_of_what_it_holds(value: dict, spell) -> None:
    text = spell(value)
    parsed = json.loads(text)
    assert is_canonical(parsed, text) == (canonical_json(parsed) == text)
    assert is_canonical(parsed, canonical_json(parsed))
