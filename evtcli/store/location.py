"""Where a store lives: a SQLite file path or a PostgreSQL URL, parsed once and shown
without its password."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.engine import URL

from evtcli.errors import StoreError


@dataclass(frozen=True)
class Location:
    """Where a store lives: a SQLAlchemy URL, and the file path for SQLite."""

    url: URL
    path: Path | None

    @property
    def display(self) -> str:
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)


def parse_location(url_or_path: str) -> Location:
    """A plain path means SQLite; anything with ``://`` is a SQLAlchemy URL."""
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
    # Whatever driver the URL names, evtcli talks to PostgreSQL through psycopg 3.
    return Location(url.set(drivername="postgresql+psycopg"), None)
