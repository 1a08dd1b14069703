"""--quiet on write commands: nothing on stdout on success but a create's id, errors
as ever (§10, §14)."""

from __future__ import annotations

from pathlib import Path

from evtcli.api import Store

from test_help import TREE

ROOT = Path(__file__).resolve().parent.parent


# The commands that change the database without appending events of a user or group.
OTHER_WRITES = {("init",), ("replay",), ("consumer", "create"), ("consumer", "reset"), ("consumer", "delete")}


def test_every_write_command_takes_quiet() -> None:
    writes = []
    for path, command in TREE:
        names = {param.name for param in getattr(command, "params", [])}
        if "correlation_id" in names or path in OTHER_WRITES:
            writes.append(path)
            assert "quiet" in names, path
    assert len(writes) == 20  # 9 user commands, 5 group commands, events import and OTHER_WRITES


def test_a_quiet_create_prints_the_new_id_alone(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    user = cli("user", "create", "--name", "Ada", "--email", "ada@example.com", "--password-stdin", "-q", input="correct horse")
    group = cli("group", "create", "--name", "Team", "--quiet")
    for result, aggregate in ((user, "user"), (group, "group")):
        assert (result.exit_code, result.stderr) == (0, "")
        assert store.get_stream(aggregate, result.stdout.strip()).version == 1
        assert result.stdout.count("\n") == 1


def test_other_writes_say_what_they_did_on_stdout_and_nothing_with_quiet(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    for args, said in (
        (["init"], "evtcli database ready at "),
        (["consumer", "create", "mailer"], "created consumer mailer at position 0"),
        (["consumer", "reset", "mailer", "--to", "start"], "reset consumer mailer at position 0"),
        (["consumer", "delete", "mailer"], "deleted consumer mailer"),
        (["replay", "--projection", "users"], "replayed users: 0 events"),
    ):
        result = cli(*args)
        assert (result.exit_code, result.stderr) == (0, ""), args
        assert result.stdout.startswith(said), args
    for args in (
        ["init", "-q"],
        ["consumer", "create", "mailer", "-q"],
        ["consumer", "reset", "mailer", "--to", "head", "--quiet"],
        ["replay", "-q"],
        ["consumer", "delete", "mailer", "-q"],
    ):
        result = cli(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), args
    assert store.consumers() == []
    refused = cli("replay", "-q", "--json")
    assert (refused.exit_code, refused.stderr) == (2, "error: --quiet and --json cannot be used together; give one of them\n")


def test_a_quiet_write_prints_nothing_and_appends(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    team = store.create_group("Team").aggregate_id
    for args in (
        ["user", "rename", ada, "--name", "Ada King", "-q"],
        ["group", "add", team, ada, "--quiet"],
        ["user", "destroy", ada, "-q"],
        ["user", "forget", ada, "--yes", "-q"],
    ):
        result = cli(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", ""), args
    assert [event.type for event in store.history("user", ada)] == ["Created", "Renamed", "Destroyed", "Forgotten"]


def test_quiet_and_json_exclude_each_other_and_nothing_is_written(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    ada = store.create_user("Ada", "ada@example.com", "correct horse")
    result = cli("user", "rename", ada, "--name", "Ada King", "-q", "--json")
    assert result.exit_code == 2
    assert result.stderr == "error: --quiet and --json cannot be used together; give one of them\n"
    assert store.head() == 1


def test_a_quiet_import_prints_nothing_but_a_refusal_still_says_why(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("events", "import", str(ROOT / "sample_events.jsonl"), "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert store.head() > 100
    refused = cli("events", "import", "-", "-q", input="{}\n")
    assert refused.exit_code == 1 and refused.stderr.startswith("error: line 1:")
