"""A third aggregate declared in the tests only (``post``, tests/post_aggregate.py) gets
every read of the upper half from its declaration: the API's get, list, history,
fold and resolve, ``evtcli post list/show/history``, ``fold post``, tail and export
by aggregate, the stats counts, completion and the web pages; and the reference
rule on its writes (a post's author must be a live user). Runs on every backend.
"""

from __future__ import annotations

import json
from typing import Iterator

import pytest
from starlette.testclient import TestClient

import evtcli
from evtcli.api import Store
from evtcli.errors import NotFound, RuleViolation, UnknownName, UsageProblem
from evtcli.web.app import create_app

from conftest import CHEAP_HASHER, Cli
from post_aggregate import registered

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def post_registered() -> Iterator[None]:
    with registered():
        yield


class Blog:
    """Two authors (one destroyed later), three posts (one edited, one deleted)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ada = store.create_user("Ada", "ada@example.com", PASSWORD)
        self.bob = store.create_user("Bob", "bob@example.com", PASSWORD)
        self.engines = store.start_stream("post", "Published", title="On engines", author_id=self.ada).aggregate_id
        store.append_event("post", self.engines, "Edited", title="On analytical engines")
        self.notes = store.start_stream("post", "Published", title="Notes", author_id=self.bob).aggregate_id
        self.draft = store.start_stream("post", "Published", title="A draft", author_id=self.ada).aggregate_id
        store.append_event("post", self.draft, "Deleted")


@pytest.fixture
def blog(db_url: str) -> Iterator[Blog]:
    with evtcli.open_store(db_url, create=True, password_hasher=CHEAP_HASHER) as store:
        yield Blog(store)


# -- the library ------------------------------------------------------------------------


def test_the_api_reads_posts_from_the_declaration(blog: Blog) -> None:
    store = blog.store
    assert store.get_stream("post", blog.engines[:6]).title == "On analytical engines"
    assert [row.title for row in store.list_streams("post")] == ["On analytical engines", "Notes"]
    assert [row.title for row in store.list_streams("post", "deleted")] == ["A draft"]
    assert [row.title for row in store.list_streams("post", "all", sort="title")] == [
        "A draft", "Notes", "On analytical engines",
    ]
    assert [row.id for row in store.list_streams("post", "all", search="NOTE")] == [blog.notes]
    assert [e.type for e in store.history("post", blog.engines)] == ["Published", "Edited"]
    assert store.fold_stream("post", blog.engines, version=1).title == "On engines"
    assert store.resolve("post", blog.draft[:8]) == blog.draft
    assert store.stream_names([("post", blog.notes)]) == {blog.notes: "Notes"}
    with pytest.raises(UsageProblem, match="--sort"):
        store.list_streams("post", sort="email")
    with pytest.raises(NotFound, match="no post matches"):
        store.get_stream("post", "ffffffff")
    # A post has no name to look up: a short reference is asked for more of the id alone.
    with pytest.raises(NotFound, match=r"too short; give at least 4 characters of the id or the full id$"):
        store.get_stream("post", "abc")
    with pytest.raises(NotFound, match=r"too short; give at least 4 characters of the id, the full id or an email$"):
        store.get_stream("user", "abc")
    with pytest.raises(UnknownName, match="unknown aggregate 'article'; use one of: user, group, post"):
        store.list_streams("article")


def test_a_post_s_author_must_be_a_live_user(blog: Blog) -> None:
    store = blog.store
    head = store.head()
    store.destroy_user(blog.bob)
    with pytest.raises(RuleViolation, match="only a live user can write a post"):
        store.start_stream("post", "Published", title="Ghost", author_id=blog.bob)
    with pytest.raises(NotFound, match="no user 0badc0de"):
        store.start_stream("post", "Published", title="Nobody", author_id="0badc0de-0000-4000-8000-000000000000")
    assert store.head() == head + 1  # the destroy only
    assert store.verify().ok


# -- the command line -------------------------------------------------------------------


def test_post_commands_are_made_from_the_declaration(blog: Blog, db_url: str) -> None:
    cli = Cli(db_url)
    listed = cli("post", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert [row["title"] for row in json.loads(listed.stdout)] == ["On analytical engines", "Notes"]
    table = cli("post", "list", "--all", "--format", "csv")
    assert table.stdout.splitlines()[0] == "id,title,author,version,created_at,status"
    shown = json.loads(cli("post", "show", blog.engines[:8], "--json").stdout)
    assert shown["title"] == "On analytical engines" and shown["author_id"] == blog.ada
    history = cli("post", "history", blog.engines, "--jsonl").stdout.splitlines()
    assert [json.loads(line)["type"] for line in history] == ["Published", "Edited"]
    folded = json.loads(cli("fold", "post", blog.engines, "--version", "1", "--json").stdout)
    assert folded["title"] == "On engines"
    tail = cli("events", "tail", "--aggregate", "post", "--json").stdout.splitlines()
    assert {json.loads(line)["aggregate"] for line in tail} == {"post"} and len(tail) == 5
    export = cli("events", "export", "--aggregate", "post").stdout.splitlines()
    assert len(export) == 5
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["aggregates"]["post"]["events"] == 5
    unknown = cli("post", "show", "ffffffff")
    assert unknown.exit_code == 1 and unknown.stderr.startswith("error: no post matches 'ffffffff'")


def _completions(*words: str) -> list[str]:
    """What bash is offered after ``words``, from a real evtcli with ``post`` registered."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVTCLI_", "_EVTCLI"))}
    env.update(_EVTCLI_COMPLETE="complete_bash", COMP_WORDS=" ".join(("evtcli", *words)), COMP_CWORD=str(len(words)))
    launcher = Path(__file__).with_name("post_aggregate.py")
    done = subprocess.run([sys.executable, str(launcher)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_completion_offers_the_declared_aggregate_and_its_commands() -> None:
    assert _completions("po") == ["post"]
    assert _completions("post", "") == ["list", "show", "history"]
    assert _completions("events", "tail", "--aggregate", "p") == ["post"]
    assert _completions("fold", "") == ["user", "group", "post"]


# -- the web pages ----------------------------------------------------------------------


def test_posts_have_a_listing_and_a_stream_page(blog: Blog) -> None:
    with TestClient(create_app(blog.store, name="test"), base_url="http://127.0.0.1") as client:
        listing = client.get("/posts")
        assert listing.status_code == 200
        assert 'id="posts"' in listing.text and "On analytical engines" in listing.text and "A draft" not in listing.text
        assert 'href="/posts"' in listing.text  # in the bar, beside users and groups
        page = client.get(f"/posts/{blog.engines}")
        assert page.status_code == 200 and "On analytical engines" in page.text
        assert client.get(f"/posts/{blog.engines}/state?version=1").text.count("On engines") == 1
        moved = client.get(f"/posts/{blog.engines[:8]}", follow_redirects=False)
        assert moved.status_code == 303 and moved.headers["location"] == f"/posts/{blog.engines}"
        event = client.get("/?aggregate=post")
        assert f'href="/posts/{blog.notes}"' in event.text
