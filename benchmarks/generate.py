#!/usr/bin/env python3
"""Generate evtcli event histories as JSON Lines: the sample file and large benchmark files.

    python benchmarks/generate.py -o sample_events.jsonl          # the repository's sample
    python benchmarks/generate.py --events 1000000 -o big.jsonl   # a large synthetic file

Output is deterministic: the same arguments (and ``--seed``) give byte-identical
files. Password hashes are real argon2id hashes with evtcli's parameters; their
salts come from the seeded random generator, which is what makes them repeatable
(never do that for real passwords).

The sample is a realistic history of a few dozen people over several weeks: most
created, some renamed, moved to another email, given a new password, disabled for a
while (and enabled again), some destroyed (with and without a reason), one of them
restored, and some emails used again after their owner was destroyed. Beside them,
teams: formed, joined, left, one renamed and one disbanded; a destroyed user leaves
their teams in the same moment, as ``evtcli user destroy`` does. Each sample
user's password is ``<local part of the email they signed up with>-sample-pw``, e.g.
``amara.okafor-sample-pw``; after a password change it is that followed by ``-2``.
The sample goes through a temporary evtcli store and is written as that store's
export, so it is in canonical export form with positions and hashes.

Large files (``--events N``) are written directly, without positions and hashes
(the importing store assigns them): about a third of the events destroy a user, so
about half the users end up destroyed, and a few freed emails are used again. One
argon2 hash, of ``benchmark-pw``, is computed once and shared by every user.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from evtcli.domain.events import ENVELOPE_FIELDS, canonical_json, format_timestamp
from evtcli.domain.passwords import PasswordHasher

DEFAULT_SEED = 20250901
SAMPLE_START = datetime(2025, 9, 1, 7, 30, tzinfo=timezone.utc)
SAMPLE_DAYS = 42
SALT_BYTES = 16
HASH_BYTES = 32  # passlib's argon2 default digest size
BENCHMARK_PASSWORD = "benchmark-pw"

# (name as the person writes it, local part of their email, domain)
PEOPLE = [
    ("Amara Okafor", "amara.okafor", "example.com"),
    ("Sofia Müller", "sofia.mueller", "example.org"),
    ("Łukasz Kowalski", "lukasz.kowalski", "example.com"),
    ("Chloé Dubois", "chloe.dubois", "example.net"),
    ("Mateo Fernández", "mateo.fernandez", "example.com"),
    ("田中 優希", "yuki.tanaka", "example.org"),
    ("Priya Raghunathan", "priya.raghunathan", "example.com"),
    ("Oluwaseun Adeyemi", "seun.adeyemi", "mail.example.com"),
    ("Søren Kristensen", "soren.kristensen", "example.net"),
    ("Aylin Yılmaz", "aylin.yilmaz", "example.com"),
    ("Nguyễn Thị Hoa", "hoa.nguyen", "example.org"),
    ("Ahmed El-Sayed", "ahmed.elsayed", "example.com"),
    ("Fatima Zahra Benali", "fz.benali", "example.net"),
    ("Jörg Schäfer", "joerg.schaefer", "eu.example.org"),
    ("Ingrid Halvorsen", "ingrid.halvorsen", "example.com"),
    ("Αλέξανδρος Παπαδόπουλος", "alexandros.papadopoulos", "example.org"),
    ("Олена Коваленко", "olena.kovalenko", "example.com"),
    ("Mei-Ling Chen", "meiling.chen", "example.net"),
    ("Kwame Mensah", "kwame.mensah", "example.com"),
    ("Isabela Costa", "isabela.costa", "mail.example.com"),
    ("Diego Ramírez", "diego.ramirez", "example.org"),
    ("Aoife Ní Bhriain", "aoife.nibhriain", "example.com"),
    ("Siddharth Iyer", "sid.iyer", "example.net"),
    ("Hana Nováková", "hana.novakova", "eu.example.org"),
    ("Émile Gagnon", "emile.gagnon", "example.com"),
    ("Zainab Hassan", "zainab.hassan", "example.org"),
    ("Tomás Ó Súilleabháin", "tomas.osullivan", "example.com"),
    ("Lars Eriksson", "lars.eriksson", "example.net"),
    ("Anaïs Lefèvre", "anais.lefevre", "example.com"),
    ("渡辺 健二", "kenji.watanabe", "example.org"),
    ("박민준", "minjun.park", "example.com"),
    ("Camila Rojas", "camila.rojas", "mail.example.com"),
    ("Björn Lindqvist", "bjorn.lindqvist", "example.net"),
    ("Nadia Haddad", "nadia.haddad", "example.com"),
    ("Rafael Oliveira", "rafael.oliveira", "example.org"),
    ("Elif Demir", "elif.demir", "example.com"),
    ("张伟", "wei.zhang", "example.net"),
    ("Thandiwe Dlamini", "thandi.dlamini", "example.com"),
    ("Giulia Romano", "giulia.romano", "eu.example.org"),
    ("Arjun Mehta", "arjun.mehta", "example.com"),
    ("Marta Wiśniewska", "marta.wisniewska", "example.org"),
    ("Dmitri Volkov", "dmitri.volkov", "example.com"),
    ("Leilani Kahale", "leilani.kahale", "example.net"),
    ("Omar Farouk", "omar.farouk", "example.com"),
    ("Saoirse Byrne", "saoirse.byrne", "example.org"),
    ("José María García", "josemaria.garcia", "example.com"),
    ("Noa Levi", "noa.levi", "mail.example.com"),
    ("Tuğba Aksoy", "tugba.aksoy", "example.com"),
]
# Shared mailboxes that pass from one person to the next.
ROLE_MAILBOXES = [("support", "example.org"), ("billing", "example.com")]
REASONS = [
    "left the company",
    "duplicate account",
    "requested deletion of their account",
    "contract ended",
    "spam sign-up",
    "mailbox handed over",
]
OPERATORS = ["anna.ops", "provisioning", "mkowalski", "helpdesk"]
# New names some people take during the sample's weeks.
RENAMES = {
    "Amara Okafor": "Amara Okafor-Bello",
    "Chloé Dubois": "Chloé Martin",
    "Hana Nováková": "Hana Dvořáková",
    "Giulia Romano": "Giulia Romano Ferri",
    "Lars Eriksson": "Lars Eriksson Nyberg",
}
NEW_DOMAIN = "corp.example.com"  # where some move their mailbox
DISABLE_REASONS = ["on parental leave", "suspicious sign-ins", "sabbatical"]


def argon2_hash(password: str, salt: bytes) -> str:
    """An argon2id PHC string with evtcli's parameters and a given salt (passlib verifies it)."""
    from argon2.low_level import Type, hash_secret

    parameters = PasswordHasher()
    return hash_secret(
        password.encode("utf-8"),
        salt,
        time_cost=parameters.time_cost,
        memory_cost=parameters.memory_cost,
        parallelism=parameters.parallelism,
        hash_len=HASH_BYTES,
        type=Type.ID,
    ).decode("ascii")


