"""A throwaway PostgreSQL cluster for tests (stdlib + psycopg only).

``PostgresCluster`` runs ``initdb`` into a fresh temporary directory, starts
``postgres`` on a free localhost port and removes everything again on ``stop()``::

    with PostgresCluster() as pg:
        url = pg.create_database("t1")   # postgresql+psycopg://postgres@127.0.0.1:PORT/t1
        ...
        pg.drop_database("t1")
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from urllib.parse import quote

import psycopg
from psycopg import sql

SERVER_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No usable PostgreSQL server installation (or the server failed to start)."""


def url_for(port: int, dbname: str) -> str:
    """The SQLAlchemy URL of database ``dbname`` on a cluster listening on ``port``."""
    return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/{quote(dbname, safe='')}"


def find_bindir() -> str:
    """The directory holding ``initdb`` and ``postgres``.

    ``pg_config --bindir`` wins if it has ``initdb``; on Debian it may belong to
    libpq-dev alone, so fall back to the newest ``/usr/lib/postgresql/*/bin``.
    """
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
        bindir = out.stdout.strip()
        if bindir and os.access(os.path.join(bindir, "initdb"), os.X_OK):
            return bindir
    except (OSError, subprocess.CalledProcessError):
        pass

    def version(path: str) -> tuple[int, ...]:
        name = os.path.basename(os.path.dirname(path))
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    candidates = [p for p in glob.glob("/usr/lib/postgresql/*/bin") if os.access(os.path.join(p, "initdb"), os.X_OK)]
    if candidates:
        return max(candidates, key=version)  # numeric sort: "9.6" < "15"
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (no initdb via `pg_config --bindir` or in "
        "/usr/lib/postgresql/*/bin); install the `postgresql` package (see .ci/postgres.sh)"
    )


def _free_port() -> int:
    # Racy by nature (the port is released before postgres binds it); start() retries.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """One private PostgreSQL cluster in a temporary directory, trust auth, C locale."""

    def __init__(self, start_timeout: float = 30.0, stop_timeout: float = 10.0) -> None:
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.port: int | None = None
        self.tmpdir: str | None = None
        self.proc: subprocess.Popen | None = None
        self._log = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> "PostgresCluster":
        """initdb + start the server; returns self once it accepts connections."""
        bindir = find_bindir()
        # initdb/postgres refuse to run as root. We do not create the OS user here:
        # adding system accounts is a host change a test helper should not make
        # silently; the Debian package (and .ci/postgres.sh) provide it.
        user = None
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam(SERVER_USER)
            except KeyError:
                raise PostgresUnavailable(
                    f"running as root but OS user {SERVER_USER!r} does not exist; "
                    f"create it (useradd --system {SERVER_USER}) or run the tests as a non-root user"
                ) from None
        try:
            self.tmpdir = tempfile.mkdtemp(prefix="pgcluster-")
            datadir = os.path.join(self.tmpdir, "data")
            sockdir = os.path.join(self.tmpdir, "sock")
            os.mkdir(datadir, 0o700)
            os.mkdir(sockdir, 0o700)
            if user is not None:
                os.chmod(self.tmpdir, 0o711)  # server user must traverse into data/ and sock/
                for path in (datadir, sockdir):
                    os.chown(path, user.pw_uid, user.pw_gid)
            self._initdb(bindir, datadir, user)
            self._log = open(os.path.join(self.tmpdir, "postgres.log"), "ab")  # O_APPEND: truncate() below is safe
            for _attempt in range(3):
                self._log.truncate(0)  # so log_tail() shows this attempt only
                self.port = _free_port()
                self._spawn(bindir, datadir, sockdir, user)
                if self._wait_ready():
                    return self
                if "could not bind" not in self.log_tail():
                    break  # only a lost free-port race is worth another attempt
            raise PostgresUnavailable(f"PostgreSQL did not become ready; server log:\n{self.log_tail()}")
        except BaseException:
            self.stop()
            raise

    def _initdb(self, bindir: str, datadir: str, user: pwd.struct_passwd | None) -> None:
        cmd = [os.path.join(bindir, "initdb"), "-D", datadir, "--auth=trust", "-U", SERVER_USER,
               "--encoding=UTF8", "--locale=C",  # C locale: ids compare as byte strings
               "--no-sync"]  # throwaway data; skipping fsync saves most of initdb's time
        if user is not None:
            cmd = ["runuser", "-u", user.pw_name, "--", *cmd]
        # cwd: the server user may not be able to read root's cwd (initdb warns/fails).
        result = subprocess.run(cmd, cwd=self.tmpdir, capture_output=True, text=True)
        if result.returncode != 0:
            raise PostgresUnavailable(f"initdb failed ({result.returncode}):\n{result.stdout}{result.stderr}")

    def _spawn(self, bindir: str, datadir: str, sockdir: str, user: pwd.struct_passwd | None) -> None:
        cmd = [os.path.join(bindir, "postgres"), "-D", datadir, "-h", "127.0.0.1", "-p", str(self.port),
               "-k", sockdir, "-F", "-c", "fsync=off", "-c", "synchronous_commit=off",
               "-c", "full_page_writes=off", "-c", "max_connections=100"]
        # The server drops root itself via Popen(user=...), not runuser: runuser
        # stays as the parent and does not pass SIGINT on to postgres, so stop()
        # could never shut the server down through the Popen handle.
        extra = {} if user is None else {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        # Own session so a hard kill can take the whole process group (backends too).
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                                     cwd=self.tmpdir, start_new_session=True, **extra)

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with psycopg.connect(self._conninfo("postgres"), connect_timeout=2):
                    return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def stop(self) -> None:
        """Fast-shutdown the server (SIGINT), kill it after ``stop_timeout``; delete the temp dir."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # "fast" shutdown: aborts sessions, no waiting for clients
            try:
                proc.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None

    def __enter__(self) -> "PostgresCluster":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- helpers -----------------------------------------------------------
    def log_tail(self, chars: int = 4000) -> str:
        """The end of the server log ('' if there is none)."""
        if self.tmpdir is None:
            return ""
        try:
            with open(os.path.join(self.tmpdir, "postgres.log"), "rb") as f:
                return f.read().decode("utf-8", "replace")[-chars:]
        except OSError:
            return ""

    def _conninfo(self, dbname: str) -> str:
        return psycopg.conninfo.make_conninfo(host="127.0.0.1", port=self.port, user=SERVER_USER, dbname=dbname)

    def create_database(self, name: str) -> str:
        """CREATE DATABASE ``name``; returns its SQLAlchemy URL."""
        with psycopg.connect(self._conninfo("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return url_for(self.port, name)

    def drop_database(self, name: str) -> None:
        """Terminate the database's sessions, then DROP DATABASE IF EXISTS."""
        with psycopg.connect(self._conninfo("postgres"), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                         " WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
