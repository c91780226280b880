"""The console's checkpoints and devices pages: the device board (viewer and above), enrolling a
device with a one-time code and revoking one (HQ admin).

Routes stay thin: ``staff.device_board`` and ``staff.desk`` check the role and audit.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from contract.errors import ErrorCode
from sync.server.console.web import CsrfChecked, Viewer, engine, render, see_other, settings
from sync.server.database import reading, transaction
from sync.server.errors import Malformed, ServiceError
from sync.server.staff import desk
from sync.server.staff.device_board import (
    device_board,
    device_to_revoke,
    enrollment_checkpoints,
)
from sync.server.staff.enrollment_card import code_groups, qr_svg, qr_text
from sync.server.staff.roles import Permission

router = APIRouter()

# What a person can type into a form or a query, held to text the databases can hold
# (PostgreSQL refuses NUL) and to the length a real one has.
_TEXT = r"^[^\x00]*$"
Typed = Annotated[str, Form(max_length=64, pattern=_TEXT)]
DeviceId = Annotated[str, Path(max_length=64, pattern=r"^[^\x00/]+$")]

# A code for the next shift by default; the form allows up to HQ's limit of 30 days.
DEFAULT_VALID_HOURS = 48
# Refusals of what the admin typed: shown on the form again, with what was typed kept. A
# missing permission is not one of them (the app's 403 page names the role needed).
_FORM_REFUSALS = {ErrorCode.INVALID_CHECKPOINT, ErrorCode.INVALID_VALIDITY,
                  ErrorCode.UNKNOWN_DEVICE, ErrorCode.CHECKPOINT_MISMATCH}


def _silent_after(request: Request) -> timedelta:
    return timedelta(hours=settings(request).silent_hours)


def ago(delta: timedelta | None) -> str:
    """How long ago, in the largest two units a person reads at a glance."""
    if delta is None:
        return "never"
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "just now"
    days, hours, minutes = minutes // 1440, minutes // 60 % 24, minutes % 60
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h ago"
    return f"{hours} h {minutes} min ago" if hours else f"{minutes} min ago"


def utc(moment: datetime | None) -> str:
    """A time as the page writes it: minutes, UTC, said so."""
    return "never" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


@router.get("/devices", response_class=HTMLResponse)
def devices_page(request: Request, actor: Viewer,
                 checkpoint: Annotated[str | None, Query(max_length=64, pattern=_TEXT)] = None
                 ) -> HTMLResponse:
    """Every device by checkpoint, silent ones and audit problems first in the eye."""
    wanted = checkpoint.strip().upper() if checkpoint and checkpoint.strip() else None
    with reading(engine(request)) as session:
        board = device_board(session, actor, _silent_after(request), wanted)
        everywhere = (board if wanted is None else
                      device_board(session, actor, _silent_after(request)))
    return render(request, "devices.html", actor, board=board, checkpoint=wanted,
                  checkpoints=[group.checkpoint for group in everywhere.groups],
                  silent_hours=f"{settings(request).silent_hours:g}",
                  may_enroll=actor.may(Permission.ENROLL),
                  may_revoke=actor.may(Permission.REVOKE), ago=ago, utc=utc)


@router.get("/devices/enroll", response_class=HTMLResponse)
def enroll_form(request: Request, actor: Viewer,
                checkpoint: Annotated[str, Query(max_length=64, pattern=_TEXT)] = "",
                device: Annotated[str, Query(max_length=64, pattern=_TEXT)] = ""
                ) -> HTMLResponse:
    """The form for a one-time enrollment code (HQ admin)."""
    with reading(engine(request)) as session:
        known = enrollment_checkpoints(session, actor)
    return render(request, "devices_enroll.html", actor, known=known, checkpoint=checkpoint,
                  device=device, valid_hours=DEFAULT_VALID_HOURS, refusal=None)


@router.post("/devices/enroll", response_class=HTMLResponse)
def enroll_code(request: Request, actor: Viewer, _: CsrfChecked,
                checkpoint: Typed = "", device: Typed = "", valid_hours: Typed = ""
                ) -> HTMLResponse:
    """Make the code and show it, this once: it is answered to this POST, never stored,
    logged or audited, and the page is not kept by the browser's cache."""
    device_id = device.strip() or None
    try:
        hours = _hours(valid_hours)
        with transaction(engine(request)) as session:
            code, normalised, expires = desk.create_enrollment_code(
                session, actor, checkpoint, hours, device_id)
    except ServiceError as refusal:
        if refusal.code not in _FORM_REFUSALS:
            raise
        with reading(engine(request)) as session:
            known = enrollment_checkpoints(session, actor)
        return render(request, "devices_enroll.html", actor, status_code=refusal.status,
                      known=known, checkpoint=checkpoint, device=device,
                      valid_hours=valid_hours, refusal=str(refusal.detail))
    page = render(request, "devices_code.html", actor, groups=code_groups(code),
                  code=qr_text(code), qr=qr_svg(code), checkpoint=normalised,
                  device=device_id, expires=utc(expires))
    page.headers["Cache-Control"] = "no-store"
    return page


def _hours(text: str) -> float:
    """The validity typed on the form, in hours; one sentence if it is not a number."""
    try:
        return float(text.strip() or DEFAULT_VALID_HOURS)
    except ValueError:
        raise Malformed(f"{text!r} is not a number of hours; a code is valid for more than 0 "
                        "and at most 720 hours", code=ErrorCode.INVALID_VALIDITY) from None


@router.get("/devices/{device_id}/revoke", response_class=HTMLResponse)
def revoke_question(request: Request, actor: Viewer, device_id: DeviceId) -> HTMLResponse:
    """Are you sure? (HQ admin) — the confirmation step, a page of its own so it needs no
    script."""
    with reading(engine(request)) as session:
        row = device_to_revoke(session, actor, device_id, _silent_after(request))
    return render(request, "devices_revoke.html", actor, row=row, ago=ago, utc=utc)


@router.post("/devices/{device_id}/revoke")
def revoke_device(request: Request, actor: Viewer, _: CsrfChecked,
                  device_id: DeviceId) -> RedirectResponse:
    """Revoke the device (HQ admin; audited): its token stops working at once."""
    with transaction(engine(request)) as session:
        revoked = desk.revoke(session, actor, device_id)
    return see_other(f"/devices?checkpoint={revoked.checkpoint}",
                     note=f"Device {revoked.device_id} at {revoked.checkpoint} is revoked: HQ "
                          "refuses its syncs from now on.")

