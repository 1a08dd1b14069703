"""A third aggregate, declared in the tests only: ``post``, whose author must be a live user.

This module is all that ``post`` is: its state, its event types, its projection, and
the two registration lines in :func:`registered`. Everything else (the event table,
the listing and stream reads of the API, ``evtcli post list/show/history``, ``fold
post``, ``events tail/export --aggregate post``, stats, completion, the web pages and
the reference rule on writes) comes from the declaration.

Run ``python tests/post_aggregate.py ARGS…`` to run evtcli with ``post`` registered
(a real process: the browser test serves a store this way).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Table, Text

from evtcli.domain.declared import MODEL
from evtcli.domain.model import Aggregate, EventType, Field
from evtcli.domain.relations import Reference
from evtcli.domain.validation import stored_name, validate_id, validate_name
from evtcli.projections.base import Row
from evtcli.projections.declared import PROJECTIONS
from evtcli.projections.streams import Listed, StreamTable
from evtcli.store import dialect
from evtcli.store.schema import metadata

PUBLISHED, DELETED = "published", "deleted"


@dataclass(frozen=True)
class Post:
    id: str
    title: str
    author_id: str
    status: str
    version: int
    created_at: str
    updated_at: str
    deleted_at: str | None = None


post = Aggregate(
    "post",
    Post,
    statuses=(PUBLISHED, DELETED),
    ended=(DELETED,),
    styles={PUBLISHED: "green", DELETED: "red"},
)
TITLE = Field("title", validate_name, unstored="is not trimmed", stored=stored_name)
AUTHOR = Field(
    "author_id", validate_id, refers=Reference("user", frozenset({"live"}), "only a live user can write a post")
)


@post.event
class Published(EventType):
    fields = (TITLE, AUTHOR)
    follows = None
    done = "published"

    @staticmethod
    def start(aggregate_id: str, payload: Any, recorded_at: str) -> Post:
        return Post(aggregate_id, payload["title"], payload["author_id"], PUBLISHED, 1, recorded_at, recorded_at)


@post.event
class Edited(EventType):
    fields = (TITLE,)
    follows = frozenset({PUBLISHED})
    verb, done = "edit", "edited"

    @staticmethod
    def apply(state: Post, payload: Any, recorded_at: str) -> dict[str, Any]:
        return {"title": payload["title"]}


@post.event
class Deleted(EventType):
    follows = frozenset({PUBLISHED})
    verb, done, style = "delete", "deleted", "red"

    @staticmethod
    def apply(state: Post, payload: Any, recorded_at: str) -> dict[str, Any]:
        return {"status": DELETED, "deleted_at": recorded_at}


posts = Table(
    "posts",
    metadata,
    Column("id", dialect.byte_ordered(36)),
    Column("title", Text, nullable=False),
    Column("author_id", dialect.byte_ordered(36), nullable=False),
    Column("status", dialect.byte_ordered(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", dialect.byte_ordered(32), nullable=False),
    Column("updated_at", dialect.byte_ordered(32), nullable=False),
    Column("deleted_at", dialect.byte_ordered(32)),
    PrimaryKeyConstraint("id", name="posts_pkey"),
)


class PostsProjection(StreamTable):
    name = "posts"
    version = 1
    aggregate = "post"
    table = posts
    name_column = "title"
    search_columns = ("title",)
    sorts = {"title": (posts.c.title, posts.c.id), "created": (posts.c.created_at, posts.c.id)}
    default_sort = "created"
    listed_columns = (
        Listed("id"), Listed("title"), Listed("author_id", "author"), Listed("version"), Listed("created_at"),
        Listed("status"),
    )

    def rows(self, state: Post) -> list[Row]:
        return [
            (state.id, state.title, state.author_id, state.status, state.version, state.created_at, state.updated_at,
             state.deleted_at)
        ]


POSTS = PostsProjection()


@contextmanager
def registered() -> Iterator[None]:
    """evtcli with ``post`` in its model and its projection among evtcli's own."""
    MODEL.register(post)
    PROJECTIONS.append(POSTS)
    try:
        yield
    finally:
        PROJECTIONS.remove(POSTS)
        MODEL.unregister(post.name)


if __name__ == "__main__":
    import sys

    from evtcli._startup import main

    with registered():
        sys.argv[0] = "evtcli"
        main()
