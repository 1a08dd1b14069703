"""``evtcli serve``'s pages over HTTP, in-process (Starlette's TestClient), on both backends.

What only a browser shows (scripts that run or not, the slider, live rows) is in
``test_serve_browser.py``; what only a process shows (the printed address, signals,
exit codes) is at the end of this file.
"""

from __future__ import annotations

import html
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
from starlette.responses import PlainTextResponse
from starlette.testclient import TestClient

import evtcli
from evtcli.api import Store, WriteContext, public_state
from evtcli.api import browse
from evtcli.web import groups as group_panels
from evtcli.web import pages
from evtcli.web import streams as stream_pages
from evtcli.web import wording
from evtcli.web.app import create_app
from evtcli.web.guard import CONTENT_SECURITY_POLICY, TOKEN_COOKIE, Guard

from conftest import CHEAP_HASHER, evtcli_command

LOOPBACK = "http://127.0.0.1"
START = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


class Minutes:
    """A clock that moves one minute a reading, so every event has its own time."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> datetime:
        self.count += 1
        return START + timedelta(minutes=self.count)


class History:
    """A small store: two users (one renamed, one destroyed while in a group), a group."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ada = store.create_user("Ada Lovelace", "ada@example.com", "correct horse")
        self.bob = store.create_user("Bob <script>alert(1)</script>", "bob@example.com", "battery staple")
        store.rename_user(self.ada, "Ada King")
        self.team = store.create_group("Engines").aggregate_id
        store.add_members(self.team, [self.ada, self.bob])
        self.destroyed = store.destroy_user(self.bob, reason="left", context=WriteContext(command="user destroy"))


@pytest.fixture
def history(db_url: str) -> Iterator[History]:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, clock=Minutes()) as store:
        yield History(store)


@pytest.fixture
def client(history: History) -> Iterator[TestClient]:
    with TestClient(create_app(history.store, name="test"), base_url=LOOPBACK) as opened:
        yield opened


def positions(page: str) -> list[int]:
    return [int(found) for found in re.findall(r'<tr class="event[^"]*" data-position="(\d+)"', page)]


def field(page: str, name: str, section: str | None = None) -> str:
    """The text of ``dd[data-field=name]`` (in ``section#…`` when given), tags stripped."""
    if section is not None:
        start = page.index(f'id="{section}"')
        page = page[start : page.index("</section>", start)]
    found = re.search(rf'<dd data-field="{name}"[^>]*>(.*?)</dd>', page, re.S)
    assert found is not None, name
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip()


# -- the timeline ------------------------------------------------------------------------


def test_the_timeline_pages_newest_first_by_position(client: TestClient, history: History, monkeypatch) -> None:
    monkeypatch.setattr(pages, "PAGE_SIZE", 3)  # page size 3 runs the cursor code on a small log
    head = history.store.head()
    seen: list[int] = []
    url = "/"
    while url:
        page = client.get(url).text
        seen += positions(page)
        older = re.search(r'<a id="older" href="([^"]+)"', page)
        url = html.unescape(older.group(1)) if older else ""
        if seen[3:]:
            assert 'id="newest"' in page and 'data-live="on"' not in page
    assert seen == list(range(head, 0, -1))


def test_the_timeline_filters_by_aggregate_type_stream_and_time(client: TestClient, history: History) -> None:
    events = history.store.timeline(100).events
    assert positions(client.get("/?aggregate=group").text) == [e.position for e in events if e.aggregate == "group"]
    assert positions(client.get("/?type=renamed").text) == [e.position for e in events if e.type == "Renamed"]
    mine = [e.position for e in events if e.aggregate_id == history.ada]
    assert positions(client.get("/?id=ada@example.com").text) == mine
    assert positions(client.get(f"/?id={history.ada[:6]}").text) == mine
    cut = events[3].recorded_at
    page = client.get("/", params={"until": cut}).text
    assert positions(page) == [e.position for e in events[3:]]
    assert 'data-live="on"' not in page  # a page in the past does not grow


