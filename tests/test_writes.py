"""The write commands' shared options (``evtcli/cli/writes.py``): each write keeps the
command it was typed as in its events' metadata, with the ids it was given, and
prints what it appended the one way writes print."""

from __future__ import annotations

import dataclasses
import json

from evtcli.api import Store

from test_help import TREE


def test_every_write_command_takes_the_same_options() -> None:
    shared = {"correlation_id", "causation_id", "as_json", "as_jsonl", "quiet", "expected_version"}
    writes = {
        path: {param.name for param in command.params} & shared
        for path, command in TREE
        if path[:1] in (("user",), ("group",)) and "correlation_id" in {param.name for param in command.params}
    }
    assert len(writes) == 14  # 9 user commands and 5 group commands, creates included
    for path, names in writes.items():
        expected = shared - {"expected_version"} if path[-1] == "create" else shared
        assert names == expected, path


def test_each_write_keeps_the_command_and_the_ids_in_its_metadata(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ids = ["--correlation-id", "corr-1", "--causation-id", "cause-1"]
    created = cli("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", *ids,
                  input="correct horse")
    assert created.exit_code == 0, created.stderr
    ada = created.stdout.strip()
    bo = store.create_user("Bo", "bo@example.com", "correct horse")
    team = cli("group", "create", "--name", "Team", *ids).stdout.strip()
    commands = [
        ("user", "rename", ada, "--name", "Ada King"),
        ("user", "change-email", ada, "--email", "ada@example.org"),
        ("user", "change-password", ada, "--password-stdin"),
        ("user", "disable", ada, "--reason", "away"),
        ("user", "enable", ada),
        ("group", "rename", team, "--name", "Crew"),
        ("group", "add", team, ada, bo),
        ("group", "remove", team, bo),
        ("group", "destroy", team),
        ("user", "destroy", ada),
        ("user", "restore", ada),
        ("user", "forget", ada, "--yes"),
    ]
    for args in commands:
        result = cli(*args, *ids, "--json", input="another horse")
        assert result.exit_code == 0, (args, result.stderr)
        printed = json.loads(result.stdout)  # one document: an object, or an array of several
        for event in printed if isinstance(printed, list) else [printed]:
            assert event["metadata"]["command"] == " ".join(args[:2]), args
            assert (event["metadata"]["correlation_id"], event["metadata"]["causation_id"]) == ("corr-1", "cause-1")
    stored = [event.metadata["command"] for event in store.history("user", ada)]
    assert stored[0] == "user create" and stored[-1] == "user forget"


def test_a_write_says_what_it_appended_per_event(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    bo = store.create_user("Bo", "bo@example.com", "correct horse")
    team = store.create_group("Team").aggregate_id
    store.rename_user(bo, "Bo Berg")
    result = cli("group", "add", team, ada, bo)
    assert result.exit_code == 0, result.stderr
    assert [line.split(" (")[0] for line in result.stdout.splitlines()] == [
        f"added user Ada <ada@example.com> to group {team}",
        f"added user Bo Berg <bo@example.com> to group {team}",  # named as they are now
    ]
    removed = cli("group", "remove", team, "bo@example.com")
    assert removed.stdout.split(" (")[0] == f"removed user Bo Berg <bo@example.com> from group {team}"


def test_a_message_names_a_stream_it_cannot_find_by_its_id(store: Store) -> None:
    """The lookup reads the names of named streams only, and leaves out what it cannot find."""
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    team = store.create_group("Team").aggregate_id
    added = store.add_members(team, [ada])
    assert store.named_in(added) == {ada: "Ada <ada@example.com>"}
    assert store.named_in([store.rename_group(team, "Crew")]) == {}
    ghost = dataclasses.replace(added[0], payload={"user_id": "00000000-0000-4000-8000-000000000000"})
    assert store.named_in([ghost]) == {}


def test_json_prints_one_document_and_jsonl_a_line_per_event(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    bo = store.create_user("Bo", "bo@example.com", "correct horse")
    team = store.create_group("Team").aggregate_id
    several = cli("group", "add", team, ada, bo, "--json")
    assert several.exit_code == 0, several.stderr
    events = json.loads(several.stdout)  # one document, which json.loads would refuse if there were two
    assert [(e["type"], e["payload"]["user_id"]) for e in events] == [("MemberAdded", ada), ("MemberAdded", bo)]
    one = json.loads(cli("group", "remove", team, ada, "--json").stdout)
    assert (one["type"], one["payload"]["user_id"], one["version"]) == ("MemberRemoved", ada, 4)
    lines = cli("group", "remove", team, bo, "--jsonl").stdout.splitlines()
    assert [json.loads(line)["payload"]["user_id"] for line in lines] == [bo]
    lines = cli("group", "add", team, ada, bo, "--jsonl").stdout.splitlines()
    assert [json.loads(line)["version"] for line in lines] == [6, 7]
    created = cli("group", "create", "--name", "Crew", "--jsonl")
    assert json.loads(created.stdout)["type"] == "Created" and created.stdout.count("\n") == 1
    for refused in (("--json", "--jsonl"), ("-q", "--jsonl"), ("-q", "--json")):
        result = cli("user", "rename", ada, "--name", "Ada King", *refused)
        assert result.exit_code == 2 and result.stderr.startswith(f"error: {refused[0].replace('-q', '--quiet')} and ")
    assert store.head() == 10
