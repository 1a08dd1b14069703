"""Where a store lives: a SQLite file path or a PostgreSQL URL, parsed once and shown
without its passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, quote_plus

from sqlalchemy import make_url
from sqlalchemy.engine import URL

from evtcli.errors import StoreError

MASK = "***"

# The connection parameters libpq (and so psycopg) takes from a URL's query string
# that hold a secret: the login password and the password of the client's SSL key.
# (passfile, sslkey and sslcert name files: where a secret is, not the secret.)
SECRET_PARAMETERS = frozenset({"password", "sslpassword"})

# `password=…` as a libpq connection string spells it (a bare word or a quoted value),
# for a driver message that quotes one.
_SECRET_IN_CONNINFO = re.compile(
    r"\b(" + "|".join(sorted(SECRET_PARAMETERS)) + r")(\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE
)


def _values(values: str | tuple[str, ...]) -> tuple[str, ...]:
    """A query parameter's values (SQLAlchemy keeps a repeated one as a tuple)."""
    return (values,) if isinstance(values, str) else tuple(values)


def url_secrets(url: URL) -> set[str]:
    """The secrets a URL holds: its password and its secret query parameters' values."""
    found = {url.password} if url.password else set()
    for key, values in url.query.items():
        if key.lower() in SECRET_PARAMETERS:
            found.update(value for value in _values(values) if value)
    return found


def shown_url(url: URL) -> str:
    """``url`` as it is printed for people, the one place a URL is rendered for a
    message: a password in the user part (``user:pw@``) and the value of a secret
    query parameter (``?password=``, ``?sslpassword=``) each show as ``***``, and so
    does any other query value that repeats a secret."""
    base = url.set(query={}).render_as_string(hide_password=True)
    if not url.query:
        return base
    secrets = url_secrets(url)
    pairs = []
    for key in sorted(url.query):  # SQLAlchemy's order, so a URL reads as it always did
        for value in _values(url.query[key]):
            shown = MASK if key.lower() in SECRET_PARAMETERS or value in secrets else quote_plus(value)
            pairs.append(f"{quote_plus(key)}={shown}")
    return f"{base}?{'&'.join(pairs)}"


def _refuse_bad_ports(url: URL) -> None:
    """Refuse a port in the query string that is not a number (``?port=abc``,
    ``?host=h:abc``), which the driver would only refuse when it first connects.
    (A port in the authority, ``host:abc``, does not parse at all.)"""
    ports = [port for value in _values(url.query.get("port", ())) for port in value.split(",")]
    ports += [host.rpartition(":")[2] for host in _values(url.query.get("host", ())) if ":" in host]
    for port in ports:
        if port and not (port.isascii() and port.isdigit()):
            shown = port if len(port) <= 20 else port[:17] + "..."
            raise StoreError(f"the database URL's port {shown!r} is not a number", "give a port such as 5432")


@dataclass(frozen=True)
class Location:
    """Where a store lives: a SQLAlchemy URL, and the file path for SQLite."""

    url: URL = field(repr=False)  # its repr would show a password in the query string
    path: Path | None

    @property
    def display(self) -> str:
        """What messages call this store: the file path, or the URL without its secrets."""
        return str(self.path) if self.path is not None else shown_url(self.url)

    def hide_secrets(self, text: str) -> str:
        """``text`` (a driver's message) with this URL's secrets and any quoted
        ``password=…`` replaced by ``***``: libpq's own messages never hold the
        password, but one that quotes the connection string would."""
        text = _SECRET_IN_CONNINFO.sub(lambda found: f"{found[1]}{found[2]}{MASK}", text)
        for secret in sorted(url_secrets(self.url), key=len, reverse=True):
            for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
                text = text.replace(form, MASK)
        return text

    def opening_text(self) -> str:
        """What ``open_store`` takes to open this store again, its secrets included:
        for another evtcli process, never for a message."""
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=False)

    def __repr__(self) -> str:
        return f"Location({self.display!r})"


def parse_location(url_or_path: str) -> Location:
    """A plain path means SQLite; anything with ``://`` is a SQLAlchemy URL."""
    if not url_or_path:
        raise StoreError("the database path is empty", "give a file path or a URL")
    if "://" not in url_or_path:
        path = Path(url_or_path).expanduser()
        return Location(URL.create("sqlite+pysqlite", database=str(path)), path)
    try:
        url = make_url(url_or_path)
    except Exception:
        # Not the URL itself in the message: it may hold a password.
        raise StoreError(
            "cannot parse the database URL",
            "use a file path or a URL such as postgresql+psycopg://user@host:5432/dbname",
        ) from None
    if url.get_backend_name() == "postgres":
        # libpq, psql and many hosting services spell the scheme postgres://.
        url = url.set(drivername="postgresql")
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("an in-memory SQLite database cannot hold a store", "give a file path")
        return Location(url.set(drivername="sqlite+pysqlite"), Path(url.database))
    if url.get_backend_name() != "postgresql":
        raise StoreError(
            f"unsupported database {url.get_backend_name()!r}", "use a SQLite file or PostgreSQL"
        )
    _refuse_bad_ports(url)
    # Whatever driver the URL names, evtcli talks to PostgreSQL through psycopg 3.
    return Location(url.set(drivername="postgresql+psycopg"), None)
