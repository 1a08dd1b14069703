"""Everything evtcli prints: tables and messages for people, json.dumps for machines.

``emit`` holds the primitives (lines, JSON, CSV, tables, notes for the terminal);
``progress`` the one progress bar; the other modules show one subject each (users,
groups, events, projections, verify, stats). A command imports the one it needs, so
that start-up loads no renderer a command does not use.
"""
