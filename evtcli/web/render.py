"""Templates: one Jinja2 environment with autoescaping, and the filters pages share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse

HERE = Path(__file__).parent

# Every template is HTML and escapes by default: a name like <script> renders as text.
environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)


def _when(timestamp: str | None) -> str:
    """A stored time as people read it: ``2025-09-02 14:03:11`` (UTC, to the second)."""
    return "" if not timestamp else timestamp[:19].replace("T", " ")


def _value(value: Any) -> str:
    """A payload or state value as text: strings as they are, the rest as JSON would write them."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _thousands(count: int) -> str:
    """A count as people read a large one: ``199,980``."""
    return f"{count:,}"


environment.filters["when"] = _when
environment.filters["thousands"] = _thousands
environment.filters["value"] = _value


def stream_pages(store: Any) -> dict[str, str]:
    """Aggregate -> the path of its pages (its plural), for each aggregate whose
    streams a stream table lists: the others have no pages of their own."""
    return store.references.pages  # type: ignore[no-any-return]


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """A page (or a fragment, for names starting with ``_``), never cached: it shows the log now."""
    store = request.app.state.store
    page = environment.get_template(template).render(
        request=request, store_name=request.app.state.name, model=store.model, stream_pages=stream_pages(store), **context
    )
    return HTMLResponse(page, status_code=status_code, headers={"Cache-Control": "no-store"})
