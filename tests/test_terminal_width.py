"""Tables and event lines at real terminals of 40, 80, 100 and 120 columns, and in
pipes (SPEC §10, §14)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import run_evtcli
from terminal import run_on_terminal, terminal_bytes

SAMPLE = Path(__file__).resolve().parent.parent / "sample_events.jsonl"
ID = re.compile(r"^[0-9a-f]{8,}(?:-[0-9a-f-]*)?$")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("sample") / "evtcli.db")
    assert run_evtcli("events", "import", str(SAMPLE), db=db).returncode == 0
    return db


@pytest.fixture(scope="module")
def sample_users(sample_db: str) -> list[dict]:
    return json.loads(run_evtcli("user", "list", "--all", "--json", db=sample_db).stdout)


@pytest.mark.parametrize("columns", [40, 80, 100, 120])
def test_user_list_fits_the_terminal_and_keeps_ids_and_emails_whole(
    sample_db: str, sample_users: list[dict], columns: int
) -> None:
    code, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", columns=columns)
    assert code == 0
    assert lines and all(len(line) <= columns for line in lines), lines
    assert not any(line.endswith(" ") for line in lines)
    text = "\n".join(lines)
    assert "…" not in text
    for user in sample_users:
        assert user["email"] in text  # on one line, never cut
        assert user["id"] not in text  # shortened on a terminal
        assert re.search(rf"\b{user['id'][:8]}", text)
    if columns >= 80:  # a table: no name is split when there is room
        assert lines[0].split()[:3] == ["id", "name", "email"]
    if columns >= 100:
        for user in sample_users:
            assert user["name"] in text


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_a_short_id_shown_in_a_table_resolves_with_user_show(sample_db: str, columns: int) -> None:
    _, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", columns=columns)
    shown = [word for line in lines for word in line.split() if ID.match(word)]
    assert len(shown) > 40 and all(8 <= len(word) < 36 for word in shown)
    for short in shown[:5]:
        found = run_evtcli("user", "show", short, "--json", db=sample_db)
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["id"].startswith(short)


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_user_show_never_cuts_the_id_or_email(sample_db: str, sample_users: list[dict], columns: int) -> None:
    user = max(sample_users, key=lambda u: len(u["email"]) if u["status"] == "live" else 0)
    code, lines = run_on_terminal("--db", sample_db, "user", "show", user["id"], columns=columns)
    assert code == 0
    assert all(len(line) <= columns for line in lines), lines
    text = "\n".join(lines)
    assert user["id"] in text and user["email"] in text and "…" not in text


def test_full_ids_on_a_terminal(sample_db: str, sample_users: list[dict]) -> None:
    _, lines = run_on_terminal("--db", sample_db, "user", "list", "--all", "--full-ids", columns=200)
    text = "\n".join(lines)
    assert all(user["id"] in text for user in sample_users)


def test_columns_is_respected_on_a_dumb_terminal(sample_db: str) -> None:
    """The terminal says 80 (TIOCSWINSZ); COLUMNS=160 wins, as it does for the shell."""
    _, narrow = run_on_terminal("--db", sample_db, "user", "list", columns=80, env={"TERM": "dumb"})
    _, wide = run_on_terminal(
        "--db", sample_db, "user", "list", columns=80, env={"TERM": "dumb", "COLUMNS": "160"}
    )
    assert max(map(len, narrow)) <= 80 < max(map(len, wide)) <= 160
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", "\n".join(wide))  # full timestamps fit


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_other_tables_fit_and_keep_short_ids_that_resolve(sample_db: str, columns: int) -> None:
    for args in (["group", "list", "--all"], ["projection", "list"], ["group", "show", "admins"]):
        code, lines = run_on_terminal("--db", sample_db, *args, columns=columns)
        assert code == 0, args
        assert all(len(line) <= columns for line in lines), (args, lines)
        assert not any(line.endswith(" ") for line in lines), args
        assert "…" not in "\n".join(lines)


def test_group_show_says_at_a_terminal_how_many_more_members_there_are(sample_db: str) -> None:
    """The sample's admins have 6 members. The line about the rest is for the person at
    the terminal: on stderr, and not there when stderr is a pipe; stdout has rows only."""
    code, lines = run_on_terminal("--db", sample_db, "group", "show", "admins", "--limit", "2", columns=80, stderr_too=True)
    assert code == 0 and all(len(line) <= 80 for line in lines), lines
    assert lines[-1] == "… and 4 more: --offset 2, --limit N, --all or --search TEXT"
    assert len(member_rows(lines[:-1])) == 2
    _, searched = run_on_terminal(
        "--db", sample_db, "group", "show", "admins", "--search", "nobody at all", columns=80, stderr_too=True
    )
    assert searched[-1] == "no member's name or email holds 'nobody at all'"
    _, quiet = run_on_terminal("--db", sample_db, "group", "show", "admins", "--limit", "2", columns=80)
    assert not quiet[-1].startswith("…")  # stdout is the terminal, stderr a pipe
    piped = run_evtcli("group", "show", "admins", "--limit", "2", db=sample_db)
    assert (piped.returncode, piped.stderr) == (0, "")
    members = [line.split()[0] for line in member_rows(piped.stdout.splitlines())]
    assert len(members) == 2 and all(len(member) == 36 for member in members)


def member_rows(lines: list[str]) -> list[str]:
    """The rows of the members table below ``group show``'s ``members`` heading."""
    heading = lines.index("members")
    assert lines[heading + 1].split() == ["id", "name", "email", "since"]
    return lines[heading + 2 :]


