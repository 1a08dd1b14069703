"""`evtcli serve` as a person meets it: a real server process and a real browser.

- :func:`serve` starts ``python -m evtcli --db DB serve --port 0`` as a subprocess, reads
  the one URL line it prints, and on leaving stops it with SIGINT, asserting exit 0, no
  traceback and nothing more on stdout.
- ``browser`` (a session fixture; a test module imports it) is one headless Chromium
  driven through Selenium's own bindings, Debian's ``chromium`` and ``chromedriver`` at
  fixed paths so Selenium Manager never looks for (or downloads) a browser. Without them
  the tests skip with the reason; with ``CI=true`` they fail, so CI never goes green
  without a browser (``.ci/browser.sh`` installs them).
- :func:`fetch` is one plain HTTP request (stdlib urllib, redirects not followed), for
  what a browser hides: status codes, headers, raw bodies.

Conditions are polled with deadlines (``WebDriverWait``), never waited for by sleeping.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import struct
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import pytest

from conftest import evtcli_command, in_ci

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

# The viewport, which is also what a screenshot holds.
WINDOW = (1280, 900)

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # no update checks, safe browsing, etc.: no network but the server's
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers give /dev/shm 64 MB; Chromium then crashes on big pages
    f"--window-size={WINDOW[0]},{WINDOW[1]}",
]

# How long a page, an element or the server may take before a test gives up.
PAGE_TIMEOUT = 15.0
SERVER_START_TIMEOUT = 20.0
SERVER_STOP_TIMEOUT = 10.0


def browser_missing() -> str | None:
    """Why no browser can be driven here, or None when everything it takes is installed."""
    try:
        import selenium  # noqa: F401
    except ImportError as exc:
        return f"selenium is not installed ({exc}); pip install -e '.[test]'"
    for binary, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(binary, os.X_OK):
            return f"{binary} not found; install Debian's {package!r} package (bash .ci/browser.sh)"
    return None


def start_chromium(user_data_dir: Path) -> Any:
    """A headless Chromium with a fresh profile in ``user_data_dir``, its viewport :data:`WINDOW`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_data_dir}")
    # Both paths given: Selenium Manager is never asked to find (or fetch) either.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    # --window-size is the outer window; headless Chromium still keeps room for its
    # toolbars, so grow the window by that much to make the viewport exactly WINDOW.
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    outer = driver.get_window_size()
    driver.set_window_size(outer["width"] + WINDOW[0] - inner[0], outer["height"] + WINDOW[1] - inner[1])
    return driver


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One headless Chromium for the whole session (skipped, or failed under CI=true, without one)."""
    reason = browser_missing()
    if reason is not None:
        if in_ci():
            pytest.fail(f"CI=true and {reason}", pytrace=False)
        pytest.skip(reason)
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()


# -- waiting for the page ------------------------------------------------------------


def wait_for(driver: Any, condition: Callable[[Any], Any], message: str, timeout: float = PAGE_TIMEOUT) -> Any:
    """Poll ``condition(driver)`` until it is truthy and return that; fail with ``message`` at the deadline."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.02).until(condition, message)


def element(driver: Any, css: str, timeout: float = PAGE_TIMEOUT) -> Any:
    """The element ``css`` selects, once it is there."""
    from selenium.webdriver.common.by import By

    def found(d: Any) -> Any:
        elements = d.find_elements(By.CSS_SELECTOR, css)
        return elements[0] if elements else False

    return wait_for(driver, found, f"no element {css!r} on {driver.current_url}", timeout)


def open_page(driver: Any, url: str, ready: str) -> Any:
    """Load ``url`` and wait for the element ``ready`` selects (returned)."""
    driver.get(url)
    return element(driver, ready)


def navigate_by(driver: Any, act: Callable[[], Any], ready: str) -> Any:
    """Do ``act`` (a click, a submit) and wait for the page it leads to: the old one
    gone, the element ``ready`` selects there (returned)."""
    from selenium.webdriver.support import expected_conditions as EC

    old = driver.find_element("css selector", "html")
    act()
    wait_for(driver, EC.staleness_of(old), f"still on {driver.current_url}: the new page did not come")
    return element(driver, ready)


def click_to_page(driver: Any, link: Any, ready: str) -> Any:
    """Click ``link`` and wait for the page it leads to (``ready`` there)."""
    return navigate_by(driver, link.click, ready)


def navigation_ms(driver: Any) -> float:
    """How long the current page took to arrive: Navigation Timing's responseEnd - startTime.

    That is from the moment the browser started this navigation (the click, or
    ``driver.get``) to the last byte of the HTML document: the server's work and the
    transfer, without parsing, styles, scripts or rendering.
    """
    timing = driver.execute_script(
        "const n = performance.getEntriesByType('navigation')[0];"
        "return n && n.responseEnd > 0 ? [n.name, n.responseEnd - n.startTime] : null;"
    )
    assert timing is not None, f"no navigation timing for {driver.current_url}"
    return float(timing[1])


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG image (its IHDR chunk); AssertionError if it is not a PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert png[12:16] == b"IHDR", "a PNG without its IHDR chunk first"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


