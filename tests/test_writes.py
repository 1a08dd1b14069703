"""The write commands' shared options (``evtcli/cli/writes.py``): each write keeps the
command it was typed as in its events' metadata, with the ids it was given, and
prints what it appended the one way writes print."""

from __future__ import annotations

import json

from evtcli.api import Store

from test_help import TREE


def test_every_write_command_but_create_takes_the_same_options() -> None:
    shared = {"correlation_id", "causation_id", "as_json", "quiet", "expected_version"}
    writes = {
        path: {param.name for param in command.params} & shared
        for path, command in TREE
        if path[:1] in (("user",), ("group",)) and "correlation_id" in {param.name for param in command.params}
    }
    assert len(writes) == 14  # 10 user commands and 5 group commands, but user create and group create
    for path, names in writes.items():
        expected = shared - {"quiet", "expected_version"} if path[-1] == "create" else shared
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
        for line in result.stdout.splitlines():
            event = json.loads(line)
            assert event["metadata"]["command"] == " ".join(args[:2]), args
            assert (event["metadata"]["correlation_id"], event["metadata"]["causation_id"]) == ("corr-1", "cause-1")
    stored = [event.metadata["command"] for event in store.history("user", ada)]
    assert stored[0] == "user create" and stored[-1] == "user forget"


def test_a_write_says_what_it_appended_per_event(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    bo = store.create_user("Bo", "bo@example.com", "correct horse")
    team = store.create_group("Team").aggregate_id
    result = cli("group", "add", team, ada, bo)
    assert result.exit_code == 0, result.stderr
    assert [line.split(" (")[0] for line in result.stdout.splitlines()] == [f"added a member to group {team}"] * 2