def test_piped_tables_show_full_ids_and_no_trailing_spaces(sample_db: str, sample_users: list[dict]) -> None:
    for args in (
        ["user", "list", "--all"], ["group", "list", "--all"], ["group", "show", "admins"],
        ["user", "show", sample_users[1]["id"]], ["projection", "list"], ["events", "tail"],
    ):
        piped = run_evtcli(*args, db=sample_db, env={"COLUMNS": "40"})
        assert piped.returncode == 0, args
        lines = piped.stdout.splitlines()
        assert not [line for line in lines if line != line.rstrip()], args
    listed = run_evtcli("user", "list", "--all", db=sample_db, env={"COLUMNS": "40"}).stdout
    assert all(user["id"] in listed for user in sample_users)
    # Never laid out for a width: one line per user, however narrow COLUMNS says, after
    # the header; no count below them in a pipe.
    assert len(listed.splitlines()) == len(sample_users) + 1


# -- event lines and group show with long text (SPEC §14) ---------------------------------

LONG_NAME = ("Mateo Fernández " * 13)[:200]  # the longest name allowed
LONG_EMAIL = "mateo.fernandez.with.a.rather.long.address@example-company-name.com"
LONG_REASON = "moved to the platform team after the reorganisation of the autumn"
EVENT_LINE_COMMANDS = {
    "events tail": lambda ids: ["events", "tail", "-n", "40"],
    "user history": lambda ids: ["user", "history", ids["long user"]],
    "group history": lambda ids: ["group", "history", ids["group"]],
}
TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"


@pytest.fixture(scope="module")
def long_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """The sample, then a user with a 200-character name and a long email, in a group
    with a long name beside a sample user, who leaves it with a long reason."""
    db = str(tmp_path_factory.mktemp("long") / "evtcli.db")
    assert run_evtcli("events", "import", str(SAMPLE), db=db).returncode == 0

    def done(*args: str, input: str | None = None) -> str:
        result = run_evtcli(*args, db=db, input=input)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    ids = {"long user": done("user", "create", "--name", LONG_NAME, "--email", LONG_EMAIL, "--password-stdin", input="long enough")}
    ids["group"] = done("group", "create", "--name", "Platform reliability engineering and operations on call rota")
    ids["other user"] = json.loads(done("user", "show", "dmitri.volkov@example.com", "--json"))["id"]
    done("group", "add", ids["group"], ids["long user"], ids["other user"])
    done("group", "remove", ids["group"], ids["other user"], "--reason", LONG_REASON)
    return db, ids


def width(line: str) -> int:
    from rich.cells import cell_len

    return cell_len(line)


@pytest.mark.parametrize("columns", [40, 80, 120])
@pytest.mark.parametrize("command", EVENT_LINE_COMMANDS)
def test_event_lines_fit_the_terminal_and_keep_every_key_value_whole(
    long_db: tuple[str, dict[str, str]], command: str, columns: int
) -> None:
    """No line is wider than the terminal, except a line that is one key=value alone
    which is itself wider (the terminal wraps it); every key=value is whole on a line;
    ids in payloads are shortened as stream ids are, and resolve."""
    db, ids = long_db
    args = EVENT_LINE_COMMANDS[command](ids)
    code, lines = run_on_terminal("--db", db, *args, columns=columns)
    assert code == 0, lines
    found = [json.loads(line) for line in run_evtcli(*args, "--jsonl", db=db).stdout.splitlines()]
    tokens = []
    for event in found:
        for key, value in event["payload"].items():
            if key == "user_id":  # an id: shortened, and a prefix of the id
                short = re.search(rf'\b{key}="([0-9a-f-]+)"', "\n".join(line for line in lines if value[:8] in line))
                assert short and 8 <= len(short[1]) < 36 and value.startswith(short[1]), (value, lines)
                tokens.append(f'{key}="{short[1]}"')
            else:
                tokens.append(f"{key}={json.dumps(value, ensure_ascii=False)}")
    for line in lines:
        assert width(line) <= columns or (line in tokens and width(line) > columns), (line, lines)
        assert not line.endswith(" ")
    for token in tokens:
        assert any(re.search(rf"(^| ){re.escape(token)}($| )", line) for line in lines), (token, lines)
    assert f'name="{LONG_NAME}"' in lines or command == "group history"  # alone on its line
    assert ids["long user"] not in "\n".join(lines) and ids["other user"] not in "\n".join(lines)
    # Times shorten as user list's do: whole at 120 columns, to the date at 40 and 80.
    assert bool(re.search(TIME, "\n".join(lines))) == (columns == 120)
    heads = [re.match(r"^ *(\d+)  (\S+)  (\w+)( +)(user|group) +([0-9a-f]{8,}) +v\d+", line) for line in lines]
    if columns >= 80:  # position, time, type and stream on one line, the columns aligned
        heads = [head for head in heads if head]
        assert len(heads) == len(found)
        assert len({(head.start(3), head.start(5), head.start(6)) for head in heads}) == 1
    else:  # stacked: the streams on lines of their own, under the time
        streams = [line for line in lines if re.match(r"^ +(user|group) +[0-9a-f]{8,} +v\d+$", line)]
        assert len(streams) == len(found)
        assert {len(line) - len(line.lstrip()) for line in streams} == {8}
    short_user = re.search(r'user_id="([0-9a-f]+)"', "\n".join(lines))
    if short_user:
        shown = run_evtcli("user", "show", short_user[1], "--json", db=db)
        assert shown.returncode == 0 and json.loads(shown.stdout)["id"].startswith(short_user[1])


