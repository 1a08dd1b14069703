"""Anchors: a position of the log and the hash it had, kept somewhere the store's
owner cannot reach (§13).

``evtcli events head`` prints the log's anchor as one line::

    152:sha256:9f3a…(64 hex digits) 2026-12-05T10:00:00.000000Z

its first word being what ``verify --anchor`` takes; ``verify --anchors FILE``
reads a file of such lines, appended one after another (or of ``events head
--json`` objects). A hash chain alone proves only that a log is consistent with
itself: whoever can write the database can cut it back and chain it again from
there. An anchor held elsewhere pins the hash the log had at that position, so
such a log no longer matches it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from evtcli.domain.events import HASH_PREFIX
from evtcli.domain.numbers import LARGEST_NUMBER
from evtcli.errors import UsageProblem

_HASH = re.compile(r"[0-9a-f]{64}")
FORM = "POSITION:HASH, as the first word of what 'evtcli events head' prints"


@dataclass(frozen=True, order=True)
class Anchor:
    """The hash the event at ``position`` had when the anchor was taken."""

    position: int
    hash: str

    def __str__(self) -> str:
        return f"{self.position}:{self.hash}"


def parse_anchor(text: str) -> Anchor:
    """``POSITION:HASH`` (the hash with or without its ``sha256:``); UsageProblem when malformed."""
    position_text, _, digest = text.strip().partition(":")
    if digest.startswith(HASH_PREFIX):
        digest = digest[len(HASH_PREFIX) :]
    if not position_text.isascii() or not position_text.isdigit() or not _HASH.fullmatch(digest):
        raise UsageProblem(f"malformed anchor {text.strip()!r}", f"give {FORM}")
    position = int(position_text)
    if not 1 <= position <= LARGEST_NUMBER:
        raise UsageProblem(f"malformed anchor {text.strip()!r}: positions start at 1", f"give {FORM}")
    return Anchor(position, HASH_PREFIX + digest)


def read_anchors(lines: Iterable[str], source: str) -> list[Anchor]:
    """The anchors of a file of ``events head`` lines (text or ``--json``); blank lines
    and ``#`` comments are skipped. UsageProblem naming the first bad line."""
    anchors = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            anchors.append(_anchor_of_line(text))
        except UsageProblem as exc:
            raise UsageProblem(f"{source} line {number}: {exc.message}", exc.hint) from None
    return anchors


def _anchor_of_line(text: str) -> Anchor:
    if not text.startswith("{"):
        return parse_anchor(text.split()[0])
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict) or type(value.get("position")) is not int or not isinstance(value.get("hash"), str):
        raise UsageProblem(
            "not an anchor: a JSON line needs a whole-number position and a hash",
            "give lines as 'evtcli events head' or 'evtcli events head --json' prints them",
        )
    return parse_anchor(f"{value['position']}:{value['hash']}")
