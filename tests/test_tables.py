"""Human output off a terminal is laid out without rich, exactly as rich lays it out."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtcli.cli import tables
from evtcli.cli.tables import Column

NAMES = [
    "Ada Lovelace",
    "田中 優希",  # wide characters: two cells each
    "Zoë Ωmega",
    "e\u0301clair",  # a combining accent: no cell of its own
    "👩‍🔬 Dr. Emoji",
    "Robert'); DROP TABLE users;--",
    "[bold]not markup[/bold]",
    "x" * 200,
    "",
]

COLUMNS = [Column("id", no_wrap=True), Column("name"), Column("n", justify="right"), Column("status")]


def rich_text(columns, rows, show_header=True) -> str:
    """What rich prints for the table on a stream that is not a terminal."""
    out = io.StringIO()
    tables.emit(tables.console(out), tables.rich_table(columns, rows, show_header=show_header))
    return out.getvalue()


@pytest.mark.parametrize("show_header", [True, False])
def test_the_plain_table_is_rich_layout_without_styles(show_header: bool) -> None:
    rows = [
        [(f"{number:04d}", None), (name, None), (str(10**number), None), ("live", "green")]
        for number, name in enumerate(NAMES)
    ]
    assert tables.plain_table(COLUMNS, rows, show_header=show_header) == rich_text(COLUMNS, rows, show_header)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=30),
            st.integers(min_value=0, max_value=10**12),
        ),
        max_size=6,
    )
)
def test_any_printable_text_lays_out_alike(cells: list[tuple[str, int]]) -> None:
    rows = [[("id", None), (text, None), (str(number), None), ("x", "red")] for text, number in cells]
    assert tables.plain_table(COLUMNS, rows) == rich_text(COLUMNS, rows)


def test_off_a_terminal_nothing_of_rich_is_styled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    out = io.StringIO()
    tables.print_table(COLUMNS, [[("a", None), ("[red]b[/red]", "bold"), ("1", None), ("live", "green")]], stream=out)
    tables.print_line([("  7  ", "bold"), ("[dim]x", None)], stream=out)
    assert out.getvalue() == "id  name          n  status\na   [red]b[/red]  1  live\n  7  [dim]x\n"
    assert "\x1b[" not in out.getvalue()


@pytest.mark.parametrize(
    "values",
    [[], [{}], [{"a": 1}], [{"name": "Zoë \"q\"\n", "n": None, "list": [1, {"x": []}]}, {"b": True}, 3, "s"]],
)
def test_a_streamed_json_array_is_the_same_text_as_one_document(values, capsys) -> None:
    from evtcli.cli.render import emit

    emit.json_array(iter(values))
    streamed = capsys.readouterr().out
    emit.json_document(values)
    assert streamed == capsys.readouterr().out
