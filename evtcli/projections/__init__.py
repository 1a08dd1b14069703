"""Read models built from the event log with the domain's fold.

A change to a projection's tables (a column added, dropped or retyped) or to the
meaning of its rows needs one thing: a bump of that projection's ``version``. The
stored projection then shows as stale, and ``replay`` drops and recreates its tables
from their current definition and rebuilds its rows, in one transaction (see
:mod:`evtcli.projections.runner`); the store's ``SCHEMA_VERSION`` is not involved.
"""