def test_rows_name_their_streams_as_the_projections_do_now(client: TestClient, history: History) -> None:
    group_events = [e for e in history.store.timeline(100).events if e.aggregate == "group"]
    page = client.get("/", params={"aggregate": "group"}).text
    assert page.count('<span class="name">Engines</span>') == len(group_events) == 4
    streams = [("group", history.team), ("user", history.ada), ("group", "ffffffff-0000-4000-8000-000000000000")]
    assert history.store.stream_names(streams) == {history.team: "Engines", history.ada: "Ada King"}


# What a hint written for a terminal has and a page must not: an option, a command.
COMMAND_LINE = re.compile(r"(?<![\w-])--[a-z]|\bevtcli [a-z]")


def problem_of(page: str) -> tuple[str | None, str]:
    """The timeline's problem line: the form field it names (its data-field), its text."""
    found = re.search(r'<p class="problem"[^>]*?(?: data-field="([^"]*)")?>(.*?)</p>', page, re.S)
    assert found is not None, "no problem line on the page"
    return found.group(1), html.unescape(re.sub(r"<[^>]+>", "", found.group(2)))


@pytest.mark.parametrize(
    "query, field, says",
    [("type=Exploded", "type", "unknown event type 'Exploded'"), ("aggregate=robot", "aggregate", "unknown aggregate 'robot'"),
     ("until=yesterday", "until", "cannot read time 'yesterday'; the Recorded until field takes a time in ISO 8601"),
     ("id=zz", "id", "too short for an id; the Stream field takes"), ("id=nobody@example.com", "id", "the Stream field takes"),
     ("id=ffffffff", "id", "the Stream field takes")],
)
def test_a_bad_filter_is_said_on_the_page_for_its_form_field(client: TestClient, query: str, field: str, says: str) -> None:
    response = client.get(f"/?{query}")
    assert response.status_code == 400 and positions(response.text) == []
    named, text = problem_of(response.text)
    assert says in text and named == field
    assert not COMMAND_LINE.search(text), text
    assert re.findall(r'name="(\w+)"[^>]*aria-invalid="true"', response.text) == [field]


def test_the_live_rows_are_those_above_the_head_the_page_was_read_at(client: TestClient, history: History) -> None:
    head = history.store.head()
    renamed = history.store.rename_user(history.ada, "Ada, Countess of Lovelace")
    response = client.get("/timeline/rows", params={"after": head, "aggregate": "user"})
    assert positions(response.text) == [renamed.position]
    assert response.headers["X-Head"] == str(renamed.position) and "X-More" not in response.headers
    assert positions(client.get("/timeline/rows", params={"after": head, "aggregate": "group"}).text) == []


# -- one event ---------------------------------------------------------------------------


def test_an_event_links_its_cause_and_what_it_caused(client: TestClient, history: History) -> None:
    destroyed = history.destroyed
    removed = [e for e in history.store.timeline(100).events if e.type == "MemberRemoved"]
    assert len(removed) == 1
    page = client.get(f"/events/{destroyed.position}").text
    assert field(page, "event_id", "envelope") == destroyed.event_id
    assert field(page, "reason") == "left"
    caused = re.search(r'<ul id="caused".*?</ul>', page, re.S)
    assert caused and f'href="/events/{removed[0].position}"' in caused.group(0)
    effect = client.get(f"/events/{removed[0].position}").text
    assert f'<a id="causation" href="/events/{destroyed.position}"' in effect


def test_a_bug_is_a_500_page_and_the_traceback_stays_on_the_server(history: History, monkeypatch) -> None:
    def broken(self: Store) -> list[object]:
        raise RuntimeError("projection status exploded")

    monkeypatch.setattr(Store, "projection_status", broken)
    with TestClient(create_app(history.store), base_url=LOOPBACK, raise_server_exceptions=False) as client:
        response = client.get("/projections")
    assert response.status_code == 500
    assert "Internal error" in response.text and "exploded" not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize(
    "path",
    ["/timeline/rows?until=yesterday", "/timeline/rows?id=ffffffff", "/users/ffffffff", "/users/nobody@example.com",
     "/users/ff", "/groups/Nowhere", "/groups/ffffffff/state", "/events/99", "/events/x"],
)
def test_an_error_page_says_what_went_wrong_in_the_webs_words(client: TestClient, history: History, path: str) -> None:
    """The API words its refusals for the command line ("list them with 'evtcli
    user list --all'", "give --at"); an error page never shows that wording."""
    response = client.get(path)
    assert response.status_code in (400, 404)
    shown = re.search(r'<section class="card error-page">(.*?)</section>', response.text, re.S)
    assert shown is not None
    text = html.unescape(re.sub(r"<[^>]+>", " ", shown.group(1)))
    assert not COMMAND_LINE.search(text), text


