"""Validation rules for names, emails, passwords and reasons (§4 of the spec)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from evtcli.errors import ValidationError

NAME_MAX = 200
REASON_MAX = 1000
PASSWORD_MIN = 8
PASSWORD_MAX = 4096  # argon2 copes with more; a cap keeps a pasted file from being hashed
# Combining marks one character may carry, after NFC. Writing needs few: Vietnamese
# two, Hebrew with points and cantillation or Tibetan stacks three or four.
MARKS_MAX = 4


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
    """Return the name as stored (NFC, trimmed, 1 to ``limit`` characters) or raise ValidationError.

    Control characters (Cc) and format characters (Cf: bidirectional overrides such
    as U+202E, zero-width characters such as U+200B) are refused: the first kind
    breaks lines and terminals, the second reorders or hides what a terminal shows.
    So is a name that starts with a combining mark (it has no character to sit
    on), or stacks more than ``MARKS_MAX`` of them on one character (after NFC):
    such stacks spill over the lines above and below.
    """
    return _user_text(raw, what, limit, f"give a {what} of 1 to {limit} characters", tight=True)


def stored_name(raw: str, *, limit: int = NAME_MAX, what: str = "name") -> str:
    """A name already in a log, checked as evtcli stored names before NFC and the Cf
    rule: trimmed, no Cc. Events are never rewritten, so reading them keeps this rule."""
    return _user_text(raw, what, limit, f"give a {what} of 1 to {limit} characters", tight=False)


def _user_text(raw: str, what: str, limit: int, empty_hint: str, *, tight: bool) -> str:
    if not isinstance(raw, str):
        raise ValidationError(f"{what} must be a string")
    bad = _control_character(raw)
    if bad is not None:
        raise ValidationError(
            f"{what} contains a control character (U+{ord(bad):04X})",
            "remove tabs, newlines and other control characters",
        )
    refuse_non_utf8(raw, what)
    # ASCII holds no format character and is NFC already: most text stops here.
    if tight and not raw.isascii():
        bad = _format_character(raw)
        if bad is not None:
            raise ValidationError(
                f"{what} contains an invisible format character (U+{ord(bad):04X} {unicodedata.name(bad, 'unnamed')})",
                "remove bidirectional controls and zero-width characters",
            )
        raw = unicodedata.normalize("NFC", raw)
    text = raw.strip()
    if not text:
        raise ValidationError(f"{what} is empty", empty_hint)
    if tight and not text.isascii():
        _refuse_stacked_marks(text, what)
    if len(text) > limit:
        raise ValidationError(f"{what} is {len(text)} characters long", f"give a {what} of at most {limit} characters")
    return text


def _refuse_stacked_marks(text: str, what: str) -> None:
    """Refuse a leading combining mark (category M) and more than MARKS_MAX
    non-spacing or enclosing marks (Mn, Me: the ones that stack) in a row."""
    category = unicodedata.category
    first = text[0]
    if category(first).startswith("M"):
        raise ValidationError(
            f"{what} starts with a combining mark (U+{ord(first):04X} {unicodedata.name(first, 'unnamed')})",
            f"start the {what} with a letter, digit or symbol",
        )
    stacked = 0
    for char in text:
        stacked = stacked + 1 if category(char) in ("Mn", "Me") else 0
        if stacked > MARKS_MAX:
            raise ValidationError(
                f"{what} stacks more than {MARKS_MAX} combining marks on one character",
                f"give at most {MARKS_MAX} accents or other marks per character",
            )


def _format_character(text: str) -> str | None:
    category = unicodedata.category
    for char in text:
        if category(char) == "Cf":
            return char
    return None


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
    """Return the reason for a destruction as stored (NFC, trimmed; no Cc or Cf) or raise."""
    return _user_text(raw, "reason", REASON_MAX, "leave out --reason or give some text", tight=True)


def stored_reason(raw: str) -> str:
    """A reason already in a log, checked as before NFC and the Cf rule (see stored_name)."""
    return _user_text(raw, "reason", REASON_MAX, "leave out --reason or give some text", tight=False)


def validate_email(raw: str) -> str:
    """Return the email as stored: trimmed like a name, then as email-validator normalises
    it (syntax only, no network), with RFC 5321's 64-character limit on the local part."""
    return _email(raw, strict=True)


def stored_email(raw: str) -> str:
    """An email already in a log, checked as evtcli did before it refused local parts over
    64 characters (email-validator's default then). Events are never rewritten."""
    return _email(raw, strict=False)


def _email(raw: str, *, strict: bool) -> str:
    if not isinstance(raw, str):
        raise ValidationError("email must be a string")
    bad = _control_character(raw)
    if bad is not None:  # refused before trimming, as in a name: "a@b.c\n" is not an email
        raise ValidationError(
            f"email contains a control character (U+{ord(bad):04X})", "give an address like name@example.com"
        )
    raw = raw.strip()
    local, _, domain = raw.partition("@")
    if len(local) <= LOCAL_PART_MAX and _PLAIN_LOCAL.fullmatch(local) is not None:
        # A plain ASCII dot-atom before the @ is valid and kept as it is (the
        # library's own rule), so only the domain needs the library, and a log
        # holds few distinct domains: each is checked once per process. Within the
        # library's length limit the address is then valid exactly when its domain is.
        checked = _checked_domain(domain)
        if checked is not None and len(local) + 1 + checked[1] <= EMAIL_MAX:
            return f"{local}@{checked[0]}"
    return _validate_with_library(raw, strict=strict)


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


def _validate_with_library(raw: str, *, strict: bool = True) -> str:
    # Imported here: email-validator pulls in idna and dnspython-free parsing code
    # that commands which never see an email should not pay for at start-up.
    from email_validator import EmailNotValidError, validate_email as check

    try:
        # strict: the local part's limit of 64 characters (email-validator 2.3 made it optional).
        result = check(raw, check_deliverability=False, strict=strict)
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
    """Refuse passwords that are too short, too long, all whitespace or more than one line.
    The password is never echoed."""
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
    if password.isspace():
        raise ValidationError("password is only whitespace", "choose a password with other characters too")
    if "\n" in password or "\r" in password:
        raise ValidationError(
            "password has more than one line", "give the password on one line (one trailing newline is ignored)"
        )


def password_from_input(text: str) -> str:
    """The password in what ``--password-stdin`` read: one trailing newline (``\\n`` or
    ``\\r\\n``) is stripped, and any other line break means more than one line: refused."""
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if "\n" in text or "\r" in text:
        raise ValidationError(
            "the password on standard input has more than one line",
            "send the password alone, with at most one trailing newline",
        )
    return text


def looks_like_hash(value: object) -> bool:
    """True for a passlib/PHC-style hash string such as ``$argon2id$v=19$…``."""
    return isinstance(value, str) and value.startswith("$") and value.count("$") >= 3


def check_password_hash(value: object) -> str:
    """A stored ``password_hash`` value as it is, or ValidationError when it is no hash.

    Here rather than beside the hasher (:mod:`evtcli.domain.passwords`): the model
    checks stored hashes in every command, and only a few commands hash.
    """
    if not isinstance(value, str) or not looks_like_hash(value):
        raise ValidationError("password_hash is not a passlib hash", "store a hash such as $argon2id$…")
    return value
