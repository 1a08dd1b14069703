"""`evtcli serve` in a real browser: headless Chromium against a real server process.

Two SQLite stores are served for the whole module (tests/browser.py starts and stops
the servers): ``sample``, the README's sample history plus one user with a long
history, which nothing here writes to; and ``hostile``, a copy of it with users and a
group whose names are HTML, which the live-update and token tests append to. A third, of
100,000 events, is built in the background while the other tests run, for paging and
its timing. The expectations come from evtcli itself (``fold``, ``export``) and from
the contract's DOM hooks, never from the pages' wording.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator

import pytest

import evtcli
from evtcli.api import WriteContext
from browser import (  # noqa: F401  (browser is a fixture)
    WINDOW,
    Server,
    browser,
    click_to_page,
    element,
    fetch,
    navigate_by,
    navigation_ms,
    open_page,
    png_size,
    serve,
    server_env,
    wait_for,
)
from conftest import CHEAP_HASHER, Cli, evtcli_command, run_evtcli

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_events.jsonl"


# Names that are HTML: each must show as the literal text and run nothing.
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = "<img src=x onerror=alert(2)>"
SVG_NAME = '"><svg onload=alert(3)>'
GROUP_NAME = "</title><img src=x onerror=alert(4)>"

PAGE_BUDGET_MS = 300  # one timeline page of the 100,000-event store, navigation start to last byte
BIG_EVENTS = 100_000


# -- the stores ----------------------------------------------------------------------


def ticking_clock(start: datetime, step: timedelta) -> Any:
    """A clock for the library that moves on by ``step`` each time it is read: repeatable histories."""
    ticks = iter(range(10**6))
    return lambda: start + step * next(ticks)


def counting_ids(namespace: str) -> Any:
    counter = iter(range(10**6))
    return lambda: str(uuid.uuid5(uuid.NAMESPACE_URL, f"evtcli-serve-tests/{namespace}/{next(counter)}"))


def by(command: str) -> WriteContext:
    """The metadata of an event written as ``evtcli COMMAND`` would write it."""
    return WriteContext(command=command)


def open_library(db: Path, namespace: str, start: datetime) -> evtcli.api.Store:
    """The store through the library: the cheap hasher, a repeatable clock and ids."""
    return evtcli.open_store(
        str(db),
        password_hasher=CHEAP_HASHER,
        actor="mkowalski",
        clock=ticking_clock(start, timedelta(hours=19, minutes=7, seconds=3, microseconds=123457)),
        new_id=counting_ids(namespace),
    )


def add_long_history(db: Path) -> str:
    """A user of 8 versions (after the sample's last event) in two sample teams; their id."""
    with open_library(db, "long-history", datetime(2025, 10, 13, 8, 15, 2, 250000, tzinfo=timezone.utc)) as store:
        user = store.create_user(
            "Wanjiru Kamau", "wanjiru.kamau@example.com", "wanjiru.kamau-sample-pw", context=by("user create")
        )
        store.add_members("Platform", [user], context=by("group add"))
        store.rename_user(user, "Wanjiru Kamau-Otieno", context=by("user rename"))
        store.change_email(user, "wanjiru.otieno@example.com", context=by("user change-email"))
        store.change_password(user, "wanjiru.kamau-sample-pw-2", context=by("user change-password"))
        store.disable_user(user, reason="parental leave", context=by("user disable"))
        store.enable_user(user, context=by("user enable"))
        store.add_members("Data & Analytics", [user], context=by("group add"))
        store.rename_user(user, "Wanjiru Otieno", context=by("user rename"))
        store.change_email(user, "w.otieno@example.org", context=by("user change-email"))
    return user


@dataclass
class Hostile:
    script_user: str
    img_user: str  # named IMG_NAME at version 1, SVG_NAME now
    group: str
    live_probe: str  # the live-update test renames this one
    script_created: int  # position of the script user's Created


def add_hostile(db: Path) -> Hostile:
    with open_library(db, "hostile", datetime(2025, 11, 2, 9, 0, tzinfo=timezone.utc)) as store:
        script_user = store.create_user(SCRIPT_NAME, "script@example.com", "hostile-sample-pw")
        script_created = store.history("user", script_user)[0].position
        img_user = store.create_user(IMG_NAME, "img@example.com", "hostile-sample-pw")
        store.rename_user(img_user, SVG_NAME)
        group = store.create_group(GROUP_NAME).aggregate_id
        store.add_members(group, [script_user, img_user])
        live_probe = store.create_user("Live Probe", "live.probe@example.com", "live-probe-pw")
    return Hostile(script_user, img_user, group, live_probe, script_created)


@dataclass
class Stores:
    sample: Path
    long_history: str  # the user id
    hostile: Path
    hostile_ids: Hostile


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Stores:
    root = tmp_path_factory.mktemp("served")
    sample = root / "sample.db"
    imported = run_evtcli("events", "import", str(SAMPLE), db=str(sample))
    assert imported.returncode == 0, imported.stderr
    long_history = add_long_history(sample)
    hostile = root / "hostile.db"
    with sqlite3.connect(sample) as source, sqlite3.connect(hostile) as copy:
        source.backup(copy)
    os.chmod(hostile, 0o600)
    return Stores(sample, long_history, hostile, add_hostile(hostile))


@pytest.fixture(scope="module")
def sample_server(stores: Stores) -> Iterator[Server]:
    with serve(stores.sample.name, cwd=stores.sample.parent) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_server(stores: Stores) -> Iterator[Server]:
    with serve(stores.hostile) as server:
        yield server


BIG_TEST = "test_the_timeline_of_100000_events_pages_quickly_without_gaps_or_overlap"


class BigStore:
    """The 100,000-event store, built once per session in the background (generate.py
    piped into ``events import -``: about 7 s of CPU), under ``nice`` so the tests
    beside it keep their pace. :meth:`path` waits for it."""

    def __init__(self, directory: Path) -> None:
        self.db = directory / "big.db"
        self._log = directory / "build.log"
        self._processes: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()
        self._stopped = False
        self._done = threading.Event()
        self._problem: str | None = None
        self._thread = threading.Thread(target=self._build, name="big-store", daemon=True)
        self._thread.start()

    def _start(self, command: list[str], **options: Any) -> subprocess.Popen[bytes]:
        with self._lock:
            assert not self._stopped, "the session ended before the big store was built"
            process = subprocess.Popen(["nice", "-n", "10", *command], env=server_env(), **options)
            self._processes.append(process)
            return process

    def _build(self) -> None:
        started = time.monotonic()
        try:
            with open(self._log, "wb") as log:
                generate = self._start(
                    [sys.executable, str(REPO / "benchmarks" / "generate.py"), "--events", str(BIG_EVENTS)],
                    stdout=subprocess.PIPE,
                    stderr=log,
                )
                assert generate.stdout is not None
                importer = self._start(
                    list(evtcli_command(str(self.db), "events", "import", "-")),
                    stdin=generate.stdout,
                    stdout=log,
                    stderr=log,
                )
                generate.stdout.close()  # the importer holds the pipe now
                codes = (generate.wait(timeout=300), importer.wait(timeout=300))
            if codes != (0, 0):
                self._problem = f"generate.py | events import - exited {codes}:\n{self._log.read_text()}"
            else:
                sys.stderr.write(f"\n[serve] 100,000-event store built in {time.monotonic() - started:.1f} s\n")
        except BaseException as exc:  # reported by path(), in the test's thread
            self._problem = f"building the big store failed: {exc!r}"
        finally:
            self._done.set()

    def path(self, timeout: float = 300) -> Path:
        assert self._done.wait(timeout), f"the 100,000-event store was not built within {timeout:.0f} s"
        assert self._problem is None, self._problem
        return self.db

    def stop(self) -> None:
        """End a build still running (a session that stopped early must not leave it behind)."""
        with self._lock:
            self._stopped = True
            for process in self._processes:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        self._thread.join(timeout=30)


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigStore]:
    store = BigStore(tmp_path_factory.mktemp("big-store"))
    yield store
    store.stop()