# -- the server ----------------------------------------------------------------------


@dataclass
class Server:
    """A running ``evtcli serve``: the URL it printed and where to reach it."""

    url: str  # exactly what it printed
    process: subprocess.Popen[bytes]
    stderr_path: Path
    extra_stdout: list[bytes] = field(default_factory=list)
    stderr_text: str | None = None  # what it wrote to stderr, once it has stopped

    @property
    def port(self) -> int:
        port = urllib.parse.urlsplit(self.url).port
        assert port is not None, f"no port in {self.url!r}"
        return port

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT``: this machine's way in, whatever host it was bound to."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str | None:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.url).query)).get("token")

    def stderr(self) -> str:
        if self.stderr_text is not None:
            return self.stderr_text
        return self.stderr_path.read_text("utf-8", "replace")


def server_env() -> dict[str, str]:
    """The environment of a served evtcli: this one without EVTCLI_ settings."""
    return {key: value for key, value in os.environ.items() if not key.startswith("EVTCLI_")}


@contextmanager
def serve(
    db: str | Path,
    *,
    host: str | None = None,
    cwd: Path | None = None,
    timeout: float = SERVER_START_TIMEOUT,
    program: Sequence[str] | None = None,
) -> Iterator[Server]:
    """Run ``evtcli --db DB serve --port 0 [--host H]`` (in ``cwd``) while the block runs;
    ``program`` is the argv that runs evtcli, when not ``python -m evtcli``.

    Yields once the URL line is read. On leaving, sends SIGINT (Ctrl-C) and, unless the
    block raised, asserts exit 0, no traceback on stderr and no second line on stdout.
    """
    args = ["serve", "--port", "0"] + (["--host", host] if host is not None else [])
    log_dir = Path(tempfile.mkdtemp(prefix="evtcli-serve-"))
    stderr_path = log_dir / "stderr"
    with open(stderr_path, "wb") as stderr:
        argv = evtcli_command(str(db), *args) if program is None else [*program, "--db", str(db), *args]
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=server_env(), cwd=cwd)
    lines: queue.Queue[bytes] = queue.Queue()

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(b"")  # end of output

    reader = threading.Thread(target=read_stdout, name="evtcli-serve-stdout", daemon=True)
    reader.start()
    try:
        try:
            first = lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"evtcli serve printed no URL within {timeout:.0f} s; stderr:\n{stderr_path.read_text()}"
            ) from None
        if not first:
            process.wait(timeout=SERVER_STOP_TIMEOUT)
            raise AssertionError(
                f"evtcli serve exited {process.returncode} before printing a URL; stderr:\n{stderr_path.read_text()}"
            )
        url = first.decode("utf-8").rstrip("\n")
        assert url.startswith("http://") and url == url.strip(), f"the first line is not a URL: {first!r}"
        server = Server(url, process, stderr_path)
    except BaseException:
        _stop(process)
        shutil.rmtree(log_dir, ignore_errors=True)
        raise
    failed = True
    try:
        yield server
        failed = False
    finally:
        returncode = _stop(process)
        reader.join(timeout=SERVER_STOP_TIMEOUT)
        while not lines.empty():
            line = lines.get()
            if line:
                server.extra_stdout.append(line)
        stderr_text = server.stderr_text = server.stderr()
        shutil.rmtree(log_dir, ignore_errors=True)
        if not failed:
            assert returncode == 0, f"evtcli serve exited {returncode} on SIGINT; stderr:\n{stderr_text}"
            assert "Traceback" not in stderr_text, f"a traceback on stderr:\n{stderr_text}"
            assert not server.extra_stdout, f"stdout holds more than the URL line: {server.extra_stdout!r}"


def _stop(process: subprocess.Popen[bytes]) -> int | None:
    """Ctrl-C, then wait for the exit (killed after a deadline: a hang is a failure, not a hung suite)."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=SERVER_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return None
    return process.returncode


# -- plain HTTP ----------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]  # the last value of each header, names lower-case
    body: bytes
    set_cookies: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects, urllib.request.ProxyHandler({}))


def fetch(
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    data: bytes | None = None,
    timeout: float = PAGE_TIMEOUT,
) -> Response:
    """One HTTP request, redirects not followed, any status returned (not raised)."""
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    started = time.monotonic()
    try:
        answer = _opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as error:
        answer = error
    with answer:
        body = answer.read()
        assert time.monotonic() - started < timeout, f"{method} {url} took over {timeout} s"
        return Response(
            answer.status,
            {key.lower(): value for key, value in answer.headers.items()},
            body,
            answer.headers.get_all("Set-Cookie") or [],
        )
