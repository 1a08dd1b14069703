"""Tables and styled lines: rich on a terminal, the same layout as plain text elsewhere.

Off a terminal rich would print no colours anyway, yet importing and laying out a
rich table costs about 40 ms, more than the rest of ``evtcli user list`` on a small
database; in a shell loop that is most of the time. So when the stream is not a
terminal (and ``FORCE_COLOR`` does not ask for colours) the same columns are laid
out here: widths in terminal cells as rich counts them (``rich.cells``), cells
padded to their column, columns two spaces apart, a right-justified column padded
on the left. ``tests/test_cli.py`` checks that both give the same text.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import IO, Literal, Sequence

Style = str | None  # a rich style name, used on a terminal only


@dataclass(frozen=True)
class Column:
    header: str
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    style: Style = None


Cell = tuple[str, Style]


def styled(stream: IO[str]) -> bool:
    """True when ``stream`` gets rich's rendering (a terminal, or colours forced)."""
    return stream.isatty() or bool(os.environ.get("FORCE_COLOR"))


def print_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    show_header: bool = True,
    stream: IO[str] | None = None,
) -> None:
    stream = stream or sys.stdout
    if styled(stream):
        console(stream).print(rich_table(columns, rows, show_header=show_header))
    else:
        stream.write(plain_table(columns, rows, show_header=show_header))
    stream.flush()


def print_line(parts: Sequence[Cell], stream: IO[str] | None = None) -> None:
    """One line made of styled pieces (user text is never read as markup)."""
    stream = stream or sys.stdout
    if styled(stream):
        from rich.text import Text

        text = Text()
        for piece, style in parts:
            text.append(piece, style=style or "")
        console(stream).print(text)
    else:
        stream.write("".join(piece for piece, _ in parts) + "\n")
    stream.flush()


def plain_table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, show_header: bool = True) -> str:
    from rich.cells import cell_len

    lines = [[column.header for column in columns]] if show_header else []
    lines += [[text for text, _ in row] for row in rows]
    widths = [max((cell_len(line[index]) for line in lines), default=0) for index in range(len(columns))]
    out = []
    for line in lines:
        cells = []
        for column, width, text in zip(columns, widths, line):
            padding = " " * (width - cell_len(text))
            cells.append(padding + text if column.justify == "right" else text + padding)
        out.append("  ".join(cells) + "\n")
    return "".join(out)


def rich_table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, show_header: bool = True):  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold", show_header=show_header)
    for column in columns:
        table.add_column(column.header, justify=column.justify, no_wrap=column.no_wrap, style=column.style)
    for row in rows:
        table.add_row(*(Text(text, style=style or "") for text, style in row))
    return table


def console(stream: IO[str]):  # type: ignore[no-untyped-def]
    """A rich console on ``stream`` (tables, styled lines, progress bars)."""
    from rich.console import Console

    # Off a terminal rich would wrap at 80 columns and cut ids; give it room instead.
    width = None if stream.isatty() else 1000
    return Console(file=stream, width=width, soft_wrap=not stream.isatty(), highlight=False)
