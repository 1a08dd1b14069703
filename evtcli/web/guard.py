"""Who may ask, and what every answer carries: the token, the Host check, the headers.

A pure ASGI middleware, so it also covers static files and error pages.
"""

from __future__ import annotations

import hmac
import ipaddress
from http.cookies import SimpleCookie
from typing import Any, Awaitable, Callable, MutableMapping
from urllib.parse import parse_qsl, quote, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_COOKIE = "evtcli_token"

# Nothing from anywhere else, no inline script or style: a name that slipped past
# escaping still could not run, and the pages work offline.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    # A Referer never leaves for another site (nor would a token in the address);
    # within the site it stays, so a form's POST carries its true Origin, not "null".
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

LOOPBACK_NAMES = {"localhost", "localhost.", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """True for a name or address that only this machine can reach."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(host_header: str) -> str:
    """The name in a Host header, without its port (``[::1]:8470`` -> ``::1``)."""
    if host_header.startswith("["):
        return host_header[1 : host_header.find("]")] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class Guard:
    """Refuses what must not be answered and adds the security headers to every answer.

    - With a ``token``, a request must carry it: ``?token=`` once (answered with the
      cookie and a redirect that drops it from the address), then the cookie, or an
      ``Authorization: token …`` header for scripts.
    - Without one (bound to loopback), the Host header must name this machine, so a
      page elsewhere cannot reach the server through a DNS name it rebinds to 127.0.0.1.
    - A POST must come from a page of this server, by what the browser says of it.
    """

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        host = headers.get("host", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if self.token is None and not is_loopback(_host_name(host)):
            await _refuse(send_with_headers, 403, f"This server answers only to localhost, not to {host!r}.")
            return
        if scope["method"] == "POST" and _cross_site(headers, host):
            await _refuse(send_with_headers, 403, "Cross-site requests are refused.")
            return
        if self.token is not None:
            query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
            given = dict(query).get("token")
            if given is not None and self._matches(given):
                rest = urlencode([(key, value) for key, value in query if key != "token"])
                await _redirect_with_cookie(send_with_headers, quote(scope["path"]) + (f"?{rest}" if rest else ""), given)
                return
            if not (self._matches(_cookie(headers.get("cookie", ""))) or self._matches(_header_token(headers))):
                await _refuse(
                    send_with_headers,
                    403,
                    "A token is needed: open the address that 'evtcli serve' printed, with its ?token=.",
                )
                return
        await self.app(scope, receive, send_with_headers)

    def _matches(self, given: str | None) -> bool:
        assert self.token is not None
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


def _cross_site(headers: dict[str, str], host: str) -> bool:
    """True when a browser says the request comes from another site: its
    Sec-Fetch-Site, or failing that an Origin that is not this server's."""
    fetched_from = headers.get("sec-fetch-site")
    if fetched_from is not None:
        return fetched_from not in ("same-origin", "none")
    origin = headers.get("origin")
    return origin is not None and origin not in (f"http://{host}", f"https://{host}")


def _cookie(header: str) -> str | None:
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(header)
    except Exception:  # a malformed Cookie header is no token
        return None
    morsel = cookie.get(TOKEN_COOKIE)
    return None if morsel is None else morsel.value


def _header_token(headers: dict[str, str]) -> str | None:
    scheme, _, value = headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() in ("token", "bearer") else None


async def _refuse(send: Send, status: int, text: str) -> None:
    body = (text + "\n").encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _redirect_with_cookie(send: Send, location: str, token: str) -> None:
    cookie = f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode("latin-1")),
                (b"set-cookie", cookie.encode()),
                (b"content-length", b"0"),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})
