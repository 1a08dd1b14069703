"""Validation rules for names, emails, passwords and reasons (§4 of the spec)."""

from __future__ import annotations

import unicodedata

from evtcli.errors import ValidationError

NAME_MAX = 200
REASON_MAX = 1000
PASSWORD_MIN = 8
PASSWORD_MAX = 4096  # argon2 copes with more; a cap keeps a pasted file from being hashed


def _control_character(text: str) -> str | None:
    for char in text:
        if unicodedata.category(char) == "Cc":
            return char
    return None


def validate_name(raw: str) -> str:
    """Return the trimmed name or raise ValidationError."""
    if not isinstance(raw, str):
        raise ValidationError("name must be a string")
    bad = _control_character(raw)
    if bad is not None:
        raise ValidationError(
            f"name contains a control character (U+{ord(bad):04X})",
            "remove tabs, newlines and other control characters",
        )
    name = raw.strip()
    if not name:
        raise ValidationError("name is empty", "give a name of 1 to 200 characters")
    if len(name) > NAME_MAX:
        raise ValidationError(
            f"name is {len(name)} characters long", f"give a name of at most {NAME_MAX} characters"
        )
    return name


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
    # Imported here: email-validator pulls in idna and dnspython-free parsing code
    # that commands which never see an email should not pay for at start-up.
    from email_validator import EmailNotValidError, validate_email as check

    try:
        result = check(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        shown = raw if len(raw) <= 80 else raw[:77] + "..."
        raise ValidationError(
            f"invalid email {shown!r}: {str(exc).rstrip('.')}", "give an address like name@example.com"
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
