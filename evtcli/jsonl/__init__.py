"""JSON Lines import and export (§5 of the spec).

``lines`` checks one line on its own, ``prepare`` readies chunks of them for
the writer (in a second process when that pays), ``importer`` feeds chunks of lines to the
store's write path, ``export`` writes stored events back out byte for byte.
"""

from evtcli.jsonl.export import export_line
from evtcli.jsonl.importer import CHUNK_EVENTS, ImportSummary, import_stream
from evtcli.jsonl.lines import REQUIRED_FIELDS, parse_line
from evtcli.jsonl.prepare import MAX_LINE_BYTES

__all__ = [
    "CHUNK_EVENTS",
    "MAX_LINE_BYTES",
    "REQUIRED_FIELDS",
    "ImportSummary",
    "export_line",
    "import_stream",
    "parse_line",
]
