"""The largest whole number evtcli takes: positions, versions and counts.

Both databases keep them in 64-bit integer columns. A larger one given from outside
(an option, an address, an anchor) is refused where it comes in, so it never reaches
a driver that would overflow. Kept apart so that reading it loads nothing else.
"""

LARGEST_NUMBER = 2**63 - 1