def sample_password(email: str) -> str:
    """The documented password of a sample user: ``<local part>-sample-pw``."""
    return email.split("@", 1)[0] + "-sample-pw"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# -- the sample -------------------------------------------------------------------------


@dataclass
class _Account:
    name: str
    email: str
    user_id: str
    created: datetime
    # (when, type, payload, command) after Created, in order
    changes: list[tuple[datetime, str, dict[str, Any], str]] = field(default_factory=list)

    @property
    def last(self) -> datetime:
        return self.changes[-1][0] if self.changes else self.created

    def change(self, when: datetime, event_type: str, payload: dict[str, Any], command: str) -> None:
        assert when > self.last
        self.changes.append((when, event_type, payload, command))

    @property
    def destroyed(self) -> datetime | None:
        return next((when for when, kind, _, _ in reversed(self.changes) if kind == "Destroyed"), None)


def _moment(rng: random.Random, after: datetime, within_days: float) -> datetime:
    """A working-hours moment some time after ``after``, with microseconds."""
    moment = after + timedelta(seconds=rng.uniform(600, within_days * 86400))
    hour = 7 + rng.random() * 11
    moment = moment.replace(hour=int(hour), minute=int(hour % 1 * 60), second=rng.randrange(60))
    if moment <= after:
        moment += timedelta(days=1)
    return moment.replace(microsecond=rng.randrange(1_000_000))


