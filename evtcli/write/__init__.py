"""The one write path: fold, rules, claims, releases and the append (see :mod:`evtcli.write.writer`).

It sits above the projections, which it updates in the append's transaction;
nothing below it imports it.
"""