def test_a_hint_for_a_terminal_is_left_off_a_page() -> None:
    """Refusals the web has no words of its own for show their message alone."""
    for terminal in ("list them with 'evtcli user list --all'", "give --at in ISO 8601", "run evtcli replay"):
        assert wording.web_hint(terminal) is None, terminal
    for page in ("give more characters of the id", "a position is at most 9223372036854775807", "e.g. 2026-11-22T13:00Z"):
        assert wording.web_hint(page) == page


def test_an_unknown_position_is_a_404_page(client: TestClient, history: History) -> None:
    response = client.get(f"/events/{history.store.head() + 1}")
    assert response.status_code == 404
    assert "no event at position" in response.text and "<nav>" in response.text


LARGEST = 2**63 - 1  # SQLite's INTEGER and PostgreSQL's bigint hold no larger number


@pytest.mark.parametrize(
    "number", [str(LARGEST), str(LARGEST + 1), str(10**23), "9" * 5000], ids=["2**63-1", "2**63", "10**23", "5000-digits"]
)
def test_a_number_too_large_for_the_database_is_a_404_never_a_500(client: TestClient, history: History, number: str) -> None:
    """Every number a page reads from its address; the largest the database holds is
    read as any other (nothing at that position, a version past the last is the last)."""
    fits = number == str(LARGEST)
    answers = {
        f"/events/{number}": 404,
        f"/find?q={number}": 404,  # the event page at that position
        f"/?before={number}": 200 if fits else 404,
        f"/timeline/rows?after={number}": 200 if fits else 404,
        f"/users/{history.ada}?version={number}": 200 if fits else 404,
        f"/users/{history.ada}/state?version={number}": 200 if fits else 404,
        f"/groups/{history.team}?offset={number}": 200 if fits else 404,
    }
    for url, status in answers.items():
        response = client.get(url)
        assert response.status_code == status, url[:80]
        if status == 404:
            assert "<nav>" in response.text, url[:80]  # the site's own 404 page


# -- users and groups --------------------------------------------------------------------


