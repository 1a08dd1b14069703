"""Password hashing with argon2 through passlib (the maintained ``libpass`` distribution)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from evtcli.domain.validation import check_password_hash, looks_like_hash
from evtcli.errors import ValidationError

__all__ = ["PasswordCheck", "PasswordHasher", "check_password_hash"]


class PasswordCheck(NamedTuple):
    """The outcome of :meth:`PasswordHasher.check`."""

    ok: bool
    needs_rehash: bool


@dataclass(frozen=True)
class PasswordHasher:
    """Argon2id with explicit parameters.

    The defaults follow RFC 9106's second recommended option (t=3, m=64 MiB, p=4).
    In-process tests may pass cheaper parameters through the library API; the CLI
    always uses these defaults and no environment variable changes them.
    """

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4
    _context: Any = field(default=None, init=False, repr=False, compare=False)

    def _crypt_context(self) -> Any:
        if self._context is None:
            # passlib and argon2-cffi are imported only by commands that hash.
            from passlib.context import CryptContext

            context = CryptContext(
                schemes=["argon2"],
                argon2__type="ID",
                argon2__time_cost=self.time_cost,
                argon2__memory_cost=self.memory_cost,
                argon2__parallelism=self.parallelism,
            )
            object.__setattr__(self, "_context", context)
        return self._context

    def hash(self, password: str) -> str:
        return self._crypt_context().hash(password)

    def verify(self, password: str, password_hash: str) -> bool:
        return bool(self._crypt_context().verify(password, password_hash))

    def needs_update(self, password_hash: str) -> bool:
        """True when the hash was made with other parameters than these."""
        return bool(self._crypt_context().needs_update(password_hash))

    def check(self, password: str, password_hash: str) -> "PasswordCheck":
        """Check a password against a stored hash, and say whether to store a new hash.

        ``needs_rehash`` is true only for a correct password whose hash was made with
        other parameters than these (e.g. before the defaults were raised): that is
        the moment to hash it again and record the new hash (§6's change-password).
        """
        context = self._crypt_context()
        try:
            ok = bool(context.verify(password, password_hash))
        except (ValueError, TypeError):
            raise ValidationError(
                "the stored password hash is not an argon2 hash evtcli can read",
                "run 'evtcli verify'",
            ) from None
        return PasswordCheck(ok=ok, needs_rehash=ok and bool(context.needs_update(password_hash)))

    def decoy_hash(self) -> str:
        """A hash of no password, made with these parameters, for a user who does not exist.

        Checking a password against it costs what checking a real user's hash costs,
        so the time a refusal takes does not tell whether the user exists. Made from
        fixed bytes rather than by hashing: building it costs nothing.
        """
        return (
            f"$argon2id$v=19$m={self.memory_cost},t={self.time_cost},p={self.parallelism}"
            "$ZXZ0Y2xpLWRlY295LXNhbHQ$QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY"
        )

    @staticmethod
    def looks_like_hash(value: str) -> bool:
        """True for a passlib/PHC-style hash string such as ``$argon2id$v=19$…``."""
        return looks_like_hash(value)
