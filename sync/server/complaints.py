"""The complaints desk's work at HQ: the queue, one complaint with its history, its status
(which flows down to the checkpoint), its assignee and internal notes.

Plain functions over a session; ``staff.desk`` checks the actor's role before calling them and
audits what they change. How long a complaint has waited and whether that is too long is
decided here only (:func:`overdue`): the API, the console and the queue's filter agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, TextClause, func, literal, select, text
from sqlmodel import Session, col

from contract.codes import complaint_categories
from contract.errors import ErrorCode
from sync.server.errors import Malformed, NotFound
from sync.server.ingest import next_change_seq, utc_now
from sync.server.models import (
    OPEN_COMPLAINT,
    Change,
    Complaint,
    ComplaintAssignment,
    ComplaintNote,
)
from sync.server.schemas import (
    ANSWERED_STATUSES,
    COMPLAINT_STATUSES,
    NOTE_MAX_CHARS,
    ComplaintDetail,
    ComplaintEvent,
    ComplaintNoteView,
    ComplaintQueue,
    ComplaintView,
)

# The control room promises an answer within a day: a complaint not yet answered after that
# is flagged on every page and in every answer.
OVERDUE_AFTER = timedelta(hours=24)
ANSWERED = ANSWERED_STATUSES
# The status filter's word for every status not yet answered (what the desk works from).
OPEN = "open"
# The assignee filter's word for "nobody": no user name can start with "-".
UNASSIGNED = "-"
# The device's urgencies (``contract.wire.ComplaintData``), in the order the queue shows them.
URGENCY_ORDER = ("urgent", "normal")
PAGE_MAX = 200
COUNT_CAP = 1000
OLDER_THAN_MAX_HOURS = 24 * 3650
# A filter as SQL: an expression, or the open complaints' condition word for word (``text``:
# SQLAlchemy would add "= 1" to a boolean expression on SQLite, and the index would not match).
Condition = ColumnElement[bool] | TextClause


def overdue(status: str, taken_at: datetime, now: datetime) -> bool:
    """Whether a complaint has waited too long: not answered more than a day after it was
    taken."""
    return status not in ANSWERED and now - taken_at > OVERDUE_AFTER


def normalise_status(text: str) -> str:
    """A status as HQ stores it (``In progress`` -> ``in_progress``); one sentence if none."""
    status = text.strip().lower().replace(" ", "_").replace("-", "_")
    if status not in COMPLAINT_STATUSES:
        raise Malformed(f"{text!r} is not a complaint status; use one of "
                        f"{', '.join(COMPLAINT_STATUSES)}.", code=ErrorCode.INVALID_STATUS)
    return status


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; None (or empty) is no filter on that field.

    ``status`` is one status or ``open`` (not yet answered); ``assignee`` a user name or ``-``
    (nobody); ``older_than_hours`` keeps complaints taken longer ago than that."""

    status: str | None = None
    checkpoint: str | None = None
    category: str | None = None
    older_than_hours: int | None = None
    assignee: str | None = None
    limit: int = 50
    offset: int = 0


def _conditions(wanted: QueueFilter, now: datetime) -> list[Condition]:
    """The filters as SQL, each refused in a sentence when it cannot match anything real."""
    where: list[Condition] = []
    if wanted.status:
        if wanted.status.strip().lower() == OPEN:
            # Word for word as the open complaints' own index says it, so the database uses it.
            where.append(text(OPEN_COMPLAINT))
        else:
            where.append(col(Complaint.status) == normalise_status(wanted.status))
    if wanted.checkpoint:
        where.append(col(Complaint.checkpoint) == wanted.checkpoint.strip().upper())
    if wanted.category:
        categories = complaint_categories()
        if wanted.category not in categories.codes:
            raise Malformed(f"{wanted.category!r} is not a complaint category; use one of "
                            f"{', '.join(categories.codes)}.",
                            code=ErrorCode.UNKNOWN_COMPLAINT_CATEGORY)
        where.append(col(Complaint.category) == wanted.category)
    if wanted.older_than_hours is not None:
        if not 0 <= wanted.older_than_hours <= OLDER_THAN_MAX_HOURS:
            raise Malformed(f"'older than' is a number of hours from 0 to "
                            f"{OLDER_THAN_MAX_HOURS}.", code=ErrorCode.OUT_OF_RANGE)
        where.append(col(Complaint.taken_at) < now - timedelta(hours=wanted.older_than_hours))
    if wanted.assignee == UNASSIGNED:
        where.append(col(Complaint.assigned_to).is_(None))
    elif wanted.assignee:
        where.append(col(Complaint.assigned_to) == wanted.assignee.strip().lower())
    return where


