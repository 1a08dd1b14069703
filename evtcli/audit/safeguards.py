"""What guards the log beyond its own chain, checked before the passes over it: the
append-only triggers (:mod:`evtcli.audit.triggers`), anchors kept elsewhere, and no
key held again for a forgotten stream.

These are cheap (one query each, whatever the log's length), and a store that
fails one is not clean whatever the passes find, so ``verify`` runs them first.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from evtcli.audit.report import Problem
from evtcli.audit.triggers import check_triggers
from evtcli.domain.anchors import Anchor
from evtcli.projections.runner import Projections
from evtcli.store.chain import head
from evtcli.store.keys import Keyring


def check_safeguards(conn: Connection, projections: Projections, anchors: Sequence[Anchor] = ()) -> list[Problem]:
    """Every problem with the triggers, the anchors given and the forgotten streams' keys."""
    return [
        *check_triggers(conn, projections.log),
        *check_anchors(conn, projections, anchors),
        *check_forgotten_keys(conn, projections),
    ]


def check_anchors(conn: Connection, projections: Projections, anchors: Sequence[Anchor]) -> list[Problem]:
    """An anchored position the log no longer holds, or holds with another hash: the log
    was cut back (and perhaps chained again) since the anchor was taken."""
    if not anchors:
        return []
    stored = projections.log.hashes_at(conn, [anchor.position for anchor in anchors])
    last = head(conn)[0]
    problems = []
    for anchor in sorted(set(anchors)):
        where = f"anchor {anchor.position}"
        if anchor.position not in stored:
            ends = f"the log ends at position {last}" if anchor.position > last else "the log has no event there"
            problems.append(Problem(where, f"{ends}, but it held position {anchor.position} when the anchor was taken", anchor.position))
        elif stored[anchor.position] != anchor.hash:
            problems.append(
                Problem(
                    where,
                    f"the event at position {anchor.position} has hash {stored[anchor.position]}, "
                    f"not the anchored {anchor.hash}: the log was rewritten from there or before",
                    anchor.position,
                )
            )
    return problems


def check_forgotten_keys(conn: Connection, projections: Projections) -> list[Problem]:
    """A key held for a forgotten stream: its sealed values could be read again."""
    log, model = projections.log, projections.model
    keyring = Keyring(conn, model)
    problems = []
    for name in keyring.tables:
        forgotten = log.ids_with_types(conn, name, model.aggregates[name].erasing_types)
        for aggregate_id in sorted(keyring.held(name, forgotten)):
            problems.append(
                Problem(
                    f"{name} {aggregate_id}",
                    f"is forgotten, but {name}_keys holds a key for it again: its erased values can be read",
                )
            )
    return problems
