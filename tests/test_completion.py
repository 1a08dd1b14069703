"""Shell completion (§10, §14): the generated bash script, sourced in a real bash, completes
commands, options, --type/--aggregate/--sort/--format values, projection names, and
USER and GROUP arguments from the database; zsh and fish get their scripts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evtcli import open_store
from evtcli.api import Store
from evtcli.api.candidates import MAX_CANDIDATES, reference_candidates
from evtcli.cli import app
from evtcli.domain.declared import MODEL

from conftest import CHEAP_HASHER, in_ci, run_evtcli


@pytest.fixture(scope="module")
def on_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding an ``evtcli`` that runs this checkout, as the script calls it."""
    where = tmp_path_factory.mktemp("bin")
    launcher = where / "evtcli"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m evtcli "$@"\n')
    launcher.chmod(0o755)
    return where


@pytest.fixture(scope="module")
def bash_script(on_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = run_evtcli("--show-completion", "bash")
    assert result.returncode == 0, result.stderr
    path = tmp_path_factory.mktemp("completion") / "evtcli.bash"
    path.write_text(result.stdout)
    return path


def complete_in_bash(script: Path, on_path: Path, line: str) -> list[str]:
    """COMPREPLY after bash's completion function for ``line`` (the cursor at its end)."""
    words = line.split(" ")
    program = f"""
        source {script}
        COMP_WORDS=({" ".join(f"'{word}'" for word in words)})
        COMP_CWORD={len(words) - 1}
        COMP_LINE='{line}'
        COMP_POINT={len(line)}
        _evtcli_completion evtcli
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVTCLI_", "_EVTCLI"))}
    env["PATH"] = f"{on_path}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return [value for value in done.stdout.splitlines() if value]


def test_the_bash_script_names_evtcli_and_its_completion_variable(bash_script: Path) -> None:
    text = bash_script.read_text()
    assert "_EVTCLI_COMPLETE=complete_bash" in text
    assert "complete -o default -F _evtcli_completion evtcli" in text


@pytest.mark.parametrize(
    "line, expected",
    [
        ("evtcli us", ["user"]),
        ("evtcli user ch", ["change-email", "change-password", "check-password"]),
        ("evtcli user list --a", ["--all"]),
        ("evtcli events tail --type Dis", ["Disabled"]),
        ("evtcli events tail --type dis", ["Disabled"]),  # case does not matter
        ("evtcli events tail --aggregate group --type ", list(MODEL.aggregate("group").event_types)),
        ("evtcli events export --aggregate ", list(MODEL.aggregates)),
        ("evtcli replay --projection gr", ["groups", "group_members"]),
        ("evtcli --show-completion f", ["fish"]),
    ],
)
def test_bash_completes_commands_options_and_values(bash_script: Path, on_path: Path, line: str, expected: list[str]) -> None:
    assert complete_in_bash(bash_script, on_path, line) == expected


def test_every_declared_event_type_is_offered_for_type(bash_script: Path, on_path: Path) -> None:
    assert complete_in_bash(bash_script, on_path, "evtcli events tail --type ") == list(MODEL.type_names)


def test_completing_opens_no_database(bash_script: Path, on_path: Path, tmp_path: Path) -> None:
    os.chdir(tmp_path)  # the default --db is ./evtcli.db
    try:
        assert complete_in_bash(bash_script, on_path, "evtcli replay --projection u") == ["users"]
    finally:
        os.chdir(Path(__file__).parent)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("shell, marker", [("zsh", "compdef _evtcli_completion evtcli"), ("fish", "complete --command evtcli")])
def test_zsh_and_fish_scripts_name_the_completion_variable(shell: str, marker: str) -> None:
    result = CliRunner().invoke(app, ["--show-completion", shell])
    assert result.exit_code == 0
    assert f"_EVTCLI_COMPLETE=complete_{shell}" in result.stdout and marker in result.stdout


def test_an_unknown_shell_is_a_usage_error_naming_the_shells() -> None:
    result = CliRunner().invoke(app, ["--show-completion", "tcsh"])
    assert result.exit_code == 2
    assert result.stderr == "error: evtcli completes in bash, zsh, fish, not 'tcsh'; give one of them\n"


def test_install_completion_writes_the_bash_script_where_bash_reads_it(tmp_path: Path) -> None:
    result = run_evtcli("--install-completion", "bash", env={"HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "bash completion for evtcli installed in" in result.stdout
    bashrc = (tmp_path / ".bashrc").read_text()
    installed = next(tmp_path.rglob("evtcli.sh"))
    assert str(installed.relative_to(tmp_path)) in bashrc
    assert "_EVTCLI_COMPLETE=complete_bash" in installed.read_text()


def _shell_env(on_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVTCLI_", "_EVTCLI"))}
    env["PATH"] = f"{on_path}{os.pathsep}{env.get('PATH', '')}"
    return env


def _script(shell: str, tmp_path: Path) -> Path:
    if shutil.which(shell) is None:
        # As the PostgreSQL half: CI installs it (.ci/shells.sh) and must not skip.
        if in_ci():
            pytest.fail(f"{shell} is not installed; .ci/shells.sh installs it")
        pytest.skip(f"{shell} is not installed (Debian package '{shell}'; .ci/shells.sh installs it)")
    script = tmp_path / f"evtcli.{shell}"
    script.write_text(run_evtcli("--show-completion", shell).stdout)
    return script


@pytest.mark.parametrize(
    "line, expected",
    [
        ("evtcli us", ["user"]),
        ("evtcli events tail --type dis", ["Disabled"]),
        ("evtcli replay --projection gr", ["groups", "group_members"]),
    ],
)
def test_fish_completes_with_the_script_it_is_given(on_path: Path, tmp_path: Path, line: str, expected: list[str]) -> None:
    script = _script("fish", tmp_path)
    done = subprocess.run(
        ["fish", "--no-config", "-c", f"source {script}; complete --do-complete '{line}'"],
        capture_output=True, text=True, env=_shell_env(on_path), timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [row.split("\t")[0] for row in done.stdout.splitlines()] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("evtcli us", '"user":"Create, change, disable, destroy, restore and inspect users."'),
        ("evtcli events tail --type Dis", '"Disabled"'),
        ("evtcli replay --projection gr", '"groups" "group_members"'),
    ],
)
def test_zsh_completes_with_the_script_it_is_given(on_path: Path, tmp_path: Path, line: str, expected: str) -> None:
    # zsh's completion widgets run only inside its line editor; stand in for
    # _arguments, the builtin the script's answer calls, and print what it is given.
    script = _script("zsh", tmp_path)
    words = " ".join(f"'{word}'" for word in line.split(" "))
    program = f"""
        autoload -U compinit; compinit -u -D
        source {script}
        _arguments() {{ print -r -- "$@" }}
        words=({words}); CURRENT=${{#words}}
        _evtcli_completion
    """
    done = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True, env=_shell_env(on_path), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"*: :(({expected}))\n"


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_load_neither_the_model_nor_sqlalchemy(flag: str) -> None:
    """--help lists a group per aggregate from the names the model declares, without
    declaring them (evtcli.domain.declared alone), and loads no storage code."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "evtcli", flag], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "evtcli.cli.completion" in loaded  # the measurement sees evtcli's own modules
    loaded -= {"evtcli.domain", "evtcli.domain.declared", "evtcli.domain.numbers"}
    assert not {name for name in loaded if name.startswith(("sqlalchemy", "evtcli.domain", "evtcli.projections", "evtcli.api"))}


# -- values from the declaration, and USER and GROUP from the database (§14) --------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("evtcli user list --sort ", ["name", "email", "created"]),
        ("evtcli user list --sort e", ["email"]),
        ("evtcli user list --sort -c", ["-created"]),  # a typed "-" is a descending key, not an option
        ("evtcli group list --sort -", ["-name", "-created"]),
        ("evtcli user list --format ", ["csv"]),
        ("evtcli user list --", ["--deleted", "--all", "--status", "--search", "--sort", "--limit", "--json", "--jsonl", "--format", "--full-ids", "--help"]),
    ],
)
def test_bash_completes_sort_keys_and_formats(bash_script: Path, on_path: Path, line: str, expected: list[str]) -> None:
    assert complete_in_bash(bash_script, on_path, line) == expected


def people(store: Store) -> dict[str, str]:
    """Users and groups to complete: email -> id."""
    made = {
        email: store.create_user(name, email, "correct horse battery")
        for name, email in (("Mateo Fernández", "mateo@example.com"), ("Marta Wiśniewska", "Marta@example.com"), ("Ana Lima", "ana@example.com"))
    }
    for name in ("Platform", "Payments", "Data"):
        store.create_group(name)
    return made


def test_references_complete_from_the_claimed_values_then_the_ids(store: Store) -> None:
    made = people(store)
    assert reference_candidates(store, "user", "ma") == ["Marta@example.com", "mateo@example.com"]  # any case
    assert reference_candidates(store, "user", "MAT") == ["mateo@example.com"]
    ana = made["ana@example.com"]
    assert ana in reference_candidates(store, "user", ana[:2])
    assert reference_candidates(store, "group", "Pl") == ["Platform"]
    assert reference_candidates(store, "group", "") == ["Data", "Payments", "Platform"]
    assert reference_candidates(store, "group", "%") == []  # LIKE's wildcards match themselves
    store.destroy_user(made["mateo@example.com"])
    assert reference_candidates(store, "user", "ma") == ["Marta@example.com"]  # the email no one holds is left out


def test_at_most_fifty_references_are_offered(store: Store) -> None:
    for n in range(MAX_CANDIDATES + 5):
        store.create_user(f"User {n}", f"user{n:02}@example.com", "correct horse battery")
    assert len(reference_candidates(store, "user", "u")) == MAX_CANDIDATES
    assert len(reference_candidates(store, "user", "")) == MAX_CANDIDATES


def test_bash_completes_users_and_groups_from_the_database(
    store: Store, db_url: str, bash_script: Path, on_path: Path
) -> None:
    people(store)
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} user show ma") == ["Marta@example.com", "mateo@example.com"]
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} group show Pl") == ["Platform"]
    # group add GROUP USER...: the group, then users
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} group add Platform an") == ["ana@example.com"]
    # --id takes a stream of any aggregate, or of --aggregate's alone
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} events tail --id Ma") == ["Marta@example.com", "mateo@example.com"]
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} events export --id P") == ["Payments", "Platform"]
    assert complete_in_bash(bash_script, on_path, f"evtcli --db {db_url} events tail --aggregate user --id P") == []


