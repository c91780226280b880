"""``/``: where a signed-in staff member lands (the national picture takes it over)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from sync.server.console.web import Viewer, render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request, actor: Viewer) -> HTMLResponse:
    """The console's first page."""
    return render(request, "home.html", actor)
