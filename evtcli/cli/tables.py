"""Tables and styled lines: rich on a terminal, the same layout as plain text elsewhere.

Off a terminal rich would print no colours anyway, yet importing and laying out a
rich table costs about 40 ms, more than the rest of ``evtcli user list`` on a small
database; in a shell loop that is most of the time. So when the stream is not a
terminal (and ``FORCE_COLOR`` does not ask for colours) the same columns are laid
out here: widths in terminal cells as rich counts them (``rich.cells``), cells
padded to their column, columns two spaces apart, a right-justified column padded
on the left. ``tests/test_tables.py`` checks that both give the same text.

Output that is not a terminal is never laid out for a width. On a terminal a table
is fitted to its width (:func:`fit`): first columns with narrower forms take them
(a date instead of a full timestamp), then columns move one space apart, then text
that may wrap (names) wraps; text people copy (``Column.copy``: ids, emails) is
never cut or wrapped. When even that does not fit, each row is shown as a block of
``field  value`` lines instead. No line ends in spaces, on a terminal or off it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from typing import IO, Any, Callable, Literal, Sequence

Style = str | None  # a rich style name, used on a terminal only


@dataclass(frozen=True)
class Column:
    header: str
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    style: Style = None
    # Text people copy (ids, emails): never cut with "…" and never wrapped.
    copy: bool = False
    # Narrower (header, cell) forms, tried in order when the table is too wide.
    narrower: tuple[tuple[str, Callable[[str], str]], ...] = ()


Cell = tuple[str, Style]

# A column that wraps keeps at least this many cells (or its natural width if less).
WRAP_FLOOR = 10


def styled(stream: IO[str]) -> bool:
    """True when ``stream`` gets rich's rendering (a terminal, or colours forced)."""
    return stream.isatty() or bool(os.environ.get("FORCE_COLOR"))


def terminal_width(stream: IO[str]) -> int | None:
    """The width to lay out for: ``COLUMNS`` first, as the shell and Python's
    ``shutil`` take it, then the terminal's own size; None off a terminal."""
    if not stream.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError):
        return 80


def print_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    show_header: bool = True,
    stream: IO[str] | None = None,
) -> None:
    stream = stream or sys.stdout
    if not styled(stream):
        stream.write(plain_table(columns, rows, show_header=show_header))
    else:
        width = terminal_width(stream)
        shown = console(stream)
        if width is None:
            emit(shown, rich_table(columns, rows, show_header=show_header))
        else:
            layout = fit(columns, rows, width, show_header=show_header)
            if layout is not None:
                emit(shown, rich_table(layout.columns, layout.rows, show_header=show_header, layout=layout))
            else:
                emit(shown, stacked(columns, rows, width, show_header=show_header, console=shown))
    stream.flush()


def print_line(parts: Sequence[Cell], stream: IO[str] | None = None, *, wrap: bool = False) -> None:
    """One line made of styled pieces (user text is never read as markup).

    A line longer than the terminal is left for the terminal to wrap, unless
    ``wrap``: rich would break it with newlines, which a copied id, event or error
    line would then carry.
    """
    stream = stream or sys.stdout
    if styled(stream):
        from rich.text import Text

        text = Text()
        for piece, style in parts:
            text.append(piece, style=style or "")
        emit(console(stream), text, wrap=wrap)
    else:
        stream.write("".join(piece for piece, _ in parts).rstrip(" ") + "\n")
    stream.flush()


def print_lines(lines: Sequence[Sequence[Cell]], stream: IO[str] | None = None) -> None:
    """Lines made of styled pieces, printed as they are: each is cut nowhere, and one
    longer than the terminal is left for the terminal to wrap (see print_line)."""
    stream = stream or sys.stdout
    if styled(stream):
        from rich.text import Text

        text = Text()
        for number, parts in enumerate(lines):
            if number:
                text.append("\n")
            for piece, style in parts:
                text.append(piece, style=style or "")
        emit(console(stream), text, wrap=False)
    else:
        stream.write("".join("".join(piece for piece, _ in parts).rstrip(" ") + "\n" for parts in lines))
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
        out.append("  ".join(cells).rstrip(" ") + "\n")
    return "".join(out)


# -- fitting a terminal's width -----------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """A table that fits: its (possibly narrowed) columns and cells, widths and gap."""

    columns: list[Column]
    rows: list[list[Cell]]
    widths: list[int]
    gap: int


def fit(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int, *, show_header: bool = True) -> Layout | None:
    """The widest layout of the table within ``width`` cells, or None if none keeps
    copyable text whole and wrapping columns at least ``WRAP_FLOOR`` wide."""
    levels = max((len(column.narrower) for column in columns), default=0)
    count = len(columns)
    for gap in (2, 1):
        for level in range(levels + 1):
            narrowed, cells = _narrowed(columns, rows, level)
            widths = _natural(narrowed, cells, show_header)
            if sum(widths) + gap * (count - 1) <= width:
                return Layout(narrowed, cells, widths, gap)
    # Nothing fits whole: the narrowest forms, one space apart, wrapping columns wrapped.
    narrowed, cells = _narrowed(columns, rows, levels)
    widths = _natural(narrowed, cells, show_header)
    gap = 1
    flexible = [index for index, column in enumerate(narrowed) if not (column.copy or column.no_wrap)]
    floors = {
        index: min(widths[index], max(WRAP_FLOOR, len(narrowed[index].header) if show_header else 0))
        for index in flexible
    }
    excess = sum(widths) + gap * (count - 1) - width
    if not flexible or excess > sum(widths[index] - floors[index] for index in flexible):
        return None
    while excess > 0:  # take from the widest wrapping column first, as rich does
        widest = max((index for index in flexible if widths[index] > floors[index]), key=lambda index: widths[index])
        widths[widest] -= 1
        excess -= 1
    return Layout(narrowed, cells, widths, gap)


