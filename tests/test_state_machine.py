"""Random sequences of every user and group command, checked against a plain-Python
model (§7, §8).

A hypothesis state machine drives create, rename, change-email, change-password,
disable, enable, destroy, restore and check-password of users, and create, rename,
add, remove and destroy of groups, through the library API, with right, wrong and
absent ``expected_version``s and small pools of names and emails so that clashes
happen often. The model predicts, for every command, whether the store accepts it
or which error refuses it. After every step:

- each user and group in the projections is what the model says, and no group holds
  a destroyed user;
- the projection equals a fresh fold of the log (``diff_projections``);
- ``verify`` passes;
- export → import into an empty database → export is byte-identical.

Runs on every backend; each example gets a database of its own.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from conftest import CHEAP_HASHER, PostgresServer, copy_into, exported_with_keys
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

import evtcli
from evtcli import ConcurrencyConflict, EvtcliError, RuleViolation, ValidationError
from evtcli.api import Store
from evtcli.domain.model import ERASED
from evtcli.domain.validation import email_key, validate_email
from evtcli.errors import PasswordMismatch

NAMES = ["Ada", "Bob", " Ada ", "Zoë 山田"]
GROUP_NAMES = ["Admins", "ADMINS", "Ops"]
EMAILS = ["ada@example.com", "ADA@example.com", "bob@example.com", "zoë@example.org", "not-an-email"]
PASSWORDS = ["first password", "second password"]

expectations = st.sampled_from(["none", "right", "wrong"])


# A destroyed or forgotten user holds no email and may not be changed but by restore.
GONE = ("destroyed", "forgotten")


@dataclass
class ExpectedGroup:
    """What the model holds of one group."""

    name: str
    status: str = "live"
    version: int = 1
    members: set[str] = field(default_factory=set)


@dataclass
class Expected:
    """What the model holds of one user."""

    name: str
    email: str
    password: str
    status: str = "live"
    version: int = 1
    disabled: bool = False


def make_machine(new_database: Callable[[], Iterator[str]]) -> type[RuleBasedStateMachine]:
    class UserLife(RuleBasedStateMachine):
        users = Bundle("users")
        groups = Bundle("groups")

        def __init__(self) -> None:
            super().__init__()
            self._database = new_database()
            self.store: Store = evtcli.open_store(next(self._database), create=True, password_hasher=CHEAP_HASHER)
            self.model: dict[str, Expected] = {}
            self.teams: dict[str, ExpectedGroup] = {}

        def teardown(self) -> None:
            self.store.close()
            self._database.close()

        # -- predicting -------------------------------------------------------------

        def holder(self, email: str, other_than: str | None = None) -> str | None:
            key = email_key(email)
            for user_id, user in self.model.items():
                if user_id != other_than and user.status not in GONE and email_key(user.email) == key:
                    return user_id
            return None

        def version_for(self, user_id: str, expectation: str) -> int | None:
            current = self.model[user_id].version
            return {"none": None, "right": current, "wrong": current + 3}[expectation]

        def run(
            self, user_id: str, expectation: str, refusal: type[EvtcliError] | None, call: Callable[[int | None], Any],
            caused: int = 0,
        ) -> bool:
            """Run a command on an existing user; True when it was (rightly) accepted.

            ``caused``: how many events on other streams it writes as well.
            """
            if expectation == "wrong":
                refusal = ConcurrencyConflict if refusal is not ValidationError else refusal
            head = self.store.head()
            if refusal is None:
                event = call(self.version_for(user_id, expectation))
                assert event.aggregate_id == user_id and event.version == self.model[user_id].version + 1
                self.model[user_id].version += 1
                assert self.store.head() == head + 1 + caused
                return True
            with pytest.raises(refusal):
                call(self.version_for(user_id, expectation))
            assert self.store.head() == head  # a refused command writes nothing
            return False

        # -- a start that makes the deeper paths likely --------------------------------

        @initialize(target=users)
        def first_user(self) -> str:
            user_id = self.store.create_user("First", "first@example.com", PASSWORDS[0])
            self.model[user_id] = Expected("First", "first@example.com", PASSWORDS[0])
            return user_id

        @initialize(target=groups)
        def first_group(self) -> str:
            group_id = self.store.create_group("Team").aggregate_id
            self.teams[group_id] = ExpectedGroup("Team")
            return group_id

        # -- rules --------------------------------------------------------------------

        @rule(target=users, name=st.sampled_from(NAMES), email=st.sampled_from(EMAILS))
        def create(self, name: str, email: str) -> Any:
            try:
                normalized = validate_email(email)
            except ValidationError:
                with pytest.raises(ValidationError):
                    self.store.create_user(name, email, PASSWORDS[0])
                return multiple()
            if self.holder(normalized) is not None:
                with pytest.raises(RuleViolation):
                    self.store.create_user(name, email, PASSWORDS[0])
                return multiple()
            user_id = self.store.create_user(name, email, PASSWORDS[0])
            self.model[user_id] = Expected(name.strip(), normalized, PASSWORDS[0])
            return user_id

        @rule(user=users, name=st.sampled_from(NAMES), expectation=expectations)
        def rename(self, user: str, name: str, expectation: str) -> None:
            expected = self.model[user]
            refused = expected.status in GONE or expected.name == name.strip()
            if self.run(user, expectation, RuleViolation if refused else None,
                        lambda v: self.store.rename_user(user, name, expected_version=v)):
                expected.name = name.strip()

        @rule(user=users, email=st.sampled_from(EMAILS), expectation=expectations)
        def change_email(self, user: str, email: str, expectation: str) -> None:
            expected = self.model[user]
            try:
                normalized = validate_email(email)
            except ValidationError:
                self.run(user, expectation, ValidationError, lambda v: self.store.change_email(user, email, expected_version=v))
                return
            refused = (
                expected.status in GONE or expected.email == normalized or self.holder(normalized, user) is not None
            )
            if self.run(user, expectation, RuleViolation if refused else None,
                        lambda v: self.store.change_email(user, email, expected_version=v)):
                expected.email = normalized

        @rule(user=users, password=st.sampled_from(PASSWORDS), expectation=expectations)
        def change_password(self, user: str, password: str, expectation: str) -> None:
            expected = self.model[user]
            refused = expected.status in GONE
            if self.run(user, expectation, RuleViolation if refused else None,
                        lambda v: self.store.change_password(user, password, expected_version=v)):
                expected.password = password

        @rule(user=users, reason=st.sampled_from([None, "on leave"]), expectation=expectations)
        def disable(self, user: str, reason: str, expectation: str) -> None:
            expected = self.model[user]
            if self.run(user, expectation, None if expected.status == "live" else RuleViolation,
                        lambda v: self.store.disable_user(user, reason=reason, expected_version=v)):
                expected.status, expected.disabled = "disabled", True

        @rule(user=users, expectation=expectations)
        def enable(self, user: str, expectation: str) -> None:
            expected = self.model[user]
            if self.run(user, expectation, None if expected.status == "disabled" else RuleViolation,
                        lambda v: self.store.enable_user(user, expected_version=v)):
                expected.status, expected.disabled = "live", False

        @rule(user=users, reason=st.sampled_from([None, "left"]), expectation=expectations)
        def destroy(self, user: str, reason: str, expectation: str) -> None:
            expected = self.model[user]
            # Every group the user is in lets them go, in the same transaction.
            left = [team for team in self.teams.values() if user in team.members]
            if self.run(user, expectation, RuleViolation if expected.status in GONE else None,
                        lambda v: self.store.destroy_user(user, reason=reason, expected_version=v), caused=len(left)):
                expected.status = "destroyed"
                for team in left:
                    team.members.discard(user)
                    team.version += 1

        @rule(user=users, reason=st.sampled_from([None, "asked to be forgotten"]), expectation=expectations)
        def forget(self, user: str, reason: str, expectation: str) -> None:
            expected = self.model[user]
            left = [team for team in self.teams.values() if user in team.members]
            if self.run(user, expectation, RuleViolation if expected.status == "forgotten" else None,
                        lambda v: self.store.forget_user(user, reason=reason, expected_version=v).event, caused=len(left)):
                expected.status, expected.name, expected.email = "forgotten", ERASED, ERASED
                for team in left:
                    team.members.discard(user)
                    team.version += 1

        @rule(user=users, email=st.sampled_from([None, *EMAILS[:4]]), expectation=expectations)
        def restore(self, user: str, email: str, expectation: str) -> None:
            expected = self.model[user]
            wanted = expected.email if email is None else validate_email(email)
            refused = (
                expected.status != "destroyed"
                or (email is not None and wanted == expected.email)
                or self.holder(wanted, user) is not None
            )
            if self.run(user, expectation, RuleViolation if refused else None,
                        lambda v: self.store.restore_user(user, email=email, expected_version=v)):
                expected.status = "disabled" if expected.disabled else "live"
                expected.email = wanted

        @rule(user=users, password=st.sampled_from(PASSWORDS))
        def check_password(self, user: str, password: str) -> None:
            expected = self.model[user]
            head = self.store.head()
            if expected.status == "live" and expected.password == password:
                assert self.store.check_password(user, password).id == user
            else:
                with pytest.raises(PasswordMismatch):
                    self.store.check_password(user, password)
            assert self.store.head() == head

        # -- groups -------------------------------------------------------------------------

        def team_holder(self, name: str, other_than: str | None = None) -> str | None:
            for group_id, team in self.teams.items():
                if group_id != other_than and team.status == "live" and team.name.casefold() == name.casefold():
                    return group_id
            return None

        def run_group(self, group_id: str, expectation: str, refusal: type[EvtcliError] | None, call: Callable[[int | None], Any], events: int = 1) -> bool:
            team = self.teams[group_id]
            if expectation == "wrong":
                refusal = ConcurrencyConflict
            version = {"none": None, "right": team.version, "wrong": team.version + 3}[expectation]
            head = self.store.head()
            if refusal is None:
                call(version)
                team.version += events
                assert self.store.head() == head + events
                return True
            with pytest.raises(refusal):
                call(version)
            assert self.store.head() == head
            return False

        @rule(target=groups, name=st.sampled_from(GROUP_NAMES))
        def create_group(self, name: str) -> Any:
            if self.team_holder(name) is not None:
                with pytest.raises(RuleViolation):
                    self.store.create_group(name)
                return multiple()
            group_id = self.store.create_group(name).aggregate_id
            self.teams[group_id] = ExpectedGroup(name)
            return group_id

        @rule(group=groups, name=st.sampled_from(GROUP_NAMES), expectation=expectations)
        def rename_group(self, group: str, name: str, expectation: str) -> None:
            team = self.teams[group]
            refused = team.status == "destroyed" or team.name == name or self.team_holder(name, group) is not None
            if self.run_group(group, expectation, RuleViolation if refused else None,
                              lambda v: self.store.rename_group(group, name, expected_version=v)):
                team.name = name

        @rule(group=groups, user=users, expectation=expectations)
        def add_member(self, group: str, user: str, expectation: str) -> None:
            team = self.teams[group]
            refused = team.status == "destroyed" or user in team.members or self.model[user].status != "live"
            if self.run_group(group, expectation, RuleViolation if refused else None,
                              lambda v: self.store.add_members(group, [user], expected_version=v)):
                team.members.add(user)

        @rule(group=groups, user=users, expectation=expectations)
        def remove_member(self, group: str, user: str, expectation: str) -> None:
            team = self.teams[group]
            refused = team.status == "destroyed" or user not in team.members
            if self.run_group(group, expectation, RuleViolation if refused else None,
                              lambda v: self.store.remove_members(group, [user], expected_version=v)):
                team.members.discard(user)

        @rule(group=groups, expectation=expectations)
        def destroy_group(self, group: str, expectation: str) -> None:
            team = self.teams[group]
            if self.run_group(group, expectation, RuleViolation if team.status == "destroyed" else None,
                              lambda v: self.store.destroy_group(group, expected_version=v)):
                team.status = "destroyed"
                team.members.clear()

        # -- after every step ------------------------------------------------------------

        @invariant()
        def projection_is_the_model(self) -> None:
            stored = {user.id: user for user in self.store.list_streams("user", "all")}
            assert set(stored) == set(self.model)
            for user_id, expected in self.model.items():
                user = stored[user_id]
                assert (user.name, user.email, user.status, user.version, user.disabled) == (
                    expected.name, expected.email, expected.status, expected.version, expected.disabled,
                )

        @invariant()
        def groups_are_the_model(self) -> None:
            stored = {group.id: group for group in self.store.list_streams("group", "all")}
            assert set(stored) == set(self.teams)
            for group_id, team in self.teams.items():
                found = self.store.fold_stream("group", group_id)
                members = self.store.group_members(group_id, limit=None).members
                assert (found.name, found.status, found.version) == (team.name, team.status, team.version)
                assert {member[0] for member in members} == team.members == set(found.members)
                assert stored[group_id].member_count == len(team.members)
                assert all(self.model[user].status not in GONE for user in team.members)

        @invariant()
        def projection_is_a_fresh_fold_and_verify_passes(self) -> None:
            assert self.store.diff_projections() == []
            report = self.store.verify()
            assert report.ok, report.problems
            assert dict(report.streams) == {"user": len(self.model), "group": len(self.teams)}

        @invariant()
        def export_import_export_is_byte_identical(self) -> None:
            exported, keys = exported_with_keys(self.store)
            # Keys travel for every user but the forgotten, whose keys are gone.
            keyed = {json.loads(line)["aggregate_id"] for line in keys.decode().splitlines()}
            assert keyed == {user_id for user_id, user in self.model.items() if user.status != "forgotten"}
            with tempfile.TemporaryDirectory() as directory:
                with evtcli.open_store(str(Path(directory) / "copy.db"), create=True) as copy:
                    copy_into(copy, exported, keys)
                    assert "".join(line + "\n" for line in copy.export_lines()).encode() == exported
                    assert copy.diff_projections() == []

    return UserLife


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_any_sequence_of_user_commands_keeps_log_projection_and_exports_consistent(
    backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":

        def new_database() -> Iterator[str]:
            with tempfile.TemporaryDirectory() as directory:
                yield str(Path(directory) / "evtcli.db")

        examples = 40
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")

        def new_database() -> Iterator[str]:
            name, url = server.create_database()
            try:
                yield url
            finally:
                server.drop_database(name)

        examples = 15
    run_state_machine_as_test(
        make_machine(new_database),
        settings=settings(
            max_examples=examples,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