def test_a_prefix_or_an_email_goes_to_the_one_address(client: TestClient, history: History) -> None:
    for reference in (history.ada[:6], "ada@example.com"):
        response = client.get(f"/users/{reference}", params={"version": 1}, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == f"/users/{history.ada}?version=1"
    assert client.get("/users/ffffffff").status_code == 404
    assert client.get("/groups/Engines", follow_redirects=False).headers["location"] == f"/groups/{history.team}"


def test_each_version_shows_the_fold_at_that_version(client: TestClient, history: History) -> None:
    versions = history.store.history("user", history.bob)
    for envelope in versions:
        page = client.get(f"/users/{history.bob}/state", params={"version": envelope.version}).text
        assert f'data-version="{envelope.version}" data-at="{envelope.recorded_at}"' in page
        folded = public_state("user", history.store.fold_stream("user", history.bob, at=envelope.recorded_at))
        for name in ("name", "email", "status", "version"):
            assert field(page, name) == str(folded[name])
    whole = client.get(f"/users/{history.bob}", params={"version": 1}).text
    assert 'data-version="1"' in whole and field(whole, "status", "current") == "destroyed"


def test_a_group_shows_its_members_then_and_now(client: TestClient, history: History) -> None:
    now = client.get(f"/groups/{history.team}").text
    assert re.findall(r'<li><a href="/users/([^"]+)"', now.split('id="members"')[1].split("</ul>")[0]) == [history.ada]
    added = client.get(f"/groups/{history.team}/state", params={"version": 3}).text  # both added
    assert re.findall(r'data-user-id="([^"]+)"', added) == [history.ada, history.bob]
    assert "Ada King" in added
    # In the history, the user a member event names links to their page: added, then removed.
    assert now.count(f'href="/users/{history.bob}" title="{history.bob}">Bob &lt;script&gt;') == 2


def test_a_member_event_names_its_user_as_the_member(client: TestClient, history: History) -> None:
    """Where the payload's user_id shows the user's name, it is labelled for people."""
    added = next(e for e in history.store.timeline(100).events if e.type == "MemberAdded")
    for page in (client.get("/", params={"aggregate": "group"}).text, client.get(f"/groups/{history.team}").text):
        labels = re.findall(r'<span class="key">([^<]*)</span>', page)
        assert labels.count("member") == 3 and "user id" not in labels, labels  # two added, one removed
    event = client.get(f"/events/{added.position}").text
    assert re.search(r'<dt>member</dt><dd data-field="user_id"><a class="val" href="/users/', event)


class Crew:
    """A group of seven, added one at a time (so oldest first is the order added), one
    of them named in HTML; and the events that made it."""

    def __init__(self, store: Store) -> None:
        names = ["Ann", "Ben", "<b>Cleo</b>", "Dan", "Eve", "Fay", "Gus"]
        self.members = [store.create_user(name, f"{name.strip('<b>/').lower()}@crew.example", "correct horse") for name in names]
        self.group = store.create_group("Crew").aggregate_id
        for user in self.members[3:] + self.members[:3]:
            store.add_members(self.group, [user])
        self.order = self.members[3:] + self.members[:3]


@pytest.fixture
def crew(history: History) -> Crew:
    return Crew(history.store)


def listed(page: str) -> list[str]:
    """The user ids in ul#members, in order."""
    found = re.search(r'<ul id="members".*?</ul>', page, re.S)
    return re.findall(r'<li><a href="/users/([^"]+)"', found.group(0)) if found else []


def link(page: str, name: str) -> str | None:
    found = re.search(rf'<a id="{name}" href="([^"]+)"', page)
    return html.unescape(found.group(1)) if found else None


def test_a_group_page_pages_its_members_with_next_and_previous_links(client: TestClient, crew: Crew, monkeypatch) -> None:
    monkeypatch.setattr(group_panels, "MEMBERS_PAGE", 3)
    seen: list[str] = []
    headings: list[str] = []
    url: str | None = f"/groups/{crew.group}"
    while url:
        assert len(headings) < 5, "the next links go round"
        page = client.get(url).text
        seen += listed(page)
        headings.append(re.sub(r"<[^>]+>", "", re.search(r"<h2>Members.*?</h2>", page).group(0)))
        assert (link(page, "previous") is None) == (url == f"/groups/{crew.group}")
        last, url = url, link(page, "next")
    assert seen == crew.order
    assert headings == [f"Members {span} of 7, oldest first" for span in ("1–3", "4–6", "7–7")]
    back = link(client.get(last).text, "previous")
    assert back == f"/groups/{crew.group}?offset=3#members-card"
    assert listed(client.get(back).text) == crew.order[3:6]
    assert listed(client.get(f"/groups/{crew.group}", params={"offset": "99999999999999999999"}).text) == []
    assert "No members this far: there are 7." in client.get(f"/groups/{crew.group}", params={"offset": 7}).text


def test_a_group_page_searches_its_members(client: TestClient, crew: Crew, monkeypatch) -> None:
    monkeypatch.setattr(group_panels, "MEMBERS_PAGE", 2)
    page = client.get(f"/groups/{crew.group}", params={"q": "CREW.EXAMPLE"}).text
    assert '<input type="search" name="q" value="CREW.EXAMPLE"' in page
    assert listed(page) == crew.order[:2] and link(page, "next") == f"/groups/{crew.group}?q=CREW.EXAMPLE&offset=2#members-card"
    found = client.get(f"/groups/{crew.group}", params={"q": "<b>c"}).text
    assert listed(found) == [crew.members[2]] and "Members 1–1 of 1 matching" in re.sub(r"<[^>]+>", "", found)
    assert "&lt;b&gt;Cleo&lt;/b&gt;</a>" in found and 'value="&lt;b&gt;c"' in found and "<b>" not in found
    none = client.get(f"/groups/{crew.group}", params={"q": '"><script>x'}).text
    assert listed(none) == [] and "No member's name or email holds “&#34;&gt;&lt;script&gt;x”." in none and "<script>x" not in none


def test_a_long_history_shows_its_newest_events_and_the_timeline_has_the_rest(
    client: TestClient, history: History, crew: Crew, monkeypatch
) -> None:
    monkeypatch.setattr(stream_pages, "HISTORY_SIZE", 3)
    events = history.store.history("group", crew.group)
    page = client.get(f"/groups/{crew.group}").text
    shown = [int(v) for v in re.findall(r'<li class="event[^"]*" data-version="(\d+)"', page)]
    assert shown == [8, 7, 6] and "History 8 events, the newest 3 here" in re.sub(r"<[^>]+>", "", page)
    older = link(page, "older")
    assert older == f"/?aggregate=group&id={crew.group}&before={events[5].position}"
    assert positions(client.get(older).text) == [e.position for e in reversed(events[:5])]
    assert link(client.get(f"/users/{crew.members[0]}").text, "older") is None  # a short history is all there


def test_the_state_panel_lists_the_first_members_then(client: TestClient, crew: Crew, monkeypatch) -> None:
    monkeypatch.setattr(group_panels, "MEMBERS_THEN", 2)
    page = client.get(f"/groups/{crew.group}/state", params={"version": 7}).text  # six members then
    assert re.findall(r'data-user-id="([^"]+)"', page) == crew.order[:2]
    assert "and 4 more: the oldest 2 are shown" in page
    assert "more:" not in client.get(f"/groups/{crew.group}/state", params={"version": 3}).text


def test_each_version_is_folded_with_the_one_before_it(db_url: str, monkeypatch) -> None:
    """From the latest snapshot at or before it, or from the start, as fold folds; the
    version before a snapshot's own is folded from the start only while that is short."""
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER, clock=Minutes()) as store:
        store.projections.snapshots.every = 3
        crew = Crew(store)
        store.rename_group(crew.group, "Crew 2")  # version 9: the group's one snapshot
        store.rename_group(crew.group, "Crew 3")  # version 10: folded from it
        assert [a.snapshots for a in store.stats().aggregates if a.name == "group"] == [1]
        for version in range(1, 11):
            before, state = store.fold_with_previous("group", "crew 3", version)
            assert state == store.fold_stream("group", crew.group, version=version)
            assert before == (store.fold_stream("group", crew.group, version=version - 1) if version > 1 else None)
        monkeypatch.setattr(browse, "PREVIOUS_FOLD_LIMIT", 7)  # version 8 is further than that from the start
        before, state = store.fold_with_previous("group", crew.group, 9)
        assert (before, state) == (None, store.fold_stream("group", crew.group, version=9))
        with TestClient(create_app(store, name="test"), base_url=LOOPBACK) as client:
            nine = client.get(f"/groups/{crew.group}/state", params={"version": 9}).text
            assert 'id="unmarked"' in nine and 'class="changed"' not in nine
            ten = client.get(f"/groups/{crew.group}", params={"version": 10}).text
            assert 'id="unmarked"' not in ten and 'data-field="name" class="changed"' in ten


