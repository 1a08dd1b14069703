"""The ASGI application of ``evtcli serve``: routes, error pages and the guard."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from evtcli.api import Store
from evtcli.errors import AmbiguousReference, EvtcliError, NotFound, StoreError, UsageProblem
from evtcli.web import pages, streams
from evtcli.web.pages import READ
from evtcli.web.guard import Guard
from evtcli.web.render import HERE, render
from evtcli.web.wording import web_hint

def create_app(store: Store, *, name: str = "", token: str | None = None) -> Any:
    """The web browser of ``store`` (opened read-only by the caller): an ASGI app.

    ``name`` is what the pages call the store (its path or URL without a password);
    with ``token``, every request must carry it (see :class:`~evtcli.web.guard.Guard`).
    """
    routes = [
        Route("/", pages.timeline, methods=READ),
        Route("/timeline/rows", pages.timeline_rows, methods=READ),
        Route("/events/{position}", pages.event, methods=READ),  # read by numbers.path_position
        *streams.routes(store),  # a listing and a stream page per aggregate, from the model
        Route("/projections", pages.projections, methods=READ),
        Route("/verify", pages.verify, methods=[*READ, "POST"]),
        Route("/find", pages.find, methods=READ),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={EvtcliError: _refused, HTTPException: _http_error, Exception: _bug},  # type: ignore[dict-item]
    )
    app.state.store = store
    app.state.name = name
    return Guard(app, token)


def _status(error: EvtcliError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, (UsageProblem, AmbiguousReference)):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 409


def _refused(request: Request, error: EvtcliError) -> Response:
    return render(
        request,
        "error.html",
        {"title": error.message, "hint": web_hint(error.hint), "status": _status(error)},
        status_code=_status(error),
    )


def _http_error(request: Request, error: HTTPException) -> Response:
    titles = {404: "No such page", 405: "This browser only reads: nothing here changes the store"}
    title = titles.get(error.status_code, error.detail)
    return render(
        request, "error.html", {"title": title, "hint": None, "status": error.status_code}, status_code=error.status_code
    )


def _bug(request: Request, error: Exception) -> Response:
    # Starlette answers with this page, then lets the exception go on to uvicorn,
    # which writes the traceback to the server's stderr.
    return render(
        request,
        "error.html",
        {"title": "Internal error", "hint": "this is a bug in evtcli; the traceback is on the server's stderr", "status": 500},
        status_code=500,
    )
