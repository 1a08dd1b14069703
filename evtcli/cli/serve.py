"""``evtcli serve``: the read-only event browser, an optional extra."""

from __future__ import annotations

from typing import Annotated

import typer

from evtcli.cli.render import emit
from evtcli.cli.settings import Settings
from evtcli.errors import EvtcliError

EXTRA = ("starlette", "uvicorn", "jinja2")  # what `pip install 'evtcli[serve]'` brings


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", metavar="HOST", help="Address to listen on; anything but loopback needs a token.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", help="Port to listen on, 0 to 65535 (0 picks a free one).")
    ] = 8470,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the address in a web browser.")] = False,
) -> None:
    """Browse the store in a web browser, read-only.

    Prints the address to open on stdout and serves until Ctrl-C. Needs the serve
    extra: pip install 'evtcli[serve]'. On a non-loopback --host every request must
    carry a token: it is printed in the address, or taken from EVTCLI_SERVE_TOKEN.
    """
    try:
        from evtcli.web import server
    except ImportError as missing:
        package = (missing.name or "").split(".")[0]
        if package not in EXTRA:
            raise  # not the extra missing: a bug, reported as one
        raise EvtcliError(
            f"evtcli serve needs {package}, which is not installed", "install it with: pip install 'evtcli[serve]'"
        ) from None
    settings: Settings = ctx.obj
    with settings.open(read_only=True) as store:
        listening = server.listen(host, port)

        def ready() -> None:
            emit.line(listening.url)  # the one line on stdout: what to open
            emit.note(f"serving {store.location.display} read-only; press Ctrl-C to stop")
            if open_browser:
                import webbrowser

                webbrowser.open(listening.url)

        server.serve(store, listening, name=store.location.display, ready=ready)
