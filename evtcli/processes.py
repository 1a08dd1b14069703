"""Whether a command's work may be shared with a second process.

Import checks its lines in a second process while the first writes (see
``jsonl.prepare``), and replay checks the hash chain in one while it folds (see
``api.chain_check``). Each pays only with a second CPU free for it and enough
work to cover starting it, so by default a second process is used on Linux when
this process may run on two CPUs or more and the work is above the caller's
threshold. The environment decides instead when it says so:
``EVTCLI_PROCESSES=1`` keeps everything in the command's own process, and
``EVTCLI_PROCESSES=2`` uses a second process wherever evtcli can, whatever the
size of the work.
"""

from __future__ import annotations

import os
import sys

VARIABLE = "EVTCLI_PROCESSES"


def second_process(large_enough: bool) -> bool:
    """Whether to use a second process for work that is ``large_enough`` to pay for one."""
    setting = os.environ.get(VARIABLE, "").strip()
    if not sys.platform.startswith("linux") or setting == "1":
        # fork is what the import needs (its child starts with the model loaded), and
        # only Linux is tested with it; elsewhere every command runs in one process.
        return False
    if setting == "2":
        return True
    return large_enough and len(os.sched_getaffinity(0)) >= 2