def test_a_name_is_text_never_markup(client: TestClient, history: History) -> None:
    for url in ("/", f"/users/{history.bob}", f"/events/{history.destroyed.position}", "/users?which=all"):
        page = client.get(url).text
        assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page, url


def test_lists_search_the_projections(client: TestClient, history: History) -> None:
    live = client.get("/users").text
    assert f'data-id="{history.ada}"' in live and f'data-id="{history.bob}"' not in live
    found = client.get("/users", params={"q": "SCRIPT", "which": "all"}).text
    assert re.findall(r'<tr data-id="([^"]+)"', found) == [history.bob]
    assert re.findall(r'<tr data-id="([^"]+)"', client.get("/groups").text) == [history.team]


def test_find_goes_to_what_the_text_names(client: TestClient, history: History) -> None:
    def where(text: str) -> str:
        return client.get("/find", params={"q": text}, follow_redirects=False).headers["location"]

    assert where("3") == "/events/3"
    assert where("ada@example.com") == f"/users/{history.ada}"
    assert where("engines") == f"/groups/{history.team}"
    assert where("nobody here") == "/users?q=nobody+here&which=all"


# -- the store as a whole ----------------------------------------------------------------


def test_projections_show_checkpoint_head_and_lag(client: TestClient, history: History) -> None:
    page = client.get("/projections").text
    for status in history.store.projection_status():
        row = page.split(f'data-name="{status.name}"')[1].split("</tr>")[0]
        assert f'data-field="checkpoint">{status.checkpoint}<' in row and f'data-field="lag">{status.lag}<' in row


