"""The pages: each reads through :class:`evtcli.api.Store` and renders one template.

Handlers are plain functions; Starlette runs them in its thread pool, so the
store's blocking reads never stall the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from evtcli.api import Store, public_state, shown_event
from evtcli.domain.events import Envelope
from evtcli.domain.groups import oldest_first
from evtcli.errors import EvtcliError
from evtcli.web.render import render

PAGE_SIZE = 50
LIST_LIMIT = 500  # rows on the users and groups pages; a search narrows them
HISTORY_SIZE = 50  # a stream's newest events on its page; the timeline pages through the rest
MEMBERS_PAGE = 50  # members on a page of a group's members
MEMBERS_THEN = 50  # members the state panel lists at a version (a group may have 200,000)
OFFSET_LIMIT = 2**31  # a larger ?offset= skips every member all the same, and fits any database
STREAM_PAGES = {"user": "users", "group": "groups"}


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Filters:
    """The timeline's filters as typed into its form (empty means not given)."""

    aggregate: str = ""
    type: str = ""
    id: str = ""
    until: str = ""

    @classmethod
    def of(cls, request: Request) -> "Filters":
        query = request.query_params
        return cls(*(query.get(name, "").strip() for name in ("aggregate", "type", "id", "until")))

    def query(self, **more: Any) -> str:
        """This filter (and ``more``) as a query string, empty values left out."""
        pairs = [*vars(self).items(), *more.items()]
        return urlencode([(key, value) for key, value in pairs if value not in ("", None)])

    def read(self, store: Store, **cursor: int | None) -> Any:
        return store.timeline(
            PAGE_SIZE,
            types=[self.type] if self.type else None,
            aggregate=self.aggregate or None,
            aggregate_id=self.id or None,
            until=self.until or None,
            **cursor,  # type: ignore[arg-type]
        )


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text not in (None, "") else default
    except ValueError:
        return default


def _references(store: Store, event: Envelope) -> list[tuple[str, str, str]]:
    """(field, aggregate, id) for each payload field the model declares as naming
    another stream (a member's user id), as the event holds it."""
    declared = store.model.aggregate(event.aggregate).named_streams(event.type)
    return [(name, aggregate, event.payload[name]) for name, aggregate in declared if isinstance(event.payload.get(name), str)]


def event_row(store: Store, event: Envelope, names: dict[str, str]) -> dict[str, Any]:
    """What a page shows of one event: the envelope without secrets, and links to
    its page, its stream and the streams its payload names."""
    shown = shown_event(event)
    page = STREAM_PAGES.get(event.aggregate)
    shown["stream_url"] = f"/{page}/{event.aggregate_id}" if page else None
    shown["stream_name"] = names.get(event.aggregate_id)
    shown["url"] = f"/events/{event.position}"
    shown["links"] = {
        name: {"url": f"/{STREAM_PAGES[aggregate]}/{stream_id}", "name": names.get(stream_id)}
        for name, aggregate, stream_id in _references(store, event)
        if aggregate in STREAM_PAGES
    }
    return shown


def _named(store: Store, events: list[Envelope]) -> dict[str, str]:
    """The names of the streams these events belong to or name in their payloads."""
    streams = [(event.aggregate, event.aggregate_id) for event in events]
    streams += [(aggregate, stream_id) for event in events for _, aggregate, stream_id in _references(store, event)]
    return store.stream_names(streams)


def _rows(store: Store, events: list[Envelope]) -> list[dict[str, Any]]:
    names = _named(store, events)
    return [event_row(store, event, names) for event in events]


# -- the timeline ---------------------------------------------------------------------


