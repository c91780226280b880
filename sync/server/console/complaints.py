"""The complaints desk's pages: the queue (``/complaints``) and one complaint
(``/complaints/{uuid}``) with its history and the forms that work it.

Thin over ``staff.desk`` (which checks the role and audits): a viewer is refused there, so the
desk never opens for them. Filters are GET parameters, so a view of the queue is a bookmark.
Every form posts and redirects back (POST/redirect/GET) except "Show contact", whose answer
is the page with the contact on it, once: a reload asks again, and is audited again.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi import Path as FastApiPath
from fastapi.responses import HTMLResponse, RedirectResponse

from contract.codes import complaint_categories, crossing_points
from contract.errors import ErrorCode
from sync.server.complaints import (
    ANSWERED,
    OPEN,
    UNASSIGNED,
    QueueFilter,
)
from sync.server.console.web import CsrfChecked, Viewer, engine, render, see_other
from sync.server.database import reading, transaction
from sync.server.errors import Malformed
from sync.server.schemas import COMPLAINT_STATUSES, NOTE_MAX_CHARS, ComplaintDetail
from sync.server.staff import desk
from sync.server.staff.roles import StaffActor

router = APIRouter()

PAGE_SIZE = 50
ALL = "all"
# What the "waiting" filter offers, in hours (a bookmark may carry any whole number).
WAITING_CHOICES = (24, 48, 72, 168)
# One GET parameter, at most this long, as typed in a bookmark.
Param = Annotated[str, Query(max_length=64)]
# A complaint's id in a path: text the databases can hold.
ComplaintId = Annotated[str, FastApiPath(max_length=64, pattern=r"^[^\x00/]+$")]


def waited(age_minutes: int) -> str:
    """How long ago a complaint was taken, as the desk reads it: ``35 min``, ``26 h``,
    ``5 d 3 h`` (hours up to three days: "waiting 26 h" is what the promise counts in)."""
    if age_minutes < 60:
        return f"{age_minutes} min"
    hours = age_minutes // 60
    if hours < 72:
        return f"{hours} h"
    return f"{hours // 24} d {hours % 24} h"


def status_label(status: str) -> str:
    """``in_progress`` -> ``in progress``."""
    return status.replace("_", " ")


def _whole_hours(text: str) -> int | None:
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise Malformed(f"'waiting more than' is a whole number of hours, not {text!r}.",
                        code=ErrorCode.OUT_OF_RANGE)
    return int(text)


def _page_number(text: str) -> int:
    if not text:
        return 1
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 1_000_000:
        raise Malformed(f"The page is a whole number from 1, not {text!r}.",
                        code=ErrorCode.OUT_OF_RANGE)
    return int(text)


@router.get("/complaints", response_class=HTMLResponse)
def queue(request: Request, actor: Viewer, status: Param = OPEN, checkpoint: Param = "",
          category: Param = "", waiting: Param = "", assignee: Param = "",
          page: Param = "") -> HTMLResponse:
    """The queue: urgent first, then oldest; open complaints unless another status is
    chosen."""
    number = _page_number(page)
    chosen = {"status": status, "checkpoint": checkpoint, "category": category,
              "waiting": waiting, "assignee": assignee}
    wanted = QueueFilter(status=None if status == ALL else status, checkpoint=checkpoint or None,
                         category=category or None, older_than_hours=_whole_hours(waiting),
                         assignee=actor.name if assignee == "me" else assignee or None,
                         limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    with reading(engine(request)) as session:
        found = desk.complaints_queue(session, actor, wanted)
        officers = desk.complaint_officers(session, actor)
    pages = max(1, -(-found.total // PAGE_SIZE))
    # Past HQ's count there are more pages than it says: a full page always has a next one.
    more = number < pages or (found.total_capped and len(found.complaints) == PAGE_SIZE)
    kept = {name: value for name, value in chosen.items() if value}

    def page_url(to: int) -> str:
        return "/complaints?" + urlencode({**kept, "page": to})

    return render(request, "complaints.html", actor, found=found, chosen=chosen,
                  number=number, pages=pages,
                  previous_url=page_url(number - 1) if number > 1 else None,
                  next_url=page_url(number + 1) if more else None,
                  statuses=COMPLAINT_STATUSES, checkpoints=crossing_points().entries,
                  categories=complaint_categories().entries, officers=officers,
                  waiting_choices=WAITING_CHOICES, category_names=_category_names(),
                  waited=waited, status_label=status_label, answered=ANSWERED,
                  unassigned=UNASSIGNED)


def _category_names() -> dict[str, str]:
    return {entry.code: entry.name for entry in complaint_categories().entries}


def _detail_page(request: Request, actor: StaffActor, complaint_uuid: str, *,
                 contact: str | None = None, note_error: str | None = None,
                 note_text: str = "", status_code: int = 200) -> HTMLResponse:
    with reading(engine(request)) as session:
        detail: ComplaintDetail = desk.complaint_detail(session, actor, complaint_uuid)
        officers = desk.complaint_officers(session, actor)
    return render(request, "complaint.html", actor, status_code=status_code, detail=detail,
                  complaint=detail.complaint, contact=contact, officers=officers,
                  statuses=COMPLAINT_STATUSES, category_names=_category_names(),
                  waited=waited, status_label=status_label, answered=ANSWERED,
                  note_error=note_error, note_text=note_text, note_max=NOTE_MAX_CHARS)


@router.get("/complaints/{complaint_uuid}", response_class=HTMLResponse)
def complaint(request: Request, actor: Viewer, complaint_uuid: ComplaintId) -> HTMLResponse:
    """One complaint: details, history, and the forms that work it."""
    return _detail_page(request, actor, complaint_uuid)


@router.post("/complaints/{complaint_uuid}/status", response_class=RedirectResponse)
def set_status(request: Request, actor: Viewer, _: CsrfChecked, complaint_uuid: ComplaintId,
               status: Annotated[str, Form(max_length=64)] = "") -> RedirectResponse:
    """Set the status; the checkpoint sees it at its next sync."""
    with transaction(engine(request)) as session:
        view = desk.set_complaint_status(session, actor, complaint_uuid, status)
    return see_other(f"/complaints/{view.uuid}",
                     f"Status set to {status_label(view.status)}; the checkpoint sees it at "
                     "its next sync.")


@router.post("/complaints/{complaint_uuid}/assignee", response_class=RedirectResponse)
def assign(request: Request, actor: Viewer, _: CsrfChecked, complaint_uuid: ComplaintId,
           officer: Annotated[str, Form(max_length=64)] = "") -> RedirectResponse:
    """Give the complaint to an officer (or to nobody)."""
    with transaction(engine(request)) as session:
        view = desk.assign_complaint(session, actor, complaint_uuid, officer or None)
    return see_other(f"/complaints/{view.uuid}",
                     f"Assigned to {view.assigned_to}." if view.assigned_to
                     else "Assigned to nobody.")


@router.post("/complaints/{complaint_uuid}/notes", response_model=None)
def add_note(request: Request, actor: Viewer, _: CsrfChecked, complaint_uuid: ComplaintId,
             text: Annotated[str, Form(max_length=4 * NOTE_MAX_CHARS)] = ""
             ) -> HTMLResponse | RedirectResponse:
    """Add an internal note; a note refused (empty, too long) comes back with its words kept
    and the reason beside it."""
    try:
        with transaction(engine(request)) as session:
            desk.add_complaint_note(session, actor, complaint_uuid, text)
    except Malformed as refusal:
        return _detail_page(request, actor, complaint_uuid, note_error=refusal.detail,
                            note_text=text, status_code=400)
    return see_other(f"/complaints/{complaint_uuid}", "Note added.")


@router.post("/complaints/{complaint_uuid}/contact", response_class=HTMLResponse)
def show_contact(request: Request, actor: Viewer, _: CsrfChecked,
                 complaint_uuid: ComplaintId) -> HTMLResponse:
    """The complaint with its complainant's contact shown, this once (audited)."""
    with transaction(engine(request)) as session:
        contact = desk.reveal_contact(session, actor, complaint_uuid)
    return _detail_page(request, actor, complaint_uuid, contact=contact)

