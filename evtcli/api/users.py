"""The user use cases (§4, §7): one method per command, each one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evtcli.api.core import WriteContext
from evtcli.api.writes import StreamWrites
from evtcli.domain.events import Envelope
from evtcli.domain.model import Aggregate
from evtcli.domain.users import DESTROYED, DISABLED, EMAIL_CLAIM, FORGOTTEN, User
from evtcli.domain.validation import email_key, validate_password
from evtcli.errors import AmbiguousReference, NotFound, PasswordMismatch, RuleViolation
from evtcli.projections.streams import StreamTable
from evtcli.store import dialect

if TYPE_CHECKING:
    from evtcli.api.results import Forgetting

USER = "user"


def _plaintext(aggregate: Aggregate, event: Envelope) -> bool:
    """Whether a stored event holds personal data unsealed (a schema version before sealing)."""
    event_type = aggregate.event_types[event.type]
    sealed_since = event_type.sealed_since
    return (
        sealed_since is not None
        and event.schema_version < sealed_since
        and any(name in event.payload for name in event_type.personal)
    )


class UserCommands(StreamWrites):
    """Users: create, change, disable, destroy, restore, forget, check a password."""

    # -- writes ---------------------------------------------------------------------

    def create_user(self, name: str, email: str, password: str, context: WriteContext = WriteContext()) -> str:
        """Append ``Created`` and return the new user's id."""
        return self.create_user_event(name, email, password, context).aggregate_id

    def create_user_event(
        self, name: str, email: str, password: str, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``Created`` and return the event as stored."""
        # Everything is checked before hashing, and hashed before taking the write
        # lock: argon2 is slow on purpose.
        values = self.model.aggregate(USER).normalize("Created", name=name, email=email)
        validate_password(password)
        values["password_hash"] = self.password_hasher.hash(password)
        return self.start_stream(USER, "Created", context, **values)

    def check_new_user(self, name: str, email: str) -> None:
        """Refuse, reading only, what :meth:`create_user` would refuse of the name and
        email: a terminal asks for a password only when the user could be created."""
        email = self.model.aggregate(USER).normalize("Created", name=name, email=email)["email"]
        with self._read() as conn:
            holder = self._users.holder(conn, EMAIL_CLAIM.name, email_key(email))
        if holder is not None:
            raise RuleViolation(f"{EMAIL_CLAIM.name} {email} belongs to {USER} {holder}", EMAIL_CLAIM.hint)

    def _user_command(
        self, user: str, type_name: str, *, expected_version: int | None, context: WriteContext, **values: object
    ) -> Envelope:
        return self.append_event(
            USER, user, type_name, expected_version=expected_version, context=context, **values
        )

    def rename_user(
        self, user: str, name: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``Renamed``."""
        return self._user_command(user, "Renamed", name=name, expected_version=expected_version, context=context)

    def change_email(
        self, user: str, email: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``EmailChanged``; the new email must be free (§7)."""
        return self._user_command(user, "EmailChanged", email=email, expected_version=expected_version, context=context)

    def check_password_change(self, user: str, *, expected_version: int | None = None) -> None:
        """Refuse, reading only, what :meth:`change_password` would refuse of the user."""
        self.check_event(USER, user, "PasswordChanged", expected_version=expected_version)

    def change_password(
        self, user: str, password: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``PasswordChanged`` with a new hash of ``password``."""
        validate_password(password)
        password_hash = self.password_hasher.hash(password)
        return self._user_command(
            user, "PasswordChanged", password_hash=password_hash, expected_version=expected_version, context=context
        )

    def disable_user(
        self,
        user: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Envelope:
        """Append ``Disabled`` to a live user."""
        return self._user_command(user, "Disabled", reason=reason, expected_version=expected_version, context=context)

    def enable_user(
        self, user: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``Enabled`` to a disabled user."""
        return self._user_command(user, "Enabled", expected_version=expected_version, context=context)

    def destroy_user(
        self,
        user: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Envelope:
        """Append ``Destroyed`` to a live or disabled user; with ``expected_version``, only at that version."""
        return self._user_command(user, "Destroyed", reason=reason, expected_version=expected_version, context=context)

    def restore_user(
        self,
        user: str,
        *,
        email: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Envelope:
        """Append ``Restored`` to a destroyed user, under a new email when given."""
        return self._user_command(user, "Restored", email=email, expected_version=expected_version, context=context)

    def forget_user(
        self,
        user: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Forgetting:
        """Forget a user (§9): in one transaction append ``Forgotten``, remove them from
        every group, delete their key and snapshots and scrub their ``users`` row; then push the
        freed bytes out of the database files.

        Returns the event and the positions of the user's events that keep personal
        data in plaintext (written before sealing existed), which no key can erase.
        """
        event = self._user_command(user, "Forgotten", reason=reason, expected_version=expected_version, context=context)
        scrubbed = dialect.scrub_freed_space(
            self.engine,
            [table.name for table in self.schema.key_tables],
            [self._users.table.name, self.projections.snapshots.tables[USER].name],
        )
        with self._read() as conn:
            stream = self.log.read_stream(conn, USER, event.aggregate_id)
            plaintext = [e.position for e in stream if _plaintext(self.model.aggregate(USER), e)]
        from evtcli.api.results import Forgetting

        return Forgetting(event, plaintext, scrubbed)

    # -- signing in -------------------------------------------------------------------

    def check_password(self, user: str, password: str) -> User:
        """The user when ``password`` is theirs and they are live; else a typed refusal.

        A caller learns nothing about a user whose password it does not know: an
        unknown, forgotten or destroyed user and a wrong password get the same
        refusal, word for word (naming the user as given), and the same work: the
        password is checked against a stored hash whatever happens, a decoy one for a
        user who does not exist or has none any more, so the time taken does not tell
        them apart either. Only the right password learns that its user is disabled
        or destroyed.
        """
        mismatch = PasswordMismatch(f"the password does not match user {user}", "check the user and the password")
        with self._read() as conn:
            try:
                found = self._users.load(conn, self.references.resolve(conn, USER, user))
            except NotFound:
                found = None
            except AmbiguousReference:  # it lists ids, not whose password this is; it costs the same
                self.password_hasher.check(password, self.password_hasher.decoy_hash())
                raise
        if found is None or found.status == FORGOTTEN:
            self.password_hasher.check(password, self.password_hasher.decoy_hash())
            raise mismatch
        if not self.password_hasher.check(password, found.password_hash).ok:
            raise mismatch
        if found.status == DESTROYED:
            raise PasswordMismatch(
                f"the password matches, but user {found.id} is destroyed", "restore it with 'evtcli user restore'"
            )
        if found.status == DISABLED:
            raise PasswordMismatch(
                f"the password matches, but user {found.id} is disabled", "enable it with 'evtcli user enable'"
            )
        return found

    @property
    def _users(self) -> StreamTable:
        return self.stream_table(USER)
