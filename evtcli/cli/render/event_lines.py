"""How event lines fit a terminal (SPEC §14): columns, continuation lines, short times.

Off a terminal an event is one line, always the same (scripts split it on spaces).
At a terminal ``width`` cells wide each event starts with its position, time, type
and stream, and its payload's ``key=value`` tokens follow in a payload column:

- The types and the streams of one listing are padded to one width, so every column
  starts where the one above it does.
- Times shorten as ``user list``'s timestamp column does (whole, to the minute, the
  date) until the payload column is ``PAYLOAD_ROOM`` cells wide, or failing that at
  least ``PAYLOAD_FLOOR``. When even the date leaves it narrower (40 columns), the event is *stacked*: position, time
  and type on its first line, the stream below them, then the payload, all indented
  under the time.
- Tokens are packed onto lines under the payload column, one space apart, in key
  order; a token never shares a line it would push past the terminal's edge, and is
  never broken by evtcli.
- A token wider than the payload column (a 200-character name) goes after them on a
  line of its own, whole: indented under the time when it fits there, else from the
  first column. One wider than the whole terminal is still printed whole on its own
  line, and the terminal wraps it; so a copied value carries no line break evtcli put
  in, and nothing else shares its line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from evtcli.cli.tables import Cell

if TYPE_CHECKING:
    from evtcli.domain.events import Envelope

# The payload column keeps at least this many cells: room for a shortened id field
# (``user_id="8b045af3"``, 18 cells) with a prefix a little longer than 8.
PAYLOAD_FLOOR = 20
# A time is shortened before the payload column is left narrower than this: room for
# two short fields side by side (``email="bob@example.com" name="Bob"``), which is
# worth more in a log than the seconds of every time (a 100-column terminal shows
# times to the minute; 120 columns, whole).
PAYLOAD_ROOM = 36
POSITION_WIDTH = 6  # the position column is at least this wide, right-justified
GAP = "  "  # between the columns


@dataclass(frozen=True)
class EventLayout:
    """Where each part of an event goes on a terminal ``width`` cells wide."""

    width: int
    position: int  # cells of the position column
    time: Callable[[str], str]  # the timestamp's form (whole, minutes or date)
    type: int  # cells of the type column
    aggregate: int  # cells of the aggregate's name inside the stream column
    shown_id: int  # cells of the stream id inside the stream column
    stream: int  # cells of the whole stream column
    stacked: bool  # stream and payload on lines of their own, under the time

    @property
    def indent(self) -> int:
        """Where continuation lines start when stacked, and where a long token goes."""
        return self.position + len(GAP)

    @property
    def payload(self) -> int:
        """The column the payload starts at."""
        if self.stacked:
            return self.indent
        return self.position + len(GAP) + self._time_width + len(GAP) + self.type + 1 + self.stream + len(GAP)

    @property
    def _time_width(self) -> int:
        return len(self.time("0000-00-00T00:00:00.000000Z"))


def event_layout(
    envelopes: Sequence[Envelope],
    shown_ids: Mapping[str, str],
    width: int,
    time_forms: Sequence[Callable[[str], str]],
    type_width: int,
    aggregate: int,
) -> EventLayout:
    """The layout of these events at a terminal ``width`` cells wide: the widest time
    form that leaves the payload column ``PAYLOAD_ROOM`` cells, else the widest that
    leaves it ``PAYLOAD_FLOOR``, or stacked lines.
    ``time_forms`` go from the widest to the narrowest; ``type_width`` and
    ``aggregate`` are the longest type and aggregate names of the model, so that
    events printed later (``tail -f``) start their columns where these do."""
    from rich.cells import cell_len

    position = max([POSITION_WIDTH, *(len(str(envelope.position)) for envelope in envelopes)])
    shown_id = max((cell_len(shown_ids.get(e.aggregate_id, e.aggregate_id)) for e in envelopes), default=0)
    version = max((len(str(envelope.version)) for envelope in envelopes), default=1)
    stream = aggregate + 1 + shown_id + 2 + version
    for least in (PAYLOAD_ROOM, PAYLOAD_FLOOR):
        for form in time_forms:
            wide = EventLayout(width, position, form, type_width, aggregate, shown_id, stream, stacked=False)
            if width - wide.payload >= least:
                return wide
    # Stacked: the first line holds position, time and type; take the widest time that fits.
    for form in time_forms:
        if position + len(GAP) + len(form("0000-00-00T00:00:00.000000Z")) + len(GAP) + type_width <= width:
            break
    return EventLayout(width, position, form, type_width, aggregate, shown_id, stream, stacked=True)


def event_lines(
    envelope: Envelope, shown_id: str, style: str | None, tokens: Sequence[str], layout: EventLayout
) -> list[list[Cell]]:
    """One event as the lines ``layout`` gives it: styled cells, no trailing spaces."""
    from rich.cells import cell_len

    position = (f"{envelope.position:>{layout.position}}", "bold")
    time = (layout.time(envelope.recorded_at), "dim")
    stream = f"{envelope.aggregate:<{layout.aggregate}} {shown_id:<{layout.shown_id}} v{envelope.version}"
    if layout.stacked:
        lines: list[list[Cell]] = [
            [position, (GAP, None), time, (GAP, None), (envelope.type, style)],
            [(" " * layout.indent, None), (stream, None)],
        ]
        first: list[Cell] | None = None
    else:
        first = [
            position, (GAP, None), time, (GAP, None),
            (f"{envelope.type:<{layout.type}} ", style), (f"{stream:<{layout.stream}}", None),
        ]
        lines = [first]
    room = layout.width - layout.payload
    fitting = [token for token in tokens if cell_len(token) <= room]
    for packed in _packed(fitting, room):
        if first is not None:  # the first packed line goes beside the stream
            first.append((GAP + packed, None))
            first = None
        else:
            lines.append([(" " * layout.payload + packed, None)])
    for token in tokens:
        if cell_len(token) > room:
            indent = layout.indent if layout.indent + cell_len(token) <= layout.width else 0
            lines.append([(" " * indent + token, None)])
    return [_without_trailing_spaces(line) for line in lines]


def _packed(tokens: Sequence[str], room: int) -> list[str]:
    """Tokens joined by single spaces into lines of at most ``room`` cells (each token
    is at most ``room`` cells itself)."""
    from rich.cells import cell_len

    packed: list[str] = []
    used = 0
    for token in tokens:
        size = cell_len(token)
        if packed and used + 1 + size <= room:
            packed[-1] += " " + token
            used += 1 + size
        else:
            packed.append(token)
            used = size
    return packed


def _without_trailing_spaces(line: list[Cell]) -> list[Cell]:
    """The padding of the last columns is not printed: no line ends in spaces."""
    while line and not line[-1][0].rstrip(" "):
        line.pop()
    if line:
        text, style = line[-1]
        line[-1] = (text.rstrip(" "), style)
    return line
