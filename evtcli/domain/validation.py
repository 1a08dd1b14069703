"""Validation rules for names, emails, passwords and reasons (§4 of the spec)."""

from __future__ import annotations

import re
from functools import lru_cache

from evtcli.errors import ValidationError

NAME_MAX = 200
REASON_MAX = 1000
PASSWORD_MIN = 8
PASSWORD_MAX = 4096  # argon2 copes with more; a cap keeps a pasted file from being hashed


# Unicode category Cc is exactly these 65 code points (C0, DEL and C1); a regex finds
# one far faster than asking unicodedata about every character.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _control_character(text: str) -> str | None:
    found = _CONTROL.search(text)
    return None if found is None else found.group()


# Lone surrogates are how Python carries bytes that are not UTF-8 in a command-line
# argument (`--name $'\xff'`); they cannot be stored or hashed as UTF-8 text.
_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_non_utf8(text: str, what: str) -> str:
    """The text as it is, or ValidationError when it carries bytes that are not UTF-8."""
    if _SURROGATE.search(text) is not None:
        raise ValidationError(f"{what} is not valid UTF-8 text", f"give the {what} as UTF-8")
    return text


def validate_name(raw: str, *, limit: int = NAME_MAX, what: str = "name") -> str:
    """Return the trimmed name (of at most ``limit`` characters) or raise ValidationError."""
    if not isinstance(raw, str):
        raise ValidationError(f"{what} must be a string")
    bad = _control_character(raw)
    if bad is not None:
        raise ValidationError(
            f"{what} contains a control character (U+{ord(bad):04X})",
            "remove tabs, newlines and other control characters",
        )
    refuse_non_utf8(raw, what)
    name = raw.strip()
    if not name:
        raise ValidationError(f"{what} is empty", f"give a {what} of 1 to {limit} characters")
    if len(name) > limit:
        raise ValidationError(
            f"{what} is {len(name)} characters long", f"give a {what} of at most {limit} characters"
        )
    return name


# The canonical spelling of a UUID: what str(uuid.UUID(...)) gives.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def validate_id(raw: str) -> str:
    """Return a stream id in its canonical form (lower-case, hyphenated UUID) or raise."""
    if isinstance(raw, str) and _CANONICAL_UUID.fullmatch(raw):
        return raw
    if not isinstance(raw, str):
        raise ValidationError("an id must be a string")
    import uuid

    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise ValidationError(f"{raw[:60]!r} is not an id", "give a full id such as 0b7e6c1a-2f64-4d0e-9a51-6d3c8f1e2a77") from None


def validate_reason(raw: str) -> str:
    """Return the trimmed reason for a destruction or raise ValidationError."""
    if not isinstance(raw, str):
        raise ValidationError("reason must be a string")
    bad = _control_character(raw)
    if bad is not None:
        raise ValidationError(
            f"reason contains a control character (U+{ord(bad):04X})",
            "remove tabs, newlines and other control characters",
        )
    refuse_non_utf8(raw, "reason")
    reason = raw.strip()
    if not reason:
        raise ValidationError("reason is empty", "leave out --reason or give some text")
    if len(reason) > REASON_MAX:
        raise ValidationError(
            f"reason is {len(reason)} characters long", f"keep it to {REASON_MAX} characters"
        )
    return reason


def validate_email(raw: str) -> str:
    """Return the email as email-validator normalises it (syntax only, no network)."""
    if not isinstance(raw, str):
        raise ValidationError("email must be a string")
    local, _, domain = raw.partition("@")
    if len(local) <= LOCAL_PART_MAX and _PLAIN_LOCAL.fullmatch(local) is not None:
        # A plain ASCII dot-atom before the @ is valid and kept as it is (the
        # library's own rule), so only the domain needs the library, and a log
        # holds few distinct domains: each is checked once per process. Within the
        # library's length limit the address is then valid exactly when its domain is.
        checked = _checked_domain(domain)
        if checked is not None and len(local) + 1 + checked[1] <= EMAIL_MAX:
            return f"{local}@{checked[0]}"
    return _validate_with_library(raw)


# RFC 5322 atext, dot-separated: what email-validator accepts unchanged as a local part.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
LOCAL_PART_MAX = 64
EMAIL_MAX = 254  # octets, checked by the library for the address as given, normalised and in IDNA


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> tuple[str, int] | None:
    """(normalised domain, its longest form in octets), or None when the library refuses it."""
    if "@" in domain or len(domain) > EMAIL_MAX:
        return None
    from email_validator import EmailNotValidError, validate_email as check

    try:
        result = check("x@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None  # the whole address goes to the library, for its message
    forms = (domain, result.domain, result.ascii_domain or "")
    return str(result.domain), max(len(form.encode("utf-8")) for form in forms)


def _validate_with_library(raw: str) -> str:
    # Imported here: email-validator pulls in idna and dnspython-free parsing code
    # that commands which never see an email should not pay for at start-up.
    from email_validator import EmailNotValidError, validate_email as check

    try:
        result = check(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        shown = raw if len(raw) <= 80 else raw[:77] + "..."
        raise ValidationError(
            f"invalid email {shown!r}: {exc}", "give an address like name@example.com"
        ) from None
    return result.normalized


def email_key(email: str) -> str:
    """The case-insensitive comparison key of a normalised email."""
    return email.casefold()


def validate_password(password: str) -> None:
    """Refuse passwords that are too short or too long. The password is never echoed."""
    if not isinstance(password, str):
        raise ValidationError("password must be text")
    if len(password) < PASSWORD_MIN:
        raise ValidationError(
            f"password is shorter than {PASSWORD_MIN} characters",
            f"choose a password of at least {PASSWORD_MIN} characters",
        )
    if len(password) > PASSWORD_MAX:
        raise ValidationError(
            f"password is longer than {PASSWORD_MAX} characters",
            f"choose a password of at most {PASSWORD_MAX} characters",
        )
