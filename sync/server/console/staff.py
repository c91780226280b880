"""The console's Staff page (HQ admin): every staff user with role, state and last sign-in;
add one, disable or enable one, change a role. Thin over ``staff.accounts``, which checks the
role and audits each change."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi import Path as FastApiPath
from fastapi.responses import HTMLResponse, RedirectResponse

from contract.errors import ErrorCode
from sync.server.console.web import CsrfChecked, Viewer, engine, render, see_other
from sync.server.database import reading, transaction
from sync.server.errors import Malformed, ServiceError
from sync.server.staff import accounts
from sync.server.staff.roles import StaffActor, StaffRole

router = APIRouter()

# A user name as it may appear in a path: the device's rule, checked again by the service.
UserName = Annotated[str, FastApiPath(max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
ROLE_WORDS = {StaffRole.VIEWER: "Viewer", StaffRole.COMPLAINTS: "Complaints officer",
              StaffRole.SUPERVISOR: "Supervisor", StaffRole.ADMIN: "HQ admin"}


def _page(request: Request, actor: StaffActor, status_code: int = 200, problem: str = "",
          typed: dict[str, str] | None = None) -> HTMLResponse:
    with reading(engine(request)) as session:
        users = accounts.list_users(session, actor)
    return render(request, "staff.html", actor, status_code=status_code, users=users,
                  roles=ROLE_WORDS, problem=problem, typed=typed or {},
                  min_password=accounts.MIN_PASSWORD_CHARS)


@router.get("/staff", response_class=HTMLResponse)
def staff(request: Request, actor: Viewer) -> HTMLResponse:
    """Every staff user, and the form to add one."""
    return _page(request, actor)


@router.post("/staff", response_class=HTMLResponse, response_model=None)
def add(request: Request, actor: Viewer, _: CsrfChecked,
        username: Annotated[str, Form(max_length=200)] = "",
        full_name: Annotated[str, Form(max_length=400)] = "",
        role: Annotated[str, Form(max_length=32)] = "",
        password: Annotated[str, Form(max_length=accounts.MAX_PASSWORD_CHARS)] = ""
        ) -> HTMLResponse | RedirectResponse:
    """Add a staff user, who must change ``password`` at their first sign-in. A refusal
    shows the page again with the sentence and what was typed (never the password)."""
    try:
        if not username.strip():
            raise Malformed("Give the new user a user name.")
        with transaction(engine(request)) as session:
            added = accounts.add_user(session, actor, username, role, password, full_name)
    except ServiceError as refusal:
        if not (isinstance(refusal, Malformed) or refusal.code == ErrorCode.USER_EXISTS):
            raise
        return _page(request, actor, refusal.status, refusal.detail,
                     {"username": username, "full_name": full_name, "role": role})
    return see_other("/staff", f"Added {added.username} as {ROLE_WORDS[added.role].lower()}. "
                               "Give them the first password; they choose their own when they "
                               "first sign in.")


@router.post("/staff/{username}/disable")
def disable(request: Request, actor: Viewer, _: CsrfChecked,
            username: UserName) -> RedirectResponse:
    """Disable a user: no more sign-ins, and their open sessions stop now."""
    with transaction(engine(request)) as session:
        done = accounts.disable_user(session, actor, username)
    return see_other("/staff", f"Disabled {done.username}: they are signed out everywhere and "
                               "cannot sign in.")


@router.post("/staff/{username}/enable")
def enable(request: Request, actor: Viewer, _: CsrfChecked,
           username: UserName) -> RedirectResponse:
    """Let a disabled user sign in again."""
    with transaction(engine(request)) as session:
        done = accounts.enable_user(session, actor, username)
    return see_other("/staff", f"Enabled {done.username}: they can sign in again.")


@router.post("/staff/{username}/role")
def change_role(request: Request, actor: Viewer, _: CsrfChecked, username: UserName,
                role: Annotated[str, Form(max_length=32)] = "") -> RedirectResponse:
    """Give a user another role, from their next page."""
    with transaction(engine(request)) as session:
        done = accounts.change_role(session, actor, username, role)
    return see_other("/staff", f"{done.username} is now {ROLE_WORDS[done.role].lower()}.")
