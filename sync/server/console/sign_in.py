"""Signing in and out of the console, and changing one's own password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from sync.server.console.web import (
    CsrfChecked,
    Viewer,
    end_session,
    engine,
    local_path,
    render,
    see_other,
    session_limits,
    start_session,
)
from sync.server.errors import ServiceError
from sync.server.limits import client_key
from sync.server.staff import tokens
from sync.server.staff.roles import StaffActor

router = APIRouter()

# A typed name or password longer than any real one is refused before it is hashed.
Typed = Annotated[str, Form(max_length=256)]


def _address(request: Request) -> str:
    return client_key(request.client.host if request.client else None)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, next: str = "/") -> Response:
    """The sign-in form (where ``/`` leads anyone not signed in)."""
    return render(request, "sign_in.html", None, back_to=local_path(next))


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(request: Request, _: CsrfChecked, username: Typed, password: Typed,
            next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    """Check the name and password (throttled, audited) and start a session."""
    try:
        signed = tokens.sign_in(engine(request), session_limits(request), username, password,
                                _address(request))
    except ServiceError as refusal:
        refused = render(request, "sign_in.html", None, status_code=refusal.status,
                         back_to=local_path(next), username=username[:64],
                         error=refusal.detail)
        if refusal.retry_after is not None:
            refused.headers["Retry-After"] = str(refusal.retry_after)
        return refused
    answer = see_other("/password" if signed.must_change_password
                                 else local_path(next))
    start_session(request, answer, signed.token)
    return answer


@router.post("/sign-out")
def sign_out(request: Request, actor: Viewer, _: CsrfChecked) -> Response:
    """End this session, here and at HQ."""
    tokens.sign_out(engine(request), actor)
    answer = see_other("/sign-in", "You are signed out.")
    end_session(answer)
    return answer


@router.get("/password", response_class=HTMLResponse)
def password_form(request: Request, actor: Viewer) -> Response:
    """The form to change one's own password (the only page before a first one is changed)."""
    return render(request, "password.html", actor)


@router.post("/password", response_class=HTMLResponse)
def change_password(request: Request, actor: Viewer, _: CsrfChecked, current: Typed,
                    new: Typed, repeat: Typed) -> Response:
    """Change the signed-in user's password; their other sessions end."""
    error = _password_refusal(request, actor, current, new, repeat)
    if error is not None:
        return render(request, "password.html", actor, status_code=400, error=error)
    return see_other("/", "Your password is changed.")


def _password_refusal(request: Request, actor: StaffActor, current: str, new: str,
                      repeat: str) -> str | None:
    if new != repeat:
        return "The new password and its repetition differ."
    try:
        tokens.change_password(engine(request), session_limits(request), actor, current, new,
                               _address(request))
    except ServiceError as refusal:
        return refusal.detail
    return None
