"""Help text (§10): plain upper-case metavars, whole summaries, accurate --json help,
and error lines whose message and hint meet cleanly."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from evtcli.cli import app
from evtcli.errors import ValidationError, joined

from terminal import run_on_terminal


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from walk(sub, path + (name,))


TREE = list(walk(get_command(app)))
GROUPS = [(path, command) for path, command in TREE if hasattr(command, "commands")]
METAVAR = re.compile(r"^[A-Z][A-Z_]*(\.\.\.)?$")


def help_of(path: tuple[str, ...], columns: int = 80) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(columns)}, terminal_width=columns)
    assert result.exit_code == 0, result.output
    return result.stdout


def summary(command: Any) -> str:
    """A command's first paragraph, as one line: what its group's listing must show whole."""
    return " ".join((command.help or "").split("\n\n")[0].split())


def listing(text: str) -> list[str]:
    """The command listing of a group's help (up to the next section, such as the root's exit codes)."""
    return text.split("\nCommands:\n", 1)[1].split("\n\n", 1)[0].rstrip("\n").splitlines()


@pytest.mark.parametrize("path", [path for path, _ in TREE], ids=lambda p: " ".join(p) or "evtcli")
def test_help_has_plain_upper_case_metavars(path: tuple[str, ...]) -> None:
    text = help_of(path)
    assert "{" not in text and "<" not in text, text
    usage = text.splitlines()[0].split(" ".join(("evtcli", *path)), 1)[1].split()
    for word in usage:
        if word not in ("[OPTIONS]", "COMMAND", "[ARGS]..."):
            assert METAVAR.match(word.strip("[]")), f"usage word {word!r} in {path}"
    command = dict(TREE)[path]
    for param in command.params:
        if param.param_type_name == "argument" or not (param.is_flag or param.count):
            shown = param.metavar or param.name.upper()
            assert METAVAR.match(shown), f"{path} {param.name}: metavar {shown!r}"
            assert f" {shown}" in text
        if param.param_type_name == "option":
            assert param.help, f"{path} {param.opts} has no help"


@pytest.mark.parametrize("path", [path for path, _ in GROUPS], ids=lambda p: " ".join(p) or "evtcli")
def test_group_listings_show_each_summary_whole_on_one_line_at_80_columns(path: tuple[str, ...]) -> None:
    rows = listing(help_of(path, 80))
    commands = dict(GROUPS)[path].commands
    assert [row.split()[0] for row in rows] == list(commands), "one line per command, no wrapped summaries"
    for row in rows:
        name, shown = row.split(None, 1)
        assert shown == summary(commands[name]), f"{name}: {shown!r}"
        assert not shown.endswith("...")


@pytest.mark.parametrize(
    "path, says",
    [
        (("replay",), "Print what was rebuilt, or the drift found, as one JSON object."),
        (("verify",), "Print the report as one JSON object, problems included."),
        (("events", "import"), "Print the counts as one JSON object instead of a sentence."),
    ],
)
def test_json_help_says_what_is_printed_where_there_is_no_table(path: tuple[str, ...], says: str) -> None:
    option = next(p for p in dict(TREE)[path].params if "--json" in getattr(p, "opts", ()))
    assert option.help == says
    assert "table" not in " ".join(help_of(path).split("--json", 1)[1].split("\n  -")[0].split())


# -- error lines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message, hint, line",
    [
        ("must have an @-sign.", "give an address", "must have an @-sign; give an address"),
        ("stop!", "go on", "stop; go on"),
        ("No such command 'usr'. Did you mean 'user'?", "see 'evtcli --help'",
         "No such command 'usr' (did you mean 'user'?); see 'evtcli --help'"),
        ("Really?", "see 'evtcli --help'", "Really? (see 'evtcli --help')"),
        ("no user matches 'x'", "check the id", "no user matches 'x'; check the id"),
        ("version 2.", None, "version 2"),
    ],
)
def test_message_and_hint_are_joined_with_nothing_stray_before_the_semicolon(
    message: str, hint: str | None, line: str
) -> None:
    assert joined(message, hint) == line
    assert str(ValidationError(message, hint)) == line


@pytest.mark.parametrize(
    "args, line",
    [
        (("usr",), "error: unknown command 'usr' (did you mean 'user'?); see 'evtcli --help'"),
        (("user", "lst"), "error: unknown command 'lst' (did you mean 'list'?); see 'evtcli user --help'"),
        (("user", "list", "--jsn"), "error: unknown option --jsn (did you mean --json or --jsonl?); see 'evtcli user list --help'"),
        (("user", "show"), "error: missing argument 'USER'; see 'evtcli user show --help'"),
        (
            ("user", "create", "--name", "Zoe", "--email", "zoe", "--password-stdin"),
            "error: invalid email 'zoe': An email address must have an @-sign; give an address like name@example.com",
        ),
    ],
)
def test_error_lines_read_cleanly(tmp_path: Path, args: tuple[str, ...], line: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), *args], input="secret-password\n")
    assert result.exit_code in (1, 2)
    assert result.stderr == line + "\n"
    assert list(tmp_path.iterdir()) == []


# -- at a real terminal ----------------------------------------------------------------


def help_at_terminal(columns: int, *args: str) -> str:
    """``evtcli … --help`` on a pseudo-terminal of the given width, as a person sees it."""
    code, lines = run_on_terminal(*args, "--help", columns=columns, timeout=30)
    assert code == 0
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("columns", [40, 80, 120])
@pytest.mark.parametrize("path", [(), ("user",)], ids=["evtcli", "user"])
def test_listings_at_a_terminal_never_cut_a_summary(columns: int, path: tuple[str, ...]) -> None:
    text = help_at_terminal(columns, *path)
    rows = listing(text)
    commands = dict(GROUPS)[path].commands
    assert not any(row.rstrip().endswith("...") for row in rows)
    flowing = "".join("".join(rows).split())  # wrapped lines (even at a hyphen) joined again
    for name, command in commands.items():
        assert "".join(f"{name} {summary(command)}".split()) in flowing
    if columns >= 80:
        assert len(rows) == len(commands), "one line per command from 80 columns on"


def test_root_help_ends_with_the_exit_codes_the_readme_lists() -> None:
    """`evtcli --help` and the README's "Exit codes" section say the same, code by code."""
    from evtcli.errors import EXIT_MEANINGS, ExitCode

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    listed = {
        int(code): meaning.replace("`", "")
        for code, meaning in re.findall(r"^\| (\d+) \| (.*) \|$", section, re.MULTILINE)
    }
    assert listed == {int(code): meaning for code, meaning in EXIT_MEANINGS.items()}
    assert set(EXIT_MEANINGS) == set(ExitCode)

    shown = " ".join(help_of((), columns=200).split("Exit codes:", 1)[1].split())
    for code, meaning in EXIT_MEANINGS.items():
        assert f"{int(code)} {meaning}" in shown
