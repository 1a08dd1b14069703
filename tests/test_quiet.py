"""--quiet on write commands: nothing on stdout on success, errors as ever (§10)."""

from __future__ import annotations

from pathlib import Path

from evtcli.api import Store

from test_help import TREE

ROOT = Path(__file__).resolve().parent.parent


def test_every_write_command_but_create_takes_quiet() -> None:
    writes = []
    for path, command in TREE:
        names = {param.name for param in getattr(command, "params", [])}
        if "correlation_id" in names and path[-1] != "create":
            writes.append(path)
            assert "quiet" in names, path
    assert len(writes) == 13  # 8 user commands, 4 group commands and events import


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