def sample_accounts(rng: random.Random) -> list[_Account]:
    """Who is created, changed, destroyed, restored and re-created, and when."""
    accounts: list[_Account] = []
    people = PEOPLE[:]
    rng.shuffle(people)
    for name, local, domain in people:
        created = _moment(rng, SAMPLE_START, SAMPLE_DAYS * 0.7)
        accounts.append(_Account(name, f"{local}@{domain}", _uuid(rng), created))
    staff = accounts[: len(people)]
    # Life goes on: new names, new mailboxes, new passwords, time away.
    for account in staff:
        if account.name in RENAMES:
            account.change(_moment(rng, account.last, 7), "Renamed", {"name": RENAMES[account.name]}, "user rename")
    for account in rng.sample(staff, 4):
        email = account.email.split("@")[0] + "@" + NEW_DOMAIN
        account.change(_moment(rng, account.last, 7), "EmailChanged", {"email": email}, "user change-email")
    for account in rng.sample(staff, 5):
        payload = {"password_hash": "2"}  # hashed in sample_events, in event order
        account.change(_moment(rng, account.last, 7), "PasswordChanged", payload, "user change-password")
    for index, account in enumerate(rng.sample(staff, 4)):
        reason = DISABLE_REASONS[index % len(DISABLE_REASONS)]
        account.change(_moment(rng, account.last, 5), "Disabled", {"reason": reason}, "user disable")
        if index % 2 == 0:
            account.change(_moment(rng, account.last, 10), "Enabled", {}, "user enable")
    # The role mailboxes: a first holder, destroyed at hand-over, then a successor.
    for mailbox, domain in ROLE_MAILBOXES:
        first, second = rng.sample(PEOPLE, 2)
        start = _moment(rng, SAMPLE_START, 5)
        holder = _Account(f"{first[0]} ({mailbox.title()})", f"{mailbox}@{domain}", _uuid(rng), start)
        holder.change(_moment(rng, start, 20), "Destroyed", {"reason": "mailbox handed over"}, "user destroy")
        successor = _Account(
            f"{second[0]} ({mailbox.title()})", holder.email, _uuid(rng), _moment(rng, holder.last, 3)
        )
        accounts += [holder, successor]
    # About a quarter leave; half of them say why; some come back with the same
    # email, as a new account; one destroyed by mistake is restored.
    leavers = rng.sample(staff, len(people) // 4)
    for index, account in enumerate(leavers):
        reason = rng.choice(REASONS[:-1]) if index % 2 == 0 else None
        account.change(_moment(rng, account.last, 14), "Destroyed", {} if reason is None else {"reason": reason}, "user destroy")
        if index % 3 == 0:
            accounts.append(_Account(account.name, account.email, _uuid(rng), _moment(rng, account.last, 7)))
        elif index == 1:
            account.change(_moment(rng, account.last, 2), "Restored", {}, "user restore")
    return accounts


def sample_events(rng: random.Random) -> list[dict[str, Any]]:
    """The sample's events in the order they happened (import input, no positions)."""
    events: list[tuple[datetime, dict[str, Any]]] = []
    onboarding = _uuid(rng)  # the first week's sign-ups share a correlation id
    accounts = sample_accounts(rng)
    for account in accounts:
        metadata: dict[str, Any] = {"actor": rng.choice(OPERATORS), "command": "user create"}
        if account.created < SAMPLE_START + timedelta(days=7):
            metadata["correlation_id"] = onboarding
        payload = {
            "name": account.name,
            "email": account.email,
            "password_hash": argon2_hash(sample_password(account.email), rng.randbytes(SALT_BYTES)),
        }
        events.append((account.created, _event(rng, account, 1, "Created", payload, metadata, account.created)))
        for version, (when, event_type, payload, command) in enumerate(account.changes, start=2):
            metadata = {"actor": rng.choice(OPERATORS), "command": command}
            if event_type == "Destroyed" and payload:
                metadata["causation_id"] = _uuid(rng)  # e.g. the ticket that asked for it
            if event_type == "PasswordChanged":
                password = sample_password(account.email) + "-" + payload["password_hash"]
                payload = {"password_hash": argon2_hash(password, rng.randbytes(SALT_BYTES))}
            events.append((when, _event(rng, account, version, event_type, payload, metadata, when)))
    events += _forgotten(accounts)
    events.sort(key=lambda pair: pair[0])
    return [event for _, event in events]


def _forgotten(accounts: list[_Account]) -> list[tuple[datetime, dict[str, Any]]]:
    """Those who asked for their account to be deleted are forgotten two days later (§9).

    Their events are version 1, written before personal data was sealed: the
    forgetting keeps no key to delete, and ``user forget`` would say so. A random
    generator of its own leaves every other event of the sample as it was.
    """
    rng = random.Random("forgotten")
    events = []
    for account in accounts:
        destroyed = [payload for _, kind, payload, _ in account.changes if kind == "Destroyed"]
        if destroyed and destroyed[-1].get("reason") == "requested deletion of their account":
            when = account.last + timedelta(days=2, hours=3)
            version = len(account.changes) + 2
            metadata = {"actor": rng.choice(OPERATORS), "command": "user forget"}
            events.append((when, _event(rng, account, version, "Forgotten", {}, metadata, when)))
    return events


# The sample's teams: (name, day it is formed, its later name and the day of that, the
# day it is disbanded and why).
TEAMS = [
    ("Platform", 1, None, None, None),
    ("Payments", 2, None, None, None),
    ("Data", 3, ("Data & Analytics", 20), None, None),
    ("Support", 2, None, 30, "merged into Customer Care"),
    ("Customer Care", 29, None, None, None),
    ("admins", 1, None, None, None),
]


def with_groups(rng: random.Random, user_events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The user events with a team history woven in: teams formed, joined, left,
    renamed and disbanded; a destroyed user leaves their teams in the same moment,
    by removals caused by the destruction, as ``evtcli user destroy`` writes them."""
    planned: list[tuple[datetime, dict[str, Any]]] = []
    team_ids = {name: _uuid(rng) for name, *_ in TEAMS}
    for name, formed, renamed, disbanded, why in TEAMS:
        start = SAMPLE_START + timedelta(days=formed, hours=rng.uniform(1, 8))
        planned.append((start, {"group": team_ids[name], "type": "Created", "payload": {"name": name}}))
        if renamed is not None:
            when = SAMPLE_START + timedelta(days=renamed[1], hours=rng.uniform(1, 8))
            planned.append((when, {"group": team_ids[name], "type": "Renamed", "payload": {"name": renamed[0]}}))
        if disbanded is not None:
            when = SAMPLE_START + timedelta(days=disbanded, hours=rng.uniform(1, 8))
            planned.append((when, {"group": team_ids[name], "type": "Destroyed", "payload": {"reason": why}}))
    # People join a team a day or two after they arrive; a few move teams later.
    for event in user_events:
        if event["type"] == "Created" and rng.random() < 0.7:
            joined = _parse(event["recorded_at"]) + timedelta(hours=rng.uniform(20, 60))
            team = rng.choice([name for name, formed, *_ in TEAMS if name != "admins"])
            planned.append((joined, {"group": team_ids[team], "type": "MemberAdded", "payload": {"user_id": event["aggregate_id"]}}))
            if rng.random() < 0.15:
                planned.append((joined, {"group": team_ids["admins"], "type": "MemberAdded", "payload": {"user_id": event["aggregate_id"]}}))
            if rng.random() < 0.25:
                moved = joined + timedelta(days=rng.uniform(5, 15))
                planned.append((moved, {"group": team_ids[team], "type": "MemberRemoved",
                                        "payload": {"user_id": event["aggregate_id"], "reason": "moved to another team"}}))
    merged = [(_parse(event["recorded_at"]), 0, index, event) for index, event in enumerate(user_events)]
    merged += [(when, 1, index, plan) for index, (when, plan) in enumerate(planned)]
    merged.sort(key=lambda item: item[:3])
    return _weave(rng, merged)


def _weave(rng: random.Random, merged: list[tuple[datetime, int, int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Walk the timeline, keep each team's state, and write the events that can happen."""
    status: dict[str, str] = {}  # user id -> live / disabled / destroyed
    teams: dict[str, dict[str, Any]] = {}  # group id -> {"version", "members", "live"}
    out: list[dict[str, Any]] = []
    for when, kind, _, item in merged:
        if kind == 0:
            out.append(item)
            status[item["aggregate_id"]] = {"Destroyed": "destroyed", "Disabled": "disabled"}.get(
                item["type"], "live" if item["type"] in ("Created", "Enabled", "Restored") else status.get(item["aggregate_id"], "live")
            )
            if item["type"] == "Destroyed":
                for group_id, team in teams.items():
                    if item["aggregate_id"] in team["members"]:
                        team["members"].discard(item["aggregate_id"])
                        metadata = {**item["metadata"], "causation_id": item["event_id"]}
                        out.append(_group_event(rng, group_id, team, "MemberRemoved", {"user_id": item["aggregate_id"]}, metadata, item["recorded_at"]))
            continue
        group_id, event_type, payload = item["group"], item["type"], item["payload"]
        if event_type == "Created":
            teams[group_id] = {"version": 0, "members": set(), "live": True}
        elif group_id not in teams:
            continue  # not formed yet: whoever would have joined it joins nothing
        team = teams[group_id]
        user = payload.get("user_id")
        if event_type == "MemberAdded" and (not team["live"] or status.get(user) != "live" or user in team["members"]):
            continue
        if event_type == "MemberRemoved" and (not team["live"] or user not in team["members"]):
            continue
        if event_type == "MemberAdded":
            team["members"].add(user)
        elif event_type == "MemberRemoved":
            team["members"].discard(user)
        elif event_type == "Destroyed":
            team["live"] = False
            team["members"].clear()
        command = {"Created": "group create", "Renamed": "group rename", "MemberAdded": "group add",
                   "MemberRemoved": "group remove", "Destroyed": "group destroy"}[event_type]
        metadata = {"actor": rng.choice(OPERATORS), "command": command}
        out.append(_group_event(rng, group_id, team, event_type, payload, metadata, format_timestamp(when)))
    return out


def _group_event(
    rng: random.Random, group_id: str, team: dict[str, Any], event_type: str, payload: dict[str, Any],
    metadata: dict[str, Any], recorded_at: str,
) -> dict[str, Any]:
    team["version"] += 1
    return {
        "event_id": _uuid(rng),
        "aggregate": "group",
        "aggregate_id": group_id,
        "version": team["version"],
        "type": event_type,
        "schema_version": 1,
        "payload": payload,
        "metadata": metadata,
        "recorded_at": recorded_at,
    }


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _event(
    rng: random.Random,
    account: _Account,
    version: int,
    event_type: str,
    payload: dict[str, Any],
    metadata: dict[str, Any],
    moment: datetime,
) -> dict[str, Any]:
    return {
        "event_id": _uuid(rng),
        "aggregate": "user",
        "aggregate_id": account.user_id,
        "version": version,
        "type": event_type,
        "schema_version": 1,
        "payload": payload,
        "metadata": metadata,
        "recorded_at": format_timestamp(moment),
    }


def write_sample(out: io.TextIOBase, seed: int) -> int:
    """Import the sample into a temporary store and write that store's export."""
    import evtcli

    rng = random.Random(seed)
    events = with_groups(rng, sample_events(rng))
    data = "".join(canonical_json(event) + "\n" for event in events).encode("utf-8")
    with tempfile.TemporaryDirectory() as directory:
        with evtcli.open_store(str(Path(directory) / "sample.db"), create=True) as store:
            store.import_events(io.BytesIO(data))
            count = 0
            for line in store.export_lines():
                out.write(line + "\n")
                count += 1
    return count


# -- large files ------------------------------------------------------------------------


def synthetic_lines(events: int, seed: int) -> Iterator[str]:
    """``events`` canonical lines (no positions or hashes) of many users' histories."""
    rng = random.Random(seed)
    password_hash = argon2_hash(BENCHMARK_PASSWORD, rng.randbytes(SALT_BYTES))
    moment = SAMPLE_START
    live: deque[tuple[str, str, str]] = deque()  # (user_id, name, email) to destroy later
    freed: deque[str] = deque()  # emails of destroyed users, to use again
    created = 0
    for _ in range(events):
        moment += timedelta(microseconds=rng.randrange(1, 2_000_000))
        if live and (rng.random() < 1 / 3):
            user_id, name, email = live.popleft()
            payload: dict[str, Any] = {"reason": rng.choice(REASONS)} if rng.random() < 0.5 else {}
            if rng.random() < 0.1:
                freed.append(email)
            yield _line(rng, user_id, 2, "Destroyed", payload, "user destroy", moment)
            continue
        created += 1
        name, local, domain = PEOPLE[rng.randrange(len(PEOPLE))]
        email = freed.popleft() if freed and rng.random() < 0.5 else f"{local}.{created}@{domain}"
        user_id = _uuid(rng)
        if rng.random() < 0.5:
            live.append((user_id, name, email))
        payload = {"name": name, "email": email, "password_hash": password_hash}
        yield _line(rng, user_id, 1, "Created", payload, "user create", moment)


def _line(
    rng: random.Random,
    user_id: str,
    version: int,
    event_type: str,
    payload: dict[str, Any],
    command: str,
    moment: datetime,
) -> str:
    event = {
        "event_id": _uuid(rng),
        "aggregate": "user",
        "aggregate_id": user_id,
        "version": version,
        "type": event_type,
        "schema_version": 1,
        "payload": payload,
        "metadata": {"actor": "benchmark", "command": command},
        "recorded_at": format_timestamp(moment),
    }
    # Envelope field order, sorted payload and metadata: the export's form, minus
    # the position and hash that the importing store assigns.
    return "{" + ",".join(
        f'"{name}":{canonical_json(event[name])}' for name in ENVELOPE_FIELDS if name in event
    ) + "}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, metavar="N", help="write a large synthetic file of N events")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default: stdout)")
    args = parser.parse_args(argv)
    if args.events is not None and args.events < 0:
        parser.error("--events must not be negative")
    if args.output == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    else:
        out = open(args.output, "w", encoding="utf-8", newline="\n")
    with out:
        if args.events is None:
            count = write_sample(out, args.seed)
        else:
            count = 0
            for line in synthetic_lines(args.events, args.seed):
                out.write(line + "\n")
                count += 1
    print(f"wrote {count} events to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