def test_piped_event_lines_are_one_line_each_with_whole_ids(long_db: tuple[str, dict[str, str]]) -> None:
    db, ids = long_db
    piped = run_evtcli("events", "tail", "-n", "40", db=db, env={"COLUMNS": "40"}).stdout.splitlines()
    assert len(piped) == 40
    last = piped[-1].split()
    assert last[1:5] == [last[1], "MemberRemoved", "group", ids["group"]] and re.fullmatch(TIME, last[1])
    assert piped[-1].endswith(f'reason={json.dumps(LONG_REASON)} user_id="{ids["other user"]}"')
    assert any(line.endswith(f'name="{LONG_NAME}"') for line in piped)


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_group_show_fits_with_a_labelled_members_table(long_db: tuple[str, dict[str, str]], columns: int) -> None:
    db, ids = long_db
    code, lines = run_on_terminal("--db", db, "group", "show", ids["group"], columns=columns)
    assert code == 0
    assert all(width(line) <= columns and not line.endswith(" ") for line in lines), lines
    assert "members" in lines
    assert not any(re.match(r"\d{4}-\d\d-\d\d", line) for line in lines), lines  # nothing wraps to column 0
    members = lines[lines.index("members") + 1 :]
    text = "\n".join(members)
    assert ids["long user"][:8] in text and ids["long user"] not in text
    if columns >= 80:  # the email fits whole beside its label
        assert LONG_EMAIL in text
    if columns == 120:  # a table: a header and a row whose time is shortened
        assert members[0].split() == ["id", "name", "email", "since"]
        assert re.search(r" \d{4}-\d\d-\d\d(?: \d\d:\d\d)?$", members[1]) and not re.search(TIME, text)
    else:  # a block per member, each value labelled
        assert [line.split()[0] for line in members if line[:1].isalpha()] == ["id", "name", "email", "since"]


@pytest.mark.parametrize(
    "columns, time",
    [
        (120, r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"),  # whole
        (100, r"\d{4}-\d\d-\d\d \d\d:\d\d"),  # to the minute: room for two short fields
        (80, r"\d{4}-\d\d-\d\d"),  # the date
    ],
)
def test_event_times_shorten_before_the_payload_column_gets_narrow(sample_db: str, columns: int, time: str) -> None:
    code, lines = run_on_terminal("--db", sample_db, "events", "tail", "-n", "3", columns=columns)
    assert code == 0
    firsts = [line for line in lines if re.match(r"^ *\d+  ", line)]
    assert len(firsts) == 3
    assert all(re.match(rf"^ *\d+  {time}  [A-Z]", line) for line in firsts), firsts


@pytest.mark.parametrize("args", [["events", "tail"], ["user", "list"], ["group", "show", "admins"]])
def test_no_color_means_no_escape_at_all(sample_db: str, args: list[str]) -> None:
    code, coloured = terminal_bytes("--db", sample_db, *args, columns=80)
    assert code == 0 and b"\x1b[" in coloured  # bold, dim and colours without it
    code, plain = terminal_bytes("--db", sample_db, *args, columns=80, env={"NO_COLOR": "1"})
    assert code == 0 and b"\x1b[" not in plain and plain.strip()


def test_no_color_draws_no_progress_bar(tmp_path: Path) -> None:
    """The bar redraws itself with cursor escapes: with NO_COLOR there is none."""
    for env, escapes in (({}, True), ({"NO_COLOR": "1"}, False)):
        db = str(tmp_path / f"{escapes}.db")
        code, shown = terminal_bytes("--db", db, "events", "import", str(SAMPLE), columns=80, env=env, stderr_too=True)
        assert code == 0 and b"152 appended" in shown
        assert (b"\x1b[" in shown) == escapes