def timeline(request: Request) -> Response:
    store = _store(request)
    filters = Filters.of(request)
    before = _int(request.query_params.get("before"))
    problem: EvtcliError | None = None
    try:
        page = filters.read(store, before=before)
    except EvtcliError as refused:  # a bad filter: say so above an empty timeline
        problem, page = refused, None
    events = page.events if page else []
    context = {
        "filters": filters,
        "problem": problem,
        "rows": _rows(store, events),
        "head": page.head if page else store.head(),
        "live": page is not None and before is None and not filters.until,
        "older": f"/?{filters.query(before=page.older_cursor)}" if page and page.older_cursor else None,
        "newest": f"/?{filters.query()}" if before is not None else None,
        "aggregates": list(store.model.aggregates),
        "types": list(store.model.type_names),
    }
    return render(request, "timeline.html", context, status_code=400 if problem else 200)


def timeline_rows(request: Request) -> Response:
    """Rows above ``after``, newest first, for the live timeline; the head in ``X-Head``."""
    store = _store(request)
    page = Filters.of(request).read(store, after=_int(request.query_params.get("after"), 0))
    response = render(request, "_rows.html", {"rows": _rows(store, page.events)})
    response.headers["X-Head"] = str(page.head)
    if page.has_older:  # more arrived than one page holds: the page says to reload
        response.headers["X-More"] = "1"
    return response


# -- one event --------------------------------------------------------------------------


def event(request: Request) -> Response:
    store = _store(request)
    found = store.event_context(int(request.path_params["position"]))
    linked = [e for e in (found.event, found.causation, found.correlation, *found.caused) if e is not None]
    names = _named(store, linked)
    context = {
        "event": event_row(store, found.event, names),
        "causation": event_row(store, found.causation, names) if found.causation else None,
        "correlation": event_row(store, found.correlation, names) if found.correlation else None,
        "caused": [event_row(store, e, names) for e in found.caused],
    }
    return render(request, "event.html", context)


# -- users and groups -------------------------------------------------------------------


def listing(aggregate: str) -> Any:
    """The users or groups page: the projection's rows by name, searched, capped."""
    plural = STREAM_PAGES[aggregate]

    def page(request: Request) -> Response:
        store = _store(request)
        search = request.query_params.get("q", "").strip()
        which = request.query_params.get("which", "live")
        which = which if which in ("live", "deleted", "all") else "live"
        read = store.list_users if aggregate == "user" else store.list_groups
        found = read(which, search=search or None, sort="name", limit=LIST_LIMIT + 1)  # type: ignore[operator]
        context = {
            plural: [public_state(aggregate, row) for row in found[:LIST_LIMIT]],
            "more": len(found) > LIST_LIMIT,
            "search": search,
            "which": which,
        }
        return render(request, f"{plural}.html", context)

    return page


def stream(aggregate: str) -> Any:
    """The page of one user or group: now, its newest events, and its state at any version."""

    def page(request: Request) -> Response:
        store = _store(request)
        reference = request.path_params["ref"]
        stream_id = store.resolve(aggregate, reference)
        if stream_id != reference:  # a prefix, an email or a name: go to the one address
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"/{STREAM_PAGES[aggregate]}/{stream_id}{query}", status_code=303)
        history = store.history(aggregate, stream_id, last=HISTORY_SIZE)
        oldest = history[0]
        context = {
            "aggregate": aggregate,
            "stream_id": stream_id,
            "history": _rows(store, history),
            # The rest of a long history, on the timeline: paged by position, as any stream's.
            "older": f"/?{urlencode({'aggregate': aggregate, 'id': stream_id, 'before': oldest.position})}"
            if oldest.version > 1
            else None,
            "state": _state(store, aggregate, stream_id, history[-1].version, request),
            **_now(store, aggregate, stream_id, request),
        }
        return render(request, f"{aggregate}.html", context)

    return page


def stream_state(aggregate: str) -> Any:
    """Only the state panel at ``?version=N``: what the time slider swaps in."""

    def fragment(request: Request) -> Response:
        store = _store(request)
        stream_id = store.resolve(aggregate, request.path_params["ref"])
        (newest,) = store.history(aggregate, stream_id, last=1)
        context = {"aggregate": aggregate, "state": _state(store, aggregate, stream_id, newest.version, request)}
        return render(request, "_state.html", context)

    return fragment


