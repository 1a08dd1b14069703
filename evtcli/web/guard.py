"""Who may ask, and what every answer carries: the token, the Host check, the headers.

A pure ASGI middleware, so it also covers static files and error pages.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
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

# A Host header as a whole: a name or IPv4 address, or an IPv6 address in brackets,
# then an optional numeric port, and nothing else (no user part, no path, no space).
_HOST_HEADER = re.compile(r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9.-]+))(?::[0-9]{1,5})?")
# localhost, names under it (RFC 6761: they all resolve to loopback) and ip6-localhost.
_LOOPBACK_NAME = re.compile(r"(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*localhost|ip6-localhost)\.?", re.IGNORECASE)


def _is_loopback_address(text: str, version: int) -> bool:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return False
    return address.version == version and address.is_loopback


def is_loopback_host(host_header: str) -> bool:
    """True when a Host header is exactly a loopback name or address with an
    optional numeric port: ``localhost``, ``app.localhost``, ``127.0.0.1``,
    ``[::1]``, each alone or with ``:8470``. Anything more or else
    (``localhost:80@evil.com``, ``[::1].evil.com``, a bare ``::1``, an empty
    header) is not, and is refused."""
    found = _HOST_HEADER.fullmatch(host_header)
    if found is None:
        return False
    if found["ipv6"] is not None:
        return _is_loopback_address(found["ipv6"], 6)
    name = found["name"]
    return _LOOPBACK_NAME.fullmatch(name) is not None or _is_loopback_address(name, 4)


def same_site_path(path: str) -> str:
    """``path`` (as the request had it, decoded) as a redirect that stays on this
    site: percent-encoded, and starting with exactly one ``/``. ``//evil.com`` and
    ``/%2F%2Fevil.com`` would otherwise send a browser to another host; a backslash
    (``/\\evil.com``, which browsers read as ``//``) is encoded, so it cannot."""
    return "/" + quote(path).lstrip("/")


class Guard:
    """Refuses what must not be answered and adds the security headers to every answer.

    - With a ``token``, a request must carry it: ``?token=`` once (answered with the
      cookie and a redirect that drops it from the address), then the cookie, or an
      ``Authorization: token …`` header for scripts.
      The token's redirect goes to a path on this site only (:func:`same_site_path`).
    - Without one (bound to loopback), the Host header must be exactly a loopback
      name or address with an optional port (:func:`is_loopback_host`), so a page
      elsewhere cannot reach the server through a DNS name it rebinds to 127.0.0.1;
      any other Host, malformed ones included, is refused with 403.
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

        if self.token is None and not is_loopback_host(host):
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
                await _redirect_with_cookie(send_with_headers, same_site_path(scope["path"]) + (f"?{rest}" if rest else ""), given)
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