@pytest.fixture(scope="module", autouse=True)
def start_big_store_early(request: pytest.FixtureRequest) -> None:
    """When the 100,000-event test is to run (it comes last), start building its store
    as this module starts, so the build overlaps the other tests."""
    if any(getattr(item, "originalname", None) == BIG_TEST for item in request.session.items):
        request.getfixturevalue("big_store")


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:  # noqa: F811 (the fixture imported above)
    """The session's browser, left on a blank page with no cookies after each test."""
    yield browser
    from selenium.common.exceptions import NoAlertPresentException

    try:
        browser.switch_to.alert.dismiss()
    except NoAlertPresentException:
        pass
    browser.delete_all_cookies()
    browser.get("about:blank")


# -- reading pages -------------------------------------------------------------------

FIELDS_JS = """
const out = {};
for (const dd of arguments[0].querySelectorAll('dd[data-field]')) {
  const time = dd.querySelector('time[datetime]');
  out[dd.dataset.field] = time ? time.getAttribute('datetime') : dd.textContent.trim();
}
return out;
"""

POSITIONS_JS = """
return Array.from(document.querySelectorAll('table#timeline tbody tr.event'), tr => Number(tr.dataset.position));
"""

# Elements that only injected markup could have made: an on* handler attribute, a
# script that is not the app's, an image that is not the app's. (The Content-Security-
# Policy would stop such markup running, so an alert alone proves nothing.)
INJECTED_JS = """
const found = [];
for (const el of document.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase();
  const handlers = Array.from(el.attributes).filter(a => a.name.toLowerCase().startsWith('on'));
  const src = el.getAttribute('src') || '';
  if (handlers.length || ((tag === 'script' || tag === 'img') && !src.startsWith('/static/')) || tag === 'svg')
    found.push(el.outerHTML.slice(0, 160));
}
return found;
"""


def shown_fields(driver: Any, css: str) -> dict[str, str]:
    """Each ``dd[data-field]`` under ``css``: its ``time[datetime]`` if it has one, else its text."""
    return driver.execute_script(FIELDS_JS, element(driver, css))  # type: ignore[no-any-return]


def same_value(shown: str, folded: Any) -> bool:
    """Whether a page's text says what a ``--json`` value says (null as a dash, booleans as words)."""
    if folded is None:
        return shown in ("", "—", "-")
    if isinstance(folded, bool):
        return shown.lower() in (("yes", "true") if folded else ("no", "false"))
    return shown == str(folded)


def assert_same_state(shown: dict[str, str], folded: dict[str, Any], where: str) -> None:
    unknown = sorted(set(shown) - set(folded))
    assert not unknown, f"{where}: fields {unknown} that fold --json does not have"
    wrong = {key: (value, folded[key]) for key, value in shown.items() if not same_value(value, folded[key])}
    assert not wrong, f"{where}: shown vs folded {wrong}"


def positions(driver: Any) -> list[int]:
    return driver.execute_script(POSITIONS_JS)  # type: ignore[no-any-return]