def test_projections_page_shows_each_consumer_and_its_lag(client: TestClient, history: History) -> None:
    assert "No consumers." in client.get("/projections").text
    history.store.create_consumer("mailer", types=["Created"], start=2)
    page = client.get("/projections").text
    row = page.split('<tr data-name="mailer">')[1].split("</tr>")[0]
    head = history.store.head()
    assert "type Created" in row and 'data-field="checkpoint">2<' in row and f'data-field="lag">{head - 2}<' in row


def test_verify_runs_on_request_and_reports_drift(client: TestClient, history: History) -> None:
    assert 'id="verify-result"' not in client.get("/verify").text  # a GET only shows the button
    assert 'data-ok="true"' in client.post("/verify").text
    from sqlalchemy import text

    with history.store.engine.begin() as conn:  # a projection row that no event explains
        conn.execute(text("UPDATE users SET name = 'Mallory' WHERE id = :id"), {"id": history.ada})
    result = client.post("/verify").text
    assert 'data-ok="false"' in result and "1 problem in the projections" in result


def test_no_route_writes(client: TestClient, history: History) -> None:
    before = [e.hash for e in history.store.timeline(100).events]
    for url in ("/", "/timeline/rows", f"/users/{history.ada}", f"/groups/{history.team}", "/events/1", "/find"):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            assert client.request(method, url).status_code == 405, (method, url)
    assert [e.hash for e in history.store.timeline(100).events] == before


# -- what every answer carries, who may ask ----------------------------------------------


def test_every_answer_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/", "/static/app.css", "/static/app.js", "/no/such/page", "/events/999"):
        response = client.get(url)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"


def test_pages_load_nothing_from_elsewhere(client: TestClient, history: History) -> None:
    for url in ("/", f"/users/{history.ada}", f"/groups/{history.team}", "/verify"):
        page = client.get(url).text
        addresses = re.findall(r'(?:src|href|action)="([^"]*)"', page)
        assert addresses and all(a.startswith(("/", "?", "#")) for a in addresses), url
        assert "style=" not in page and "<script>" not in page  # nothing inline for the CSP to allow


def test_a_loopback_server_answers_only_to_loopback_names(history: History) -> None:
    with TestClient(create_app(history.store), base_url=LOOPBACK) as client:
        assert client.get("/", headers={"host": "localhost:8470"}).status_code == 200
        assert client.get("/", headers={"host": "[::1]:8470"}).status_code == 200
        assert client.get("/", headers={"host": "rebound.example:8470"}).status_code == 403
        assert client.post("/verify", headers={"origin": "http://evil.example"}).status_code == 403
        assert client.post("/verify", headers={"origin": "http://127.0.0.1"}).status_code == 200
        assert client.post("/verify", headers={"sec-fetch-site": "cross-site", "origin": "null"}).status_code == 403
        assert client.post("/verify", headers={"sec-fetch-site": "same-origin", "origin": "null"}).status_code == 200


def test_a_loopback_server_answers_only_to_a_host_that_is_exactly_a_loopback_name() -> None:
    answered = ["localhost", "localhost:8470", "LOCALHOST", "app.localhost:8470", "127.0.0.1", "127.0.0.1:8470",
                "[::1]", "[::1]:8470"]
    refused = ["localhost:80@evil.com", "[::1].evil.com", "[::1]:80@evil.com", "localhost.evil.com",
               "127.0.0.1.evil.com", "evil.localhost.com", "::1", "[127.0.0.1]", "localhost:abc", "localhost:8470/x",
               "localhost :8470", "rebound.example:8470", ""]
    client = TestClient(Guard(PlainTextResponse("answered"), token=None), base_url=LOOPBACK)  # no lifespan to run
    for host in answered:
        assert client.get("/", headers={"host": host}).status_code == 200, host
    for host in refused:
        response = client.get("/", headers={"host": host})
        assert response.status_code == 403 and "answers only to localhost" in response.text, host