def _now(store: Store, aggregate: str, stream_id: str, request: Request) -> dict[str, Any]:
    """The projection's row (what list and show print) and what it links to: a user's
    groups, or a page of a group's members (``?q=`` searches them, ``?offset=`` pages)."""
    if aggregate == "user":
        return {
            "current": public_state("user", store.get_stream("user", stream_id)),
            "groups": store.user_groups(stream_id),
        }
    search = request.query_params.get("q", "").strip()
    offset = min(max(_int(request.query_params.get("offset"), 0) or 0, 0), OFFSET_LIMIT)
    page = store.group_members(stream_id, limit=MEMBERS_PAGE, offset=offset, search=search or None)

    def at(offset: int | None) -> str | None:
        if offset is None:
            return None
        query = urlencode([(key, value) for key, value in (("q", search), ("offset", offset)) if value])
        return f"/groups/{stream_id}{'?' + query if query else ''}#members-card"

    return {
        "current": public_state("group", page.group),
        "members": [member._asdict() for member in page.members],
        "members_page": {
            "search": search,
            "first": page.offset + 1,
            "last": page.offset + len(page.members),
            "matching": page.matching,
            "previous": at(page.previous_offset),
            "next": at(page.next_offset),
        },
    }


def _state(store: Store, aggregate: str, stream_id: str, last: int, request: Request) -> dict[str, Any]:
    """The stream folded up to ``?version=N`` (the last by default), as ``fold`` folds it,
    with the fields that version changed and the event that made it."""
    version = min(max(_int(request.query_params.get("version"), last) or last, 1), last)
    previous, state = store.fold_with_previous(aggregate, stream_id, version)
    before = public_state(aggregate, previous) if previous is not None else {}
    (event,) = store.history(aggregate, stream_id, last=1, up_to_version=version)
    shown = public_state(aggregate, state)
    members: list[dict[str, Any]] = []
    more = 0
    if aggregate == "group":
        listed = oldest_first(state.members, MEMBERS_THEN)
        more = len(state.members) - len(listed)
        names = store.stream_names(("user", user_id) for user_id, _ in listed)
        members = [{"id": user_id, "name": names.get(user_id, ""), "added_at": added_at} for user_id, added_at in listed]
    return {
        "version": version,
        "last": last,
        "at": event.recorded_at,
        "event": event_row(store, event, {}),
        "fields": shown,
        "changed": {key for key, value in shown.items() if before.get(key) != value} if before else set(),
        "unmarked": version > 1 and previous is None,  # the version before was too far to fold
        "members": members,
        "more_members": more,
        "url": f"/{STREAM_PAGES[aggregate]}/{stream_id}",
    }


# -- the store as a whole -------------------------------------------------------------


def projections(request: Request) -> Response:
    return render(request, "projections.html", {"statuses": _store(request).projection_status()})


def verify(request: Request) -> Response:
    """GET shows the button; POST runs ``verify`` (it reads only) and shows the result."""
    report = _store(request).verify(limit=100) if request.method == "POST" else None
    return render(request, "verify.html", {"report": report})


def find(request: Request) -> Response:
    """The search box: an event position, a user (id, prefix or email) or a group
    (id, prefix or name), whichever the text names; else the users page searched."""
    store = _store(request)
    text = request.query_params.get("q", "").strip()
    if text.isdigit():
        return RedirectResponse(f"/events/{int(text)}", status_code=303)
    for aggregate in ("user", "group"):
        try:
            stream_id = store.resolve(aggregate, text)
        except EvtcliError:
            continue
        return RedirectResponse(f"/{STREAM_PAGES[aggregate]}/{stream_id}", status_code=303)
    return RedirectResponse(f"/users?{urlencode({'q': text, 'which': 'all'})}", status_code=303)
