"""The console script's entry point: the CLI starts with the cyclic garbage collector held off.

Starting a command builds a few hundred thousand long-lived objects (typer,
SQLAlchemy, the model, the table definitions) and no cyclic garbage worth
collecting; the collector's passes over them were about a tenth of a short
command's start-up. Once the store is open (``Settings.open`` calls the hook that
:func:`main` hands to the CLI), :func:`resume` freezes what start-up built, so later
passes skip it, and switches the collector back on for the command's own work. Only
the console script and ``python -m evtcli`` come through here: importing ``evtcli``
(or ``evtcli.cli``) in another program never touches its garbage collector.

The CLI is imported here, once, and never imports this module back.
"""

from __future__ import annotations

import gc

_paused = False


def main() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True
    from evtcli.cli import main as run_cli

    try:
        run_cli(when_open=resume)
    finally:
        resume()


def resume() -> None:
    """Switch the collector back on if :func:`main` held it off; a no-op otherwise."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()  # what start-up built stays: later passes need not walk it
        gc.enable()
