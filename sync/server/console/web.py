"""What every console page shares: the session cookie, CSRF, rendering and redirects.

A staff member signs in through the form at ``/sign-in``; the session cookie holds the same kind
of token the staff API hands out (``staff.tokens``), so HQ keeps only its SHA-256, a disabled
account or an idle session ends the same way for both, and the service checks the role of every
call whichever face made it. The cookie is HttpOnly and SameSite=Strict, and Secure when HQ is
reached over TLS (or ``CONTROLROOM_CONSOLE_HTTPS`` says a proxy terminates it).

Every form carries a CSRF field: an HMAC of the session token, so it needs no storage (any
worker can check it) and cannot be made from what the database holds. The sign-in form, before
any session exists, checks a random value it set in a cookie against its hidden field.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import Engine

from contract.errors import ErrorCode
from sync.server.errors import Forbidden, Unauthorized
from sync.server.settings import Settings
from sync.server.staff import tokens
from sync.server.staff.roles import Permission, StaffActor

SESSION_COOKIE = "cr_session"
PRE_SESSION_COOKIE = "cr_form"  # the sign-in form's own CSRF value, before any session
NOTE_COOKIE = "cr_note"  # a confirmation shown once on the page a form redirects to
CSRF_FIELD = "csrf"

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")

# What the navigation offers, in order; each link only to a role that may use its page (the
# service refuses the rest anyway: hiding a link is for the eye, not for security).
NAVIGATION: tuple[tuple[str, str, Permission], ...] = (
    ("/", "National picture", Permission.READ_TALLY),
    ("/devices", "Checkpoints and devices", Permission.READ_DEVICES),
    ("/complaints", "Complaints desk", Permission.READ_COMPLAINTS),
    ("/reference", "Reference data", Permission.REFERENCE_DATA),
    ("/staff", "Staff", Permission.MANAGE_USERS),
    ("/audit", "Audit", Permission.READ_AUDIT),
)


class SignInNeeded(Exception):
    """No live session: the app answers with a redirect to the sign-in form."""

    def __init__(self, back_to: str) -> None:
        super().__init__(back_to)
        self.back_to = back_to


class PasswordChangeNeeded(Exception):
    """A first password (or one an admin reset) must be changed before anything else."""


def engine(request: Request) -> Engine:
    """The database engine of the app this request reached."""
    found: Engine = request.app.state.engine
    return found


def settings(request: Request) -> Settings:
    """The settings of the app this request reached."""
    found: Settings = request.app.state.settings
    return found


def session_limits(request: Request) -> tokens.SignInLimits:
    """Sign-in limits as the API's, with the console's own (shorter) idle expiry: a browser
    left open on a shared desk must not stay signed in for a shift."""
    config = settings(request)
    return tokens.SignInLimits(
        per_name=config.staff_sign_ins_per_name, per_address=config.staff_sign_ins_per_address,
        window=timedelta(minutes=config.staff_sign_in_window_minutes),
        idle=timedelta(minutes=config.console_idle_minutes))


def over_tls(request: Request) -> bool:
    """Whether the browser reached HQ over TLS (directly, or as a proxy in front says)."""
    return settings(request).console_https or request.url.scheme == "https"


def csrf_for(session_token: str) -> str:
    """The CSRF value of a session: an HMAC of its token, so only its holder can make it."""
    return hmac.new(session_token.encode(), b"console form", hashlib.sha256).hexdigest()


def local_path(text: str | None) -> str:
    """``text`` if it is a path on this site, else ``/``: a ``next=`` that points elsewhere
    (``//evil.example``) is never followed."""
    if not text or not text.startswith("/") or text.startswith("//") or "\\" in text:
        return "/"
    return text


def _actor(request: Request) -> StaffActor:
    token = request.cookies.get(SESSION_COOKIE, "")
    back_to = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not token:
        raise SignInNeeded(back_to)
    try:
        actor = tokens.authenticate(engine(request), session_limits(request), token)
    except Unauthorized:
        raise SignInNeeded(back_to) from None
    request.state.actor, request.state.session_token = actor, token
    if actor.must_change_password and request.url.path not in ("/password", "/sign-out"):
        raise PasswordChangeNeeded
    return actor


Viewer = Annotated[StaffActor, Depends(_actor)]


async def _check_csrf(request: Request) -> None:
    form = await request.form()  # Starlette keeps it: the route's own Form fields read it again
    given = form.get(CSRF_FIELD)
    token = request.cookies.get(SESSION_COOKIE, "")
    wanted = csrf_for(token) if token else request.cookies.get(PRE_SESSION_COOKIE, "")
    origin = request.headers.get("origin")
    if origin and origin not in ("null", f"{request.url.scheme}://{request.url.netloc}"):
        raise Forbidden("This form was sent from another site; it was not applied.",
                        code=ErrorCode.PERMISSION_DENIED)
    if not wanted or not isinstance(given, str) or not hmac.compare_digest(given, wanted):
        raise Forbidden("This form has expired or did not come from this console; "
                        "reload the page and try again.", code=ErrorCode.PERMISSION_DENIED)


CsrfChecked = Annotated[None, Depends(_check_csrf)]


def render(request: Request, template: str, actor: StaffActor | None,
           status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page: ``template`` filled with ``context``, the signed-in ``actor``, the navigation
    their role may use, a CSRF field for its forms and the note a redirect left."""
    token = getattr(request.state, "session_token", None) or request.cookies.get(
        SESSION_COOKIE, "")
    pre_session = None
    if actor is None and not token:
        pre_session = request.cookies.get(PRE_SESSION_COOKIE) or secrets.token_urlsafe(24)
    csrf = csrf_for(token) if token else pre_session or ""

    def csrf_field() -> Markup:
        return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, csrf)

    note = unquote(request.cookies.get(NOTE_COOKIE, ""))[:300]
    navigation = [(href, label) for href, label, permission in NAVIGATION
                  if actor is not None and not actor.must_change_password
                  and actor.may(permission)]
    answer = templates.TemplateResponse(
        request, template, status_code=status_code,
        context={"actor": actor, "csrf_field": csrf_field, "note": note,
                 "navigation": navigation, "path": request.url.path, **context})
    if note:
        answer.delete_cookie(NOTE_COOKIE, path="/")
    if pre_session:
        answer.set_cookie(PRE_SESSION_COOKIE, pre_session, httponly=True, samesite="strict",
                          secure=over_tls(request), path="/")
    return answer


def see_other(url: str, note: str | None = None) -> RedirectResponse:
    """303 to ``url`` (POST, then redirect, then GET); ``note`` is shown once there."""
    answer = RedirectResponse(url, status_code=303)
    if note:
        answer.set_cookie(NOTE_COOKIE, quote(note[:300]), httponly=True, samesite="strict",
                          path="/", max_age=60)
    return answer


def start_session(request: Request, answer: Response, token: str) -> None:
    """Set the session cookie on ``answer`` (a browser session cookie: gone when the browser
    closes; HQ ends it sooner when it is left idle)."""
    answer.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                      secure=over_tls(request), path="/")
    answer.delete_cookie(PRE_SESSION_COOKIE, path="/")


def end_session(answer: Response) -> None:
    """Remove the session cookie from the browser."""
    answer.delete_cookie(SESSION_COOKIE, path="/")


HEADINGS = {400: "That request could not be read", 401: "Please sign in",
            403: "Not allowed", 404: "Not found", 405: "Not allowed here",
            409: "Conflict", 413: "Too large", 429: "Too many attempts",
            503: "HQ is unavailable"}


def error_page(request: Request, status: int, detail: str,
               retry_after: int | None = None) -> HTMLResponse:
    """A refusal as a page: what went wrong in one sentence, with the right status."""
    actor: StaffActor | None = getattr(request.state, "actor", None)
    answer = render(request, "error.html", actor, status_code=status,
                    heading=HEADINGS.get(status, "Something went wrong"), detail=detail)
    if retry_after is not None:
        answer.headers["Retry-After"] = str(retry_after)
    return answer


def is_console(request: Request) -> bool:
    """Whether ``request`` is for the console (an HTML face) rather than the JSON API."""
    path = request.url.path
    return not (path.startswith("/api/") or path in ("/openapi.json", "/docs", "/redoc"))
