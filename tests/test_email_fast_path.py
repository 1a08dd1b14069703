"""validate_email's fast path gives exactly what email-validator gives, or the same refusal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtcli.domain import validation
from evtcli.domain.validation import validate_email
from evtcli.errors import ValidationError

EXAMPLES = [
    "ada@example.com",
    "Ab.C@Example.COM",
    "a+tag@sub.example.org",
    "x@münchen.de",
    "x@xn--mnchen-3ya.de",
    "a..b@example.com",
    ".a@example.com",
    "a.@example.com",
    "a@b",
    "a@localhost",
    "a@example.com.",
    "a@@example.com",
    "a@exa mple.com",
    " a@example.com",
    '"quoted"@example.com',
    "Ωmega@example.com",
    "a" * 64 + "@example.com",
    "a" * 65 + "@example.com",
    "a" * 64 + "@" + "b" * 60 + "." + "c" * 60 + "." + "d" * 60 + "." + "e" * 60 + ".com",
    "a" * 60 + "@" + "ü" * 50 + "." + "b" * 60 + "." + "c" * 60 + ".com",
    "",
    "@",
    "plain",
]


def _library(raw: str) -> str | None:
    try:
        return validation._validate_with_library(raw.strip())  # emails are trimmed first, as names are
    except ValidationError:
        return None


def _fast(raw: str) -> str | None:
    try:
        return validate_email(raw)
    except ValidationError:
        return None


@pytest.mark.parametrize("raw", EXAMPLES)
def test_fast_path_agrees_with_the_library(raw: str) -> None:
    assert _fast(raw) == _library(raw)
    assert _fast(raw) == _library(raw)  # and again, from the domain cache


LOCAL = st.text(alphabet="abcXYZ09.+-_'!~\"ü @", min_size=0, max_size=70)
DOMAIN = st.sampled_from(["example.com", "EXAMPLE.org", "münchen.de", "b", "a.b.c.d", "x..y", "-a.com", "a-.com"])


@settings(max_examples=300, deadline=None)
@given(LOCAL, DOMAIN)
def test_fast_path_agrees_on_generated_addresses(local: str, domain: str) -> None:
    raw = f"{local}@{domain}"
    assert _fast(raw) == _library(raw)