def assert_nothing_injected(driver: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        pass
    else:
        raise AssertionError(f"a dialog opened on {driver.current_url}: {text!r}")
    injected = driver.execute_script(INJECTED_JS)
    assert not injected, f"markup from user text became elements on {driver.current_url}: {injected}"


def body_text(driver: Any) -> str:
    return driver.execute_script("return document.body.innerText")  # type: ignore[no-any-return]


def start_fold(db: Path, aggregate: str, stream: str, at: str) -> subprocess.Popen[bytes]:
    """``evtcli fold AGGREGATE ID --at TIME --json`` started (several run at once)."""
    return subprocess.Popen(
        evtcli_command(str(db), "fold", aggregate, stream, "--at", at, "--json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=server_env(),
    )


def folded(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err.decode(errors="replace")
    return json.loads(out)  # type: ignore[no-any-return]


def fold_in_process(db: Path, user: str, at: str) -> dict[str, Any]:
    """``evtcli fold user ID --at TIME --json``, the command run in this process."""
    done = Cli(str(db))("fold", "user", user, "--at", at, "--json")
    assert done.exit_code == 0, done.output
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def sample_user_with_most_versions() -> str:
    """The sample's user with the longest history among those not forgotten."""
    versions: dict[str, int] = {}
    forgotten: set[str] = set()
    for line in SAMPLE.read_text("utf-8").splitlines():
        event = json.loads(line)
        if event["aggregate"] == "user":
            versions[event["aggregate_id"]] = event["version"]
            if event["type"] == "Forgotten":
                forgotten.add(event["aggregate_id"])
    return max((v, user) for user, v in versions.items() if user not in forgotten)[1]


def sample_group_with_most_versions() -> str:
    versions = {
        event["aggregate_id"]: event["version"]
        for event in map(json.loads, SAMPLE.read_text("utf-8").splitlines())
        if event["aggregate"] == "group"
    }
    return max((v, group) for group, v in versions.items())[1]


# -- clicking through ----------------------------------------------------------------


def test_click_from_the_timeline_to_an_event_its_user_a_group_and_another_member(
    page: Any, sample_server: Server, stores: Stores
) -> None:
    with evtcli.open_store(str(stores.sample), read_only=True) as store:
        in_groups = {user for user, _, _ in _memberships(store)}
        names = {user.id: user.name for user in store.list_streams("user", "all")}
    open_page(page, sample_server.base + "/", "table#timeline tbody tr.event")
    rows = page.find_elements("css selector", "table#timeline tbody tr.event")
    streams = [r.find_element("css selector", "a.stream-link").get_attribute("href").rsplit("/", 1)[-1] for r in rows]
    row = next((r for r, stream in zip(rows, streams, strict=True) if stream in in_groups), None)
    assert row is not None, "no event of a user in a group on the first page of the sample"
    position = row.get_attribute("data-position")
    user = row.find_element("css selector", "a.stream-link").get_attribute("href").rsplit("/", 1)[-1]
    event_type = row.find_element("css selector", "td.type").text

    click_to_page(page, row.find_element("css selector", "a.event-link"), "dl#envelope")
    assert urllib.parse.urlsplit(page.current_url).path == f"/events/{position}"
    envelope = shown_fields(page, "dl#envelope")
    assert (envelope["position"], envelope["aggregate_id"], envelope["type"]) == (position, user, event_type)

    click_to_page(page, page.find_element("css selector", f'a[href="/users/{user}"]'), "section#current")
    assert urllib.parse.urlsplit(page.current_url).path == f"/users/{user}"
    assert shown_fields(page, "section#current")["name"] == names[user]
    group_links = page.find_elements("css selector", 'ul#groups li a[href^="/groups/"]')
    assert group_links, f"user {user} is in a group, but ul#groups lists none"
    group = group_links[0].get_attribute("href").rsplit("/", 1)[-1]

    click_to_page(page, group_links[0], "section#current")
    assert urllib.parse.urlsplit(page.current_url).path == f"/groups/{group}"
    members = page.find_elements("css selector", 'ul#members li a[href^="/users/"]')
    member_ids = [m.get_attribute("href").rsplit("/", 1)[-1] for m in members]
    assert user in member_ids
    other = next((m for m in members if not m.get_attribute("href").endswith(user)), members[0])
    other_id = other.get_attribute("href").rsplit("/", 1)[-1]

    click_to_page(page, other, "section#current")
    assert urllib.parse.urlsplit(page.current_url).path == f"/users/{other_id}"
    assert shown_fields(page, "section#current")["name"] == names[other_id]
    assert f"/groups/{group}" in [
        urllib.parse.urlsplit(a.get_attribute("href")).path
        for a in page.find_elements("css selector", 'ul#groups li a[href^="/groups/"]')
    ]


def _memberships(store: Any) -> list[tuple[str, str, str]]:
    """(user id, group id, group name) for every live membership."""
    found = []
    for group in store.list_streams("group", "all"):
        members = store.group_members(group.id, limit=None).members
        found += [(member[0], group.id, group.name) for member in members]
    return found


# -- time travel ---------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """What ``section#state`` shows of one version."""

    at: str  # its data-at
    fields: dict[str, str]
    members: tuple[str, ...]  # a group's ul.members li[data-user-id], sorted


MEMBERS_JS = """
return Array.from(arguments[0].querySelectorAll('ul.members li[data-user-id]'), li => li.dataset.userId);
"""


def slide_through_every_version(driver: Any) -> dict[int, Shown]:
    """Move ``input#slider`` from the last version down to 1 with the arrow key, then
    back to the last by setting its value (as a script would); what each version shows."""
    from selenium.webdriver.common.keys import Keys

    slider = element(driver, "input#slider")
    last = int(slider.get_attribute("max"))
    assert slider.get_attribute("min") == "1" and slider.get_attribute("value") == str(last)
    seen = {last: _state_at(driver, last)}
    driver.execute_script("arguments[0].focus()", slider)
    for version in range(last - 1, 0, -1):
        slider.send_keys(Keys.ARROW_LEFT)
        seen[version] = _state_at(driver, version)
    driver.execute_script(
        "arguments[0].value = arguments[0].max; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", slider
    )
    assert _state_at(driver, last) == seen[last]
    return seen


def _state_at(driver: Any, version: int) -> Shown:
    css = f'section#state[data-version="{version}"]'
    state = element(driver, css)
    return Shown(
        state.get_attribute("data-at"),
        shown_fields(driver, css),
        tuple(sorted(driver.execute_script(MEMBERS_JS, state))),
    )


@pytest.mark.parametrize("which", ["sample", "long"])
def test_the_time_slider_shows_what_fold_at_that_time_shows(
    page: Any, sample_server: Server, stores: Stores, which: str
) -> None:
    """The sample's longest history against ``evtcli fold`` processes; the long one (sealed
    values, every kind of change) against the same command run in-process, which saves
    a process start per version."""
    user = sample_user_with_most_versions() if which == "sample" else stores.long_history
    open_page(page, f"{sample_server.base}/users/{user}", "section#state")
    page.execute_script("window.evtcliMarker = 'not reloaded'")
    seen = slide_through_every_version(page)
    assert len(seen) >= (4 if which == "sample" else 8)
    if which == "sample":
        folds = {version: start_fold(stores.sample, "user", user, shown.at) for version, shown in seen.items()}
        fold = lambda version: folded(folds[version])  # noqa: E731
    else:
        fold = lambda version: fold_in_process(stores.sample, user, seen[version].at)  # noqa: E731
    for version, shown in sorted(seen.items()):
        state = fold(version)
        assert state["version"] == version, f"fold --at {shown.at} is at version {state['version']}, not {version}"
        assert {"name", "email", "status", "version"} <= set(shown.fields), f"version {version}: {sorted(shown.fields)}"
        assert_same_state(shown.fields, state, f"user {user} version {version}")
    assert page.execute_script("return window.evtcliMarker") == "not reloaded", "the slider reloaded the page"

    # Without JavaScript the form asks for ?version=N: the same state, rendered by the server.
    open_page(page, f"{sample_server.base}/users/{user}?version=1", 'section#state[data-version="1"]')
    assert shown_fields(page, "section#state") == seen[1].fields


def test_the_time_slider_shows_a_groups_members_as_they_were(page: Any, sample_server: Server, stores: Stores) -> None:
    group = sample_group_with_most_versions()
    open_page(page, f"{sample_server.base}/groups/{group}", "section#state")
    seen = slide_through_every_version(page)
    assert len(seen) >= 10
    # The library's fold: one subprocess per version would cost seconds here.
    with evtcli.open_store(str(stores.sample), read_only=True) as store:
        for version, shown in sorted(seen.items()):
            state = store.fold_stream("group", group, at=shown.at)
            assert state.version == version
            assert shown.members == tuple(sorted(state.members)), f"members at version {version}"
            assert (shown.fields["name"], shown.fields["status"]) == (state.name, state.status)
    assert len({shown.members for shown in seen.values()}) > 3, "a group whose members hardly change tests little"


# -- an aggregate declared in the tests ---------------------------------------------


def test_an_aggregate_declared_in_the_tests_only_has_a_listing_and_a_stream_page(page: Any, tmp_path: Path) -> None:
    """``post`` (tests/post_aggregate.py) is served by a real process that registers it:
    its listing, its page, the link in the bar and its time slider come from its declaration."""
    from post_aggregate import registered

    db = tmp_path / "posts.db"
    with registered(), evtcli.open_store(str(db), create=True, password_hasher=CHEAP_HASHER) as store:
        ada = store.create_user("Ada", "ada@example.com", "correct horse")
        engines = store.start_stream("post", "Published", title="On engines", author_id=ada).aggregate_id
        store.append_event("post", engines, "Edited", title="On analytical engines")
        draft = store.start_stream("post", "Published", title="A draft", author_id=ada).aggregate_id
        store.append_event("post", draft, "Deleted")
    with serve(db, program=[sys.executable, str(REPO / "tests" / "post_aggregate.py")]) as server:
        open_page(page, f"{server.base}/posts", "table#posts")
        rows = page.find_elements("css selector", "table#posts tbody tr")
        assert [row.get_attribute("data-id") for row in rows] == [engines]  # the deleted one is not listed
        assert element(page, 'header nav a[href="/posts"]').text == "Posts"
        click_to_page(page, rows[0].find_element("css selector", "a"), "section#state")
        assert page.current_url == f"{server.base}/posts/{engines}"
        assert element(page, "h1").text.startswith("On analytical engines")
        assert shown_fields(page, "section#current")["author_id"] == ada
        seen = slide_through_every_version(page)
        assert {version: shown.fields["title"] for version, shown in seen.items()} == {
            1: "On engines", 2: "On analytical engines",
        }


# -- hostile names -------------------------------------------------------------------


def test_names_that_are_html_show_as_text_and_run_nothing(page: Any, hostile_server: Server, stores: Stores) -> None:
    ids = stores.hostile_ids
    base = hostile_server.base

    open_page(page, base + "/", "table#timeline tbody tr.event")
    assert_nothing_injected(page)
    shown = body_text(page)
    for name in (SCRIPT_NAME, SVG_NAME, GROUP_NAME):
        assert name in shown, f"{name!r} is not on the timeline as text"

    open_page(page, f"{base}/events/{ids.script_created}", "dl#payload")
    assert_nothing_injected(page)
    assert shown_fields(page, "dl#payload")["name"] == SCRIPT_NAME

    open_page(page, f"{base}/users/{ids.script_user}", "section#current")
    assert_nothing_injected(page)
    assert shown_fields(page, "section#current")["name"] == SCRIPT_NAME
    assert SCRIPT_NAME in page.find_element("css selector", "h1").text
    assert GROUP_NAME in [a.text for a in page.find_elements("css selector", "ul#groups li a")]

    # The slider swaps in a fragment from the server: version 1 still has the <img> name.
    open_page(page, f"{base}/users/{ids.img_user}", "section#state")
    assert shown_fields(page, "section#current")["name"] == SVG_NAME
    page.execute_script(
        "arguments[0].value = 1; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        element(page, "input#slider"),
    )
    assert shown_fields(page, 'section#state[data-version="1"]')["name"] == IMG_NAME
    assert_nothing_injected(page)

    open_page(page, f"{base}/groups/{ids.group}", "section#current")
    assert_nothing_injected(page)
    assert shown_fields(page, "section#current")["name"] == GROUP_NAME
    assert GROUP_NAME in page.title, "the group's name broke out of <title>"
    assert {SCRIPT_NAME, SVG_NAME} <= {a.text for a in page.find_elements("css selector", "ul#members li a")}

    # Text typed into a search box or a filter comes back in the page, in attributes
    # (where a quote would end the value) as well as in text.
    open_page(page, f"{base}/users?q={urllib.parse.quote(SVG_NAME)}", "table#users")
    assert_nothing_injected(page)
    searched = [box.get_attribute("value") for box in page.find_elements("css selector", "input[name=q]")]
    assert SVG_NAME in searched, f"the search box does not hold the text searched for: {searched}"
    assert [tr.get_attribute("data-id") for tr in page.find_elements("css selector", "table#users tr[data-id]")] == [
        ids.img_user
    ]
    open_page(page, f"{base}/?id={urllib.parse.quote(SVG_NAME + IMG_NAME)}", "form#filters")
    assert_nothing_injected(page)
    assert page.find_element("css selector", "input[name=id]").get_attribute("value") == SVG_NAME + IMG_NAME


# -- long names ----------------------------------------------------------------------

# The longest names allowed, with no space to wrap at: a user's (200 characters), a
# group's (100), and an email near its limit (a 64-character local part).
LONG_USER = ("Wolfeschlegelsteinhausenbergerdorff" * 6)[:200]
LONG_GROUP = ("Bundesministeriumsarbeitsgruppe" * 4)[:100]
LONG_EMAIL = "a" * 64 + "@" + "subdomain-of-some-length." * 6 + "example.com"

# Where a page is wider than the window: the page itself (it scrolls sideways), and
# any element that ends right of the window (a table column pushed off screen, a
# heading that runs off the page) or left of it. The window's width here is
# without its scroll bar (clientWidth, not innerWidth): a cell under it is not seen.
OVERFLOW_JS = """
const page = document.documentElement, width = page.clientWidth, found = [];
if (page.scrollWidth > page.clientWidth) found.push(`the page: ${page.scrollWidth} px wide in ${page.clientWidth}`);
for (const el of document.body.querySelectorAll('*')) {
  const box = el.getBoundingClientRect();
  if (box.width && (box.right > width + 0.5 || box.left < -0.5))
    found.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}: ${box.left}-${box.right} px`);
}
return found;
"""
CELLS_JS = "return document.querySelectorAll('table th, table td').length"


@dataclass
class LongNames:
    db: Path
    user: str
    group: str
    added: int  # the position of the long user's MemberAdded


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> LongNames:
    db = tmp_path_factory.mktemp("long-names") / "long.db"
    assert run_evtcli("init", db=str(db)).returncode == 0
    with open_library(db, "long-names", datetime(2025, 12, 1, 9, 0, tzinfo=timezone.utc)) as store:
        ada = store.create_user("Ada Lovelace", "ada@example.com", "long-names-pw", context=by("user create"))
        user = store.create_user(LONG_USER, LONG_EMAIL, "long-names-pw", context=by("user create"))
        group = store.create_group(LONG_GROUP, context=by("group create")).aggregate_id
        added = store.add_members(group, [ada, user], context=by("group add"))
        store.rename_user(user, LONG_USER[::-1], context=by("user rename"))
        store.disable_user(user, reason=LONG_USER[:100], context=by("user disable"))
        store.rename_user(user, LONG_USER, context=by("user rename"))
    positions = [e.position for e in added if e.payload.get("user_id") == user]
    return LongNames(db, user, group, positions[0])


def test_pages_with_the_longest_names_fit_the_window(page: Any, long_names: LongNames) -> None:
    """At 1280 px, every page that shows a 200-character name (or a 100-character
    group name, a long email) wraps it: nothing is wider than the window."""
    assert WINDOW[0] == 1280
    quote = urllib.parse.quote
    with serve(long_names.db) as server:
        base = server.base
        pages = {
            "the timeline": ("/", "table#timeline tbody tr.event"),
            "the timeline of the user": (f"/?id={long_names.user}", "table#timeline tbody tr.event"),
            "users": ("/users", "table#users tbody tr"),
            "users searched": (f"/users?q={quote(LONG_USER[:150])}&which=all", "table#users tbody tr"),
            "no user found": (f"/users?q={quote(LONG_USER + 'x')}", "table#users"),
            "the user": (f"/users/{long_names.user}", "section#state"),
            "the user at version 2": (f"/users/{long_names.user}?version=2", 'section#state[data-version="2"]'),
            "groups": ("/groups", "table#groups tbody tr"),
            "the group": (f"/groups/{long_names.group}", "section#members-card"),
            "the group's members searched": (f"/groups/{long_names.group}?q=Wolfe", "ul#members"),
            "the member event": (f"/events/{long_names.added}", "dl#payload"),
            "the search box, a name": (f"/find?q={quote(LONG_GROUP)}", "section#current"),
            "the search box, no match": (f"/find?q={quote(LONG_USER[:120])}", "table#users"),
            "projections": ("/projections", "table#projections"),
            "verify": ("/verify", "form#verify"),
            "a bad filter": (f"/?until={quote(LONG_USER)}&id={quote(LONG_USER)}", "form#filters"),
            "an error page": (f"/users/{quote(LONG_USER)}", ".error-page"),
        }
        wide = {}
        for name, (path, ready) in pages.items():
            open_page(page, base + path, ready)
            overflowing = page.execute_script(OVERFLOW_JS)
            if overflowing:
                wide[name] = overflowing[:6]
        assert not wide, f"pages wider than the window: {json.dumps(wide, indent=1)}"
        # The checks looked at tables: the listings had rows, and every cell was in view.
        open_page(page, base + "/users", "table#users tbody tr")
        assert page.execute_script(CELLS_JS) >= 12
        assert LONG_USER in body_text(page)


# -- the live timeline ---------------------------------------------------------------


def test_events_another_process_appends_appear_on_the_open_timeline_within_a_second(
    page: Any, hostile_server: Server, stores: Stores
) -> None:
    table = open_page(page, hostile_server.base + "/", 'table#timeline[data-live="on"]')
    head = int(table.get_attribute("data-head"))
    page.execute_script("window.evtcliMarker = 'not reloaded'")
    appended = []
    for command in (
        ["user", "rename", stores.hostile_ids.live_probe, "--name", f"{IMG_NAME} live {uuid.uuid4().hex[:6]}"],
        ["user", "disable", stores.hostile_ids.live_probe, "--reason", SCRIPT_NAME],
    ):
        done = run_evtcli(*command, "--json", db=str(stores.hostile))
        assert done.returncode == 0, done.stderr
        position = json.loads(done.stdout)["position"]
        committed = time.monotonic()
        wait_for(
            page,
            lambda d, new=f'table#timeline tbody tr.event.new[data-position="{position}"]': d.find_elements(
                "css selector", new
            ),
            f"event {position} did not appear on the open timeline within 1 s",
            timeout=1.0,
        )
        appended.append((position, time.monotonic() - committed))
        assert positions(page)[0] == position, "the new event is not the top row"
    shown = positions(page)
    assert [p for p, _ in reversed(appended)] == shown[:2] and shown[2] == head
    assert shown == sorted(shown, reverse=True) and len(set(shown)) == len(shown)
    assert page.execute_script("return window.evtcliMarker") == "not reloaded", "the page was reloaded"
    assert_nothing_injected(page)
    top = page.find_element("css selector", "table#timeline tbody tr.event")
    assert SCRIPT_NAME in top.text, f"the reason is not in the new row as text: {top.text!r}"


# -- what no answer may contain ------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src") and tag in ("a", "link", "script", "img"):
                self.links.append(value)
            if value and name == "action" and tag == "form":
                self.links.append(value)


@dataclass
class Secrets:
    """What must never be in an answer: hashes (whole, and their salts and digests),
    and every user key in the encodings a page might print it in."""

    needles: dict[str, str] = field(default_factory=dict)  # text -> what it is

    def add_hash(self, password_hash: str, whose: str) -> None:
        self.needles[password_hash] = f"the password hash of {whose}"
        for part in password_hash.split("$")[-2:]:  # the salt and the digest
            if len(part) >= 16:
                self.needles[part] = f"part of the password hash of {whose}"

    def add_key(self, key: bytes, whose: str) -> None:
        for text in (base64.b64encode(key).decode(), base64.urlsafe_b64encode(key).decode(), key.hex()):
            self.needles[text.rstrip("=")] = f"the key of {whose}"

    def found_in(self, body: str) -> list[str]:
        found = [what for text, what in self.needles.items() if text in body]
        if "$argon2" in body:
            found.append("'$argon2'")
        if 'data-field="password_hash"' in body:
            found.append("a password_hash field")
        if "aesgcm:" in body:
            found.append("a sealed value, unopened")
        return found


def secrets_of(db: Path, tmp: Path) -> Secrets:
    secrets = Secrets()
    keys = tmp / "keys.jsonl"
    exported = run_evtcli("events", "export", "--keys", str(keys), db=str(db))
    assert exported.returncode == 0, exported.stderr
    for line in exported.stdout.splitlines():
        event = json.loads(line)
        password_hash = event["payload"].get("password_hash", "")
        if password_hash.startswith("$argon2"):  # as imported from the sample, not sealed
            secrets.add_hash(password_hash, f"user {event['aggregate_id']}")
    for line in keys.read_text().splitlines():
        entry = json.loads(line)
        secrets.add_key(base64.b64decode(entry["key"]), f"{entry['aggregate']} {entry['aggregate_id']}")
    with evtcli.open_store(str(db), read_only=True) as store:  # sealed hashes, opened
        for user in store.list_streams("user", "all"):
            for event in store.history("user", user.id):
                if "password_hash" in event.payload:
                    secrets.add_hash(event.payload["password_hash"], f"user {user.id}")
    assert any("key" in what for what in secrets.needles.values()), "no user key in the store to look for"
    return secrets


def crawl(base: str, limit: int = 3000) -> dict[str, Any]:
    """Every same-origin URL reachable by links from ``/`` (and redirects), fetched
    once, a few at a time; URL -> response. Fails past ``limit`` URLs."""
    origin = urllib.parse.urlsplit(base)
    seen: set[str] = {base + "/"}
    answers: dict[str, Any] = {}
    frontier = [base + "/"]
    with ThreadPoolExecutor(max_workers=6) as pool:
        while frontier:
            assert len(seen) <= limit, f"more than {limit} URLs reachable from /: the crawl cannot end"
            found = list(pool.map(fetch, frontier))
            next_frontier = []
            for url, answer in zip(frontier, found, strict=True):
                answers[url] = answer
                links = _Links()
                links.feed(answer.text)
                if "location" in answer.headers:
                    links.links.append(answer.headers["location"])
                for link in links.links:
                    absolute = urllib.parse.urljoin(url, link).split("#", 1)[0]
                    parts = urllib.parse.urlsplit(absolute)
                    if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
                        assert parts.scheme not in ("http", "https", ""), f"{url} links elsewhere: {link}"
                        continue
                    if absolute not in seen:
                        seen.add(absolute)
                        next_frontier.append(absolute)
            frontier = next_frontier
    return answers


def test_no_answer_holds_a_password_hash_or_a_key(sample_server: Server, stores: Stores, tmp_path: Path) -> None:
    secrets = secrets_of(stores.sample, tmp_path)
    base = sample_server.base
    answers = crawl(base)

    with evtcli.open_store(str(stores.sample), read_only=True) as store:
        head = store.head()
        users = {user.id: user.version for user in store.list_streams("user", "all")}
        groups = {group.id: group.version for group in store.list_streams("group", "all")}
    paths = {urllib.parse.urlsplit(url).path for url in answers}
    missing = (
        {f"/events/{p}" for p in range(1, head + 1)} | {f"/users/{u}" for u in users} | {f"/groups/{g}" for g in groups}
    ) - paths
    assert not missing, f"not reachable by links from /: {sorted(missing)[:10]} ({len(missing)} in all)"

    # The fragments app.js fetches: every stream's rows, every version of every stream.
    fragments = [f"{base}/timeline/rows?after=0"]
    fragments += [f"{base}/timeline/rows?{urllib.parse.urlencode({'after': 0, 'id': u})}" for u in users]
    for kind, streams in (("users", users), ("groups", groups)):
        fragments += [f"{base}/{kind}/{s}/state?version={v}" for s, last in streams.items() for v in range(1, last + 1)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers.update(zip(fragments, pool.map(fetch, fragments), strict=True))
    answers[f"POST {base}/verify"] = fetch(f"{base}/verify", method="POST", data=b"")
    assert 'data-ok="true"' in answers[f"POST {base}/verify"].text

    problems = []
    for url, answer in answers.items():
        if answer.status not in (200, 303) or (answer.status == 303 and "location" not in answer.headers):
            problems.append(f"{url}: status {answer.status}")
        problems += [f"{url}: {what}" for what in secrets.found_in(answer.text)]
    assert not problems, f"{len(problems)} problems in {len(answers)} answers:\n" + "\n".join(problems[:30])


def test_the_verify_button_runs_verify_but_a_form_elsewhere_cannot(page: Any, sample_server: Server) -> None:
    """What Chromium itself sends with a form's POST (Origin, Sec-Fetch-Site), from the
    page and from another site (a data: URL), is what the server tells apart."""
    open_page(page, sample_server.base + "/verify", "form#verify")
    assert post_form(page, "form#verify button#run-verify") == "true"

    elsewhere = f'<form method="post" action="{sample_server.base}/verify"><button id="go">go</button></form>'
    page.get("data:text/html," + urllib.parse.quote(elsewhere))
    assert post_form(page, "button#go") is None, "a form on another site ran verify"


def post_form(driver: Any, button: str) -> str | None:
    """Click ``button``, wait for the answer; its section#verify-result's data-ok (None without one)."""
    navigate_by(driver, driver.find_element("css selector", button).click, "body")
    wait_for(driver, lambda d: d.execute_script("return document.readyState") == "complete", "no page after the POST")
    results = driver.find_elements("css selector", "section#verify-result")
    return results[0].get_attribute("data-ok") if results else None


# -- a token off loopback ------------------------------------------------------------


def test_off_loopback_a_token_is_needed_once_then_a_cookie_carries_it(page: Any, stores: Stores) -> None:
    with serve(stores.hostile, host="0.0.0.0") as server:
        token = server.token
        assert token, f"bound to 0.0.0.0 but the URL has no token: {server.url}"
        printed = urllib.parse.urlsplit(server.url)
        host = {"Host": printed.netloc}  # as the printed address would send it
        assert fetch(server.base + "/", headers=host).status == 403
        assert fetch(server.base + "/users", headers=host).status == 403
        assert fetch(f"{server.base}/?token={token[:-1]}x", headers=host).status == 403
        redirect = fetch(f"{server.base}/users?q=ama&token={token}", headers=host)
        assert redirect.status == 303, redirect.status
        location = urllib.parse.urlsplit(redirect.headers["location"])
        assert (location.path, location.query) == ("/users", "q=ama"), redirect.headers["location"]
        (cookie,) = redirect.set_cookies
        attributes = {part.strip().lower() for part in cookie.split(";")}
        assert cookie.startswith(f"evtcli_token={token};")
        assert {"httponly", "samesite=strict"} <= attributes, cookie

        # The browser opens the printed address (through 127.0.0.1: Chromium refuses 0.0.0.0).
        open_page(page, f"{server.base}{printed.path}?{printed.query}", "table#timeline tbody tr.event")
        assert "token" not in page.current_url, "the token stayed in the address bar"
        (jar,) = [c for c in page.get_cookies() if c["name"] == "evtcli_token"]
        assert jar["httpOnly"] and jar["sameSite"] == "Strict"

        # The live timeline's requests carry the cookie too.
        assert element(page, 'table#timeline[data-live="on"]')
        renamed = run_evtcli(
            "user", "rename", stores.hostile_ids.live_probe, "--name", f"Token Probe {uuid.uuid4().hex[:6]}", "--json",
            db=str(stores.hostile),
        )
        assert renamed.returncode == 0, renamed.stderr
        position = json.loads(renamed.stdout)["position"]
        element(page, f'table#timeline tbody tr.event.new[data-position="{position}"]', timeout=1.0)

        open_page(page, server.base + "/users", "table#users tr[data-id]")


# -- screenshots ---------------------------------------------------------------------


def test_screenshots_of_the_timeline_and_a_user_with_a_long_history(
    page: Any, sample_server: Server, stores: Stores, tmp_path: Path
) -> None:
    """PNGs of the window for people to look at; with EVTCLI_UPDATE_DOCS=1 also into docs/."""
    shots = {
        "screenshot-timeline.png": (sample_server.base + "/", "table#timeline tbody tr.event"),
        # As the README shows it: the slider at version 2, the fields it changed marked.
        "screenshot-user.png": (
            f"{sample_server.base}/users/{stores.long_history}?version=2",
            'section#state[data-version="2"]',
        ),
    }
    update_docs = os.environ.get("EVTCLI_UPDATE_DOCS") == "1"
    for name, (url, ready) in shots.items():
        open_page(page, url, ready)
        wait_for(
            page,
            lambda d: d.execute_script("return document.readyState == 'complete' && document.fonts.status == 'loaded'"),
            f"{url} did not finish loading",
        )
        # The live badge pulses: stop every animation at its start, so the same page
        # gives the same picture (and docs/ does not change from run to run).
        page.execute_script("document.getAnimations().forEach(a => { a.pause(); a.currentTime = 0; })")
        stylesheet = page.execute_script("return document.styleSheets.length")
        assert stylesheet >= 1, "the page has no stylesheet: a screenshot of unstyled HTML"
        png = page.get_screenshot_as_png()
        assert png_size(png) == WINDOW, f"{name} is {png_size(png)}, not the window's {WINDOW}"
        (tmp_path / name).write_bytes(png)
        if update_docs:
            (REPO / "docs").mkdir(exist_ok=True)
            (REPO / "docs" / name).write_bytes(png)
    sys.stderr.write(f"\n[serve] screenshots in {tmp_path}\n")


# -- 100,000 events ------------------------------------------------------------------


def test_the_timeline_of_100000_events_pages_quickly_without_gaps_or_overlap(page: Any, big_store: BigStore) -> None:
    with serve(big_store.path()) as server:
        # One request before the measured ones: a server's very first page also compiles
        # its templates and reads the file cold, which it pays once, not per page.
        assert fetch(server.base + "/").status == 200
        open_page(page, server.base + "/", "table#timeline tbody tr.event")
        timings = {"first page": navigation_ms(page)}
        assert not page.find_elements("css selector", "a#newest")
        first = positions(page)
        assert first == list(range(BIG_EVENTS, BIG_EVENTS - 50, -1)), "the first page is not the 50 newest events"
        assert int(element(page, "table#timeline").get_attribute("data-head")) == BIG_EVENTS

        shown = first
        for number in range(2, 7):
            click_to_page(page, page.find_element("css selector", "a#older"), "table#timeline tbody tr.event")
            timings[f"page {number}"] = navigation_ms(page)
            older = positions(page)
            assert older == sorted(older, reverse=True) and len(set(older)) == len(older) == 50
            # Positions are gap-free, so the next page starts right below the last one.
            assert older[0] == shown[-1] - 1, f"page {number} starts at {older[0]} after {shown[-1]}"
            assert f"before={shown[-1]}" in urllib.parse.unquote(page.current_url)
            assert not page.find_elements("css selector", "table#timeline[data-live]"), "an older page is live"
            shown = older
        click_to_page(page, page.find_element("css selector", "a#newest"), "table#timeline tbody tr.event")
        timings["newest again"] = navigation_ms(page)
        assert positions(page) == first

        # A filter, chosen in the form, pages the same way, and its links keep it.
        from selenium.webdriver.support.ui import Select

        Select(page.find_element("css selector", "form#filters select[name=aggregate]")).select_by_value("user")
        Select(page.find_element("css selector", "form#filters select[name=type]")).select_by_value("Destroyed")
        navigate_by(page, page.find_element("css selector", "form#filters").submit, "table#timeline tbody tr.event")
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(page.current_url).query))
        assert (query.get("aggregate"), query.get("type")) == ("user", "Destroyed"), page.current_url
        timings["Destroyed, page 1"] = navigation_ms(page)
        seen: list[int] = positions(page)
        for number in range(2, 4):
            click_to_page(page, page.find_element("css selector", "a#older"), "table#timeline tbody tr.event")
            timings[f"Destroyed, page {number}"] = navigation_ms(page)
            older = positions(page)
            assert older == sorted(older, reverse=True) and older[0] < seen[-1]
            assert "type=Destroyed" in page.current_url, f"the filter was lost: {page.current_url}"
            seen += older
        types = {td.text for td in page.find_elements("css selector", "table#timeline tbody td.type")}
        assert types == {"Destroyed"}
    sys.stderr.write(f"\n[serve] 100,000 events, ms per page: { {k: round(v) for k, v in timings.items()} }\n")
    slow = {name: round(ms) for name, ms in timings.items() if ms >= PAGE_BUDGET_MS}
    assert not slow, f"pages over {PAGE_BUDGET_MS} ms: {slow} (all: { {k: round(v) for k, v in timings.items()} })"
