"""Running the browser: bind the socket, decide on a token, serve until Ctrl-C."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import signal
import socket
import threading
from dataclasses import dataclass
from typing import Callable, Iterator

import uvicorn

from evtcli.api import Store
from evtcli.errors import EvtcliError, UsageProblem
from evtcli.web.app import create_app

DEFAULT_PORT = 8470
TOKEN_VARIABLE = "EVTCLI_SERVE_TOKEN"


@dataclass(frozen=True)
class Listening:
    """A bound socket and the address to open in a browser (with ``?token=`` if one is needed)."""

    sock: socket.socket
    url: str
    token: str | None


def listen(host: str, port: int) -> Listening:
    """Bind ``host:port`` (port 0: any free one). A host only this machine can reach
    needs no token; any other gets one, from ``EVTCLI_SERVE_TOKEN`` or made now."""
    if not 0 <= port <= 65535:
        raise UsageProblem(f"cannot listen on port {port}", "give --port from 0 to 65535 (0 picks a free one)")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as error:
        raise UsageProblem(f"cannot use --host {host!r}: {error.strerror}", "give an address or a host name") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as error:
        sock.close()
        raise EvtcliError(
            f"cannot listen on {host} port {port}: {error.strerror}",
            "choose another with --port (0 picks a free one)",
        ) from None
    bound_host, bound_port = sock.getsockname()[:2]
    ip = ipaddress.ip_address(bound_host)
    token = None if ip.is_loopback else (os.environ.get(TOKEN_VARIABLE) or secrets.token_urlsafe(24))
    shown = socket.gethostname() if ip.is_unspecified else bound_host  # 0.0.0.0 is not an address to open
    shown = f"[{shown}]" if ":" in shown else shown
    url = f"http://{shown}:{bound_port}/" + (f"?token={token}" if token else "")
    return Listening(sock, url, token)


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn sends itself the signal again once it has shut down, so SIGTERM
        # would end the process with -15; `evtcli serve` ends with 0 on Ctrl-C or
        # SIGTERM, as `events tail -f` does.
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def serve(store: Store, listening: Listening, *, name: str, ready: Callable[[], None] = lambda: None) -> None:
    """Serve ``store`` (opened read-only) on the bound socket until SIGINT or SIGTERM."""
    app = create_app(store, name=name, token=listening.token)
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", server_header=False, proxy_headers=False
    )
    server = _Server(config)
    ready()
    server.run(sockets=[listening.sock])
