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

from evtcli.api import Store, shown_event
from evtcli.api.resolve import check_filters, parse_at
from evtcli.domain.events import Envelope
from evtcli.errors import EvtcliError
from evtcli.web.numbers import path_position, query_int
from evtcli.web.render import render, stream_pages
from evtcli.web.wording import STREAM_HINT, TIME_HINT, FormProblem, in_field, web_hint

READ = ["GET", "HEAD"]
PAGE_SIZE = 50


def store_of(request: Request) -> Store:
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
        """A page of the timeline; a value the store refuses is a :class:`FormProblem`
        naming its field. Each field is checked alone first, so the refusal of the
        whole read can only be the stream's."""
        if self.aggregate:
            in_field("aggregate", "Aggregate", None, lambda: check_filters(store.model, None, self.aggregate))
        if self.type:
            in_field("type", "Type", None, lambda: check_filters(store.model, [self.type], None))
        if self.until:
            in_field("until", "Recorded until", TIME_HINT, lambda: parse_at(self.until))

        def read() -> Any:
            return store.timeline(
                PAGE_SIZE,
                types=[self.type] if self.type else None,
                aggregate=self.aggregate or None,
                aggregate_id=self.id or None,
                until=self.until or None,
                **cursor,  # type: ignore[arg-type]
            )

        return in_field("id", "Stream", STREAM_HINT, read) if self.id else read()


def _references(store: Store, event: Envelope) -> list[tuple[str, str, str]]:
    """(field, aggregate, id) for each payload field the model declares as naming
    another stream (a member's user id), as the event holds it."""
    declared = store.model.aggregate(event.aggregate).named_streams(event.type)
    return [(name, aggregate, event.payload[name]) for name, aggregate in declared if isinstance(event.payload.get(name), str)]


def _labels(store: Store, event: Envelope, payload: dict[str, Any]) -> dict[str, str]:
    """What a page calls each payload field. One that names another stream is
    labelled for people, as the value shows a name: by the role a membership gives
    it ("member", not "user id"), else without its ``_id`` ("author")."""
    roles = {(m.field, m.aggregate): m.role for m in store.model.aggregate(event.aggregate).memberships}
    named = {name: roles.get((name, aggregate), name.removesuffix("_id")) for name, aggregate, _ in _references(store, event)}
    return {key: named.get(key, key).replace("_", " ") for key in payload}


def event_row(store: Store, event: Envelope, names: dict[str, str]) -> dict[str, Any]:
    """What a page shows of one event: the envelope without secrets, and links to
    its page, its stream and the streams its payload names."""
    shown = shown_event(event)
    pages = stream_pages(store)
    page = pages.get(event.aggregate)
    shown["stream_url"] = f"/{page}/{event.aggregate_id}" if page else None
    shown["stream_name"] = names.get(event.aggregate_id)
    shown["url"] = f"/events/{event.position}"
    shown["labels"] = _labels(store, event, shown["payload"])
    shown["links"] = {
        name: {"url": f"/{pages[aggregate]}/{stream_id}", "name": names.get(stream_id)}
        for name, aggregate, stream_id in _references(store, event)
        if aggregate in pages
    }
    return shown


def _named(store: Store, events: list[Envelope]) -> dict[str, str]:
    """The names of the streams these events belong to or name in their payloads."""
    streams = [(event.aggregate, event.aggregate_id) for event in events]
    streams += [(aggregate, stream_id) for event in events for _, aggregate, stream_id in _references(store, event)]
    return store.stream_names(streams)


def event_rows(store: Store, events: list[Envelope]) -> list[dict[str, Any]]:
    names = _named(store, events)
    return [event_row(store, event, names) for event in events]


# -- the timeline ---------------------------------------------------------------------


def timeline(request: Request) -> Response:
    store = store_of(request)
    filters = Filters.of(request)
    before = query_int(request.query_params.get("before"), what="position")
    problem: EvtcliError | None = None
    try:
        page = filters.read(store, before=before)
    except EvtcliError as refused:  # a bad filter: say so above an empty timeline
        problem, page = refused, None
    events = page.events if page else []
    context = {
        "filters": filters,
        "problem": problem,
        "problem_hint": web_hint(problem.hint) if problem else None,
        "problem_field": problem.field if isinstance(problem, FormProblem) else None,
        "rows": event_rows(store, events),
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
    store = store_of(request)
    page = Filters.of(request).read(store, after=query_int(request.query_params.get("after"), 0, what="position"))
    response = render(request, "_rows.html", {"rows": event_rows(store, page.events)})
    response.headers["X-Head"] = str(page.head)
    if page.has_older:  # more arrived than one page holds: the page says to reload
        response.headers["X-More"] = "1"
    return response


# -- one event --------------------------------------------------------------------------


def event(request: Request) -> Response:
    store = store_of(request)
    found = store.event_context(path_position(request.path_params["position"]))
    linked = [e for e in (found.event, found.causation, found.correlation, *found.caused) if e is not None]
    names = _named(store, linked)
    context = {
        "event": event_row(store, found.event, names),
        "causation": event_row(store, found.causation, names) if found.causation else None,
        "correlation": event_row(store, found.correlation, names) if found.correlation else None,
        "caused": [event_row(store, e, names) for e in found.caused],
    }
    return render(request, "event.html", context)


# -- the store as a whole -------------------------------------------------------------


def projections(request: Request) -> Response:
    store = store_of(request)
    return render(request, "projections.html", {"statuses": store.projection_status(), "consumers": store.consumers()})


def verify(request: Request) -> Response:
    """GET shows the button; POST runs ``verify`` (it reads only) and shows the result."""
    report = store_of(request).verify(limit=100) if request.method == "POST" else None
    return render(request, "verify.html", {"report": report})


def find(request: Request) -> Response:
    """The search box: an event position, a user (id, prefix or email) or a group
    (id, prefix or name), whichever the text names; else the users page searched."""
    store = store_of(request)
    text = request.query_params.get("q", "").strip()
    if text.isascii() and text.isdigit():  # "²" is a digit to isdigit, not to int
        return RedirectResponse(f"/events/{text.lstrip('0') or '0'}", status_code=303)
    pages = stream_pages(store)
    for aggregate, page in pages.items():
        try:
            stream_id = store.resolve(aggregate, text)
        except EvtcliError:
            continue
        return RedirectResponse(f"/{page}/{stream_id}", status_code=303)
    first = next(iter(pages.values()), None)
    if first is None:
        return RedirectResponse(f"/?{urlencode({'id': text})}", status_code=303)
    return RedirectResponse(f"/{first}?{urlencode({'q': text, 'which': 'all'})}", status_code=303)