def _narrowed(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], level: int) -> tuple[list[Column], list[list[Cell]]]:
    shown = []
    forms: list[Callable[[str], str] | None] = []
    for column in columns:
        if level and column.narrower:
            header, form = column.narrower[min(level, len(column.narrower)) - 1]
            shown.append(replace(column, header=header))
            forms.append(form)
        else:
            shown.append(column)
            forms.append(None)
    cells = [[(form(text) if form else text, style) for form, (text, style) in zip(forms, row)] for row in rows]
    return shown, cells


def _natural(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], show_header: bool) -> list[int]:
    from rich.cells import cell_len

    return [
        max([cell_len(column.header) if show_header else 0, *(cell_len(row[index][0]) for row in rows)])
        for index, column in enumerate(columns)
    ]


def stacked(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int, *, show_header: bool, console: Any
) -> Any:
    """Rows as blocks of ``field  value`` lines, for a terminal too narrow for the table.

    A table without a header is a record already (fields and values): it becomes one
    block. A value that does not fit beside its field goes on its own line below it,
    indented, and wraps only if it is wider than the whole terminal.
    """
    from rich.cells import cell_len
    from rich.console import Group
    from rich.text import Text

    if show_header:
        blocks = [[((column.header, "bold"), cell) for column, cell in zip(columns, row)] for row in rows]
    else:
        blocks = [[((row[0][0], columns[0].style), row[1]) for row in rows]]
    lines: list[Text] = []
    for number, block in enumerate(blocks):
        if number:
            lines.append(Text())
        label_width = max(cell_len(label) for (label, _), _ in block)
        for (label, label_style), (value, style) in block:
            if label_width + 2 + cell_len(value) <= width:
                line = Text(label, style=label_style or "")
                line.append(" " * (label_width - cell_len(label) + 2) + value if value else "")
                if value and style:
                    line.stylize(style, len(line) - len(value))
                lines.append(line)
                continue
            lines.append(Text(label, style=label_style or ""))
            for part in Text(value, style=style or "").wrap(console, max(width - 2, 1), overflow="fold"):
                lines.append(Text("  ") + part)
    return Group(*lines)


# -- rich -----------------------------------------------------------------------------


def rich_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    show_header: bool = True,
    layout: Layout | None = None,
):  # type: ignore[no-untyped-def]
    from rich.table import Table
    from rich.text import Text

    # Two spaces between columns (one cell of padding on each side), or one.
    padding = (0, 1) if layout is None or layout.gap == 2 else (0, 1, 0, 0)
    table = Table(box=None, pad_edge=False, header_style="bold", show_header=show_header, padding=padding)
    for index, column in enumerate(columns):
        table.add_column(
            column.header,
            justify=column.justify,
            no_wrap=column.no_wrap or column.copy,
            style=column.style,
            width=layout.widths[index] if layout else None,
            overflow="fold",  # never "…": a wrapped name loses nothing
        )
    for row in rows:
        table.add_row(*(Text(text, style=style or "") for text, style in row))
    return table


def emit(shown: Any, renderable: Any, *, wrap: bool = True) -> None:
    """Print ``renderable`` on a rich console without the spaces rich pads lines with
    (laid out for the terminal's width unless not ``wrap``)."""
    from rich.segment import Segment, Segments

    # Off a terminal (colours forced) no line is cut at the console's width.
    options = shown.options.update(width=10**6) if shown.soft_wrap or not wrap else shown.options
    segments: list[Segment] = []
    for line in shown.render_lines(renderable, options, pad=False, new_lines=False):
        while line and not line[-1].control and not line[-1].text.rstrip(" "):
            line.pop()
        if line and not line[-1].control:
            last = line[-1]
            line[-1] = Segment(last.text.rstrip(" "), last.style)
        segments.extend(line)
        segments.append(Segment.line())
    shown.print(Segments(segments), end="", crop=False)


def console(stream: IO[str]):  # type: ignore[no-untyped-def]
    """A rich console on ``stream`` (tables, styled lines, progress bars)."""
    from rich.console import Console

    width = terminal_width(stream)
    # Off a terminal nothing is laid out for a width: give rich room not to wrap. A
    # height too, or rich takes any TERM=dumb terminal for 80 columns whatever the width.
    return Console(
        file=stream,
        width=width or 1000,
        height=_lines(stream),
        soft_wrap=width is None,
        highlight=False,
        # rich's own NO_COLOR drops colours but still prints bold and dim: no colour
        # system at all means no style escapes (SPEC §14).
        color_system=None if no_color() else "auto",
    )


def no_color() -> bool:
    """True when ``NO_COLOR`` is set and not empty: nothing evtcli prints has an ANSI escape."""
    return bool(os.environ.get("NO_COLOR"))


def _lines(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).lines or 25
    except (OSError, ValueError, AttributeError):
        return 25