def complaint_view(row: Complaint, now: datetime) -> ComplaintView:
    """A stored complaint as the desk shows it, with its age and flag (contact included: the
    desk functions blank it unless it is being revealed)."""
    return ComplaintView(
        uuid=row.uuid, checkpoint=row.checkpoint, category=row.category,
        description=row.description, urgency=row.urgency, contact=row.contact,
        crossing_uuid=row.crossing_uuid, taken_by=row.taken_by, taken_at=row.taken_at,
        received_at=row.received_at, status=row.status,
        status_updated_at=row.status_updated_at, assigned_to=row.assigned_to,
        assigned_at=row.assigned_at,
        age_minutes=max(0, int((now - row.taken_at).total_seconds() // 60)),
        overdue=overdue(row.status, row.taken_at, now))


def _count(session: Session, matching: list[Condition], cap: int | None) -> int:
    """How many complaints match, counting no further than ``cap`` + 1 (None: all)."""
    found = select(literal(1)).select_from(Complaint).where(*matching)
    if cap is not None:
        found = found.limit(cap + 1)
    return int(session.execute(select(func.count()).select_from(found.subquery())).scalar_one())


def complaints_queue(session: Session, wanted: QueueFilter,
                     now: datetime | None = None) -> ComplaintQueue:
    """One page of the complaints matching ``wanted``: urgent first, then oldest first.

    Each urgency is read on its own, oldest first, so the queue's indexes hand over the page
    in order (one ``ORDER BY`` over both would sort every match first). Each is counted up to
    ``COUNT_CAP``: past that, the desk needs no exact figure, and counting hundreds of
    thousands would cost more than the page."""
    if not 1 <= wanted.limit <= PAGE_MAX or wanted.offset < 0:
        raise Malformed(f"A page holds 1 to {PAGE_MAX} complaints and starts at 0 or later.",
                        code=ErrorCode.OUT_OF_RANGE)
    now = now or utc_now()
    where = _conditions(wanted, now)
    rows: list[Complaint] = []
    total, capped, skip = 0, False, wanted.offset
    for urgency in URGENCY_ORDER:
        matching = [*where, col(Complaint.urgency) == urgency]
        count = _count(session, matching, COUNT_CAP)
        if count > COUNT_CAP:
            if skip < COUNT_CAP:
                count, capped = COUNT_CAP, True
            else:  # a page beyond the cap: where it starts needs the exact figure
                count = _count(session, matching, None)
        total += count
        wanted_here = wanted.limit - len(rows)
        if wanted_here > 0 and skip < count:
            rows.extend(session.execute(
                select(Complaint).where(*matching)
                .order_by(col(Complaint.taken_at), col(Complaint.uuid))
                .offset(skip).limit(wanted_here)).scalars())
        skip = max(0, skip - count)
    return ComplaintQueue(total=total, total_capped=capped, limit=wanted.limit,
                          offset=wanted.offset,
                          complaints=[complaint_view(row, now) for row in rows])


def get_complaint(session: Session, complaint_uuid: str, *, for_update: bool = False
                  ) -> Complaint:
    """The stored complaint, or a 404 naming it."""
    row = session.get(Complaint, complaint_uuid, with_for_update=for_update)
    if row is None:
        raise NotFound(f"HQ has not received complaint {complaint_uuid}.",
                       code=ErrorCode.UNKNOWN_COMPLAINT)
    return row


def complaint_detail(session: Session, complaint_uuid: str,
                     now: datetime | None = None) -> ComplaintDetail:
    """One complaint and its history in time order: taken, received, each status HQ set
    (and who set it), each assignment, each note."""
    now = now or utc_now()
    row = get_complaint(session, complaint_uuid)
    history = [ComplaintEvent(at=row.taken_at, kind="taken", by=row.taken_by,
                              text=row.checkpoint),
               ComplaintEvent(at=row.received_at, kind="received", by=row.owner_device_id,
                              text=row.checkpoint)]
    for change in session.execute(select(Change).where(
            col(Change.record_uuid) == row.uuid, col(Change.kind) == "complaint")
            .order_by(col(Change.seq))).scalars():
        history.append(ComplaintEvent(at=change.changed_at, kind="status",
                                      by=change.changed_by, text=change.status or ""))
    for assignment in session.execute(select(ComplaintAssignment).where(
            col(ComplaintAssignment.complaint_uuid) == row.uuid)
            .order_by(col(ComplaintAssignment.id))).scalars():
        history.append(ComplaintEvent(at=assignment.at, kind="assigned",
                                      by=assignment.assigned_by,
                                      text=assignment.assigned_to or ""))
    for note in _notes(session, row.uuid):
        history.append(ComplaintEvent(at=note.at, kind="note", by=note.author, text=note.text))
    # A stable sort: what happened at the same instant keeps the order it was read in.
    history.sort(key=lambda event: event.at)
    return ComplaintDetail(complaint=complaint_view(row, now), history=history)


def _notes(session: Session, complaint_uuid: str) -> list[ComplaintNote]:
    return list(session.execute(select(ComplaintNote).where(
        col(ComplaintNote.complaint_uuid) == complaint_uuid)
        .order_by(col(ComplaintNote.id))).scalars())


def set_complaint_status(session: Session, complaint_uuid: str, status: str,
                         changed_by: str = "control room",
                         now: datetime | None = None) -> ComplaintView:
    """HQ sets a complaint's status; it flows down to the checkpoint through ``updates``."""
    status = normalise_status(status)
    now = now or utc_now()
    row = get_complaint(session, complaint_uuid, for_update=True)
    if row.status != status:
        row.status, row.status_updated_at = status, now
        session.add(Change(seq=next_change_seq(session), checkpoint=row.checkpoint,
                           kind="complaint", record_uuid=row.uuid, status=status,
                           changed_at=now, changed_by=changed_by))
    session.flush()
    return complaint_view(row, now)


def assign(session: Session, complaint_uuid: str, officer: str | None, assigned_by: str,
           now: datetime | None = None) -> tuple[ComplaintView, bool]:
    """Give a complaint to ``officer`` (None: to nobody); the caller has checked that they may
    work complaints. Returns the complaint and whether its assignee changed."""
    now = now or utc_now()
    row = get_complaint(session, complaint_uuid, for_update=True)
    changed = row.assigned_to != officer
    if changed:
        row.assigned_to, row.assigned_at = officer, now if officer else None
        session.add(ComplaintAssignment(complaint_uuid=row.uuid, at=now,
                                        assigned_by=assigned_by, assigned_to=officer))
    session.flush()
    return complaint_view(row, now), changed


def add_note(session: Session, complaint_uuid: str, text: str, author: str,
             now: datetime | None = None) -> ComplaintNoteView:
    """Add an internal note to a complaint: not empty, at most ``NOTE_MAX_CHARS``."""
    text = text.strip()
    if not text:
        raise Malformed("The note is empty; write what was done or found.",
                        code=ErrorCode.EMPTY)
    if len(text) > NOTE_MAX_CHARS:
        raise Malformed(f"A note holds at most {NOTE_MAX_CHARS} characters; this one has "
                        f"{len(text)}.", code=ErrorCode.TOO_LONG)
    row = get_complaint(session, complaint_uuid)
    note = ComplaintNote(complaint_uuid=row.uuid, at=now or utc_now(), author=author, text=text)
    session.add(note)
    session.flush()
    assert note.id is not None
    return ComplaintNoteView(id=note.id, complaint_uuid=note.complaint_uuid, at=note.at,
                             author=note.author, text=note.text)
