"""The pages of streams, for every declared aggregate that has a stream table: its
listing at ``/<plural>``, one stream at ``/<plural>/<ref>`` and the state panel the
time slider swaps in at ``/<plural>/<ref>/state``.

What a page shows comes from the declaration: the listing's columns and search,
the streams that hold this one (a user's groups), and the panels an aggregate
declares for itself (:mod:`evtcli.web.panels`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from evtcli.api import Store, public_state
from evtcli.errors import AmbiguousReference, NotFound
from evtcli.web import panels
from evtcli.web.numbers import query_int
from evtcli.web.pages import READ, event_row, event_rows, store_of, stream_pages
from evtcli.web.render import render
from evtcli.web.wording import not_found_on_the_web

LIST_LIMIT = 500  # rows on a listing page; a search narrows them
HISTORY_SIZE = 50  # a stream's newest events on its page; the timeline pages through the rest
WHICH = ("live", "deleted", "all")


def routes(store: Store) -> list[Route]:
    """The three routes of each aggregate that has a stream table, from the model."""
    found = []
    for aggregate in stream_pages(store):
        plural = store.model.aggregate(aggregate).plural
        found += [
            Route(f"/{plural}", listing(aggregate), methods=READ),
            Route(f"/{plural}/{{ref}}", stream(aggregate), methods=READ),
            Route(f"/{plural}/{{ref}}/state", stream_state(aggregate), methods=READ),
        ]
    return found


def listing(aggregate: str) -> Any:
    """The listing page: the stream table's rows by name, searched, capped."""

    def page(request: Request) -> Response:
        store = store_of(request)
        declared, table = store.model.aggregate(aggregate), store.stream_table(aggregate)
        search = request.query_params.get("q", "").strip()
        which = request.query_params.get("which", "live")
        which = which if which in WHICH else "live"
        sort = table.name_column if table.name_column in table.sorts else None  # by name where it sorts so
        found = store.list_streams(aggregate, which, search=search or None, sort=sort, limit=LIST_LIMIT + 1)  # type: ignore[arg-type]
        searched = table.search_columns
        shown = _between(table)
        context = {
            "aggregate": aggregate,
            "plural": declared.plural,
            "projection": table.name,
            "name_field": table.name_column,
            "columns": [{"field": c.field, "header": c.name} for c in shown],
            "rows": [public_state(aggregate, row) for row in found[:LIST_LIMIT]],
            "more": len(found) > LIST_LIMIT,
            "search": search,
            "placeholder": " or ".join(searched) if len(searched) > 1 else f"{aggregate} {searched[0]}",
            "which": which,
        }
        return render(request, "streams.html", context)

    return page


def stream(aggregate: str) -> Any:
    """The page of one stream: now, its newest events, and its state at any version."""

    def page(request: Request) -> Response:
        store = store_of(request)
        declared = store.model.aggregate(aggregate)
        reference = request.path_params["ref"]
        stream_id = _resolved(store, aggregate, reference)
        if stream_id != reference:  # a prefix, an email or a name: go to the one address
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"/{declared.plural}/{stream_id}{query}", status_code=303)
        table = store.stream_table(aggregate)
        history = store.history(aggregate, stream_id, last=HISTORY_SIZE)
        oldest = history[0]
        current = public_state(aggregate, store.get_stream(aggregate, stream_id))
        shown = _between(table)
        declared_panel = panels.declared().get(aggregate)
        context = {
            "aggregate": aggregate,
            "plural": declared.plural,
            "projection": table.name,
            "stream_id": stream_id,
            "current": current,
            "name": current.get(table.name_column),
            "subtitle": [{"field": c.field, "header": c.name, "value": current.get(c.field)} for c in shown[:1]],
            "flags": declared.flags(current),
            "holders": _holders(store, aggregate, stream_id),
            "panel": declared_panel.template if declared_panel else None,
            "history": event_rows(store, history),
            # The rest of a long history, on the timeline: paged by position, as any stream's.
            "older": f"/?{urlencode({'aggregate': aggregate, 'id': stream_id, 'before': oldest.position})}"
            if oldest.version > 1
            else None,
            "state": _state(store, aggregate, stream_id, history[-1].version, request),
            **(declared_panel.now(store, stream_id, request) if declared_panel else {}),
        }
        return render(request, "stream.html", context)

    return page


def stream_state(aggregate: str) -> Any:
    """Only the state panel at ``?version=N``: what the time slider swaps in."""

    def fragment(request: Request) -> Response:
        store = store_of(request)
        stream_id = _resolved(store, aggregate, request.path_params["ref"])
        (newest,) = store.history(aggregate, stream_id, last=1)
        context = {"aggregate": aggregate, "state": _state(store, aggregate, stream_id, newest.version, request)}
        return render(request, "_state.html", context)

    return fragment


def _resolved(store: Store, aggregate: str, reference: str) -> str:
    """The stream an address names (an id, a prefix, an email or a name); one that
    names none, or several, is refused in the web's words."""
    try:
        return store.resolve(aggregate, reference)
    except (NotFound, AmbiguousReference) as refused:
        raise not_found_on_the_web(refused, store.model.aggregate(aggregate).plural) from None


def _between(table: Any) -> list[Any]:
    """The listed columns a page shows between a stream's name and its status (an
    email, a member count): the others each have a place of their own."""
    return [c for c in table.listed_columns or () if c.field not in ("id", table.name_column, "status", "version", "created_at")]


def _holders(store: Store, aggregate: str, stream_id: str) -> list[dict[str, Any]]:
    """The streams that hold this one (a user's groups), per holding aggregate."""
    pages = stream_pages(store)
    return [
        {"plural": plural, "aggregate": holder, "url": pages.get(holder), "streams": found}
        for plural, found in store.holders_of(aggregate, stream_id).items()
        for holder in [_by_plural(store, plural)]
    ]


def _by_plural(store: Store, plural: str) -> str:
    return next(name for name, declared in store.model.aggregates.items() if declared.plural == plural)


def _state(store: Store, aggregate: str, stream_id: str, last: int, request: Request) -> dict[str, Any]:
    """The stream folded up to ``?version=N`` (the last by default), as ``fold`` folds it,
    with the fields that version changed and the event that made it."""
    declared = store.model.aggregate(aggregate)
    version = min(max(query_int(request.query_params.get("version"), last, what="version") or last, 1), last)
    previous, state = store.fold_with_previous(aggregate, stream_id, version)
    before = public_state(aggregate, previous) if previous is not None else {}
    (event,) = store.history(aggregate, stream_id, last=1, up_to_version=version)
    shown = public_state(aggregate, state)
    declared_panel = panels.declared().get(aggregate)
    return {
        "version": version,
        "last": last,
        "at": event.recorded_at,
        "event": event_row(store, event, {}),
        "fields": shown,
        "skip": ("id", *declared.flags(shown)),
        "changed": {key for key, value in shown.items() if before.get(key) != value} if before else set(),
        "unmarked": version > 1 and previous is None,  # the version before was too far to fold
        "url": f"/{declared.plural}/{stream_id}",
        "panel": declared_panel.then_template if declared_panel else None,
        **(declared_panel.then(store, state) if declared_panel and declared_panel.then else {}),
    }
