"""A password in a database URL is printed as ``***`` wherever a URL is printed
(SPEC §13): in the user part (``user:pw@``) and in the query string (``?password=``,
``?sslpassword=``), and in a driver's message that quotes one.

The rendering is one function (``shown_url``); the messages are checked on a real
PostgreSQL server: ``init``'s line, a refused login, a closed port.
"""

from __future__ import annotations

import re
import socket
import time
import uuid
from pathlib import Path
from typing import Iterator

import psycopg
import pytest
from psycopg import sql

from conftest import Cli
from evtcli.store.location import parse_location

SECRET = "Hunter2Secret"
OTHER_SECRET = "Sslkey-Secret-9"


@pytest.mark.parametrize(
    "url, shown",
    [
        ("postgresql://u:Hunter2Secret@db.example/app", "postgresql+psycopg://u:***@db.example/app"),
        ("postgresql://u@db.example/app?password=Hunter2Secret", "postgresql+psycopg://u@db.example/app?password=***"),
        (
            "postgresql+psycopg://u@h/app?sslpassword=Hunter2Secret&sslmode=require&passfile=%2Fhome%2Fu%2F.pgpass",
            "postgresql+psycopg://u@h/app?passfile=%2Fhome%2Fu%2F.pgpass&sslmode=require&sslpassword=***",
        ),
        ("postgres://u@h/app?password=Hunter2Secret&password=Hunter2Secret", "postgresql+psycopg://u@h/app?password=***&password=***"),
        # A value that repeats the secret under another key shows it all the same.
        ("postgresql://u@h/app?password=Hunter2Secret&application_name=Hunter2Secret", "postgresql+psycopg://u@h/app?application_name=***&password=***"),
        ("postgresql://u@h/app?PASSWORD=Hunter2Secret", "postgresql+psycopg://u@h/app?PASSWORD=***"),
        ("postgresql://u@h/app?sslmode=require&options=-c%20search_path%3Dx", "postgresql+psycopg://u@h/app?options=-c+search_path%3Dx&sslmode=require"),
    ],
)
def test_a_url_is_shown_without_its_secrets(url: str, shown: str) -> None:
    location = parse_location(url)
    assert location.display == shown
    assert SECRET not in repr(location)


def test_a_driver_message_is_shown_without_the_urls_secrets() -> None:
    location = parse_location(f"postgresql://u:{SECRET}@h/app?sslpassword={OTHER_SECRET}")
    quoted = (
        f"invalid connection string: host=h user=u password={SECRET} sslpassword='{OTHER_SECRET}' "
        "password = 'a \\'quoted\\' one' dbname=app, seen as " + SECRET
    )
    assert location.hide_secrets(quoted) == (
        "invalid connection string: host=h user=u password=*** sslpassword=*** password = *** dbname=app, seen as ***"
    )


# -- the messages, on a real server ---------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends: nothing listens


@pytest.fixture
def password_role(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A login role of the test cluster that must give its password (the cluster
    trusts every other login): its name, its password is ``right-password``."""
    role = f"evtcli_pw_{uuid.uuid4().hex[:8]}"
    hba = Path(pg_server.cluster.tmpdir) / "data" / "pg_hba.conf"
    original = hba.read_text()
    admin = pg_server.cluster._conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'right-password'").format(sql.Identifier(role)))
        hba.write_text(f"host all {role} all scram-sha-256\n{original}")  # the first line that matches wins
        conn.execute("SELECT pg_reload_conf()")
    try:
        _wait_for_password_check(pg_server.port, role)
        yield role
    finally:
        hba.write_text(original)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _wait_for_password_check(port: int, role: str) -> None:
    """The server reads pg_hba.conf again soon after the reload: wait until it does."""
    deadline = time.monotonic() + 10
    while True:
        try:
            psycopg.connect(host="127.0.0.1", port=port, user=role, dbname="postgres", password="wrong").close()
        except psycopg.OperationalError as refused:
            if "password authentication failed" in str(refused):
                return
            raise
        assert time.monotonic() < deadline, "the server did not start asking for the password"
        time.sleep(0.05)


def _said(result) -> str:  # type: ignore[no-untyped-def]
    return result.stdout + result.stderr


def test_no_message_prints_a_password_from_the_url_postgresql(pg_url: str, pg_server, password_role: str) -> None:  # type: ignore[no-untyped-def]
    no_debug = {"EVTCLI_DEBUG": ""}
    # init on a server that takes the login: the "ready at" line.
    ready = Cli(f"{pg_url}?password={SECRET}&sslmode=disable")("init", env=no_debug)
    assert ready.exit_code == 0, _said(ready)
    assert re.search(r"database ready at postgresql\+psycopg://\S+\?password=\*\*\*&sslmode=disable ", _said(ready))
    assert SECRET not in _said(ready)

    server = f"127.0.0.1:{pg_server.port}"
    refusals = {
        # The server refuses the login: a wrong password in the query string or in the user part.
        f"postgresql://{password_role}@{server}/postgres?password={SECRET}": "refused the login",
        f"postgresql://{password_role}:{SECRET}@{server}/postgres?sslpassword={OTHER_SECRET}": "refused the login",
        # Nothing listens on the port.
        f"postgresql://u@127.0.0.1:{_closed_port()}/app?password={SECRET}&sslpassword={OTHER_SECRET}": "connection refused",
        # libpq quotes a bad value: here it is the secret itself.
        f"postgresql://u@127.0.0.1:{_closed_port()}/app?password={SECRET}&sslmode={SECRET}": "invalid sslmode value",
    }
    for url, says in refusals.items():
        for command in (("init",), ("user", "list")):
            result = Cli(url)(*command, env=no_debug)
            assert result.exit_code == 1, (url, command)
            assert result.stderr.startswith("error: ") and says in result.stderr, result.stderr
            assert "***" in result.stderr
            for secret in (SECRET, OTHER_SECRET):
                assert secret not in _said(result), result.stderr


@pytest.mark.parametrize(
    "query, says",
    [
        ("port=abc", "error: the database URL's port 'abc' is not a number; give a port such as 5432\n"),
        ("host=db.example:5432x", "error: the database URL's port '5432x' is not a number; give a port such as 5432\n"),
        ("host=a,b&port=5432", "error: the database URL's hosts and ports do not match; give as many ports"),
        ("host=a:1&host=b:2&port=3", "error: the database URL's hosts and ports do not match; give as many ports"),
    ],
    ids=["port", "host-port", "port-count", "both-forms"],
)
def test_a_url_with_a_bad_port_is_one_error_line_without_its_secrets(query: str, says: str) -> None:
    """Refused before any connection (no server needed), in evtcli's words, exit 1 as
    a URL that does not parse; the driver's own refusal would be an internal error."""
    for url in (f"postgresql+psycopg://evt:{SECRET}@db.example/app?{query}", f"postgresql://evt@db.example/app?{query}&password={SECRET}"):
        result = Cli(url)("user", "list", env={"EVTCLI_DEBUG": ""})
        assert result.exit_code == 1, _said(result)
        assert result.stderr.startswith(says) and result.stderr.count("\n") == 1, result.stderr
        assert result.stdout == "" and SECRET not in result.stderr