def test_the_token_redirect_stays_on_this_site() -> None:
    """The address the token came in is the redirect's path: never one a browser
    would read as another host (``//evil.com``, ``/\\evil.com``)."""
    stays = {
        "//evil.com": "/evil.com",
        "/%2F%2Fevil.com": "/evil.com",  # decoded to ///evil.com before the guard sees it
        "/%5C%5Cevil.com": "/%5C%5Cevil.com",
        "/%2F%5Cevil.com": "/%5Cevil.com",
        "/users": "/users",
    }
    client = TestClient(Guard(PlainTextResponse("answered"), token="T"), base_url="http://192.0.2.10:8470")
    for path, location in stays.items():
        response = client.get(f"http://192.0.2.10:8470{path}?q=ada&token=T", follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"] == f"{location}?q=ada", path


def test_a_token_is_asked_for_once_then_kept_in_a_cookie(history: History) -> None:
    app = create_app(history.store, token="s3cret-token")
    with TestClient(app, base_url="http://192.0.2.10:8470") as client:
        assert client.get("/").status_code == 403
        assert client.get("/static/app.css").status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        entered = client.get("/users?q=ada&token=s3cret-token", follow_redirects=False)
        assert entered.status_code == 303 and entered.headers["location"] == "/users?q=ada"
        cookie = entered.headers["set-cookie"]
        assert cookie.startswith(f"{TOKEN_COOKIE}=s3cret-token;") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert client.get("/users").status_code == 200  # the client kept the cookie
    with TestClient(app, base_url="http://192.0.2.10:8470") as script:
        assert script.get("/", headers={"authorization": "token s3cret-token"}).status_code == 200


# -- the process -------------------------------------------------------------------------


def start_serving(db: str, *args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [*evtcli_command(db), "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_its_address_and_ends_cleanly(history: History, db_url: str, stop: signal.Signals) -> None:
    process, url = start_serving(db_url)
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url), url
        with urllib.request.urlopen(url + f"users/{history.ada}", timeout=10) as response:
            assert "Ada King" in response.read().decode()
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert out == "" and "Traceback" not in err and "read-only" in err


def test_serve_on_another_address_prints_a_token(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    evtcli.open_store(db, create=True).close()
    process, url = start_serving(db, "--host", "0.0.0.0")
    try:
        port = int(re.fullmatch(r"http://[^/]+:(\d+)/\?token=[\w-]{20,}", url).group(1))  # type: ignore[union-attr]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10)
        assert refused.value.code == 403
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)


def test_serve_refuses_a_missing_database_and_a_taken_port(tmp_path: Path) -> None:
    from conftest import run_evtcli

    missing = tmp_path / "missing.db"
    completed = run_evtcli("serve", "--port", "0", db=str(missing))
    assert completed.returncode == 1 and completed.stderr.startswith("error: ") and not missing.exists()
    db = str(tmp_path / "evtcli.db")
    evtcli.open_store(db, create=True).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        completed = run_evtcli("serve", "--port", str(taken.getsockname()[1]), db=db)
    assert completed.returncode == 1, completed.stderr
    assert completed.stderr.count("\n") == 1 and "choose another with --port" in completed.stderr


def test_serve_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    db = str(tmp_path / "evtcli.db")
    evtcli.open_store(db, create=True).close()
    code = (
        "import sys; sys.modules['starlette'] = None; sys.argv = ['evtcli', '--db', sys.argv[1], 'serve'];"
        "from evtcli.cli import main; main()"
    )
    completed = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 1
    assert completed.stderr == (
        "error: evtcli serve needs starlette, which is not installed; install it with: pip install 'evtcli[serve]'\n"
    )
