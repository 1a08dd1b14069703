"""``evtcli verify``'s checks of the log, the projections and the snapshots (see
:mod:`evtcli.audit.verify`). They read through the store and the projections and
change nothing; nothing below this package imports it."""