def protocol(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The completion protocol as bash's script speaks it, stdout and stderr apart."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVTCLI_", "_EVTCLI"))}
    env.update(_EVTCLI_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD=str(len(line.split(" ")) - 1))
    return subprocess.run([sys.executable, "-m", "evtcli"], capture_output=True, text=True, env=env, cwd=cwd, timeout=60)


@pytest.mark.parametrize("db", ["missing.db", "notes.txt", "missing/evtcli.db"])
def test_a_database_that_cannot_be_read_completes_nothing_and_is_not_created(tmp_path: Path, db: str) -> None:
    (tmp_path / "notes.txt").write_text("not a database\n")
    done = protocol(f"evtcli --db {db} user show ma", tmp_path)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "", "")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def test_completing_a_user_loads_no_hashing_sealing_or_writing_code(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "evtcli.db"), create=True, password_hasher=CHEAP_HASHER) as store:
        people(store)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVTCLI_", "_EVTCLI"))}
    env.update(_EVTCLI_COMPLETE="complete_bash", COMP_WORDS="evtcli user show ma", COMP_CWORD="3")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "evtcli"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert done.stdout.split() == ["Marta@example.com", "mateo@example.com"]
    loaded = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert not {name for name in loaded if name.startswith(("passlib", "argon2", "cryptography", "rich", "psycopg", "evtcli.write", "evtcli.audit"))}


def test_bash_completes_the_declared_statuses(bash_script: Path, on_path: Path) -> None:
    assert complete_in_bash(bash_script, on_path, "evtcli user list --status d") == ["disabled", "destroyed"]
    assert complete_in_bash(bash_script, on_path, "evtcli group list --status ") == ["live", "destroyed"]
