"""The append-only triggers: every event table has each of its own, enabled and as
evtcli made it.

Without them the database lets an event be changed in place. The hash chain would
still find the change, but only after the fact: a table whose triggers are gone
is a problem of its own, reported even while no event has been changed yet.
"""

from __future__ import annotations

from sqlalchemy import Connection

from evtcli.audit.report import Problem
from evtcli.store import dialect
from evtcli.store.log import EventLog


REMEDY = "run 'evtcli init' to make the append-only triggers again"


def check_triggers(conn: Connection, log: EventLog) -> list[Problem]:
    """A problem for each append-only trigger of each event table that is missing,
    disabled or not the one evtcli makes."""
    problems = []
    for aggregate in log.aggregates:
        table, _ = log.table(aggregate)
        for name, state in dialect.immutability_triggers(conn, table).items():
            if state is not dialect.TriggerState.IN_PLACE:
                problems.append(
                    Problem(
                        f"table {table.name}",
                        f"its append-only trigger {name} {state.value}: the table can be changed in place",
                        hint=REMEDY,
                    )
                )
    return problems
